#pragma once

#include "parkrecord.h"
#include "parkvalidator.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>

class LocationPicker;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

// The form for one park: the right widget for each field, the problems of
// each field written next to it, OK disabled while anything is invalid.
// Unknown stays distinct from zero: an empty number field means unknown.
//
// The form edits the record it was opened on (original()). Whoever opened
// it (EditController) follows that park in the table and says with
// setConflict() when it changed, was deleted or was reloaded under the open
// form: the form then says so in a bar and, on OK, asks what to do (apply
// the fields changed in the form to the current version, add the park back
// as a new one, or discard the changes) before it closes.
class ParkEditDialog : public QDialog
{
    Q_OBJECT

public:
    // What became of the park the form was opened on while it was open.
    enum class Conflict
    {
        None,            // the park is as it was (or again as it was)
        Changed,         // an undo, a cell edit or another edit changed it
        Deleted,         // it was deleted
        Reloaded,        // the file was reloaded and the park differs there
        GoneAfterReload, // the reloaded file no longer has the park
    };
    // What the user chose when OK met a conflict.
    enum class Resolution
    {
        Back,           // back to the form; nothing happens
        ApplyToCurrent, // the fields changed in the form, on the current version
        AddAsNew,       // the park as the form has it, as a new park
        Discard,        // close without changing anything
    };
    // Asks what to do about CONFLICT on OK; QUESTION says it in words.
    using ConflictPrompt = std::function<Resolution(Conflict conflict, const QString &question)>;

    // CONTEXT says what the record is checked against (the other parks'
    // ids); the embedded province outlines are added when it has none.
    ParkEditDialog(const ParkRecord &record, ParkValidator::Context context,
                   QWidget *parent = nullptr);

    // The record the form was opened on (or rebased onto, see
    // Resolution::ApplyToCurrent).
    const ParkRecord &original() const { return m_original; }
    // Replaces what the record is checked against (the table changed).
    void setContext(ParkValidator::Context context);
    // Says what became of the park; CURRENT is its current version (for
    // Changed and Reloaded).
    void setConflict(Conflict conflict, const ParkRecord &current = ParkRecord());
    Conflict conflict() const { return m_conflict; }
    // The bar's text; empty while it is hidden.
    QString conflictText() const;
    void setConflictPrompt(ConflictPrompt prompt) { m_conflictPrompt = std::move(prompt); }
    // Accepted with Resolution::AddAsNew: record() is to be added as a new park.
    bool addAsNew() const { return m_addAsNew; }
    // The fields whose value in the form differs from original().
    QList<ParkField> changedFields() const;
    bool isChanged() const { return !changedFields().isEmpty(); }
    // The fields changed in the form, set on top of CURRENT.
    ParkRecord changesAppliedTo(const ParkRecord &current) const;

    // The record as the form shows it now (unchanged fields keep their
    // original values, including values that could not be read).
    ParkRecord record() const;
    // "field: message" for every problem the form shows; empty when valid.
    QStringList problems() const { return m_problemTexts; }
    bool isValid() const { return m_problemTexts.isEmpty(); }
    // The warnings shown (a location outside its province), one a line.
    QString locationWarning() const;

    // A form for a park not yet in the table (titled "New Park").
    void setNewPark(bool isNew);
    // A form on a read-only document: it shows and checks, but OK stays off.
    void setReadOnly(bool readOnly);
    // Asks whether to drop the form's changes on Esc, Cancel or closing;
    // the default asks with "Keep Editing" as the default answer.
    void setDiscardPrompt(std::function<bool(const QString &question)> prompt)
    {
        m_discardPrompt = std::move(prompt);
    }
    // Closes without keeping anything, after asking if the form has changes.
    void reject() override;

    // Cities offered by the city field's completer.
    void setKnownCities(const QStringList &cities);

    // Widgets by JSON field key, for tests and for focusing a problem.
    QWidget *fieldWidget(const QString &key) const { return m_widgets.value(key); }
    QLineEdit *lineEdit(const QString &key) const;
    QComboBox *comboBox(const QString &key) const;
    QPushButton *okButton() const;
    QComboBox *precisionCombo() const { return m_precision; }
    QSpinBox *yearBox() const { return m_year; }
    QSpinBox *monthBox() const { return m_month; }
    QSpinBox *dayBox() const { return m_day; }
    QListWidget *sourcesList() const { return m_sources; }
    void addSource(const QString &text);
    // The problems written next to a field, one line always there (empty
    // text when it has none), so that a problem moves nothing.
    QLabel *problemLabel(const QString &key) const { return m_problemLabels.value(key); }
    // Below the tabs: "2 problems to fix …", and the list of every problem
    // and warning ("Field: message"); a click goes to the field.
    QString summaryText() const;
    QListWidget *problemList() const { return m_problemList; }
    LocationPicker *locationPicker() const { return m_locationPicker; }

    // A field whose stored value could not be read shows that value as it
    // is in the file (as JSON), marked, in place of its editor, and keeps it
    // until the user replaces it: Replace brings up the editor, a
    // conversion button (when the value only has the wrong type, such as a
    // string where a list is expected) puts the converted value in it.
    bool showsRawValue(const QString &key) const { return m_rawShown.contains(key); }
    QWidget *rawValuePanel(const QString &key) const { return m_rawPanels.value(key).panel; }
    QLineEdit *rawValueText(const QString &key) const { return m_rawPanels.value(key).text; }
    QPushButton *replaceButton(const QString &key) const { return m_rawPanels.value(key).replace; }
    // Hidden when there is no obvious conversion.
    QPushButton *convertButton(const QString &key) const { return m_rawPanels.value(key).convert; }

    // The province code, derived from the province and shown read-only; a
    // code that does not fit the province is a problem, with a button that
    // puts the right one ("Use 330000, the code of 浙江省").
    QLabel *provinceCodeLabel() const { return m_provinceCode; }
    QPushButton *provinceCodeFixButton() const { return m_provinceCodeFix; }

private:
    // The question on OK when the park changed under the form.
    static Resolution askAboutConflict(QWidget *parent, Conflict conflict, const QString &question);
    void okClicked();
    // Makes CURRENT the record the form edits, keeping the form's changes.
    void rebase(const ParkRecord &current);
    QString conflictQuestion() const;
    void updateTitle();
    void build();
    void load(const ParkRecord &r);
    // Puts VALUE (JSON, possibly of the wrong type) into the field's editor.
    void loadField(ParkField field, const QJsonValue &value);
    // Wraps a field's editor with the panel that shows an unreadable value.
    QWidget *fieldCell(ParkField field, QWidget *editor);
    void showRawValue(const QString &key, bool shown);
    void replaceRawValue(const QString &key, bool convert);
    QWidget *provinceCodeRow();
    void revalidate();
    void markTouched(const QString &key);
    // Shows the tab of a field and puts the focus in it.
    void goToField(const QString &key);
    // The editors the registry names, one per kind.
    QWidget *lineEditor(ParkField field);
    QWidget *paragraphEditor(ParkField field, bool compact);
    QWidget *choiceEditor(ParkField field);
    QWidget *dateEditor();
    QWidget *listEditor();
    void updatePrecision();

    ParkRecord m_original;
    ParkValidator::Context m_context;
    Conflict m_conflict = Conflict::None;
    ParkRecord m_current; // the park's current version, under a conflict
    ConflictPrompt m_conflictPrompt;
    bool m_addAsNew = false;
    bool m_newPark = false;
    bool m_readOnly = false;
    std::function<bool(const QString &)> m_discardPrompt;
    QHash<QString, QWidget *> m_widgets;
    LocationPicker *m_locationPicker = nullptr;
    QHash<QString, QLabel *> m_problemLabels;
    struct RawPanel
    {
        QWidget *panel = nullptr;
        QLineEdit *text = nullptr;
        QPushButton *replace = nullptr;
        QPushButton *convert = nullptr;
    };
    QHash<QString, RawPanel> m_rawPanels;
    QSet<QString> m_rawShown;
    QSet<QString> m_touched;
    QStringList m_problemTexts;
    bool m_loading = false;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_precision = nullptr;
    QSpinBox *m_year = nullptr;
    QSpinBox *m_month = nullptr;
    QSpinBox *m_day = nullptr;
    QListWidget *m_sources = nullptr;
    QLabel *m_locationWarning = nullptr;
    QLabel *m_provinceCode = nullptr;
    QPushButton *m_provinceCodeFix = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_problemList = nullptr;
    class QFrame *m_conflictBar = nullptr;
    QLabel *m_conflictLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
