#pragma once

#include <QToolButton>

// A tool button that drops down its menu when clicked, with room for the
// menu arrow: a plain QToolButton in this mode draws the arrow over the
// end of its text ("省份⌄").
class DropDownButton : public QToolButton
{
    Q_OBJECT

public:
    explicit DropDownButton(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QSize withArrowRoom(QSize size) const;
};
