#include "parkdetailsview.h"

#include "parkrecord.h"
#include "parktablemodel.h"
#include "provinces.h"
#include "translations.h"

#include <QEvent>
#include <QLocale>
#include <QRegularExpression>

namespace {

QString row(const QString &label, const QString &escapedValue)
{
    return QStringLiteral("<tr><th align=left valign=top style='padding-right:12px'>%1</th>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), escapedValue);
}

QString text(const QString &value)
{
    if (value.isEmpty())
        return ParkTableModel::unknownText();
    QString escaped = value.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}

QString number(const std::optional<double> &v, const QString &unit)
{
    if (!v)
        return ParkTableModel::unknownText();
    return QStringLiteral("%1 %2").arg(QLocale().toString(*v, 'g', 12), unit.toHtmlEscaped());
}

} // namespace

ParkDetailsView::ParkDetailsView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true); // QDesktopServices: the system browser
    setOpenLinks(true);
    setAccessibleName(tr("Park details"));
    showRecord(nullptr);
}

QString ParkDetailsView::confidenceExplanation(int confidence)
{
    switch (Confidence(confidence)) {
    case Confidence::StatedInReport:
        return tr("The report's text states this park.");
    case Confidence::Sourced:
        return tr("Public pages other than the report name this park and support its fields.");
    case Confidence::Inferred:
        return tr("The park exists, but whether it is one of the parks the report counts, or "
                  "some of its fields, is inferred rather than stated.");
    case Confidence::Unknown:
        break;
    }
    return tr("The record does not say how it is known.");
}

QString ParkDetailsView::linkifiedSource(const QString &source)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s,;，；）)]+"));
    QString html;
    qsizetype last = 0;
    auto it = url.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        html += source.mid(last, m.capturedStart() - last).toHtmlEscaped();
        const QString link = m.captured().toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%1</a>").arg(link);
        last = m.capturedEnd();
    }
    html += source.mid(last).toHtmlEscaped();
    return html;
}

void ParkDetailsView::showRecord(const ParkRecord *r)
{
    m_hasRecord = r != nullptr;
    if (!r) {
        m_shownId.clear();
        setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(tr("Select a park in the table to see all its fields and sources.")
                             .toHtmlEscaped()));
        return;
    }
    m_shownId = r->id;
    const bool english = Translations::isEnglish();
    QString html = QStringLiteral("<h3>%1</h3>").arg(text(r->displayName(english)));
    if (english && !r->nameZh.isEmpty() && !r->nameEn.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(text(r->nameZh));
    else if (!english && !r->nameEn.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(text(r->nameEn));

    if (!r->problems.isEmpty()) {
        html += QStringLiteral("<p style='color:#c0392b'><b>%1</b></p><ul>")
                    .arg(tr("Problems in this record").toHtmlEscaped());
        for (const FieldProblem &p : r->problems)
            html += QStringLiteral("<li>%1</li>")
                        .arg(text(p.field.isEmpty()
                                      ? p.message
                                      : QStringLiteral("%1: %2").arg(p.field, p.message)));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<table cellspacing=2>");
    html += row(ParkTableModel::columnTitle(ParkTableModel::IdColumn), text(r->id));
    html += row(ParkTableModel::columnTitle(ParkTableModel::ProvinceColumn),
                text(Provinces::displayName(r->province, english)));
    html += row(ParkTableModel::columnTitle(ParkTableModel::CityColumn), text(r->city));
    html += row(ParkTableModel::columnTitle(ParkTableModel::DistrictColumn), text(r->district));
    html += row(ParkTableModel::columnTitle(ParkTableModel::EstablishedColumn),
                text(r->established.toString()));
    html += row(ParkTableModel::columnTitle(ParkTableModel::LeadershipColumn),
                text(ParkTableModel::leadershipText(r->leadership)));
    html += row(ParkTableModel::columnTitle(ParkTableModel::CarrierTypeColumn),
                text(ParkTableModel::carrierTypeText(r->carrierType)));
    auto withNote = [](const QString &value, const QString &note) {
        return note.isEmpty() ? value : QStringLiteral("%1<br><i>%2</i>").arg(value, text(note));
    };
    html += row(ParkTableModel::columnTitle(ParkTableModel::AreaColumn),
                withNote(number(r->areaKm2, QStringLiteral("km²")), r->areaNote));
    html += row(ParkTableModel::columnTitle(ParkTableModel::EnterprisesColumn),
                withNote(r->enterprises ? QLocale().toString(*r->enterprises)
                                        : ParkTableModel::unknownText(),
                         r->enterprisesNote));
    html += row(ParkTableModel::columnTitle(ParkTableModel::FundColumn),
                withNote(number(r->fundCny100m, QStringLiteral("亿元")), r->fundNote));
    html += row(ParkTableModel::columnTitle(ParkTableModel::PolicyColumn), text(r->policy));
    html += row(ParkTableModel::columnTitle(ParkTableModel::FocusColumn), text(r->focus));
    html += row(ParkTableModel::columnTitle(ParkTableModel::OperatorColumn), text(r->operatorName));
    const QString location = r->hasLocation()
                                 ? QStringLiteral("%1, %2").arg(QLocale().toString(*r->lat, 'f', 4),
                                                                QLocale().toString(*r->lon, 'f', 4))
                                 : ParkTableModel::unknownText();
    QString coordText = location.toHtmlEscaped();
    if (!r->coordPrecision.isEmpty() || !r->coordNote.isEmpty())
        coordText += QStringLiteral("<br><i>%1</i>")
                         .arg(text(QStringList{r->coordPrecision, r->coordNote}
                                       .filter(QRegularExpression(QStringLiteral(".")))
                                       .join(QStringLiteral(": "))));
    html += row(tr("Location"), coordText);
    html += row(ParkTableModel::columnTitle(ParkTableModel::ConfidenceColumn),
                QStringLiteral("%1<br><i>%2</i>")
                    .arg(text(ParkTableModel::confidenceText(r->confidence)),
                         confidenceExplanation(int(r->confidence)).toHtmlEscaped()));
    html += row(ParkTableModel::columnTitle(ParkTableModel::NamedInReportColumn),
                text(r->namedInReport ? (*r->namedInReport ? tr("Yes") : tr("No")) : QString()));
    html += row(ParkTableModel::columnTitle(ParkTableModel::NotesColumn), text(r->notes));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Sources").toHtmlEscaped());
    if (r->sources.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No sources recorded.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<ol>");
        for (const QString &source : r->sources)
            html += QStringLiteral("<li>%1</li>").arg(linkifiedSource(source));
        html += QStringLiteral("</ol>");
    }
    if (!r->unknownFields.isEmpty()) {
        QStringList keys = r->unknownFields.keys();
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Other fields kept from the file: %1")
                             .arg(keys.join(QStringLiteral(", ")))
                             .toHtmlEscaped());
    }
    setHtml(html);
}

void ParkDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_hasRecord)
        showRecord(nullptr);
    QTextBrowser::changeEvent(event);
}
