// The park form when its park changes under it: what the form says, the
// question on OK, and putting the form's changes on the current version.
#include "parkeditdialog.h"

#include "fieldregistry.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

// The question on OK when the park changed under the form.
ParkEditDialog::Resolution ParkEditDialog::askAboutConflict(QWidget *parent, Conflict conflict,
                                                            const QString &question)
{
    using Conflict = ParkEditDialog::Conflict;
    using Resolution = ParkEditDialog::Resolution;
    QMessageBox box(QMessageBox::Warning, ParkEditDialog::tr("Park Changed"), question,
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    const bool gone = conflict == Conflict::Deleted || conflict == Conflict::GoneAfterReload;
    QPushButton *keep =
        gone ? box.addButton(ParkEditDialog::tr("Add as a New Park"), QMessageBox::AcceptRole)
             : box.addButton(ParkEditDialog::tr("Apply My Changes"), QMessageBox::AcceptRole);
    QPushButton *discard =
        box.addButton(ParkEditDialog::tr("Discard My Changes"), QMessageBox::DestructiveRole);
    QPushButton *back =
        box.addButton(ParkEditDialog::tr("Back to the Form"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(back);
    box.exec();
    if (box.clickedButton() == keep)
        return gone ? Resolution::AddAsNew : Resolution::ApplyToCurrent;
    if (box.clickedButton() == discard)
        return Resolution::Discard;
    return Resolution::Back;
}

void ParkEditDialog::setConflict(Conflict conflict, const ParkRecord &current)
{
    m_conflict = conflict;
    m_current = current;
    QString text;
    switch (conflict) {
    case Conflict::None:
        break;
    case Conflict::Changed:
        text = tr("This park was changed while the form was open (by an undo or another edit). "
                  "On OK you can apply the fields you changed here to its current version, or "
                  "discard your changes.");
        break;
    case Conflict::Deleted:
        text = tr("This park was deleted while the form was open. On OK you can add it back as "
                  "a new park, or discard your changes.");
        break;
    case Conflict::Reloaded:
        text = tr("This park was reloaded from the file while the form was open, and the file "
                  "has it differently. On OK you can apply the fields you changed here to the "
                  "reloaded version, or discard your changes.");
        break;
    case Conflict::GoneAfterReload:
        text = tr("The file was reloaded while the form was open, and this park is no longer in "
                  "it. On OK you can add it back as a new park, or discard your changes.");
        break;
    }
    m_conflictLabel->setText(text);
    m_conflictBar->setVisible(!text.isEmpty());
}

QString ParkEditDialog::conflictText() const
{
    return m_conflictBar->isHidden() ? QString() : m_conflictLabel->text();
}

QList<ParkField> ParkEditDialog::changedFields() const
{
    const ParkRecord now = record();
    QList<ParkField> changed;
    for (const FieldRegistry::Field &f : FieldRegistry::fields) {
        const QString k = ParkFields::key(f.field);
        if (now.value(f.field) != m_original.value(f.field) ||
            now.unreadableValues.value(k) != m_original.unreadableValues.value(k))
            changed << f.field;
    }
    return changed;
}

ParkRecord ParkEditDialog::changesAppliedTo(const ParkRecord &current) const
{
    const ParkRecord now = record();
    ParkRecord r = current;
    for (ParkField f : changedFields()) {
        const QString k = ParkFields::key(f);
        const auto raw = now.unreadableValues.constFind(k);
        if (raw != now.unreadableValues.constEnd()) {
            r.setValue(f, QJsonValue(QJsonValue::Null));
            r.unreadableValues.insert(k, *raw);
        } else {
            r.unreadableValues.remove(k);
            r.setValue(f, now.value(f));
        }
    }
    return r;
}

QString ParkEditDialog::conflictQuestion() const
{
    QStringList labels;
    for (ParkField f : changedFields())
        labels << FieldRegistry::label(f);
    const QString fields = labels.join(QStringLiteral(", "));
    switch (m_conflict) {
    case Conflict::Changed:
        return tr("This park was changed while the form was open. Apply the fields you changed "
                  "here (%1) to its current version, or discard your changes?")
            .arg(fields);
    case Conflict::Reloaded:
        return tr("This park was reloaded from the file while the form was open, and the file "
                  "has it differently. Apply the fields you changed here (%1) to the reloaded "
                  "version, or discard your changes?")
            .arg(fields);
    case Conflict::Deleted:
        return tr("This park was deleted while the form was open. Add it back as a new park, "
                  "with your changes, or discard them?");
    case Conflict::GoneAfterReload:
        return tr("The reloaded file no longer has this park. Add it back as a new park, with "
                  "your changes, or discard them?");
    case Conflict::None:
        break;
    }
    return QString();
}

void ParkEditDialog::okClicked()
{
    if (!isValid() || m_readOnly)
        return;
    if (m_conflict == Conflict::None) {
        accept();
        return;
    }
    if (!isChanged()) {
        // Nothing of the form's to keep: never write the old version back.
        QDialog::reject();
        return;
    }
    const bool gone = m_conflict == Conflict::Deleted || m_conflict == Conflict::GoneAfterReload;
    switch (m_conflictPrompt(m_conflict, conflictQuestion())) {
    case Resolution::Back:
        return;
    case Resolution::Discard:
        QDialog::reject();
        return;
    case Resolution::AddAsNew:
        if (gone) {
            m_addAsNew = true;
            accept();
        }
        return;
    case Resolution::ApplyToCurrent:
        if (gone)
            return;
        rebase(m_current);
        if (isValid()) {
            accept();
        } else {
            m_conflictLabel->setText(tr("Your changes are now on the current version of the park; "
                                        "fix the problems marked to save it."));
            m_conflictBar->show();
        }
        return;
    }
}

void ParkEditDialog::rebase(const ParkRecord &current)
{
    const QList<ParkField> changed = changedFields();
    const ParkRecord merged = changesAppliedTo(current);
    m_original = current;
    m_touched.clear();
    for (ParkField f : changed)
        m_touched.insert(ParkFields::key(f));
    load(merged);
    setConflict(Conflict::None);
    revalidate();
}
