#include "recoveryfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>

namespace RecoveryFile {

namespace {
const QString memberName = QStringLiteral("parkexplorerRecovery");
const QString backupSuffix = QStringLiteral(".bak");

QString tr(const char *text)
{
    return QCoreApplication::translate("RecoveryFile", text);
}
} // namespace

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery.json");
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

} // namespace RecoveryFile
