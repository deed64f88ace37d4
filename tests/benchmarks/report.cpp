#include "report.h"

#include <QDate>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

void CollectingReporter::ReportRuns(const std::vector<Run> &runs)
{
    for (const Run &run : runs) {
        if (run.run_type != Run::RT_Iteration)
            continue;
        if (run.error_occurred) {
            m_failed = true;
            continue;
        }
        const double seconds =
            run.real_accumulated_time / double(std::max<int64_t>(1, run.iterations));
        m_ms[QString::fromStdString(run.run_name.function_name)].append(seconds * 1000.0);
    }
    ConsoleReporter::ReportRuns(runs);
}

std::optional<double> CollectingReporter::medianMs(const QString &name) const
{
    QList<double> values = m_ms.value(name);
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

namespace Report {

namespace {

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

QString formatMs(double ms)
{
    if (ms < 1.0)
        return QStringLiteral("%1 µs").arg(ms * 1000.0, 0, 'f', ms < 0.01 ? 2 : 1);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 10 ? 2 : (ms < 100 ? 1 : 0));
}

QString formatRatio(double ratio)
{
    return QStringLiteral("%1×").arg(ratio, 0, 'f', 2);
}

QString met(bool ok)
{
    return ok ? QStringLiteral("yes") : QStringLiteral("**no**");
}

QString markdown(const QList<ReportRow> &rows, const QString &command, const QStringList &notes)
{
    QString out;
    out += QStringLiteral("Measured by `%1`. Each figure is the median over the repetitions; "
                          "its baseline is the same work done by plain Qt, measured in the same "
                          "run, and the ratio is figure / baseline.\n\n")
               .arg(command);
    out += QStringLiteral("### Machine\n\n");
    out += QStringLiteral("- CPU: %1\n").arg(cpuModel());
    out += QStringLiteral("- Cores: %1\n").arg(QThread::idealThreadCount());
    out += QStringLiteral("- Qt: %1 (built against %2)\n")
               .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    out += QStringLiteral("- OS: %1, kernel %2\n")
               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion());
    out += QStringLiteral("- Compiler: %1\n").arg(QStringLiteral(__VERSION__));
    out += QStringLiteral("- Date: %1\n\n").arg(QDate::currentDate().toString(Qt::ISODate));

    out += QStringLiteral("### Figures\n\n");
    out += QStringLiteral("| Measure | Records | Figure | Baseline | Ratio | Target | Met |\n");
    out += QStringLiteral("|---|--:|--:|--:|--:|---|---|\n");
    for (const ReportRow &r : rows) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(r.measure, r.records, r.figure, r.baseline, r.ratio, r.target, r.met);
    }
    if (!notes.isEmpty()) {
        out += QStringLiteral("\n### Notes\n\n");
        for (const QString &note : notes)
            out += QStringLiteral("- %1\n").arg(note);
    }
    return out;
}

} // namespace Report
