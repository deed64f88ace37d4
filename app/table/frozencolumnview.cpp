#include "frozencolumnview.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>

FrozenColumnView::FrozenColumnView(QTableView *table)
    : QTableView(table)
    , m_table(table)
{
    // Keyboard focus stays in the table, which scrolls its cells clear of
    // this column (ParkTableView::scrollTo); clicks select through the
    // shared selection model.
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSectionsClickable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(table->verticalScrollMode());
    setSelectionBehavior(table->selectionBehavior());
    setSelectionMode(table->selectionMode());
    setAlternatingRowColors(table->alternatingRowColors());
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    // The table's edit keys open editors here (ParkTableView::edit); the
    // delegate is this view's own, since a delegate's commitData and
    // closeEditor reach every view that uses it.
    setEditTriggers(table->editTriggers());
    setAccessibleName(tr("Park names (frozen column)"));
    table->viewport()->stackUnder(this);

    // One vertical position for both.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, table->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(),
            &QScrollBar::setValue);
    // One width for the column, whichever header the user drags.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) {
                if (logical != m_column)
                    return;
                setColumnWidth(m_column, size);
                reposition();
            });
    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) {
                if (logical == m_column && m_table->columnWidth(m_column) != size)
                    m_table->setColumnWidth(m_column, size);
            });
    connect(table->verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int logical, int, int size) { setRowHeight(logical, size); });
    connect(table->horizontalHeader(), &QHeaderView::geometriesChanged, this,
            &FrozenColumnView::reposition);
    connect(table->verticalHeader(), &QHeaderView::geometriesChanged, this,
            &FrozenColumnView::reposition);
    connect(table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, horizontalHeader(),
            &QHeaderView::setSortIndicator);
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this,
            &FrozenColumnView::sortFromHeader);
    connect(this, &QAbstractItemView::doubleClicked, table, &QAbstractItemView::doubleClicked);
}

void FrozenColumnView::follow()
{
    setModel(m_table->model());
    setSelectionModel(m_table->selectionModel());
    verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->defaultSectionSize());
    const QHeaderView *header = m_table->horizontalHeader();
    horizontalHeader()->setSortIndicator(header->sortIndicatorSection(),
                                         header->sortIndicatorOrder());
    showOnlyFrozenColumn();
}

bool FrozenColumnView::editFrozenCell(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    return QTableView::edit(index, trigger, event);
}

void FrozenColumnView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus == this || isAncestorOf(focus))
        m_table->setFocus();
}

void FrozenColumnView::setColumn(int column)
{
    m_column = column;
    showOnlyFrozenColumn();
}

void FrozenColumnView::showOnlyFrozenColumn()
{
    if (!model())
        return;
    for (int c = 0; c < model()->columnCount(); ++c)
        setColumnHidden(c, c != m_column);
    setColumnWidth(m_column, m_table->columnWidth(m_column));
    reposition();
}

void FrozenColumnView::reposition()
{
    const int frame = m_table->frameWidth();
    const int left =
        m_table->verticalHeader()->isVisible() ? m_table->verticalHeader()->width() : 0;
    horizontalHeader()->setFixedHeight(m_table->horizontalHeader()->height());
    setGeometry(frame + left, frame, m_table->columnWidth(m_column),
                m_table->viewport()->height() + m_table->horizontalHeader()->height());
    verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
}

void FrozenColumnView::sortFromHeader(int section)
{
    // The table's header holds the sort: the same click there would sort
    // the same way.
    const QHeaderView *header = m_table->horizontalHeader();
    const Qt::SortOrder order = header->sortIndicatorSection() == section &&
                                        header->sortIndicatorOrder() == Qt::AscendingOrder
                                    ? Qt::DescendingOrder
                                    : Qt::AscendingOrder;
    m_table->sortByColumn(section, order);
}

void FrozenColumnView::mousePressEvent(QMouseEvent *event)
{
    // A click on a name puts the keyboard in the table (Ctrl+C, arrows).
    m_table->setFocus(Qt::MouseFocusReason);
    QTableView::mousePressEvent(event);
}

void FrozenColumnView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    // A rule on the right edge marks where the scrolling cells pass under.
    QPainter painter(viewport());
    painter.setPen(QPen(palette().color(QPalette::Mid), 2));
    const int x = viewport()->width() - 1;
    painter.drawLine(x, 0, x, viewport()->height());
}
