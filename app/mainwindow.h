#pragma once

#include "appsettings.h"
#include "editing/documentguard.h"

#include <QMainWindow>

#include <functional>

class ChartsPanel;
class MapPanel;
class QMimeData;
class QToolBar;
class QUndoView;
class DocumentSession;
class EditController;
class ExternalChangeWatcher;
class QTimer;
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
struct LoadResult;

// The main window: the park table in the middle, with room for docks
// (filters, province tree, details) and tabs (charts, map) around it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    DocumentSession *session() const { return m_session; }
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
    QUndoStack *undoStack() const;
    ExternalChangeWatcher *changeWatcher() const { return m_watcher; }

    // The questions the window asks, replaceable so that tests can answer.
    struct Prompts
    {
        std::function<UnsavedChoice()> unsavedChanges;
        std::function<bool(const QString &question)> confirm;
    };
    void setPrompts(const Prompts &prompts);

    // Whether the open document may be dropped, asking to save if modified.
    bool maybeDropDocument();
    // Reloads the file from disk, dropping the edits (after confirmation).
    bool revertToSaved();
    // Writes the unsaved edits to the recovery file now.
    bool writeRecoveryFile();
    // Offers to restore edits left by a session that did not end normally.
    bool offerRecovery();

    // Opens FILE, or when empty the user's data file or the embedded dataset.
    void openAtStartup(const QString &file);
    // Opens a file, reporting problems in a message box; false if refused.
    bool openFile(const QString &path);

    bool save();
    bool saveAs();
    // Writes the table as shown (filtered, sorted, visible columns) to CSV.
    bool exportCsv(const QString &path);
    // Selects and shows the park with this id, clearing filters that hide it.
    void showPark(const QString &id);

    // "zh_CN", "en", or empty to follow the system; changes the UI at once.
    void setLanguage(const QString &code);
    void setTheme(AppSettings::Theme theme);
    static void applyTheme(AppSettings::Theme theme);
    // The park store a drag carries, or empty.
    static QString droppedStore(const QMimeData *mime);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void fillRecentMenu();
    void retranslateUi();
    void createDocks();
    void restoreSettings();
    void saveSettings() const;
    void showCurrentDetails();
    void documentOpened();
    void externalChange();
    bool saveTo(const QString &path);
    void updateTitle();
    void updateStatus();
    void reportLoad(const LoadResult &result, const QString &path);
    void showError(const QString &title, const QString &text, const QStringList &details = {});
    void about();

    DocumentSession *m_session;
    ParkFilterProxy *m_proxy;
    QTabWidget *m_tabs;
    ParkTableView *m_table;
    FilterBar *m_filterBar;
    ProvinceTree *m_provinceTree = nullptr;
    ParkDetailsView *m_details = nullptr;
    SummaryPanel *m_summary = nullptr;
    QMenu *m_viewMenu = nullptr;
    bool m_layoutRestored = false;
    EditController *m_editor = nullptr;
    ChartsPanel *m_charts = nullptr;
    MapPanel *m_map = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<QMenu *> m_menus;
    QMenu *m_recentMenu = nullptr;
    QDockWidget *m_treeDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_summaryDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_history = nullptr;
    ExternalChangeWatcher *m_watcher = nullptr;
    QTimer *m_recoveryDelay = nullptr;
    QTimer *m_recoveryTick = nullptr;
    Prompts m_prompts;
    QAction *m_revertAction = nullptr;
    bool m_askingAboutExternalChange = false;
    QLabel *m_pathLabel;
    QLabel *m_countLabel;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
};
