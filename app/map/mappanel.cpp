#include "mappanel.h"

#include "appsettings.h"
#include "choroplethclasses.h"
#include "choroplethscene.h"
#include "citygazetteer.h"
#include "export/exportimagedialog.h"
#include "filter/flowlayout.h"
#include "mapexport.h"
#include "provincechoroplethview.h"
#include "provinces.h"
#include "translations.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Classes on the map until the user picks another number.
constexpr int DefaultClassCount = 5;

// Widgets that belong together (a label and its box) kept on one line.
QWidget *controlGroup(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *group = new QWidget(parent);
    auto *layout = new QHBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    return group;
}

} // namespace

MapPanel::MapPanel(ParkFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_view(new ProvinceChoroplethView(proxy, this))
    , m_metricLabel(new QLabel(this))
    , m_metricCombo(new QComboBox(this))
    , m_methodLabel(new QLabel(this))
    , m_methodCombo(new QComboBox(this))
    , m_classesLabel(new QLabel(this))
    , m_classesSpin(new QSpinBox(this))
    , m_markersCheck(new QCheckBox(this))
    , m_qualifiedCheck(new QCheckBox(this))
    , m_circlesCheck(new QCheckBox(this))
    , m_provinceLabel(new QLabel(this))
    , m_provinceCombo(new QComboBox(this))
    , m_backButton(new QToolButton(this))
    , m_breadcrumb(new QLabel(this))
    , m_fitButton(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
{
    const AppSettings::MapView saved = AppSettings::mapView();
    m_view->setMetric(MapMetrics::fromId(saved.metric).value_or(MapMetric::ParkCount));
    m_view->setMethod(
        ClassificationMethods::fromId(saved.method).value_or(Classification::Method::Jenks));
    m_view->setClassCount(saved.classCount.value_or(DefaultClassCount));
    m_view->setParkMarkersVisible(saved.parkMarkers);
    m_view->setQualifiedValues(saved.includeQualified ? Aggregations::QualifiedValues::Include
                                                      : Aggregations::QualifiedValues::Exclude);
    m_view->setDarkTheme(darkPalette());

    m_metricLabel->setBuddy(m_metricCombo);
    m_methodLabel->setBuddy(m_methodCombo);
    m_classesLabel->setBuddy(m_classesSpin);
    m_provinceLabel->setBuddy(m_provinceCombo);
    m_provinceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Province names come from data: never rich text.
    m_breadcrumb->setTextFormat(Qt::PlainText);
    m_backButton->setEnabled(false);
    m_metricCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_methodCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_classesSpin->setRange(Classification::MinPaletteClasses, Classification::MaxPaletteClasses);
    m_classesSpin->setValue(m_view->classCount());
    m_markersCheck->setChecked(m_view->parkMarkersVisible());
    m_qualifiedCheck->setChecked(includesQualifiedValues());

    // One flow of controls that wraps: in fixed rows the tab would keep the
    // window wider than a laptop's screen in English.
    auto *controls = new FlowLayout(nullptr, 8);
    controls->addWidget(controlGroup(this, {m_metricLabel, m_metricCombo}));
    controls->addWidget(controlGroup(this, {m_methodLabel, m_methodCombo}));
    controls->addWidget(controlGroup(this, {m_classesLabel, m_classesSpin}));
    controls->addWidget(controlGroup(this, {m_fitButton, m_copyButton, m_exportButton}));
    controls->addWidget(m_markersCheck);
    controls->addWidget(m_qualifiedCheck);
    controls->addWidget(m_circlesCheck);
    controls->addWidget(
        controlGroup(this, {m_provinceLabel, m_provinceCombo, m_backButton, m_breadcrumb}));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);

    connect(m_metricCombo, &QComboBox::activated, this,
            [this](int index) { setMetric(MapMetric(m_metricCombo->itemData(index).toInt())); });
    connect(m_methodCombo, &QComboBox::activated, this, [this](int index) {
        setMethod(Classification::Method(m_methodCombo->itemData(index).toInt()));
    });
    connect(m_classesSpin, &QSpinBox::valueChanged, this, &MapPanel::setClassCount);
    connect(m_markersCheck, &QCheckBox::toggled, this, &MapPanel::setParkMarkersVisible);
    connect(m_qualifiedCheck, &QCheckBox::toggled, this, &MapPanel::setIncludeQualifiedValues);
    connect(m_circlesCheck, &QCheckBox::toggled, m_view,
            &ProvinceChoroplethView::setCityCirclesVisible);
    connect(m_provinceCombo, &QComboBox::activated, this, [this](int index) {
        const QString province = m_provinceCombo->itemData(index).toString();
        if (province.isEmpty())
            m_view->drillUp();
        else
            m_view->drillDown(province);
        m_view->setFocus();
    });
    connect(m_backButton, &QToolButton::clicked, m_view, &ProvinceChoroplethView::drillUp);
    // Back from anywhere in the tab, not only with the map focused (a text
    // field keeps Backspace for itself).
    for (const QKeySequence &keys :
         {QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::AltModifier | Qt::Key_Left)}) {
        auto *back = new QShortcut(keys, this);
        back->setContext(Qt::WidgetWithChildrenShortcut);
        connect(back, &QShortcut::activated, m_view, &ProvinceChoroplethView::drillUp);
    }
    connect(m_view, &ProvinceChoroplethView::drillDownChanged, this, &MapPanel::showDrillDown);
    connect(m_fitButton, &QToolButton::clicked, m_view, &ProvinceChoroplethView::fitToView);
    connect(m_copyButton, &QToolButton::clicked, this, &MapPanel::copyToClipboard);
    connect(m_exportButton, &QToolButton::clicked, this, &MapPanel::exportWithDialog);

    retranslate();
}

MapPanel::~MapPanel() = default;

MapMetric MapPanel::metric() const
{
    return m_view->metric();
}

void MapPanel::setMetric(MapMetric metric)
{
    m_view->setMetric(metric);
    const QSignalBlocker blocker(m_metricCombo);
    m_metricCombo->setCurrentIndex(m_metricCombo->findData(int(metric)));
    saveSettings();
}

Classification::Method MapPanel::method() const
{
    return m_view->method();
}

void MapPanel::setMethod(Classification::Method method)
{
    m_view->setMethod(method);
    const QSignalBlocker blocker(m_methodCombo);
    m_methodCombo->setCurrentIndex(m_methodCombo->findData(int(method)));
    saveSettings();
}

int MapPanel::classCount() const
{
    return m_view->classCount();
}

void MapPanel::setClassCount(int classes)
{
    m_view->setClassCount(classes);
    const QSignalBlocker blocker(m_classesSpin);
    m_classesSpin->setValue(m_view->classCount());
    saveSettings();
}

bool MapPanel::parkMarkersVisible() const
{
    return m_view->parkMarkersVisible();
}

void MapPanel::setParkMarkersVisible(bool visible)
{
    m_view->setParkMarkersVisible(visible);
    const QSignalBlocker blocker(m_markersCheck);
    m_markersCheck->setChecked(visible);
    saveSettings();
}

bool MapPanel::includesQualifiedValues() const
{
    return m_view->qualifiedValues() == Aggregations::QualifiedValues::Include;
}

void MapPanel::setIncludeQualifiedValues(bool include)
{
    m_view->setQualifiedValues(include ? Aggregations::QualifiedValues::Include
                                       : Aggregations::QualifiedValues::Exclude);
    const QSignalBlocker blocker(m_qualifiedCheck);
    m_qualifiedCheck->setChecked(include);
    saveSettings();
}

void MapPanel::saveSettings() const
{
    AppSettings::MapView choices;
    choices.metric = MapMetrics::id(metric());
    choices.method = ClassificationMethods::id(method());
    choices.classCount = classCount();
    choices.parkMarkers = parkMarkersVisible();
    choices.includeQualified = includesQualifiedValues();
    AppSettings::setMapView(choices);
}

bool MapPanel::darkPalette() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

ExportResult MapPanel::exportTo(const QString &path, const ImageExportSettings &settings, bool dark)
{
    m_view->flushPendingRebuild();
    ChoroplethScene *scene = m_view->choroplethScene();
    ImageExportSettings s = settings;
    if (s.title.isEmpty())
        s.title = scene->titleText();
    MapExport exportable(scene, s);
    exportable.setDarkTheme(dark);
    return ImageExporter::exportToFile(exportable, s, path);
}

void MapPanel::exportWithDialog()
{
    // A province's map is named after the province.
    QString fileStem = QStringLiteral("parks-map-") + MapMetrics::id(metric());
    if (const ProvinceInfo *p = Provinces::find(m_view->drilledProvince()))
        fileStem += QLatin1Char('-') + p->englishName.toLower().remove(QLatin1Char(' '));
    ExportImageDialog::exportInteractively(
        this, fileStem, figureNotes(),
        [this](const QString &path, const ImageExportSettings &settings, bool dark) {
            return exportTo(path, settings, dark);
        },
        [this](const QString &path) { emit exported(path); });
}

void MapPanel::copyToClipboard()
{
    m_view->flushPendingRebuild();
    ChoroplethScene *scene = m_view->choroplethScene();
    ImageExportSettings s =
        ImageExportSettings::forClipboard(scene->layoutSize(), scene->titleText());
    s.notes = figureNotes(); // a copy pasted into a report says what it covers
    MapExport exportable(scene, s);
    ImageExporter::copyToClipboard(exportable, s);
}

void MapPanel::retranslate()
{
    m_metricLabel->setText(tr("&Colour by:"));
    m_methodLabel->setText(tr("C&lasses:"));
    m_methodCombo->setToolTip(tr("How the values are divided into classes"));
    m_classesLabel->setText(tr("&Number:"));
    m_classesSpin->setToolTip(tr("How many classes the map shows"));
    m_markersCheck->setText(tr("Show &parks"));
    m_markersCheck->setToolTip(tr("Mark each park with a known location, coloured by leadership"));
    m_qualifiedCheck->setText(tr("Include &qualified values"));
    m_qualifiedCheck->setToolTip(
        tr("Sum values the sources qualify (more than, about, a host zone's area, an "
           "investment plan) into the provinces' figures; left out by default"));
    m_fitButton->setText(tr("Fit"));
    m_fitButton->setToolTip(tr("Show the whole map (0)"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the map to the clipboard as an image"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the map as PNG, SVG or PDF"));
    m_circlesCheck->setText(tr("City &circles"));
    m_circlesCheck->setToolTip(
        tr("On the map of China, a circle at each city whose area is in proportion to its parks"));
    m_provinceLabel->setText(tr("P&rovince:"));
    m_provinceCombo->setToolTip(
        tr("Show the map of a province's cities (or double-click a province)"));
    m_provinceCombo->setAccessibleName(tr("Province map"));
    m_backButton->setText(tr("‹ China"));
    m_backButton->setToolTip(tr("Back to the map of China (Backspace, Alt+Left)"));
    m_metricCombo->setAccessibleName(tr("Colour by"));
    m_methodCombo->setAccessibleName(tr("Classification method"));
    m_classesSpin->setAccessibleName(tr("Number of classes"));
    fillCombos();
    fillProvinceCombo();
    showDrillDown(m_view->drilledProvince());
}

void MapPanel::fillProvinceCombo()
{
    const bool english = Translations::isEnglish();
    const QSignalBlocker blocker(m_provinceCombo);
    m_provinceCombo->clear();
    m_provinceCombo->addItem(tr("All of China"), QString());
    if (!m_provincesListed)
        return; // until the panel is first shown (showEvent)
    for (const ProvinceInfo &p : Provinces::all()) {
        if (!CityGazetteer::embedded().citiesIn(p.code).isEmpty())
            m_provinceCombo->addItem(Provinces::displayName(p, english), p.fullName);
    }
}

void MapPanel::showDrillDown(const QString &provinceFullName)
{
    const bool english = Translations::isEnglish();
    {
        const QSignalBlocker blocker(m_provinceCombo);
        m_provinceCombo->setCurrentIndex(std::max(0, m_provinceCombo->findData(provinceFullName)));
    }
    m_backButton->setEnabled(!provinceFullName.isEmpty());
    m_circlesCheck->setEnabled(provinceFullName.isEmpty());
    const QString china = tr("China");
    m_breadcrumb->setText(provinceFullName.isEmpty()
                              ? china
                              : tr("%1 › %2", "the country and a province")
                                    .arg(china, Provinces::displayName(provinceFullName, english)));
}

void MapPanel::fillCombos()
{
    {
        const QSignalBlocker blocker(m_metricCombo);
        m_metricCombo->clear();
        for (MapMetric m : MapMetrics::all())
            m_metricCombo->addItem(MapMetrics::label(m), int(m));
        m_metricCombo->setCurrentIndex(m_metricCombo->findData(int(metric())));
    }
    const QSignalBlocker blocker(m_methodCombo);
    m_methodCombo->clear();
    for (Classification::Method m : ClassificationMethods::all())
        m_methodCombo->addItem(ClassificationMethods::label(m), int(m));
    m_methodCombo->setCurrentIndex(m_methodCombo->findData(int(method())));
}

void MapPanel::showEvent(QShowEvent *event)
{
    // The provinces with a city map are listed once the tab is first shown:
    // the city gazetteer they come from is still being read on another
    // thread while the window opens, and the window would wait for it.
    if (!m_provincesListed) {
        m_provincesListed = true;
        fillProvinceCombo();
        showDrillDown(m_view->drilledProvince());
    }
    QWidget::showEvent(event);
}

void MapPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        m_view->setDarkTheme(darkPalette());
    QWidget::changeEvent(event);
}
