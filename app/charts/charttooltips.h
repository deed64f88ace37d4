#pragma once

#include <QString>
#include <QStringList>

class QChart;
class QObject;

// Exact values on hover. The chart factory stores the texts on the bar sets,
// line series and pie slices it makes; a view that shows the chart calls
// attach() to show them. Texts are plain and shown as plain text, whatever
// the data in them looks like.
namespace ChartToolTips {

// A QStringList property: one text per category on bar sets, per point on
// line series, and a single text on pie slices.
inline constexpr char Property[] = "parkexplorerToolTips";

void setTexts(QObject *item, const QStringList &texts);
QString text(const QObject *item, int index);

// Shows the texts while the mouse is over a bar, point or slice.
void attach(QChart *chart);

} // namespace ChartToolTips
