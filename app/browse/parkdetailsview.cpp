#include "parkdetailsview.h"

#include "fieldregistry.h"
#include "parkrecord.h"
#include "parktablemodel.h"
#include "places.h"
#include "provinces.h"
#include "translations.h"

#include <QCoreApplication>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
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

// A value as the file has it (JSON).
QString rawJson(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// "Stored value could not be read: ...", escaped and marked.
QString unreadable(const QJsonValue &v)
{
    return QStringLiteral("<span style='color:#b9770e'>%1</span>")
        .arg(QCoreApplication::translate("ParkDetailsView", "⚠ Stored value could not be read: %1")
                 .arg(rawJson(v))
                 .toHtmlEscaped());
}

// How precise a location is, in words: the file's district as
// "district-level precision".
QString precisionText(const QString &precision)
{
    using FieldRegistry::LocationPrecision;
    switch (FieldRegistry::locationPrecision(precision)) {
    case LocationPrecision::Site:
        return ParkDetailsView::tr("site precision");
    case LocationPrecision::Town:
        return ParkDetailsView::tr("town-level precision");
    case LocationPrecision::District:
        return ParkDetailsView::tr("district-level precision");
    case LocationPrecision::City:
        return ParkDetailsView::tr("city-level precision");
    case LocationPrecision::Other:
        break;
    }
    const QString p = precision.trimmed();
    return p.isEmpty() ? QString() : ParkDetailsView::tr("precision: %1").arg(p);
}

// The location: the coordinates, then the place in words with the
// precision ("Baoshan District, Shanghai · district-level precision"), and
// the source's note in italics.
QString locationValue(const ParkRecord &r, bool english)
{
    const QString coordinates =
        r.hasLocation() ? QStringLiteral("%1, %2").arg(QLocale().toString(*r.lat, 'f', 4),
                                                       QLocale().toString(*r.lon, 'f', 4))
                        : ParkTableModel::unknownText();
    QStringList words;
    const QString place = Places::placeInWords(r.province, r.city, r.district, english);
    if (!place.isEmpty())
        words << place;
    if (r.hasLocation() && !precisionText(r.coordPrecision).isEmpty())
        words << precisionText(r.coordPrecision);
    QString html = text(coordinates);
    if (!words.isEmpty())
        html += QStringLiteral("<br>") + text(words.join(QStringLiteral(" · ")));
    if (!r.coordNote.trimmed().isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(text(r.coordNote.trimmed()));
    return html;
}

// A field's value, with its unit, and its companions (the source's wording,
// how precise a location is) in italics below it.
QString detailsValue(const ParkRecord &r, ParkField field)
{
    const bool english = Translations::isEnglish();
    QString value;
    const auto raw = r.unreadableValues.constFind(ParkFields::key(field));
    if (raw != r.unreadableValues.constEnd()) {
        // Shown as it is, never as "unknown".
        return unreadable(*raw);
    } else if (field == ParkField::Lat) {
        return locationValue(r, english);
    } else {
        value = FieldRegistry::displayText(r, field, english);
        const QString unit = FieldRegistry::unit(field);
        if (!unit.isEmpty() && !FieldRegistry::isUnknown(r, field))
            value += QLatin1Char(' ') + unit;
    }
    // Qualifiers (choices) say how to read the value and stay beside it;
    // notes (text) follow below.
    QStringList qualifiers;
    QStringList companions;
    for (const FieldRegistry::Field &other : FieldRegistry::fields) {
        if (other.companionOf != field || other.field == field ||
            FieldRegistry::isUnknown(r, other.field))
            continue;
        if (other.type == FieldRegistry::ValueType::Choice)
            qualifiers << QStringLiteral("%1: %2").arg(
                FieldRegistry::label(other.field),
                FieldRegistry::displayText(r, other.field, english));
        else if (other.type == FieldRegistry::ValueType::Text)
            companions << FieldRegistry::displayText(r, other.field, english);
    }
    if (!qualifiers.isEmpty())
        value += QStringLiteral(" (%1)").arg(qualifiers.join(QStringLiteral("; ")));
    QString html = text(value);
    if (field == ParkField::Confidence)
        companions << ParkDetailsView::confidenceExplanation(int(r.confidence));
    if (!companions.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(text(companions.join(QStringLiteral(": "))));
    return html;
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
    if (!r->nonObjectEntry.isUndefined()) {
        setHtml(QStringLiteral("<p style='color:#c0392b'>%1</p><pre>%2</pre>")
                    .arg(tr("This entry of the file is not a park record. It is kept as it is; "
                            "edit it to delete it or replace it with a park.")
                             .toHtmlEscaped(),
                         rawJson(r->nonObjectEntry).toHtmlEscaped()));
        return;
    }
    const bool english = Translations::isEnglish();
    QString html = QStringLiteral("<h3>%1</h3>").arg(text(r->displayName(english)));
    if (english && !r->nameZh.isEmpty() && !r->nameEn.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(text(r->nameZh));
    else if (!english && !r->nameEn.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(text(r->nameEn));

    if (!r->problems.isEmpty()) {
        html += QStringLiteral("<p style='color:#c0392b'><b>%1</b></p><ul>")
                    .arg(tr("Problems in this record").toHtmlEscaped());
        for (const FieldProblem &p : r->problems) {
            const FieldRegistry::Field *f = FieldRegistry::byKey(p.field);
            const QString field = f ? FieldRegistry::label(f->field) : p.field;
            html +=
                QStringLiteral("<li>%1</li>")
                    .arg(text(p.field.isEmpty() ? p.message
                                                : QStringLiteral("%1: %2").arg(field, p.message)));
        }
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<table cellspacing=2>");
    for (const FieldRegistry::Field &field : FieldRegistry::fields) {
        const ParkField f = field.field;
        // Names head the page and sources follow the table; companions
        // (notes, the second coordinate) are shown with their field.
        if (f == ParkField::NameZh || f == ParkField::NameEn ||
            field.type == FieldRegistry::ValueType::TextList || field.has(FieldRegistry::Derived) ||
            field.companionOf != f)
            continue;
        html += row(f == ParkField::Lat ? tr("Location") : FieldRegistry::label(f),
                    detailsValue(*r, f));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Sources").toHtmlEscaped());
    const auto rawSources = r->unreadableValues.constFind(ParkFields::key(ParkField::Sources));
    if (rawSources != r->unreadableValues.constEnd()) {
        html += QStringLiteral("<p>%1</p>").arg(unreadable(*rawSources));
    } else if (r->sources.isEmpty()) {
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
