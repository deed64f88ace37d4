#include "dropdownbutton.h"

#include <QStyle>
#include <QStyleOptionToolButton>

DropDownButton::DropDownButton(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
}

QSize DropDownButton::withArrowRoom(QSize size) const
{
    // The style centres the text and puts the arrow in the right-hand
    // corner: widening by twice the arrow's room keeps them apart.
    QStyleOptionToolButton option;
    initStyleOption(&option);
    size.rwidth() += 2 * style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, this);
    return size;
}

QSize DropDownButton::sizeHint() const
{
    return withArrowRoom(QToolButton::sizeHint());
}

QSize DropDownButton::minimumSizeHint() const
{
    return withArrowRoom(QToolButton::minimumSizeHint());
}
