#include "parktableview.h"

#include "frozencolumnview.h"
#include "parkitemdelegate.h"
#include "parktablemodel.h"
#include "tableexport.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>

#include <algorithm>
#include <utility>

ParkTableView::ParkTableView(QUndoStack *undoStack, QWidget *parent)
    : QTableView(parent)
{
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    // Double-click and Enter open the form; F2 edits the cell in place.
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_delegate = new ParkItemDelegate(undoStack, this);
    setItemDelegate(m_delegate);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultSectionSize(110);
    horizontalHeader()->setMaximumSectionSize(420);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setToolTip(tr("Click to sort; right-click to choose columns"));
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ParkTableView::showColumnMenu);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, &ParkTableView::layoutEdited);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (m_resizingByHand && !m_userSized.contains(logical))
            m_userSized.append(logical);
        emit layoutEdited();
    });
    // By pixel, so that the cells pass smoothly under the frozen column.
    setHorizontalScrollMode(ScrollPerPixel);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // A column fitted to its contents measures this many rows, those in
    // sight first, not Qt's thousand: at 100,000 parks a thousand rows'
    // text layouts held the first sight of the table back by 60 ms. (Qt
    // reads the count for a column's width from the horizontal header.)
    horizontalHeader()->setResizeContentsPrecision(FitSampleRows);
    setAccessibleName(tr("Park table"));
    m_frozen = new FrozenColumnView(this);
    m_frozenDelegate = new ParkItemDelegate(undoStack, m_frozen);
    m_frozen->setItemDelegate(m_frozenDelegate);
    horizontalHeader()->viewport()->installEventFilter(this);
    m_frozen->horizontalHeader()->viewport()->installEventFilter(this);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this,
            &ParkTableView::keepFrozenColumnFirst, Qt::QueuedConnection);
}

ParkTableView::~ParkTableView()
{
    // Before the base classes go: a table that is a window is closed by
    // ~QWidget, and its headers, hidden then, would have the frozen column
    // follow a table that is no longer one.
    delete std::exchange(m_frozen, nullptr);
}

void ParkTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->follow();
    keepFrozenColumnFirst();
}

void ParkTableView::setCommitHandler(const ParkItemDelegate::CommitHandler &handler)
{
    m_delegate->setCommitHandler(handler);
    m_frozenDelegate->setCommitHandler(handler);
}

bool ParkTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (index.isValid() && index.column() == m_frozen->column() && m_frozen->isVisible())
        return m_frozen->editFrozenCell(index, trigger, event);
    return QTableView::edit(index, trigger, event);
}

void ParkTableView::setFrozenColumn(int column)
{
    const int previous = m_frozen->column();
    QHeaderView *header = horizontalHeader();
    // A language switch swaps the two names: the one that was frozen takes
    // the other's place, so the figures stay where they were.
    const int place = header->visualIndex(column);
    m_delegate->setMarkedColumn(column);
    m_frozenDelegate->setMarkedColumn(column);
    m_frozen->setColumn(column);
    keepFrozenColumnFirst();
    if (m_frozenChosen && model() && previous != column && place > 0) {
        const QSignalBlocker blocker(header);
        header->moveSection(header->visualIndex(previous), place);
    }
    m_frozenChosen = true;
}

int ParkTableView::frozenColumn() const
{
    return m_frozen->column();
}

QTableView *ParkTableView::frozenView() const
{
    return m_frozen;
}

void ParkTableView::keepFrozenColumnFirst()
{
    if (!model())
        return;
    const int column = m_frozen->column();
    QHeaderView *header = horizontalHeader();
    if (header->isSectionHidden(column))
        setColumnHidden(column, false);
    if (header->visualIndex(column) != 0) {
        const QSignalBlocker blocker(header);
        header->moveSection(header->visualIndex(column), 0);
        viewport()->update();
    }
    m_frozen->setColumnWidth(column, columnWidth(column));
    m_frozen->reposition();
}

void ParkTableView::fitColumns()
{
    if (!model())
        return;
    for (int c = 0; c < model()->columnCount(); ++c) {
        if (!isColumnHidden(c) && !m_userSized.contains(c))
            setColumnWidth(c, fittedWidth(c));
    }
    m_frozen->reposition();
}

int ParkTableView::fittedWidth(int column) const
{
    // Long texts (names, policies) are capped so that the figures stay in
    // sight at 1280 pixels; tooltips hold the whole text.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int cap = column == m_frozen->column() ? 18 * em : 14 * em;
    const int wanted =
        std::max(sizeHintForColumn(column), horizontalHeader()->sectionSizeHint(column));
    return std::min(wanted, cap);
}

bool ParkTableView::eventFilter(QObject *watched, QEvent *event)
{
    // Widths change by hand only between a press and a release on a header.
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
        m_resizingByHand = true;
    else if (event->type() == QEvent::MouseButtonRelease)
        m_resizingByHand = false;
    return QTableView::eventFilter(watched, event);
}

void ParkTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    m_frozen->reposition();
}

void ParkTableView::updateGeometries()
{
    QTableView::updateGeometries();
    if (m_frozen)
        m_frozen->reposition();
}

void ParkTableView::uncoverFromFrozen(const QModelIndex &index)
{
    if (!index.isValid() || index.column() == m_frozen->column())
        return;
    const int covered = columnWidth(m_frozen->column()) - visualRect(index).left();
    if (covered > 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - covered);
}

void ParkTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (index.isValid() && index.column() == m_frozen->column()) {
        // The frozen column is always in sight: scroll rows only.
        const int x = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(x);
        return;
    }
    QTableView::scrollTo(index, hint);
    uncoverFromFrozen(index);
}

QModelIndex ParkTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex next = QTableView::moveCursor(action, modifiers);
    uncoverFromFrozen(next);
    return next;
}

QList<int> ParkTableView::selectedSourceRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    QModelIndexList selected = selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : selected) {
        const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
        rows.append(source.row());
    }
    return rows;
}

QList<int> ParkTableView::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void ParkTableView::setColumnShown(int column, bool shown)
{
    setColumnHidden(column, !shown);
    emit layoutEdited();
}

void ParkTableView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    if (!model())
        return;
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction *action = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(c));
        // The last visible column cannot be hidden: an empty table helps no one.
        action->setEnabled((isColumnHidden(c) || visibleColumns().size() > 1) &&
                           c != m_frozen->column());
        if (c == m_frozen->column())
            action->setToolTip(tr("The park's name stays in the first column"));
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, [this] {
        horizontalHeader()->reset();
        for (int visual = 0; visual < horizontalHeader()->count(); ++visual)
            horizontalHeader()->moveSection(horizontalHeader()->visualIndex(visual), visual);
        m_userSized.clear();
        applyDefaultLayout();
        fitColumns();
        emit layoutEdited();
    });
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

void ParkTableView::applyDefaultLayout()
{
    if (!model())
        return;
    for (int c = 0; c < model()->columnCount(); ++c) {
        const FieldRegistry::Field &field = FieldRegistry::field(ParkTableModel::fieldOf(c));
        setColumnHidden(c, field.has(FieldRegistry::HiddenByDefault));
    }
    // The name first, then where, when, who and how much; the other
    // language's name and the ID just before the long texts.
    QList<int> order{m_frozen->column()};
    QList<int> later;
    for (int c = 0; c < model()->columnCount(); ++c) {
        if (c == m_frozen->column())
            continue;
        const bool name = c == ParkTableModel::IdColumn || c == ParkTableModel::NameZhColumn ||
                          c == ParkTableModel::NameEnColumn;
        (name ? later : order).append(c);
    }
    const int longTexts = order.indexOf(FieldRegistry::columnOf(ParkField::Policy));
    for (int i = 0; i < later.size(); ++i)
        order.insert(longTexts < 0 ? order.size() : longTexts + i, later.at(i));
    QHeaderView *header = horizontalHeader();
    const QSignalBlocker blocker(header);
    for (int visual = 0; visual < order.size(); ++visual)
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    m_frozen->reposition();
}

QByteArray ParkTableView::saveLayout() const
{
    return horizontalHeader()->saveState();
}

bool ParkTableView::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return false;
    keepFrozenColumnFirst();
    return true;
}

void ParkTableView::copySelection()
{
    if (!selectionModel() || !model())
        return;
    QList<int> rows;
    QList<int> columnsSelected;
    for (const QModelIndex &index : selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows << index.row();
        if (!columnsSelected.contains(index.column()))
            columnsSelected << index.column();
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Columns in the order the user sees them.
    QList<int> columns;
    for (int c : visibleColumns()) {
        if (columnsSelected.contains(c))
            columns << c;
    }
    auto *mime = new QMimeData;
    mime->setText(TableExport::toTsv(*model(), rows, columns));
    mime->setHtml(TableExport::toHtml(*model(), rows, columns));
    QApplication::clipboard()->setMimeData(mime);
}

void ParkTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        state() != QAbstractItemView::EditingState) {
        emit editRequested();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
