#pragma once

#include "parkrecord.h"
#include "parkstore.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Which side's version a conflict takes.
enum class MergeSide
{
    Mine,
    Theirs
};

// One place where both sides changed the same thing differently.
struct MergeConflict
{
    enum class Kind
    {
        // One field of a park, or its unknown fields as a whole.
        Field,
        // A whole park: deleted on one side and changed on the other, or
        // added on both sides with the same id and different content.
        Park,
        // A member of the document outside "parks": one member of "about",
        // or an unknown top-level member.
        Document,
    };

    Kind kind = Kind::Field;
    QString parkId;     // empty for Document
    QString parkNameZh; // the park's names, from mine where it has the park
    QString parkNameEn;
    // Field: the JSON key, or ParkMerge::UnknownFieldsKey. Park: empty. Document: "about.KEY"
    // for a member of "about", or the top-level member's key.
    QString field;
    // The values on each side. Park: the whole record as a JSON object.
    // Undefined where that side does not have the park (deleted, or not
    // yet added) or the member.
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;

    QString parkName(bool english) const;
    bool operator==(const MergeConflict &o) const;
};

struct MergeResult
{
    QList<ParkRecord> records;
    QJsonObject about;
    QJsonObject unknownMembers;
    // In a fixed order: the same inputs always give the same list, so a
    // choice per conflict can be passed back to merge().
    QList<MergeConflict> conflicts;
    // Parks where the result takes a change (an edit, an addition or a
    // deletion) made by theirs that mine did not also make, or keeps one
    // made by mine. A park with changes from both counts in both.
    int takenFromTheirs = 0;
    int keptFromMine = 0;

    bool hasConflicts() const { return !conflicts.isEmpty(); }
};

// A three-way merge of park lists: BASE is the records as loaded or last
// saved, THEIRS the file as another program left it, MINE the records in
// memory. Pure: no files, no widgets.
//
// Parks are matched by id. Changes to different parks, or to different
// fields of one park, combine; a field changed on both sides to the same
// value is no conflict. Fields are compared one by one through the field
// registry, a value that could not be read as the file has it (it goes
// with its field), and a park's unknown fields as a whole. A derived field (the province code) is
// not a conflict of its own: it follows the field it is derived from. A park deleted on one side
// and changed on the other is a conflict, and so is a park added on both sides under the same id
// with different content.
//
// Records whose id is empty, or appears more than once in any of the three
// lists, cannot be matched by id. They are matched by exact equality
// instead: one that is in all three lists stays, one missing from mine or
// theirs was deleted there, and one that only mine or theirs has was added
// there. A change to such a record so looks like a deletion and an
// addition; when both sides change it differently, both new versions are
// kept. These never conflict.
//
// The result follows theirs' order; each park only mine has goes after the
// nearest park before it in mine that the result has, or at the end when
// there is none.
//
// The members of "about" and the unknown top-level members merge the same
// way, member by member: theirs' version unless only mine changed it.
//
// Each conflict is settled by CHOICES (one entry per conflict, in the order
// of MergeResult::conflicts; missing entries mean Mine). A first call
// without choices lists the conflicts; a second call with the same inputs
// and the user's choices gives the final records.
namespace ParkMerge {

inline const QString UnknownFieldsKey = QStringLiteral("unknownFields");

MergeResult merge(const QList<ParkRecord> &base, const QList<ParkRecord> &theirs,
                  const QList<ParkRecord> &mine, const QList<MergeSide> &choices = {});
// Also merges the "about" members and the unknown top-level members.
MergeResult merge(const ParkDocument &base, const ParkDocument &theirs, const ParkDocument &mine,
                  const QList<MergeSide> &choices = {});

// A record as one JSON object: its fields in the registry's order (an
// unreadable value as it was read), then its unknown fields; a non-object
// entry as it is.
QJsonValue toJson(const ParkRecord &record);

} // namespace ParkMerge
