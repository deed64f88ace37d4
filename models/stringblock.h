#pragma once

#include <QString>

// Hands out strings that share one allocation, each followed by a NUL as
// any QString's characters are. A park read from a store has some ten texts
// of its own (id, names, operator, policy, notes, each source); made as one
// block they cost one allocation instead of ten to read and one free
// instead of ten to let go: at 100,000 parks, a million calls to the
// allocator fewer.
//
// Each string holds a reference to the block, as a copy of a QString holds
// one to its characters: the block lives as long as any of its strings. A
// string changed afterwards is copied out first (the block is shared), so
// its neighbours never see the change; one left alone in the block may grow
// in place, over characters nobody refers to any more.
class StringBlock
{
public:
    // Room for strings of UNITS UTF-16 code units in all, and COUNT of them.
    StringBlock(qsizetype units, qsizetype count);

    // The next string, LENGTH code units long: its characters are to be
    // written to *CHARACTERS before anything reads the string. Returns a
    // null string when the block has no room left for it.
    QString take(qsizetype length, char16_t **characters);

    // Code units still free (the NULs counted).
    qsizetype room() const { return m_end - m_next; }

private:
    QString m_block;
    char16_t *m_next = nullptr;
    char16_t *m_end = nullptr;
};
