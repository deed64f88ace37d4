#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <benchmark/benchmark.h>

// Keeps the time of every repetition of every benchmark while the console
// reporter prints them as usual, so that the report can put each figure
// beside its baseline.
class CollectingReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override;

    // Median over the repetitions, in milliseconds; nullopt if the benchmark
    // did not run or failed.
    std::optional<double> medianMs(const QString &name) const;
    bool anyFailed() const { return m_failed; }

private:
    QMap<QString, QList<double>> m_ms;
    bool m_failed = false;
};

// One line of docs/benchmarks.md.
struct ReportRow
{
    QString measure;
    QString records; // how many records it ran on
    QString figure;  // with its unit
    QString baseline;
    QString ratio;
    QString target;
    QString met; // "yes", "**no**", or "—" where there is no target
};

namespace Report {

QString formatMs(double ms);
QString formatRatio(double ratio);
QString met(bool ok);

// The measured part of docs/benchmarks.md: the machine, the table, notes.
QString markdown(const QList<ReportRow> &rows, const QString &command, const QStringList &notes);

} // namespace Report
