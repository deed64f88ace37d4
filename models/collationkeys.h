#pragma once

#include <QByteArray>
#include <QCollator>
#include <QString>

struct UCollator;

// Binary sort keys for a QCollator's order, as plain bytes: two keys
// compared with memcmp() order their texts exactly as QCollator::compare()
// does. QCollatorSortKey gives the same order but hides its bytes behind
// two pointers, so a sort of 100,000 keys spends its time waiting on memory;
// plain bytes let a sort compare a fixed-size prefix held in one array and
// read the rest only on a tie.
//
// Qt's collation on Debian is ICU's; this opens ICU's collator with the
// settings QCollator gives it (locale, strength from the case sensitivity,
// numeric mode, punctuation), so the two agree (tst_parkfilterproxy checks).
class CollationKeys
{
public:
    explicit CollationKeys(const QCollator &collator);
    ~CollationKeys();
    CollationKeys(const CollationKeys &other);
    CollationKeys &operator=(const CollationKeys &) = delete;

    // False for the C locale, or when ICU could not open the locale's
    // collator; sortKey() then gives the text's UTF-16 code units.
    bool isValid() const { return m_collator != nullptr; }
    QByteArray sortKey(const QString &text) const;

private:
    Qt::CaseSensitivity m_caseSensitivity = Qt::CaseSensitive;
    UCollator *m_collator = nullptr;
};
