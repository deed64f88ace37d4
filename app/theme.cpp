#include "theme.h"

#include <QApplication>
#include <QStyle>

namespace AppTheme {

void apply(AppSettings::Theme theme)
{
    static const QString systemStyle = QApplication::style()->name();
    if (theme == AppSettings::Theme::FollowSystem) {
        QApplication::setStyle(systemStyle);
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    if (theme == AppSettings::Theme::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setPalette(darkPalette());
}

QPalette darkPalette()
{
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2f, 0x36));
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x23, 0x25, 0x2b));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x34));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x45));
    dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3d));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    dark.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    return dark;
}

} // namespace AppTheme
