#include "geojsonskim.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

// A cursor over JSON text that steps over values without building them.
class Skimmer
{
public:
    explicit Skimmer(QByteArrayView text)
        : m_at(text.data())
        , m_end(text.data() + text.size())
    {}

    const char *at() const { return m_at; }
    bool atEnd()
    {
        skipSpace();
        return m_at == m_end;
    }

    // Steps over C (after any white space) if it comes next.
    bool take(char c)
    {
        skipSpace();
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }

    // A string's raw bytes, escapes as written, without its quotes.
    bool string(QByteArrayView *out)
    {
        if (!take('"'))
            return false;
        const char *start = m_at;
        if (!skipStringRest())
            return false;
        *out = QByteArrayView(start, m_at - 1 - start);
        return true;
    }

    // Steps over one value of any kind: strings to their closing quote,
    // objects and arrays to their closing bracket, anything else to the
    // next delimiter.
    bool skipValue()
    {
        skipSpace();
        if (m_at == m_end)
            return false;
        if (*m_at == '"') {
            ++m_at;
            return skipStringRest();
        }
        if (*m_at == '{' || *m_at == '[') {
            int depth = 0;
            while (m_at != m_end) {
                const char c = *m_at++;
                if (c == '"') {
                    if (!skipStringRest())
                        return false;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0)
                        return true;
                }
            }
            return false;
        }
        const char *start = m_at;
        while (m_at != m_end && !isDelimiter(*m_at))
            ++m_at;
        return m_at != start;
    }

private:
    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    void skipSpace()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
    }

    // After an opening quote: to just past the closing one.
    bool skipStringRest()
    {
        while (m_at != m_end) {
            const char c = *m_at++;
            if (c == '\\') {
                if (m_at == m_end)
                    return false;
                ++m_at;
            } else if (c == '"') {
                return true;
            }
        }
        return false;
    }

    const char *m_at;
    const char *m_end;
};

// The members of an object, one by one: MEMBER(key) reads or skips the
// value that follows the key and says whether that went well.
template <typename Member> bool forEachMember(Skimmer &s, Member member)
{
    if (!s.take('{'))
        return false;
    if (s.take('}'))
        return true;
    do {
        QByteArrayView key;
        if (!s.string(&key) || !s.take(':') || !member(key))
            return false;
    } while (s.take(','));
    return s.take('}');
}

// A "type" member's value: whether it is a string, and *IS whether it is
// EXPECTED.
bool typeValue(Skimmer &s, const char *expected, bool *is)
{
    QByteArrayView type;
    if (!s.string(&type))
        return false;
    *is = type == expected;
    return true;
}

bool readFeature(Skimmer &s, GeoJson::Feature *feature)
{
    bool isFeature = false;
    bool hasProperties = false;
    const bool read = forEachMember(s, [&](QByteArrayView key) {
        if (key == "type")
            return typeValue(s, "Feature", &isFeature);
        if (key != "properties")
            return s.skipValue();
        const char *start = s.at();
        if (!s.skipValue())
            return false;
        QJsonParseError error;
        const QJsonDocument properties =
            QJsonDocument::fromJson(QByteArray::fromRawData(start, s.at() - start), &error);
        if (error.error != QJsonParseError::NoError || !properties.isObject())
            return false;
        feature->properties = properties.object();
        feature->name = feature->properties.value(QStringLiteral("name")).toString().trimmed();
        hasProperties = true;
        return true;
    });
    return read && isFeature && hasProperties;
}

} // namespace

namespace GeoJson {

std::optional<QList<Feature>> skimFeatures(const QByteArray &rawBytes)
{
    QByteArrayView bytes(rawBytes);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    Skimmer s(bytes);
    bool isCollection = false;
    bool hasFeatures = false;
    QList<Feature> features;
    const bool read = forEachMember(s, [&](QByteArrayView key) {
        if (key == "type")
            return typeValue(s, "FeatureCollection", &isCollection);
        if (key != "features")
            return s.skipValue();
        hasFeatures = true;
        features.clear();
        if (!s.take('['))
            return false;
        if (s.take(']'))
            return true;
        do {
            Feature feature;
            feature.index = int(features.size());
            if (!readFeature(s, &feature))
                return false;
            features.append(std::move(feature));
        } while (s.take(','));
        return s.take(']');
    });
    if (!read || !s.atEnd() || !isCollection || !hasFeatures || features.isEmpty())
        return std::nullopt;
    return features;
}

} // namespace GeoJson
