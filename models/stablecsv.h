#pragma once

#include "parkrecord.h"
#include "parkvalidator.h"
#include "problem.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

// The stable CSV form of a park store: every field under its JSON key, in
// registry order, whatever the interface language or the table's columns
// (docs/file-format.md, "CSV (stable form)"). It is written for
// spreadsheets and read back so that an export, edited in a spreadsheet and
// imported, changes exactly the edited cells.
namespace StableCsv {

// The extra column after the founding date: year, month or day (empty when
// the date is unknown).
QString precisionColumn();

// The header row's names, in order: every registry key, with
// precisionColumn() right after the founding date.
QStringList header();

// The text write() puts in a cell for the record's value of FIELD, before
// quoting and the formula guard: JSON spellings, C-locale numbers (to 15
// significant digits, as many as spreadsheets keep), ISO dates,
// "true"/"false", list items one per line, "" when unknown. Control
// characters other than line breaks and tabs are replaced by U+FFFD.
QString cellText(const ParkRecord &record, ParkField field);
// The same for a value as FieldRegistry::value() gives it.
QString cellText(ParkField field, const QJsonValue &value);

// UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting, the
// header() row, then one row per record (entries of the store that are not
// park records at all are left out). Text cells that a spreadsheet
// would run as a formula (starting with = + - @ tab CR), and text cells
// starting with ', get one leading ' that read() takes off again.
QByteArray write(const QList<ParkRecord> &records);

// Limits on what read() builds from a file, so that hostile input cannot
// exhaust memory (as ParkStoreReader::Limits does for stores).
struct Limits
{
    static constexpr qsizetype FreeRows = 10000;
    static constexpr qsizetype BytesPerRow = 256;
    // The most columns a header may have.
    static constexpr int MaxColumns = 256;
    // How many cells a row may have beyond the header's before the file
    // is taken for something other than this CSV.
    static constexpr int MaxExtraCells = 64;
    // The longest cell, in bytes.
    static constexpr qsizetype MaxCellBytes = 1024 * 1024;

    // FreeRows, plus one per BytesPerRow bytes of the file. Every record of
    // the file counts, blank ones included.
    static qsizetype maxRows(qsizetype fileSize) { return FreeRows + fileSize / BytesPerRow; }
};

// A row that is not imported, and why. COLUMN is the 1-based number of
// the cell in its row (the spreadsheet's column), 0 for the whole row.
struct Refusal
{
    int line = 0; // 1-based line of the file where the row starts
    int column = 0;
    QString id;    // the row's id, when it has one
    QString field; // the column's name; empty for the whole row
    QString message;

    // "line 7, column 12 (enterprises): \"many\" is not a whole number", or
    // "line 7 (enterprisesQualifier): ..." for a field the file has no
    // column of.
    QString toString() const;
};

// One row of the file, read and checked cell by cell.
struct Row
{
    int line = 0;
    QString id;
    // Only the columns the file has; an empty cell is null (unknown).
    // Derived fields are read but never applied.
    QHash<ParkField, QJsonValue> values;
};

struct ReadResult
{
    QString fileName;
    // Why the file as a whole is refused (no rows are read then). They name
    // the file, and the line and column where they are known.
    ProblemList errors;
    // Worth a look, nothing refused: columns the app does not know, derived
    // cells that are not values. Messages start "warning: ".
    ProblemList warnings;
    // The registry fields the header names and their 1-based columns.
    QHash<ParkField, int> columns;
    QList<Row> rows;
    QList<Refusal> refused;

    bool ok() const { return errors.isEmpty(); }
};

// Reads CSV as write() writes it, and as spreadsheets save it again: with
// or without a byte-order mark, CRLF, LF or CR line ends, comma, semicolon
// or tab between cells (taken from the header), dates such as 2018/4/9,
// booleans such as TRUE or 1. The header must name id; columns it lacks are
// left alone on import. FILENAME only names the place of problems.
ReadResult read(const QByteArray &bytes, const QString &fileName);

// A record an import changes.
struct Update
{
    int existingIndex = -1;
    ParkRecord after;
    QList<ParkField> changedFields;
};

// What importing a read file into EXISTING would do.
struct Plan
{
    QList<ParkRecord> added;
    QList<Update> updated;
    int unchanged = 0;
    // The read's refusals, then the rows whose values do not fit their
    // fields or whose records would gain errors.
    QList<Refusal> refused;
    // The read's warnings, validation warnings of the records added or
    // changed, and derived values that disagree with what they follow.
    // Messages start "warning: ".
    ProblemList warnings;
};

// A field of an existing record changes only when the file's cell differs
// from cellText() of its current value, so an export edited in a
// spreadsheet and imported changes exactly the edited cells. Changes start
// from the existing record (unknown JSON members and columns not in the
// file are kept), derived fields follow, and a row is refused when
// validation (with CONTEXT) finds an error the record did not have before.
// New ids become new records, which must pass validation.
Plan plan(const QList<ParkRecord> &existing, const ReadResult &read,
          const ParkValidator::Context &context = ParkValidator::Context());

} // namespace StableCsv
