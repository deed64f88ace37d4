#pragma once

#include "loadcontrol.h"
#include "parkrecord.h"
#include "preparedrecords.h"
#include "problem.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// What a park store file holds: the records plus everything around them that
// the app does not interpret but must keep (the "about" block with the
// report's figures, members added by newer versions).
struct ParkDocument
{
    static constexpr int CurrentVersion = 1;

    int version = CurrentVersion;
    QJsonObject about;
    QJsonObject unknownMembers;
    QList<ParkRecord> parks;
};

// A refused file has status Failed, its reason in message and (with the
// place in the file) in problems; a file whose records have problems is
// still loaded, with status Warning.
struct LoadResult : Result
{
    LoadResult() { status = Status::Failed; }

    ParkDocument document;
    ProblemList problems;
    // Set when the file was written by a newer version, or has duplicate
    // keys: it may be viewed but saving it would drop what this version does
    // not understand, or one of the duplicates' values.
    bool readOnly = false;
    QString readOnlyReason;
    // ParkStore::hash() of the bytes read, to notice later changes by other
    // programs.
    QByteArray contentHash;
    // The load was cancelled through its LoadControl (or another load
    // replaced it): nothing is wrong with the file.
    bool cancelled = false;
    // Filled when DocumentSession loads on a worker thread: the records
    // made ready for the model there (document.parks is then empty).
    std::optional<PreparedRecords> prepared;
    // How many of the records have each id, counted as they were validated.
    QHash<QString, int> idCount;

    bool isUsable() const { return ok(); }
    static LoadResult cancelledLoad(const QString &path);
};

// On failure, message names the file and the reason.
struct SaveResult : Result
{
    SaveResult() { status = Status::Failed; }
    SaveResult(const Result &result)
        : Result(result)
    {}

    // ParkStore::hash() of the bytes written, when ok().
    QByteArray contentHash;
};

// Reads and writes park store files: {"format": "parkexplorer.parks",
// "version": 1, "about": {...}, "parks": [...]} (docs/file-format.md).
class ParkStore
{
public:
    // The largest store this computer opens: a sixth of its memory (of the
    // memory its control group may use, if less), as a store takes up to
    // about five times its size while open in the window; never under
    // MinMaxFileSize. 4 GiB on a computer with 24 GiB.
    static qint64 maxFileSize();
    // The same for MEMORY bytes of memory.
    static qint64 maxFileSizeFor(qint64 memory);
    static constexpr qint64 MinMaxFileSize = qint64(64) * 1024 * 1024;
    static constexpr int MemoryPerFileByte = 6;
    static const QString FormatName;
    // The dataset compiled into the application.
    static const QString EmbeddedPath;

    // CONTROL, when given, receives the progress and may cancel the load
    // (another thread reads the file, the caller's thread waits).
    // MAXFILESIZE below zero: maxFileSize().
    static LoadResult loadFile(const QString &path, qint64 maxFileSize = -1,
                               LoadControl *control = nullptr);
    // fileName is only used to name the place of problems.
    //
    // REREAD, when given, reads the file's bytes again. BYTES are then the
    // caller's alone and, from RELEASESIZE bytes on, their pages are given
    // back to the system as the records are read, so that a large store is
    // not held twice, as bytes and as records. What needs the bytes after
    // that (an error's line, the QJsonDocument path, duplicate names) reads
    // them again and refuses the file if they are not the bytes first read.
    using Reread = std::function<std::optional<QByteArray>()>;
    static constexpr qsizetype ReleaseSize = qsizetype(64) * 1024 * 1024;
    static LoadResult loadBytes(const QByteArray &bytes, const QString &fileName,
                                LoadControl *control = nullptr, const Reread &reread = {},
                                qsizetype releaseSize = ReleaseSize);

    // The bytes save() writes: UTF-8, two-space indent, fields in the
    // documented order, unknown members kept.
    static QByteArray serialize(const ParkDocument &document);

    // Writes atomically (QSaveFile): the file is either the old or the new
    // version, never a mix. An existing file is first copied to FILE.bak.
    static SaveResult save(const ParkDocument &document, const QString &path);

    // The fingerprint of BYTES that tells whether a file changed
    // (ContentHash::of).
    static QByteArray hash(const QByteArray &bytes);
};
