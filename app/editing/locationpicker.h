#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class CityGazetteer;
class ProvinceGeometry;
class ProvinceLocationMap;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QWidget;
struct CityInfo;

// Where a park is, chosen rather than typed: the city field lists the
// chosen province's cities (typing filters them in Chinese, English or
// pinyin; the record keeps the Chinese full name), "Use the city's centre"
// fills the coordinates with the city's label point at city precision, and
// a small map of the province shows the point, which a click or drag moves
// (site precision). It works on the form's own editors, so that the form
// stays the one place a value is read from; what the user changed through
// it is reported with edited().
class LocationPicker : public QObject
{
    Q_OBJECT

public:
    struct Editors
    {
        QComboBox *province = nullptr; // data: full name
        QLineEdit *city = nullptr;
        QLineEdit *lat = nullptr;
        QLineEdit *lon = nullptr;
        QLineEdit *precision = nullptr;
    };

    LocationPicker(const Editors &editors, const ProvinceGeometry *outlines,
                   const CityGazetteer &cities, QWidget *parent);

    // The button and the map, for the form's location tab.
    QWidget *locationWidget() const { return m_widget; }
    ProvinceLocationMap *map() const { return m_map; }
    QPushButton *centreButton() const { return m_centre; }
    QCompleter *cityCompleter() const { return m_completer; }

    // Cities of the data that the gazetteer does not know, offered too.
    void setOtherCities(const QStringList &cities);
    // Brings the list, the map and the button up to date with the editors.
    void refresh();

signals:
    // Field keys whose editors the picker changed.
    void edited(const QStringList &keys);

private:
    const CityInfo *chosenCity() const;
    QString provinceName() const;
    void fillCities();
    void useCityCentre();
    void placePoint(double lat, double lon, const QString &precision);

    Editors m_editors;
    const ProvinceGeometry *m_outlines;
    const CityGazetteer &m_cities;
    QStringList m_otherCities;
    QStandardItemModel *m_cityModel;
    QCompleter *m_completer;
    QWidget *m_widget;
    QPushButton *m_centre;
    QLabel *m_centreText;
    ProvinceLocationMap *m_map;
};
