#include "recoveryfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QStandardPaths>

namespace RecoveryFile {

namespace {
const QString memberName = QStringLiteral("parkexplorerRecovery");
const QString backupSuffix = QStringLiteral(".bak");
const QString lockSuffix = QStringLiteral(".lock");

QString tr(const char *text)
{
    return QCoreApplication::translate("RecoveryFile", text);
}

// A name in FOLDER not yet taken: BASE-<date and time>[-N].json
QString freeName(const QString &folder, const QString &base)
{
    const QDir dir(folder);
    const QString stamp =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    QString name = dir.filePath(QStringLiteral("%1-%2.json").arg(base, stamp));
    for (int n = 2; QFileInfo::exists(name) || QFileInfo(name).isSymLink(); ++n)
        name = dir.filePath(QStringLiteral("%1-%2-%3.json").arg(base, stamp).arg(n));
    return name;
}

QString nameOf(const ParkRecord &record, bool english)
{
    const QString name = record.displayName(english);
    if (!name.isEmpty())
        return name;
    return record.id.isEmpty() ? tr("(no name)") : record.id;
}
} // namespace

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

QString discardedFolder(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("discarded"));
}

QString legacyPath(const QString &folder)
{
    return QDir::cleanPath(QDir(folder).filePath(QStringLiteral("../recovery.json")));
}

QString documentKey(const QString &documentPath)
{
    if (documentPath == ParkStore::EmbeddedPath)
        return documentPath;
    const QFileInfo info(documentPath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QString pathFor(const QString &folder, const QString &documentPath, int slot)
{
    const QByteArray hash =
        QCryptographicHash::hash(documentKey(documentPath).toUtf8(), QCryptographicHash::Sha1);
    const QString name = QString::fromLatin1(hash.toHex()) +
                         (slot > 0 ? QStringLiteral("-%1").arg(slot) : QString());
    return QDir(folder).filePath(name + QStringLiteral(".json"));
}

bool isSlotOf(const QString &folder, const QString &documentPath, const QString &recoveryPath)
{
    for (int slot = 0; slot < MaxSlots; ++slot) {
        if (pathFor(folder, documentPath, slot) == recoveryPath)
            return true;
    }
    return false;
}

SlotClaim claimSlot(const QString &folder, const QString &documentPath)
{
    SlotClaim result;
    bool resultHasEdits = false;
    for (int slot = 0; slot < MaxSlots; ++slot) {
        const QString path = pathFor(folder, documentPath, slot);
        Claim claimed = claim(path);
        if (claimed.heldElsewhere()) {
            if (result.otherHolder.pid == 0)
                result.otherHolder = std::move(claimed);
            continue;
        }
        const bool hasEdits = QFileInfo::exists(path);
        if (claimed.lock && (!result.lock || (hasEdits && !resultHasEdits))) {
            result.path = path;
            result.lock = std::move(claimed.lock); // the one before is released
            resultHasEdits = hasEdits;
        }
        if (resultHasEdits)
            break;
        // Past a free slot, later ones matter only for edits left behind.
        const QString next = pathFor(folder, documentPath, slot + 1);
        if (result.lock && !QFileInfo::exists(next) && !QFileInfo::exists(lockPath(next)))
            break;
    }
    if (result.path.isEmpty())
        result.path = pathFor(folder, documentPath);
    return result;
}

Result write(const QString &recoveryPath, const QString &documentPath, const ParkDocument &document)
{
    QDir().mkpath(QFileInfo(recoveryPath).absolutePath());
    ParkDocument copy = document;
    copy.unknownMembers.insert(
        memberName, QJsonObject{{QStringLiteral("documentPath"), documentPath},
                                {QStringLiteral("savedAt"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
    // The recovery file is rewritten often; no .bak of it is wanted.
    QFile::remove(recoveryPath + backupSuffix);
    const SaveResult result = ParkStore::save(copy, recoveryPath);
    QFile::remove(recoveryPath + backupSuffix);
    return result;
}

ResultOf<Recovered> read(const QString &recoveryPath)
{
    LoadResult loaded = ParkStore::loadFile(recoveryPath);
    if (!loaded.ok())
        return Result::failure(loaded.message);
    const QJsonObject info = loaded.document.unknownMembers.take(memberName).toObject();
    if (info.isEmpty())
        return Result::failure(tr("%1: not a recovery file").arg(recoveryPath));
    Recovered r;
    r.documentPath = info.value(QStringLiteral("documentPath")).toString();
    r.savedAt =
        QDateTime::fromString(info.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    r.document = loaded.document;
    return r;
}

void remove(const QString &recoveryPath)
{
    QFile::remove(recoveryPath);
    QFile::remove(recoveryPath + backupSuffix);
}

QString discard(const QString &recoveryPath, const QString &folder)
{
    const QString target = discardedFolder(folder);
    if (!QDir().mkpath(target))
        return QString();
    const QString moved = freeName(target, QFileInfo(recoveryPath).completeBaseName());
    if (!QFile::rename(recoveryPath, moved))
        return QString();
    QFile::remove(recoveryPath + backupSuffix);
    // Renaming keeps the time of the last write; the days it is kept count
    // from now.
    QFile file(moved);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return moved;
}

int pruneDiscarded(const QString &folder, const QDateTime &now)
{
    const QDateTime limit = now.addDays(-DiscardedKeptDays);
    int pruned = 0;
    const QFileInfoList files = QDir(discardedFolder(folder)).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files) {
        if (file.lastModified() < limit && QFile::remove(file.filePath()))
            ++pruned;
    }
    return pruned;
}

QString migrateLegacy(const QString &folder)
{
    const QString legacy = legacyPath(folder);
    if (!QFileInfo::exists(legacy))
        return QString();
    const ResultOf<Recovered> recovered = read(legacy);
    if (recovered.ok() && !recovered->documentPath.isEmpty()) {
        const QString target = pathFor(folder, recovered->documentPath);
        const Claim claimed = claim(target);
        // An instance working on that document now: try again next time.
        if (claimed.heldElsewhere())
            return QString();
        if (claimed.lock && !QFileInfo::exists(target) && QFile::rename(legacy, target)) {
            QFile::remove(legacy + backupSuffix);
            return target;
        }
    }
    discard(legacy, folder);
    return QString();
}

QString newestLeftBehind(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        const QString path = dir.filePath(name);
        if (!claim(path).lock)
            continue;
        const ResultOf<Recovered> recovered = read(path);
        // Only a file under its document's name is that document's.
        if (!recovered.ok() || !isSlotOf(folder, recovered->documentPath, path))
            continue;
        const QString &document = recovered->documentPath;
        if (document == ParkStore::EmbeddedPath || QFileInfo::exists(document))
            return document;
    }
    return QString();
}

QString lockPath(const QString &recoveryPath)
{
    return recoveryPath + lockSuffix;
}

Claim claim(const QString &recoveryPath)
{
    Claim claimed;
    QDir().mkpath(QFileInfo(recoveryPath).absolutePath());
    auto lock = std::make_unique<QLockFile>(lockPath(recoveryPath));
    // The lock is held for as long as the document is open, which may be
    // days: its age says nothing. A lock whose process has ended, or whose
    // machine has restarted since, is taken over all the same.
    lock->setStaleLockTime(0);
    // A second try covers a lock released between the two steps.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (lock->tryLock(0)) {
            claimed.lock = std::move(lock);
            return claimed;
        }
        if (lock->error() != QLockFile::LockFailedError)
            return claimed;
        if (lock->getLockInfo(&claimed.pid, &claimed.hostName, &claimed.appName))
            return claimed;
    }
    return claimed;
}

Difference compare(const QList<ParkRecord> &onDisk, const QList<ParkRecord> &recovered,
                   bool english)
{
    // Rows on disk by id, in order; records sharing an id pair up in order.
    QHash<QString, QList<qsizetype>> rowsById;
    for (qsizetype row = 0; row < onDisk.size(); ++row)
        rowsById[onDisk.at(row).id] << row;
    QList<bool> matched(onDisk.size(), false);
    Difference difference;
    for (const ParkRecord &record : recovered) {
        const auto rows = rowsById.find(record.id);
        if (rows == rowsById.end() || rows->isEmpty()) {
            ++difference.added;
            difference.names << nameOf(record, english);
            continue;
        }
        const qsizetype row = rows->takeFirst();
        matched[row] = true;
        if (onDisk.at(row) != record) {
            ++difference.changed;
            difference.names << nameOf(record, english);
        }
    }
    for (qsizetype row = 0; row < onDisk.size(); ++row) {
        if (!matched.at(row)) {
            ++difference.deleted;
            difference.names << nameOf(onDisk.at(row), english);
        }
    }
    return difference;
}

} // namespace RecoveryFile
