#pragma once

#include "parkstore.h"
#include "result.h"

#include <QDateTime>

// Unsaved edits kept on disk while the user works, so that a crash loses at
// most a few seconds. The file is itself a park store (readable by any
// version) with one extra member naming the document it belongs to.
namespace RecoveryFile {

struct Recovered
{
    QString documentPath; // the file the edits belong to (may be the embedded dataset)
    QDateTime savedAt;
    ParkDocument document;
};

// <AppDataLocation>/recovery.json
QString defaultPath();

// On failure, the message names the file and the reason.
Result write(const QString &recoveryPath, const QString &documentPath,
             const ParkDocument &document);
// Fails when there is no recovery file or it cannot be read, with a
// message that names the file and the reason.
ResultOf<Recovered> read(const QString &recoveryPath);
void remove(const QString &recoveryPath);

} // namespace RecoveryFile
