#pragma once

#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QRectF>

// Diagonal hatching (lower left to upper right) drawn as geometry rather
// than with a pattern brush, which SVG output cannot carry.
namespace Hatching {

// Lines SPACING apart (measured across them), cut to RECT.
QList<QLineF> lines(const QRectF &rect, double spacing);
// The same lines as stripes WIDTH wide, cut to PATH's area.
QPainterPath stripes(const QPainterPath &path, double spacing, double width);
// Both diagonals: a cross-hatch, told apart from the plain one.
QList<QLineF> crossLines(const QRectF &rect, double spacing);
QPainterPath crossStripes(const QPainterPath &path, double spacing, double width);

} // namespace Hatching
