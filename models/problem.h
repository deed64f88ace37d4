#pragma once

#include <QList>
#include <QString>

// One problem found while reading a park store. It names its place as
// precisely as it is known: a line and column for syntax errors, a record
// and a field for record problems, the file alone for the document.
struct Problem
{
    QString file;
    int line = 0;         // 1-based; 0 when the problem is not at a text position
    int column = 0;       // 1-based, in characters
    int recordIndex = -1; // 0-based position in "parks"; -1 for the document
    QString recordId;     // the record's id when it has a usable one
    QString field;        // JSON key; empty for the whole record or document
    QString message;

    // "FILE:LINE:COLUMN: message", "FILE: park ID: FIELD: message" or
    // "FILE: message".
    QString toString() const;
    // "park ID" or "park #N" (1-based) when the record has no usable id.
    QString recordLabel() const;

    bool operator==(const Problem &o) const { return toString() == o.toString(); }
};

using ProblemList = QList<Problem>;
