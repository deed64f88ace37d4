#include "parktablemodel.h"

#include "parkfilter.h"

#include "parkvalidator.h"
#include "provinces.h"

#include <QColor>
#include <QJsonArray>
#include <QLocale>
#include <QTextDocument>

namespace {

// "Planned area (km²): must not be negative": the field as the table and
// the form name it, not its JSON key.
QStringList problemLines(const ParkRecord &r)
{
    QStringList lines;
    for (const FieldProblem &p : r.problems) {
        const FieldRegistry::Field *f = FieldRegistry::byKey(p.field);
        lines << (p.field.isEmpty() ? p.message
                                    : QStringLiteral("%1: %2").arg(
                                          f ? FieldRegistry::label(f->field) : p.field, p.message));
    }
    return lines;
}

} // namespace

ParkTableModel::ParkTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ParkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ParkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParkTableModel::sortValue(const ParkRecord &record, int column, bool english)
{
    return FieldRegistry::sortValue(record, fieldOf(column), english);
}

ParkField ParkTableModel::fieldOf(int column)
{
    return FieldRegistry::fieldAtColumn(column);
}

bool ParkTableModel::isNumericColumn(int column)
{
    return column >= 0 && column < ColumnCount &&
           FieldRegistry::field(fieldOf(column)).has(FieldRegistry::Numeric);
}

QString ParkTableModel::leadershipText(Leadership v)
{
    return FieldRegistry::choiceLabel(ParkField::Leadership, int(v) - 1);
}

QString ParkTableModel::carrierTypeText(CarrierType v)
{
    return FieldRegistry::choiceLabel(ParkField::CarrierType, int(v) - 1);
}

QString ParkTableModel::confidenceText(Confidence v)
{
    return FieldRegistry::choiceLabel(ParkField::Confidence, int(v) - 1);
}

QVariant ParkTableModel::displayValue(const ParkRecord &r, int column) const
{
    if (!r.unreadableValues.isEmpty()) {
        const auto raw = r.unreadableValues.constFind(ParkFields::key(fieldOf(column)));
        if (raw != r.unreadableValues.constEnd())
            return raw->isString() ? raw->toString() : tr("(unreadable)");
    }
    return FieldRegistry::displayText(r, fieldOf(column), m_english);
}

QString ParkTableModel::toolTip(const ParkRecord &r, int column) const
{
    QStringList lines;
    if (column == SourcesColumn) {
        lines = r.sources;
    } else {
        const QString shown = displayValue(r, column).toString();
        if (shown.size() > 40 || column == NameZhColumn || column == NameEnColumn)
            lines << shown;
    }
    const QString key = ParkFields::key(fieldOf(column));
    for (const FieldProblem &p : r.problems) {
        if (p.field == key || (column == IdColumn && p.field.isEmpty()))
            lines << tr("Problem: %1").arg(p.message);
    }
    if (column == IdColumn && !r.problems.isEmpty() && lines.isEmpty())
        lines << tr("This record has problems:") << problemLines(r);
    return lines.join(QLatin1Char('\n'));
}

QVariant ParkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ParkRecord &r = m_records.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(r, column);
    case Qt::EditRole:
        return FieldRegistry::editValue(r, fieldOf(column));
    case Qt::ToolTipRole: {
        // Escaped rich text: data never renders as HTML in a tooltip.
        const QString tip = toolTip(r, column);
        return tip.isEmpty() ? QVariant() : QVariant(Qt::convertFromPlainText(tip));
    }
    case Qt::TextAlignmentRole:
        if (isNumericColumn(column))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        const QString key = ParkFields::key(fieldOf(column));
        for (const FieldProblem &p : r.problems) {
            if (p.field == key)
                return QColor(230, 80, 60, 70); // readable on light and dark palettes
        }
        return QVariant();
    }
    case SortRole:
        return sortValue(r, column, m_english);
    case RecordRole:
        return QVariant::fromValue(r);
    case HasProblemsRole:
        return !r.problems.isEmpty();
    case ProblemsRole:
        return problemLines(r);
    case FieldKeyRole:
        return ParkFields::key(fieldOf(column));
    default:
        break;
    }
    return QVariant();
}

QVariant ParkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return QVariant();
    }
    if (section < 0 || section >= ColumnCount)
        return QVariant();
    if (role == FieldKeyRole)
        return ParkFields::key(fieldOf(section));
    if (role == Qt::TextAlignmentRole)
        return isNumericColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    return columnTitle(section);
}

QString ParkTableModel::columnTitle(int section)
{
    if (section < 0 || section >= ColumnCount)
        return QString();
    return FieldRegistry::label(fieldOf(section));
}

Qt::ItemFlags ParkTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const FieldRegistry::Field &field = FieldRegistry::field(fieldOf(index.column()));
    if (field.type != FieldRegistry::ValueType::TextList && !field.has(FieldRegistry::Derived) &&
        m_records.at(index.row()).nonObjectEntry.isUndefined())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ParkTableModel::recordWithValue(int row, int column, const QVariant &value, ParkRecord *out,
                                     QString *why) const
{
    QString scratch;
    QString &reason = why ? *why : scratch;
    reason.clear();
    if (row < 0 || row >= m_records.size() || column < 0 || column >= ColumnCount)
        return false;
    if (!(flags(index(row, column)) & Qt::ItemIsEditable)) {
        reason = m_records.at(row).nonObjectEntry.isUndefined()
                     ? tr("this field cannot be edited in the table")
                     : tr("this entry of the file is not a park record");
        return false;
    }
    const ParkField field = fieldOf(column);
    const QString key = ParkFields::key(field);

    ParkRecord changed = m_records.at(row);
    if (!changed.setValue(field, FieldRegistry::fromUserValue(field, value), &reason))
        return false;
    changed.unreadableValues.remove(key);
    FieldRegistry::updateDerived(changed, field);
    // A value is refused if it would give its own field an error.
    for (const FieldProblem &p : ParkValidator::validate(changed, editContext(row))) {
        if (p.field == key && p.isError()) {
            reason = p.message;
            return false;
        }
    }
    *out = changed;
    return true;
}

bool ParkTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ParkRecord changed;
    if (!recordWithValue(index.row(), index.column(), value, &changed))
        return false;
    if (changed != m_records.at(index.row()))
        setRecord(index.row(), changed);
    return true;
}

ParkValidator::Context ParkTableModel::editContext(int row) const
{
    ParkValidator::Context context;
    const bool inTable = row >= 0 && row < m_records.size();
    context.recordNumber = inTable ? row + 1 : 0;
    const RecordKey key = inTable ? m_keys.at(row) : 0;
    context.ownerOfId = [this, key](const QString &id) {
        if (!m_idCount.contains(id))
            return 0;
        const int self = key ? rowOfKey(key) : -1;
        if (!isIdTaken(id, self))
            return 0;
        for (int i = 0; i < m_records.size(); ++i) {
            if (i != self && m_records.at(i).id == id)
                return i + 1;
        }
        return 0;
    };
    return context;
}

bool ParkTableModel::isIdTaken(const QString &id, int exceptRow) const
{
    const int count = m_idCount.value(id);
    if (count == 0)
        return false;
    return !(count == 1 && exceptRow >= 0 && exceptRow < m_records.size() &&
             m_records.at(exceptRow).id == id);
}

void ParkTableModel::setRecord(int row, const ParkRecord &record)
{
    Q_ASSERT(row >= 0 && row < m_records.size());
    const ParkRecord old = m_records.at(row);
    // RECORD may be the one replaced (revalidating a record in place): from
    // here on it is read from the list.
    m_records.replace(row, record);
    m_problemRecordCount.reset();
    m_searchText.replace(row, ParkFilter::searchText(m_records.at(row)));
    revalidate(row, old.id);

    const ParkRecord &now = m_records.at(row);
    int first = -1;
    int last = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        const QString key = ParkFields::key(fieldOf(c));
        bool problemsDiffer = false;
        for (const FieldProblem &p : old.problems)
            problemsDiffer |= (p.field == key && !now.problems.contains(p));
        for (const FieldProblem &p : now.problems)
            problemsDiffer |= (p.field == key && !old.problems.contains(p));
        if (old.value(fieldOf(c)) != now.value(fieldOf(c)) || problemsDiffer ||
            old.unreadableValues.value(key) != now.unreadableValues.value(key) ||
            (c == IdColumn && old.problems != now.problems)) {
            if (first < 0)
                first = c;
            last = c;
        }
    }
    if (first >= 0)
        emit dataChanged(index(row, first), index(row, last));
    if (old.problems != now.problems)
        emit problemsChanged();
}

int ParkTableModel::rowOfKey(RecordKey key) const
{
    if (key == 0)
        return -1;
    const qsizetype row = m_keys.indexOf(key);
    return row < 0 ? -1 : int(row);
}

ParkTableModel::RecordKey ParkTableModel::insertRecord(int row, const ParkRecord &record,
                                                       RecordKey key)
{
    // A key given back must be one this model handed out and no record
    // holds now (a removed record coming back).
    if (key == 0 || key >= m_nextKey || m_keys.contains(key))
        key = m_nextKey++;
    row = std::clamp(row, 0, int(m_records.size()));
    beginInsertRows(QModelIndex(), row, row);
    // RECORD may be one of m_records (re-inserting a copy of a row), which
    // the insertion can move: only the inserted copy is used after it.
    m_records.insert(row, record);
    m_problemRecordCount.reset();
    m_searchText.insert(row, ParkFilter::searchText(m_records.at(row)));
    m_keys.insert(row, key);
    endInsertRows();
    const QList<FieldProblem> before = m_records.at(row).problems;
    revalidate(row, QString());
    if (m_records.at(row).problems != before)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit problemsChanged();
    return key;
}

bool ParkTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_records.size() || count < 1)
        return false;
    beginInsertRows(QModelIndex(), row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        ParkRecord blank;
        blank.id = uniqueId();
        m_idCount[blank.id]++;
        blank.problems = ParkValidator::validate(blank);
        m_records.insert(row + i, blank);
        m_problemRecordCount.reset();
        m_searchText.insert(row + i, ParkFilter::searchText(blank));
        m_keys.insert(row + i, m_nextKey++);
    }
    endInsertRows();
    emit problemsChanged();
    return true;
}

bool ParkTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_records.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const QString id = m_records.at(row).id;
        ids << id;
        if (--m_idCount[id] <= 0)
            m_idCount.remove(id);
        m_records.removeAt(row);
        m_problemRecordCount.reset();
        m_searchText.removeAt(row);
        m_keys.removeAt(row);
    }
    endRemoveRows();
    // A removed duplicate may have been the reason another record was flagged.
    for (const QString &id : std::as_const(ids)) {
        if (m_idCount.value(id) == 1) {
            const int other = rowOfId(id);
            if (other >= 0)
                setRecord(other, m_records.at(other));
        }
    }
    emit problemsChanged();
    return true;
}

QHash<int, QByteArray> ParkTableModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(SortRole, "sort");
    roles.insert(RecordRole, "record");
    roles.insert(HasProblemsRole, "hasProblems");
    roles.insert(ProblemsRole, "problems");
    roles.insert(FieldKeyRole, "fieldKey");
    return roles;
}

void ParkTableModel::setRecords(QList<ParkRecord> records, bool alreadyValidated,
                                QList<QString> searchText)
{
    if (!alreadyValidated)
        ParkValidator::validateAll(records);
    setRecords(SharedRecords(std::move(records)), std::move(searchText));
}

SharedRecords ParkTableModel::validated(QList<ParkRecord> records)
{
    ParkValidator::validateAll(records);
    return SharedRecords(std::move(records));
}

void ParkTableModel::setRecords(SharedRecords records, QList<QString> searchText)
{
    setRecords(PreparedRecords::make(std::move(records), std::move(searchText)));
}

void ParkTableModel::setRecords(PreparedRecords prepared)
{
    if (prepared.searchText.size() != prepared.records.size())
        prepared.searchText = SearchIndex::of(prepared.records, m_searchShown);
    beginResetModel();
    m_records = std::move(prepared.records);
    m_problemRecordCount.reset();
    m_searchText = std::move(prepared.searchText);
    m_idCount = std::move(prepared.idCount);
    m_keys.clear();
    m_keys.reserve(m_records.size());
    for (qsizetype i = 0; i < m_records.size(); ++i)
        m_keys.append(m_nextKey++);
    endResetModel();
    emit problemsChanged();
}

int ParkTableModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

QString ParkTableModel::uniqueId(const QString &base) const
{
    if (!base.isEmpty() && !m_idCount.contains(base) && base != QLatin1String("park"))
        return base;
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(n);
        if (!m_idCount.contains(candidate))
            return candidate;
    }
}

int ParkTableModel::problemRecordCount() const
{
    if (!m_problemRecordCount) {
        int n = 0;
        for (const ParkRecord &r : m_records)
            n += r.problems.isEmpty() ? 0 : 1;
        m_problemRecordCount = n;
    }
    return *m_problemRecordCount;
}

void ParkTableModel::revalidate(int row, const QString &oldId)
{
    ParkRecord &r = m_records.modify(row);
    m_problemRecordCount.reset();
    if (r.id != oldId) {
        if (!oldId.isNull() && --m_idCount[oldId] <= 0)
            m_idCount.remove(oldId);
        m_idCount[r.id]++;
    }
    // As ParkValidator::validateAll marks duplicates: every record after
    // the first with an id.
    ParkValidator::Context context;
    context.recordNumber = row + 1;
    context.ownerOfId = [this, row](const QString &id) {
        if (m_idCount.value(id) < 2)
            return 0;
        const int first = rowOfId(id);
        return first >= 0 && first < row ? first + 1 : 0;
    };
    r.problems = ParkValidator::validate(r, context);
    // The record that shared the old id may no longer be a duplicate.
    if (r.id != oldId && m_idCount.value(oldId) == 1) {
        const int other = rowOfId(oldId);
        if (other >= 0 && other != row)
            setRecord(other, m_records.at(other));
    }
}

void ParkTableModel::setEnglish(bool english)
{
    if (m_english == english)
        return;
    m_english = english;
    retranslate();
}

void ParkTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1));
}
