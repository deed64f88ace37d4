#include "checklistbutton.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QWidgetAction>

CheckListButton::CheckListButton(const QString &title, QWidget *parent)
    : DropDownButton(parent)
    , m_list(new QListWidget)
    , m_search(new QLineEdit)
{
    auto *menu = new QMenu(this);
    auto *panel = new QWidget(menu);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Find…"));
    auto *clear = new QPushButton(tr("Clear selection"), panel);
    m_list->setMinimumSize(240, 280);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(clear);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, m_search, [this] { m_search->setFocus(); });

    connect(m_search, &QLineEdit::textChanged, this, &CheckListButton::applySearch);
    connect(clear, &QPushButton::clicked, this, [this] {
        setChecked({});
        emit checkedChanged(m_checked);
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        const QString value = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::Checked)
            m_checked.insert(value);
        else
            m_checked.remove(value);
        updateText();
        emit checkedChanged(m_checked);
    });
    setTitle(title);
}

namespace {
constexpr int OtherNamesRole = Qt::UserRole + 1;
} // namespace

void CheckListButton::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    updateText();
}

void CheckListButton::setItems(const QList<Item> &items)
{
    m_updating = true;
    m_list->clear();
    QSet<QString> stillThere;
    for (const Item &i : items) {
        auto *item = new QListWidgetItem(i.label, m_list);
        item->setData(Qt::UserRole, i.value);
        item->setData(OtherNamesRole, i.otherNames);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool on = m_checked.contains(i.value);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        if (on)
            stillThere.insert(i.value);
    }
    // A checked value with no record left stays checked: the filter is the
    // user's, and clearing it silently would show parks they excluded.
    for (const QString &value : std::as_const(m_checked)) {
        if (!stillThere.contains(value)) {
            auto *item = new QListWidgetItem(tr("%1 (0)").arg(value), m_list);
            item->setData(Qt::UserRole, value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
    m_updating = false;
    applySearch(m_search->text());
    updateText();
}

void CheckListButton::setChecked(const QSet<QString> &values)
{
    m_checked = values;
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(values.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    m_updating = false;
    updateText();
}

void CheckListButton::updateText()
{
    setText(m_checked.isEmpty() ? m_title
                                : QStringLiteral("%1 (%2)").arg(m_title).arg(m_checked.size()));
    QStringList values(m_checked.begin(), m_checked.end());
    values.sort();
    // Values come from the data: escaped, so that they never render as HTML.
    setToolTip(Qt::convertFromPlainText(
        values.isEmpty()
            ? tr("%1: any").arg(m_title)
            : QStringLiteral("%1: %2").arg(m_title, values.join(QStringLiteral(", ")))));
}

void CheckListButton::applySearch(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool found =
            item->text().contains(text, Qt::CaseInsensitive) ||
            item->data(OtherNamesRole).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!text.isEmpty() && !found);
    }
}
