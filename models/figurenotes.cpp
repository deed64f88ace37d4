#include "figurenotes.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString count(double value)
{
    return QLocale().toString(value, 'f', 0);
}

} // namespace

FigureNotes FigureNotes::standard(const Data &data)
{
    FigureNotes notes;
    // How much of the report's census the figure covers: always said, since
    // "28 parks" alone reads as the census.
    const bool everything = data.filter.isEmpty() && data.shown == data.inDataset;
    if (everything && data.reportTotal) {
        notes.coverage = tr("%1 of the %2 parks the report counts (all the dataset holds)")
                             .arg(count(data.inDataset), count(*data.reportTotal));
    } else if (everything) {
        notes.coverage = tr("All %n park(s) in the dataset; the report's total is not given", "",
                            data.inDataset);
    } else {
        const QString shown =
            data.filter.isEmpty()
                ? tr("%n park(s) shown", "", data.shown)
                : tr("%n park(s) shown (filter: %1)", "", data.shown).arg(data.filter);
        const QString held =
            data.reportTotal ? tr("the dataset holds %1 of the %2 parks the report counts")
                                   .arg(count(data.inDataset), count(*data.reportTotal))
                             : tr("the dataset holds %n park(s); the report's total is not given",
                                  "", data.inDataset);
        notes.coverage = tr("%1 · %2").arg(shown, held);
    }

    const QJsonObject report = data.about.value(QStringLiteral("report")).toObject();
    const QString publisher = report.value(QStringLiteral("publisher")).toString();
    const QString title = report.value(QStringLiteral("titleZh")).toString();
    const QString compiled = data.about.value(QStringLiteral("compiled")).toString();
    QStringList parts;
    if (!publisher.isEmpty() || !title.isEmpty()) {
        const QString work = title.isEmpty() ? publisher
                             : publisher.isEmpty()
                                 ? QStringLiteral("《%1》").arg(title)
                                 : QStringLiteral("%1《%2》").arg(publisher, title);
        parts << tr("Report figures: %1").arg(work);
    }
    parts << (compiled.isEmpty()
                  ? tr("parks: public sources named in each record")
                  : tr("parks: public sources named in each record, compiled %1").arg(compiled));
    if (data.map)
        parts << tr("outlines: Apache ECharts 4.9.0 (Apache License 2.0)");
    notes.source = tr("Sources: %1").arg(parts.join(QStringLiteral(" · ")));
    return notes;
}
