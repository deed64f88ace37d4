#pragma once

#include <QMainWindow>

class DocumentSession;
class ParkFilterProxy;
class ParkTableView;
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

    // Opens FILE, or when empty the user's data file or the embedded dataset.
    void openAtStartup(const QString &file);
    // Opens a file, reporting problems in a message box; false if refused.
    bool openFile(const QString &path);

    bool save();
    bool saveAs();

private:
    void createActions();
    void updateTitle();
    void updateStatus();
    void reportLoad(const LoadResult &result, const QString &path);
    void showError(const QString &title, const QString &text, const QStringList &details = {});
    void about();

    DocumentSession *m_session;
    ParkFilterProxy *m_proxy;
    QTabWidget *m_tabs;
    ParkTableView *m_table;
    QLabel *m_pathLabel;
    QLabel *m_countLabel;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
};
