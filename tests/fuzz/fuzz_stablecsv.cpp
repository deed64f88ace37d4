// libFuzzer target over reading the stable CSV form: StableCsv::read() and
// StableCsv::plan() must never crash, hang or leak, whatever the bytes. On
// top of that it checks what must hold for every input:
// - a refused file has a reason and nothing else: no rows, no refusals;
// - every row has an id, every id once, every refusal a line;
// - the records an import would add, written and read back, are all
//   unchanged: nothing is lost or altered by a round trip through CSV.

#include "stablecsv.h"

#include <QSet>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_stablecsv: %s\n", what);
    std::abort();
}

void checkRead(const StableCsv::ReadResult &read)
{
    if (!read.ok()) {
        if (!read.rows.isEmpty() || !read.refused.isEmpty())
            fail("a refused file has rows");
        return;
    }
    QSet<QString> ids;
    for (const StableCsv::Row &row : read.rows) {
        if (row.id.isEmpty())
            fail("a row without an id was read");
        if (ids.contains(row.id))
            fail("an id was read twice");
        ids.insert(row.id);
        if (row.line < 2)
            fail("a row before the header");
    }
    for (const StableCsv::Refusal &r : read.refused) {
        if (r.line < 2 || r.message.isEmpty())
            fail("a refusal without a line or a reason");
    }
}

void checkRoundTrip(const QList<ParkRecord> &added)
{
    const QByteArray csv = StableCsv::write(added);
    const StableCsv::ReadResult again = StableCsv::read(csv, QStringLiteral("again.csv"));
    if (!again.ok() || !again.refused.isEmpty())
        fail("written records do not read back");
    if (again.rows.size() != added.size())
        fail("written records read back as another number of rows");
    const StableCsv::Plan plan = StableCsv::plan(added, again);
    if (plan.unchanged != added.size() || !plan.updated.isEmpty() || !plan.added.isEmpty() ||
        !plan.refused.isEmpty())
        fail("written records, read back, would change");
    if (StableCsv::write(added) != csv)
        fail("writing is not deterministic");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const StableCsv::ReadResult read = StableCsv::read(bytes, QStringLiteral("fuzz.csv"));
    checkRead(read);
    const StableCsv::Plan plan = StableCsv::plan({}, read);
    if (!plan.added.isEmpty())
        checkRoundTrip(plan.added);
    return 0;
}
