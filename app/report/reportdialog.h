#pragma once

#include "parkfilter.h"
#include "parkstore.h"
#include "report/reportcommand.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class ReportPreview;

// File > Export Report…: the report pack of the parks the table shows, with
// its sections, charts and table columns as checklists (drag to reorder),
// title and subtitle, language, paper and format, and a preview of the
// pages as they will be written. The choices are remembered; the file is
// the one `--export-report` writes for the same choices.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // DOCUMENT: the open store with its edits; FILTER: the table's.
    ReportDialog(const ParkDocument &document, const ParkFilter &filter, QWidget *parent = nullptr);

    // The choices as the command line takes them (outPath included).
    ReportCommand::Request request() const;
    // "zh_CN" or "en".
    QString language() const;
    QString path() const;
    void setPath(const QString &path);

    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *subtitleEdit() const { return m_subtitle; }
    QComboBox *formatCombo() const { return m_format; }
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *paperCombo() const { return m_paper; }
    QListWidget *sectionList() const { return m_sections; }
    QListWidget *chartList() const { return m_charts; }
    QListWidget *columnList() const { return m_columns; }
    ReportPreview *preview() const { return m_preview; }
    QPushButton *exportButton() const;
    QLabel *coverageLabel() const { return m_coverage; }

    // Above this many parks the preview is made only when asked for.
    static constexpr int AutomaticPreviewLimit = 1000;

public slots:
    void accept() override;
    void reject() override;

signals:
    // The report was written to PATH.
    void exported(const QString &path);

private:
    void restoreChoices();
    void saveChoices() const;
    void browse();
    void applyFormat();
    void choicesChanged();
    void write();
    QString overwriteQuestion(const QString &file) const;

    ParkDocument m_document;
    ParkFilter m_filter;
    int m_parkCount = 0;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_format;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QComboBox *m_language;
    QComboBox *m_paper;
    QListWidget *m_sections;
    QListWidget *m_charts;
    QListWidget *m_columns;
    QLabel *m_coverage;
    QLabel *m_factSheetNote;
    ReportPreview *m_preview;
    QDialogButtonBox *m_buttons;
};
