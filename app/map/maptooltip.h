#pragma once

#include <QLabel>

// A tooltip that lives inside a widget (the map's viewport) rather than on
// the screen: it follows the pointer without delay and is kept within the
// widget's edges, flipping to the other side of the pointer when it would
// run out. Text is always plain.
class MapToolTip : public QLabel
{
    Q_OBJECT

public:
    explicit MapToolTip(QWidget *parent);

    // Shows TEXT near POINTER (parent coordinates); an empty text hides it.
    void showAt(const QPoint &pointer, const QString &text);
    void hideTip();

    // Where the tip goes for a pointer, given its size and the parent's.
    static QPoint placement(const QPoint &pointer, const QSize &tip, const QSize &area);
};
