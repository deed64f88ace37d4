#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QMenu;
class QToolBar;

// The main window's menus, toolbar and their actions with shortcuts and
// status tips. Menus are rebuilt whole when the language changes, so that
// every text goes through tr() again; actions that must outlive a rebuild
// (undo, dock toggles) belong to their owners.
class MainActions : public QObject
{
    Q_OBJECT

public:
    // Adds the menus and the toolbar to window; call after the docks exist.
    explicit MainActions(MainWindow *window);

    void rebuild();
    // Enables what the open document allows (saving, reverting, editing).
    void updateDocumentActions();

    QToolBar *toolBar() const { return m_toolBar; }
    QAction *saveAction() const { return m_save; }
    QAction *revertAction() const { return m_revert; }
    // The export dialog's file types: as shown, then all fields (stable).
    static QStringList csvExportFilters();

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    void fillRecentMenu();
    QMenu *addMenu(const QString &title);
    void exportCsvWithDialog();
    void importCsvWithDialog();

    MainWindow *m_window;
    QToolBar *m_toolBar;
    QList<QMenu *> m_menus;
    QMenu *m_recentMenu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_importCsv = nullptr;
    QAction *m_exportChart = nullptr;
    QAction *m_exportMap = nullptr;
};
