#pragma once

#include <QByteArray>

#include <vector>

// Changes to a PDF as QPdfWriter writes it (one cross-reference table, the
// objects themselves uncompressed), for what Qt 6.4 writes wrong.
namespace PdfPostProcess {

// LENGTH bytes at AT of the file, replaced with TEXT.
struct Edit
{
    qsizetype at = 0;
    qsizetype length = 0;
    QByteArray text;
};

// PDF with EDITS applied (in the order of AT, none overlapping another, all
// before the cross-reference table), the table's offsets and startxref
// moved by what the edits before them added. PDF unchanged when there is
// nothing to edit or no table it can read.
QByteArray withEdits(const QByteArray &pdf, const std::vector<Edit> &edits);

} // namespace PdfPostProcess
