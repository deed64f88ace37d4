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

// The unified ideograph the CJK radical C (U+2E80-U+2EF3, U+2F00-U+2FD5)
// stands for, as Noto Sans CJK SC draws them; C itself for any other
// character and for the supplement's radicals that the font draws with
// glyphs of their own.
char32_t ideographFor(char32_t c);

// Qt 6.4 writes each font's ToUnicode map from a reverse glyph map that
// keeps, for each glyph, the lowest character the font draws with it; Noto
// Sans CJK draws the radicals with the glyphs of their ideographs, so text
// copied or searched in the PDF has ⽬ (U+2F6C) where 目 (U+76EE) was
// drawn. This writes each ToUnicode map that has radicals anew with their
// ideographs (see ideographFor()), and moves the offsets that follow.
QByteArray withUnifiedIdeographs(const QByteArray &pdf);

} // namespace PdfPostProcess
