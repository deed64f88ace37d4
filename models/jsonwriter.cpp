#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace {

// The shortest text that reads back as the same double, in plain notation
// where that is readable (500000, 0.005) and in exponent notation for the
// very large and very small, as JSON writers commonly do.
QByteArray formatNumber(double d)
{
    const double magnitude = std::fabs(d);
    if (d == 0 || (magnitude >= 1e-5 && magnitude < 1e16))
        return QByteArray::number(d, 'f', QLocale::FloatingPointShortest);
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

} // namespace

void JsonWriter::newline()
{
    m_out.append('\n');
    m_out.append(QByteArray(2 * m_counts.size(), ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_counts.isEmpty()) {
        if (m_counts.last()++ > 0)
            m_out.append(',');
        newline();
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_counts.append(0);
}

void JsonWriter::endObject()
{
    const int count = m_counts.takeLast();
    if (count > 0)
        newline();
    m_out.append('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_counts.append(0);
}

void JsonWriter::endArray()
{
    endObject(); // same layout
    m_out.chop(1);
    m_out.append(']');
}

void JsonWriter::key(const QString &name)
{
    beforeValue();
    writeString(name);
    m_out.append(": ");
    m_afterKey = true;
}

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\": ");
    m_afterKey = true;
}

void JsonWriter::string(const QString &s)
{
    beforeValue();
    writeString(s);
}

void JsonWriter::stringOrNull(const QString &s)
{
    if (s.isNull())
        null();
    else
        string(s);
}

void JsonWriter::number(double d)
{
    beforeValue();
    m_out.append(formatNumber(d));
}

void JsonWriter::boolean(bool b)
{
    beforeValue();
    m_out.append(b ? "true" : "false");
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    }
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue &item : v.toArray())
            value(item);
        endArray();
        return;
    }
    default:
        break;
    }
    beforeValue();
    switch (v.type()) {
    case QJsonValue::Bool:
        m_out.append(v.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        m_out.append(formatNumber(v.toDouble()));
        break;
    case QJsonValue::String:
        writeString(v.toString());
        break;
    default:
        m_out.append("null");
        break;
    }
}

void JsonWriter::writeString(const QString &s)
{
    m_out.append('"');
    // A lone surrogate has no UTF-8 form (toUtf8() would turn it into a
    // replacement character); it is written as a \u escape instead, so that
    // whatever was read is written back unchanged.
    bool lone = false;
    for (qsizetype i = 0; i < s.size() && !lone; ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        else
            lone = s.at(i).isSurrogate();
    }
    if (!lone) {
        appendEscaped(s.toUtf8());
    } else {
        qsizetype from = 0;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            if (!s.at(i).isSurrogate())
                continue;
            appendEscaped(QStringView(s).mid(from, i - from).toUtf8());
            m_out.append(QByteArray("\\u") +
                         QByteArray::number(s.at(i).unicode(), 16).rightJustified(4, '0'));
            from = i + 1;
        }
        appendEscaped(QStringView(s).mid(from).toUtf8());
    }
    m_out.append('"');
}

void JsonWriter::appendEscaped(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    // Runs that need no escaping are copied whole: nearly all text is such.
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
            ++p;
        m_out.append(run, p - run);
        if (p == end)
            break;
        const char c = *p++;
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        default: {
            const auto u = static_cast<unsigned char>(c);
            m_out.append("\\u00");
            m_out.append(hex[u >> 4]);
            m_out.append(hex[u & 0xf]);
        }
        }
    }
}

QByteArray JsonWriter::take()
{
    QByteArray out = std::move(m_out);
    m_out.clear();
    m_counts.clear();
    m_afterKey = false;
    return out;
}
