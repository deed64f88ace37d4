#pragma once

#include <QMap>
#include <QString>

#include <array>

// Finds the entry of a text in a QMap<QString, T>, creating it if needed,
// without comparing texts when the text shares its data with one looked up
// before. The store reader gives every record of a province the same QString
// (one pooled copy per name), so counting a million records by province
// costs a few dozen map lookups instead of a million, each of which compares
// several Chinese names: at a million parks those comparisons stood the
// window still for a fifth of a second at every count.
//
// A text that shares no data (a record edited since, a name made on the
// fly) is looked up in the map as usual. The cache keeps a copy of each
// text it remembers, so the data it compares by address cannot be freed and
// reused for another text while it does. A map must not be copied while
// it is being filled through a lookup: the copy would keep the entries the
// lookup points to.
template <typename T> class TextLookup
{
public:
    T &in(QMap<QString, T> &map, const QString &text)
    {
        const QChar *data = text.constData();
        const qsizetype size = text.size();
        Slot &slot = m_slots[(quintptr(data) / alignof(QChar) ^ quintptr(size)) % Slots];
        if (slot.map == &map && slot.text.constData() == data && slot.text.size() == size)
            return *slot.value;
        T &value = map[text];
        // QMap's entries stay where they are while others are added.
        slot = {&map, text, &value};
        return value;
    }

private:
    struct Slot
    {
        const QMap<QString, T> *map = nullptr;
        QString text;
        T *value = nullptr;
    };
    static constexpr quintptr Slots = 251;
    std::array<Slot, Slots> m_slots{};
};
