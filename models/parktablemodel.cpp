#include "parktablemodel.h"

#include "parkfilter.h"

#include "parkvalidator.h"
#include "provinces.h"

#include <QColor>
#include <QJsonArray>
#include <QLocale>
#include <QTextDocument>

namespace {

const ParkField columnFields[ParkTableModel::ColumnCount] = {
    ParkField::Id,          ParkField::NameZh,     ParkField::NameEn,        ParkField::Province,
    ParkField::City,        ParkField::District,   ParkField::Established,   ParkField::Leadership,
    ParkField::CarrierType, ParkField::AreaKm2,    ParkField::Enterprises,   ParkField::FundCny100m,
    ParkField::Policy,      ParkField::Focus,      ParkField::Operator,      ParkField::Lat,
    ParkField::Lon,         ParkField::Confidence, ParkField::NamedInReport, ParkField::Sources,
    ParkField::Notes,
};

QString formatNumber(double v, int maxDecimals)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString s = locale.toString(v, 'f', maxDecimals);
    // Drop trailing zeros: 41.480 -> 41.48, 2000.000 -> 2000.
    if (s.contains(locale.decimalPoint())) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(locale.decimalPoint()))
            s.chop(locale.decimalPoint().size());
    }
    return s;
}

QStringList problemLines(const ParkRecord &r)
{
    QStringList lines;
    for (const FieldProblem &p : r.problems)
        lines << (p.field.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(p.field, p.message));
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

ParkField ParkTableModel::fieldOf(int column)
{
    return columnFields[column];
}

bool ParkTableModel::isNumericColumn(int column)
{
    return column == AreaColumn || column == EnterprisesColumn || column == FundColumn ||
           column == LatColumn || column == LonColumn;
}

QString ParkTableModel::leadershipText(Leadership v)
{
    switch (v) {
    case Leadership::Government:
        return tr("Government-led");
    case Leadership::Enterprise:
        return tr("Enterprise-led");
    case Leadership::Unknown:
        break;
    }
    return unknownText();
}

QString ParkTableModel::carrierTypeText(CarrierType v)
{
    switch (v) {
    case CarrierType::Park:
        return tr("Park");
    case CarrierType::Base:
        return tr("Base");
    case CarrierType::Incubator:
        return tr("Incubator");
    case CarrierType::Unknown:
        break;
    }
    return unknownText();
}

QString ParkTableModel::confidenceText(Confidence v)
{
    switch (v) {
    case Confidence::StatedInReport:
        return tr("Stated in report");
    case Confidence::Sourced:
        return tr("Sourced");
    case Confidence::Inferred:
        return tr("Inferred");
    case Confidence::Unknown:
        break;
    }
    return unknownText();
}

QVariant ParkTableModel::displayValue(const ParkRecord &r, int column) const
{
    if (!r.unreadableValues.isEmpty()) {
        const auto raw = r.unreadableValues.constFind(ParkFields::key(fieldOf(column)));
        if (raw != r.unreadableValues.constEnd())
            return raw->isString() ? raw->toString() : tr("(unreadable)");
    }
    auto text = [](const QString &s) { return s.isEmpty() ? unknownText() : s; };
    switch (column) {
    case IdColumn:
        return text(r.id);
    case NameZhColumn:
        return text(r.nameZh);
    case NameEnColumn:
        return text(r.nameEn);
    case ProvinceColumn:
        return text(Provinces::displayName(r.province, m_english));
    case CityColumn:
        return text(r.city);
    case DistrictColumn:
        return text(r.district);
    case EstablishedColumn:
        return text(r.established.toString());
    case LeadershipColumn:
        return leadershipText(r.leadership);
    case CarrierTypeColumn:
        return carrierTypeText(r.carrierType);
    case AreaColumn:
        return r.areaKm2 ? formatNumber(*r.areaKm2, 4) : unknownText();
    case EnterprisesColumn:
        return r.enterprises ? QLocale().toString(*r.enterprises) : unknownText();
    case FundColumn:
        return r.fundCny100m ? formatNumber(*r.fundCny100m, 4) : unknownText();
    case PolicyColumn:
        return text(r.policy);
    case FocusColumn:
        return text(r.focus);
    case OperatorColumn:
        return text(r.operatorName);
    case LatColumn:
        return r.lat ? formatNumber(*r.lat, 6) : unknownText();
    case LonColumn:
        return r.lon ? formatNumber(*r.lon, 6) : unknownText();
    case ConfidenceColumn:
        return confidenceText(r.confidence);
    case NamedInReportColumn:
        return r.namedInReport ? (*r.namedInReport ? tr("Yes") : tr("No")) : unknownText();
    case SourcesColumn:
        return r.sources.isEmpty() ? unknownText() : tr("%n source(s)", "", int(r.sources.size()));
    case NotesColumn:
        return text(r.notes);
    default:
        break;
    }
    return QVariant();
}

QVariant ParkTableModel::editValue(const ParkRecord &r, int column) const
{
    const QJsonValue v = r.value(fieldOf(column));
    if (column == SourcesColumn)
        return r.sources;
    if (column == ProvinceColumn)
        return r.province.isNull() ? QVariant() : QVariant(r.province);
    return v.isNull() ? QVariant() : v.toVariant();
}

QVariant ParkTableModel::sortValue(const ParkRecord &r, int column) const
{
    switch (column) {
    case EstablishedColumn:
        return r.established.isKnown() ? QVariant(r.established.sortKey()) : QVariant();
    case LeadershipColumn:
        return r.leadership == Leadership::Unknown ? QVariant() : QVariant(int(r.leadership));
    case CarrierTypeColumn:
        return r.carrierType == CarrierType::Unknown ? QVariant() : QVariant(int(r.carrierType));
    case ConfidenceColumn:
        return r.confidence == Confidence::Unknown ? QVariant() : QVariant(int(r.confidence));
    case AreaColumn:
        return r.areaKm2 ? QVariant(*r.areaKm2) : QVariant();
    case EnterprisesColumn:
        return r.enterprises ? QVariant(double(*r.enterprises)) : QVariant();
    case FundColumn:
        return r.fundCny100m ? QVariant(*r.fundCny100m) : QVariant();
    case LatColumn:
        return r.lat ? QVariant(*r.lat) : QVariant();
    case LonColumn:
        return r.lon ? QVariant(*r.lon) : QVariant();
    case SourcesColumn:
        return r.sources.isEmpty() ? QVariant() : QVariant(int(r.sources.size()));
    case NamedInReportColumn:
        return r.namedInReport ? QVariant(int(*r.namedInReport)) : QVariant();
    case ProvinceColumn: {
        // Provinces sort by name in the UI language.
        const QString name = Provinces::displayName(r.province, m_english);
        return name.isEmpty() ? QVariant() : QVariant(name);
    }
    default: {
        const QJsonValue v = r.value(fieldOf(column));
        return v.isString() && !v.toString().isEmpty() ? QVariant(v.toString()) : QVariant();
    }
    }
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
        return editValue(r, column);
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
        return sortValue(r, column);
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
    switch (section) {
    case IdColumn:
        return tr("ID");
    case NameZhColumn:
        return tr("Chinese name");
    case NameEnColumn:
        return tr("English name");
    case ProvinceColumn:
        return tr("Province");
    case CityColumn:
        return tr("City");
    case DistrictColumn:
        return tr("District");
    case EstablishedColumn:
        return tr("Founded");
    case LeadershipColumn:
        return tr("Leadership");
    case CarrierTypeColumn:
        return tr("Carrier type");
    case AreaColumn:
        return tr("Planned area (km²)");
    case EnterprisesColumn:
        return tr("Enterprises");
    case FundColumn:
        return tr("Fund (亿元)");
    case PolicyColumn:
        return tr("Policies");
    case FocusColumn:
        return tr("Focus");
    case OperatorColumn:
        return tr("Operator");
    case LatColumn:
        return tr("Latitude");
    case LonColumn:
        return tr("Longitude");
    case ConfidenceColumn:
        return tr("Confidence");
    case NamedInReportColumn:
        return tr("Named in report");
    case SourcesColumn:
        return tr("Sources");
    case NotesColumn:
        return tr("Notes");
    default:
        break;
    }
    return QString();
}

Qt::ItemFlags ParkTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() != SourcesColumn && m_records.at(index.row()).nonObjectEntry.isUndefined())
        f |= Qt::ItemIsEditable;
    return f;
}

QJsonValue ParkTableModel::toJson(int column, const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (column == SourcesColumn)
        return QJsonArray::fromStringList(value.toStringList());
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray) {
        const QString s = value.toString().trimmed();
        if (s.isEmpty() || s == unknownText())
            return QJsonValue(QJsonValue::Null);
        if (isNumericColumn(column)) {
            bool ok = false;
            double d = QLocale().toDouble(s, &ok);
            if (!ok)
                d = QLocale::c().toDouble(s, &ok);
            return ok ? QJsonValue(d) : QJsonValue(s);
        }
        if (column == ProvinceColumn) {
            const ProvinceInfo *p = Provinces::find(s);
            return p ? p->fullName : s;
        }
        if (column == LeadershipColumn || column == CarrierTypeColumn ||
            column == ConfidenceColumn) {
            // Accept the translated text as well as the JSON spelling.
            for (int i = 1; i <= 3; ++i) {
                if (column == LeadershipColumn && i <= 2 && s == leadershipText(Leadership(i)))
                    return ParkEnums::toString(Leadership(i));
                if (column == CarrierTypeColumn && s == carrierTypeText(CarrierType(i)))
                    return ParkEnums::toString(CarrierType(i));
                if (column == ConfidenceColumn && s == confidenceText(Confidence(i)))
                    return ParkEnums::toString(Confidence(i));
            }
        }
        if (column == NamedInReportColumn) {
            if (s == tr("Yes") || s == QLatin1String("true"))
                return true;
            if (s == tr("No") || s == QLatin1String("false"))
                return false;
        }
        return s;
    }
    return QJsonValue::fromVariant(value);
}

bool ParkTableModel::recordWithValue(int row, int column, const QVariant &value,
                                     ParkRecord *out) const
{
    if (row < 0 || row >= m_records.size() || column < 0 || column >= ColumnCount)
        return false;
    if (!(flags(index(row, column)) & Qt::ItemIsEditable))
        return false;
    const ParkField field = fieldOf(column);
    const QString key = ParkFields::key(field);

    ParkRecord changed = m_records.at(row);
    if (!changed.setValue(field, toJson(column, value)))
        return false;
    changed.unreadableValues.remove(key);
    if (field == ParkField::Province) {
        const ProvinceInfo *p = Provinces::find(changed.province);
        changed.provinceCode = p ? std::optional<int>(p->code) : std::nullopt;
    }
    // A value is refused if it would give its own field a problem.
    for (const FieldProblem &p : ParkValidator::validate(changed)) {
        if (p.field == key)
            return false;
    }
    if (field == ParkField::Id && changed.id != m_records.at(row).id && m_idCount.value(changed.id))
        return false;
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
    m_records[row] = record;
    m_searchText[row] = ParkFilter::searchText(record);
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

void ParkTableModel::insertRecord(int row, const ParkRecord &record)
{
    row = std::clamp(row, 0, int(m_records.size()));
    beginInsertRows(QModelIndex(), row, row);
    // RECORD may be one of m_records (re-inserting a copy of a row), which
    // the insertion can move: only the inserted copy is used after it.
    m_records.insert(row, record);
    m_searchText.insert(row, ParkFilter::searchText(m_records.at(row)));
    endInsertRows();
    const QList<FieldProblem> before = m_records.at(row).problems;
    revalidate(row, QString());
    if (m_records.at(row).problems != before)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit problemsChanged();
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
        m_searchText.insert(row + i, ParkFilter::searchText(blank));
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
        m_searchText.removeAt(row);
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

void ParkTableModel::setRecords(QList<ParkRecord> records, bool alreadyValidated)
{
    beginResetModel();
    m_records = std::move(records);
    if (!alreadyValidated)
        ParkValidator::validateAll(m_records);
    m_searchText.clear();
    m_searchText.reserve(m_records.size());
    for (const ParkRecord &r : std::as_const(m_records))
        m_searchText.append(ParkFilter::searchText(r));
    rebuildIdIndex();
    endResetModel();
    emit problemsChanged();
}

Aggregations::Records ParkTableModel::recordPointers() const
{
    Aggregations::Records list;
    list.reserve(m_records.size());
    for (const ParkRecord &r : m_records)
        list.append(&r);
    return list;
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
    int n = 0;
    for (const ParkRecord &r : m_records)
        n += r.problems.isEmpty() ? 0 : 1;
    return n;
}

void ParkTableModel::rebuildIdIndex()
{
    m_idCount.clear();
    m_idCount.reserve(m_records.size()); // growing it step by step costs twice as much
    for (const ParkRecord &r : std::as_const(m_records))
        m_idCount[r.id]++;
}

void ParkTableModel::revalidate(int row, const QString &oldId)
{
    ParkRecord &r = m_records[row];
    if (r.id != oldId) {
        if (!oldId.isNull() && --m_idCount[oldId] <= 0)
            m_idCount.remove(oldId);
        m_idCount[r.id]++;
    }
    r.problems = ParkValidator::validate(r);
    if (!r.id.isEmpty() && m_idCount.value(r.id) > 1) {
        const int first = rowOfId(r.id);
        if (first != row)
            r.problems.append({ParkFields::key(ParkField::Id),
                               ParkValidator::duplicateIdMessage(r.id, first + 1, row + 1)});
    }
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
