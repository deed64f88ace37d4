#include "fieldregistry.h"
#include "parkstore.h"
#include "stablecsv.h"
#include "translations.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace {

QString testData(const QString &name)
{
    return QStringLiteral(TESTDATA_DIR "/") + name;
}

// The lines of CSV bytes, without the byte-order mark (records with line
// breaks inside quotes span several).
QList<QByteArray> linesOf(const QByteArray &csv)
{
    QByteArray body = csv;
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.mid(3);
    return body.split('\n');
}

// A record with every field set, some in forms that need care.
ParkRecord fullRecord()
{
    ParkRecord r;
    r.id = QStringLiteral("zj-test");
    r.nameZh = QStringLiteral("西溪谷");
    r.nameEn = QStringLiteral("=Xixi, \"Brook\"");
    r.province = QStringLiteral("浙江省");
    r.provinceCode = 330000;
    r.city = QStringLiteral("杭州市");
    r.district = QStringLiteral("西湖区");
    r.established = FoundingDate(2018, 4, 9);
    r.leadership = Leadership::Government;
    r.carrierType = CarrierType::Park;
    r.areaKm2 = 3.6;
    r.areaScope = QStringLiteral("hostZone");
    r.areaNote = QStringLiteral("约3.6平方公里");
    r.enterprises = 120;
    r.enterprisesQualifier = QStringLiteral("atLeast");
    r.enterprisesNote = QStringLiteral("-120余家");
    r.fundCny100m = 0.5;
    r.fundKind = QStringLiteral("fund");
    r.fundNote = QStringLiteral(""); // known to be empty
    r.focus = QStringLiteral("'quoted'");
    r.lat = 30.27;
    r.lon = -120.15;
    r.coordPrecision = QStringLiteral("district");
    r.coordNote = QStringLiteral("a\x01z");
    r.confidence = Confidence::Sourced;
    r.namedInReport = false;
    r.sources = {QStringLiteral("https://a.example/1"), QStringLiteral("https://b.example/2")};
    r.notes = QStringLiteral("line one\nline two");
    return r;
}

StableCsv::ReadResult readText(const QByteArray &text)
{
    return StableCsv::read(text, QStringLiteral("in.csv"));
}

QStringList refusalTexts(const QList<StableCsv::Refusal> &refusals)
{
    QStringList list;
    for (const StableCsv::Refusal &r : refusals)
        list << r.toString();
    return list;
}

QStringList problemTexts(const ProblemList &problems)
{
    QStringList list;
    for (const Problem &p : problems)
        list << p.toString();
    return list;
}

// CSV as a spreadsheet in a locale with a decimal comma saves it again:
// semicolons, LF, no byte-order mark, quotes only where needed, TRUE and
// FALSE, dates as 2018/4/9.
QByteArray resavedBySpreadsheet(const QByteArray &csv)
{
    QList<QStringList> records{{}};
    QString cell;
    bool quoted = false;
    const QString text = QString::fromUtf8(csv.startsWith("\xEF\xBB\xBF") ? csv.mid(3) : csv);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            records.last() << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            records.last() << cell;
            cell.clear();
            records.append(QStringList());
        } else {
            cell += c;
        }
    }
    records.removeLast(); // after the last line end
    static const QRegularExpression day(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    QByteArray out;
    for (QStringList &record : records) {
        for (QString &c : record) {
            if (c == QLatin1String("true") || c == QLatin1String("false"))
                c = c.toUpper();
            const QRegularExpressionMatch m = day.match(c);
            if (m.hasMatch())
                c = QStringLiteral("%1/%2/%3")
                        .arg(m.captured(1))
                        .arg(m.captured(2).toInt())
                        .arg(m.captured(3).toInt());
            if (c.contains(QLatin1Char(';')) || c.contains(QLatin1Char('"')) ||
                c.contains(QLatin1Char('\n')) || c.contains(QLatin1Char('\r')))
                c = QLatin1Char('"') +
                    QString(c).replace(QLatin1String("\""), QLatin1String("\"\"")) +
                    QLatin1Char('"');
        }
        out += record.join(QLatin1Char(';')).toUtf8() + '\n';
    }
    return out;
}

} // namespace

class TestStableCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void headerListsEveryFieldInRegistryOrder()
    {
        const QStringList expected{
            QStringLiteral("id"),
            QStringLiteral("nameZh"),
            QStringLiteral("nameEn"),
            QStringLiteral("province"),
            QStringLiteral("provinceCode"),
            QStringLiteral("city"),
            QStringLiteral("district"),
            QStringLiteral("established"),
            QStringLiteral("establishedPrecision"),
            QStringLiteral("leadership"),
            QStringLiteral("carrierType"),
            QStringLiteral("areaKm2"),
            QStringLiteral("areaScope"),
            QStringLiteral("areaNote"),
            QStringLiteral("enterprises"),
            QStringLiteral("enterprisesQualifier"),
            QStringLiteral("enterprisesNote"),
            QStringLiteral("fundCny100m"),
            QStringLiteral("fundKind"),
            QStringLiteral("fundNote"),
            QStringLiteral("policy"),
            QStringLiteral("focus"),
            QStringLiteral("operator"),
            QStringLiteral("lat"),
            QStringLiteral("lon"),
            QStringLiteral("coordPrecision"),
            QStringLiteral("coordNote"),
            QStringLiteral("confidence"),
            QStringLiteral("namedInReport"),
            QStringLiteral("sources"),
            QStringLiteral("notes"),
        };
        QCOMPARE(StableCsv::header(), expected);
        const QByteArray csv = StableCsv::write({});
        QCOMPARE(csv, "\xEF\xBB\xBF" + expected.join(QLatin1Char(',')).toUtf8() + "\r\n");
        // The same whatever the interface language.
        const QByteArray english = StableCsv::write({fullRecord()});
        QVERIFY(Translations::install(QStringLiteral("zh_CN")));
        const QByteArray chinese = StableCsv::write({fullRecord()});
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(chinese, english);
    }

    void valuesOfAKnownRecord()
    {
        const QByteArray csv = StableCsv::write({fullRecord()});
        QVERIFY(csv.startsWith("\xEF\xBB\xBFid,nameZh,"));
        const qsizetype rowStart = csv.indexOf("\r\n") + 2;
        const QByteArray row = csv.mid(rowStart);
        const QByteArray expected = "zj-test,西溪谷,\"'=Xixi, \"\"Brook\"\"\",浙江省,330000,杭州市,"
                                    "西湖区,2018-04-09,day,government,park,3.6,hostZone,"
                                    "约3.6平方公里,120,atLeast,'-120余家,0.5,fund,,,''quoted',,"
                                    "30.27,-120.15,district,a\xEF\xBF\xBDz,sourced,false,"
                                    "\"https://a.example/1\nhttps://b.example/2\","
                                    "\"line one\nline two\"\r\n";
        QCOMPARE(row, expected);

        // Year and month precision, and an unknown date.
        ParkRecord r = fullRecord();
        r.established = FoundingDate(2017);
        QVERIFY(StableCsv::write({r}).contains(",西湖区,2017,year,government,"));
        r.established = FoundingDate(2016, 11);
        QVERIFY(StableCsv::write({r}).contains(",西湖区,2016-11,month,government,"));
        r.established = FoundingDate();
        r.leadership = Leadership::Unknown;
        r.namedInReport = true;
        r.enterprises = 1234567;
        r.areaKm2 = 0.123456789012345678;
        const QByteArray written = StableCsv::write({r});
        QVERIFY(written.contains(",西湖区,,,,park,0.123456789012346,"));
        QVERIFY(written.contains(",1234567,atLeast,"));
        QVERIFY(written.contains(",sourced,true,"));
    }

    void readingBackAKnownRecord()
    {
        const StableCsv::ReadResult read = readText(StableCsv::write({fullRecord()}));
        QVERIFY2(read.ok(), qPrintable(problemTexts(read.errors).join(QLatin1Char('\n'))));
        QVERIFY(read.refused.isEmpty());
        QVERIFY(read.warnings.isEmpty());
        QCOMPARE(read.rows.size(), 1);
        QCOMPARE(read.rows[0].line, 2);
        QCOMPARE(read.rows[0].values.size(), FieldRegistry::fieldCount);
        const StableCsv::Plan plan = StableCsv::plan({}, read);
        QVERIFY2(plan.refused.isEmpty(),
                 qPrintable(refusalTexts(plan.refused).join(QLatin1Char('\n'))));
        QCOMPARE(plan.added.size(), 1);
        ParkRecord expected = fullRecord();
        expected.fundNote = QString();                   // an empty cell is unknown
        expected.coordNote = QStringLiteral("a\uFFFDz"); // controls are not written
        QCOMPARE(plan.added[0], expected);
        // Read back into the record it came from, nothing changes.
        const StableCsv::Plan same = StableCsv::plan({fullRecord()}, read);
        QCOMPARE(same.unchanged, 1);
        QVERIFY(same.updated.isEmpty());
        QVERIFY(same.added.isEmpty());
        QVERIFY(same.refused.isEmpty());
    }

    void roundTripOfTheEmbeddedDatasetChangesNothing()
    {
        for (const QString &path :
             {ParkStore::EmbeddedPath, testData(QStringLiteral("fixture-parks.json")),
              testData(QStringLiteral("store-small.json"))}) {
            const LoadResult loaded = ParkStore::loadFile(path);
            QVERIFY2(loaded.isUsable(), qPrintable(path));
            const QList<ParkRecord> &parks = loaded.document.parks;
            QVERIFY(!parks.isEmpty());
            const StableCsv::ReadResult read = readText(StableCsv::write(parks));
            QVERIFY(read.ok());
            QVERIFY2(read.refused.isEmpty(),
                     qPrintable(refusalTexts(read.refused).join(QLatin1Char('\n'))));
            QCOMPARE(read.rows.size(), parks.size());
            const StableCsv::Plan plan = StableCsv::plan(parks, read);
            QCOMPARE(plan.added.size(), 0);
            QCOMPARE(plan.updated.size(), 0);
            QCOMPARE(plan.unchanged, int(parks.size()));
            QVERIFY(plan.refused.isEmpty());
        }
    }

    void spreadsheetResaveChangesNothing()
    {
        const LoadResult loaded = ParkStore::loadFile(ParkStore::EmbeddedPath);
        QVERIFY(loaded.isUsable());
        const QList<ParkRecord> &parks = loaded.document.parks;
        const QByteArray resaved = resavedBySpreadsheet(StableCsv::write(parks));
        QVERIFY(resaved.startsWith("id;nameZh;"));
        QVERIFY(resaved.contains(";TRUE;"));
        const StableCsv::ReadResult read = readText(resaved);
        QVERIFY(read.ok());
        QVERIFY2(read.refused.isEmpty(),
                 qPrintable(refusalTexts(read.refused).join(QLatin1Char('\n'))));
        QCOMPARE(read.rows.size(), parks.size());
        const StableCsv::Plan plan = StableCsv::plan(parks, read);
        QVERIFY(plan.refused.isEmpty());
        QCOMPARE(plan.updated.size(), 0);
        QCOMPARE(plan.unchanged, int(parks.size()));
    }

    void editingTwoCellsChangesExactlyThem()
    {
        const LoadResult loaded = ParkStore::loadFile(ParkStore::EmbeddedPath);
        QVERIFY(loaded.isUsable());
        const QList<ParkRecord> &parks = loaded.document.parks;
        QVERIFY(parks.size() > 5);
        const QByteArray exported = StableCsv::write(parks);

        // The export as a spreadsheet would save it with two cells edited.
        QList<QByteArray> lines = linesOf(exported);
        QList<ParkRecord> edited = parks;
        edited[1].enterprises = parks[1].enterprises.value_or(0) + 7;
        edited[4].nameEn = QStringLiteral("Renamed Park");
        const QByteArray editedCsv = StableCsv::write(edited);
        QList<QByteArray> editedLines = linesOf(editedCsv);
        QCOMPARE(editedLines.size(), lines.size());
        int differing = 0;
        for (qsizetype i = 0; i < lines.size(); ++i)
            differing += lines[i] != editedLines[i] ? 1 : 0;
        QCOMPARE(differing, 2);

        const StableCsv::ReadResult read = readText(editedCsv);
        QVERIFY(read.ok());
        const StableCsv::Plan plan = StableCsv::plan(parks, read);
        QVERIFY2(plan.refused.isEmpty(),
                 qPrintable(refusalTexts(plan.refused).join(QLatin1Char('\n'))));
        QCOMPARE(plan.added.size(), 0);
        QCOMPARE(plan.unchanged, int(parks.size()) - 2);
        QCOMPARE(plan.updated.size(), 2);
        QCOMPARE(plan.updated[0].existingIndex, 1);
        QCOMPARE(plan.updated[0].changedFields, QList<ParkField>{ParkField::Enterprises});
        QCOMPARE(plan.updated[1].existingIndex, 4);
        QCOMPARE(plan.updated[1].changedFields, QList<ParkField>{ParkField::NameEn});

        // Every other field of every record is as it was, byte for byte.
        ParkDocument applied = loaded.document;
        for (const StableCsv::Update &u : plan.updated)
            applied.parks[u.existingIndex] = u.after;
        ParkDocument expected = loaded.document;
        expected.parks = edited;
        QCOMPARE(ParkStore::serialize(applied), ParkStore::serialize(expected));
    }

    void unknownJsonMembersSurviveAnUpdate()
    {
        ParkRecord r = fullRecord();
        r.unknownFields.insert(QStringLiteral("x-extra"), QStringLiteral("kept"));
        const QByteArray csv = "id,enterprises,provinceCode\r\nzj-test,121,330000\r\n";
        const StableCsv::Plan plan = StableCsv::plan({r}, readText(csv));
        QVERIFY2(plan.refused.isEmpty(),
                 qPrintable(refusalTexts(plan.refused).join(QLatin1Char('\n'))));
        QCOMPARE(plan.updated.size(), 1);
        ParkRecord expected = r;
        expected.enterprises = 121;
        QCOMPARE(plan.updated[0].after, expected);
        QCOMPARE(plan.updated[0].changedFields, QList<ParkField>{ParkField::Enterprises});
    }

    void emptyCellMakesAValueUnknown()
    {
        const QByteArray csv = "id,enterprises,enterprisesQualifier,fundNote\r\nzj-test,,,\r\n";
        const StableCsv::Plan plan = StableCsv::plan({fullRecord()}, readText(csv));
        QVERIFY2(plan.refused.isEmpty(),
                 qPrintable(refusalTexts(plan.refused).join(QLatin1Char('\n'))));
        QCOMPARE(plan.updated.size(), 1);
        // fundNote "" (known empty) and an empty cell are the same cell.
        QCOMPARE(plan.updated[0].changedFields,
                 (QList<ParkField>{ParkField::Enterprises, ParkField::EnterprisesQualifier}));
        QVERIFY(!plan.updated[0].after.enterprises.has_value());
        QCOMPARE(plan.updated[0].after.fundNote, QStringLiteral(""));

        // Without the qualifier's column, the qualifier would be left
        // without its figure: an error the record did not have.
        const StableCsv::Plan refused =
            StableCsv::plan({fullRecord()}, readText("id,enterprises\r\nzj-test,\r\n"));
        QVERIFY(refused.updated.isEmpty());
        QCOMPARE(refused.refused.size(), 1);
        QCOMPARE(refused.refused[0].field, QStringLiteral("enterprisesQualifier"));
        QVERIFY2(refused.refused[0].toString().startsWith(
                     QStringLiteral("line 2 (enterprisesQualifier): ")),
                 qPrintable(refused.refused[0].toString()));
    }

    void shortRowsLeaveMissingCellsAlone()
    {
        const QByteArray csv = "id,nameEn,enterprises\r\nzj-test,New name\r\n";
        const StableCsv::Plan plan = StableCsv::plan({fullRecord()}, readText(csv));
        QCOMPARE(plan.updated.size(), 1);
        QCOMPARE(plan.updated[0].changedFields, QList<ParkField>{ParkField::NameEn});
        QCOMPARE(plan.updated[0].after.enterprises, std::optional<qint64>(120));
    }

    void newRowIsAdded()
    {
        const QByteArray csv =
            StableCsv::write({fullRecord()}) +
            "zj-new,新园,,浙江省,,杭州市,,2019,year,enterprise,,,,,,,,,,,,,,,,,,,"
            ",,\r\n";
        const StableCsv::ReadResult read = readText(csv);
        QVERIFY(read.ok());
        QVERIFY2(read.refused.isEmpty(),
                 qPrintable(refusalTexts(read.refused).join(QLatin1Char('\n'))));
        const StableCsv::Plan plan = StableCsv::plan({fullRecord()}, read);
        QVERIFY2(plan.refused.isEmpty(),
                 qPrintable(refusalTexts(plan.refused).join(QLatin1Char('\n'))));
        QCOMPARE(plan.unchanged, 1);
        QCOMPARE(plan.added.size(), 1);
        const ParkRecord &added = plan.added[0];
        QCOMPARE(added.id, QStringLiteral("zj-new"));
        QCOMPARE(added.nameZh, QStringLiteral("新园"));
        QCOMPARE(added.provinceCode, std::optional<int>(330000)); // derived
        QCOMPARE(added.established, FoundingDate(2019));
        QCOMPARE(added.leadership, Leadership::Enterprise);
        QVERIFY(added.nameEn.isNull());
        QVERIFY(added.sources.isEmpty());

        // A new record without a required field is refused.
        const StableCsv::Plan missing =
            StableCsv::plan({}, readText("id,nameZh,province\r\nzj-x,,浙江省\r\n"));
        QVERIFY(missing.added.isEmpty());
        QCOMPARE(missing.refused.size(), 1);
        QCOMPARE(missing.refused[0].field, QStringLiteral("nameZh"));
        QCOMPARE(missing.refused[0].column, 2);
    }

    void refusedRowsSayWhy()
    {
        const QByteArray csv = "id,nameZh,province,enterprises,leadership,established,"
                               "establishedPrecision,bogus\r\n"
                               "zj-a,甲,浙江省,many,,,,\r\n"
                               "zj-b,乙,浙江省,,boss,,,\r\n"
                               "zj-c,丙,浙江省,,,2019-02-30,,\r\n"
                               "zj-d,丁,浙江省,,,2017,month,\r\n"
                               "zj-e,戊,浙江省,5,,,,x\r\n"
                               "zj-e,戊,浙江省,6,,,,\r\n"
                               ",己,浙江省,,,,,\r\n"
                               "zj-f,庚,浙江省,,,,day,\r\n";
        const StableCsv::ReadResult read = readText(csv);
        QVERIFY(read.ok());
        QCOMPARE(problemTexts(read.warnings),
                 QStringList{QStringLiteral("in.csv:1:8: warning: column 8 (bogus) is not a "
                                            "field of a park; it is ignored")});
        const QStringList refused = refusalTexts(read.refused);
        const QStringList expected{
            QStringLiteral("line 2, column 4 (enterprises): \"many\" is not a whole number"),
            QStringLiteral("line 3, column 5 (leadership): \"boss\" is not one of government, "
                           "enterprise"),
            QStringLiteral("line 4, column 6 (established): 2019-02-30 is not a calendar date: "
                           "February 2019 has 28 days"),
            QStringLiteral("line 5, column 7 (establishedPrecision): says month, but the date "
                           "\"2017\" is known to the year"),
            QStringLiteral("line 7: the id \"zj-e\" is already on line 6"),
            QStringLiteral("line 8, column 1 (id): no id"),
            QStringLiteral("line 9, column 7 (establishedPrecision): says day, but the date is "
                           "empty"),
        };
        QCOMPARE(refused, expected);
        QCOMPARE(read.rows.size(), 1);
        QCOMPARE(read.rows[0].id, QStringLiteral("zj-e"));

        // The plan passes the refusals on.
        const StableCsv::Plan plan = StableCsv::plan({}, read);
        QCOMPARE(refusalTexts(plan.refused), expected);
        QCOMPARE(plan.added.size(), 1);
        QCOMPARE(plan.warnings.size(), 1);
    }

    void refusedUpdatesSayWhy()
    {
        // A value that validation refuses (a year out of range) and one it
        // only warns about.
        const QByteArray csv = "id,established,enterprises\r\n"
                               "zj-test,1900,120\r\n";
        const StableCsv::Plan plan = StableCsv::plan({fullRecord()}, readText(csv));
        QVERIFY(plan.updated.isEmpty());
        QCOMPARE(plan.refused.size(), 1);
        QCOMPARE(plan.refused[0].line, 2);
        QCOMPARE(plan.refused[0].column, 2);
        QCOMPARE(plan.refused[0].field, QStringLiteral("established"));
        QCOMPARE(plan.refused[0].id, QStringLiteral("zj-test"));
    }

    void derivedColumnsAreNeverApplied()
    {
        const QByteArray csv = "id,province,provinceCode\r\nzj-test,浙江省,110000\r\n";
        const StableCsv::Plan plan = StableCsv::plan({fullRecord()}, readText(csv));
        QVERIFY(plan.refused.isEmpty());
        QVERIFY(plan.updated.isEmpty());
        QCOMPARE(plan.unchanged, 1);
        QCOMPARE(plan.warnings.size(), 1);
        QCOMPARE(plan.warnings[0].field, QStringLiteral("provinceCode"));
        QCOMPARE(plan.warnings[0].line, 2);
        QCOMPARE(plan.warnings[0].column, 3);

        // A new province brings its own code.
        const StableCsv::Plan moved = StableCsv::plan(
            {fullRecord()}, readText("id,province,provinceCode\r\nzj-test,江苏省,330000\r\n"));
        QCOMPARE(moved.updated.size(), 1);
        QCOMPARE(moved.updated[0].changedFields, QList<ParkField>{ParkField::Province});
        QCOMPARE(moved.updated[0].after.provinceCode, std::optional<int>(320000));
    }

    void headerProblemsRefuseTheFile()
    {
        StableCsv::ReadResult read = readText("nameZh,province\r\n甲,浙江省\r\n");
        QVERIFY(!read.ok());
        QVERIFY(read.rows.isEmpty());
        QCOMPARE(problemTexts(read.errors),
                 QStringList{QStringLiteral("in.csv:1:0: the header has no id column")});
        read = readText("id,nameZh,nameZh\r\nzj-a,甲,乙\r\n");
        QVERIFY(!read.ok());
        QCOMPARE(problemTexts(read.errors),
                 QStringList{QStringLiteral("in.csv:1:3: column 3 (nameZh) repeats column 2")});
        read = readText("");
        QVERIFY(!read.ok());
        read = readText("id,nameZh\r\nzj-a,\xB2\xBB\xCA\xC7\r\n"); // GBK, not UTF-8
        QVERIFY(!read.ok());
        QVERIFY(read.errors[0].message.contains(QStringLiteral("UTF-8")));
        QCOMPARE(read.errors[0].line, 2);
        QCOMPARE(read.errors[0].column, 2);
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("semicolon") << QByteArray("id;nameZh;areaKm2;notes\r\n"
                                                 "zj-a;甲;3,5;\"a;b\"\r\n");
        QTest::newRow("tab") << QByteArray("id\tnameZh\tareaKm2\tnotes\n"
                                           "zj-a\t甲\t3.5\t\"a;b\"\n");
        QTest::newRow("comma, LF") << QByteArray("id,nameZh,areaKm2,notes\n"
                                                 "zj-a,甲,3.5,a;b\n");
        QTest::newRow("comma, CR, no BOM")
            << QByteArray("id,nameZh,areaKm2,notes\rzj-a,甲,\" 3.5 \",a;b");
        QTest::newRow("BOM, CRLF") << QByteArray("\xEF\xBB\xBFid,nameZh,areaKm2,notes\r\n"
                                                 "zj-a,甲,3.5,a;b\r\n\r\n");
    }

    void delimiters()
    {
        QFETCH(QByteArray, csv);
        const StableCsv::ReadResult read = readText(csv);
        QVERIFY(read.ok());
        QVERIFY2(read.refused.isEmpty(),
                 qPrintable(refusalTexts(read.refused).join(QLatin1Char('\n'))));
        QVERIFY(read.warnings.isEmpty());
        QCOMPARE(read.rows.size(), 1);
        const StableCsv::Row &row = read.rows[0];
        QCOMPARE(row.id, QStringLiteral("zj-a"));
        QCOMPARE(row.values.value(ParkField::NameZh), QJsonValue(QStringLiteral("甲")));
        QCOMPARE(row.values.value(ParkField::AreaKm2), QJsonValue(3.5));
        QCOMPARE(row.values.value(ParkField::Notes), QJsonValue(QStringLiteral("a;b")));
    }

    void quotedCellsWithLineBreaks()
    {
        const QByteArray csv = "id,notes,sources,nameZh\r\n"
                               "zj-a,\"one\r\ntwo \"\"2\"\"\",\"https://a.example\nhttps://b."
                               "example\",甲\r\n"
                               "zj-b,x,,乙\r\n";
        const StableCsv::ReadResult read = readText(csv);
        QVERIFY(read.ok());
        QCOMPARE(read.rows.size(), 2);
        QCOMPARE(read.rows[0].values.value(ParkField::Notes),
                 QJsonValue(QStringLiteral("one\r\ntwo \"2\"")));
        QCOMPARE(read.rows[0].values.value(ParkField::Sources),
                 QJsonValue(QJsonArray{QStringLiteral("https://a.example"),
                                       QStringLiteral("https://b.example")}));
        QCOMPARE(read.rows[0].values.value(ParkField::NameZh), QJsonValue(QStringLiteral("甲")));
        QCOMPARE(read.rows[1].line, 5); // two line breaks inside quotes
        QVERIFY(read.rows[1].values.value(ParkField::Sources).isNull());
    }

    void spreadsheetMangledValues_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QByteArray>("column");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("slashes") << QByteArray("2018/4/9") << QByteArray("established")
                                 << QJsonValue(QStringLiteral("2018-04-09"));
        QTest::newRow("short") << QByteArray("2018-4-9") << QByteArray("established")
                               << QJsonValue(QStringLiteral("2018-04-09"));
        QTest::newRow("dots") << QByteArray("2018.4.9") << QByteArray("established")
                              << QJsonValue(QStringLiteral("2018-04-09"));
        QTest::newRow("month") << QByteArray("2016/11") << QByteArray("established")
                               << QJsonValue(QStringLiteral("2016-11"));
        QTest::newRow("TRUE") << QByteArray("TRUE") << QByteArray("namedInReport")
                              << QJsonValue(true);
        QTest::newRow("no") << QByteArray("no") << QByteArray("namedInReport") << QJsonValue(false);
        QTest::newRow("1") << QByteArray("1") << QByteArray("namedInReport") << QJsonValue(true);
        QTest::newRow("0") << QByteArray("0") << QByteArray("namedInReport") << QJsonValue(false);
        QTest::newRow("spaces") << QByteArray(" 120 ") << QByteArray("enterprises")
                                << QJsonValue(qint64(120));
        QTest::newRow("real spaces")
            << QByteArray(" 41.48 ") << QByteArray("areaKm2") << QJsonValue(41.48);
        QTest::newRow("choice case") << QByteArray("Government") << QByteArray("leadership")
                                     << QJsonValue(QStringLiteral("government"));
    }

    void spreadsheetMangledValues()
    {
        QFETCH(QByteArray, cell);
        QFETCH(QByteArray, column);
        QFETCH(QJsonValue, expected);
        const StableCsv::ReadResult read = readText("id," + column + "\r\nzj-a," + cell + "\r\n");
        QVERIFY(read.ok());
        QVERIFY2(read.refused.isEmpty(),
                 qPrintable(refusalTexts(read.refused).join(QLatin1Char('\n'))));
        QCOMPARE(read.rows.size(), 1);
        const FieldRegistry::Field *field = FieldRegistry::byKey(QString::fromLatin1(column));
        QVERIFY(field);
        QCOMPARE(read.rows[0].values.value(field->field), expected);
    }

    void mangledDateOfAnUnchangedValueIsNoChange()
    {
        const QByteArray csv = "id,established,establishedPrecision\r\nzj-test,2018/4/9,day\r\n";
        const StableCsv::Plan plan = StableCsv::plan({fullRecord()}, readText(csv));
        QVERIFY(plan.refused.isEmpty());
        QCOMPARE(plan.unchanged, 1);

        // A spreadsheet keeps 15 significant digits, and so does the export:
        // the value itself is kept to the last bit.
        ParkRecord precise = fullRecord();
        precise.lat = 30.123456789012345678;
        const StableCsv::ReadResult read = readText(StableCsv::write({precise}));
        QCOMPARE(read.rows[0].values.value(ParkField::Lat), QJsonValue(30.1234567890123));
        const StableCsv::Plan kept = StableCsv::plan({precise}, read);
        QCOMPARE(kept.unchanged, 1);
    }

    void formulaGuardRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QByteArray("'=1+1");
        QTest::newRow("minus") << QStringLiteral("-x") << QByteArray("'-x");
        QTest::newRow("plus") << QStringLiteral("+x") << QByteArray("'+x");
        QTest::newRow("at") << QStringLiteral("@x") << QByteArray("'@x");
        QTest::newRow("tab") << QStringLiteral("\tx") << QByteArray("'\tx");
        QTest::newRow("apostrophe") << QStringLiteral("'x") << QByteArray("''x");
        QTest::newRow("two apostrophes") << QStringLiteral("''") << QByteArray("'''");
        QTest::newRow("lone apostrophe") << QStringLiteral("'") << QByteArray("''");
        QTest::newRow("plain") << QStringLiteral("x'=") << QByteArray("x'=");
    }

    void formulaGuardRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, cell);
        ParkRecord r = fullRecord();
        r.notes = text;
        r.sources = {text};
        const QByteArray csv = StableCsv::write({r});
        QVERIFY2(csv.endsWith("," + cell + "," + cell + "\r\n"), csv.constData());
        const StableCsv::ReadResult read = readText(csv);
        QCOMPARE(read.rows.size(), 1);
        QCOMPARE(read.rows[0].values.value(ParkField::Notes), QJsonValue(text));
        QCOMPARE(read.rows[0].values.value(ParkField::Sources), QJsonValue(QJsonArray{text}));
        // Numbers are never guarded.
        QVERIFY(csv.contains(",-120.15,"));
        QCOMPARE(read.rows[0].values.value(ParkField::Lon), QJsonValue(-120.15));
        const StableCsv::Plan plan = StableCsv::plan({r}, read);
        QCOMPARE(plan.unchanged, 1);
    }

    void hostileInputIsRefused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("problem");
        const qsizetype size = 50 * 1024 * 1024;
        QTest::newRow("a header of commas")
            << QByteArray(size, ',')
            << QStringLiteral("in.csv:1:0: the header has more than 256 "
                              "columns");
        QByteArray rows = "id,nameZh\r\n";
        rows += QByteArray(",,,,\r\n").repeated(size / 6);
        QTest::newRow("rows of commas")
            << rows << QStringLiteral("rows, more than a file of its size can hold");
        QByteArray wide = "id,nameZh\r\nzj-a,";
        wide += QByteArray(size, ',');
        QTest::newRow("a wide row")
            << wide
            << QStringLiteral("in.csv:2:0: the row has 52428802 cells, far more than "
                              "the header's 2");
        QByteArray open = "id,nameZh\r\nzj-a,\"";
        open += QByteArray(size, 'x');
        QTest::newRow("unterminated quote")
            << open << QStringLiteral("in.csv:2:2: a quoted cell opens here but never closes");
        QByteArray newlines = "id\n";
        newlines += QByteArray(size, '\n');
        QTest::newRow("blank lines") << newlines << QStringLiteral("rows");
    }

    void hostileInputIsRefused()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, problem);
        const StableCsv::ReadResult read = readText(csv);
        QVERIFY(!read.ok());
        QVERIFY(read.rows.isEmpty());
        QVERIFY(read.refused.isEmpty());
        QVERIFY2(read.errors[0].toString().contains(problem),
                 qPrintable(read.errors[0].toString()));
    }

    void longCellIsRefused()
    {
        QByteArray csv = "id,notes\r\nzj-a,";
        csv += QByteArray(StableCsv::Limits::MaxCellBytes + 1, 'x');
        csv += "\r\nzj-b,short\r\n";
        const StableCsv::ReadResult read = readText(csv);
        QVERIFY(read.ok());
        QCOMPARE(read.rows.size(), 1);
        QCOMPARE(read.refused.size(), 1);
        QCOMPARE(read.refused[0].column, 2);
    }
};

QTEST_MAIN(TestStableCsv)
#include "tst_stablecsv.moc"
