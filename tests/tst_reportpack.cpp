// The report pack from the command line: the PDF's text (pdftotext) and the
// HTML hold the coverage, the headline figures, the provinces and every
// source; the contents' page numbers match; both languages; the same
// inputs give the same bytes; a filter changes the content; the links inside
// the PDF lead to pages of the PDF.

#include "parkstore.h"
#include "report/reportcommand.h"
#include "translations.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <functional>
#include <map>

namespace {

constexpr char Epoch[] = "1767225600"; // 2026-01-01

struct Run
{
    int exitCode = -1;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QString::fromLatin1(Epoch));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARKEXPLORER_BINARY), arguments);
    Run r;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(tool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

QString pageText(const QString &pdf, int page)
{
    return tool(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
}

QString allText(const QString &pdf)
{
    return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

// Text with every space and line break taken out, so that a wrapped line
// still matches.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    // The font draws the en dash and the figure dash with one glyph, which
    // pdftotext reads back as the figure dash.
    return text.remove(space).replace(QChar(0x2012), QChar(0x2013));
}

// The text of an XHTML document; empty with FAIL when it does not parse.
QString xmlText(const QByteArray &bytes, QString *error, QString *lang)
{
    QXmlStreamReader xml(bytes);
    QString text;
    int inSvg = 0; // the figures' own texts are left out
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            ++inSvg;
        if (xml.isEndElement() && xml.name() == QLatin1String("svg"))
            --inSvg;
        if (inSvg > 0)
            continue;
        if (xml.isStartElement() && xml.name() == QLatin1String("html"))
            *lang = xml.attributes().value(QStringLiteral("lang")).toString();
        if (xml.isCharacters())
            text += xml.text().toString() + QLatin1Char(' ');
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return text;
}

// The body of object NUMBER of a PDF as QPdfEngine writes it (plain
// objects, each "N 0 obj" on a line of its own).
QByteArray pdfObject(const QByteArray &pdf, const QByteArray &number)
{
    const QByteArray head = '\n' + number + " 0 obj\n";
    const qsizetype start = pdf.indexOf(head);
    if (start < 0)
        return QByteArray();
    const qsizetype end = pdf.indexOf("endobj", start);
    return pdf.mid(start + head.size(), end - start - head.size());
}

// The object numbers "N 0 R" refers to in TEXT, in order.
QList<QByteArray> references(const QByteArray &text)
{
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    QList<QByteArray> numbers;
    for (auto it = ref.globalMatch(QString::fromLatin1(text)); it.hasNext();)
        numbers << it.next().captured(1).toLatin1();
    return numbers;
}

// The value of KEY ("/Kids") in a dictionary's text: up to the end of the
// line, or the whole array when it is one.
QByteArray entry(const QByteArray &dictionary, const QByteArray &key)
{
    const qsizetype at = dictionary.indexOf(key + ' ') >= 0 ? dictionary.indexOf(key + ' ')
                                                            : dictionary.indexOf(key + '\n');
    if (at < 0)
        return QByteArray();
    const qsizetype from = at + key.size();
    const qsizetype bracket = dictionary.indexOf('[', from);
    const qsizetype line = dictionary.indexOf('\n', from + 1);
    if (bracket >= 0 && (line < 0 || bracket <= line + 1))
        return dictionary.mid(bracket, dictionary.indexOf(']', bracket) - bracket + 1);
    return dictionary.mid(from, line - from).trimmed();
}
} // namespace

class TestReportPack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfEnglish();
    void tableOfContents();
    void htmlEnglish();
    void chinese();
    void ideographs();
    void deterministic();
    void filter();
    void usage();
    void chartsAndColumns();
    void internalLinks();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    ReportContent::Document m_english;
    QSet<QString> m_sources;
    ParkDocument m_store;
    QTemporaryDir m_dir;
};

void TestReportPack::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(m_dir.isValid());
    const LoadResult loaded = ParkStore::loadFile(ParkStore::EmbeddedPath);
    QVERIFY(loaded.isUsable());
    m_store = loaded.document;
    for (const ParkRecord &r : m_store.parks) {
        for (const QString &s : r.sources) {
            if (!s.trimmed().isEmpty())
                m_sources.insert(s.trimmed());
        }
    }
    ReportCommand::Request request;
    request.english = true;
    m_english = ReportCommand::content(request, m_store);

    for (const char *lang : {"en", "zh_CN"}) {
        for (const char *ext : {"pdf", "html"}) {
            const QString out =
                m_dir.filePath(QStringLiteral("report-%1.%2")
                                   .arg(QString::fromLatin1(lang), QString::fromLatin1(ext)));
            const Run r = run({QStringLiteral("--export-report"), out, QStringLiteral("--lang"),
                               QString::fromLatin1(lang)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(QFile::exists(out));
        }
    }
}

void TestReportPack::pdfEnglish()
{
    const QString pdf = path("report-en.pdf");
    const QString first = pageText(pdf, 1);
    QVERIFY2(first.contains(QLatin1String("28 of the 44 parks the report counts")),
             qPrintable(first));
    QVERIFY(squeezed(first).contains(squeezed(m_english.coverage)));
    QVERIFY(squeezed(first).contains(squeezed(m_english.compiledText)));

    const QString text = squeezed(allText(pdf));
    QVERIFY(!m_english.headline.isEmpty());
    for (const ReportContent::HeadlineRow &row : std::as_const(m_english.headline)) {
        QVERIFY2(text.contains(squeezed(row.label)), qPrintable(row.label));
        QVERIFY2(text.contains(squeezed(row.label + row.report + row.dataset + row.statusText)) ||
                     text.contains(squeezed(row.report + row.dataset + row.statusText)),
                 qPrintable(row.label));
    }
    // A "more than N" figure is not met by N.
    for (const ReportContent::HeadlineRow &row : std::as_const(m_english.headline)) {
        if (row.report.startsWith(QLatin1String("more than ")) && row.report.mid(10) == row.dataset)
            QVERIFY2(row.status != ReportContent::HeadlineRow::Status::Met, qPrintable(row.label));
    }
    QVERIFY(m_english.provinces.size() > 5);
    for (const QString &province : std::as_const(m_english.provinces))
        QVERIFY2(text.contains(squeezed(province)), qPrintable(province));

    // Every source, numbered once.
    QCOMPARE(int(m_english.sources.size()), int(m_sources.size()));
    for (const QString &source : std::as_const(m_sources))
        QVERIFY2(text.contains(squeezed(source)), qPrintable(source));
    const QString all = allText(pdf);
    static const QRegularExpression numbered(QStringLiteral("(?m)^\\s*\\[(\\d+)\\]\\s+\\S"));
    QSet<int> numbers;
    for (auto it = numbered.globalMatch(all); it.hasNext();)
        numbers.insert(it.next().captured(1).toInt());
    QCOMPARE(int(numbers.size()), int(m_sources.size()));

    // Page numbers and the running header.
    const int pages = pageCount(pdf);
    QVERIFY(pages > 3);
    for (int p = 1; p <= pages; ++p) {
        const QString page = pageText(pdf, p);
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)),
                 qPrintable(QString::number(p)));
        if (p > 1)
            QVERIFY(page.contains(m_english.title));
    }

    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.contains("/URI"));
    QVERIFY(bytes.contains("/FontFile"));
}

void TestReportPack::tableOfContents()
{
    const QString pdf = path("report-en.pdf");
    const QString first = pageText(pdf, 1);
    int checked = 0;
    for (ReportContent::Section s : m_english.shownSections()) {
        if (s == ReportContent::Title)
            continue;
        const QString title = ReportContent::sectionTitle(s);
        const QRegularExpression line(
            QStringLiteral("(?m)^\\s*%1\\s+(\\d+)\\s*$").arg(QRegularExpression::escape(title)));
        const QRegularExpressionMatch m = line.match(first);
        QVERIFY2(m.hasMatch(), qPrintable(title + QLatin1Char('\n') + first));
        const int page = m.captured(1).toInt();
        QVERIFY(page > 1);
        // The section's heading is the first line under the running header.
        const QStringList lines = pageText(pdf, page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        QCOMPARE(lines.at(1).trimmed(), title);
        ++checked;
    }
    QCOMPARE(checked, 7);
}

void TestReportPack::htmlEnglish()
{
    const QByteArray bytes = readAll(path("report-en.html"));
    QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
    QVERIFY(bytes.contains("<meta name=\"viewport\""));
    QVERIFY(bytes.contains("@media print"));
    QVERIFY(bytes.contains("<svg"));
    QString error;
    QString lang;
    const QString text = xmlText(bytes, &error, &lang);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lang, QStringLiteral("en"));
    QVERIFY(text.contains(m_english.coverage));
    QVERIFY(text.contains(QLatin1String("28 of the 44 parks the report counts")));
    for (const ReportContent::HeadlineRow &row : std::as_const(m_english.headline))
        QVERIFY2(text.contains(row.label), qPrintable(row.label));
    for (const QString &province : std::as_const(m_english.provinces))
        QVERIFY2(text.contains(province), qPrintable(province));
    // A largest value that its source qualifies keeps its qualifier: the
    // dataset's "100" enterprises are "more than 100" (100余家) in their
    // source, its largest area is a host zone's, its largest fund a plan.
    const QString squeezedText = squeezed(text);
    QVERIFY2(
        squeezedText.contains(QStringLiteral("morethan100≥100short")),
        qPrintable(squeezedText.mid(squeezedText.indexOf(QLatin1String("Most enterprises")), 80)));
    QVERIFY(squeezedText.contains(QStringLiteral("41.4841.48(hostzone)met")));
    QVERIFY(squeezedText.contains(QStringLiteral("2,0002,000(investmentplan)met")));
    for (const QString &source : std::as_const(m_sources)) {
        QVERIFY2(text.contains(source), qPrintable(source));
        if (source.startsWith(QLatin1String("http")))
            QVERIFY(bytes.contains("href=\"" + source.toHtmlEscaped().toUtf8() + '"'));
    }
}

void TestReportPack::chinese()
{
    const QString pdf = path("report-zh_CN.pdf");
    const QString text = allText(pdf);
    // Names from the data, in Chinese, with embedded CJK fonts.
    QVERIFY2(text.contains(QStringLiteral("浙江省")), qPrintable(text.left(2000)));
    QVERIFY(squeezed(pageText(pdf, 1)).contains(QLatin1String("28")));
    QVERIFY(squeezed(pageText(pdf, 1)).contains(QLatin1String("44")));
    QVERIFY(pageCount(pdf) > 3);
    const QString squeezedText = squeezed(text);
    for (const QString &source : std::as_const(m_sources))
        QVERIFY2(squeezedText.contains(squeezed(source)), qPrintable(source));

    QString error;
    QString lang;
    const QString html = xmlText(readAll(path("report-zh_CN.html")), &error, &lang);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lang, QStringLiteral("zh-CN"));
    QVERIFY(html.contains(QStringLiteral("浙江省")));
    // Every text of the report in Chinese, those the renderer adds too.
    QVERIFY2(html.contains(QStringLiteral("引用 %1 个来源").arg(m_sources.size())),
             qPrintable(html.right(3000)));
    QVERIFY(html.contains(QStringLiteral("所显示园区所在省份：")));
    for (const char *english : {"source(s) cited", "sources cited", "Provinces with parks shown"})
        QVERIFY2(!html.contains(QLatin1String(english)), english);
}

// Noto Sans CJK draws the CJK radicals with the glyphs of the ideographs
// they stand for, and Qt 6.4 maps such a glyph back to the lowest of its
// characters, the radical: 目录 read back as ⽬录 (U+2F6C), 页 as ⻚
// (U+2EDA). Text taken from either PDF has the ideographs.
void TestReportPack::ideographs()
{
    for (const char *lang : {"zh_CN", "en"}) {
        const QString text =
            allText(m_dir.filePath(QStringLiteral("report-%1.pdf").arg(QLatin1String(lang))));
        QVERIFY(!text.isEmpty());
        // Both blocks are in the BMP, apart from the surrogates.
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            const bool radical = (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
            QVERIFY2(!radical, qPrintable(QStringLiteral("%1: U+%2 in \"%3\"")
                                              .arg(QLatin1String(lang))
                                              .arg(uint(c), 4, 16, QLatin1Char('0'))
                                              .arg(text.mid(std::max<qsizetype>(0, i - 8), 17))));
        }
    }

    ReportContent::Document chinese;
    QStringList titles;
    {
        const Translations::ScopedLanguage language(QStringLiteral("zh_CN"));
        chinese = ReportCommand::content(ReportCommand::Request(), m_store);
        for (ReportContent::Section s : chinese.shownSections()) {
            if (s != ReportContent::Title)
                titles << ReportContent::sectionTitle(s);
        }
    }
    const QString pdf = path("report-zh_CN.pdf");
    const QString first = squeezed(pageText(pdf, 1));
    QVERIFY2(first.contains(QStringLiteral("目录")), qPrintable(first));
    QCOMPARE(int(titles.size()), 7);
    for (const QString &title : std::as_const(titles))
        QVERIFY2(first.contains(squeezed(title)), qPrintable(title));
    const int pages = pageCount(pdf);
    for (int p : {1, 2, pages}) {
        QVERIFY2(squeezed(pageText(pdf, p)).contains(squeezed(chinese.pageText.arg(p).arg(pages))),
                 qPrintable(pageText(pdf, p)));
        if (p > 1)
            QVERIFY(squeezed(pageText(pdf, p)).contains(squeezed(chinese.title)));
    }
    const QString text = squeezed(allText(pdf));
    for (const char *province : {"广东省", "山东省", "甘肃省"})
        QVERIFY2(chinese.provinces.contains(QString::fromUtf8(province)), province);
    QVERIFY(chinese.provinces.size() > 5);
    for (const QString &province : std::as_const(chinese.provinces))
        QVERIFY2(text.contains(squeezed(province)), qPrintable(province));
    for (const ParkRecord &park : std::as_const(m_store.parks))
        QVERIFY2(text.contains(squeezed(park.nameZh)), qPrintable(park.nameZh));
}

void TestReportPack::deterministic()
{
    for (const char *ext : {"pdf", "html"}) {
        const QString again = m_dir.filePath(QStringLiteral("again.%1").arg(QLatin1String(ext)));
        const Run r = run({QStringLiteral("--export-report"), again, QStringLiteral("--lang"),
                           QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray first =
            readAll(m_dir.filePath(QStringLiteral("report-en.%1").arg(QLatin1String(ext))));
        QVERIFY(!first.isEmpty());
        QVERIFY2(readAll(again) == first, ext);
    }
}

void TestReportPack::filter()
{
    const QString out = path("zhejiang.html");
    const Run r =
        run({QStringLiteral("--export-report"), out, QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--province"), QStringLiteral("浙江省")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString error;
    QString lang;
    const QString text = xmlText(readAll(out), &error, &lang);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(text.contains(QLatin1String("Zhejiang")));
    QVERIFY(text.contains(QLatin1String("filter")));
    QVERIFY(text.contains(QLatin1String("28 of the 44 parks the report counts")));
    int inside = 0;
    for (const ParkRecord &park : std::as_const(m_store.parks)) {
        const bool zhejiang = park.province == QStringLiteral("浙江省");
        inside += zhejiang ? 1 : 0;
        QVERIFY2(text.contains(park.id) == zhejiang, qPrintable(park.id));
    }
    QVERIFY(inside > 0);
    QVERIFY(!text.contains(QLatin1String("Guangdong")));
}

void TestReportPack::usage()
{
    QCOMPARE(run({QStringLiteral("--export-report"), path("x.docx")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("--export-report"), path("x.pdf"), QStringLiteral("--sections"),
                  QStringLiteral("title,nope")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("--export-report"), path("x.pdf"), QStringLiteral("--paper"),
                  QStringLiteral("a3")})
                 .exitCode,
             2);
    QProcess help;
    help.start(QStringLiteral(PARKEXPLORER_BINARY),
               {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(help.waitForFinished(60000));
    const QString helpText = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *option : {"--export-report <OUT>", "--paper", "--sections", "--title"})
        QVERIFY2(helpText.contains(QLatin1String(option)), option);

    const Run few = run({QStringLiteral("--export-report"), path("few.pdf"),
                         QStringLiteral("--sections"), QStringLiteral("title,sources")});
    QVERIFY2(few.exitCode == 0, qPrintable(few.err));
    QVERIFY(pageCount(path("few.pdf")) >= 2);
}

void TestReportPack::chartsAndColumns()
{
    const QString out = path("chosen.html");
    const Run r =
        run({QStringLiteral("--export-report"), out, QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--charts"), QStringLiteral("top-area,by-city"),
             QStringLiteral("--columns"), QStringLiteral("nameEn,notes"),
             QStringLiteral("--sections"), QStringLiteral("charts,table")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString html = QString::fromUtf8(readAll(out));
    // The charts asked for, in their order, and no other.
    const qsizetype area = html.indexOf(QLatin1String("Largest parks by planned area"));
    const qsizetype city = html.indexOf(QLatin1String("Cities with the most parks"));
    QVERIFY(area > 0);
    QVERIFY(city > area);
    QVERIFY(!html.contains(QLatin1String("Parks by province")));
    // The table's header: the park and the notes, nothing else.
    const qsizetype head = html.indexOf(QLatin1String("<thead>"));
    const QString header = html.mid(head, html.indexOf(QLatin1String("</thead>"), head) - head);
    QCOMPARE(header.count(QLatin1String("</th>")), 2);
    QVERIFY(header.contains(QLatin1String(">Notes<")));
    for (const ParkRecord &park : std::as_const(m_store.parks)) {
        if (!park.notes.isEmpty())
            QVERIFY2(html.contains(park.notes.left(20).toHtmlEscaped()), qPrintable(park.id));
    }

    const Run column = run({QStringLiteral("--export-report"), path("x.pdf"),
                            QStringLiteral("--columns"), QStringLiteral("nameEn,bogus")});
    QCOMPARE(column.exitCode, 2);
    QVERIFY2(column.err.contains(QLatin1String("bogus")), qPrintable(column.err));
    const Run chart = run({QStringLiteral("--export-report"), path("x.pdf"),
                           QStringLiteral("--charts"), QStringLiteral("pie")});
    QCOMPARE(chart.exitCode, 2);
    QVERIFY2(chart.err.contains(QLatin1String("pie")), qPrintable(chart.err));
}

void TestReportPack::internalLinks()
{
    for (const char *lang : {"en", "zh_CN"}) {
        const QString pdf =
            m_dir.filePath(QStringLiteral("report-%1.pdf").arg(QLatin1String(lang)));
        const QByteArray bytes = readAll(pdf);
        QVERIFY(!bytes.isEmpty());
        // No "#name" link is left as a web address.
        QVERIFY(!bytes.contains("/URI (#"));

        // The pages in order.
        const QByteArray catalog = pdfObject(bytes, "2");
        const QList<QByteArray> root = references(entry(catalog, "/Pages"));
        QCOMPARE(root.size(), 1);
        const QList<QByteArray> pages = references(entry(pdfObject(bytes, root.at(0)), "/Kids"));
        QCOMPARE(int(pages.size()), pageCount(pdf));

        // The contents' links, on the title page, from top to bottom: one
        // annotation for each piece of text, so one row may have several.
        const QByteArray titlePage = pdfObject(bytes, pages.at(0));
        QList<QByteArray> annotations = references(entry(titlePage, "/Annots"));
        if (annotations.size() == 1 && !pdfObject(bytes, annotations.at(0)).contains("/Annot"))
            annotations = references(pdfObject(bytes, annotations.at(0)));
        // By the height on the page (from its bottom), the top row first.
        std::map<int, QByteArray, std::greater<int>> rows;
        static const QRegularExpression rect(
            QStringLiteral("/Rect\\s*\\[\\s*[-\\d.]+\\s+([-\\d.]+)"));
        static const QRegularExpression goTo(
            QStringLiteral("/S\\s*/GoTo\\s*/D\\s*\\[\\s*(\\d+)\\s+0\\s+R\\s*/XYZ"));
        for (const QByteArray &number : std::as_const(annotations)) {
            const QString annotation = QString::fromLatin1(pdfObject(bytes, number));
            const double bottom = rect.match(annotation).captured(1).toDouble();
            const QRegularExpressionMatch target = goTo.match(annotation);
            QVERIFY2(target.hasMatch(), qPrintable(annotation));
            const QByteArray page = target.captured(1).toLatin1();
            // Pieces of one row lead to the same page.
            const auto known = rows.find(qRound(bottom));
            QVERIFY2(known == rows.end() || known->second == page, qPrintable(annotation));
            rows[qRound(bottom)] = page;
        }

        // The rows' titles and page numbers, from pdftotext (the title
        // apart from its number by two spaces or more; in the report's
        // language, which this process need not have loaded), and the
        // title as the heading of that page.
        static const QRegularExpression entryLine(
            QStringLiteral("(?m)^\\s*(\\S.*?)\\s{2,}(\\d+)\\s*$"));
        QList<QPair<QString, int>> contents;
        for (auto it = entryLine.globalMatch(pageText(pdf, 1)); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            contents << qMakePair(m.captured(1).trimmed(), m.captured(2).toInt());
        }
        QCOMPARE(int(contents.size()), 7);
        QCOMPARE(int(rows.size()), int(contents.size()));
        int row = 0;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it, ++row) {
            const auto &[title, page] = contents.at(row);
            QVERIFY2(page > 1 && page <= pages.size(), qPrintable(title));
            const QStringList lines =
                pageText(pdf, page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(lines.size() > 2);
            QCOMPARE(lines.at(1).trimmed(), title);
            QVERIFY2(it->second == pages.at(page - 1), qPrintable(title));
        }

        // Every link inside the document leads to one of its pages.
        int internal = 0;
        for (auto it = goTo.globalMatch(QString::fromLatin1(bytes)); it.hasNext(); ++internal)
            QVERIFY(pages.contains(it.next().captured(1).toLatin1()));
        // The contents' and at least one fact sheet's source.
        QVERIFY(internal > int(rows.size()));
        // The web addresses stay links.
        QVERIFY(bytes.contains("/URI (http"));
    }

    // Without the sources list, the fact sheets' source numbers are no links.
    const QString sheets = path("sheets.pdf");
    const Run r = run({QStringLiteral("--export-report"), sheets, QStringLiteral("--sections"),
                       QStringLiteral("title,factsheets")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray bytes = readAll(sheets);
    QVERIFY(bytes.contains("/S /GoTo"));
    QVERIFY(!bytes.contains("/URI (#"));
}

QTEST_MAIN(TestReportPack)
#include "tst_reportpack.moc"
