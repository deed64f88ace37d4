#include "reportrenderer.h"

#include "fieldregistry.h"
#include "pdfpostprocess.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QHashSeed>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <vector>

namespace ReportRenderer {

namespace {

using ReportContent::Document;
using ReportContent::Section;

enum class Flavor
{
    Web, // the HTML file
    Qt,  // QTextDocument's rich text, for the PDF
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The anchors of the sources list's entries are this and the number.
constexpr char SourceAnchor[] = "src-";

QString sectionAnchor(Section section)
{
    return QStringLiteral("sec-") + ReportContent::sectionId(section);
}

bool isLink(const QString &source)
{
    return source.startsWith(QLatin1String("https://")) ||
           source.startsWith(QLatin1String("http://"));
}

// A source: a link when it is a web address, plain text otherwise.
QString sourceHtml(const QString &source)
{
    if (!isLink(source))
        return esc(source);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(source), esc(source));
}

// WIDTHS, for the Qt flavour's header: each column's share of the page in
// percent (QTextDocument otherwise gives every column the same width).
QString row(const QStringList &cells, bool header, Flavor flavor, const QList<int> &widths = {})
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString &cell = cells.at(i);
        if (flavor == Flavor::Qt && header)
            html += QStringLiteral("<th bgcolor=\"#e8eef4\" align=\"left\"%1>%2</th>")
                        .arg(i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i))
                                               : QString(),
                             esc(cell));
        else
            html += QStringLiteral("<%1>%2</%1>").arg(tag, esc(cell));
    }
    return html + QStringLiteral("</tr>\n");
}

QString tableStart(Flavor flavor)
{
    return flavor == Flavor::Web
               ? QStringLiteral("<div class=\"scroll\"><table>\n")
               : QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                "cellpadding=\"3\" style=\"border-color:#b0b8c0\">\n");
}

QString tableEnd(Flavor flavor)
{
    // QTextDocument does not draw a heading that follows a table directly:
    // a small paragraph stands between them.
    return flavor == Flavor::Web
               ? QStringLiteral("</table></div>\n")
               : QStringLiteral("</table>\n<p style=\"font-size:2pt\">\u00a0</p>\n");
}

QString heading(Section section, bool pageBreak, Flavor flavor)
{
    if (flavor == Flavor::Web) {
        return QStringLiteral("<h1 id=\"%1\">%2</h1>\n")
            .arg(sectionAnchor(section), esc(ReportContent::sectionTitle(section)));
    }
    return QStringLiteral("<h1%1><a name=\"%2\"></a>%3</h1>\n")
        .arg(pageBreak ? QStringLiteral(" style=\"page-break-before:always\"") : QString(),
             sectionAnchor(section), esc(ReportContent::sectionTitle(section)));
}

QString figureHtml(const ReportGraphics::Graphic &graphic, int index, Flavor flavor)
{
    if (flavor == Flavor::Qt)
        return QStringLiteral("<p align=\"center\">[[figure:%1]]</p>\n").arg(index);
    QString svg = QString::fromUtf8(graphic.svg);
    // Inline: the XML declaration and anything before the root go.
    const qsizetype start = svg.indexOf(QLatin1String("<svg"));
    if (start > 0)
        svg = svg.mid(start);
    // Sized by the page, not in millimetres: the viewBox keeps the shape.
    static const QRegularExpression size(
        QStringLiteral("^<svg width=\"[^\"]*\" height=\"[^\"]*\""));
    svg.replace(size, QStringLiteral("<svg width=\"100%\""));
    return QStringLiteral("<figure>\n%1\n<figcaption>%2</figcaption>\n</figure>\n")
        .arg(svg.trimmed(), esc(graphic.title));
}

// Rows in each piece of the PDF's park table.
constexpr qsizetype TableChunk = 100;

// A column's share of the park table's width, before the shares are made
// to add up to 100 %: names and long texts wide, figures and codes narrow.
int columnWeight(ParkField field)
{
    // The default columns add up to 100 and give each column room for its
    // longest word at 7 pt ("2017-04-28", "Confidence", "Incubator",
    // "Government-"): a word is never broken inside; the names, which
    // break between words, take what is left.
    switch (field) {
    case ParkField::NameZh:
    case ParkField::NameEn:
        return 13;
    case ParkField::Leadership:
    case ParkField::FundCny100m:
        return 10;
    case ParkField::Province:
    case ParkField::City:
    case ParkField::District:
    case ParkField::Established:
    case ParkField::Enterprises:
    case ParkField::Confidence:
        return 9;
    case ParkField::AreaKm2:
    case ParkField::CarrierType:
        return 8;
    case ParkField::Sources:
        return 6;
    default:
        break;
    }
    switch (FieldRegistry::field(field).type) {
    case FieldRegistry::ValueType::Text:
    case FieldRegistry::ValueType::TextList:
        return 16;
    default:
        return 8;
    }
}

// The park table's columns' widths in percent.
QList<int> parkWidths(const QList<ParkField> &fields)
{
    int total = 0;
    for (ParkField f : fields)
        total += columnWeight(f);
    QList<int> widths;
    for (ParkField f : fields)
        widths << std::max(1, int(std::lround(100.0 * columnWeight(f) / std::max(1, total))));
    return widths;
}

const char *webStyle()
{
    return R"(body{font-family:"Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;line-height:1.45;color:#1b1f23;max-width:60em;margin:0 auto;padding:1em}
h1{font-size:1.5em;border-bottom:1px solid #ccd;padding-bottom:.2em;margin-top:2em}
.title{font-size:2em;font-weight:bold;margin:1em 0 .3em}
.subtitle{font-size:1.2em;color:#445}
.coverage{font-weight:bold}
.note{color:#445;font-size:.9em}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;font-size:.9em}
th,td{border:1px solid #b0b8c0;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#e8eef4}
figure{margin:1em 0}
figure svg{max-width:100%;height:auto}
figcaption{font-size:.9em;color:#445}
a{color:#0b57a4;overflow-wrap:anywhere}
.sheet{border-top:1px solid #ccd;margin-top:1em}
.sheet h2{font-size:1.1em}
@media print{body{max-width:none;padding:0}h1{page-break-before:always;break-before:page}.titlepage h1{page-break-before:auto}.scroll{overflow:visible}a{color:inherit}.sheet{page-break-inside:avoid;break-inside:avoid}}
)";
}

// The report as HTML. TOCPAGES, for the Qt flavour, are the pages the
// sections start on (in the order of shownSections() without the title).
// ONLY, when given, is the one section to build (the PDF lays each section
// out on its own, starting on a new page).
QString build(const Document &doc, const QList<ReportGraphics::Graphic> &graphics, Flavor flavor,
              const QList<int> &tocPages = {}, std::optional<Section> only = std::nullopt)
{
    QString h;
    const QList<Section> sections = doc.shownSections();
    if (flavor == Flavor::Web) {
        h += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                            "lang=\"%1\" xml:lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                            "<meta name=\"viewport\" content=\"width=device-width, "
                            "initial-scale=1\"/>\n<title>%2</title>\n<style>\n%3</style>\n"
                            "</head>\n<body>\n")
                 .arg(doc.language, esc(doc.title), QString::fromUtf8(webStyle()));
    } else {
        h += QStringLiteral("<html><body>\n");
    }

    bool first = true;
    // The title page is always there when asked for; the others start on a
    // page of their own.
    if (doc.sections.testFlag(ReportContent::Title) && (!only || *only == ReportContent::Title)) {
        h += flavor == Flavor::Web ? QStringLiteral("<div class=\"titlepage\">\n") : QString();
        h += QStringLiteral("<p class=\"title\">%1</p>\n").arg(esc(doc.title));
        if (!doc.subtitle.isEmpty())
            h += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(esc(doc.subtitle));
        h += QStringLiteral("<p>%1</p>\n").arg(esc(doc.dateText));
        h += QStringLiteral("<p>%1</p>\n").arg(esc(doc.filterText));
        h += QStringLiteral("<p class=\"coverage\">%1</p>\n").arg(esc(doc.coverage));
        h += QStringLiteral("<p>%1</p>\n").arg(esc(doc.partialNote));
        h += QStringLiteral("<p>%1</p>\n").arg(esc(doc.compiledText));
        h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(doc.reportCredits));
        // Contents.
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(doc.contentsTitle));
        if (flavor == Flavor::Web) {
            h += QStringLiteral("<ol>\n");
            for (Section s : sections) {
                if (s == ReportContent::Title)
                    continue;
                h += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n")
                         .arg(sectionAnchor(s), esc(ReportContent::sectionTitle(s)));
            }
            h += QStringLiteral("</ol>\n</div>\n");
        } else {
            h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n");
            int i = 0;
            for (Section s : sections) {
                if (s == ReportContent::Title)
                    continue;
                const int page = tocPages.value(i++);
                h += QStringLiteral("<tr><td style=\"font-size:10pt\"><a href=\"#%1\" "
                                    "style=\"font-size:10pt\">%2</a></td><td "
                                    "align=\"right\" style=\"font-size:10pt\">%3"
                                    "</td></tr>\n")
                         .arg(sectionAnchor(s), esc(ReportContent::sectionTitle(s)),
                              QString::number(page));
            }
            h += QStringLiteral("</table>\n");
        }
        first = false;
    }

    for (Section s : sections) {
        if (s == ReportContent::Title || (only && *only != s))
            continue;
        h += heading(s, !first && !only, flavor);
        first = false;
        switch (s) {
        case ReportContent::Title:
            break;
        case ReportContent::Headline:
            h += QStringLiteral("<p class=\"coverage\">%1</p>\n").arg(esc(doc.coverage));
            h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(doc.headlineNote));
            if (!doc.headline.isEmpty()) {
                h += tableStart(flavor);
                h += QStringLiteral("<thead>") +
                     row(doc.headlineColumns, true, flavor, {36, 14, 20, 10, 20}) +
                     QStringLiteral("</thead>\n");
                for (const ReportContent::HeadlineRow &r : doc.headline) {
                    QString behind;
                    if (r.conflictCount > 0) {
                        behind = r.conflictIds.join(QStringLiteral(", "));
                        const int more = r.conflictCount - int(r.conflictIds.size());
                        if (more > 0)
                            behind = QCoreApplication::translate("ReportContent", "%1 and %2 more")
                                         .arg(behind)
                                         .arg(more);
                    }
                    h += row({r.label, r.report, r.dataset, r.statusText, behind}, false, flavor);
                }
                h += tableEnd(flavor);
            }
            break;
        case ReportContent::Charts:
        case ReportContent::Map: {
            h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(doc.figuresNote));
            for (int i = 0; i < graphics.size(); ++i) {
                if (graphics.at(i).section == s)
                    h += figureHtml(graphics.at(i), i, flavor);
            }
            if (s == ReportContent::Map && !doc.provinces.isEmpty()) {
                h += QStringLiteral("<p>%1</p>\n")
                         .arg(esc(QCoreApplication::translate("ReportContent",
                                                              "Provinces with parks shown: %1")
                                      .arg(doc.provinces.join(
                                          QCoreApplication::translate("ReportContent", ", ")))));
            }
            break;
        }
        case ReportContent::Table:
            h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(doc.tableNote));
            for (qsizetype start = 0; start == 0 || start < doc.table.size(); start += TableChunk) {
                // QTextDocument draws each page of one long table by going
                // through all its rows: the PDF's table comes in pieces.
                const qsizetype end = flavor == Flavor::Web
                                          ? doc.table.size()
                                          : std::min(doc.table.size(), start + TableChunk);
                h += flavor == Flavor::Web || start == 0
                         ? tableStart(flavor)
                         : QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                          "cellpadding=\"3\" style=\"border-color:#b0b8c0\">\n");
                h += QStringLiteral("<thead>") +
                     row(doc.tableColumns, true, flavor, parkWidths(doc.tableFields)) +
                     QStringLiteral("</thead>\n<tbody>\n");
                for (qsizetype i = start; i < end; ++i)
                    h += row(doc.table.at(i).cells, false, flavor);
                h += QStringLiteral("</tbody>\n");
                h += flavor == Flavor::Web || end >= doc.table.size()
                         ? tableEnd(flavor)
                         : QStringLiteral("</table>\n");
                if (flavor == Flavor::Web)
                    break;
            }
            break;
        case ReportContent::FactSheets:
            h += QStringLiteral("<p class=\"note\">%1</p>\n")
                     .arg(esc(doc.factSheetsNote.isEmpty() ? doc.factSheetsIntro
                                                           : doc.factSheetsNote));
            for (const ReportContent::FactSheet &sheet : doc.factSheets) {
                const QString name = esc(QStringLiteral("%1 (%2)").arg(sheet.name, sheet.id));
                // QTextDocument does not draw a block that stands right
                // before a table: the name is the table's first row there.
                if (flavor == Flavor::Web) {
                    h += QStringLiteral("<div class=\"sheet\">\n<h2>%1</h2>\n<div "
                                        "class=\"scroll\"><table>\n")
                             .arg(name);
                } else {
                    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">\n<tr><td "
                                        "colspan=\"2\" style=\"font-size:10pt\"><b>%1</b></td>"
                                        "</tr>\n")
                             .arg(name);
                }
                for (const ReportContent::FactSheetLine &line : sheet.lines)
                    h += row({line.label, line.text}, false, flavor);
                h += row({doc.factSheetConfidenceLabel, sheet.confidence}, false, flavor);
                QStringList refs;
                // Links only when the sources list is there to lead to.
                const bool linked = sections.contains(ReportContent::Sources);
                for (int n : sheet.sources)
                    refs << (linked ? QStringLiteral("<a href=\"#%1%2\">[%2]</a>")
                                          .arg(QLatin1String(SourceAnchor))
                                          .arg(n)
                                    : QStringLiteral("[%1]").arg(n));
                h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n")
                         .arg(esc(doc.factSheetSourcesLabel),
                              refs.isEmpty() ? esc(FieldRegistry::unknownText())
                                             : refs.join(QLatin1Char(' ')));
                h += flavor == Flavor::Web ? QStringLiteral("</table></div>\n</div>\n")
                                           : QStringLiteral("</table>\n<p> </p>\n");
            }
            break;
        case ReportContent::Methods:
            for (const ReportContent::MethodsParagraph &p : doc.methods) {
                h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n").arg(esc(p.heading), esc(p.text));
            }
            break;
        case ReportContent::Sources:
            h += QStringLiteral("<p class=\"note\">%1</p>\n")
                     .arg(esc(QCoreApplication::translate("ReportContent", "%n source(s) cited", "",
                                                          int(doc.sources.size()))));
            for (int i = 0; i < doc.sources.size(); ++i) {
                // No anchors in the PDF's text: QTextDocument keeps anchor
                // names in a property its format hash does not tell apart,
                // so that each one is compared with all before it (a
                // quadratic layout). The PDF finds each source's paragraph
                // by its number instead (sourceTargets()).
                if (flavor == Flavor::Web)
                    h += QStringLiteral("<p id=\"%1%2\">[%2] %3</p>\n")
                             .arg(QLatin1String(SourceAnchor))
                             .arg(i + 1)
                             .arg(sourceHtml(doc.sources.at(i)));
                else
                    h += QStringLiteral("<p>[%1] %2</p>\n")
                             .arg(i + 1)
                             .arg(sourceHtml(doc.sources.at(i)));
            }
            break;
        }
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

// PDF ------------------------------------------------------------------------

constexpr int FigureObject = QTextFormat::UserObject + 1;
constexpr int FigureIndex = QTextFormat::UserProperty + 1;

// Draws a chart or map inside the text flow, as vectors.
class FigureHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    FigureHandler(const QList<ReportGraphics::Graphic> &graphics, double width, double maxHeight)
        : m_width(width)
        , m_maxHeight(maxHeight)
    {
        for (const ReportGraphics::Graphic &g : graphics)
            m_renderers.push_back(std::make_shared<QSvgRenderer>(g.svg));
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const QSvgRenderer *r = renderer(format);
        if (!r)
            return QSizeF(1, 1);
        const QSizeF box = r->viewBoxF().size();
        if (box.isEmpty())
            return QSizeF(1, 1);
        QSizeF size(m_width, m_width * box.height() / box.width());
        if (size.height() > m_maxHeight)
            size *= m_maxHeight / size.height();
        return size;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        if (QSvgRenderer *r = renderer(format))
            r->render(painter, rect);
    }

private:
    QSvgRenderer *renderer(const QTextFormat &format) const
    {
        const int index = format.intProperty(FigureIndex);
        return index >= 0 && index < int(m_renderers.size()) ? m_renderers.at(index).get()
                                                             : nullptr;
    }

    double m_width;
    double m_maxHeight;
    std::vector<std::shared_ptr<QSvgRenderer>> m_renderers;
};

// While it lives, new QHashes are seeded alike (their order of iteration
// then depends only on what they hold); hashes made before keep their own
// seed.
class DeterministicHashes
{
public:
    DeterministicHashes() { QHashSeed::setDeterministicGlobalSeed(); }
    ~DeterministicHashes() { QHashSeed::resetRandomGlobalSeed(); }
    DeterministicHashes(const DeterministicHashes &) = delete;
    DeterministicHashes &operator=(const DeterministicHashes &) = delete;
};

const char *qtStyle()
{
    return "h1{font-size:16pt;font-weight:bold;color:#12324f;margin-top:0px;margin-bottom:8px}"
           "h2{font-size:11pt;font-weight:bold;margin-top:10px;margin-bottom:4px}"
           ".title{font-size:22pt;font-weight:bold;color:#12324f;margin-top:40px}"
           ".subtitle{font-size:13pt;color:#445566}"
           ".coverage{font-weight:bold}"
           ".note{font-size:8pt;color:#445566}"
           "th{font-weight:bold;font-size:7pt}"
           "td{font-size:7pt}"
           "a{color:#0b57a4;text-decoration:none}";
}

// Puts the charts and maps in place of their markers.
void insertFigures(QTextDocument &text, int count)
{
    for (int i = 0; i < count; ++i) {
        QTextCursor c = text.find(QStringLiteral("[[figure:%1]]").arg(i));
        if (c.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(FigureObject);
        format.setProperty(FigureIndex, i);
        c.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

// Where a link inside the PDF leads: a page (counted from 0) and the height
// on it, in the writer's device units from the top of the page.
struct Target
{
    int page = 0;
    double y = 0;
};

// The places of the sources list's entries, by anchor name: QTextDocument
// moves a paragraph that does not fit to the next page by moving its lines,
// so the first line's position is where the entry is drawn. TEXT is the
// sources section's layout, FIRSTPAGE its first page (from 0).
void sourceTargets(const QTextDocument &text, int firstPage, double top, double pageHeight,
                   QHash<QString, Target> *targets)
{
    static const QRegularExpression number(QStringLiteral("^\\[(\\d+)\\] "));
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const QRegularExpressionMatch m = number.match(block.text());
        const QTextLayout *layout = block.layout();
        if (!m.hasMatch() || !layout || layout->lineCount() == 0)
            continue;
        const double y = layout->position().y() + layout->lineAt(0).y();
        const int page = int(std::floor(y / pageHeight));
        targets->insert(QLatin1String(SourceAnchor) + m.captured(1),
                        Target{firstPage + page, top + y - page * pageHeight});
    }
}

// Qt 6.4's QPdfEngine writes every link as a URI action, "#name" ones too,
// which viewers take for web addresses. This makes each "#name" whose name
// TARGETS knows a GoTo action to that place (left edge LEFT, in points),
// then moves the cross-reference table's offsets by what the objects before
// them grew. SCALE turns device units into points.
QByteArray withInternalLinks(const QByteArray &pdf, const QHash<QString, Target> &targets,
                             double left, double scale)
{
    const QString latin = QString::fromLatin1(pdf);
    // The pages in order, and each one's height (its media box's top).
    static const QRegularExpression kids(
        QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Kids\\s*\\[([^\\]]*)\\]"));
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    const QRegularExpressionMatch pagesMatch = kids.match(latin);
    QStringList pageObjects;
    for (auto it = ref.globalMatch(pagesMatch.captured(1)); it.hasNext();)
        pageObjects << it.next().captured(1);
    static const QRegularExpression mediaBox(QStringLiteral(
        "/MediaBox\\s*\\[\\s*[-\\d.]+\\s+[-\\d.]+\\s+[-\\d.]+\\s+([-\\d.]+)\\s*\\]"));
    const double pageTop = mediaBox.match(latin).captured(1).toDouble();
    static const QRegularExpression uri(QStringLiteral("/S\\s*/URI\\s*/URI\\s*\\(#([^)]*)\\)"));
    std::vector<PdfPostProcess::Edit> edits;
    for (auto it = uri.globalMatch(latin); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto target = targets.constFind(m.captured(1));
        if (target == targets.cend() || target->page < 0 || target->page >= pageObjects.size())
            continue;
        edits.push_back(PdfPostProcess::Edit{
            m.capturedStart(), m.capturedLength(),
            "/S /GoTo\n/D [" + pageObjects.at(target->page).toLatin1() + " 0 R /XYZ " +
                QByteArray::number(left, 'f', 2) + ' ' +
                QByteArray::number(pageTop - target->y * scale, 'f', 2) + " null]"});
    }
    return PdfPostProcess::withEdits(pdf, edits);
}

} // namespace

QByteArray html(const Document &document, const QList<ReportGraphics::Graphic> &graphics)
{
    return build(document, graphics, Flavor::Web).toUtf8();
}

QByteArray pdf(const Document &document, const QList<ReportGraphics::Graphic> &graphics,
               QPageSize::PageSizeId paper, const Progress &progress)
{
    const auto report = [&](double share) {
        return !progress || progress(std::clamp(int(share * 100), 0, 100));
    };
    // QPdfWriter writes its fonts in the order of a QHash, which differs
    // from run to run unless the hashes it creates are seeded alike.
    const DeterministicHashes deterministic;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return QByteArray();
    QPdfWriter writer(&buffer);
    writer.setTitle(document.title);
    // The program, not the process: the same in the window and on the
    // command line (and in tests).
    writer.setCreator(QStringLiteral("Park Explorer " PARKEXPLORER_VERSION));
    // A 96 dpi device, as for the image exports: fonts in points are
    // resolved with the device's resolution; the output is vector anyway.
    writer.setResolution(96);
    if (!writer.setPageLayout(QPageLayout(QPageSize(paper), QPageLayout::Portrait, QMarginsF(),
                                          QPageLayout::Millimeter)))
        return QByteArray();

    const double mm = 96 / 25.4;
    const QRectF page(0, 0, writer.width(), writer.height());
    const double marginX = 18 * mm;
    const double marginTop = 22 * mm;
    const double marginBottom = 20 * mm;
    const QSizeF body(page.width() - 2 * marginX, page.height() - marginTop - marginBottom);

    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(9);
    font.setStyleHint(QFont::SansSerif);
    // Without shaping, Latin text keeps one glyph per character (no "fi"
    // ligature, digits from the font's character map), so that the PDF's
    // text can be searched and copied as written.
    font.setStyleStrategy(QFont::PreferNoShaping);

    // Each section is laid out on its own and starts on a new page; the
    // title page's contents take their page numbers from that layout.
    struct Part
    {
        std::unique_ptr<QTextDocument> text;
        int firstPage = 1;
    };
    FigureHandler handler(graphics, body.width(), body.height() * 0.85);
    const auto layOut = [&](const QString &html) {
        auto text = std::make_unique<QTextDocument>();
        text->documentLayout()->setPaintDevice(&writer);
        text->setDefaultFont(font);
        text->setDocumentMargin(0);
        text->setDefaultStyleSheet(QString::fromLatin1(qtStyle()));
        text->setPageSize(body);
        text->documentLayout()->registerHandler(FigureObject, &handler);
        text->setHtml(html);
        insertFigures(*text, int(graphics.size()));
        return text;
    };
    const bool titlePage = document.sections.testFlag(ReportContent::Title);
    std::vector<Part> parts;
    const QList<Section> shown = document.shownSections();
    for (qsizetype k = 0; k < shown.size(); ++k) {
        // Laying out is about half of the work, drawing the pages the rest.
        if (!report(0.5 * double(k) / double(shown.size())))
            return QByteArray();
        if (shown.at(k) != ReportContent::Title)
            parts.push_back(
                Part{layOut(build(document, graphics, Flavor::Qt, {}, shown.at(k))), 1});
    }
    QList<int> pages;
    for (int i = 0; i < int(parts.size()); ++i)
        pages << 0;
    std::unique_ptr<QTextDocument> title;
    for (int pass = 0; pass < 3; ++pass) {
        int next = 1;
        if (titlePage) {
            title = layOut(build(document, graphics, Flavor::Qt, pages, ReportContent::Title));
            next += title->pageCount();
        }
        QList<int> found;
        for (Part &part : parts) {
            part.firstPage = next;
            found << next;
            next += part.text->pageCount();
        }
        if (found == pages)
            break;
        pages = found;
    }
    if (title)
        parts.insert(parts.begin(), Part{std::move(title), 1});

    int pageCount = 0;
    for (const Part &part : parts)
        pageCount += part.text->pageCount();
    QPainter painter;
    if (!painter.begin(&writer))
        return QByteArray();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = font;
    small.setPointSizeF(7.5);
    int p = 0;
    for (const Part &part : parts) {
        for (int i = 0; i < part.text->pageCount(); ++i, ++p) {
            if (!report(0.5 + 0.5 * double(p) / double(pageCount))) {
                painter.end();
                return QByteArray();
            }
            if (p > 0 && !writer.newPage())
                return QByteArray();
            painter.save();
            painter.translate(marginX, marginTop - i * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            const QRectF pageBody(0, i * body.height(), body.width(), body.height());
            painter.setClipRect(pageBody);
            // Lines are drawn when they touch the clip: the first line of
            // the next page, which starts exactly where this one ends, must
            // not (the PDF would hold its text, out of sight, on both pages).
            context.clip = pageBody.adjusted(0, 0.5, 0, -0.5);
            part.text->documentLayout()->draw(&painter, context);
            painter.restore();

            painter.setFont(small);
            painter.setPen(QColor(0x44, 0x55, 0x66));
            if (p > 0) {
                const QRectF header(marginX, 10 * mm, body.width(), 6 * mm);
                painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, document.title);
                painter.drawLine(QPointF(marginX, 16.5 * mm),
                                 QPointF(page.width() - marginX, 16.5 * mm));
            }
            const QRectF footer(marginX, page.height() - 13 * mm, body.width(), 6 * mm);
            painter.drawText(footer, Qt::AlignCenter, document.pageText.arg(p + 1).arg(pageCount));
        }
    }
    if (!painter.end())
        return QByteArray();
    buffer.close();

    // The contents' links lead to the top of each section's first page, the
    // fact sheets' to the sources list's entries.
    QHash<QString, Target> targets;
    const double gap = 4 * mm; // above the target, so that it is not at the window's edge
    {
        int k = 0;
        for (Section s : shown) {
            if (s == ReportContent::Title)
                continue;
            const Part &part = parts.at(std::size_t(k++ + (titlePage ? 1 : 0)));
            targets.insert(sectionAnchor(s), Target{part.firstPage - 1, marginTop - gap});
            if (s == ReportContent::Sources)
                sourceTargets(*part.text, part.firstPage - 1, marginTop - gap, body.height(),
                              &targets);
        }
    }
    return withFixedDates(PdfPostProcess::withUnifiedIdeographs(
        withInternalLinks(bytes, targets, marginX * 72 / 96, 72.0 / 96)));
}

QByteArray withFixedDates(QByteArray pdf)
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").trimmed().toLongLong(&ok);
    if (!ok)
        return pdf;
    const QDateTime when = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc());
    // "D:20261202081500" followed by the zone, as QPdfWriter writes it;
    // the replacement has the same length so that no offset moves.
    static const QRegularExpression date(QStringLiteral("\\(D:(\\d{14})([^)]*)\\)"));
    const QString fixed = when.toString(QStringLiteral("yyyyMMddHHmmss"));
    QString latin = QString::fromLatin1(pdf);
    QRegularExpressionMatchIterator it = date.globalMatch(latin);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString zone = m.captured(2);
        const QString utc = QStringLiteral("Z");
        zone = utc + QString(zone.size() > 0 ? zone.size() - 1 : 0, QLatin1Char(' '));
        if (m.captured(2).isEmpty())
            zone.clear();
        latin.replace(m.capturedStart(1), 14, fixed);
        latin.replace(m.capturedStart(2), m.capturedLength(2), zone.left(m.capturedLength(2)));
    }
    return latin.toLatin1();
}

} // namespace ReportRenderer

#include "reportrenderer.moc"
