#pragma once

#include "report/reportgraphics.h"
#include "reportcontent.h"

#include <QByteArray>
#include <QList>
#include <QPageSize>

#include <functional>

// Renders a report pack's content as one self-contained HTML file or as a
// PDF. The same inputs give the same bytes.
namespace ReportRenderer {

// XHTML-compatible HTML5 (it parses as XML), UTF-8, with the charts and
// maps as inline SVG, a print stylesheet and a layout for phones.
QByteArray html(const ReportContent::Document &document,
                const QList<ReportGraphics::Graphic> &graphics);

// Told the share of the work done, in percent; returns false to stop.
using Progress = std::function<bool(int percent)>;

// A paged PDF: the text laid out by QTextDocument, the charts and maps drawn
// as vectors, a running header, "Page N of M", a table of contents with
// page numbers; the contents' entries and the fact sheets' source numbers
// link to their pages (GoTo actions), web addresses to the web; its text
// copies and searches as drawn (the ideographs, not the CJK radicals the
// font draws alike). Empty when it could not be produced or PROGRESS said
// stop.
// Needs a QGuiApplication (fonts).
QByteArray pdf(const ReportContent::Document &document,
               const QList<ReportGraphics::Graphic> &graphics,
               QPageSize::PageSizeId paper = QPageSize::A4, const Progress &progress = {});

// Replaces the creation date QPdfWriter writes (Qt 6.4 has no way to set
// it) with the one SOURCE_DATE_EPOCH gives, keeping every byte offset, so
// that two runs give identical files; PDF unchanged when it is not set.
QByteArray withFixedDates(QByteArray pdf);

} // namespace ReportRenderer
