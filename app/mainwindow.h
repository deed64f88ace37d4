#pragma once

#include "figurenotes.h"

#include "appsettings.h"
#include "documentcontroller.h"

#include <QMainWindow>

class ChartsPanel;
class MapPanel;
class MainActions;
class QUndoView;
class DocumentSession;
class EditController;
class ExternalChangeWatcher;
class QUndoStack;
class FilterBar;
class ParkDetailsView;
class ParkFilterProxy;
class ParkTableView;
class ProvinceTree;
class SummaryPanel;
class QDockWidget;
class QLabel;
class QTabWidget;
class QTimer;

// The main window: the park table in the middle, with room for docks
// (filters, province tree, details) and tabs (charts, map) around it. The
// document's life (open, save, recovery) is the DocumentController's; the
// menus and toolbar are MainActions'.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    DocumentController *document() const { return m_document; }
    DocumentSession *session() const { return m_document->session(); }
    ParkFilterProxy *proxy() const { return m_proxy; }
    ParkTableView *tableView() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    ProvinceTree *provinceTree() const { return m_provinceTree; }
    ParkDetailsView *detailsView() const { return m_details; }
    SummaryPanel *summaryPanel() const { return m_summary; }
    EditController *editor() const { return m_editor; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    MapPanel *mapPanel() const { return m_map; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoStack *undoStack() const { return m_document->undoStack(); }
    ExternalChangeWatcher *changeWatcher() const { return m_document->changeWatcher(); }

    // The questions the window asks, replaceable so that tests can answer.
    using Prompts = DocumentPrompts;
    void setPrompts(const Prompts &prompts);

    // Whether the open document may be dropped, asking to save if modified.
    bool maybeDropDocument() { return m_document->mayDrop(); }
    // Reloads the file from disk, dropping the edits (after confirmation).
    bool revertToSaved() { return m_document->revertToSaved(); }
    // Opens FILE, or when empty the user's data file or the embedded dataset.
    void openAtStartup(const QString &file) { m_document->openAtStartup(file); }
    // Opens a file, reporting problems in a message box; false if refused.
    bool openFile(const QString &path) { return m_document->open(path); }

    bool save() { return m_document->save(); }
    // Asks where to save, then saves there.
    bool saveAs();
    // Writes the table as shown (filtered, sorted, visible columns) to CSV.
    // The table as CSV: the columns and order shown, or every field of the
    // parks shown in the stable form (JSON keys, independent of language).
    enum class CsvForm
    {
        AsShown,
        AllFields
    };
    bool exportCsv(const QString &path, CsvForm form = CsvForm::AsShown);
    // File > Export Report…: a window-modal dialog over the parks shown
    // (the open file with its edits, the table's filter); returned so that
    // tests can drive it. It deletes itself when closed.
    class ReportDialog *exportReportWithDialog();
    // Imports a CSV in the stable form after showing what it changes.
    bool importCsv(const QString &path);
    // Selects and shows the park with this id, clearing filters that hide it.
    void showPark(const QString &id);
    // A warning in a window-modal box that does not block.
    void showError(const QString &title, const QString &text, const QStringList &details = {});

    // "zh_CN", "en", or empty to follow the system; changes the UI at once.
    void setLanguage(const QString &code);
    void setTheme(AppSettings::Theme theme);
    static void applyTheme(AppSettings::Theme theme);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void childEvent(QChildEvent *event) override;

private:
    void createTabs();
    void createDocks();
    void connectDocument();
    void retranslateUi();
    void restoreSettings();
    void saveSettings() const;
    void showCurrentDetails();
    // The coverage and source lines under exported charts (MAP: the map).
    FigureNotes figureNotes(bool map) const;
    // The park's name in the language of the interface: the frozen column.
    static int nameColumn();
    void updateTitle();
    void updateStatus();
    void showMessage(const QString &text);

    DocumentController *m_document;
    ParkFilterProxy *m_proxy;
    QTabWidget *m_tabs;
    ParkTableView *m_table;
    FilterBar *m_filterBar;
    ProvinceTree *m_provinceTree = nullptr;
    ParkDetailsView *m_details = nullptr;
    SummaryPanel *m_summary = nullptr;
    QString m_currentIdBeforeReset;
    bool m_layoutRestored = false;
    EditController *m_editor = nullptr;
    ChartsPanel *m_charts = nullptr;
    MapPanel *m_map = nullptr;
    MainActions *m_actions = nullptr;
    QDockWidget *m_treeDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_summaryDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_history = nullptr;
    QLabel *m_pathLabel;
    QLabel *m_countLabel;
    QTimer *m_statusUpdate = nullptr;
    QTimer *m_searchingNotice = nullptr; // runs while a search is too new to be said
};
