#include "messageboxes.h"

#include "document/conflictdialog.h"
#include "document/unreadablestoredialog.h"

#include <QMessageBox>
#include <QPushButton>

DocumentPrompts MessageBoxes::documentPrompts(QWidget *parent)
{
    DocumentPrompts prompts;
    prompts.unsavedChanges = [parent] {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("The parks have changes that are not saved."),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
        box.setInformativeText(tr("Save them before going on?"));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return UnsavedChoice::Save;
        case QMessageBox::Discard:
            return UnsavedChoice::Discard;
        default:
            return UnsavedChoice::Cancel;
        }
    };
    prompts.confirm = [parent](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Park Explorer"), question,
                        QMessageBox::Yes | QMessageBox::No, parent);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::No);
        return box.exec() == QMessageBox::Yes;
    };
    prompts.restoreRecovery = [parent](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Restore unsaved changes"), question,
                        QMessageBox::NoButton, parent);
        box.setTextFormat(Qt::PlainText);
        QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard Changes"), QMessageBox::DestructiveRole);
        // Declining throws the edits away: what Enter does must not.
        box.setDefaultButton(restore);
        box.setEscapeButton(restore);
        box.exec();
        return box.clickedButton() == restore;
    };
    prompts.unreadableStore = [parent](const UnreadableStore &store, bool atStartup) {
        return UnreadableStoreDialog::ask(store, atStartup, parent);
    };
    prompts.resolveConflicts = [parent](const QList<MergeConflict> &conflicts) {
        return ConflictDialog::ask(parent, conflicts);
    };
    prompts.confirmImport = [parent](const QString &summary, const QStringList &details) {
        QMessageBox box(QMessageBox::Question, tr("Import CSV"), summary, QMessageBox::NoButton,
                        parent);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(
            tr("The import is one step on the undo history: Edit > Undo takes it back."));
        QStringList shown = details.mid(0, MaxDetailsShown);
        if (details.size() > MaxDetailsShown)
            shown << tr("… and %n more under Show Details", "",
                        int(details.size()) - MaxDetailsShown);
        box.setInformativeText(box.informativeText() + QStringLiteral("\n\n") +
                               shown.join(QLatin1Char('\n')));
        box.setDetailedText(details.join(QLatin1Char('\n')));
        QPushButton *import = box.addButton(tr("Import"), QMessageBox::AcceptRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(import);
        box.setEscapeButton(cancel);
        box.exec();
        return box.clickedButton() == import;
    };
    return prompts;
}

void MessageBoxes::showProblem(QWidget *parent, const QString &title, const QString &text,
                               const QStringList &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty()) {
        QStringList shown = details.mid(0, MaxDetailsShown);
        if (details.size() > MaxDetailsShown)
            shown << tr("… and %n more (see Show Details)", "",
                        int(details.size() - MaxDetailsShown));
        box->setInformativeText(shown.join(QLatin1Char('\n')));
        box->setDetailedText(details.join(QLatin1Char('\n')));
    }
    box->open();
}
