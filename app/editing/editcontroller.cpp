#include "editcontroller.h"

#include "documentsession.h"
#include "editing/nonparkentrydialog.h"
#include "editing/parkcommands.h"
#include "editing/parkeditdialog.h"
#include "parkfilterproxy.h"
#include "parktablemodel.h"
#include "table/parkitemdelegate.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolTip>
#include <QUndoStack>

EditController::EditController(DocumentSession *session, QUndoStack *stack, ParkFilterProxy *proxy,
                               ParkTableView *table, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_proxy(proxy)
    , m_table(table)
    , m_window(window)
    , m_stack(stack)
{
    m_confirm = [this](const QString &text) {
        QMessageBox box(QMessageBox::Question, tr("Park Explorer"), text,
                        QMessageBox::Yes | QMessageBox::No, m_window);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::No);
        return box.exec() == QMessageBox::Yes;
    };
    retranslate();

    table->setCommitHandler([this](const QModelIndex &index, const QVariant &value) {
        return commitCell(index, value);
    });
    connect(table, &ParkTableView::editRequested, this, &EditController::editCurrent);
    ParkTableModel *model = m_session->model();
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { followOpenForm(false); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { followOpenForm(false); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { followOpenForm(false); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { followOpenForm(true); });
    connect(table, &QAbstractItemView::doubleClicked, this, &EditController::editCurrent);
}

void EditController::retranslate()
{
    delete m_undo;
    delete m_redo;
    m_undo = m_stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setStatusTip(tr("Undo the last change"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"),
                                     QApplication::style()->standardIcon(QStyle::SP_ArrowBack)));
    m_redo = m_stack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z, and Ctrl+Y as on Windows and in office programs.
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setStatusTip(tr("Redo the last undone change"));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"),
                                     QApplication::style()->standardIcon(QStyle::SP_ArrowForward)));
}

void EditController::addActions(QMenu *menu)
{
    m_editActions.clear(); // the earlier ones went with their menu
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    auto add = [this, menu](const QString &text, const QKeySequence &key, const QString &tip,
                            void (EditController::*slot)()) {
        QAction *a = menu->addAction(text, this, slot);
        a->setShortcut(key);
        a->setStatusTip(tip);
        m_editActions << a;
        return a;
    };
    add(tr("&New Park…"), QKeySequence::New, tr("Add a park with an empty form"),
        &EditController::newPark);
    add(tr("&Edit Park…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Edit the current park in a form (also Enter or double-click)"),
        &EditController::editCurrent);
    add(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
        tr("Copy the selected parks under new ids"), &EditController::duplicateSelected);
    QAction *remove = add(tr("&Delete…"), QKeySequence::Delete, tr("Delete the selected parks"),
                          &EditController::deleteSelected);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(remove);
    add(tr("Set &Value for Selection…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
        tr("Set one field of all selected parks at once"), &EditController::bulkEditDialog);
}

void EditController::setEditable(bool editable)
{
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(editable);
    m_table->setEditTriggers(editable ? QAbstractItemView::EditKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
}

QStringList EditController::knownCities() const
{
    QStringList cities;
    for (const ParkRecord &r : m_session->model()->sharedRecords()) {
        if (!r.city.isEmpty() && !cities.contains(r.city))
            cities << r.city;
    }
    cities.sort();
    return cities;
}

void EditController::selectSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_session->model()->index(row, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QList<int> EditController::selectedRowsOrCurrent() const
{
    QList<int> rows = m_table->selectedSourceRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_proxy->mapToSource(m_table->currentIndex()).row();
    return rows;
}

void EditController::newPark()
{
    if (m_dialog || m_entryDialog || m_session->isReadOnly())
        return;
    ParkTableModel *model = m_session->model();
    ParkRecord blank;
    blank.id = model->uniqueId();
    auto *dialog = new ParkEditDialog(blank, model->editContext(-1), m_window);
    dialog->setNewPark(true);
    dialog->setKnownCities(knownCities());
    if (m_discardPrompt)
        dialog->setDiscardPrompt(m_discardPrompt);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ParkRecord r = dialog->record();
        const int row = m_session->model()->rowCount();
        m_stack->push(new InsertParksCommand(
            m_session->model(), {row}, {r},
            tr("New Park %1").arg(r.displayName(Translations::isEnglish()))));
        selectSourceRow(row);
    });
    dialog->open();
}

void EditController::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        editRow(m_proxy->mapToSource(current).row());
}

void EditController::editRow(int row)
{
    if (m_dialog || m_entryDialog || row < 0 || row >= m_session->model()->rowCount())
        return;
    const ParkRecord &record = m_session->model()->record(row);
    if (!record.nonObjectEntry.isUndefined())
        showEntryThatIsNotAPark(row);
    else
        openForm(row, record, false);
}

void EditController::openForm(int row, const ParkRecord &record, bool replacing)
{
    ParkTableModel *model = m_session->model();
    auto *dialog = new ParkEditDialog(record, model->editContext(row), m_window);
    dialog->setNewPark(replacing);
    dialog->setKnownCities(knownCities());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_conflictPrompt)
        dialog->setConflictPrompt(m_conflictPrompt);
    if (m_discardPrompt)
        dialog->setDiscardPrompt(m_discardPrompt);
    dialog->setReadOnly(m_session->isReadOnly());
    m_dialog = dialog;
    m_formKey = model->keyOf(row);
    m_formSeen = model->record(row);
    m_formRow = row;
    m_formReloaded = false;
    m_formReplacing = replacing;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_dialog = nullptr; // no longer followed: the commit below changes its park
        if (result == QDialog::Accepted)
            commitForm(dialog);
        m_formKey = 0;
        m_formSeen = ParkRecord();
    });
    dialog->open();
}

void EditController::showEntryThatIsNotAPark(int row)
{
    ParkTableModel *model = m_session->model();
    const quint64 key = model->keyOf(row);
    auto *dialog = new NonParkEntryDialog(model->record(row).nonObjectEntry, row + 1,
                                          !m_session->isReadOnly(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_entryDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, key](int result) {
        m_entryDialog = nullptr;
        ParkTableModel *model = m_session->model();
        const int now = model->rowOfKey(key);
        if (now < 0 || m_session->isReadOnly())
            return;
        if (result == NonParkEntryDialog::DeleteEntry) {
            m_stack->push(
                new RemoveParksCommand(model, {now}, tr("Delete Entry #%1").arg(now + 1)));
        } else if (result == NonParkEntryDialog::ReplaceEntry) {
            ParkRecord blank;
            blank.id = model->uniqueId();
            openForm(now, blank, true);
        }
    });
    dialog->open();
}

void EditController::followOpenForm(bool reset)
{
    if (!m_dialog || m_formKey == 0)
        return;
    ParkTableModel *model = m_session->model();
    int row = model->rowOfKey(m_formKey);
    if (row < 0 && reset) {
        // A reload gives every record a new key: the park is the one with
        // the id it had.
        m_formReloaded = true;
        row = m_formSeen.id.isEmpty() ? -1 : model->rowOfId(m_formSeen.id);
        if (row >= 0)
            m_formKey = model->keyOf(row);
    }
    using Conflict = ParkEditDialog::Conflict;
    if (row < 0) {
        m_dialog->setContext(model->editContext(-1));
        m_dialog->setConflict(m_formReloaded ? Conflict::GoneAfterReload : Conflict::Deleted);
        return;
    }
    m_formRow = row;
    if (m_formReplacing) {
        // The entry being replaced is no longer the one the form was
        // opened for: the new park can still be added.
        if (model->record(row) != m_formSeen)
            m_dialog->setConflict(m_formReloaded ? Conflict::GoneAfterReload : Conflict::Deleted);
        else
            m_dialog->setConflict(Conflict::None);
        return;
    }
    m_formSeen = model->record(row);
    m_dialog->setContext(model->editContext(row));
    if (m_formSeen == m_dialog->original())
        m_dialog->setConflict(Conflict::None);
    else
        m_dialog->setConflict(m_formReloaded ? Conflict::Reloaded : Conflict::Changed, m_formSeen);
}

void EditController::commitForm(ParkEditDialog *dialog)
{
    if (m_session->isReadOnly())
        return;
    ParkTableModel *model = m_session->model();
    const bool english = Translations::isEnglish();
    if (dialog->addAsNew()) {
        const ParkRecord r = dialog->record();
        const int row = std::clamp(m_formRow, 0, model->rowCount());
        m_stack->push(new InsertParksCommand(model, {row}, {r},
                                             tr("Add Back %1").arg(r.displayName(english))));
        selectSourceRow(row);
        return;
    }
    // Only the fields changed in the form, on the park as it is now: the
    // same as the form's record unless the park changed under it.
    const int row = model->rowOfKey(m_formKey);
    if (row < 0)
        return;
    const ParkRecord before = model->record(row);
    if (m_formReplacing) {
        const ParkRecord r = dialog->record();
        m_stack->push(new EditParkCommand(
            model, row, before, r,
            tr("Replace Entry #%1 with %2").arg(row + 1).arg(r.displayName(english))));
        selectSourceRow(row);
        return;
    }
    const ParkRecord after = dialog->changesAppliedTo(before);
    if (after == before)
        return;
    m_stack->push(new EditParkCommand(model, row, before, after,
                                      tr("Edit %1").arg(after.displayName(english))));
}

bool EditController::commitCell(const QModelIndex &viewIndex, const QVariant &value)
{
    const QModelIndex source = m_proxy->mapToSource(viewIndex);
    QString why;
    if (pushCellEdit(m_stack, m_session->model(), source.row(), source.column(), value, &why) ==
        CellEdit::Refused) {
        // Said where the edit was made, and in the status bar: the cell
        // shows its old value again, and the user should know why.
        const QString text =
            tr("“%1” was not accepted for %2: %3. Nothing was changed.")
                .arg(value.toString(), ParkTableModel::columnTitle(source.column()), why);
        const QRect cell = m_table->visualRect(viewIndex);
        if (m_table->isVisible() && cell.isValid())
            QToolTip::showText(m_table->viewport()->mapToGlobal(cell.bottomLeft()), text,
                               m_table->viewport());
        emit message(text);
        return false;
    }
    return true;
}

void EditController::duplicateSelected()
{
    if (m_session->isReadOnly())
        return;
    ParkTableModel *model = m_session->model();
    QList<int> rows = selectedRowsOrCurrent();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    // Each copy goes right after its original; later rows shift by the
    // copies inserted before them.
    QList<int> targets;
    QList<ParkRecord> copies;
    QSet<QString> newIds;
    for (int i = 0; i < rows.size(); ++i) {
        ParkRecord copy = model->record(rows.at(i));
        QString id = model->uniqueId(copy.id);
        for (int n = 2; newIds.contains(id); ++n)
            id = model->uniqueId(QStringLiteral("%1-%2").arg(copy.id).arg(n));
        newIds.insert(id);
        copy.id = id;
        targets << rows.at(i) + i + 1;
        copies << copy;
    }
    const QString text =
        rows.size() == 1
            ? tr("Duplicate %1").arg(copies.first().displayName(Translations::isEnglish()))
            : tr("Duplicate %n park(s)", "", int(rows.size()));
    m_stack->push(new InsertParksCommand(model, targets, copies, text));
    selectSourceRow(targets.first());
}

void EditController::deleteSelected()
{
    if (m_session->isReadOnly())
        return;
    const QList<int> rows = selectedRowsOrCurrent();
    if (rows.isEmpty())
        return;
    ParkTableModel *model = m_session->model();
    const bool english = Translations::isEnglish();
    const QString question =
        rows.size() == 1 ? tr("Delete the park “%1”? You can undo this.")
                               .arg(model->record(rows.first()).displayName(english))
                         : tr("Delete %n park(s)? You can undo this.", "", int(rows.size()));
    if (!m_confirm(question))
        return;
    const QString text = rows.size() == 1
                             ? tr("Delete %1").arg(model->record(rows.first()).displayName(english))
                             : tr("Delete %n park(s)", "", int(rows.size()));
    m_stack->push(new RemoveParksCommand(model, rows, text));
}

Result EditController::setValueForSelection(int column, const QVariant &value)
{
    const QList<int> rows = selectedRowsOrCurrent();
    ParkTableModel *model = m_session->model();
    if (rows.isEmpty() || m_session->isReadOnly())
        return Result::failure(QString());
    QList<QPair<int, ParkRecord>> changes;
    for (int row : rows) {
        ParkRecord after;
        QString why;
        if (!model->recordWithValue(row, column, value, &after, &why)) {
            return Result::failure(
                tr("“%1” is not a valid value for %2 of %3: %4.")
                    .arg(value.toString(), ParkTableModel::columnTitle(column),
                         model->record(row).displayName(Translations::isEnglish()), why));
        }
        if (after != model->record(row))
            changes.append({row, after});
    }
    if (changes.isEmpty())
        return Result::success();
    m_stack->beginMacro(tr("Set %1 of %n park(s)", "", int(changes.size()))
                            .arg(ParkTableModel::columnTitle(column)));
    for (const auto &[row, after] : changes)
        m_stack->push(new EditParkCommand(model, row, model->record(row), after, QString()));
    m_stack->endMacro();
    return Result::success();
}

void EditController::bulkEditDialog()
{
    if (m_session->isReadOnly() || selectedRowsOrCurrent().isEmpty())
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Set Value for Selection"));
    auto *form = new QFormLayout(&dialog);
    auto *column = new QComboBox(&dialog);
    for (int c = 0; c < ParkTableModel::ColumnCount; ++c) {
        if (c != ParkTableModel::IdColumn && c != ParkTableModel::SourcesColumn)
            column->addItem(ParkTableModel::columnTitle(c), c);
    }
    auto *value = new QLineEdit(&dialog);
    value->setPlaceholderText(tr("empty makes the value unknown"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("Field"), column);
    form->addRow(tr("Value"), value);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const Result set = setValueForSelection(column->currentData().toInt(), value->text());
        if (set.ok()) {
            dialog.accept();
        } else if (!set.message.isEmpty()) {
            QMessageBox box(QMessageBox::Warning, dialog.windowTitle(), set.message,
                            QMessageBox::Ok, &dialog);
            box.setTextFormat(Qt::PlainText);
            box.exec();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}
