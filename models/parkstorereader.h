#pragma once

#include "loadcontrol.h"
#include "parkrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <atomic>
#include <optional>

// Reads a park store straight from its bytes into records, without building
// a QJsonDocument of the records first. A store of 100,000 parks takes well
// over a second and several hundred megabytes more through QJsonDocument,
// because every value is copied into the document and then copied again into
// its record.
//
// It reads exactly what ParkStore's QJsonDocument path reads, value for
// value. To make that easy to trust it handles only strict JSON (RFC 8259)
// of the usual shape, and gives up (nullopt) on anything where its reading
// could differ from QJsonDocument's: syntax errors, duplicate keys, numbers
// that overflow or underflow, lone surrogates, noncharacters, a "parks"
// member that is missing or not an array. The caller then takes the
// QJsonDocument path. Every input has passed check() (below) by then, so
// QJsonDocument, lenient on its own, only ever reads strict JSON; check()
// words the syntax errors. Values the app does not
// interpret (unknown members and fields, values of the wrong type) are
// handed to QJsonDocument one by one, so they are kept exactly as it keeps
// them.
namespace ParkStoreReader {

struct Parsed
{
    // The top-level members other than "parks".
    QJsonObject top;
    // As ParkStore reads each entry: typed fields set, unknown fields and
    // unreadable values kept; not yet validated.
    QList<ParkRecord> parks;
};

// CONTROL, when given, follows the records read (LoadStage::Checked to
// Parsed, by bytes) and stops the reading (nullopt) once cancelled.
std::optional<Parsed> read(const QByteArray &json, LoadControl *control = nullptr);

// The limits a store is checked against before anything is built from it
// (docs/file-format.md, "Limits"). They keep the memory a store takes to a
// small multiple of its size: an empty record is three bytes in the file
// but a whole ParkRecord in memory.
struct Limits
{
    static constexpr qsizetype FreeRecords = 10000;
    static constexpr qsizetype BytesPerRecord = 512;
    static constexpr int MaxDepth = 1000;

    // FreeRecords, plus one per BytesPerRecord bytes of the file.
    static qsizetype maxRecords(qsizetype fileSize)
    {
        return FreeRecords + fileSize / BytesPerRecord;
    }
};

// Two members of one object with the same name. Offsets are byte offsets
// of the names' opening quotes.
struct Duplicate
{
    QString key;
    qsizetype first = 0;
    qsizetype second = 0;
    // The entry of "parks" it is in, or -1 outside the records.
    int record = -1;
    // The record's member it is in (the key itself for a duplicate field of
    // the record).
    QString field;
};

// What the strict check of a document found.
struct Check
{
    // Empty when the document is strict JSON (RFC 8259) within the limits;
    // else why not, at byte offset errorOffset.
    QString error;
    qsizetype errorOffset = -1;
    QList<Duplicate> duplicates;
    // Entries of the top-level "parks" array.
    qsizetype records = 0;
    // The top level is an object (a park store has to be one; JSON allows
    // any value there, QJsonDocument an object or an array).
    bool topIsObject = false;
    // The top-level "version" value as written, when there is one.
    QByteArray versionText;

    bool ok() const { return error.isEmpty(); }
};

// Checks that JSON is strict RFC 8259 JSON: no control characters or
// invalid UTF-8 in strings, only the escapes JSON has, numbers as JSON
// writes them, no comments, nothing after the document; nesting at most
// Limits::MaxDepth levels and at most MAXRECORDS entries in "parks". Stops
// at the first error. Duplicate names are reported, not errors. Lone
// surrogates (\ud800) are allowed: JSON's grammar has them, and they are
// kept as they are.
// CONTROL, when given, follows the check (LoadStage::Read to Checked, by
// bytes); once cancelled, the check stops with an error.
Check check(QByteArrayView json, qsizetype maxRecords, LoadControl *control = nullptr);

// The first byte at or after FROM that looks like the start of an entry of
// "parks" (a '{' after "}," and spaces), within a megabyte; -1 if none.
// Only a guess, which may be inside a string: see checkAndRead().
qsizetype entryNear(QByteArrayView json, qsizetype from);

// What checkAndRead() may give back of the document's pages.
struct PageRelease
{
    // How far the document has been hashed: no page is given back beyond
    // it (the fingerprint tells whether bytes read again are the same).
    const std::atomic<qsizetype> *hashed = nullptr;
    // Set once a page has been given back.
    std::atomic<bool> released{false};
};

struct CheckedRead
{
    Check check;
    // read()'s records when the check passed and the top level is an object.
    std::optional<Parsed> parsed;
    // Whether the second thread's check and reading were taken (for tests).
    bool tailChecked = false;
    bool tailRead = false;
};

// From this size on, checkAndRead() splits the records in two.
constexpr qsizetype SplitSize = 1024 * 1024;

// check(), then read() if the check passed and the top level is an object:
// the same results, in about half the time on two cores. The second half
// of the records, from TAILFROM (by default an entry near the middle of a
// document of SplitSize bytes or more; 0 for none), is checked and read on
// a second thread while this one checks and reads up to it. That byte is a
// guess: this thread takes the second's results only if its own check
// arrives there at the start of an entry of the top-level "parks", and
// checks and reads on itself otherwise, so that the results are check()'s
// and read()'s whatever the guess.
//
// With RELEASE, the pages of JSON that have been read are given back to the
// system as the records are read (madvise(MADV_DONTNEED): they then read as
// zeros), so that a large store is not held twice, as bytes and as records.
// JSON must then be the caller's alone, and whatever needs its bytes
// afterwards must read them again when RELEASE->released is set.
CheckedRead checkAndRead(const QByteArray &json, qsizetype maxRecords,
                         LoadControl *control = nullptr, qsizetype tailFrom = -1,
                         PageRelease *release = nullptr);

} // namespace ParkStoreReader
