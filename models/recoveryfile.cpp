#include "recoveryfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>

namespace RecoveryFile {

namespace {
const QString memberName = QStringLiteral("parkexplorerRecovery");
}

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery.json");
}

bool write(const QString &recoveryPath, const QString &documentPath, const ParkDocument &document,
           QString *error)
{
    QDir().mkpath(QFileInfo(recoveryPath).absolutePath());
    ParkDocument copy = document;
    copy.unknownMembers.insert(
        memberName, QJsonObject{{QStringLiteral("documentPath"), documentPath},
                                {QStringLiteral("savedAt"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
    // The recovery file is rewritten often; no .bak of it is wanted.
    QFile::remove(recoveryPath + QStringLiteral(".bak"));
    const SaveResult result = ParkStore::save(copy, recoveryPath);
    QFile::remove(recoveryPath + QStringLiteral(".bak"));
    if (!result.ok && error)
        *error = result.errorMessage;
    return result.ok;
}

std::optional<Recovered> read(const QString &recoveryPath)
{
    if (!QFileInfo::exists(recoveryPath))
        return std::nullopt;
    LoadResult loaded = ParkStore::loadFile(recoveryPath);
    if (!loaded.isUsable())
        return std::nullopt;
    const QJsonObject info = loaded.document.unknownMembers.take(memberName).toObject();
    if (info.isEmpty())
        return std::nullopt;
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
    QFile::remove(recoveryPath + QStringLiteral(".bak"));
}

} // namespace RecoveryFile
