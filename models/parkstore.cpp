#include "parkstore.h"

#include "contenthash.h"
#include "fieldregistry.h"
#include "jsonwriter.h"
#include "parkstorereader.h"
#include "parkvalidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <future>
#include <system_error>
#include <variant>

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

// "UTF-16" or "UTF-32" when BYTES look like text in one of them (a
// byte-order mark, or the zero bytes ASCII has there); else empty.
QString wideEncoding(const QByteArray &bytes)
{
    const auto at = [&bytes](qsizetype i) { return static_cast<unsigned char>(bytes.at(i)); };
    const qsizetype n = bytes.size();
    if (n >= 4 && ((at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) ||
                   (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF)))
        return QStringLiteral("UTF-32");
    if (n >= 2 && ((at(0) == 0xFF && at(1) == 0xFE) || (at(0) == 0xFE && at(1) == 0xFF)))
        return QStringLiteral("UTF-16");
    if (n >= 4 && ((at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0) ||
                   (at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0)))
        return QStringLiteral("UTF-32");
    if (n >= 4 && ((at(0) == 0 && at(1) != 0 && at(2) == 0 && at(3) != 0) ||
                   (at(0) != 0 && at(1) == 0 && at(2) != 0 && at(3) == 0)))
        return QStringLiteral("UTF-16");
    return QString();
}

// Duplicate names: a problem each, naming the name and both places; the
// record they are in is flagged and the document opened read-only, as
// QJsonDocument keeps only the last value and saving would drop the other.
void reportDuplicates(const QByteArray &bytes, const QList<ParkStoreReader::Duplicate> &duplicates,
                      const QString &fileName, LoadResult *result)
{
    if (duplicates.isEmpty())
        return;
    // Every place in one pass over the file.
    QList<qsizetype> offsets;
    offsets.reserve(duplicates.size() * 2);
    for (const ParkStoreReader::Duplicate &d : duplicates)
        offsets << d.first << d.second;
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    QHash<qsizetype, QString> places;
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    for (const qsizetype offset : std::as_const(offsets)) {
        for (; i < offset && i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes.at(i));
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((c & 0xC0) != 0x80) {
                column += c >= 0xF0 ? 2 : 1; // in UTF-16 units, as QString counts
            }
        }
        places.insert(offset, QStringLiteral("%1:%2").arg(line).arg(column));
    }

    ParkDocument &doc = result->document;
    for (const ParkStoreReader::Duplicate &d : duplicates) {
        const QString message = QCoreApplication::translate(
                                    "ParkStore", "duplicate key \"%1\" at %2 and %3: only one of "
                                                 "the values can be kept")
                                    .arg(d.key, places.value(d.first), places.value(d.second));
        if (d.record >= 0 && d.record < doc.parks.size()) {
            doc.parks[d.record].problems.append({d.field, message});
        } else {
            Problem p;
            p.file = fileName;
            p.message = message;
            result->problems.append(p);
        }
    }
    if (!result->readOnly) {
        result->readOnly = true;
        result->readOnlyReason =
            QCoreApplication::translate("ParkStore",
                                        "%1 has a duplicate key (\"%2\" at %3 and %4): it is "
                                        "opened read-only, as saving would keep only one of the "
                                        "values")
                .arg(fileName, duplicates.first().key, places.value(duplicates.first().first),
                     places.value(duplicates.first().second));
    }
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

namespace {

QString tooLarge(qint64 size, qint64 maxFileSize)
{
    return QCoreApplication::translate(
               "ParkStore",
               "the file is %1 MiB, more than the %2 MiB a park store may have on this computer "
               "(a sixth of its memory: a store takes up to about five times its size while open)")
        .arg(double(size) / BytesPerMiB, 0, 'f', 1)
        .arg(double(maxFileSize) / BytesPerMiB, 0, 'f', 0);
}

// The memory this process may use: the computer's, or its control group's
// limit (cgroup v2) when lower.
qint64 usableMemory()
{
    qint64 memory = 0;
#ifdef Q_OS_UNIX
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        memory = qint64(pages) * pageSize;
    QFile limit(QStringLiteral("/sys/fs/cgroup/memory.max"));
    if (limit.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const qint64 groupLimit = limit.read(32).trimmed().toLongLong(&ok); // "max": no limit
        if (ok && groupLimit > 0 && (memory == 0 || groupLimit < memory))
            memory = groupLimit;
    }
#endif
    // Unknown: what every computer was allowed before the limit followed
    // the memory.
    return memory > 0 ? memory : qint64(512) * BytesPerMiB * ParkStore::MemoryPerFileByte;
}

} // namespace

LoadResult LoadResult::cancelledLoad(const QString &path)
{
    LoadResult result =
        refuse(path, QCoreApplication::translate("ParkStore", "opening was cancelled"));
    result.cancelled = true;
    return result;
}

qint64 ParkStore::maxFileSizeFor(qint64 memory)
{
    return std::max(MinMaxFileSize, memory / MemoryPerFileByte);
}

qint64 ParkStore::maxFileSize()
{
    static const qint64 size = maxFileSizeFor(usableMemory());
    return size;
}

#ifdef Q_OS_UNIX
namespace {

// A regular file's bytes, read whole, or why they cannot be: not blocking
// (opening a named pipe with no writer would wait for one), only regular
// files, the size they say they have checked before and the size read while
// reading.
std::variant<QByteArray, LoadResult> readRegularFile(const QString &path, qint64 maxFileSize)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return refuse(path, QCoreApplication::translate("ParkStore", "no such file"));
        if (error == ELOOP)
            return refuse(path, QCoreApplication::translate("ParkStore",
                                                            "too many levels of symbolic links"));
        return refuse(path, QCoreApplication::translate("ParkStore", "cannot be read: %1")
                                .arg(QString::fromLocal8Bit(std::strerror(error))));
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return refuse(path, QCoreApplication::translate("ParkStore", "cannot be read: %1")
                                .arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (S_ISDIR(st.st_mode))
        return refuse(path, QCoreApplication::translate("ParkStore", "is a folder, not a file"));
    if (!S_ISREG(st.st_mode)) {
        const QString kind =
            S_ISFIFO(st.st_mode)   ? QCoreApplication::translate("ParkStore", "a pipe (FIFO)")
            : S_ISCHR(st.st_mode)  ? QCoreApplication::translate("ParkStore", "a character device")
            : S_ISBLK(st.st_mode)  ? QCoreApplication::translate("ParkStore", "a block device")
            : S_ISSOCK(st.st_mode) ? QCoreApplication::translate("ParkStore", "a socket")
                                   : QCoreApplication::translate("ParkStore", "a special file");
        return refuse(path, QCoreApplication::translate(
                                "ParkStore",
                                "is %1, not a regular file: park stores are read only from regular "
                                "files")
                                .arg(kind));
    }
    if (st.st_size > maxFileSize)
        return refuse(path, tooLarge(st.st_size, maxFileSize));
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags != -1)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    // One byte more than the size, to notice a file that grows while it
    // is read; it is read up to the limit and no further.
    QByteArray bytes(qsizetype(st.st_size) + 1, Qt::Uninitialized);
    qsizetype got = 0;
    while (true) {
        if (got == bytes.size()) {
            if (got > maxFileSize)
                return refuse(path, tooLarge(got, maxFileSize));
            bytes.resize(std::min<qsizetype>(maxFileSize + 1, got + got / 2 + 65536));
        }
        const ssize_t n = ::read(fd, bytes.data() + got, size_t(bytes.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            return refuse(path, QCoreApplication::translate("ParkStore", "cannot be read: %1")
                                    .arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (n == 0)
            break;
        got += n;
    }
    if (got > maxFileSize)
        return refuse(path, tooLarge(got, maxFileSize));
    bytes.truncate(got);
    return bytes;
}

} // namespace
#endif

LoadResult ParkStore::loadFile(const QString &path, qint64 maxFileSize, LoadControl *control)
{
    if (maxFileSize < 0)
        maxFileSize = ParkStore::maxFileSize();
#ifdef Q_OS_UNIX
    // Only the embedded dataset is read from the resources: any other path,
    // ":x.json" too, names a file.
    if (path != EmbeddedPath) {
        std::variant<QByteArray, LoadResult> read = readRegularFile(path, maxFileSize);
        if (LoadResult *refused = std::get_if<LoadResult>(&read))
            return std::move(*refused);
        const Reread again = [path, maxFileSize]() -> std::optional<QByteArray> {
            std::variant<QByteArray, LoadResult> reread = readRegularFile(path, maxFileSize);
            if (QByteArray *bytes = std::get_if<QByteArray>(&reread))
                return std::move(*bytes);
            return std::nullopt;
        };
        return loadBytes(std::get<QByteArray>(read), path, control, again);
    }
#endif
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(path, tr("no such file"));
    if (info.isDir())
        return refuse(path, tr("is a folder, not a file"));
    if (info.size() > maxFileSize)
        return refuse(path, tooLarge(info.size(), maxFileSize));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(path, tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return refuse(path, tr("cannot be read: %1").arg(file.errorString()));
    return loadBytes(bytes, path, control);
}

LoadResult ParkStore::loadBytes(const QByteArray &rawBytes, const QString &fileName,
                                LoadControl *control, const Reread &reread, qsizetype releaseSize)
{
    // Between steps: false once the load is no longer wanted.
    const auto reached = [control](int stage) {
        if (!control)
            return true;
        control->setProgress(stage);
        return !control->isCancelled();
    };
    if (!reached(LoadStage::Read))
        return LoadResult::cancelledLoad(fileName);
    // Nothing read depends on the hash, so a large store's is made beside
    // the reading, which gives back no page before it is hashed.
    std::atomic<qsizetype> hashed{0};
    std::future<QByteArray> contentHash;
    if (rawBytes.size() >= ParallelHashSize) {
        try {
            contentHash = std::async(std::launch::async, [&rawBytes, &hashed] {
                return ContentHash::of(rawBytes, &hashed);
            });
        } catch (const std::system_error &) {
            // No thread to be had: hashed below instead.
        }
    }
    std::optional<QByteArray> digest;
    const auto fingerprint = [&] {
        if (!digest)
            digest = contentHash.valid() ? contentHash.get() : hash(rawBytes);
        return *digest;
    };
    const auto finish = [&](LoadResult result) {
        const QByteArray theFingerprint = fingerprint(); // the hash's thread ends here
        if (result.isUsable())
            result.contentHash = theFingerprint;
        return result;
    };

    if (const QString encoding = wideEncoding(rawBytes); !encoding.isEmpty()) {
        return finish(refuse(fileName, tr("the file is %1; park stores are UTF-8 (save it as "
                                          "UTF-8 and open it again)")
                                           .arg(encoding)));
    }

    // A UTF-8 byte-order mark is harmless; QJsonDocument does not take it.
    const bool hasBom = rawBytes.startsWith("\xEF\xBB\xBF");
    QByteArray bytes = hasBom ? rawBytes.mid(3) : rawBytes;

    ParkStoreReader::PageRelease release;
    release.hashed = &hashed;
    const bool releases = reread && contentHash.valid() && bytes.size() >= releaseSize;
    // The bytes as first read, for what needs them after the reading: read
    // again if pages were given back, and nothing if they are not the same.
    const auto intact = [&]() -> bool {
        if (!release.released)
            return true;
        release.released = false;
        std::optional<QByteArray> again = reread();
        if (!again || hash(*again) != fingerprint())
            return false;
        bytes = hasBom ? again->mid(3) : *again;
        return true;
    };
    const auto changed = [&] {
        return finish(refuse(fileName, tr("the file changed while it was being read; open it "
                                          "again")));
    };

    // Strict JSON within the limits, checked before anything is built:
    // what passes is read alike by the direct reader and QJsonDocument.
    // The direct reader handles well-formed stores; anything it leaves
    // takes the QJsonDocument path (strict JSON only, as checked; it words
    // the errors of numbers out of range).
    ParkStoreReader::CheckedRead checkedRead =
        ParkStoreReader::checkAndRead(bytes, ParkStoreReader::Limits::maxRecords(rawBytes.size()),
                                      control, -1, releases ? &release : nullptr);
    const ParkStoreReader::Check &check = checkedRead.check;
    if (control && control->isCancelled())
        return finish(LoadResult::cancelledLoad(fileName));
    if (!check.ok()) {
        if (!intact())
            return changed();
        LoadResult result = refuse(fileName, check.error);
        lineAndColumn(bytes, check.errorOffset + 1, &result.problems[0].line,
                      &result.problems[0].column);
        result.message = result.problems[0].toString();
        return finish(std::move(result));
    }
    if (!check.topIsObject)
        return finish(refuse(fileName, tr("not a park store: the top level is not a JSON object")));
    std::optional<ParkStoreReader::Parsed> &direct = checkedRead.parsed;
    QJsonObject top;
    QJsonArray parksArray;
    if (direct) {
        top = std::move(direct->top);
    } else {
        if (!intact())
            return changed();
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
    // As written: 1e308 is not "1000000".
    const QString versionText = QString::fromUtf8(check.versionText).simplified();
    if (!version.isUndefined()) {
        const double v = version.toDouble(-1);
        if (!version.isDouble() || v < 1 || v != std::floor(v)) {
            return finish(
                refuse(fileName, tr("\"version\" must be a whole number of at least 1 (found %1)")
                                     .arg(versionText)));
        }
        doc.version = int(std::min(v, 1.0e6));
        if (doc.version > ParkDocument::CurrentVersion) {
            result.readOnly = true;
            result.readOnlyReason =
                tr("%1 was written by a newer Park Explorer (format version %2; this version "
                   "reads version %3): it is opened read-only so that nothing this version "
                   "does not understand is lost")
                    .arg(fileName)
                    .arg(versionText)
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
    if (!reached(LoadStage::Parsed))
        return finish(LoadResult::cancelledLoad(fileName));
    result.idCount = ParkValidator::validateAll(doc.parks);
    if (!reached(LoadStage::Validated))
        return finish(LoadResult::cancelledLoad(fileName));
    if (!check.duplicates.isEmpty() && !intact())
        return changed();
    reportDuplicates(bytes, check.duplicates, fileName, &result);

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
    return ContentHash::of(bytes);
}
