#include "summarypanel.h"

#include "deferredrefresh.h"
#include "fieldregistry.h"
#include "places.h"

#include "aggregations.h"
#include "documentsession.h"
#include "filter/filterdescription.h"
#include "parkfilterproxy.h"
#include "parktablemodel.h"
#include "provinces.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString tableRow(const QStringList &cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i) {
        const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
        const QString align = i == 0 ? QStringLiteral("left") : QStringLiteral("right");
        // Names and column titles stay on one line; numbers never wrap anyway.
        const bool nowrap = i == 0 || header;
        html +=
            QStringLiteral("<%1 align=%2 %3 style='padding-right:10px'>%4</%1>")
                .arg(tag, align, nowrap ? QStringLiteral("nowrap") : QString(), esc(cells.at(i)));
    }
    return html + QStringLiteral("</tr>");
}

QString formatValue(double v)
{
    return QLocale().toString(v, 'g', 12);
}

// A value with what qualifies it: "≥100", "~40", "41.48 km² (host zone)".
QString qualifiedValue(double v, const QString &unit, Aggregations::Qualifier q)
{
    const QString number = formatValue(v);
    return Aggregations::qualifiedText(
        unit.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, unit), q);
}

} // namespace

SummaryPanel::SummaryPanel(DocumentSession *session, ParkFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_proxy(proxy)
    , m_browser(new QTextBrowser(this))
    , m_copy(new QPushButton(this))
    , m_includeQualified(new QCheckBox(this))
    , m_refresh(new DeferredRefresh(this, [this] { refresh(); }))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_includeQualified);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    layout->addLayout(buttons);
    m_browser->setOpenLinks(false);
    // Lines break between words, never inside one ("Guangdon-g"); a dock
    // narrower than a table scrolls instead.
    m_browser->setWordWrapMode(QTextOption::WordWrap);
    setMinimumWidth(16 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    connect(m_copy, &QPushButton::clicked, this, &SummaryPanel::copyToClipboard);
    connect(m_includeQualified, &QCheckBox::toggled, this, &SummaryPanel::refresh);

    // One recomputation per burst of changes, while shown.
    connect(m_proxy, &ParkFilterProxy::shownRecordsChanged, m_refresh, &DeferredRefresh::schedule);
    m_copy->setText(tr("Copy as text"));
    m_includeQualified->setText(tr("Include qualified values"));
    m_includeQualified->setToolTip(
        tr("Count values the sources qualify (more than, about, a host zone's area, an "
           "investment plan) in the largest figures"));
    m_browser->setAccessibleName(tr("Summary of the parks shown"));
    refresh();
}

void SummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_copy->setText(tr("Copy as text"));
        m_includeQualified->setText(tr("Include qualified values"));
        m_includeQualified->setToolTip(
            tr("Count values the sources qualify (more than, about, a host zone's area, an "
               "investment plan) in the largest figures"));
        refresh();
    }
    QWidget::changeEvent(event);
}

QString SummaryPanel::plainText()
{
    m_refresh->flushIfHidden();
    return m_browser->toPlainText();
}

void SummaryPanel::copyToClipboard()
{
    QApplication::clipboard()->setText(plainText());
}

void SummaryPanel::refresh()
{
    m_refresh->done();
    m_browser->setHtml(buildHtml());
}

QString SummaryPanel::buildHtml() const
{
    using namespace Aggregations;
    const bool english = Translations::isEnglish();
    const ParkSnapshot shown = m_proxy->visibleRecords();
    const Records &records = shown.pointers();
    const ParkFilter &filter = m_proxy->filter();
    const int total = m_proxy->sourceRecordCount();
    QString html;

    if (filter.isEmpty()) {
        html +=
            QStringLiteral("<h3>%1</h3>").arg(esc(tr("All %n park(s) in the dataset", "", total)));
    } else {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(tr("%1 of %n park(s) shown", "", total).arg(records.size())),
                         esc(FilterDescription::summary(filter)));
    }
    if (const std::optional<double> reported = m_session->reportTotal(QStringLiteral("parks"))) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("The dataset holds %1 of the %2 parks the report counts; the "
                                "figures below describe the dataset, not the whole census.")
                                 .arg(total)
                                 .arg(*reported)));
    }

    const QMap<Leadership, int> leadership = byLeadership(records);
    const QMap<QString, Count> provinces = byProvince(records);
    html += QStringLiteral("<table>");
    html += tableRow({tr("Parks shown"), QString::number(records.size())});
    html += tableRow({ParkTableModel::leadershipText(Leadership::Government),
                      QString::number(leadership.value(Leadership::Government))});
    html += tableRow({ParkTableModel::leadershipText(Leadership::Enterprise),
                      QString::number(leadership.value(Leadership::Enterprise))});
    html += tableRow(
        {tr("Leadership unknown"), QString::number(leadership.value(Leadership::Unknown))});
    html += tableRow({tr("Provinces covered"), QString::number(provinces.size())});
    html += QStringLiteral("</table>");

    auto ranked = [&](const QString &title, const QMap<QString, Count> &counts, bool isProvince) {
        const auto list = rankedByCount(counts);
        if (list.isEmpty())
            return;
        html += QStringLiteral("<h4>%1</h4><table>").arg(esc(title));
        html += tableRow({QString(), tr("Parks"), tr("Government-led")}, true);
        for (int i = 0; i < std::min<qsizetype>(5, list.size()); ++i) {
            const QString name = isProvince
                                     ? Provinces::displayName(list.at(i).first, english)
                                     : Places::cityName(QString(), list.at(i).first, english);
            html += tableRow({name, QString::number(list.at(i).second.total),
                              QString::number(list.at(i).second.government)});
        }
        html += QStringLiteral("</table>");
    };
    ranked(tr("Top provinces"), provinces, true);
    ranked(tr("Top cities"), byCity(records), false);

    const QMap<int, Count> years = byYear(records);
    if (!years.isEmpty()) {
        int peak = 0;
        for (const Count &c : years)
            peak = std::max(peak, c.total);
        QStringList peakYears;
        for (auto it = years.constBegin(); it != years.constEnd(); ++it) {
            if (it->total == peak)
                peakYears << QString::number(it.key());
        }
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(esc(tr("Founding")), esc(tr("Peak: %1 (%n park(s))", "", peak)
                                                      .arg(peakYears.join(QStringLiteral(", ")))));
    }

    html += QStringLiteral("<h4>%1</h4><table>").arg(esc(tr("Largest")));
    // Qualified values ("more than 100", a host zone's area, an investment
    // plan) are not the park's own figure: they are left out of the largest
    // and listed, marked, below it.
    const QualifiedValues qualifiedValues =
        m_includeQualified->isChecked() ? QualifiedValues::Include : QualifiedValues::Exclude;
    auto largest = [&](const QString &label, Metric metric, const QString &unit) {
        const MetricStats s = metricStats(records, metric, qualifiedValues);
        const QString value =
            s.max ? QStringLiteral("%1 — %2").arg(qualifiedValue(*s.maxValue, unit, s.maxQualifier),
                                                  s.max->displayName(english))
                  : ParkTableModel::unknownText();
        html += tableRow({label, value});
        html += tableRow({tr("  known for"), tr("%1 of %2").arg(s.known).arg(records.size())});
        int qualifiedCount = s.leftOut;
        for (int n : s.qualified)
            qualifiedCount += n;
        if (qualifiedCount > 0) {
            QStringList values;
            for (const ParkRecord *r : records) {
                const Qualifier q = qualifier(*r, metric);
                if (q != Qualifier::None) {
                    values << QStringLiteral("%1 — %2").arg(
                        qualifiedValue(*metricValue(*r, metric), unit, q), r->displayName(english));
                }
            }
            const QString what = s.leftOut > 0 ? tr("  left out as qualified: %1").arg(s.leftOut)
                                               : tr("  of which qualified: %1").arg(qualifiedCount);
            html += tableRow({what, values.join(QStringLiteral("; "))});
        }
    };
    largest(tr("Planned area"), Metric::AreaKm2, QStringLiteral("km²"));
    largest(tr("Enterprises settled"), Metric::Enterprises, QString());
    largest(tr("Support fund"), Metric::FundCny100m, QStringLiteral("亿元"));
    html += QStringLiteral("</table>");

    const QMap<QString, int> unknown = unknownByField(records);
    html += QStringLiteral("<h4>%1</h4><table>").arg(esc(tr("Unknown values")));
    for (ParkField field : {ParkField::Established, ParkField::Leadership, ParkField::AreaKm2,
                            ParkField::Enterprises, ParkField::FundCny100m, ParkField::Lat}) {
        const QString key = FieldRegistry::key(field);
        html += tableRow({FieldRegistry::label(field), QString::number(unknown.value(key))});
    }
    html += QStringLiteral("</table>");

    // The report's figures whose parks this view shows in full: all of them
    // without a filter, "6 parks in 广州市" under a filter on 广州市. The
    // dataset's value is computed over the scope, which the view covers.
    const QList<ReportFigure> &figures = m_session->reportFigures();
    if (!figures.isEmpty()) {
        const ParkSnapshot all = m_proxy->allRecords();
        const QList<FigureComparison> comparisons = compareFigures(figures, all.pointers(), 5);
        const QHash<QString, QSet<QString>> cityProvinces =
            FigureScope::cityProvinces(all.pointers());
        QList<qsizetype> shownFigures;
        int conflicts = 0;
        for (qsizetype i = 0; i < figures.size(); ++i) {
            if (figures.at(i).scope.isWithin(filter, cityProvinces)) {
                shownFigures << i;
                if (comparisons.at(i).conflict)
                    ++conflicts;
            }
        }
        if (!shownFigures.isEmpty()) {
            html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("The report and the dataset")));
            if (conflicts > 0) {
                html += QStringLiteral("<p><b>%1</b></p>")
                            .arg(esc(tr("Contradictions with the report: %1. The dataset holds a "
                                        "part of the report's parks, so it can never exceed the "
                                        "report's figure for the same scope.")
                                         .arg(conflicts)));
            }
            html += QStringLiteral("<table>");
            html += tableRow({QString(), tr("Report"), tr("Dataset")}, true);
            for (qsizetype i : std::as_const(shownFigures)) {
                const ReportFigure &f = figures.at(i);
                const FigureComparison &c = comparisons.at(i);
                QString reportText = formatValue(f.value);
                if (!f.qualifier.isEmpty())
                    reportText = tr("more than %1").arg(reportText);
                QString mine = c.dataset ? formatValue(*c.dataset) : ParkTableModel::unknownText();
                if (c.conflict)
                    mine = tr("%1 — conflict").arg(mine);
                html += tableRow({f.label(english), reportText, mine});
                if (c.conflict) {
                    QStringList names;
                    for (const ParkRecord *r : c.conflictRecords)
                        names << r->displayName(english);
                    QString list = names.join(QStringLiteral(", "));
                    const int more = c.conflictRecordCount - int(c.conflictRecords.size());
                    if (more > 0)
                        list = tr("%1 and %2 more").arg(list).arg(more);
                    html += tableRow(
                        {tr("  records behind the conflict: %1").arg(c.conflictRecordCount), list});
                }
            }
            html += QStringLiteral("</table>");
        }
    }
    return html;
}
