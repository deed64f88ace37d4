#include "pdfpostprocess.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <utility>

namespace PdfPostProcess {

namespace {

// Where the cross-reference table starts, from "startxref N %%EOF" at the
// end of the file; START and END (when given) are where N is.
qsizetype xrefOffset(const QByteArray &pdf, qsizetype *start = nullptr, qsizetype *end = nullptr)
{
    const qsizetype keyword = pdf.lastIndexOf("startxref");
    if (keyword < 0)
        return -1;
    qsizetype at = keyword + 9;
    while (at < pdf.size() && (pdf.at(at) == '\n' || pdf.at(at) == '\r' || pdf.at(at) == ' '))
        ++at;
    qsizetype after = at;
    while (after < pdf.size() && pdf.at(after) >= '0' && pdf.at(after) <= '9')
        ++after;
    bool ok = false;
    const qsizetype xref = pdf.mid(at, after - at).toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= keyword || !pdf.mid(xref).startsWith("xref"))
        return -1;
    if (start)
        *start = at;
    if (end)
        *end = after;
    return xref;
}

// The offsets of the objects in use, by number, from the table: "xref",
// then sections of "first count" each followed by its entries,
// "oooooooooo ggggg n" (or "f" for a free one).
QHash<qint64, qsizetype> objectOffsets(const QByteArray &pdf)
{
    QHash<qint64, qsizetype> offsets;
    const qsizetype xref = xrefOffset(pdf);
    const qsizetype trailer = xref < 0 ? -1 : pdf.indexOf("trailer", xref);
    if (trailer < 0)
        return offsets;
    const QList<QByteArray> words = pdf.mid(xref + 4, trailer - xref - 4).simplified().split(' ');
    for (qsizetype i = 0; i + 1 < words.size();) {
        const qint64 first = words.at(i).toLongLong();
        const qint64 count = words.at(i + 1).toLongLong();
        i += 2;
        for (qint64 k = 0; k < count && i + 2 < words.size(); ++k, i += 3) {
            if (words.at(i + 2) == "n")
                offsets.insert(first + k, words.at(i).toLongLong());
        }
    }
    return offsets;
}

// The CJK Radicals Supplement's characters that Noto Sans CJK SC (regular
// and bold) draws with an ideograph's glyph, and that ideograph; found by
// comparing the font's glyph indexes. The Kangxi radicals' ideographs are
// their compatibility decompositions, but for ⼾ (U+2F3E), which the font
// draws as the simplified 户 (U+6237), not as 戶 (U+6236).
constexpr std::pair<char32_t, char32_t> Radicals[] = {
    {0x2E82, 0x4E5B},  {0x2E83, 0x4E5A},  {0x2E85, 0x4EBB},  {0x2E87, 0x20628}, {0x2E89, 0x5202},
    {0x2E8B, 0x353E},  {0x2E8D, 0x2D544}, {0x2E8F, 0x5C23},  {0x2E90, 0x5C22},  {0x2E92, 0x5DF3},
    {0x2E93, 0x5E7A},  {0x2E94, 0x5F51},  {0x2E95, 0x5F50},  {0x2E96, 0x5FC4},  {0x2E98, 0x624C},
    {0x2E99, 0x6535},  {0x2E9B, 0x65E1},  {0x2E9E, 0x6B7A},  {0x2E9F, 0x6BCD},  {0x2EA0, 0x6C11},
    {0x2EA1, 0x6C35},  {0x2EA3, 0x706C},  {0x2EA4, 0x722B},  {0x2EA6, 0x4E2C},  {0x2EA8, 0x72AD},
    {0x2EA9, 0x248E9}, {0x2EAD, 0x793B},  {0x2EAE, 0x25AD7}, {0x2EAF, 0x7CF9},  {0x2EB0, 0x7E9F},
    {0x2EB1, 0x7F53},  {0x2EB3, 0x34C1},  {0x2EB9, 0x8002},  {0x2EBA, 0x8080},  {0x2EBD, 0x26951},
    {0x2EBE, 0x8279},  {0x2EBF, 0xFA5E},  {0x2EC0, 0xFA5D},  {0x2EC2, 0x8864},  {0x2EC5, 0x89C1},
    {0x2EC6, 0x89D2},  {0x2EC7, 0x278B2}, {0x2EC8, 0x8BA0},  {0x2EC9, 0x8D1D},  {0x2ECA, 0x27FB7},
    {0x2ECB, 0x8F66},  {0x2ECC, 0x8FB6},  {0x2ED0, 0x9485},  {0x2ED1, 0x9577},  {0x2ED2, 0x9578},
    {0x2ED3, 0x957F},  {0x2ED4, 0x95E8},  {0x2ED5, 0x28E0F}, {0x2ED6, 0x961D},  {0x2ED8, 0x9752},
    {0x2ED9, 0x97E6},  {0x2EDA, 0x9875},  {0x2EDB, 0x98CE},  {0x2EDC, 0x98DE},  {0x2EDD, 0x98DF},
    {0x2EDE, 0x2967F}, {0x2EDF, 0x98E0},  {0x2EE0, 0x9963},  {0x2EE1, 0x29810}, {0x2EE2, 0x9A6C},
    {0x2EE3, 0x9AA8},  {0x2EE4, 0x9B3C},  {0x2EE5, 0x9C7C},  {0x2EE6, 0x9E1F},  {0x2EE7, 0x5364},
    {0x2EE8, 0x9EA6},  {0x2EE9, 0x9EC4},  {0x2EEA, 0x9EFE},  {0x2EEB, 0x6589},  {0x2EEC, 0x9F50},
    {0x2EEE, 0x9F7F},  {0x2EEF, 0x7ADC},  {0x2EF0, 0x9F99},  {0x2EF1, 0x9F9C},  {0x2EF2, 0x4E80},
    {0x2EF3, 0x9F9F},  {0x2F3E, 0x6237},
};

// TEXT with each radical replaced by its ideograph.
QString unified(const QString &text)
{
    QString out;
    for (const char32_t c : text.toUcs4()) {
        const char32_t u = ideographFor(c);
        out += QString::fromUcs4(&u, 1);
    }
    return out;
}

QByteArray hex(const QString &text)
{
    QByteArray out;
    for (const QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

// A ToUnicode CMap with the radicals its bfchar and bfrange sections map to
// replaced, those sections written anew as ranges of arrays ("<0100> <0102>
// [<76EE> <5F55> <0020>]"); nothing when it has no radical or is not
// written as QPdfEngine writes it (two-byte codes, UTF-16 targets).
std::optional<QByteArray> unifiedCMap(const QByteArray &cmap)
{
    static const QRegularExpression section(
        QStringLiteral("\\d+\\s+beginbf(char|range)\\b(.*?)\\bendbf\\1\\b"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]|\\S+"));
    const QString text = QString::fromLatin1(cmap);
    const auto code = [](const QString &digits, bool *ok) {
        return digits.size() == 4 ? digits.toUInt(ok, 16) : (*ok = false, 0u);
    };
    const auto target = [](const QString &digits, bool *ok) {
        QString out;
        *ok = !digits.isEmpty() && digits.size() % 4 == 0;
        for (qsizetype i = 0; *ok && i < digits.size(); i += 4)
            out += QChar(char16_t(digits.mid(i, 4).toUInt(ok, 16)));
        return out;
    };
    std::map<uint, QString> map;
    qsizetype first = -1;
    qsizetype last = -1;
    for (auto it = section.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Only space between the sections: they are written anew as one.
        if (last >= 0 && !text.mid(last, m.capturedStart() - last).trimmed().isEmpty())
            return std::nullopt;
        if (first < 0)
            first = m.capturedStart();
        last = m.capturedEnd();
        QStringList tokens;
        for (auto t = token.globalMatch(m.captured(2)); t.hasNext();)
            tokens << t.next().captured();
        const auto isHex = [&](qsizetype i) {
            return i < tokens.size() && tokens.at(i).startsWith(QLatin1Char('<'));
        };
        const auto digits = [&](qsizetype i) {
            return tokens.at(i).mid(1, tokens.at(i).size() - 2);
        };
        bool ok = true;
        for (qsizetype i = 0; ok && i < tokens.size();) {
            if (!isHex(i) || !isHex(i + 1))
                return std::nullopt;
            const uint low = code(digits(i), &ok);
            if (m.captured(1) == QLatin1String("char")) {
                map[low] = target(digits(i + 1), &ok);
                i += 2;
                continue;
            }
            const uint high = code(digits(i + 1), &ok);
            if (!ok || high < low)
                return std::nullopt;
            i += 2;
            if (isHex(i)) {
                // One target for the range: its last unit counts up.
                QString to = target(digits(i++), &ok);
                for (uint c = low; ok && c <= high; ++c) {
                    map[c] = to;
                    to.back() = QChar(char16_t(to.back().unicode() + 1));
                }
            } else if (i < tokens.size() && tokens.at(i) == QLatin1String("[")) {
                ++i;
                for (uint c = low; ok && c <= high; ++c, ++i) {
                    ok = isHex(i);
                    if (ok)
                        map[c] = target(digits(i), &ok);
                }
                ok = ok && i < tokens.size() && tokens.at(i++) == QLatin1String("]");
            } else {
                return std::nullopt;
            }
        }
        if (!ok)
            return std::nullopt;
    }
    bool changed = false;
    for (auto &[c, to] : map) {
        const QString u = unified(to);
        changed = changed || u != to;
        to = u;
    }
    if (!changed)
        return std::nullopt;

    // Ranges of consecutive codes that differ only in their last byte, at
    // most 100 to a section (a limit of PostScript's CMaps).
    std::vector<QByteArray> ranges;
    for (auto it = map.cbegin(); it != map.cend();) {
        auto end = std::next(it);
        while (end != map.cend() && end->first == std::prev(end)->first + 1 &&
               (end->first >> 8) == (it->first >> 8))
            ++end;
        QByteArray range = '<' + hex(QChar(char16_t(it->first))) + "> <" +
                           hex(QChar(char16_t(std::prev(end)->first))) + "> [";
        for (; it != end; ++it)
            range += '<' + hex(it->second) + "> ";
        range += "]\n";
        ranges.push_back(range);
    }
    QByteArray out = cmap.left(first);
    for (std::size_t i = 0; i < ranges.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, ranges.size() - i);
        out += QByteArray::number(qulonglong(n)) + " beginbfrange\n";
        for (std::size_t k = i; k < i + n; ++k)
            out += ranges.at(k);
        out += "endbfrange";
        if (i + n < ranges.size())
            out += '\n';
    }
    out += cmap.mid(last);
    return out;
}

} // namespace

QByteArray withEdits(const QByteArray &pdf, const std::vector<Edit> &edits)
{
    qsizetype numberStart = 0;
    qsizetype numberEnd = 0;
    const qsizetype xref = xrefOffset(pdf, &numberStart, &numberEnd);
    const qsizetype trailer = xref < 0 ? -1 : pdf.indexOf("trailer", xref);
    if (edits.empty() || trailer < 0 || edits.back().at + edits.back().length > xref)
        return pdf;
    // Where an offset of the file as written is after the edits: moved
    // by what the edits before it added.
    std::vector<qsizetype> grown{0};
    for (const Edit &e : edits)
        grown.push_back(grown.back() + e.text.size() - e.length);
    const auto moved = [&](qsizetype offset) {
        const auto before = std::lower_bound(edits.cbegin(), edits.cend(), offset,
                                             [](const Edit &e, qsizetype o) { return e.at < o; });
        return offset + grown.at(std::size_t(before - edits.cbegin()));
    };
    QByteArray out;
    out.reserve(pdf.size() + grown.back());
    qsizetype from = 0;
    for (const Edit &e : edits) {
        out += QByteArrayView(pdf).sliced(from, e.at - from);
        out += e.text;
        from = e.at + e.length;
    }
    // The table's entries are exactly 20 bytes, "oooooooooo ggggg n"; only
    // the offsets change.
    out += QByteArrayView(pdf).sliced(from, xref - from);
    static const QRegularExpression entry(QStringLiteral("(\\d{10}) (\\d{5}) n"));
    QString table = QString::fromLatin1(pdf.mid(xref, trailer - xref));
    for (auto it = entry.globalMatch(table); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        table.replace(
            m.capturedStart(1), 10,
            QStringLiteral("%1").arg(moved(m.captured(1).toLongLong()), 10, 10, QLatin1Char('0')));
    }
    out += table.toLatin1();
    out += QByteArrayView(pdf).sliced(trailer, numberStart - trailer);
    out += QByteArray::number(moved(xref));
    out += QByteArrayView(pdf).sliced(numberEnd);
    return out;
}

char32_t ideographFor(char32_t c)
{
    const auto found = std::lower_bound(
        std::begin(Radicals), std::end(Radicals), c,
        [](const std::pair<char32_t, char32_t> &r, char32_t x) { return r.first < x; });
    if (found != std::end(Radicals) && found->first == c)
        return found->second;
    if (c >= 0x2F00 && c <= 0x2FD5) {
        const QList<uint> decomposed = QChar::decomposition(c).toUcs4();
        if (decomposed.size() == 1)
            return decomposed.front();
    }
    return c;
}

QByteArray withUnifiedIdeographs(const QByteArray &pdf)
{
    // The objects the fonts name as their ToUnicode maps.
    static const QRegularExpression ref(QStringLiteral("^\\s*(\\d+)\\s+0\\s+R"));
    std::vector<qint64> maps;
    for (qsizetype at = pdf.indexOf("/ToUnicode"); at >= 0;
         at = pdf.indexOf("/ToUnicode", at + 1)) {
        const QRegularExpressionMatch m = ref.match(QString::fromLatin1(pdf.mid(at + 10, 24)));
        if (m.hasMatch())
            maps.push_back(m.captured(1).toLongLong());
    }
    std::sort(maps.begin(), maps.end());
    maps.erase(std::unique(maps.begin(), maps.end()), maps.end());

    // Each one is "N 0 obj << /Length L >> stream", its data, "endstream"
    // (QPdfEngine writes it so); one compressed with /FlateDecode is read
    // too, one with an indirect length or another filter left as it is.
    static const QRegularExpression head(
        QStringLiteral("^\\d+\\s+0\\s+obj\\s*<<(.*?)>>\\s*stream(\\r\\n|\\n)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression length(
        QStringLiteral("/Length\\s+(\\d+)(?!\\d)(?!\\s+\\d+\\s+R)"));
    const QHash<qint64, qsizetype> offsets = objectOffsets(pdf);
    std::vector<Edit> edits;
    for (const qint64 number : maps) {
        const qsizetype at = offsets.value(number, -1);
        if (at < 0)
            continue;
        const QRegularExpressionMatch m = head.match(QString::fromLatin1(pdf.mid(at, 512)));
        const QRegularExpressionMatch size = length.match(m.captured(1));
        if (!m.hasMatch() || !size.hasMatch())
            continue;
        const bool flate = m.captured(1).contains(QLatin1String("/FlateDecode"));
        if (m.captured(1).contains(QLatin1String("/Filter")) && !flate)
            continue;
        const qsizetype data = at + m.capturedEnd();
        const qsizetype stored = size.captured(1).toLongLong();
        if (!pdf.mid(data + stored, 12).trimmed().startsWith("endstream"))
            continue;
        QByteArray cmap = pdf.mid(data, stored);
        if (flate) {
            // qUncompress() wants the size ahead of zlib's data; a guess
            // does, it grows the buffer until the data fit.
            const quint32 guess = quint32(cmap.size()) * 8;
            const char prefix[] = {char(guess >> 24), char((guess >> 16) & 0xff),
                                   char((guess >> 8) & 0xff), char(guess & 0xff)};
            cmap = qUncompress(QByteArray(prefix, 4) + cmap);
        }
        std::optional<QByteArray> fixed = unifiedCMap(cmap);
        if (!fixed)
            continue;
        if (flate)
            *fixed = qCompress(*fixed).mid(4);
        edits.push_back(Edit{at + m.capturedStart(1) + size.capturedStart(1),
                             size.capturedLength(1), QByteArray::number(fixed->size())});
        edits.push_back(Edit{data, stored, *fixed});
    }
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.at < b.at; });
    return withEdits(pdf, edits);
}

} // namespace PdfPostProcess
