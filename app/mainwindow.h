#pragma once

#include <QMainWindow>

class DocumentSession;
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void restoreSettings();
    void saveSettings() const;
    void showCurrentDetails();
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
    QLabel *m_pathLabel;
    QLabel *m_countLabel;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
};
