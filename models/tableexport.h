#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QModelIndex;

// Turns what a table view shows into CSV (for files), TSV and HTML (for the
// clipboard), cell by cell as displayed, with unknown values left empty.
namespace TableExport {

// Text of one cell for export: what the view shows, except that the
// "unknown" dash becomes an empty cell and numbers keep full precision.
QString cellText(const QModelIndex &index);

// RFC 4180 CSV, UTF-8 with a byte-order mark so that spreadsheet programs
// read Chinese text correctly, CRLF line ends, a header row. Cells that a
// spreadsheet would run as a formula (=, +, -, @, tab, CR) get a leading '.
QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns);
// Writes toCsv() to path, replacing the file only when all of it is written;
// false with the reason in error otherwise.
bool writeCsv(const QAbstractItemModel &model, const QList<int> &columns, const QString &path,
              QString *error = nullptr);

// Writes BYTES to PATH the same way (whole or not at all; never over a
// device or FIFO).
bool writeFile(const QByteArray &bytes, const QString &path, QString *error = nullptr);

QString csvField(const QString &text);
QString guardFormula(const QString &text);

// The given cells (any shape; their bounding rows and columns in model
// order) as tab-separated text and as an HTML table.
QString toTsv(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns);
QString toHtml(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns);

} // namespace TableExport
