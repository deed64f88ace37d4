#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString plain(QString text)
{
    // Menu texts carry accelerator markers: "&Open…", "打开(&O)…".
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    text.remove(QLatin1Char('&'));
    return text;
}

void collect(const QMenu *menu, const QString &path, QList<QStringList> &out)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" › ") + plain(action->text()), out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            out.append({path, plain(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setHeaderLabels({tr("Menu"), tr("Action"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    for (const QStringList &row : shortcuts(menuBar))
        new QTreeWidgetItem(m_list, row);
    // Keys that act in one place rather than through a menu.
    new QTreeWidgetItem(m_list, {tr("Table"), tr("Edit the current cell"), QStringLiteral("F2")});
    new QTreeWidgetItem(m_list,
                        {tr("Table"), tr("Open the park's form"), tr("Enter, double-click")});
    new QTreeWidgetItem(m_list, {tr("Search field"), tr("Clear the search"), tr("Esc")});
    new QTreeWidgetItem(m_list,
                        {tr("Map"), tr("Zoom in / out / fit"), QStringLiteral("+ / − / 0")});
    new QTreeWidgetItem(m_list, {tr("Map"), tr("Clear the province selection"), tr("Esc")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 520);
}

QList<QStringList> ShortcutsDialog::shortcuts(const QMenuBar *menuBar)
{
    QList<QStringList> out;
    for (QAction *top : menuBar->actions()) {
        if (top->menu())
            collect(top->menu(), plain(top->text()), out);
    }
    return out;
}
