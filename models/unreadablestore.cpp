#include "unreadablestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

QString freeNameBeside(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    for (int n = 1;; ++n) {
        const QString candidate = info.absoluteDir().filePath(
            QStringLiteral("%1-%2-%3.json").arg(info.completeBaseName(), suffix).arg(n));
        if (!QFileInfo::exists(candidate) && !QFileInfo(candidate).isSymLink())
            return candidate;
    }
}

UnreadableStore UnreadableStore::describe(const QString &path, const LoadResult &result)
{
    UnreadableStore store;
    store.path = path;
    for (const Problem &p : result.problems)
        store.reasons << p.toString();
    if (store.reasons.isEmpty() && !result.message.isEmpty())
        store.reasons << result.message;

    const QString backup = path + QStringLiteral(".bak");
    const QFileInfo backupInfo(backup);
    if (!backupInfo.exists())
        return store;
    store.backupPath = backup;
    store.backupModified = backupInfo.lastModified();
    const LoadResult loaded = ParkStore::loadFile(backup);
    store.backupReadable = loaded.isUsable();
    if (store.backupReadable) {
        for (const ParkRecord &park : loaded.document.parks)
            store.backupParkNames << park.displayName(false);
        store.restoreTarget = freeNameBeside(path, QStringLiteral("restored"));
    } else {
        for (const Problem &p : loaded.problems)
            store.backupReasons << p.toString();
        if (store.backupReasons.isEmpty())
            store.backupReasons << loaded.message;
    }
    return store;
}

Result UnreadableStore::restoreBackup() const
{
    const auto fail = [this](const QString &reason) {
        return Result::failure(
            QCoreApplication::translate("UnreadableStore", "Could not copy %1 to %2: %3")
                .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(restoreTarget),
                     reason));
    };
    if (!backupReadable || restoreTarget.isEmpty())
        return fail(QCoreApplication::translate("UnreadableStore", "the backup cannot be read"));
    QFile from(backupPath);
    if (!from.open(QIODevice::ReadOnly))
        return fail(from.errorString());
    const QByteArray bytes = from.readAll();
    // NewOnly: a file that appeared under that name meanwhile is not replaced.
    QFile to(restoreTarget);
    if (!to.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(to.errorString());
    if (to.write(bytes) != bytes.size() || !to.flush()) {
        const QString error = to.errorString();
        to.close();
        to.remove();
        return fail(error);
    }
    to.close();
    return Result::success();
}
