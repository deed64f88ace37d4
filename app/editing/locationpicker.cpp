#include "locationpicker.h"

#include "provincelocationmap.h"

#include "citygazetteer.h"
#include "fieldregistry.h"
#include "places.h"
#include "provincegeometry.h"
#include "provinces.h"
#include "translations.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// What the list matches as the user types: every spelling of the city.
constexpr int SpellingsRole = Qt::UserRole + 1;
constexpr int FullNameRole = Qt::UserRole;

QString key(ParkField field)
{
    return FieldRegistry::key(field);
}

// Coordinates as the form shows them: four decimals, about 10 m.
QString coordinate(double value)
{
    return QString::number(value, 'f', 4);
}

} // namespace

LocationPicker::LocationPicker(const Editors &editors, const ProvinceGeometry *outlines,
                               const CityGazetteer &cities, QWidget *parent)
    : QObject(parent)
    , m_editors(editors)
    , m_outlines(outlines)
    , m_cities(cities)
    , m_cityModel(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_cityModel, this))
    , m_widget(new QWidget(parent))
    , m_centre(new QPushButton(tr("Use the City's &Centre"), m_widget))
    , m_centreText(new QLabel(m_widget))
    , m_map(new ProvinceLocationMap(m_widget))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(SpellingsRole);
    m_completer->setMaxVisibleItems(12);
    m_editors.city->setCompleter(m_completer);
    // The record keeps the full Chinese name, whatever was typed to find it.
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                m_editors.city->setText(index.data(FullNameRole).toString());
                emit edited({key(ParkField::City)});
            });
    QAction *list = m_editors.city->addAction(
        m_editors.city->style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    list->setToolTip(tr("Choose from the province's cities"));
    connect(list, &QAction::triggered, this, [this] {
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    });

    m_centreText->setTextFormat(Qt::PlainText);
    m_centreText->setWordWrap(true);
    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_centre);
    row->addWidget(m_centreText, 1);
    layout->addLayout(row);
    layout->addWidget(m_map);
    connect(m_centre, &QPushButton::clicked, this, &LocationPicker::useCityCentre);
    connect(m_map, &ProvinceLocationMap::pointPlaced, this, [this](const QGeoCoordinate &point) {
        placePoint(point.latitude(), point.longitude(),
                   FieldRegistry::locationPrecisionWord(FieldRegistry::LocationPrecision::Site));
    });

    connect(m_editors.province, &QComboBox::currentIndexChanged, this, [this] {
        fillCities();
        refresh();
    });
    for (QLineEdit *edit : {m_editors.city, m_editors.lat, m_editors.lon})
        connect(edit, &QLineEdit::textChanged, this, &LocationPicker::refresh);
    fillCities();
    refresh();
}

void LocationPicker::setOtherCities(const QStringList &cities)
{
    m_otherCities = cities;
    fillCities();
}

QString LocationPicker::provinceName() const
{
    return m_editors.province->currentData().toString();
}

const CityInfo *LocationPicker::chosenCity() const
{
    return Places::city(provinceName(), m_editors.city->text().trimmed());
}

void LocationPicker::fillCities()
{
    m_cityModel->clear();
    const ProvinceInfo *province = Provinces::find(provinceName());
    const bool english = Translations::isEnglish();
    QStringList listed;
    if (province) {
        for (const CityInfo *city : m_cities.citiesIn(province->code)) {
            auto *item = new QStandardItem(
                english ? QStringLiteral("%1 %2").arg(city->nameEn, city->fullName)
                        : QStringLiteral("%1 %2").arg(city->fullName, city->nameEn));
            item->setData(city->fullName, FullNameRole);
            item->setData(
                QStringList{city->fullName, city->nameEn, CityGazetteer::folded(city->nameEn)}.join(
                    QLatin1Char(' ')),
                SpellingsRole);
            m_cityModel->appendRow(item);
            listed << city->fullName;
        }
    }
    // Names the data already uses that the gazetteer does not know.
    for (const QString &name : std::as_const(m_otherCities)) {
        if (listed.contains(name) || m_cities.byFullName(name))
            continue;
        auto *item = new QStandardItem(name);
        item->setData(name, FullNameRole);
        item->setData(name, SpellingsRole);
        m_cityModel->appendRow(item);
    }
}

void LocationPicker::refresh()
{
    const ProvinceShape *province = m_outlines ? m_outlines->find(provinceName()) : nullptr;
    const ProvinceInfo *info = Provinces::find(provinceName());
    m_map->setProvince(province, info ? m_cities.citiesIn(info->code) : QList<const CityInfo *>());
    const CityInfo *city = chosenCity();
    m_map->setCity(city);
    bool okLat = false;
    bool okLon = false;
    const double lat = QLocale::c().toDouble(m_editors.lat->text().trimmed(), &okLat);
    const double lon = QLocale::c().toDouble(m_editors.lon->text().trimmed(), &okLon);
    m_map->setPoint(okLat && okLon ? QGeoCoordinate(lat, lon) : QGeoCoordinate());
    m_centre->setEnabled(city != nullptr && m_editors.lat->isEnabled());
    m_centreText->setText(city ? tr("%1: %2, %3")
                                     .arg(city->displayName(Translations::isEnglish()),
                                          coordinate(city->labelPoint.latitude()),
                                          coordinate(city->labelPoint.longitude()))
                               : tr("Choose a city the gazetteer knows to use its centre"));
}

void LocationPicker::useCityCentre()
{
    if (const CityInfo *city = chosenCity())
        placePoint(city->labelPoint.latitude(), city->labelPoint.longitude(),
                   FieldRegistry::locationPrecisionWord(FieldRegistry::LocationPrecision::City));
}

void LocationPicker::placePoint(double lat, double lon, const QString &precision)
{
    if (m_editors.lat->isReadOnly()) {
        refresh(); // the point goes back where the record has it
        return;
    }
    m_editors.lat->setText(coordinate(lat));
    m_editors.lon->setText(coordinate(lon));
    m_editors.precision->setText(precision);
    emit edited({key(ParkField::Lat), key(ParkField::Lon), key(ParkField::CoordPrecision)});
}
