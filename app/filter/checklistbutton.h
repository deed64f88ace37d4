#pragma once

#include "dropdownbutton.h"

#include <QSet>

class QListWidget;
class QLineEdit;

// A button that drops down a checkable list ("浙江省 (4)") for choosing
// several values at once, as spreadsheet column filters do.
class CheckListButton : public DropDownButton
{
    Q_OBJECT

public:
    struct Item
    {
        QString value; // what the filter stores, e.g. 浙江省
        QString label; // what the list shows, e.g. "浙江省 (4)"
        // Other names the find box matches besides the label, e.g. the
        // Chinese and English names of a city whichever the list shows.
        QString otherNames = QString();
    };

    explicit CheckListButton(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Replaces the items, keeping the checked values that still exist.
    void setItems(const QList<Item> &items);
    void setChecked(const QSet<QString> &values);
    QSet<QString> checked() const { return m_checked; }
    QListWidget *list() const { return m_list; }

signals:
    void checkedChanged(const QSet<QString> &values);

private:
    void updateText();
    void applySearch(const QString &text);

    QString m_title;
    QSet<QString> m_checked;
    QListWidget *m_list;
    QLineEdit *m_search;
    bool m_updating = false;
};
