#pragma once

#include "parkstore.h"
#include "result.h"

#include <QDateTime>
#include <QLockFile>
#include <QStringList>

#include <memory>

// Unsaved edits kept on disk while the user works, so that a crash loses at
// most a few seconds. Each document has its own file in a folder of recovery
// files; the file is itself a park store (readable by any version) with one
// extra member naming the document it belongs to. The instance that has the
// document open holds a lock beside it (FILE.lock), so that no other
// instance writes or removes it.
namespace RecoveryFile {

struct Recovered
{
    QString documentPath; // the file the edits belong to (may be the embedded dataset)
    QDateTime savedAt;
    ParkDocument document;
};

// Discarded edits are deleted when the app starts this long after.
constexpr int DiscardedKeptDays = 7;

// <AppDataLocation>/recovery
QString defaultFolder();
// Where edits the user declined to restore go: FOLDER/discarded.
QString discardedFolder(const QString &folder);
// The one recovery file of earlier versions: recovery.json beside FOLDER.
QString legacyPath(const QString &folder);

// What identifies a document: ParkStore::EmbeddedPath, or the canonical
// path of its file (the absolute path while it does not exist).
QString documentKey(const QString &documentPath);
// Each instance that has a document open keeps its own recovery file for
// it, in a slot: FOLDER/<SHA-1 of the document's key, in hex>.json for the
// first, <SHA-1>-N.json for the Nth after it.
constexpr int MaxSlots = 16;
QString pathFor(const QString &folder, const QString &documentPath, int slot = 0);
// Whether RECOVERYPATH is one of the slots of DOCUMENTPATH's recovery files.
bool isSlotOf(const QString &folder, const QString &documentPath, const QString &recoveryPath);

// On failure, the message names the file and the reason.
Result write(const QString &recoveryPath, const QString &documentPath,
             const ParkDocument &document);
// Fails when there is no recovery file or it cannot be read, with a
// message that names the file and the reason.
ResultOf<Recovered> read(const QString &recoveryPath);
void remove(const QString &recoveryPath);

// Moves a recovery file to discardedFolder(FOLDER), under a name with the
// date and time, and dates it now (the days it is kept start now). Returns
// its new path, or an empty string if it could not be moved.
QString discard(const QString &recoveryPath, const QString &folder);
// Deletes the discarded files last changed more than DiscardedKeptDays
// before NOW; returns how many.
int pruneDiscarded(const QString &folder, const QDateTime &now = QDateTime::currentDateTimeUtc());
// Moves the recovery file of earlier versions, if any, to its document's
// place in FOLDER, so that it is offered with that document. Returns the
// new path, or an empty string if there was none (one that cannot be read,
// or whose document already has edits kept, is discarded instead).
QString migrateLegacy(const QString &folder);
// The document of the newest edits kept in FOLDER that no running instance
// holds, or an empty string. Edits whose document is gone (on a removed
// drive, say) are passed over: they wait for it.
QString newestLeftBehind(const QString &folder);

// The lock that makes a recovery file one instance's own: FILE.lock
QString lockPath(const QString &recoveryPath);
// The lock that makes a recovery file one instance's own.
struct Claim
{
    // Set when this instance now holds the lock.
    std::unique_ptr<QLockFile> lock;
    // Who holds it instead, when another instance does (pid > 0).
    qint64 pid = 0;
    QString hostName;
    QString appName;

    bool heldElsewhere() const { return !lock && pid > 0; }
};
// Tries once, without waiting. A lock left by an instance that is gone
// (its process ended, or the machine restarted) is taken over.
Claim claim(const QString &recoveryPath);

// The recovery file an instance opening DOCUMENTPATH takes: the first slot
// no running instance holds, or a later free one that holds edits left
// behind (those are offered).
struct SlotClaim
{
    QString path;
    // Null when no slot could be locked (path is then the first slot).
    std::unique_ptr<QLockFile> lock;
    // Another instance that has the document open, if any (pid > 0).
    Claim otherHolder;
};
SlotClaim claimSlot(const QString &folder, const QString &documentPath);

// How recovered records differ from the ones on disk, matched by id.
struct Difference
{
    int changed = 0;
    int added = 0;
    int deleted = 0;
    // The parks concerned: changed and added ones (as recovered) in their
    // order, then deleted ones (as on disk).
    QStringList names;

    bool isEmpty() const { return changed == 0 && added == 0 && deleted == 0; }
};
Difference compare(const QList<ParkRecord> &onDisk, const QList<ParkRecord> &recovered,
                   bool english);

} // namespace RecoveryFile
