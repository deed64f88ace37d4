#include "mainactions.h"

#include "translations.h"

#include "appsettings.h"
#include "charts/chartspanel.h"
#include "documentsession.h"
#include "editing/editcontroller.h"
#include "filter/filterbar.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"
#include "mainwindow.h"
#include "map/mappanel.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "statusmessages.h"
#include "table/parktableview.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

namespace {

constexpr QSize ToolBarIconSize(20, 20);

QIcon themeIcon(const char *themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName),
                            QApplication::style()->standardIcon(fallback));
}

} // namespace

MainActions::MainActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_toolBar(window->addToolBar(QString()))
{
    m_toolBar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolBar->setIconSize(ToolBarIconSize);
    rebuild();
}

QMenu *MainActions::addMenu(const QString &title)
{
    auto *menu = new QMenu(title, m_window);
    m_window->menuBar()->addMenu(menu);
    m_menus << menu;
    return menu;
}

void MainActions::rebuild()
{
    qDeleteAll(m_menus);
    m_menus.clear();
    m_toolBar->clear();
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();

    EditController *editor = m_window->editor();
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_toolBar->addAction(m_open);
    m_toolBar->addAction(m_save);
    m_toolBar->addSeparator();
    m_toolBar->addAction(editor->undoAction());
    m_toolBar->addAction(editor->redoAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportChart);
    m_toolBar->addAction(m_exportMap);
    updateDocumentActions();
}

void MainActions::updateDocumentActions()
{
    const DocumentSession *session = m_window->session();
    m_save->setEnabled(!session->isReadOnly());
    m_saveAs->setEnabled(!session->isReadOnly());
    m_importCsv->setEnabled(!session->isReadOnly());
    m_revert->setEnabled(!session->isEmbedded());
    m_window->editor()->setEditable(!session->isReadOnly());
}

void MainActions::createFileMenu()
{
    MainWindow *w = m_window;
    QMenu *file = addMenu(tr("&File"));
    m_open = file->addAction(tr("&Open…"), w, [w] {
        const DocumentSession *session = w->session();
        const QString start =
            session->isEmbedded() ? QDir::homePath() : QFileInfo(session->path()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(
            w, tr("Open Park Store"), start, tr("Park stores (*.json);;All files (*)"));
        if (!path.isEmpty())
            w->openFile(path);
    });
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a park store file"));
    m_open->setIcon(themeIcon("document-open", QStyle::SP_DialogOpenButton));

    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainActions::fillRecentMenu);
    fillRecentMenu();
    QAction *openEmbedded = file->addAction(tr("Open the &Embedded Dataset"), w,
                                            [w] { w->openFile(ParkStore::EmbeddedPath); });
    openEmbedded->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    openEmbedded->setStatusTip(tr("Open the dataset that comes with Park Explorer (read-only; "
                                  "saving writes a copy)"));

    m_save = file->addAction(tr("&Save"), w, &MainWindow::save);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("Save the parks to the current file"));
    m_save->setIcon(themeIcon("document-save", QStyle::SP_DialogSaveButton));

    m_saveAs = file->addAction(tr("Save &As…"), w, &MainWindow::saveAs);
    // QKeySequence::SaveAs is empty on some desktops.
    m_saveAs->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    m_saveAs->setStatusTip(tr("Save the parks to a new file"));

    m_revert = file->addAction(tr("&Revert to Saved"), w, &MainWindow::revertToSaved);
    m_revert->setStatusTip(tr("Drop the unsaved changes and reload the file"));
    m_revert->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    file->addSeparator();
    QAction *exportCsv =
        file->addAction(tr("Export Table as &CSV…"), this, &MainActions::exportCsvWithDialog);
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportCsv->setStatusTip(tr("Write the parks shown to a CSV file: the columns as shown, or "
                               "every field in the stable form"));
    m_importCsv = file->addAction(tr("&Import CSV…"), this, &MainActions::importCsvWithDialog);
    m_importCsv->setStatusTip(tr("Add and update parks from a CSV in the stable form (all "
                                 "fields), after a report of what changes"));
    m_exportChart = file->addAction(tr("Export C&hart…"), w, [w] {
        w->tabs()->setCurrentWidget(w->chartsPanel());
        w->chartsPanel()->exportWithDialog();
    });
    m_exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_exportChart->setStatusTip(tr("Save the current chart as PNG, SVG or PDF for a report"));
    m_exportChart->setIcon(themeIcon("x-office-spreadsheet", QStyle::SP_FileDialogDetailedView));
    m_exportMap = file->addAction(tr("Export &Map…"), w, [w] {
        w->tabs()->setCurrentWidget(w->mapPanel());
        w->mapPanel()->exportWithDialog();
    });
    m_exportMap->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_exportMap->setStatusTip(tr("Save the province map as PNG, SVG or PDF for a report"));
    m_exportMap->setIcon(themeIcon("applications-internet", QStyle::SP_DriveNetIcon));
    QAction *exportReport =
        file->addAction(tr("Export &Report…"), w, [w] { w->exportReportWithDialog(); });
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    exportReport->setStatusTip(tr("Write a briefing on the parks shown as a PDF or HTML file: "
                                  "coverage, headline figures against the report's, charts, "
                                  "map, table, fact sheets and sources"));

    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), w, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Quit Park Explorer"));
}

QStringList MainActions::csvExportFilters()
{
    return {tr("CSV, visible columns as shown (*.csv)"), tr("CSV, all fields, stable (*.csv)")};
}

void MainActions::exportCsvWithDialog()
{
    // The file type chooses the form, as spreadsheets' "Save as type" does;
    // the last one chosen is offered first.
    QFileDialog dialog(m_window, tr("Export Table as CSV"),
                       AppSettings::csvExportFolder() + QStringLiteral("/parks.csv"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    const QStringList filters = csvExportFilters();
    dialog.setNameFilters(filters);
    dialog.selectNameFilter(filters.value(AppSettings::csvExportAllFields() ? 1 : 0));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const bool allFields = dialog.selectedNameFilter() == filters.value(1);
    AppSettings::setCsvExportFolder(QFileInfo(path).absolutePath());
    AppSettings::setCsvExportAllFields(allFields);
    m_window->exportCsv(path,
                        allFields ? MainWindow::CsvForm::AllFields : MainWindow::CsvForm::AsShown);
}

void MainActions::importCsvWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import CSV"), AppSettings::csvExportFolder(),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_window->importCsv(path);
}

void MainActions::createEditMenu()
{
    MainWindow *w = m_window;
    QMenu *edit = addMenu(tr("&Edit"));
    w->editor()->addActions(edit);
    edit->addSeparator();
    ParkTableView *table = w->tableView();
    QAction *copy = edit->addAction(tr("&Copy"), table, &ParkTableView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addAction(copy);
    copy->setStatusTip(tr("Copy the selected cells as text and as a table"));
    QAction *copyChart = edit->addAction(tr("Copy C&hart"), w, [w] {
        w->chartsPanel()->copyToClipboard();
        w->statusBar()->showMessage(tr("The chart is on the clipboard."),
                                    StatusMessages::ShortTimeoutMs);
    });
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyChart->setStatusTip(tr("Put the current chart on the clipboard as an image"));
    QAction *copyMap = edit->addAction(tr("Copy &Map"), w, [w] {
        w->mapPanel()->copyToClipboard();
        w->statusBar()->showMessage(tr("The map is on the clipboard."),
                                    StatusMessages::ShortTimeoutMs);
    });
    copyMap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    copyMap->setStatusTip(tr("Put the province map on the clipboard as an image"));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), w->filterBar(), &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Search the parks by name, city, operator, policy or notes"));
    QAction *clearFilters =
        edit->addAction(tr("C&lear Filters"), w->proxy(), &ParkFilterProxy::clearFilter);
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    clearFilters->setStatusTip(tr("Show all parks"));
}

void MainActions::createViewMenu()
{
    MainWindow *w = m_window;
    QMenu *view = addMenu(tr("&View"));
    QTabWidget *tabs = w->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        QAction *show = view->addAction(tabs->tabText(i).remove(QLatin1Char('&')), tabs,
                                        [tabs, i] { tabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        show->setStatusTip(tr("Show this tab"));
    }
    view->addSeparator();
    for (QDockWidget *d : w->findChildren<QDockWidget *>()) {
        QAction *toggle = d->toggleViewAction();
        toggle->setStatusTip(tr("Show or hide this panel"));
        view->addAction(toggle);
    }
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    // The saved choice, unless the app was started in another language
    // (--lang zh_CN): then the language in use is the one ticked.
    const QString saved = AppSettings::language();
    const QString savedInEffect = saved.isEmpty() ? Translations::systemLanguage() : saved;
    const QString chosen =
        Translations::current() == savedInEffect ? saved : Translations::current();
    const QList<QPair<QString, QString>> languageChoices{
        {tr("Follow the System"), QString()},
        {QStringLiteral("中文（简体）"), QStringLiteral("zh_CN")},
        {QStringLiteral("English"), QStringLiteral("en")}};
    for (const auto &[text, code] : languageChoices) {
        QAction *a = language->addAction(text, w, [w, code = code] { w->setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == chosen);
        languages->addAction(a);
    }
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(theme);
    const QList<QPair<QString, AppSettings::Theme>> themeChoices{
        {tr("Follow the System"), AppSettings::Theme::FollowSystem},
        {tr("Light"), AppSettings::Theme::Light},
        {tr("Dark"), AppSettings::Theme::Dark}};
    for (const auto &[text, value] : themeChoices) {
        QAction *a = theme->addAction(text, w, [w, value = value] { w->setTheme(value); });
        a->setCheckable(true);
        a->setChecked(value == AppSettings::theme());
        themes->addAction(a);
    }
}

void MainActions::createHelpMenu()
{
    MainWindow *w = m_window;
    QMenu *help = addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), w, [w] {
        auto *dialog = new ShortcutsDialog(w->menuBar(), w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setStatusTip(tr("List every keyboard shortcut"));
    QAction *about = help->addAction(tr("&About Park Explorer"), w, [w] {
        auto *dialog = new AboutDialog(w->session(), w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setMenuRole(QAction::AboutRole);
    about->setStatusTip(tr("Version, data sources and licences"));
    about->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    aboutQt->setStatusTip(tr("Qt's version and licence"));
}

void MainActions::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), m_window,
            [w = m_window, path] {
                if (!QFileInfo::exists(path)) {
                    AppSettings::removeRecentFile(path);
                    w->showError(tr("Cannot open file"),
                                 tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
                    return;
                }
                w->openFile(path);
            });
        a->setStatusTip(tr("Open %1").arg(QDir::toNativeSeparators(path)));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [] {
            for (const QString &f : AppSettings::recentFiles())
                AppSettings::removeRecentFile(f);
        });
    }
}
