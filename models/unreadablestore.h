#pragma once

#include "parkstore.h"
#include "result.h"

#include <QDateTime>
#include <QStringList>

// A park store the app could not read, and what could take its place. The
// file itself is never written, renamed or rotated: the backup is restored
// by copying it to a new name beside the file, and the embedded dataset is
// saved under a new name too.
struct UnreadableStore
{
    QString path;
    // Why the file could not be read, with the place in the file.
    QStringList reasons;

    // FILE.bak, the version before the last save; empty when there is none.
    QString backupPath;
    // Whether the backup can be read; if not, backupReasons say why.
    bool backupReadable = false;
    QStringList backupReasons;
    QDateTime backupModified;
    // The names of the backup's parks, in their order.
    QStringList backupParkNames;
    // Where restoring copies the backup: the first free FILE-restored-N.json.
    QString restoreTarget;

    // What the user is told and offered about PATH, whose loading failed
    // with RESULT.
    static UnreadableStore describe(const QString &path, const LoadResult &result);
    // Copies the backup, byte for byte, to restoreTarget (never replacing a
    // file already there).
    Result restoreBackup() const;
};

// What to do about an unreadable store.
enum class UnreadableStoreChoice
{
    RestoreBackup,     // copy FILE.bak to restoreTarget and open that copy
    StartFromEmbedded, // open the embedded dataset; saving writes a new file
    KeepCurrent,       // keep the document that is open (not offered at start)
};

// The first name "BASE-SUFFIX-N.json" beside PATH that is free (no file and
// no dangling link).
QString freeNameBeside(const QString &path, const QString &suffix);
