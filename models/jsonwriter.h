#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// Writes JSON the way the store wants it on disk: UTF-8 (not \u escapes),
// two-space indent, members in the order the caller gives, numbers in their
// shortest exact form. QJsonDocument::toJson cannot keep a member order,
// which would make every save reorder the file and spoil diffs.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The key of the next member of the current object.
    void key(const QString &name);
    // A key known to need no escaping (plain ASCII).
    void key(QLatin1StringView name);
    // A whole value; objects are written with their keys sorted.
    void value(const QJsonValue &value);
    // The same as value() with the matching QJsonValue, without building
    // one: saving writes millions of values.
    void string(const QString &s);
    void stringOrNull(const QString &s); // null for a null string
    void number(double d);
    void boolean(bool b);
    void null();

    QByteArray take();

private:
    void beforeValue();
    void newline();
    void writeString(const QString &s);
    void appendEscaped(const QByteArray &utf8);

    QByteArray m_out;
    // For each open container: how many items it has so far.
    QList<int> m_counts;
    bool m_afterKey = false;
};
