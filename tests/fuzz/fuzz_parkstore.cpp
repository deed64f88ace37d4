// libFuzzer target over reading a park store: ParkStore::loadBytes() must
// never crash, hang or leak, whatever the bytes. On top of that it checks
// what must hold for every input:
// - the direct reader (ParkStoreReader) reads exactly what the
//   QJsonDocument path reads, or leaves the input to it;
// - a store that loads saves to bytes that load again to the same bytes
//   (nothing is lost or changed by a save);
// - the table model takes any loaded records.

#include "parkstore.h"
#include "parkstorereader.h"
#include "parktablemodel.h"
#include "referencereader.h"

#include <cstdio>
#include <cstdlib>

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

void checkRoundTrip(const LoadResult &loaded)
{
    const QByteArray saved = ParkStore::serialize(loaded.document);
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
    const LoadResult loaded = ParkStore::loadBytes(bytes, QStringLiteral("fuzz.json"));
    if (!loaded.isUsable())
        return 0;
    checkRoundTrip(loaded);
    checkModel(loaded);
    return 0;
}
