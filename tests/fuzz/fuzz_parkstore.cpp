// libFuzzer target over reading a park store: ParkStore::loadBytes() must
// never crash, hang or leak, whatever the bytes. On top of that it checks
// what must hold for every input:
// - the direct reader (ParkStoreReader) reads exactly what the
//   QJsonDocument path reads, or leaves the input to it;
// - a store that loads saves to bytes that load again to the same bytes
//   (nothing is lost or changed by a save);
// - what the strict check accepts, QJsonDocument reads (numbers out of
//   range aside), and a saved store passes the check;
// - the table model takes any loaded records;
// - checking and reading the records in two halves, from a guessed entry,
//   finds what checking and reading them in one pass finds.

#include "parkstore.h"
#include "parkstorereader.h"
#include "parktablemodel.h"
#include "referencereader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>
#include <cstdlib>
#include <limits>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_parkstore: %s\n", what);
    std::abort();
}

void checkDirectReader(const QByteArray &bytes)
{
    const std::optional<ParkStoreReader::Parsed> direct = ParkStoreReader::read(bytes);
    if (!direct)
        return; // left to QJsonDocument
    const std::optional<ReferenceReader::Parsed> reference = ReferenceReader::read(bytes);
    if (!reference)
        fail("the direct reader accepted what QJsonDocument refuses");
    if (direct->top != reference->top)
        fail("the direct reader read other top-level members");
    if (direct->parks.size() != reference->parks.size())
        fail("the direct reader read another number of records");
    for (qsizetype i = 0; i < direct->parks.size(); ++i) {
        if (!ReferenceReader::sameRecord(direct->parks.at(i), reference->parks.at(i)))
            fail("the direct reader read a record differently");
    }
}

// What the strict check accepts QJsonDocument reads too (numbers out of
// range aside: JSON's grammar has them, QJsonDocument refuses them), so
// that the lenient parser never decides what is valid. And a store that
// loads, saved, passes the check again.
void checkStrictness(const QByteArray &bytes)
{
    const QByteArray json = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const ParkStoreReader::Check check =
        ParkStoreReader::check(json, std::numeric_limits<qsizetype>::max());
    if (!check.ok()) {
        if (check.errorOffset < 0 || check.errorOffset > json.size())
            fail("the strict check refused without a place");
        return;
    }
    if (!check.topIsObject && !json.trimmed().startsWith('['))
        return; // a string, number or literal: QJsonDocument takes none
    QJsonParseError error;
    (void)QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError && error.error != QJsonParseError::IllegalNumber)
        fail("the strict check accepted what QJsonDocument refuses");
}

bool sameCheck(const ParkStoreReader::Check &a, const ParkStoreReader::Check &b)
{
    if (a.error != b.error || a.errorOffset != b.errorOffset || a.records != b.records ||
        a.topIsObject != b.topIsObject || a.versionText != b.versionText ||
        a.duplicates.size() != b.duplicates.size())
        return false;
    for (qsizetype i = 0; i < a.duplicates.size(); ++i) {
        const ParkStoreReader::Duplicate &x = a.duplicates.at(i);
        const ParkStoreReader::Duplicate &y = b.duplicates.at(i);
        if (x.key != y.key || x.first != y.first || x.second != y.second || x.record != y.record ||
            x.field != y.field)
            return false;
    }
    return true;
}

void checkHalves(const QByteArray &bytes)
{
    // A small limit, as the app's, so that the limit is met too.
    const qsizetype maxRecords = 3 + bytes.size() / 64;
    const ParkStoreReader::Check whole = ParkStoreReader::check(bytes, maxRecords);
    std::optional<ParkStoreReader::Parsed> read;
    if (whole.ok() && whole.topIsObject)
        read = ParkStoreReader::read(bytes);
    for (qsizetype guess : {qsizetype(1), bytes.size() / 3, bytes.size() / 2}) {
        const qsizetype from = ParkStoreReader::entryNear(bytes, guess);
        if (from <= 0)
            continue;
        const ParkStoreReader::CheckedRead halves =
            ParkStoreReader::checkAndRead(bytes, maxRecords, nullptr, from);
        if (!sameCheck(halves.check, whole))
            fail("the check in two halves found something else");
        if (halves.parsed.has_value() != read.has_value())
            fail("the reading in two halves gave up where one pass did not, or the reverse");
        if (read && (halves.parsed->top != read->top || halves.parsed->parks != read->parks))
            fail("the reading in two halves read something else");
    }
}

void checkRoundTrip(const LoadResult &loaded)
{
    const QByteArray saved = ParkStore::serialize(loaded.document);
    if (!ParkStoreReader::check(saved, std::numeric_limits<qsizetype>::max()).ok())
        fail("a saved store is not strict JSON");
    const LoadResult again = ParkStore::loadBytes(saved, QStringLiteral("saved.json"));
    if (!again.isUsable())
        fail("a saved store does not load");
    if (again.document.parks.size() != loaded.document.parks.size())
        fail("a saved store has another number of records");
    if (ParkStore::serialize(again.document) != saved)
        fail("saving a saved store changes it");
}

void checkModel(const LoadResult &loaded)
{
    ParkTableModel model;
    model.setRecords(loaded.document.parks);
    const int rows = std::min(model.rowCount(), 20);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole),
                             int(ParkTableModel::SortRole)})
                (void)model.data(index, role);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkDirectReader(bytes);
    checkStrictness(bytes);
    checkHalves(bytes);
    const LoadResult loaded = ParkStore::loadBytes(bytes, QStringLiteral("fuzz.json"));
    if (!loaded.isUsable())
        return 0;
    checkRoundTrip(loaded);
    checkModel(loaded);
    return 0;
}
