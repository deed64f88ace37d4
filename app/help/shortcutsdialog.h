#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

// Help > Keyboard Shortcuts: every action of the menus with its shortcut,
// read from the menus themselves so that the list cannot fall out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

    // (menu, action, shortcut) for every action that has a shortcut.
    static QList<QStringList> shortcuts(const QMenuBar *menuBar);

private:
    QTreeWidget *m_list;
};
