#include "safetext.h"

namespace SafeText {

namespace {

bool isNoncharacter(char32_t c)
{
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// Calls F(codePoint, unsafe) for each code point of TEXT; an unpaired
// surrogate comes as itself, unsafe.
template <typename F> void forEachCodePoint(const QString &text, F f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            const char32_t u = QChar::surrogateToUcs4(c, text.at(i + 1));
            f(u, isNoncharacter(u), 2);
            ++i;
        } else if (c.isSurrogate()) {
            f(char32_t(c.unicode()), true, 1);
        } else {
            const char32_t u = c.unicode();
            f(u, isControl(u) || isNoncharacter(u), 1);
        }
    }
}

} // namespace

bool hasUnsafeCharacters(const QString &text, const QString &keep)
{
    bool unsafe = false;
    forEachCodePoint(text, [&unsafe, &keep](char32_t u, bool bad, int) {
        unsafe = unsafe || (bad && !(u < 0x80 && keep.contains(QChar(u))));
    });
    return unsafe;
}

QString escapedForTerminal(const QString &text)
{
    if (!hasUnsafeCharacters(text))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    forEachCodePoint(text, [&out](char32_t u, bool bad, int) {
        if (!bad) {
            out += QString::fromUcs4(&u, 1);
        } else if (u == '\n') {
            out += QStringLiteral("\\n");
        } else if (u == '\r') {
            out += QStringLiteral("\\r");
        } else if (u == '\t') {
            out += QStringLiteral("\\t");
        } else if (u < 0x100) {
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        } else if (u < 0x10000) {
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\U%1").arg(uint(u), 8, 16, QLatin1Char('0'));
        }
    });
    return out;
}

QString withoutControls(const QString &text, const QString &keep)
{
    if (!hasUnsafeCharacters(text, keep))
        return text;
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&out, &keep](char32_t u, bool bad, int) {
        if (bad && !(u < 0x80 && keep.contains(QChar(u))))
            out += QChar(QChar::ReplacementCharacter);
        else
            out += QString::fromUcs4(&u, 1);
    });
    return out;
}

QString elided(const QString &text, int maxChars)
{
    if (maxChars < 1)
        return QString();
    if (text.size() <= maxChars)
        return text; // no more UTF-16 units than allowed, so no more code points
    qsizetype end = 0;
    int count = 0;
    while (end < text.size() && count < maxChars - 1) {
        end += text.at(end).isHighSurrogate() && end + 1 < text.size() &&
                       text.at(end + 1).isLowSurrogate()
                   ? 2
                   : 1;
        ++count;
    }
    // Does the rest still fit as a whole?
    qsizetype rest = end;
    int restCount = count;
    while (rest < text.size() && restCount <= maxChars) {
        rest += text.at(rest).isHighSurrogate() && rest + 1 < text.size() &&
                        text.at(rest + 1).isLowSurrogate()
                    ? 2
                    : 1;
        ++restCount;
    }
    if (rest >= text.size() && restCount <= maxChars)
        return text;
    return text.left(end) + QChar(0x2026);
}

QString label(const QString &text, int maxChars)
{
    return withoutControls(elided(text, maxChars));
}

} // namespace SafeText
