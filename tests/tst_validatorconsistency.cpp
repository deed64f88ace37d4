#include "editing/parkeditdialog.h"
#include "fieldregistry.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "parkvalidator.h"
#include "translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// One set of rules: for every field set to every value of a list of good and
// bad values, the edit form accepts the park exactly when the store it
// belongs to validates without errors, and warns exactly when the command
// line's --validate warns.
class TestValidatorConsistency : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_store;
    QTemporaryDir m_dir;

    static QList<QJsonValue> trialValues()
    {
        return {QJsonValue(QJsonValue::Null),
                QStringLiteral(""),
                QStringLiteral("text"),
                QStringLiteral("Bad Id!"),
                QStringLiteral("zj-b"), // another park's id
                QStringLiteral("浙江省"),
                QStringLiteral("浙江"),
                QStringLiteral("2019"),
                QStringLiteral("2019-02-30"),
                QStringLiteral("2019-04-01"),
                QStringLiteral("government"),
                QStringLiteral("sourced"),
                0,
                -1,
                12.5,
                1.5e12,
                110000,
                330000,
                95,
                true,
                QJsonArray(),
                QJsonArray{QStringLiteral("https://example.org/a")},
                QJsonArray{QStringLiteral("http://")},
                QJsonArray{QStringLiteral("")},
                QJsonArray{1},
                QJsonObject{{QStringLiteral("x"), 1}}};
    }

    // The verdicts of the store (as --validate loads it) on park 0.
    struct Verdict
    {
        bool storeHasErrors = false;
        QStringList warnings;
    };

    Verdict storeVerdict(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("trial.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the trial store");
        file.close();
        const LoadResult result = ParkStore::loadFile(path);
        Verdict v;
        v.storeHasErrors = !result.problems.isEmpty();
        for (const Problem &p :
             ParkValidator::warnings(path, result.document.parks, Translations::isEnglish()))
            v.warnings << p.message;
        return v;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        QFile file(QStringLiteral(TESTDATA_DIR "/store-small.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_store = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(m_store.value(QStringLiteral("parks")).toArray().size() >= 2);
        // The trials change park 0; the store must be clean without them.
        QVERIFY(!storeVerdict(QJsonDocument(m_store).toJson()).storeHasErrors);
    }

    void formAndValidateAgree_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        const QList<QJsonValue> values = trialValues();
        for (const FieldRegistry::Field &field : FieldRegistry::fields) {
            for (int i = 0; i < values.size(); ++i)
                QTest::addRow("%s #%d", field.key, i)
                    << QString::fromLatin1(field.key) << values.at(i);
        }
        // A point far outside its province: a warning, not an error.
        QTest::addRow("outside province")
            << QStringLiteral("lat+lon") << QJsonValue(QJsonArray{45.75, 126.63});
    }

    void formAndValidateAgree()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject store = m_store;
        QJsonArray parks = store.value(QStringLiteral("parks")).toArray();
        QJsonObject park = parks.at(0).toObject();
        if (key == QLatin1String("lat+lon")) {
            park.insert(QStringLiteral("lat"), value.toArray().at(0));
            park.insert(QStringLiteral("lon"), value.toArray().at(1));
        } else {
            park.insert(key, value);
        }
        parks[0] = park;
        store.insert(QStringLiteral("parks"), parks);
        const QByteArray bytes = QJsonDocument(store).toJson();
        const Verdict store_ = storeVerdict(bytes);

        // The form for park 0, opened on the table the store loaded into.
        const LoadResult loaded = ParkStore::loadBytes(bytes, QStringLiteral("trial.json"));
        QVERIFY(loaded.ok());
        ParkTableModel model;
        model.setRecords(loaded.document.parks);
        ParkEditDialog form(model.record(0), model.editContext(0));
        // The rest of the store is clean (initTestCase), so the store has
        // errors exactly when park 0 makes some: its own, or a duplicate id.
        QCOMPARE(form.isValid(), !store_.storeHasErrors);
        // The warnings --validate prints for park 0 are the form's.
        const QString prefix = ParkValidator::tr("warning: %1").arg(QString());
        QStringList cliWarnings;
        for (const QString &w : store_.warnings) {
            QVERIFY(w.startsWith(prefix));
            cliWarnings << w.mid(prefix.size());
        }
        const QStringList formWarnings =
            form.locationWarning().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(formWarnings, cliWarnings);
        if (key == QLatin1String("lat+lon"))
            QCOMPARE(formWarnings.size(), 1);
    }

    void webAddresses_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("https://example.org/a/b?c=1#d") << true;
        QTest::newRow("upper case") << QStringLiteral("HTTP://EXAMPLE.ORG") << true;
        QTest::newRow("port") << QStringLiteral("http://example.org:8080/x") << true;
        QTest::newRow("escaped") << QStringLiteral("http://example.org/%E4%B8%AD") << true;
        QTest::newRow("Chinese path") << QStringLiteral("http://example.org/新闻/1") << true;
        QTest::newRow("no host") << QStringLiteral("http://") << false;
        QTest::newRow("space in host") << QStringLiteral("http://exa mple") << false;
        QTest::newRow("bad escape") << QStringLiteral("http://example.org/%zz") << false;
        QTest::newRow("other scheme") << QStringLiteral("httpx://example.org") << false;
        QTest::newRow("words") << QStringLiteral("人民日报 2018-05-02") << true;
    }

    void webAddresses()
    {
        QFETCH(QString, source);
        QFETCH(bool, valid);
        QCOMPARE(ParkValidator::isValidWebAddress(source), valid);
    }

    // The binary prints the warning and still exits 0.
    void commandLineWarnsAndPasses()
    {
        QJsonObject store = m_store;
        QJsonArray parks = store.value(QStringLiteral("parks")).toArray();
        QJsonObject park = parks.at(0).toObject();
        park.insert(QStringLiteral("lat"), 45.75);
        park.insert(QStringLiteral("lon"), 126.63);
        parks[0] = park;
        store.insert(QStringLiteral("parks"), parks);
        const QString path = m_dir.filePath(QStringLiteral("outside.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(store).toJson());
        file.close();
        QProcess process;
        process.start(
            QStringLiteral(PARKEXPLORER_BINARY),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--validate"), path});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(
            out.contains(QStringLiteral(": lat: warning: the point 45.75, 126.63 lies outside ")),
            qPrintable(out));
    }
};

QTEST_MAIN(TestValidatorConsistency)
#include "tst_validatorconsistency.moc"
