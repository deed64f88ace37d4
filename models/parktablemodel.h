#pragma once

#include "aggregations.h"
#include "fieldregistry.h"
#include "parkrecord.h"
#include "parkvalidator.h"
#include "preparedrecords.h"
#include "sharedrecords.h"

#include <QAbstractTableModel>
#include <QHash>

// The one source of truth of the app: a row per park, a column per field.
// Filters are proxies over it; charts, map and summary read what the proxy
// lets through.
class ParkTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns are the fields the registry puts in the table, in its
    // order; the names are for code that needs a particular one.
    enum Column
    {
        IdColumn = FieldRegistry::columnOf(ParkField::Id),
        NameZhColumn = FieldRegistry::columnOf(ParkField::NameZh),
        NameEnColumn = FieldRegistry::columnOf(ParkField::NameEn),
        ProvinceColumn = FieldRegistry::columnOf(ParkField::Province),
        CityColumn = FieldRegistry::columnOf(ParkField::City),
        DistrictColumn = FieldRegistry::columnOf(ParkField::District),
        EstablishedColumn = FieldRegistry::columnOf(ParkField::Established),
        LeadershipColumn = FieldRegistry::columnOf(ParkField::Leadership),
        CarrierTypeColumn = FieldRegistry::columnOf(ParkField::CarrierType),
        AreaColumn = FieldRegistry::columnOf(ParkField::AreaKm2),
        EnterprisesColumn = FieldRegistry::columnOf(ParkField::Enterprises),
        FundColumn = FieldRegistry::columnOf(ParkField::FundCny100m),
        PolicyColumn = FieldRegistry::columnOf(ParkField::Policy),
        FocusColumn = FieldRegistry::columnOf(ParkField::Focus),
        OperatorColumn = FieldRegistry::columnOf(ParkField::Operator),
        LatColumn = FieldRegistry::columnOf(ParkField::Lat),
        LonColumn = FieldRegistry::columnOf(ParkField::Lon),
        ConfidenceColumn = FieldRegistry::columnOf(ParkField::Confidence),
        NamedInReportColumn = FieldRegistry::columnOf(ParkField::NamedInReport),
        SourcesColumn = FieldRegistry::columnOf(ParkField::Sources),
        NotesColumn = FieldRegistry::columnOf(ParkField::Notes),
        ColumnCount = FieldRegistry::columnCount()
    };
    Q_ENUM(Column)

    enum Role
    {
        // Typed values for sorting: numbers, date keys, strings; an invalid
        // QVariant for unknown values (which sort last).
        SortRole = Qt::UserRole + 1,
        // The whole ParkRecord.
        RecordRole,
        // bool: the record has validation problems.
        HasProblemsRole,
        // QStringList: "field: message" for each problem of the record.
        ProblemsRole,
        // The JSON key of the column's field.
        FieldKeyRole,
    };

    // A record's identity in the table, independent of its row: given when
    // the record enters the table, kept while it is edited (setData,
    // setRecord, undo of an edit), moved with it when rows are inserted or
    // removed above it, and gone when the record is removed. setRecords()
    // (opening or reloading a file) gives every record a new key. Keys are
    // never reused for another record; 0 is no record.
    using RecordKey = quint64;

    explicit ParkTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    // As the base class's, without its two virtual calls: a sort of
    // 100,000 rows asks for an index over three million times.
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override
    {
        if (parent.isValid() || row < 0 || row >= m_records.size() || column < 0 ||
            column >= ColumnCount)
            return QModelIndex();
        return createIndex(row, column);
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Inserts blank records, each with a fresh id.
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    QHash<int, QByteArray> roleNames() const override;

    // By value, so that a caller done with its list can move it in: the
    // records are then validated in place rather than copied first.
    // ALREADYVALIDATED says that ParkValidator::validateAll() has just been
    // run over exactly this list (ParkStore::loadBytes does), which saves
    // doing it again for a large store.
    // SEARCHTEXT, when it has one entry per record, is their search text
    // made already (on the thread that loaded them).
    void setRecords(QList<ParkRecord> records, bool alreadyValidated = false,
                    QList<QString> searchText = {});
    // Records validated together before (this model's sharedRecords() of an
    // earlier moment, kept by an undo command): shared, not copied.
    void setRecords(SharedRecords records, QList<QString> searchText = {});
    // Records made ready on another thread (the load's).
    void setRecords(PreparedRecords prepared);
    // RECORDS validated together, to be set later (by an undo command).
    static SharedRecords validated(QList<ParkRecord> records);
    // A copy of every record (to write a file, or to keep a document whole):
    // 100,000 records take about 80 ms. Views and workers take
    // sharedRecords(), which copies pointers.
    QList<ParkRecord> records() const { return m_records.toList(); }
    const SharedRecords &sharedRecords() const { return m_records; }
    const ParkRecord &record(int row) const { return m_records.at(row); }
    RecordKey keyOf(int row) const { return m_keys.at(row); }
    // The row of the record with KEY, or -1 when it is not in the table.
    int rowOfKey(RecordKey key) const;

    // The record at row as it would be after setData(index(row, column),
    // value); false where setData would refuse the value. Lets an editor
    // turn a cell edit into an undoable command before anything changes.
    // WHY, when given, says what is wrong with a refused value.
    bool recordWithValue(int row, int column, const QVariant &value, ParkRecord *out,
                         QString *why = nullptr) const;
    // What a new value for the record at ROW (-1: a record not yet in the
    // table) is checked against: every other record's id. The edit form
    // and cell edits use it. The record is followed by its key, so the
    // context stays right when rows are inserted or removed above it.
    ParkValidator::Context editContext(int row) const;
    // Whether another record than the one at exceptRow uses id.
    bool isIdTaken(const QString &id, int exceptRow = -1) const;

    // Replaces a whole record (the edit form, undo); revalidates it and
    // reports the exact range of changed columns.
    void setRecord(int row, const ParkRecord &record);
    // Inserts a record and returns its key: KEY, when it is one the record
    // had before (undoing its removal), otherwise a new one.
    RecordKey insertRecord(int row, const ParkRecord &record, RecordKey key = 0);

    int rowOfId(const QString &id) const;
    // The case-folded text the free-text filter searches (ParkFilter::searchText),
    // kept per row so that filtering builds no strings. A large store's are
    // made on another thread after it is set (SearchIndex); reading them
    // before then waits for that thread.
    const QString &searchText(int row) const { return m_searchText.at(row); }
    // All of them, row by row: a copy another thread may read while the
    // model changes (a change detaches the model's own list). Waits like
    // searchText().
    QList<QString> searchTexts() const { return m_searchText.texts(); }
    // The same for another thread, as a future: nothing waits here.
    QFuture<QList<QString>> searchTextsLater() const { return m_searchText.snapshot(); }
    bool isSearchTextReady() const { return m_searchText.isReady(); }
    // Whether a search is shown over this model (its filter proxy says):
    // records set while it is make their search text at once, since the
    // rows shown depend on it, rather than on another thread afterwards.
    void setSearchShown(bool shown) { m_searchShown = shown; }
    bool isSearchShown() const { return m_searchShown; }
    // An id not yet used, derived from base ("park" gives park-1, park-2, ...).
    QString uniqueId(const QString &base = QStringLiteral("park")) const;
    int problemRecordCount() const;

    static ParkField fieldOf(int column);
    // What SortRole gives for COLUMN of RECORD. It needs nothing of the
    // model but the language, so a copy of the records can be read on
    // another thread.
    static QVariant sortValue(const ParkRecord &record, int column, bool english);
    // The translated column header.
    static QString columnTitle(int column);
    static bool isNumericColumn(int column);

    // Chinese (false) or English (true) names for provinces and enumerations.
    void setEnglish(bool english);
    bool isEnglish() const { return m_english; }
    // Re-reads translated texts (after a language change).
    void retranslate();

    static QString leadershipText(Leadership v);
    static QString carrierTypeText(CarrierType v);
    static QString confidenceText(Confidence v);
    static QString unknownText() { return FieldRegistry::unknownText(); }

signals:
    // The problems of some records changed (a fix or a new problem).
    void problemsChanged();

private:
    QVariant displayValue(const ParkRecord &r, int column) const;
    QString toolTip(const ParkRecord &r, int column) const;
    // Recomputes the problems of the record at row, and of the records that
    // share an id with it before or after the change.
    void revalidate(int row, const QString &oldId);

    SharedRecords m_records;
    SearchIndex m_searchText; // parallel to m_records
    bool m_searchShown = false;
    // Counted when asked after a change: the status bar asks at every
    // filter change, and counting a million records took 10 ms each time.
    mutable std::optional<int> m_problemRecordCount;
    QList<RecordKey> m_keys; // parallel to m_records
    RecordKey m_nextKey = 1;
    QHash<QString, int> m_idCount;
    bool m_english = false;
};
