#include "collationkeys.h"

#include <QLocale>

#include <unicode/ucol.h>

namespace {

// As Qt 6.4's qcollator_icu.cpp names the locale to ICU.
QByteArray icuLocaleName(const QLocale &locale)
{
    return locale.bcp47Name().replace(QLatin1Char('-'), QLatin1Char('_')).toLatin1();
}

} // namespace

CollationKeys::CollationKeys(const QCollator &collator)
    : m_caseSensitivity(collator.caseSensitivity())
{
    // QCollator does not ask ICU for the C locale: it compares code units.
    if (collator.locale() == QLocale::c())
        return;
    UErrorCode status = U_ZERO_ERROR;
    m_collator = ucol_open(icuLocaleName(collator.locale()).constData(), &status);
    if (U_FAILURE(status)) {
        if (m_collator)
            ucol_close(m_collator);
        m_collator = nullptr;
        return;
    }
    // The settings QCollator makes, in the same order.
    ucol_setAttribute(m_collator, UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
    ucol_setStrength(m_collator, collator.caseSensitivity() == Qt::CaseSensitive
                                     ? UCOL_DEFAULT_STRENGTH
                                     : UCOL_SECONDARY);
    ucol_setAttribute(m_collator, UCOL_NUMERIC_COLLATION,
                      collator.numericMode() ? UCOL_ON : UCOL_OFF, &status);
    ucol_setAttribute(m_collator, UCOL_ALTERNATE_HANDLING,
                      collator.ignorePunctuation() ? UCOL_SHIFTED : UCOL_NON_IGNORABLE, &status);
    if (U_FAILURE(status)) {
        ucol_close(m_collator);
        m_collator = nullptr;
    }
}

CollationKeys::CollationKeys(const CollationKeys &other)
    : m_caseSensitivity(other.m_caseSensitivity)
{
    // A collator may not be used by two threads at once; a copy has its own.
    if (other.m_collator) {
        UErrorCode status = U_ZERO_ERROR;
        m_collator = ucol_clone(other.m_collator, &status);
        if (U_FAILURE(status)) {
            if (m_collator)
                ucol_close(m_collator);
            m_collator = nullptr;
        }
    }
}

CollationKeys::~CollationKeys()
{
    if (m_collator)
        ucol_close(m_collator);
}

QByteArray CollationKeys::sortKey(const QString &text) const
{
    if (!m_collator) {
        // Big-endian UTF-16 code units compare in code-unit order, as
        // QString::compare() does (case folded when case does not count).
        const QString folded = m_caseSensitivity == Qt::CaseSensitive ? text : text.toCaseFolded();
        QByteArray key(folded.size() * 2, Qt::Uninitialized);
        for (qsizetype i = 0; i < folded.size(); ++i) {
            key[2 * i] = char(folded.at(i).unicode() >> 8);
            key[2 * i + 1] = char(folded.at(i).unicode() & 0xff);
        }
        return key;
    }
    const auto *units = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(text.size());
    QByteArray key(qMax<qsizetype>(64, text.size() * 4), Qt::Uninitialized);
    int32_t needed = ucol_getSortKey(m_collator, units, length,
                                     reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(m_collator, units, length, reinterpret_cast<uint8_t *>(key.data()),
                                 int32_t(key.size()));
    }
    // The key ends with a zero byte, which orders nothing.
    key.truncate(qMax(0, needed - 1));
    return key;
}
