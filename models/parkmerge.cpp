#include "parkmerge.h"

#include "fieldregistry.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>
#include <variant>
#include <vector>

QString MergeConflict::parkName(bool english) const
{
    if (english && !parkNameEn.isEmpty())
        return parkNameEn;
    return parkNameZh.isEmpty() ? parkNameEn : parkNameZh;
}

bool MergeConflict::operator==(const MergeConflict &o) const
{
    return kind == o.kind && parkId == o.parkId && parkNameZh == o.parkNameZh &&
           parkNameEn == o.parkNameEn && field == o.field && base == o.base && mine == o.mine &&
           theirs == o.theirs;
}

namespace {

using FieldRegistry::Field;

// A field's value as the file has it: an unreadable value as it was read.
QJsonValue fileValue(const ParkRecord &r, const Field &field)
{
    const auto unreadable = r.unreadableValues.constFind(QLatin1String(field.key));
    return unreadable != r.unreadableValues.constEnd() ? *unreadable : r.value(field.field);
}

// Copies a field, with its unreadable value if it has one.
void copyField(ParkRecord &to, const ParkRecord &from, const Field &field)
{
    std::visit([&](auto member) { to.*member = from.*member; }, field.member);
    const QString key = QString::fromLatin1(field.key);
    const auto unreadable = from.unreadableValues.constFind(key);
    if (unreadable != from.unreadableValues.constEnd())
        to.unreadableValues.insert(key, *unreadable);
    else
        to.unreadableValues.remove(key);
}

template <typename T> bool sameValue(const T &a, const T &b)
{
    return a == b;
}
// QString's == takes a null string for an empty one; the file does not.
template <> bool sameValue(const QString &a, const QString &b)
{
    return a.isNull() == b.isNull() && a == b;
}

// What ParkRecord::operator== says, without making JSON of every field (a
// merge compares every park up to three times).
bool same(const ParkRecord &a, const ParkRecord &b)
{
    for (const Field &f : FieldRegistry::fields) {
        const bool equal =
            std::visit([&](auto member) { return sameValue(a.*member, b.*member); }, f.member);
        if (!equal)
            return false;
    }
    return a.unknownFields == b.unknownFields && a.unreadableValues == b.unreadableValues &&
           a.nonObjectEntry == b.nonObjectEntry;
}

// Everything operator== compares, as bytes: equal records give equal bytes.
QByteArray identity(const ParkRecord &r)
{
    QJsonArray fields;
    for (const Field &f : FieldRegistry::fields)
        fields.append(r.value(f.field));
    const QJsonArray all{fields, r.unknownFields, r.unreadableValues,
                         r.nonObjectEntry.isUndefined() ? QJsonValue(QStringLiteral("object"))
                                                        : QJsonValue(QJsonArray{r.nonObjectEntry})};
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

struct Lists
{
    const QList<ParkRecord> &base;
    const QList<ParkRecord> &theirs;
    const QList<ParkRecord> &mine;
};

// Where a record of the result comes from, for placing it.
struct Placed
{
    std::optional<ParkRecord> record; // nullopt: not in the result
    bool inTheirsSlot = false;        // placed where theirs has it
};

class Merger
{
public:
    explicit Merger(const QList<MergeSide> &choices)
        : m_choices(choices)
    {}

    MergeResult result;

    void mergeObject(const QJsonObject &base, const QJsonObject &theirs, const QJsonObject &mine,
                     const QString &prefix, QJsonObject *out)
    {
        QStringList keys = base.keys() + theirs.keys() + mine.keys();
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        *out = theirs;
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue b = base.value(key);
            const QJsonValue t = theirs.value(key);
            const QJsonValue m = mine.value(key);
            if (t == m || m == b)
                continue;
            QJsonValue chosen = m;
            if (t != b) {
                MergeConflict c;
                c.kind = MergeConflict::Kind::Document;
                c.field = prefix + key;
                c.base = b;
                c.mine = m;
                c.theirs = t;
                if (choose(c) == MergeSide::Theirs)
                    chosen = t;
            }
            if (chosen.isUndefined())
                out->remove(key);
            else
                out->insert(key, chosen);
        }
    }

    void mergeRecords(const Lists &lists);

private:
    MergeSide choose(const MergeConflict &conflict)
    {
        const MergeSide side = m_choices.value(result.conflicts.size(), MergeSide::Mine);
        result.conflicts.append(conflict);
        return side;
    }

    MergeConflict parkConflict(MergeConflict::Kind kind, const QString &id, const ParkRecord *b,
                               const ParkRecord *t, const ParkRecord *m)
    {
        MergeConflict c;
        c.kind = kind;
        c.parkId = id;
        const ParkRecord *named = m ? m : (t ? t : b);
        c.parkNameZh = named->nameZh;
        c.parkNameEn = named->nameEn;
        return c;
    }

    Placed mergeKeyed(const QString &id, const ParkRecord *b, const ParkRecord *t,
                      const ParkRecord *m);
    ParkRecord mergeFields(const QString &id, const ParkRecord &b, const ParkRecord &t,
                           const ParkRecord &m);

    const QList<MergeSide> &m_choices;
};

Placed Merger::mergeKeyed(const QString &id, const ParkRecord *b, const ParkRecord *t,
                          const ParkRecord *m)
{
    const auto theirsSlot = [](const ParkRecord &r) { return Placed{r, true}; };
    const auto mineSlot = [](const ParkRecord &r) { return Placed{r, false}; };
    const auto wholePark = [&]() {
        MergeConflict c = parkConflict(MergeConflict::Kind::Park, id, b, t, m);
        c.base = b ? ParkMerge::toJson(*b) : QJsonValue(QJsonValue::Undefined);
        c.mine = m ? ParkMerge::toJson(*m) : QJsonValue(QJsonValue::Undefined);
        c.theirs = t ? ParkMerge::toJson(*t) : QJsonValue(QJsonValue::Undefined);
        return choose(c);
    };

    if (b && t && m) {
        if (same(*t, *m))
            return theirsSlot(*t);
        if (same(*m, *b)) {
            ++result.takenFromTheirs;
            return theirsSlot(*t);
        }
        if (same(*t, *b)) {
            ++result.keptFromMine;
            return theirsSlot(*m);
        }
        return theirsSlot(mergeFields(id, *b, *t, *m));
    }
    if (b && t) { // mine deleted it
        if (same(*t, *b)) {
            ++result.keptFromMine;
            return Placed{};
        }
        if (wholePark() == MergeSide::Theirs) {
            ++result.takenFromTheirs;
            return theirsSlot(*t);
        }
        ++result.keptFromMine;
        return Placed{};
    }
    if (b && m) { // theirs deleted it
        if (same(*m, *b)) {
            ++result.takenFromTheirs;
            return Placed{};
        }
        if (wholePark() == MergeSide::Theirs) {
            ++result.takenFromTheirs;
            return Placed{};
        }
        ++result.keptFromMine;
        return mineSlot(*m);
    }
    if (b) // deleted on both sides
        return Placed{};
    if (t && m) { // added on both sides
        if (same(*t, *m))
            return theirsSlot(*t);
        if (wholePark() == MergeSide::Theirs) {
            ++result.takenFromTheirs;
            return theirsSlot(*t);
        }
        ++result.keptFromMine;
        return theirsSlot(*m);
    }
    if (t) {
        ++result.takenFromTheirs;
        return theirsSlot(*t);
    }
    ++result.keptFromMine;
    return mineSlot(*m);
}

ParkRecord Merger::mergeFields(const QString &id, const ParkRecord &b, const ParkRecord &t,
                               const ParkRecord &m)
{
    ParkRecord r = t;
    bool fromTheirs = false;
    bool fromMine = false;
    // A conflict in one field (or object), settled by the next choice.
    const auto settle = [&](const QString &key, const QJsonValue &bv, const QJsonValue &tv,
                            const QJsonValue &mv) {
        MergeConflict c = parkConflict(MergeConflict::Kind::Field, id, &b, &t, &m);
        c.field = key;
        c.base = bv;
        c.mine = mv;
        c.theirs = tv;
        const MergeSide side = choose(c);
        (side == MergeSide::Mine ? fromMine : fromTheirs) = true;
        return side;
    };

    // Each side's changes, field by field; derived fields come after.
    bool derivedConflict = false;
    for (const Field &f : FieldRegistry::fields) {
        const QJsonValue bv = fileValue(b, f);
        const QJsonValue tv = fileValue(t, f);
        const QJsonValue mv = fileValue(m, f);
        if (tv == mv)
            continue;
        if (mv == bv) {
            fromTheirs = true;
            continue;
        }
        if (tv == bv) {
            copyField(r, m, f);
            fromMine = true;
            continue;
        }
        if (f.has(FieldRegistry::Derived)) {
            derivedConflict = true;
            continue;
        }
        if (settle(QString::fromLatin1(f.key), bv, tv, mv) == MergeSide::Mine)
            copyField(r, m, f);
    }
    // Members the app does not know, as a whole.
    if (t.unknownFields != m.unknownFields) {
        if (m.unknownFields == b.unknownFields) {
            fromTheirs = true;
        } else if (t.unknownFields == b.unknownFields ||
                   settle(ParkMerge::UnknownFieldsKey, b.unknownFields, t.unknownFields,
                          m.unknownFields) == MergeSide::Mine) {
            r.unknownFields = m.unknownFields;
            fromMine = true;
        }
    }

    // A derived field both sides changed differently follows the merged
    // fields it is derived from.
    if (derivedConflict) {
        for (const Field &f : FieldRegistry::fields) {
            if (!f.has(FieldRegistry::Derived) && fileValue(r, f) != fileValue(b, f))
                FieldRegistry::updateDerived(r, f.field);
        }
    }
    if (fromTheirs)
        ++result.takenFromTheirs;
    if (fromMine)
        ++result.keptFromMine;
    return r;
}

void Merger::mergeRecords(const Lists &lists)
{
    const QList<ParkRecord> *sides[3] = {&lists.base, &lists.theirs, &lists.mine};
    enum
    {
        Base,
        Theirs,
        Mine
    };

    // One entry per id: where each side has it, and how often.
    struct Entry
    {
        int count[3] = {0, 0, 0};
        int position[3] = {-1, -1, -1};
        int out = -1;    // its place in theirs' order, if the result has it there
        Placed mineOnly; // the result's version, if placed by mine's order
        bool keyed() const { return count[0] <= 1 && count[1] <= 1 && count[2] <= 1; }
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(lists.theirs.size() + lists.mine.size()));
    std::vector<int> entryOf[3]; // per record; -1 for an empty id
    {
        QHash<QString, int> index; // id -> entry + 1
        index.reserve(lists.theirs.size() + lists.mine.size());
        for (int s = 0; s < 3; ++s) {
            const QList<ParkRecord> &list = *sides[s];
            entryOf[s].resize(size_t(list.size()), -1);
            for (int i = 0; i < list.size(); ++i) {
                const QString &id = list.at(i).id;
                if (id.isEmpty())
                    continue;
                int &slot = index[id];
                if (slot == 0) {
                    entries.emplace_back();
                    slot = int(entries.size());
                }
                Entry &e = entries[size_t(slot - 1)];
                ++e.count[s];
                e.position[s] = i;
                entryOf[s][size_t(i)] = slot - 1;
            }
        }
    }
    // The entry of a record matched by id, or nullptr.
    const auto keyedEntry = [&](int s, int i) -> Entry * {
        const int e = entryOf[s][size_t(i)];
        return e >= 0 && entries[size_t(e)].keyed() ? &entries[size_t(e)] : nullptr;
    };
    const auto recordOf = [&](const Entry &e, int s) -> const ParkRecord * {
        return e.position[s] >= 0 ? &sides[s]->at(e.position[s]) : nullptr;
    };

    // Records without a usable id, by content: how many of each stay, and
    // how many of those come from theirs' places.
    struct Unkeyed
    {
        int count[3] = {0, 0, 0};
        int result = 0;
        int fromTheirs = 0;
        int fromMine = 0;     // mine's last ones
        QList<int> theirsOut; // their places in the output
    };
    QHash<QByteArray, Unkeyed> unkeyed;
    for (int s = 0; s < 3; ++s) {
        for (int i = 0; i < sides[s]->size(); ++i) {
            if (!keyedEntry(s, i))
                ++unkeyed[identity(sides[s]->at(i))].count[s];
        }
    }
    for (Unkeyed &u : unkeyed) {
        const int nb = u.count[Base];
        const int nt = u.count[Theirs];
        const int nm = u.count[Mine];
        const int deletedT = std::max(0, nb - nt);
        const int deletedM = std::max(0, nb - nm);
        const int addedT = std::max(0, nt - nb);
        const int addedM = std::max(0, nm - nb);
        u.result = std::max(0, nb - std::max(deletedT, deletedM)) + std::max(addedT, addedM);
        u.fromTheirs = std::min(nt, u.result);
        u.fromMine = std::min(nm, u.result - u.fromTheirs);
        result.takenFromTheirs += std::max(0, deletedT - deletedM) + std::max(0, addedT - addedM);
        result.keptFromMine += std::max(0, deletedM - deletedT) + std::max(0, addedM - addedT);
    }

    // Theirs' order first.
    QList<ParkRecord> out;
    out.reserve(lists.theirs.size() + lists.mine.size());
    QHash<QByteArray, int> theirsSeen;
    for (int i = 0; i < lists.theirs.size(); ++i) {
        const ParkRecord &t = lists.theirs.at(i);
        Entry *e = keyedEntry(Theirs, i);
        if (!e) {
            const QByteArray key = identity(t);
            Unkeyed &u = unkeyed[key];
            if (theirsSeen[key]++ < u.fromTheirs) {
                u.theirsOut.append(int(out.size()));
                out.append(t);
            }
            continue;
        }
        Placed placed = mergeKeyed(t.id, recordOf(*e, Base), &t, recordOf(*e, Mine));
        if (placed.record && placed.inTheirsSlot) {
            e->out = int(out.size());
            out.append(std::move(*placed.record));
        }
    }
    // Then the parks theirs does not have, in mine's order (parks only base
    // has were deleted on both sides).
    for (int i = 0; i < lists.mine.size(); ++i) {
        Entry *e = keyedEntry(Mine, i);
        if (e && e->position[Theirs] < 0)
            e->mineOnly =
                mergeKeyed(lists.mine.at(i).id, recordOf(*e, Base), nullptr, &lists.mine.at(i));
    }

    // Mine's own parks go after the nearest park before them in mine that
    // the result has (-1: none, at the end).
    QHash<int, QList<ParkRecord>> after;
    int anchor = -1;
    QHash<QByteArray, int> mineSeen;
    for (int i = 0; i < lists.mine.size(); ++i) {
        const ParkRecord &m = lists.mine.at(i);
        if (const Entry *e = keyedEntry(Mine, i)) {
            if (e->out >= 0)
                anchor = e->out;
            else if (e->mineOnly.record)
                after[anchor].append(*e->mineOnly.record);
            continue;
        }
        const QByteArray key = identity(m);
        const Unkeyed &u = unkeyed[key];
        const int k = mineSeen[key]++;
        if (k < u.theirsOut.size())
            anchor = u.theirsOut.at(k);
        else if (k >= u.count[Mine] - u.fromMine)
            after[anchor].append(m);
    }

    result.records.reserve(out.size() + lists.mine.size());
    for (int i = 0; i < out.size(); ++i) {
        result.records.append(std::move(out[i]));
        const auto extra = after.constFind(i);
        if (extra != after.cend())
            result.records.append(*extra);
    }
    result.records.append(after.value(-1));
}

} // namespace

namespace ParkMerge {

MergeResult merge(const QList<ParkRecord> &base, const QList<ParkRecord> &theirs,
                  const QList<ParkRecord> &mine, const QList<MergeSide> &choices)
{
    Merger merger(choices);
    merger.mergeRecords({base, theirs, mine});
    return std::move(merger.result);
}

MergeResult merge(const ParkDocument &base, const ParkDocument &theirs, const ParkDocument &mine,
                  const QList<MergeSide> &choices)
{
    Merger merger(choices);
    merger.mergeObject(base.about, theirs.about, mine.about, QStringLiteral("about."),
                       &merger.result.about);
    merger.mergeObject(base.unknownMembers, theirs.unknownMembers, mine.unknownMembers, QString(),
                       &merger.result.unknownMembers);
    merger.mergeRecords({base.parks, theirs.parks, mine.parks});
    return std::move(merger.result);
}

QJsonValue toJson(const ParkRecord &record)
{
    if (!record.nonObjectEntry.isUndefined())
        return record.nonObjectEntry;
    QJsonObject object;
    for (const Field &f : FieldRegistry::fields)
        object.insert(QString::fromLatin1(f.key), record.value(f.field));
    for (auto it = record.unreadableValues.begin(); it != record.unreadableValues.end(); ++it)
        object.insert(it.key(), it.value());
    for (auto it = record.unknownFields.begin(); it != record.unknownFields.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace ParkMerge
