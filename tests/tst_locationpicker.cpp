#include "citygazetteer.h"
#include "editing/locationpicker.h"
#include "editing/parkeditdialog.h"
#include "editing/provincelocationmap.h"
#include "parkvalidator.h"
#include "translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The edit form's location picker: cities chosen from the gazetteer in
// either language, the city's centre, and the province map whose click
// places the point.
class TestLocationPicker : public QObject
{
    Q_OBJECT

private:
    static ParkRecord hangzhouPark()
    {
        ParkRecord r;
        r.id = QStringLiteral("zj-test");
        r.nameZh = QStringLiteral("测试园");
        r.province = QStringLiteral("浙江省");
        r.provinceCode = 330000;
        r.city = QStringLiteral("杭州市");
        return r;
    }

    // The entries the city list shows for what is typed.
    static QStringList completions(ParkEditDialog &dialog, const QString &typed)
    {
        QCompleter *completer = dialog.locationPicker()->cityCompleter();
        completer->setCompletionPrefix(typed);
        QStringList list;
        QAbstractItemModel *model = completer->completionModel();
        for (int i = 0; i < model->rowCount(); ++i)
            list << model->index(i, 0).data().toString();
        return list;
    }

private slots:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void citiesOfTheProvinceInEitherLanguage()
    {
        ParkEditDialog dialog(hangzhouPark(), ParkValidator::Context());
        QVERIFY(dialog.locationPicker());
        QCOMPARE(completions(dialog, QString()).size(), 11); // Zhejiang's cities
        for (const QString &typed :
             {QStringLiteral("hangz"), QStringLiteral("杭州"), QStringLiteral("HANGZHOU")})
            QCOMPARE(completions(dialog, typed), QStringList{QStringLiteral("Hangzhou 杭州市")});

        // Choosing an entry writes the Chinese full name into the record.
        QLineEdit *city = dialog.lineEdit(QStringLiteral("city"));
        city->setText(QStringLiteral("ningbo"));
        QCompleter *completer = dialog.locationPicker()->cityCompleter();
        completer->setCompletionPrefix(QStringLiteral("ningbo"));
        emit completer->activated(completer->completionModel()->index(0, 0));
        QCOMPARE(city->text(), QStringLiteral("宁波市"));
        QCOMPARE(dialog.record().city, QStringLiteral("宁波市"));

        // Another province, another list.
        QComboBox *province = dialog.comboBox(QStringLiteral("province"));
        province->setCurrentIndex(province->findData(QStringLiteral("广东省")));
        QCOMPARE(completions(dialog, QString()).size(), 21);
        QCOMPARE(completions(dialog, QStringLiteral("guangz")),
                 QStringList{QStringLiteral("Guangzhou 广州市")});
    }

    void cityCentreFillsTheCoordinates()
    {
        ParkEditDialog dialog(hangzhouPark(), ParkValidator::Context());
        QPushButton *centre = dialog.locationPicker()->centreButton();
        QVERIFY(centre->isEnabled());
        QTest::mouseClick(centre, Qt::LeftButton);
        const CityInfo *hangzhou = CityGazetteer::embedded().byFullName(QStringLiteral("杭州市"));
        const ParkRecord r = dialog.record();
        QVERIFY(r.lat && r.lon);
        QCOMPARE(*r.lat, QString::number(hangzhou->labelPoint.latitude(), 'f', 4).toDouble());
        QCOMPARE(*r.lon, QString::number(hangzhou->labelPoint.longitude(), 'f', 4).toDouble());
        QCOMPARE(r.coordPrecision, QStringLiteral("city"));
        // No warning: the centre lies in the city.
        QCOMPARE(dialog.problemList()->count(), 0);

        // A city the gazetteer does not know has no centre to offer.
        dialog.lineEdit(QStringLiteral("city"))->setText(QStringLiteral("不存在市"));
        QVERIFY(!centre->isEnabled());
    }

    void mapClickPlacesThePointAtSitePrecision()
    {
        ParkEditDialog dialog(hangzhouPark(), ParkValidator::Context());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The map is on the location tab.
        ProvinceLocationMap *map = dialog.locationPicker()->map();
        QTabWidget *tabs = dialog.findChild<QTabWidget *>();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(map))
                tabs->setCurrentIndex(i);
        }
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(map->isVisible());
        // Ningbo's centre, clicked: the point lands within a pixel of it.
        const CityInfo *ningbo = CityGazetteer::embedded().byFullName(QStringLiteral("宁波市"));
        const QPoint at = map->toWidget(ningbo->labelPoint).toPoint();
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at);
        const ParkRecord r = dialog.record();
        QVERIFY(r.lat && r.lon);
        const QGeoCoordinate placed(*r.lat, *r.lon);
        QVERIFY2(ningbo->area.contains(placed), qPrintable(placed.toString()));
        QCOMPARE(r.coordPrecision, QStringLiteral("site"));
        // In Zhejiang but outside Hangzhou, the park's city: a warning.
        QStringList texts;
        for (int i = 0; i < dialog.problemList()->count(); ++i)
            texts << dialog.problemList()->item(i)->text();
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral("lies outside Hangzhou")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLocationPicker)
#include "tst_locationpicker.moc"
