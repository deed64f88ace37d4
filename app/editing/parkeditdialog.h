#pragma once

#include "parkrecord.h"
#include "parkvalidator.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

// The form for one park: the right widget for each field, the problems of
// each field written next to it, OK disabled while anything is invalid.
// Unknown stays distinct from zero: an empty number field means unknown.
class ParkEditDialog : public QDialog
{
    Q_OBJECT

public:
    // CONTEXT says what the record is checked against (the other parks'
    // ids); the embedded province outlines are added when it has none.
    ParkEditDialog(const ParkRecord &record, ParkValidator::Context context,
                   QWidget *parent = nullptr);

    // The record as the form shows it now (unchanged fields keep their
    // original values, including values that could not be read).
    ParkRecord record() const;
    // "field: message" for every problem the form shows; empty when valid.
    QStringList problems() const { return m_problemTexts; }
    bool isValid() const { return m_problemTexts.isEmpty(); }
    // The warnings shown (a location outside its province), one a line.
    QString locationWarning() const;

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

private:
    void build();
    void load(const ParkRecord &r);
    void revalidate();
    void markTouched(const QString &key);
    QWidget *addProblemRow(class QFormLayout *form, const QString &key);
    // The editors the registry names, one per kind.
    QWidget *lineEditor(ParkField field);
    QWidget *paragraphEditor(ParkField field, bool compact);
    QWidget *choiceEditor(ParkField field);
    QWidget *dateEditor();
    QWidget *listEditor();
    void updatePrecision();

    ParkRecord m_original;
    ParkValidator::Context m_context;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QLabel *> m_problemLabels;
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
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
