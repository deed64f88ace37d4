#include "parkstore.h"

#include "fieldregistry.h"

#include "jsonwriter.h"
#include "parkstorereader.h"
#include "parkvalidator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <future>
#include <system_error>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

const QString ParkStore::FormatName = QStringLiteral("parkexplorer.parks");
const QString ParkStore::EmbeddedPath = QStringLiteral(":/data/parks.json");

namespace {

constexpr qint64 BytesPerMiB = qint64(1024) * 1024;
// From this size on, a store is hashed on a second thread while it is read.
constexpr qint64 ParallelHashSize = BytesPerMiB;

QString tr(const char *text)
{
    return QCoreApplication::translate("ParkStore", text);
}

// Line and column (1-based, columns in characters) of a byte offset.
void lineAndColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column)
{
    // QJsonParseError's offset points just past the offending character.
    offset = std::clamp<qsizetype>(offset - 1, 0, bytes.size());
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = int(QString::fromUtf8(bytes.constData() + lineStart, offset - lineStart).size()) + 1;
}

LoadResult refuse(const QString &file, const QString &message)
{
    LoadResult result;
    result.status = LoadResult::Status::Failed;
    Problem p;
    p.file = file;
    p.message = message;
    result.problems.append(p);
    result.message = p.toString();
    return result;
}

ParkRecord readRecord(const QJsonValue &entry)
{
    ParkRecord record;
    if (!entry.isObject()) {
        record.nonObjectEntry = entry;
        return record;
    }
    const QJsonObject object = entry.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const std::optional<ParkField> field = ParkFields::fromKey(it.key());
        if (!field)
            record.unknownFields.insert(it.key(), it.value());
        else if (!record.setValue(*field, it.value()))
            record.unreadableValues.insert(it.key(), it.value());
    }
    return record;
}

// Writes one field's value as ParkRecord::value() gives it, but typed:
// building a QJsonValue per field costs more than writing it.
void writeValue(JsonWriter &w, const ParkRecord &r, const FieldRegistry::Field &field)
{
    std::visit(
        [&](auto member) {
            using V = std::decay_t<decltype(r.*member)>;
            const V &v = r.*member;
            if constexpr (std::is_same_v<V, QString>) {
                w.stringOrNull(v);
            } else if constexpr (std::is_same_v<V, QStringList>) {
                w.beginArray();
                for (const QString &item : v)
                    w.string(item);
                w.endArray();
            } else if constexpr (std::is_same_v<V, FoundingDate>) {
                if (v.isKnown())
                    w.string(v.toString());
                else
                    w.null();
            } else if constexpr (std::is_enum_v<V>) {
                w.stringOrNull(FieldRegistry::choiceValue(r, field.field));
            } else if constexpr (std::is_same_v<V, std::optional<bool>>) {
                if (v)
                    w.boolean(*v);
                else
                    w.null();
            } else {
                if (v)
                    w.number(double(*v));
                else
                    w.null();
            }
        },
        field.member);
}

void writeRecord(JsonWriter &w, const ParkRecord &r)
{
    if (!r.nonObjectEntry.isUndefined()) {
        w.value(r.nonObjectEntry);
        return;
    }
    w.beginObject();
    for (const FieldRegistry::Field &field : FieldRegistry::fields) {
        const QLatin1StringView key(field.key);
        w.key(key);
        if (!r.unreadableValues.isEmpty()) {
            const auto raw = r.unreadableValues.constFind(key);
            if (raw != r.unreadableValues.constEnd()) {
                w.value(*raw);
                continue;
            }
        }
        writeValue(w, r, field);
    }
    for (auto it = r.unknownFields.constBegin(); it != r.unknownFields.constEnd(); ++it) {
        w.key(it.key());
        w.value(it.value());
    }
    w.endObject();
}

// Makes FILE.bak a second name of the current file instead of a copy:
// the commit then gives FILE a new file and leaves the old one to FILE.bak.
// Copying 100 MB took longer than writing the new version. The link gets a
// temporary name first and is renamed over FILE.bak, so FILE.bak is always
// complete. False where links cannot be made (symbolic links, FAT, other
// systems): the caller copies instead.
bool linkBackup(const QString &path)
{
#ifdef Q_OS_UNIX
    if (QFileInfo(path).isSymLink())
        return false;
    const QByteArray from = QFile::encodeName(path);
    const QByteArray backup = QFile::encodeName(path + QStringLiteral(".bak"));
    const QByteArray link = backup + ".link";
    ::unlink(link.constData()); // left over from a crash, if anything
    if (::link(from.constData(), link.constData()) != 0)
        return false;
    if (::rename(link.constData(), backup.constData()) != 0) {
        ::unlink(link.constData());
        return false;
    }
    return true;
#else
    Q_UNUSED(path);
    return false;
#endif
}

#ifdef Q_OS_UNIX
// Gives the open file FD the owner, group and mode (with setuid, setgid and
// sticky bits) of OLD where it may: as root always; otherwise at least the
// group if the user is in it. The owner first, as chown clears setgid.
void takeOwnership(int fd, const struct stat &old)
{
    if (::fchown(fd, old.st_uid, old.st_gid) != 0) {
        const int ignored = ::fchown(fd, uid_t(-1), old.st_gid);
        Q_UNUSED(ignored);
    }
    ::fchmod(fd, old.st_mode & 07777);
}

// Copies FROM to BACKUP for a file system without hard links or a store
// reached through a symbolic link. Written under a temporary name with the
// store's owner and mode and renamed over BACKUP, so that BACKUP is always
// complete and an old BACKUP that is a symbolic link is replaced, never
// followed. Empty on success, else why not.
QString copyBackup(const QString &from, const struct stat &old, const QString &backup)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    const QByteArray target = QFile::encodeName(backup);
    const QByteArray temporary = target + ".copy";
    ::unlink(temporary.constData()); // left over from a crash, if anything
    const int fd =
        ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    QFile out;
    QString error;
    if (!out.open(fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
        error = out.errorString();
    else if (out.write(in.readAll()) < 0 || !out.flush())
        error = out.errorString();
    else if (in.error() != QFileDevice::NoError)
        error = in.errorString();
    out.close();
    if (error.isEmpty()) {
        takeOwnership(fd, old);
        if (::fsync(fd) != 0)
            error = QString::fromLocal8Bit(std::strerror(errno));
    }
    ::close(fd);
    if (error.isEmpty() && ::rename(temporary.constData(), target.constData()) != 0)
        error = QString::fromLocal8Bit(std::strerror(errno));
    if (!error.isEmpty())
        ::unlink(temporary.constData());
    return error;
}
#endif

} // namespace

LoadResult ParkStore::loadFile(const QString &path, qint64 maxFileSize)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(path, tr("no such file"));
    if (info.isDir())
        return refuse(path, tr("is a folder, not a file"));
    if (info.size() > maxFileSize) {
        return refuse(path, tr("the file is %1 MiB, more than the %2 MiB a park store may have")
                                .arg(double(info.size()) / BytesPerMiB, 0, 'f', 1)
                                .arg(double(maxFileSize) / BytesPerMiB, 0, 'f', 0));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(path, tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return refuse(path, tr("cannot be read: %1").arg(file.errorString()));
    return loadBytes(bytes, path);
}

LoadResult ParkStore::loadBytes(const QByteArray &rawBytes, const QString &fileName)
{
    // Hashing a large store takes about as long as reading it, and nothing
    // read depends on the hash, so it runs beside the reading.
    std::future<QByteArray> contentHash;
    if (rawBytes.size() >= ParallelHashSize) {
        try {
            contentHash = std::async(std::launch::async, [&rawBytes] { return hash(rawBytes); });
        } catch (const std::system_error &) {
            // No thread to be had: hashed below instead.
        }
    }
    const auto finish = [&](LoadResult result) {
        const QByteArray digest = contentHash.valid() ? contentHash.get() : QByteArray();
        if (result.isUsable())
            result.contentHash = digest.isEmpty() ? hash(rawBytes) : digest;
        return result;
    };

    // A UTF-8 byte-order mark is harmless; QJsonDocument does not take it.
    const bool hasBom = rawBytes.startsWith("\xEF\xBB\xBF");
    const QByteArray bytes = hasBom ? rawBytes.mid(3) : rawBytes;

    // The direct reader handles well-formed stores; anything it leaves
    // takes the QJsonDocument path, which also words the errors.
    std::optional<ParkStoreReader::Parsed> direct = ParkStoreReader::read(bytes);
    QJsonObject top;
    QJsonArray parksArray;
    if (direct) {
        top = std::move(direct->top);
    } else {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            LoadResult result = refuse(fileName, error.errorString());
            lineAndColumn(bytes, error.offset, &result.problems[0].line,
                          &result.problems[0].column);
            result.message = result.problems[0].toString();
            return finish(std::move(result));
        }
        if (!json.isObject()) {
            return finish(
                refuse(fileName, tr("not a park store: the top level is not a JSON object")));
        }
        top = json.object();
    }
    const QJsonValue format = top.value(QStringLiteral("format"));
    if (!format.isUndefined() && format.toString() != FormatName) {
        return finish(
            refuse(fileName, tr("not a park store: \"format\" is not \"%1\"").arg(FormatName)));
    }
    if (!direct) {
        const QJsonValue parks = top.value(QStringLiteral("parks"));
        if (!parks.isArray())
            return finish(refuse(fileName, tr("not a park store: no \"parks\" array")));
        parksArray = parks.toArray();
    }

    LoadResult result;
    ParkDocument &doc = result.document;

    const QJsonValue version = top.value(QStringLiteral("version"));
    if (!version.isUndefined()) {
        const double v = version.toDouble(-1);
        if (!version.isDouble() || v < 1 || v != std::floor(v)) {
            return finish(
                refuse(fileName, tr("\"version\" must be a whole number of at least 1 (found %1)")
                                     .arg(QString::fromUtf8(QJsonDocument(QJsonArray{version})
                                                                .toJson(QJsonDocument::Compact)
                                                                .mid(1)
                                                                .chopped(1)))));
        }
        doc.version = int(std::min(v, 1.0e6));
        if (doc.version > ParkDocument::CurrentVersion) {
            result.readOnly = true;
            result.readOnlyReason =
                tr("%1 was written by a newer Park Explorer (format version %2; this version "
                   "reads version %3): it is opened read-only so that nothing this version "
                   "does not understand is lost")
                    .arg(fileName)
                    .arg(doc.version)
                    .arg(ParkDocument::CurrentVersion);
        }
    }
    // Research files written before the format had a name keep their
    // description in "_about".
    const QString aboutKey =
        top.contains(QStringLiteral("about")) ? QStringLiteral("about") : QStringLiteral("_about");
    doc.about = top.value(aboutKey).toObject();
    for (auto it = top.constBegin(); it != top.constEnd(); ++it) {
        static const QStringList known = {QStringLiteral("format"), QStringLiteral("version"),
                                          QStringLiteral("parks")};
        if (!known.contains(it.key()) && it.key() != aboutKey)
            doc.unknownMembers.insert(it.key(), it.value());
    }

    if (direct) {
        doc.parks = std::move(direct->parks);
    } else {
        doc.parks.reserve(parksArray.size());
        for (const QJsonValue &entry : std::as_const(parksArray))
            doc.parks.append(readRecord(entry));
    }
    ParkValidator::validateAll(doc.parks);

    for (int i = 0; i < doc.parks.size(); ++i) {
        const ParkRecord &r = doc.parks.at(i);
        for (const FieldProblem &fp : r.problems) {
            Problem p;
            p.file = fileName;
            p.recordIndex = i;
            p.recordId = ParkValidator::isValidId(r.id) ? r.id : QString();
            p.field = fp.field;
            p.message = fp.message;
            result.problems.append(p);
        }
    }
    result.status =
        result.problems.isEmpty() ? LoadResult::Status::Ok : LoadResult::Status::Warning;
    return finish(std::move(result));
}

QByteArray ParkStore::serialize(const ParkDocument &doc)
{
    JsonWriter w;
    w.beginObject();
    w.key(QStringLiteral("format"));
    w.value(FormatName);
    w.key(QStringLiteral("version"));
    w.value(doc.version);
    w.key(QStringLiteral("about"));
    w.value(doc.about);
    w.key(QStringLiteral("parks"));
    w.beginArray();
    for (const ParkRecord &r : doc.parks)
        writeRecord(w, r);
    w.endArray();
    for (auto it = doc.unknownMembers.constBegin(); it != doc.unknownMembers.constEnd(); ++it) {
        w.key(it.key());
        w.value(it.value());
    }
    w.endObject();
    QByteArray out = w.take();
    out.append('\n');
    return out;
}

SaveResult ParkStore::save(const ParkDocument &document, const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return Result::failure(tr("%1: the embedded dataset cannot be overwritten").arg(path));
    const QByteArray bytes = serialize(document);
    // The caller's record of what is on disk; hashed while the disk works.
    std::future<QByteArray> contentHash;
    try {
        contentHash = std::async(std::launch::async, [&bytes] { return hash(bytes); });
    } catch (const std::system_error &) {
        // No thread to be had: hashed below instead.
    }

    QSaveFile file(path);
    // QSaveFile says "Unknown error" when the disk fills up: the system's
    // own reason ("No space left on device"), taken right after the failed
    // call, is the one worth showing.
    const auto cannotBeWritten = [&](int systemError) {
        const QString reason = systemError != 0 ? QString::fromLocal8Bit(std::strerror(systemError))
                                                : file.errorString();
        return Result::failure(tr("%1: cannot be written: %2").arg(path, reason));
    };
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return cannotBeWritten(errno);
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const Result failure = cannotBeWritten(errno);
        file.cancelWriting();
        return failure;
    }
    // Keep the previous version as FILE.bak, itself written atomically, so
    // that a crash at any moment leaves a complete old file somewhere.
#ifdef Q_OS_UNIX
    // The file QSaveFile replaces (the target, if PATH is a symbolic link).
    // The new file is a new inode: it gets the old one's owner, group and
    // mode before it takes its place.
    struct stat old = {};
    if (::stat(QFile::encodeName(path).constData(), &old) == 0) {
        takeOwnership(file.handle(), old);
        if (!linkBackup(path)) {
            const QString backup = path + QStringLiteral(".bak");
            const QString error = copyBackup(path, old, backup);
            if (!error.isEmpty()) {
                file.cancelWriting();
                return Result::failure(
                    tr("%1: cannot keep the previous version as %2: %3").arg(path, backup, error));
            }
        }
    }
#else
    if (QFileInfo::exists(path) && !linkBackup(path)) {
        QFile old(path);
        QSaveFile backup(path + QStringLiteral(".bak"));
        if (!old.open(QIODevice::ReadOnly) || !backup.open(QIODevice::WriteOnly) ||
            backup.write(old.readAll()) < 0 || !backup.commit()) {
            const QString message =
                tr("%1: cannot keep the previous version as %2: %3")
                    .arg(path, backup.fileName(),
                         old.error() != QFileDevice::NoError ? old.errorString()
                                                             : backup.errorString());
            file.cancelWriting();
            return Result::failure(message);
        }
    }
#endif
    errno = 0;
    if (!file.commit())
        return cannotBeWritten(errno);
    SaveResult result = Result::success();
    result.contentHash = contentHash.valid() ? contentHash.get() : hash(bytes);
    return result;
}

QByteArray ParkStore::hash(const QByteArray &bytes)
{
    // BLAKE2b rather than SHA-256: four times as fast in Qt's portable code,
    // which matters for stores of 100 MB; the hash is never stored.
    return QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256);
}
