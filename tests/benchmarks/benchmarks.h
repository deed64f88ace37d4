#pragma once

#include <QString>
#include <QStringList>

// The benchmarks measured with Google Benchmark. Each one that has a target
// is paired with a baseline: the same work done by plain Qt, measured in the
// same run, so that a ratio says how much the app adds and stays meaningful
// on a faster or slower machine.
namespace Benchmarks {

struct Config
{
    // Stores to time loading and saving on, smallest first; the last one is
    // used for everything else (filter, sort, aggregation, map).
    QStringList stores;
    // Where saves go.
    QString workDir;
};

// Loads what the benchmarks share and registers them. Returns false (after
// saying why) if a store cannot be read.
bool registerAll(const Config &config);

// The record count of a store registered above, for names and the report.
int recordCount(const QString &store);

} // namespace Benchmarks
