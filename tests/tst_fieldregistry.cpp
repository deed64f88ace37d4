#include "fieldregistry.h"
#include "parkstore.h"
#include "parktablemodel.h"
#include "translations.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

// The field registry is the one description of a park's fields: the
// documentation and the JSON Schema must say the same, the table and the
// store must follow it, and no other source file may name a field's key.
class TestFieldRegistry : public QObject
{
    Q_OBJECT

private:
    static QString sourceRoot() { return QStringLiteral(RESOURCES_DIR "/.."); }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    static QStringList registryKeys()
    {
        QStringList keys;
        for (const FieldRegistry::Field &f : FieldRegistry::fields)
            keys << QString::fromLatin1(f.key);
        return keys;
    }

    // A sample value of each type, as JSON.
    static QJsonValue sample(const FieldRegistry::Field &f)
    {
        using T = FieldRegistry::ValueType;
        switch (f.type) {
        case T::Text:
            return QStringLiteral("x-%1").arg(QString::fromLatin1(f.key));
        case T::Integer:
            return f.field == ParkField::ProvinceCode ? 330000 : 42;
        case T::Real:
            return 12.25;
        case T::Date:
            return QStringLiteral("2018-06");
        case T::Choice:
            return QString::fromLatin1(f.choices.items[f.choices.count - 1].json);
        case T::Boolean:
            return true;
        case T::TextList:
            return QJsonArray{QStringLiteral("a"), QStringLiteral("b")};
        }
        return QJsonValue();
    }

private slots:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void entriesAreConsistent()
    {
        using namespace FieldRegistry;
        QSet<QString> keys;
        for (const Field &f : fields) {
            const QString key = QString::fromLatin1(f.key);
            QVERIFY2(!keys.contains(key), f.key);
            keys.insert(key);
            QVERIFY2(
                QRegularExpression(QStringLiteral("^[a-z][A-Za-z0-9]*$")).match(key).hasMatch(),
                f.key);
            QVERIFY2(*f.label, f.key);
            if (f.has(Numeric))
                QVERIFY2(f.type == ValueType::Integer || f.type == ValueType::Real, f.key);
            if (f.has(RangeFilter))
                QVERIFY2(f.has(Numeric), f.key);
            if (f.has(HiddenByDefault))
                QVERIFY2(f.has(InTable), f.key);
            if (f.has(Searchable) || f.has(Category))
                QVERIFY2(f.type == ValueType::Text, f.key);
            // A companion belongs to a field that stands alone.
            QCOMPARE(field(f.companionOf).companionOf, f.companionOf);
            QVERIFY2((f.tab == FormTab::None) == (f.editor == Editor::None), f.key);
            QVERIFY2(f.has(Derived) == (f.editor == Editor::None), f.key);
            if (f.editor == Editor::Choice)
                QVERIFY2(f.type == ValueType::Choice || f.type == ValueType::Boolean, f.key);
        }
    }

    void everyFieldRoundTrips()
    {
        ParkRecord record;
        for (const FieldRegistry::Field &f : FieldRegistry::fields) {
            const QJsonValue v = sample(f);
            QString error;
            QVERIFY2(record.setValue(f.field, v, &error), qPrintable(error));
            QCOMPARE(record.value(f.field), v);
            QVERIFY(!FieldRegistry::isUnknown(record, f.field));
            QVERIFY(FieldRegistry::displayText(record, f.field, true) !=
                    FieldRegistry::unknownText());
            QVERIFY(FieldRegistry::sortValue(record, f.field, true).isValid());
            // And back to unknown.
            ParkRecord cleared = record;
            QVERIFY(cleared.setValue(f.field, QJsonValue(QJsonValue::Null)));
            QVERIFY(FieldRegistry::isUnknown(cleared, f.field));
            QCOMPARE(FieldRegistry::displayText(cleared, f.field, true),
                     FieldRegistry::unknownText());
        }
        // Written and read back by the store: the same record, keys in order.
        record.province = QStringLiteral("浙江省");
        ParkDocument doc;
        doc.parks = {record};
        const QByteArray bytes = ParkStore::serialize(doc);
        const LoadResult loaded = ParkStore::loadBytes(bytes, QStringLiteral("x.json"));
        QCOMPARE(loaded.document.parks.size(), 1);
        QCOMPARE(loaded.document.parks.at(0), record);
        const QJsonObject written =
            QJsonDocument::fromJson(bytes).object().value(QStringLiteral("parks"))[0].toObject();
        QCOMPARE(written.keys().size(), FieldRegistry::fieldCount);
        qsizetype last = -1;
        for (const QString &key : registryKeys()) {
            const qsizetype at = bytes.indexOf("\"" + key.toLatin1() + "\":");
            QVERIFY2(at > last, qPrintable(key));
            last = at;
        }
    }

    // The summary's unknown counts, made a block of parks at a time, are
    // what value() says of each park, field by field.
    void unknownsAreCountedAsValueSaysEachIs()
    {
        QList<ParkRecord> records(700); // more than two blocks
        for (qsizetype i = 0; i < records.size(); ++i) {
            for (const FieldRegistry::Field &f : FieldRegistry::fields) {
                if ((i + int(f.field)) % 3 != 0)
                    QVERIFY(records[i].setValue(f.field, sample(f)));
            }
        }
        QList<const ParkRecord *> pointers;
        for (const ParkRecord &r : records)
            pointers << &r;
        const auto counts = FieldRegistry::countNullOrEmptyLists(pointers);
        for (const FieldRegistry::Field &f : FieldRegistry::fields) {
            qsizetype expected = 0;
            for (const ParkRecord &r : records) {
                const QJsonValue v = r.value(f.field);
                expected += v.isNull() || (v.isArray() && v.toArray().isEmpty()) ? 1 : 0;
            }
            QVERIFY2(expected > 0 && expected < records.size(), f.key);
            QCOMPARE(counts[size_t(f.field)], expected);
        }
    }

    void tableFollowsTheRegistry()
    {
        ParkTableModel model;
        QStringList titles;
        QStringList expected;
        for (int c = 0; c < model.columnCount(); ++c)
            titles << model.headerData(c, Qt::Horizontal).toString();
        for (const FieldRegistry::Field &f : FieldRegistry::fields) {
            if (f.has(FieldRegistry::InTable))
                expected << FieldRegistry::label(f.field);
        }
        QCOMPARE(titles, expected);
        QCOMPARE(model.columnCount(), FieldRegistry::columnCount());
        QCOMPARE(ParkTableModel::fieldOf(ParkTableModel::AreaColumn), ParkField::AreaKm2);
        QCOMPARE(ParkTableModel::fieldOf(ParkTableModel::NotesColumn), ParkField::Notes);
    }

    // A qualifier read from a store reaches the details with its value.
    void qualifiersAreReadAndShown()
    {
        const QByteArray bytes = R"({"format": "parkexplorer.parks", "version": 1, "parks": [
            {"id": "a", "nameZh": "甲", "province": "海南省", "areaKm2": 14.5,
             "areaScope": "hostZone", "enterprises": 100, "enterprisesQualifier": "atLeast"}]})";
        const LoadResult loaded = ParkStore::loadBytes(bytes, QStringLiteral("q.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        const ParkRecord &r = loaded.document.parks.at(0);
        QCOMPARE(r.areaScope, QStringLiteral("hostZone"));
        QCOMPARE(r.enterprisesQualifier, QStringLiteral("atLeast"));
        QCOMPARE(FieldRegistry::displayText(r, ParkField::EnterprisesQualifier, true),
                 QStringLiteral("at least"));
        QVERIFY(!FieldRegistry::isUnknown(r, ParkField::AreaScope));
        // Not one of the choices: kept as it was, and a problem.
        const LoadResult bad = ParkStore::loadBytes(QByteArray(bytes).replace("atLeast", "plenty"),
                                                    QStringLiteral("q.json"));
        QCOMPARE(
            bad.document.parks.at(0).unreadableValues.value(QStringLiteral("enterprisesQualifier")),
            QJsonValue(QStringLiteral("plenty")));
        QCOMPARE(bad.problems.size(), 1);
    }

    // docs/file-format.md lists every field, in the order the store writes them.
    void documentationListsEveryField()
    {
        const QString text =
            QString::fromUtf8(readFile(sourceRoot() + QStringLiteral("/docs/file-format.md")));
        const qsizetype from = text.indexOf(QStringLiteral("## Park records"));
        const qsizetype to = text.indexOf(QStringLiteral("\n## "), from + 1);
        QVERIFY(from >= 0 && to > from);
        QStringList documented;
        static const QRegularExpression row(QStringLiteral("^\\| ([^|]+) \\|"),
                                            QRegularExpression::MultilineOption);
        static const QRegularExpression key(QStringLiteral("`([A-Za-z0-9]+)`"));
        auto rows = row.globalMatch(text.mid(from, to - from));
        while (rows.hasNext()) {
            auto keys = key.globalMatch(rows.next().captured(1));
            while (keys.hasNext())
                documented << keys.next().captured(1);
        }
        QCOMPARE(documented, registryKeys());
    }

    // The JSON Schema's park properties are the registry's, typed alike.
    void schemaMatchesTheRegistry()
    {
        using T = FieldRegistry::ValueType;
        const QJsonObject schema =
            QJsonDocument::fromJson(
                readFile(sourceRoot() + QStringLiteral("/docs/parkexplorer.parks.schema.json")))
                .object();
        const QJsonObject items = schema.value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("parks"))
                                      .toObject()
                                      .value(QStringLiteral("items"))
                                      .toObject();
        const QJsonObject properties = items.value(QStringLiteral("properties")).toObject();
        QStringList schemaKeys = properties.keys();
        QStringList keys = registryKeys();
        schemaKeys.sort();
        keys.sort();
        QCOMPARE(schemaKeys, keys);

        QStringList required;
        for (const QJsonValue &v : items.value(QStringLiteral("required")).toArray())
            required << v.toString();
        for (const FieldRegistry::Field &f : FieldRegistry::fields) {
            const QString key = QString::fromLatin1(f.key);
            QCOMPARE(required.contains(key), f.has(FieldRegistry::Required));
            const QJsonObject p = properties.value(key).toObject();
            const QJsonValue type = p.value(QStringLiteral("type"));
            const QStringList types = type.isArray()
                                          ? QVariant(type.toArray().toVariantList()).toStringList()
                                          : QStringList{type.toString()};
            switch (f.type) {
            case T::Text:
            case T::Date:
                QVERIFY2(types.contains(QStringLiteral("string")), f.key);
                break;
            case T::Integer:
                QVERIFY2(types.contains(QStringLiteral("integer")), f.key);
                break;
            case T::Real:
                QVERIFY2(types.contains(QStringLiteral("number")), f.key);
                break;
            case T::Boolean:
                QVERIFY2(types.contains(QStringLiteral("boolean")), f.key);
                break;
            case T::TextList:
                QVERIFY2(types.contains(QStringLiteral("array")), f.key);
                break;
            case T::Choice: {
                QStringList allowed;
                for (const QJsonValue &v : p.value(QStringLiteral("enum")).toArray()) {
                    if (v.isString())
                        allowed << v.toString();
                }
                QStringList choices;
                for (int i = 0; i < f.choices.count; ++i)
                    choices << QString::fromLatin1(f.choices.items[i].json);
                QCOMPARE(allowed, choices);
                break;
            }
            }
        }
    }

    // A field's key is written once, in the registry: every other source
    // file under models/ and app/ reaches it through the registry. The few
    // exceptions are words of other vocabularies that happen to match.
    void keysAreWrittenOnlyInTheRegistry()
    {
        const QStringList commandLine{QStringLiteral("app/commandline.h")};
        // --summary's and the report figures' own JSON members; chart kinds.
        const QStringList summaryJson{QStringLiteral("models/summary.cpp"),
                                      QStringLiteral("models/reportfigures.cpp")};
        const QHash<QString, QStringList> allowed = {
            {QStringLiteral("id"), summaryJson},
            {QStringLiteral("nameZh"), summaryJson},
            {QStringLiteral("nameEn"), summaryJson},
            // The gazetteer's GeoJSON names its levels and properties so.
            {QStringLiteral("province"),
             summaryJson + commandLine + QStringList{QStringLiteral("models/citygazetteer.cpp")}},
            {QStringLiteral("city"),
             summaryJson + commandLine + QStringList{QStringLiteral("models/citygazetteer.cpp")}},
            {QStringLiteral("leadership"),
             summaryJson + commandLine +
                 QStringList{QStringLiteral("models/parkfilter.cpp"),
                             QStringLiteral("app/charts/parkchartfactory.cpp")}},
            {QStringLiteral("district"), {QStringLiteral("models/citygazetteer.cpp")}},
            {QStringLiteral("carrierType"), {QStringLiteral("models/parkfilter.cpp")}},
            // The report pack's section of sources (--sections).
            {QStringLiteral("sources"), {QStringLiteral("models/reportcontent.cpp")}},
            // The map's metric names, the validator's unit word and the
            // filter ranges remembered before they were kept by field.
            {QStringLiteral("enterprises"),
             {QStringLiteral("app/map/mapcommand.h"), QStringLiteral("app/map/choroplethmetric.h"),
              QStringLiteral("app/map/choroplethmetric.cpp"),
              QStringLiteral("models/parkvalidator.cpp"), QStringLiteral("models/parkfilter.cpp")}},
        };
        QStringList offenders;
        for (const QString &folder : {QStringLiteral("models"), QStringLiteral("app")}) {
            QDirIterator it(sourceRoot() + QLatin1Char('/') + folder,
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = QDir(sourceRoot()).relativeFilePath(path);
                if (relative == QLatin1String("models/fieldregistry.h"))
                    continue;
                const QByteArray text = readFile(path);
                for (const QString &key : registryKeys()) {
                    if (text.contains("\"" + key.toLatin1() + "\"") &&
                        !allowed.value(key).contains(relative))
                        offenders << QStringLiteral("%1: \"%2\"").arg(relative, key);
                }
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestFieldRegistry)
#include "tst_fieldregistry.moc"
