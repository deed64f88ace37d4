#include "chartspanel.h"

#include "appsettings.h"
#include "charts/chartreportfigures.h"
#include "charts/charttooltips.h"
#include "deferredrefresh.h"
#include "export/exportimagedialog.h"
#include "filter/filterdescription.h"
#include "parkfilterproxy.h"
#include "translations.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPieSeries>
#include <QPieSlice>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

ChartsPanel::ChartsPanel(ParkFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_kindLabel(new QLabel(this))
    , m_kindCombo(new QComboBox(this))
    , m_topNLabel(new QLabel(this))
    , m_topNSpin(new QSpinBox(this))
    , m_logCheck(new QCheckBox(this))
    , m_copyButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_view(new QChartView(this))
    , m_refresh(new DeferredRefresh(this, [this] { rebuild(); }))
{
    Q_ASSERT(proxy);
    m_kind = chartKindFromId(AppSettings::chartKind()).value_or(ChartKind::ByProvince);
    m_topN = qBound(MinimumTopN, AppSettings::chartTopN().value_or(m_topN), MaximumTopN);

    m_kindLabel->setBuddy(m_kindCombo);
    m_topNLabel->setBuddy(m_topNSpin);
    m_topNSpin->setRange(MinimumTopN, MaximumTopN);
    m_topNSpin->setValue(m_topN);
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRenderHint(QPainter::TextAntialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_kindLabel);
    toolbar->addWidget(m_kindCombo);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_topNLabel);
    toolbar->addWidget(m_topNSpin);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_logCheck);
    toolbar->addStretch(1);
    toolbar->addWidget(m_copyButton);
    toolbar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);

    // A filter change arrives as several signals (filterChanged, rows
    // removed, rows inserted); one rebuild after the last is enough.
    connect(m_proxy, &ParkFilterProxy::shownRecordsChanged, this, &ChartsPanel::scheduleRebuild);

    connect(m_kindCombo, &QComboBox::activated, this,
            [this](int index) { setKind(ChartKind(m_kindCombo->itemData(index).toInt())); });
    connect(m_topNSpin, &QSpinBox::valueChanged, this, &ChartsPanel::setTopN);
    connect(m_logCheck, &QCheckBox::toggled, this, &ChartsPanel::setLogScale);
    connect(m_copyButton, &QToolButton::clicked, this, &ChartsPanel::copyToClipboard);
    connect(m_exportButton, &QToolButton::clicked, this, &ChartsPanel::exportWithDialog);

    retranslate();
}

ChartsPanel::~ChartsPanel() = default;

QChart *ChartsPanel::chart()
{
    m_refresh->flushIfHidden();
    return m_view->chart();
}

const ChartInfo &ChartsPanel::chartInfo()
{
    m_refresh->flushIfHidden();
    return m_info;
}

void ChartsPanel::flushPendingRebuild()
{
    m_refresh->flush();
}

void ChartsPanel::setKind(ChartKind kind)
{
    const bool changed = kind != m_kind;
    m_kind = kind;
    {
        const QSignalBlocker blocker(m_kindCombo);
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
    }
    updateTopNVisibility();
    if (!changed)
        return;
    AppSettings::setChartKind(chartKindId(kind));
    rebuild();
}

void ChartsPanel::setTopN(int n)
{
    n = qBound(MinimumTopN, n, MaximumTopN);
    if (n == m_topN)
        return;
    m_topN = n;
    {
        const QSignalBlocker blocker(m_topNSpin);
        m_topNSpin->setValue(n);
    }
    AppSettings::setChartTopN(n);
    if (chartKindUsesTopN(m_kind))
        rebuild();
}

void ChartsPanel::setLogScale(bool on)
{
    if (on == m_logScale)
        return;
    m_logScale = on;
    {
        const QSignalBlocker blocker(m_logCheck);
        m_logCheck->setChecked(on);
    }
    if (chartKindCanUseLogScale(m_kind))
        rebuild();
}

void ChartsPanel::scheduleRebuild()
{
    m_refresh->schedule();
}

ChartOptions ChartsPanel::options(bool dark) const
{
    ChartOptions o;
    o.topN = m_topN;
    o.logScale = m_logScale;
    o.english = Translations::isEnglish();
    o.filterText = FilterDescription::summary(m_proxy->filter());
    o.dark = dark;
    if (m_reportFigures) {
        const ParkSnapshot all = m_proxy->allRecords();
        o.reportFigures = figuresWithin(m_reportFigures(), m_proxy->filter(), all.pointers());
    }
    return o;
}

bool ChartsPanel::darkPalette() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

ParkSnapshot ChartsPanel::recordsFor(ChartKind kind) const
{
    switch (kind) {
    case ChartKind::TopArea:
    case ChartKind::TopEnterprises:
    case ChartKind::TopFund:
        return m_proxy->visibleRecords();
    case ChartKind::ByProvince:
    case ChartKind::ByCity:
    case ChartKind::ByYear:
    case ChartKind::ByMonth:
    case ChartKind::Leadership:
        break;
    }
    return m_proxy->shownRecordsInSourceOrder();
}

void ChartsPanel::rebuild()
{
    m_refresh->done();
    const ParkSnapshot shown = recordsFor(m_kind);
    BuiltChart next = buildChart(m_kind, shown, options(darkPalette()));
    ChartToolTips::attach(next.chart);
    connectClicks(next.chart);
    // The view releases the old chart without deleting it.
    std::unique_ptr<QChart> previous(m_view->chart());
    m_view->setChart(next.chart);
    m_info = std::move(next.info);

    m_view->setAccessibleName(m_info.title);
    m_view->setAccessibleDescription(m_info.description);
}

void ChartsPanel::connectClicks(QChart *chart)
{
    const QList<QAbstractSeries *> seriesList = chart->series();
    for (QAbstractSeries *series : seriesList) {
        if (series->property(ChartReportFigures::ReportSeriesProperty).toBool())
            continue;
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets)
                connect(set, &QBarSet::clicked, this, &ChartsPanel::activateCategory);
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (int i = 0; i < slices.size(); ++i)
                connect(slices.at(i), &QPieSlice::clicked, this,
                        [this, i] { activateCategory(i); });
        }
    }
}

void ChartsPanel::activateCategory(int index)
{
    const ChartInfo info = m_info;
    if (index < 0 || index >= info.categoryKeys.size())
        return;
    const QString key = info.categoryKeys.at(index);
    // Narrows what is shown; every other criterion stays as it is.
    ParkFilter filter = m_proxy->requestedFilter();
    switch (info.kind) {
    case ChartKind::ByProvince:
        filter.provinces = {key};
        break;
    case ChartKind::ByCity:
        filter.cities = {key};
        break;
    case ChartKind::ByYear:
        filter.yearFrom = key.toInt();
        filter.yearTo = key.toInt();
        filter.includeUnknownYear = false;
        break;
    case ChartKind::Leadership:
        // Leadership::Unknown in a filter means "only the unknown ones".
        filter.leadership = ParkEnums::leadershipFromString(key).value_or(Leadership::Unknown);
        break;
    case ChartKind::TopArea:
    case ChartKind::TopEnterprises:
    case ChartKind::TopFund:
        emit parkActivated(key);
        return;
    case ChartKind::ByMonth:
        // There is no month criterion to narrow to.
        return;
    }
    m_proxy->setFilter(filter);
}

ExportResult ChartsPanel::exportTo(const QString &path, const ImageExportSettings &settings,
                                   bool dark)
{
    // A chart of its own, so that the one on screen keeps its theme and size.
    const ParkSnapshot shown = recordsFor(m_kind);
    const BuiltChart built = buildChart(m_kind, shown, options(dark));
    const std::unique_ptr<QChart> chart(built.chart);
    ImageExportSettings s = settings;
    if (s.title.isEmpty())
        s.title = built.info.title;
    ChartExport exportable(chart.get());
    return ImageExporter::exportToFile(exportable, s, path);
}

void ChartsPanel::exportWithDialog()
{
    ExportImageDialog::exportInteractively(
        this, QStringLiteral("parks-") + chartKindId(m_kind), figureNotes(),
        [this](const QString &path, const ImageExportSettings &settings, bool dark) {
            return exportTo(path, settings, dark);
        },
        [this](const QString &path) { emit exported(path); });
}

void ChartsPanel::copyToClipboard()
{
    QChart *current = chart();
    QSizeF onScreen = current->size();
    if (onScreen.width() < ImageExporter::MinimumSidePx ||
        onScreen.height() < ImageExporter::MinimumSidePx)
        onScreen = m_view->viewport()->size();
    ImageExportSettings s = ImageExportSettings::forClipboard(onScreen, m_info.title);
    s.notes = figureNotes(); // a copy pasted into a report says what it covers
    ChartExport exportable(current);
    ImageExporter::copyToClipboard(exportable, s);
}

void ChartsPanel::retranslate()
{
    m_kindLabel->setText(tr("&Chart:"));
    m_topNLabel->setText(tr("Show &top:"));
    m_topNSpin->setToolTip(tr("How many cities or parks the chart shows"));
    m_logCheck->setText(tr("&Log scale"));
    m_logCheck->setToolTip(
        tr("Draw the values on a logarithmic axis, so that small ones stay visible beside "
           "large ones"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the chart to the clipboard as an image"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    m_kindCombo->setAccessibleName(tr("Chart"));
    fillKindCombo();
    updateTopNVisibility();
    // Built when shown (or asked for): at start the Charts tab is most
    // often behind the table, and building it took 15 ms of the start-up.
    scheduleRebuild();
}

void ChartsPanel::fillKindCombo()
{
    const QSignalBlocker blocker(m_kindCombo);
    m_kindCombo->clear();
    for (ChartKind kind : allChartKinds())
        m_kindCombo->addItem(chartKindName(kind), int(kind));
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(m_kind)));
}

void ChartsPanel::updateTopNVisibility()
{
    const bool visible = chartKindUsesTopN(m_kind);
    m_topNLabel->setVisible(visible);
    m_topNSpin->setVisible(visible);
    m_logCheck->setVisible(chartKindCanUseLogScale(m_kind));
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        scheduleRebuild();
    QWidget::changeEvent(event);
}
