#include "maptooltip.h"

#include <QPalette>

#include <algorithm>

namespace {

// Far enough from the pointer that the cursor does not cover the text.
constexpr int Offset = 16;

} // namespace

MapToolTip::MapToolTip(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::ToolTipText);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    setFrameShape(QFrame::Box);
    setMargin(6);
    hide();
}

void MapToolTip::showAt(const QPoint &pointer, const QString &text)
{
    if (text.isEmpty()) {
        hideTip();
        return;
    }
    if (text != this->text()) {
        setText(text);
        adjustSize();
    }
    const QSize area = parentWidget() ? parentWidget()->size() : size();
    move(placement(pointer, size(), area));
    show();
    raise();
}

void MapToolTip::hideTip()
{
    hide();
    clear();
}

QPoint MapToolTip::placement(const QPoint &pointer, const QSize &tip, const QSize &area)
{
    int x = pointer.x() + Offset;
    int y = pointer.y() + Offset;
    if (x + tip.width() > area.width())
        x = pointer.x() - Offset - tip.width();
    if (y + tip.height() > area.height())
        y = pointer.y() - Offset - tip.height();
    // A tip larger than the room on either side still keeps its top left
    // corner, and as much of itself as fits, inside.
    x = std::clamp(x, 0, std::max(0, area.width() - tip.width()));
    y = std::clamp(y, 0, std::max(0, area.height() - tip.height()));
    return {x, y};
}
