#include "stringblock.h"

#include <utility>

StringBlock::StringBlock(qsizetype units, qsizetype count)
{
    if (units < 0 || count <= 0)
        return;
    // Never empty (an empty QString may be the shared, read-only one).
    m_block = QString(units + count, Qt::Uninitialized);
    // The characters are written through this pointer, never through
    // m_block.data(), which would copy the block once strings share it.
    m_next = const_cast<char16_t *>(reinterpret_cast<const char16_t *>(m_block.constData()));
    m_end = m_next + units + count;
}

QString StringBlock::take(qsizetype length, char16_t **characters)
{
    if (length < 0 || m_end - m_next < length + 1)
        return QString();
    // A copy of the block's own pointer (one more reference to it), narrowed
    // to this string's characters.
    QString::DataPointer part(std::as_const(m_block).data_ptr());
    part.setBegin(m_next);
    part.size = length;
    *characters = m_next;
    m_next[length] = u'\0';
    m_next += length + 1;
    return QString(std::move(part));
}
