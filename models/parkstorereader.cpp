#include "parkstorereader.h"

#include "fieldregistry.h"
#include "stringblock.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <bitset>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <future>
#include <string_view>
#include <unordered_map>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ParkStoreReader {

namespace {

// Deeper values are left to QJsonDocument, which has its own limit.
constexpr int MaxDepth = 64;

// What the second thread of checkAndRead() found in the tail of the
// top-level "parks": the entries from the byte where the tail starts to the
// array's closing bracket, checked, then read, as if they were the whole
// array (records and duplicates counted from 0, offsets in the document).
struct TailCheck
{
    bool ok = false;
    qsizetype end = 0; // after the closing bracket
    qsizetype records = 0;
    QList<Duplicate> duplicates;
};

struct TailRead
{
    bool ok = false;
    qsizetype end = 0;
    QList<ParkRecord> parks;
};

// Where the tail starts is a guess made without reading what comes before.
// The first thread takes the tail's results only when its own check arrives
// at exactly that byte, at the start of an entry of the top-level "parks":
// what follows is then checked and read alike by either thread. Otherwise
// (the byte was inside a string, or in a nested array) it checks and reads
// on as if there were no tail.
struct Tail
{
    qsizetype from = -1;
    std::promise<TailCheck> checkDone;
    std::future<TailCheck> checked = checkDone.get_future();
    std::promise<TailRead> readDone;
    std::future<TailRead> read = readDone.get_future();
    // The first thread's answer made the tail's work useless.
    std::atomic<bool> stop{false};
    // The first thread's check took the tail's: its reading may take the
    // tail's too, and the tail's thread may give back the pages it read.
    std::atomic<bool> joined{false};
    // The first thread's reading asked for the tail's (a future is read
    // once), and took it.
    bool asked = false;
    bool taken = false;
};

// The list grew by doubling; at 100,000 records the unused tail would hold
// some 20 MB for as long as the document is open.
void squeeze(QList<ParkRecord> *parks)
{
    if (parks->capacity() - parks->size() > parks->size() / 16)
        parks->squeeze();
}

// Gives back to the system the pages of the document that one reader has
// read (PageRelease in the header), every 256 entries: only whole pages
// within its part, and only those the fingerprint has hashed.
class PageGiver
{
public:
    PageGiver(const QByteArray &json, PageRelease *release, qsizetype from, qsizetype to)
        : m_base(json.constData())
        , m_release(release)
        , m_done(from)
        , m_to(to)
    {}

    void upTo(qsizetype offset)
    {
#ifdef Q_OS_UNIX
        static const auto page = quintptr(sysconf(_SC_PAGESIZE));
        const qsizetype end =
            std::min({offset, m_to, m_release->hashed->load(std::memory_order_acquire)});
        const quintptr first = (quintptr(m_base + m_done) + page - 1) & ~(page - 1);
        const quintptr last = quintptr(m_base + end) & ~(page - 1);
        if (last > first &&
            madvise(reinterpret_cast<void *>(first), size_t(last - first), MADV_DONTNEED) == 0) {
            m_release->released.store(true, std::memory_order_relaxed);
            m_done = end;
        }
#else
        Q_UNUSED(offset);
#endif
    }

private:
    const char *m_base;
    PageRelease *m_release;
    qsizetype m_done; // given back up to here (whole pages within)
    qsizetype m_to;
};

// Every 256 entries, a reader or checker asks whether to go on. The first
// thread also says how far the load is; the tail's thread only stops when
// asked to.
bool goesOn(LoadControl *control, const Tail *tailOfOwnThread, qsizetype done, qsizetype total,
            int from, int to)
{
    if (tailOfOwnThread)
        return !tailOfOwnThread->stop.load(std::memory_order_relaxed) &&
               !(control && control->isCancelled());
    return !control || control->step(done, total, from, to);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// True when the eight bytes at P are plain ASCII inside a string: none of
// them a quote, a backslash, a control character or part of a multi-byte
// character. Strings are mostly such runs; a byte at a time, the check and
// the read spent a fifth of a load going through them.
inline bool eightPlainBytes(const char *p)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    quint64 w;
    memcpy(&w, p, 8);
    const auto hasZero = [](quint64 x) { return (x - ones) & ~x & highs; };
    return !((w & highs) || ((w - ones * 0x20) & ~w & highs) || hasZero(w ^ (ones * '"')) ||
             hasZero(w ^ (ones * '\\')));
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Code points whose reading is left to QJsonDocument rather than matched
// here: surrogates, the noncharacters, and U+FEFF, which Qt drops at the
// start of a string (as a byte-order mark) but keeps elsewhere.
bool isAwkward(char32_t c)
{
    return (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE ||
           c == 0xFEFF;
}

// The code point of the UTF-8 sequence at P (its lead byte not ASCII) and
// its length in bytes; 0 for anything not well formed: a bad lead or
// continuation byte, a sequence cut short, an overlong form, a surrogate or
// a code point past U+10FFFF. The scanner and the strict check share it.
int utf8Sequence(const char *p, const char *end, char32_t *code)
{
    const auto c = static_cast<unsigned char>(*p);
    int length = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        *code = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        *code = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        *code = c & 0x07;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        const auto cc = static_cast<unsigned char>(p[i]);
        if ((cc & 0xC0) != 0x80)
            return 0;
        *code = (*code << 6) | (cc & 0x3F);
    }
    if ((length == 3 && (*code < 0x800 || (*code >= 0xD800 && *code <= 0xDFFF))) ||
        (length == 4 && (*code < 0x10000 || *code > 0x10FFFF)))
        return 0;
    return length;
}

// The fields whose values repeat across many records: one shared string per
// distinct value saves an allocation per record while reading and the
// memory of all the copies afterwards.
bool isCategory(ParkField field)
{
    return FieldRegistry::field(field).has(FieldRegistry::Category);
}

bool isNumberField(ParkField field)
{
    const FieldRegistry::ValueType type = FieldRegistry::field(field).type;
    return type == FieldRegistry::ValueType::Integer || type == FieldRegistry::ValueType::Real;
}

// YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits, checked as
// FoundingDate::fromString checks it; unknown for anything else, which is
// then left to fromString.
FoundingDate asciiDate(QByteArrayView raw)
{
    const qsizetype n = raw.size();
    if (n != 4 && n != 7 && n != 10)
        return FoundingDate();
    const char *s = raw.data();
    const auto digits = [s](int from, int count, int *value) {
        *value = 0;
        for (int i = from; i < from + count; ++i) {
            if (!isDigit(s[i]))
                return false;
            *value = *value * 10 + (s[i] - '0');
        }
        return true;
    };
    int year = 0;
    int month = 0;
    int day = 0;
    if (!digits(0, 4, &year) || year < 1)
        return FoundingDate();
    if (n >= 7 && (s[4] != '-' || !digits(5, 2, &month) || month < 1 || month > 12))
        return FoundingDate();
    if (n == 10 && (s[7] != '-' || !digits(8, 2, &day) || !QDate::isValid(year, month, day)))
        return FoundingDate();
    return FoundingDate(year, month, day);
}

// Sets a choice from its JSON spelling; false if RAW is not one.
bool setChoice(ParkRecord *r, ParkField field, QByteArrayView raw)
{
    const int index = FieldRegistry::choiceOf(field, raw);
    if (index < 0)
        return false;
    FieldRegistry::setChoiceIndex(*r, field, index);
    return true;
}

// A string as scanned: its bytes between the quotes, and what decoding them
// needs to know.
struct Token
{
    QByteArrayView raw;
    bool escaped = false;
    bool ascii = true;
    qsizetype units = 0; // UTF-16 code units, when not escaped
};

class Reader
{
public:
    // TAIL: the tail this reader reads (on the tail's thread), or the one
    // it takes over when it arrives where the tail starts.
    // PAGES, when given, gives back the pages read.
    Reader(const char *begin, const char *end, LoadControl *control, Tail *tail = nullptr,
           bool readsTail = false, PageGiver *pages = nullptr)
        : m_begin(begin)
        , m_p(begin)
        , m_end(end)
        , m_control(control)
        , m_tail(tail)
        , m_readsTail(readsTail)
        , m_pages(pages)
    {
        for (ParkField f : ParkFields::all())
            m_keys.append(ParkFields::key(f).toLatin1());
    }

    bool readDocument(Parsed *out);
    // How many records the check counted: the list is made that long at
    // once, instead of growing by doubling and moving every record each
    // time.
    void expectRecords(qsizetype count) { m_expectedRecords = count; }
    // The tail's entries, from its first byte to after the array's end.
    bool readTail(TailRead *out)
    {
        m_p = m_begin + m_tail->from;
        out->ok = readEntries(&out->parks);
        out->end = m_p - m_begin;
        return out->ok;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }
    bool consume(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    bool literal(const char *word, qsizetype size)
    {
        if (m_end - m_p < size || memcmp(m_p, word, size_t(size)) != 0)
            return false;
        m_p += size;
        return true;
    }

    bool scanString(Token *token);
    bool decode(const Token &token, QString *out) const;
    bool readString(QString *out);
    bool readNumber(double *out);
    bool skipValue(int depth);
    bool qtValue(const char *from, const char *to, QJsonValue *out) const;
    bool readRecord(ParkRecord *r);
    bool readField(ParkRecord *r, ParkField field);
    bool readSlowly(ParkRecord *r, ParkField field, const char *valueStart);
    bool readEntries(QList<ParkRecord> *parks);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    LoadControl *m_control;
    Tail *m_tail;
    bool m_readsTail;
    PageGiver *m_pages;
    qsizetype m_expectedRecords = 0;
    std::optional<ParkField> fieldOfKey(QByteArrayView raw);

    QList<QByteArray> m_keys; // by ParkField
    int m_nextField = 0;
    // The category values read, by their bytes, kept here: the document's
    // pages may be given back while it is read. Not a QHash: Qt 6.4 hashes
    // byte views several times slower than libstdc++ does.
    std::unordered_map<std::string, QString> m_pool;
    std::string m_poolKey; // reused, so that a look-up allocates nothing

    // The texts of the record being read, written at its end into one
    // StringBlock: one allocation for the record's texts, not one each.
    struct RecordText
    {
        QString *target;
        Token token;
    };
    // Decodes TOKEN into OUT now, or (plain, not empty) at the record's end.
    bool decodeWithRecord(const Token &token, QString *out);
    void writeRecordTexts();
    std::vector<RecordText> m_recordTexts;
    std::vector<Token> m_listTokens; // reused, so that a list allocates once
};

// At the opening quote; leaves m_p after the closing one. The token's bytes
// are valid UTF-8 without control characters.
bool Reader::scanString(Token *token)
{
    if (m_p >= m_end || *m_p != '"')
        return false;
    const char *start = ++m_p;
    *token = Token();
    qsizetype units = 0;
    while (m_p < m_end) {
        while (m_end - m_p >= 8 && eightPlainBytes(m_p)) {
            m_p += 8;
            units += 8;
        }
        if (m_p >= m_end)
            break;
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            token->raw = QByteArrayView(start, m_p - start);
            token->units = units;
            ++m_p;
            return true;
        }
        if (c == '\\') {
            token->escaped = true;
            if (m_end - m_p < 2)
                return false;
            const char e = m_p[1];
            if (e == 'u') {
                if (m_end - m_p < 6)
                    return false;
                for (int i = 2; i < 6; ++i) {
                    if (hexValue(m_p[i]) < 0)
                        return false;
                }
                m_p += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                       e == 'r' || e == 't') {
                m_p += 2;
            } else {
                return false;
            }
            continue;
        }
        if (c < 0x20)
            return false;
        if (c < 0x80) {
            ++m_p;
            ++units;
            continue;
        }
        // Well-formed UTF-8 only: no overlong forms, nothing past U+10FFFF.
        token->ascii = false;
        char32_t code = 0;
        const int length = utf8Sequence(m_p, m_end, &code);
        if (length == 0 || isAwkward(code))
            return false;
        m_p += length;
        units += length == 4 ? 2 : 1;
    }
    return false;
}

// Valid UTF-8 (as scanned) written out as UTF-16, as many code units as
// the scan counted.
void writeValidUtf8(QByteArrayView raw, char16_t *out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(raw.data());
    const unsigned char *end = p + raw.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            *out++ = c;
            ++p;
        } else if (c < 0xE0) {
            *out++ = char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
        } else if (c < 0xF0) {
            *out++ = char16_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
            p += 3;
        } else {
            const char32_t code = (char32_t(c & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) |
                                  (char32_t(p[2] & 0x3F) << 6) | char32_t(p[3] & 0x3F);
            *out++ = QChar::highSurrogate(code);
            *out++ = QChar::lowSurrogate(code);
            p += 4;
        }
    }
}

// ASCII (as scanned) written out as UTF-16.
void writeAscii(QByteArrayView raw, char16_t *out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(raw.data());
    for (qsizetype i = 0, n = raw.size(); i < n; ++i)
        out[i] = p[i];
}

// Valid UTF-8 (as scanned) into a string of exactly UNITS code units.
// QString::fromUtf8() would allocate one unit per byte, three times what
// Chinese text needs, and keep the excess for the life of the record.
QString fromValidUtf8(QByteArrayView raw, qsizetype units)
{
    QString s(units, Qt::Uninitialized);
    writeValidUtf8(raw, reinterpret_cast<char16_t *>(s.data()));
    return s;
}

bool Reader::decode(const Token &token, QString *out) const
{
    const QByteArrayView raw = token.raw;
    if (raw.isEmpty()) {
        *out = QStringLiteral(""); // known to be empty, not unknown
        return true;
    }
    if (!token.escaped) {
        *out = token.ascii ? QString::fromLatin1(raw.data(), raw.size())
                           : fromValidUtf8(raw, token.units);
        return true;
    }
    QString s;
    s.reserve(raw.size());
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            s += QString::fromUtf8(run, p - run);
        if (p == end)
            break;
        const char e = p[1];
        p += 2;
        switch (e) {
        case 'b':
            s += QLatin1Char('\b');
            break;
        case 'f':
            s += QLatin1Char('\f');
            break;
        case 'n':
            s += QLatin1Char('\n');
            break;
        case 'r':
            s += QLatin1Char('\r');
            break;
        case 't':
            s += QLatin1Char('\t');
            break;
        case 'u': {
            char32_t code = 0;
            for (int i = 0; i < 4; ++i)
                code = (code << 4) | char32_t(hexValue(p[i]));
            p += 4;
            if (isAwkward(code))
                return false;
            s += QChar(char16_t(code));
            break;
        }
        default: // '"', '\\', '/'
            s += QLatin1Char(e);
            break;
        }
    }
    s.squeeze();
    *out = s;
    return true;
}

bool Reader::readString(QString *out)
{
    Token token;
    return scanString(&token) && decode(token, out);
}

// The number as QJsonDocument reads it: a whole number written without
// fraction or exponent as a 64-bit integer if it fits, anything else as the
// nearest double. Overflow, underflow, subnormals and negative zero are left
// to QJsonDocument.
bool Reader::readNumber(double *out)
{
    const char *start = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p >= m_end || !isDigit(*m_p))
        return false;
    bool nonZero = false;
    if (*m_p == '0') {
        ++m_p;
    } else {
        while (m_p < m_end && isDigit(*m_p))
            nonZero |= *m_p++ != '0';
    }
    bool plainInteger = true;
    if (m_p < m_end && *m_p == '.') {
        plainInteger = false;
        ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        while (m_p < m_end && isDigit(*m_p))
            nonZero |= *m_p++ != '0';
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        plainInteger = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (plainInteger) {
        qint64 n = 0;
        const std::from_chars_result r = std::from_chars(start, m_p, n);
        if (r.ec == std::errc() && r.ptr == m_p) {
            *out = double(n);
            return true;
        }
    }
    double d = 0;
    const std::from_chars_result r = std::from_chars(start, m_p, d);
    if (r.ec != std::errc() || r.ptr != m_p || !std::isfinite(d) ||
        std::fpclassify(d) == FP_SUBNORMAL || (d == 0 && (nonZero || std::signbit(d))))
        return false;
    *out = d;
    return true;
}

// Finds the end of any value, checking it closely enough that QJsonDocument
// agrees on where it ends.
bool Reader::skipValue(int depth)
{
    if (depth > MaxDepth)
        return false;
    skipSpace();
    if (m_p >= m_end)
        return false;
    switch (*m_p) {
    case '"': {
        Token token;
        return scanString(&token);
    }
    case '{':
        ++m_p;
        if (consume('}'))
            return true;
        do {
            skipSpace();
            Token token;
            if (!scanString(&token) || !consume(':') || !skipValue(depth + 1))
                return false;
        } while (consume(','));
        return consume('}');
    case '[':
        ++m_p;
        if (consume(']'))
            return true;
        do {
            if (!skipValue(depth + 1))
                return false;
        } while (consume(','));
        return consume(']');
    case 't':
        return literal("true", 4);
    case 'f':
        return literal("false", 5);
    case 'n':
        return literal("null", 4);
    default: {
        double ignored = 0;
        return readNumber(&ignored);
    }
    }
}

bool Reader::qtValue(const char *from, const char *to, QJsonValue *out) const
{
    QByteArray wrapped;
    wrapped.reserve(to - from + 2);
    wrapped.append('[').append(from, to - from).append(']');
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || json.array().size() != 1)
        return false;
    *out = json.array().at(0);
    return true;
}

// What ParkStore does with a value it has as a QJsonValue.
bool Reader::readSlowly(ParkRecord *r, ParkField field, const char *valueStart)
{
    m_p = valueStart;
    QJsonValue value;
    if (!skipValue(0) || !qtValue(valueStart, m_p, &value))
        return false;
    if (!r->setValue(field, value))
        r->unreadableValues.insert(ParkFields::key(field), value);
    return true;
}

bool Reader::readField(ParkRecord *r, ParkField field)
{
    skipSpace();
    if (m_p >= m_end)
        return false;
    const char *start = m_p;
    const char c = *m_p;
    if (c == 'n')
        return literal("null", 4); // unknown, as a new record already is

    if (QString *member = FieldRegistry::textMember(*r, field); member && c == '"') {
        Token token;
        if (!scanString(&token))
            return false;
        const QByteArrayView raw = token.raw;
        if (isCategory(field) && !token.escaped && !raw.isEmpty()) {
            const std::string_view view(raw.data(), size_t(raw.size()));
            m_poolKey.assign(view);
            auto it = m_pool.find(m_poolKey);
            if (it == m_pool.end()) {
                QString value;
                decode(token, &value);
                it = m_pool.emplace(m_poolKey, value).first;
            }
            *member = it->second;
            return true;
        }
        return decodeWithRecord(token, member);
    }
    if (isNumberField(field) && (c == '-' || isDigit(c))) {
        double d = 0;
        if (!readNumber(&d))
            return false;
        if (r->setValue(field, QJsonValue(d)))
            return true;
        return readSlowly(r, field, start); // keeps the value exactly as read
    }
    const FieldRegistry::ValueType type = FieldRegistry::field(field).type;
    if (type == FieldRegistry::ValueType::Boolean && (c == 't' || c == 'f')) {
        r->*std::get<std::optional<bool> ParkRecord::*>(FieldRegistry::field(field).member) =
            c == 't';
        return c == 't' ? literal("true", 4) : literal("false", 5);
    }
    if (c == '"' && type == FieldRegistry::ValueType::Date) {
        Token token;
        if (!scanString(&token))
            return false;
        if (const FoundingDate date = asciiDate(token.raw); date.isKnown()) {
            r->*std::get<FoundingDate ParkRecord::*>(FieldRegistry::field(field).member) = date;
            return true;
        }
        QString text;
        if (!decode(token, &text))
            return false;
        const FoundingDate date = FoundingDate::fromString(text);
        if (date.isKnown())
            r->*std::get<FoundingDate ParkRecord::*>(FieldRegistry::field(field).member) = date;
        else
            r->unreadableValues.insert(ParkFields::key(field), text);
        return true;
    }
    if (c == '"' && type == FieldRegistry::ValueType::Choice) {
        Token token;
        if (!scanString(&token))
            return false;
        if (!token.escaped && setChoice(r, field, token.raw))
            return true;
        QString text;
        if (!decode(token, &text))
            return false;
        if (!r->setValue(field, text))
            r->unreadableValues.insert(ParkFields::key(field), text);
        return true;
    }
    if (type == FieldRegistry::ValueType::TextList && c == '[') {
        ++m_p;
        m_listTokens.clear();
        if (!consume(']')) {
            do {
                skipSpace();
                if (m_p >= m_end || *m_p != '"')
                    return readSlowly(r, field, start); // not all strings
                Token token;
                if (!scanString(&token))
                    return false;
                m_listTokens.push_back(token);
            } while (consume(','));
            if (!consume(']'))
                return false;
        }
        QStringList texts(qsizetype(m_listTokens.size()));
        for (size_t i = 0; i < m_listTokens.size(); ++i) {
            if (!decodeWithRecord(m_listTokens[i], &texts[qsizetype(i)]))
                return false;
        }
        // Moved, not copied: the texts' places, waiting for the record's
        // block, stay where they are.
        r->*std::get<QStringList ParkRecord::*>(FieldRegistry::field(field).member) =
            std::move(texts);
        return true;
    }
    return readSlowly(r, field, start);
}

// Stores list the fields in the order they are written, so the field after
// the last one found is tried first.
std::optional<ParkField> Reader::fieldOfKey(QByteArrayView raw)
{
    for (int i = 0; i < ParkFieldCount; ++i) {
        const int f = (m_nextField + i) % ParkFieldCount;
        if (raw == QByteArrayView(m_keys.at(f))) {
            m_nextField = (f + 1) % ParkFieldCount;
            return ParkField(f);
        }
    }
    return std::nullopt;
}

bool Reader::decodeWithRecord(const Token &token, QString *out)
{
    if (token.escaped || token.raw.isEmpty())
        return decode(token, out);
    m_recordTexts.push_back({out, token});
    return true;
}

void Reader::writeRecordTexts()
{
    qsizetype units = 0;
    for (const RecordText &text : m_recordTexts)
        units += text.token.units;
    StringBlock block(units, qsizetype(m_recordTexts.size()));
    for (const RecordText &text : m_recordTexts) {
        char16_t *characters = nullptr;
        *text.target = block.take(text.token.units, &characters);
        if (text.token.ascii)
            writeAscii(text.token.raw, characters);
        else
            writeValidUtf8(text.token.raw, characters);
    }
    m_recordTexts.clear();
}

bool Reader::readRecord(ParkRecord *r)
{
    m_recordTexts.clear();
    if (!consume('{'))
        return false;
    if (consume('}'))
        return true;
    std::bitset<ParkFieldCount> seen;
    QSet<QString> unknownSeen;
    do {
        skipSpace();
        Token token;
        if (!scanString(&token) || !consume(':'))
            return false;
        std::optional<ParkField> field;
        QString key;
        if (!token.escaped)
            field = fieldOfKey(token.raw);
        if (!field) {
            if (!decode(token, &key))
                return false;
            field = ParkFields::fromKey(key);
        }
        if (field) {
            if (seen.test(size_t(*field)))
                return false; // a duplicate: QJsonDocument decides which counts
            seen.set(size_t(*field));
            if (!readField(r, *field))
                return false;
            continue;
        }
        if (unknownSeen.contains(key))
            return false;
        unknownSeen.insert(key);
        skipSpace();
        const char *start = m_p;
        QJsonValue value;
        if (!skipValue(0) || !qtValue(start, m_p, &value))
            return false;
        r->unknownFields.insert(key, value);
    } while (consume(','));
    if (!consume('}'))
        return false;
    writeRecordTexts();
    return true;
}

// The entries of an array of records, from the first (m_p) to after the
// closing bracket.
bool Reader::readEntries(QList<ParkRecord> *parks)
{
    if (parks->isEmpty())
        parks->reserve(m_expectedRecords);
    do {
        skipSpace();
        if (m_tail && !m_readsTail && m_tail->joined && !m_tail->asked &&
            m_p - m_begin == m_tail->from) {
            m_tail->asked = true;
            TailRead tail = m_tail->read.get();
            if (tail.ok) {
                m_tail->taken = true;
                parks->append(std::move(tail.parks));
                m_p = m_begin + tail.end;
                return true;
            }
            // Cancelled, or a record this reader leaves to QJsonDocument:
            // read on here, to the same end.
        }
        ParkRecord record;
        if (peek('{')) {
            if (!readRecord(&record))
                return false;
        } else {
            const char *start = m_p;
            if (!skipValue(0) || !qtValue(start, m_p, &record.nonObjectEntry))
                return false;
        }
        parks->append(std::move(record));
        // Often enough for a prompt cancel, rarely enough to cost nothing.
        if (parks->size() % 256 == 0) {
            if (!goesOn(m_control, m_readsTail ? m_tail : nullptr, m_p - m_begin, m_end - m_begin,
                        LoadStage::Checked, LoadStage::Parsed))
                return false;
            // The tail's pages only once the first thread's check has taken
            // the tail's: until then it may check them itself.
            if (m_pages && (!m_readsTail || m_tail->joined.load(std::memory_order_acquire)))
                m_pages->upTo(m_p - m_begin);
        }
    } while (consume(','));
    return consume(']');
}

bool Reader::readDocument(Parsed *out)
{
    if (!consume('{'))
        return false;
    bool sawParks = false;
    if (!consume('}')) {
        do {
            skipSpace();
            QString key;
            if (!readString(&key) || !consume(':'))
                return false;
            if (key == QLatin1String("parks")) {
                if (sawParks || !consume('['))
                    return false;
                sawParks = true;
                if (!consume(']') && !readEntries(&out->parks))
                    return false;
                continue;
            }
            if (out->top.contains(key))
                return false;
            skipSpace();
            const char *start = m_p;
            QJsonValue value;
            if (!skipValue(0) || !qtValue(start, m_p, &value))
                return false;
            out->top.insert(key, value);
        } while (consume(','));
        if (!consume('}'))
            return false;
    }
    skipSpace();
    return sawParks && m_p == m_end;
}

} // namespace

std::optional<Parsed> read(const QByteArray &json, LoadControl *control)
{
    Parsed parsed;
    Reader reader(json.constData(), json.constData() + json.size(), control);
    if (!reader.readDocument(&parsed))
        return std::nullopt;
    squeeze(&parsed.parks);
    return parsed;
}

namespace {

// Where a value is in the document, as far as duplicates and records care.
enum class Place
{
    Document, // the top-level value
    TopMember,
    Parks, // the value of the top-level "parks"
    Record,
    InRecord,
};

struct Context
{
    Place place = Place::Document;
    int record = -1;
    std::string field; // the record's member it is in
};

// The member names of one object so far, to find a name given twice. Kept
// per depth and reused from object to object: a set built anew for each
// record (a hash table once past 16 names) made half the time of the check.
class NameSet
{
public:
    void clear()
    {
        m_count = 0;
        if (++m_generation == 0) { // wrapped: no stale slot may pass for current
            std::fill(m_slotGeneration.begin(), m_slotGeneration.end(), 0u);
            m_generation = 1;
        }
    }

    // Adds NAME, first seen at OFFSET; the offset of its first time when it
    // is there already.
    std::optional<qsizetype> insert(std::string_view name, qsizetype offset)
    {
        if ((m_count + 1) * 2 > m_slot.size())
            grow();
        const size_t mask = m_slot.size() - 1;
        for (size_t i = std::hash<std::string_view>()(name) & mask;; i = (i + 1) & mask) {
            if (m_slotGeneration[i] != m_generation) {
                m_slotGeneration[i] = m_generation;
                m_slot[i] = uint32_t(m_count);
                if (m_count < m_names.size())
                    m_names[m_count].assign(name); // keeps its buffer
                else
                    m_names.emplace_back(name);
                if (m_count < m_offsets.size())
                    m_offsets[m_count] = offset;
                else
                    m_offsets.push_back(offset);
                ++m_count;
                return std::nullopt;
            }
            if (m_names[m_slot[i]] == name)
                return m_offsets[m_slot[i]];
        }
    }

private:
    void grow()
    {
        const size_t size = std::max<size_t>(64, m_slot.size() * 2);
        m_slot.assign(size, 0);
        m_slotGeneration.assign(size, 0);
        const size_t mask = size - 1;
        for (size_t n = 0; n < m_count; ++n) {
            size_t i = std::hash<std::string_view>()(m_names[n]) & mask;
            while (m_slotGeneration[i] == m_generation)
                i = (i + 1) & mask;
            m_slotGeneration[i] = m_generation;
            m_slot[i] = uint32_t(n);
        }
    }

    std::vector<std::string> m_names; // the first m_count are this object's
    std::vector<qsizetype> m_offsets;
    size_t m_count = 0;
    std::vector<uint32_t> m_slot;           // index into m_names
    std::vector<uint32_t> m_slotGeneration; // a slot is in use when it is m_generation
    uint32_t m_generation = 1;
};

class Checker
{
    // Its messages are the store's: "ParkStore" in the catalogues.
    Q_DECLARE_TR_FUNCTIONS(ParkStore)

public:
    // TAIL: the tail this checker checks (on the tail's thread), or the one
    // it takes over when it arrives where the tail starts.
    Checker(QByteArrayView json, qsizetype maxRecords, Check *out, LoadControl *control,
            Tail *tail = nullptr, bool checksTail = false)
        : m_begin(json.data())
        , m_p(json.data())
        , m_end(json.data() + json.size())
        , m_maxRecords(maxRecords)
        , m_out(out)
        , m_control(control)
        , m_tail(tail)
        , m_checksTail(checksTail)
    {}

    // The tail's entries, as items() of the top-level "parks" checks them.
    void runTail(TailCheck *out)
    {
        m_p = m_begin + m_tail->from;
        Context parks;
        parks.place = Place::Parks;
        out->ok = items(2, parks);
        out->end = m_p - m_begin;
        out->records = m_out->records;
        out->duplicates = std::move(m_out->duplicates);
    }

    void run()
    {
        skipSpace();
        m_out->topIsObject = m_p < m_end && *m_p == '{';
        if (!value(0, Context()))
            return;
        skipSpace();
        if (m_p < m_end)
            fail(m_p, tr("garbage at the end of the document"));
    }

private:
    bool fail(const char *at, const QString &message)
    {
        m_out->errorOffset = at - m_begin;
        m_out->error = message;
        return false;
    }
    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }
    bool value(int depth, const Context &context);
    bool object(int depth, const Context &context);
    bool array(int depth, const Context &context);
    bool items(int depth, const Context &context);
    bool joinTail();
    bool string(std::string *decoded);
    bool number();
    bool unexpected();

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    qsizetype m_maxRecords;
    qsizetype m_allRecords = 0; // in every "parks" member, if there are several
    // What an object needs while it is read, one per depth and reused from
    // object to object, buffers and all: names longer than a std::string
    // holds in itself cost an allocation each time otherwise, twice a record.
    struct Level
    {
        NameSet names;
        std::string name;
        Context child;
    };
    std::deque<Level> m_levels; // a deque's elements stay put
    Check *m_out;
    LoadControl *m_control;
    Tail *m_tail;
    bool m_checksTail;
};

QString hex(unsigned value, int digits)
{
    return QStringLiteral("%1").arg(value, digits, 16, QLatin1Char('0')).toUpper();
}

// At a byte where a value was expected: says what is wrong with it.
bool Checker::unexpected()
{
    if (m_p >= m_end)
        return fail(m_p, tr("unexpected end of the document: a value is missing"));
    const char c = *m_p;
    if (c == '\'')
        return fail(m_p, tr("illegal value: strings are written in double quotes"));
    if (c == '/')
        return fail(m_p, tr("illegal value: JSON has no comments"));
    if (c == '+' || c == '.')
        return fail(m_p, tr("illegal number: a number starts with a digit or '-'"));
    if (c == ']' || c == '}' || c == ',')
        return fail(m_p, tr("illegal value: '%1' where a value was expected").arg(QLatin1Char(c)));
    return fail(m_p, tr("illegal value"));
}

bool Checker::value(int depth, const Context &context)
{
    skipSpace();
    if (m_p >= m_end)
        return unexpected();
    switch (*m_p) {
    case '{':
        return object(depth + 1, context);
    case '[':
        return array(depth + 1, context);
    case '"':
        return string(nullptr);
    case 't':
    case 'f':
    case 'n': {
        const char *word = *m_p == 't' ? "true" : *m_p == 'f' ? "false" : "null";
        const auto size = qsizetype(strlen(word));
        if (m_end - m_p < size || memcmp(m_p, word, size_t(size)) != 0 ||
            (m_end - m_p > size && (isalnum(static_cast<unsigned char>(m_p[size])) != 0)))
            return fail(m_p, tr("illegal value"));
        m_p += size;
        return true;
    }
    default:
        if (*m_p == '-' || isDigit(*m_p))
            return number();
        return unexpected();
    }
}

bool Checker::number()
{
    const char *start = m_p;
    if (*m_p == '-')
        ++m_p;
    if (m_p >= m_end || !isDigit(*m_p))
        return fail(start, tr("illegal number: a digit must follow '-'"));
    if (*m_p == '0') {
        ++m_p;
        if (m_p < m_end && isDigit(*m_p))
            return fail(start, tr("illegal number: no leading zeros"));
    } else {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return fail(start, tr("illegal number: a digit must follow the decimal point"));
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return fail(start, tr("illegal number: the exponent has no digits"));
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (isalnum(static_cast<unsigned char>(*m_p)) != 0 || *m_p == '.'))
        return fail(start, tr("illegal number"));
    return true;
}

void appendUtf8(std::string *out, char32_t code)
{
    if (code < 0x80) {
        out->push_back(char(code));
    } else if (code < 0x800) {
        out->push_back(char(0xC0 | (code >> 6)));
        out->push_back(char(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out->push_back(char(0xE0 | (code >> 12)));
        out->push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(char(0x80 | (code & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (code >> 18)));
        out->push_back(char(0x80 | ((code >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((code >> 6) & 0x3F)));
        out->push_back(char(0x80 | (code & 0x3F)));
    }
}

// At the opening quote. DECODED, if given, gets the string's text in UTF-8
// (lone surrogates in the form UTF-8 would give them), to compare names.
bool Checker::string(std::string *decoded)
{
    const char *open = m_p++;
    if (decoded)
        decoded->clear();
    while (true) {
        while (m_end - m_p >= 8 && eightPlainBytes(m_p)) {
            if (decoded)
                decoded->append(m_p, 8);
            m_p += 8;
        }
        if (m_p >= m_end)
            return fail(open, tr("unterminated string"));
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            ++m_p;
            return true;
        }
        if (c < 0x20) {
            return fail(m_p, tr("control character U+%1 in a string: it must be written as an "
                                "escape (\\u%1)")
                                 .arg(hex(c, 4)));
        }
        if (c == '\\') {
            if (m_end - m_p < 2)
                return fail(open, tr("unterminated string"));
            const char e = m_p[1];
            char plain = 0;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                plain = e;
                break;
            case 'b':
                plain = '\b';
                break;
            case 'f':
                plain = '\f';
                break;
            case 'n':
                plain = '\n';
                break;
            case 'r':
                plain = '\r';
                break;
            case 't':
                plain = '\t';
                break;
            case 'u': {
                char32_t code = 0;
                for (int i = 2; i < 6; ++i) {
                    if (m_end - m_p <= i || hexValue(m_p[i]) < 0) {
                        return fail(m_p, tr("invalid escape sequence: \\u must be followed by "
                                            "four hexadecimal digits"));
                    }
                    code = (code << 4) | char32_t(hexValue(m_p[i]));
                }
                m_p += 6;
                if (decoded) {
                    // A pair of surrogates is one character.
                    if (code >= 0xD800 && code <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' &&
                        m_p[1] == 'u') {
                        char32_t low = 0;
                        bool ok = true;
                        for (int i = 2; i < 6 && ok; ++i) {
                            ok = hexValue(m_p[i]) >= 0;
                            low = (low << 4) | char32_t(ok ? hexValue(m_p[i]) : 0);
                        }
                        if (ok && low >= 0xDC00 && low <= 0xDFFF) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            m_p += 6;
                        }
                    }
                    appendUtf8(decoded, code);
                }
                continue;
            }
            default:
                if (static_cast<unsigned char>(e) < 0x20 || static_cast<unsigned char>(e) >= 0x80)
                    return fail(m_p, tr("invalid escape sequence"));
                return fail(m_p, tr("invalid escape sequence \\%1: JSON has only \\\", \\\\, \\/, "
                                    "\\b, \\f, \\n, \\r, \\t and \\uXXXX")
                                     .arg(QLatin1Char(e)));
            }
            if (decoded)
                decoded->push_back(plain);
            m_p += 2;
            continue;
        }
        if (c < 0x80) {
            if (decoded)
                decoded->push_back(char(c));
            ++m_p;
            continue;
        }
        // Well-formed UTF-8 only: no overlong forms, no surrogates, nothing
        // past U+10FFFF.
        char32_t code = 0;
        const int length = utf8Sequence(m_p, m_end, &code);
        if (length == 0)
            return fail(m_p, tr("invalid UTF-8 in a string"));
        if (decoded)
            decoded->append(m_p, size_t(length));
        m_p += length;
    }
}

bool Checker::object(int depth, const Context &context)
{
    if (depth > Limits::MaxDepth) {
        return fail(m_p,
                    tr("too deeply nested document (more than %1 levels)").arg(Limits::MaxDepth));
    }
    ++m_p; // '{'
    skipSpace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        return true;
    }
    while (m_levels.size() <= size_t(depth))
        m_levels.emplace_back();
    Level &level = m_levels[size_t(depth)];
    NameSet &names = level.names;
    names.clear();
    std::string &name = level.name;
    while (true) {
        skipSpace();
        if (m_p >= m_end)
            return fail(m_p, tr("unterminated object"));
        if (*m_p != '"') {
            if (*m_p == '}')
                return fail(m_p, tr("trailing comma: a member must follow a comma"));
            if (*m_p == '\'')
                return fail(m_p, tr("illegal value: names are written in double quotes"));
            return fail(m_p, tr("illegal value: a member name in double quotes was expected"));
        }
        const qsizetype nameOffset = m_p - m_begin;
        if (!string(&name))
            return false;
        const std::optional<qsizetype> first = names.insert(name, nameOffset);
        if (first) {
            const auto utf8 = [](const std::string &s) {
                return QString::fromUtf8(s.data(), qsizetype(s.size()));
            };
            Duplicate d;
            d.key = utf8(name);
            d.first = *first;
            d.second = nameOffset;
            d.record = context.record;
            d.field = utf8(context.place == Place::Record ? name : context.field);
            m_out->duplicates.append(d);
        }
        skipSpace();
        if (m_p >= m_end || *m_p != ':')
            return fail(m_p, tr("missing name separator (':' after a member name)"));
        ++m_p;
        Context &child = level.child;
        child.record = context.record;
        child.field = context.field;
        switch (context.place) {
        case Place::Document:
            child.place = name == "parks" ? Place::Parks : Place::TopMember;
            if (first && name == "parks") {
                // Only the last "parks" is read: the records counted so far
                // are not the ones loaded.
                m_out->records = 0;
                for (Duplicate &d : m_out->duplicates)
                    d.record = -1;
            }
            break;
        case Place::Record:
            child.place = Place::InRecord;
            child.field = name;
            break;
        case Place::Parks: // the "parks" value is an object, not an array
        case Place::TopMember:
            child.place = Place::TopMember;
            break;
        case Place::InRecord:
            child.place = Place::InRecord;
            break;
        }
        skipSpace();
        const char *valueStart = m_p;
        if (!value(depth, child))
            return false;
        if (context.place == Place::Document && name == "version")
            m_out->versionText = QByteArray(valueStart, m_p - valueStart);
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            continue;
        }
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        return fail(m_p, tr("unterminated object"));
    }
}

bool Checker::array(int depth, const Context &context)
{
    if (depth > Limits::MaxDepth) {
        return fail(m_p,
                    tr("too deeply nested document (more than %1 levels)").arg(Limits::MaxDepth));
    }
    ++m_p; // '['
    skipSpace();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        return true;
    }
    return items(depth, context);
}

// The tail's results in place of checking on, when they are whole and
// within the limit (else the check goes on, to its own first error).
bool Checker::joinTail()
{
    const TailCheck tail = m_tail->checked.get();
    m_tail = nullptr; // a future is read once; this byte is reached once
    if (!tail.ok || m_allRecords + tail.records > m_maxRecords)
        return false;
    for (Duplicate d : tail.duplicates) {
        d.record += int(m_out->records);
        m_out->duplicates.append(d);
    }
    m_out->records += tail.records;
    m_allRecords += tail.records;
    m_p = m_begin + tail.end;
    return true;
}

// The values of an array from the first (m_p) to after the closing bracket.
bool Checker::items(int depth, const Context &context)
{
    while (true) {
        skipSpace();
        Context child = context;
        if (context.place == Place::Parks) {
            if (m_tail && !m_checksTail && m_p - m_begin == m_tail->from) {
                Tail *tail = m_tail;
                if (joinTail()) {
                    tail->joined = true;
                    return true;
                }
            }
            if (m_allRecords >= m_maxRecords) {
                return fail(m_p, tr("too many records: a park store may hold %1 records plus "
                                    "one per %2 bytes of the file, %3 for this file")
                                     .arg(Limits::FreeRecords)
                                     .arg(Limits::BytesPerRecord)
                                     .arg(m_maxRecords));
            }
            child.place = Place::Record;
            child.record = int(m_out->records++);
            ++m_allRecords;
            if (m_allRecords % 256 == 0 &&
                !goesOn(m_control, m_checksTail ? m_tail : nullptr, m_p - m_begin, m_end - m_begin,
                        LoadStage::Read, LoadStage::Checked))
                return fail(m_p, tr("opening was cancelled"));
        } else if (context.place == Place::Document || context.place == Place::Record) {
            child.place = context.place == Place::Record ? Place::InRecord : Place::TopMember;
        }
        if (m_p >= m_end)
            return fail(m_p, tr("unterminated array"));
        if (*m_p == ']')
            return fail(m_p, tr("trailing comma: a value must follow a comma"));
        if (!value(depth, child))
            return false;
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            continue;
        }
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        return fail(m_p, tr("unterminated array"));
    }
}

} // namespace

Check check(QByteArrayView json, qsizetype maxRecords, LoadControl *control)
{
    Check result;
    Checker(json, maxRecords, &result, control).run();
    return result;
}

qsizetype entryNear(QByteArrayView json, qsizetype from)
{
    const auto previous = [&json](qsizetype i) {
        while (i >= 0 && isSpace(json[i]))
            --i;
        return i;
    };
    // A store's records are a few hundred bytes each; no more than a
    // megabyte is looked through.
    const qsizetype last = std::min(json.size(), from + 1024 * 1024);
    for (qsizetype i = std::max<qsizetype>(from, 0); i < last; ++i) {
        if (json[i] != '{')
            continue;
        const qsizetype comma = previous(i - 1);
        if (comma < 0 || json[comma] != ',')
            continue;
        const qsizetype close = previous(comma - 1);
        if (close >= 0 && json[close] == '}')
            return i;
    }
    return -1;
}

namespace {

// The tail's thread: checks the tail, then reads it if it passed.
void checkAndReadTail(const QByteArray &json, qsizetype maxRecords, LoadControl *control,
                      Tail *tail, PageRelease *release)
{
    TailCheck checked;
    {
        Check counts;
        Checker(json, maxRecords, &counts, control, tail, true).runTail(&checked);
    }
    const bool ok = checked.ok;
    const qsizetype records = checked.records;
    tail->checkDone.set_value(std::move(checked));
    TailRead read;
    if (ok && !tail->stop.load(std::memory_order_relaxed)) {
        PageGiver pages(json, release, tail->from, json.size());
        Reader reader(json.constData(), json.constData() + json.size(), control, tail, true,
                      release ? &pages : nullptr);
        reader.expectRecords(records);
        reader.readTail(&read);
    }
    tail->readDone.set_value(std::move(read));
}

} // namespace

CheckedRead checkAndRead(const QByteArray &json, qsizetype maxRecords, LoadControl *control,
                         qsizetype tailFrom, PageRelease *release)
{
    if (tailFrom < 0)
        tailFrom = json.size() >= SplitSize ? entryNear(json, json.size() / 2) : 0;
    Tail tail;
    tail.from = tailFrom;
    std::future<void> second;
    if (tailFrom > 0) {
        try {
            second = std::async(std::launch::async, [&] {
                checkAndReadTail(json, maxRecords, control, &tail, release);
            });
        } catch (const std::system_error &) {
            // No thread to be had: all of it on this one.
        }
    }
    Tail *const sharedTail = second.valid() ? &tail : nullptr;

    CheckedRead result;
    Checker(json, maxRecords, &result.check, control, sharedTail).run();
    result.tailChecked = tail.joined;
    if (!tail.joined)
        tail.stop = true; // its reading would be of no use
    if (result.check.ok() && result.check.topIsObject && !(control && control->isCancelled())) {
        Parsed parsed;
        // Up to where the tail starts: beyond, the other thread may be
        // reading still.
        PageGiver pages(json, release, 0, sharedTail ? tail.from : json.size());
        Reader reader(json.constData(), json.constData() + json.size(), control, sharedTail, false,
                      release ? &pages : nullptr);
        reader.expectRecords(result.check.records);
        if (reader.readDocument(&parsed)) {
            squeeze(&parsed.parks);
            result.parsed = std::move(parsed);
            result.tailRead = tail.taken;
        }
    }
    // The tail's thread reads the document: it ends before the document may.
    tail.stop = true;
    if (second.valid())
        second.get();
    return result;
}

} // namespace ParkStoreReader
