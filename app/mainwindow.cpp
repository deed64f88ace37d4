#include "mainwindow.h"

#include "browse/parkdetailsview.h"
#include "browse/provincetree.h"
#include "browse/summarypanel.h"
#include "charts/chartspanel.h"
#include "documentsession.h"
#include "editing/editcontroller.h"
#include "editing/parkcommands.h"
#include "filter/filterbar.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"
#include "map/mappanel.h"
#include "map/provincechoroplethview.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "recoveryfile.h"
#include "table/parktableview.h"
#include "tableexport.h"
#include "translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace {
// The first few problems are shown at once; all of them under Show Details.
constexpr int MaxProblemsShown = 5;
// Unsaved edits reach the recovery file this long after the last change...
constexpr int RecoveryDelayMs = 2000;
// ...and at least this often while edits stay unsaved.
constexpr int RecoveryIntervalMs = 60000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new DocumentSession(this))
    , m_proxy(new ParkFilterProxy(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new ParkTableView(this))
    , m_filterBar(new FilterBar(m_proxy, this))
    , m_pathLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    m_session->model()->setEnglish(Translations::isEnglish());
    m_proxy->setSourceModel(m_session->model());
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::AscendingOrder);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("&Table"));
    m_charts = new ChartsPanel(m_proxy, this);
    m_tabs->addTab(m_charts, tr("&Charts"));
    connect(m_charts, &ChartsPanel::parkActivated, this, &MainWindow::showPark);
    m_map = new MapPanel(m_proxy, this);
    m_tabs->addTab(m_map, tr("&Map"));
    for (QWidget *panel : {static_cast<QWidget *>(m_charts), static_cast<QWidget *>(m_map)}) {
        auto exported = [this](const QString &path) {
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)),
                                     8000);
        };
        if (auto *charts = qobject_cast<ChartsPanel *>(panel))
            connect(charts, &ChartsPanel::exported, this, exported);
        else if (auto *map = qobject_cast<MapPanel *>(panel))
            connect(map, &MapPanel::exported, this, exported);
    }
    // Parks selected in the table light up their provinces on the map.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QSet<QString> provinces;
        for (int row : m_table->selectedSourceRows())
            provinces.insert(m_session->model()->record(row).province);
        m_map->view()->highlightProvinces(provinces);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &AppSettings::setCurrentTab);
    // Tab order follows the reading order: filters, then the views.
    QWidget::setTabOrder(m_filterBar->lastControl(), m_tabs);
    QWidget::setTabOrder(m_tabs, m_table);
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolBar->setIconSize(QSize(20, 20));
    setAcceptDrops(true);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_filterBar);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);

    m_pathLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    m_editor = new EditController(m_session, m_proxy, m_table, this);
    m_watcher = new ExternalChangeWatcher(this);
    connect(m_watcher, &ExternalChangeWatcher::changed, this, &MainWindow::externalChange);
    connect(m_editor, &EditController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_prompts.unsavedChanges = [this] {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                        tr("The parks have changes that are not saved."),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Save them before going on?"));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return UnsavedChoice::Save;
        case QMessageBox::Discard:
            return UnsavedChoice::Discard;
        default:
            return UnsavedChoice::Cancel;
        }
    };
    m_prompts.confirm = [this](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Park Explorer"), question,
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::No);
        return box.exec() == QMessageBox::Yes;
    };
    m_editor->setConfirm(m_prompts.confirm);

    QUndoStack *stack = m_editor->undoStack();
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        setWindowModified(!clean);
        if (clean)
            RecoveryFile::remove(RecoveryFile::defaultPath());
    });
    m_recoveryDelay = new QTimer(this);
    m_recoveryDelay->setSingleShot(true);
    m_recoveryDelay->setInterval(RecoveryDelayMs);
    connect(m_recoveryDelay, &QTimer::timeout, this, &MainWindow::writeRecoveryFile);
    connect(stack, &QUndoStack::indexChanged, m_recoveryDelay, qOverload<>(&QTimer::start));
    m_recoveryTick = new QTimer(this);
    m_recoveryTick->setInterval(RecoveryIntervalMs);
    connect(m_recoveryTick, &QTimer::timeout, this, &MainWindow::writeRecoveryFile);
    m_recoveryTick->start();

    createDocks();
    createActions();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentDetails);
    connect(m_session->model(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::showCurrentDetails);
    connect(m_proxy, &ParkFilterProxy::filterChanged, this, [this](const ParkFilter &filter) {
        AppSettings::setFilter(filter);
        updateStatus();
    });

    connect(m_session, &DocumentSession::pathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::documentReplaced, this, [this] {
        documentOpened();
        updateTitle();
        updateStatus();
        showCurrentDetails();
        if (!m_layoutRestored)
            m_table->resizeColumnsToContents();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_session->model(), &ParkTableModel::problemsChanged, this, &MainWindow::updateStatus);

    resize(1280, 800);
    updateTitle();
    restoreSettings();
}

void MainWindow::createDocks()
{
    auto dock = [this](QWidget *content, const QString &objectName, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(objectName);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    m_provinceTree = new ProvinceTree(m_proxy, this);
    m_provinceTree->setMinimumWidth(200);
    m_details = new ParkDetailsView(this);
    m_details->setMinimumWidth(240);
    m_summary = new SummaryPanel(m_session, m_proxy, this);
    QDockWidget *tree =
        dock(m_provinceTree, QStringLiteral("provinceDock"), Qt::LeftDockWidgetArea);
    QDockWidget *details = dock(m_details, QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    QDockWidget *summary = dock(m_summary, QStringLiteral("summaryDock"), Qt::RightDockWidgetArea);
    m_treeDock = tree;
    m_detailsDock = details;
    m_summaryDock = summary;
    m_history = new QUndoView(m_editor->undoStack(), this);
    m_history->setEmptyLabel(tr("<as opened>"));
    QDockWidget *historyDock =
        dock(m_history, QStringLiteral("historyDock"), Qt::RightDockWidgetArea);
    m_historyDock = historyDock;
    historyDock->setWindowTitle(tr("Undo History"));
    tabifyDockWidget(details, summary);
    tabifyDockWidget(summary, historyDock);
    details->raise();
    tree->setWindowTitle(tr("Provinces"));
    details->setWindowTitle(tr("Details"));
    summary->setWindowTitle(tr("Summary"));
    resizeDocks({tree, details}, {260, 360}, Qt::Horizontal);
    connect(m_provinceTree, &ProvinceTree::parkActivated, this, &MainWindow::showPark);
}

void MainWindow::restoreSettings()
{
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    m_layoutRestored = m_table->restoreLayout(AppSettings::tableHeader());
    if (!m_layoutRestored)
        m_table->applyDefaultLayout();
    m_proxy->setFilter(AppSettings::filter());
    m_tabs->setCurrentIndex(std::clamp(AppSettings::currentTab(), 0, m_tabs->count() - 1));
}

void MainWindow::saveSettings() const
{
    AppSettings::setWindow(saveGeometry(), saveState());
    AppSettings::setTableHeader(m_table->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeDropDocument()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_recoveryDelay->stop();
    RecoveryFile::remove(RecoveryFile::defaultPath());
    event->accept();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_editor->undoStack();
}

void MainWindow::setPrompts(const Prompts &prompts)
{
    m_prompts = prompts;
    m_editor->setConfirm(prompts.confirm);
}

bool MainWindow::maybeDropDocument()
{
    return mayDropDocument(!undoStack()->isClean(), m_prompts.unsavedChanges,
                           [this] { return save(); });
}

void MainWindow::documentOpened()
{
    AppSettings::addRecentFile(m_session->path());
    undoStack()->clear();
    setWindowModified(false);
    m_watcher->watch(m_session->path(), m_session->contentHash());
    m_editor->setEditable(!m_session->isReadOnly());
    if (m_revertAction)
        m_revertAction->setEnabled(!m_session->isEmbedded());
}

bool MainWindow::revertToSaved()
{
    if (m_session->isEmbedded() && undoStack()->isClean())
        return false;
    if (!undoStack()->isClean() &&
        !m_prompts.confirm(tr("Drop all unsaved changes and reload %1?")
                               .arg(QDir::toNativeSeparators(m_session->path()))))
        return false;
    const LoadResult result = m_session->open(m_session->path());
    reportLoad(result, m_session->path());
    if (!result.isUsable())
        return false;
    RecoveryFile::remove(RecoveryFile::defaultPath());
    return true;
}

void MainWindow::externalChange()
{
    if (m_askingAboutExternalChange)
        return;
    m_askingAboutExternalChange = true;
    const QString path = QDir::toNativeSeparators(m_session->path());
    bool reload = m_prompts.confirm(
        tr("%1 was changed by another program. Reload it? (No keeps your version; saving "
           "will then ask before overwriting the other change.)")
            .arg(path));
    if (reload && !undoStack()->isClean())
        reload = m_prompts.confirm(
            tr("Reloading drops your unsaved changes. Reload %1 anyway?").arg(path));
    if (reload) {
        const LoadResult result = m_session->open(m_session->path());
        reportLoad(result, m_session->path());
    } else {
        m_watcher->setKeepingMine(true);
    }
    m_askingAboutExternalChange = false;
}

bool MainWindow::writeRecoveryFile()
{
    if (undoStack()->isClean())
        return false;
    const Result written =
        RecoveryFile::write(RecoveryFile::defaultPath(), m_session->path(), m_session->toDocument());
    if (!written.ok()) {
        statusBar()->showMessage(tr("Could not write the recovery file: %1").arg(written.message),
                                 8000);
        return false;
    }
    return true;
}

bool MainWindow::offerRecovery()
{
    const ResultOf<RecoveryFile::Recovered> recovered =
        RecoveryFile::read(RecoveryFile::defaultPath());
    if (!recovered.ok())
        return false;
    const QString when = QLocale().toString(recovered->savedAt.toLocalTime(), QLocale::ShortFormat);
    const QString what = recovered->documentPath == ParkStore::EmbeddedPath
                             ? tr("the embedded dataset")
                             : QDir::toNativeSeparators(recovered->documentPath);
    if (!m_prompts.confirm(tr("Park Explorer did not close normally. Restore the unsaved "
                              "changes to %1 from %2?")
                               .arg(what, when))) {
        RecoveryFile::remove(RecoveryFile::defaultPath());
        return false;
    }
    const LoadResult result = m_session->open(recovered->documentPath);
    if (!result.isUsable())
        m_session->openEmbedded();
    undoStack()->push(new ReplaceAllParksCommand(m_session->model(), recovered->document.parks,
                                                 tr("Restore Recovered Changes")));
    statusBar()->showMessage(tr("Restored the unsaved changes; save to keep them."), 8000);
    return true;
}

void MainWindow::showCurrentDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->showRecord(nullptr);
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    m_details->showRecord(&m_session->model()->record(row));
}

void MainWindow::showPark(const QString &id)
{
    const int sourceRow = m_session->model()->rowOfId(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_session->model()->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by the filter: show it rather than do nothing.
        m_proxy->clearFilter();
        index = m_proxy->mapFromSource(m_session->model()->index(sourceRow, 0));
    }
    m_tabs->setCurrentWidget(m_table);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

bool MainWindow::exportCsv(const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = TableExport::toCsv(*m_proxy, m_table->visibleColumns());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(
            tr("Cannot export"), tr("The table was not exported."),
            {QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        return false;
    }
    statusBar()->showMessage(tr("Exported %n park(s) to %1", "", m_proxy->rowCount())
                                 .arg(QDir::toNativeSeparators(path)),
                             8000);
    return true;
}

void MainWindow::createActions()
{
    // Menus are rebuilt whole when the language changes, so that every text
    // goes through tr() again; actions that must outlive a rebuild (undo,
    // dock toggles) belong to their owners.
    qDeleteAll(m_menus);
    m_menus.clear();
    m_toolBar->clear();
    auto menu = [this](const QString &title) {
        auto *m = new QMenu(title, this);
        menuBar()->addMenu(m);
        m_menus << m;
        return m;
    };
    auto icon = [this](const char *themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(themeName), style()->standardIcon(fallback));
    };

    QMenu *file = menu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QString start = m_session->isEmbedded() ? QDir::homePath()
                                                      : QFileInfo(m_session->path()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Park Store"), start, tr("Park stores (*.json);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a park store file"));
    open->setIcon(icon("document-open", QStyle::SP_DialogOpenButton));

    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    QAction *openEmbedded = file->addAction(tr("Open the &Embedded Dataset"), this,
                                            [this] { openFile(ParkStore::EmbeddedPath); });
    openEmbedded->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    openEmbedded->setStatusTip(tr("Open the dataset that comes with Park Explorer (read-only; "
                                  "saving writes a copy)"));

    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the parks to the current file"));
    m_saveAction->setIcon(icon("document-save", QStyle::SP_DialogSaveButton));

    m_saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Save the parks to a new file"));

    m_revertAction = file->addAction(tr("&Revert to Saved"), this, &MainWindow::revertToSaved);
    m_revertAction->setStatusTip(tr("Drop the unsaved changes and reload the file"));
    m_revertAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_revertAction->setEnabled(!m_session->isEmbedded());

    file->addSeparator();
    QAction *exportCsvAction = file->addAction(tr("Export Table as &CSV…"), this, [this] {
        QSettings settings;
        const QString folder =
            settings.value(QStringLiteral("export/csvFolder"), QDir::homePath()).toString();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Table as CSV"),
                                                          folder + QStringLiteral("/parks.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("export/csvFolder"), QFileInfo(path).absolutePath());
        exportCsv(path);
    });
    exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportCsvAction->setStatusTip(
        tr("Write the parks shown, in the order and columns shown, to a CSV file"));
    QAction *exportChart = file->addAction(tr("Export C&hart…"), this, [this] {
        m_tabs->setCurrentWidget(m_charts);
        m_charts->exportWithDialog();
    });
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    exportChart->setStatusTip(tr("Save the current chart as PNG, SVG or PDF for a report"));
    exportChart->setIcon(icon("x-office-spreadsheet", QStyle::SP_FileDialogDetailedView));
    QAction *exportMap = file->addAction(tr("Export &Map…"), this, [this] {
        m_tabs->setCurrentWidget(m_map);
        m_map->exportWithDialog();
    });
    exportMap->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    exportMap->setStatusTip(tr("Save the province map as PNG, SVG or PDF for a report"));
    exportMap->setIcon(icon("applications-internet", QStyle::SP_DriveNetIcon));

    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Quit Park Explorer"));

    QMenu *edit = menu(tr("&Edit"));
    m_editor->addActions(edit);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_table, &ParkTableView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(copy);
    copy->setStatusTip(tr("Copy the selected cells as text and as a table"));
    QAction *copyChart = edit->addAction(tr("Copy C&hart"), this, [this] {
        m_charts->copyToClipboard();
        statusBar()->showMessage(tr("The chart is on the clipboard."), 5000);
    });
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyChart->setStatusTip(tr("Put the current chart on the clipboard as an image"));
    QAction *copyMap = edit->addAction(tr("Copy &Map"), this, [this] {
        m_map->copyToClipboard();
        statusBar()->showMessage(tr("The map is on the clipboard."), 5000);
    });
    copyMap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    copyMap->setStatusTip(tr("Put the province map on the clipboard as an image"));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_filterBar, &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Search the parks by name, city, operator, policy or notes"));
    QAction *clearFilters =
        edit->addAction(tr("C&lear Filters"), m_proxy, &ParkFilterProxy::clearFilter);
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    clearFilters->setStatusTip(tr("Show all parks"));

    QMenu *view = menu(tr("&View"));
    const QList<QWidget *> tabs{m_table, m_charts, m_map};
    for (int i = 0; i < tabs.size(); ++i) {
        QAction *show = view->addAction(m_tabs->tabText(i).remove(QLatin1Char('&')), this,
                                        [this, i] { m_tabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        show->setStatusTip(tr("Show this tab"));
    }
    view->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>()) {
        QAction *toggle = d->toggleViewAction();
        toggle->setStatusTip(tr("Show or hide this panel"));
        view->addAction(toggle);
    }
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString chosen = AppSettings::language();
    const QList<QPair<QString, QString>> languageChoices{
        {tr("Follow the System"), QString()},
        {QStringLiteral("中文（简体）"), QStringLiteral("zh_CN")},
        {QStringLiteral("English"), QStringLiteral("en")}};
    for (const auto &[text, code] : languageChoices) {
        QAction *a = language->addAction(text, this, [this, code = code] { setLanguage(code); });
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
        QAction *a = theme->addAction(text, this, [this, value = value] { setTheme(value); });
        a->setCheckable(true);
        a->setChecked(value == AppSettings::theme());
        themes->addAction(a);
    }

    QMenu *help = menu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setStatusTip(tr("List every keyboard shortcut"));
    QAction *aboutAction = help->addAction(tr("&About Park Explorer"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setStatusTip(tr("Version, data sources and licences"));
    aboutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    aboutQt->setStatusTip(tr("Qt's version and licence"));

    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_toolBar->addAction(open);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_editor->undoAction());
    m_toolBar->addAction(m_editor->redoAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(exportChart);
    m_toolBar->addAction(exportMap);
    m_editor->setEditable(!m_session->isReadOnly());
    updateTitle();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
            [this, path] {
                if (!QFileInfo::exists(path)) {
                    AppSettings::removeRecentFile(path);
                    showError(tr("Cannot open file"),
                              tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
                    return;
                }
                openFile(path);
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

void MainWindow::setLanguage(const QString &code)
{
    AppSettings::setLanguage(code);
    // Installing the catalogue sends every widget a LanguageChange event.
    Translations::install(code.isEmpty() ? Translations::systemLanguage() : code);
}

void MainWindow::setTheme(AppSettings::Theme theme)
{
    AppSettings::setTheme(theme);
    applyTheme(theme);
}

void MainWindow::applyTheme(AppSettings::Theme theme)
{
    // Charts and the map follow the palette (QEvent::PaletteChange).
    static const QString systemStyle = QApplication::style()->name();
    if (theme == AppSettings::Theme::FollowSystem) {
        QApplication::setStyle(systemStyle);
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStringLiteral("Fusion"));
    if (theme == AppSettings::Theme::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2f, 0x36));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x23, 0x25, 0x2b));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x34));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x45));
    dark.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3d));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_session->model()->setEnglish(Translations::isEnglish());
    m_session->model()->retranslate();
    m_proxy->setCollationLocale(QLocale());
    m_tabs->setTabText(m_tabs->indexOf(m_table), tr("&Table"));
    m_tabs->setTabText(m_tabs->indexOf(m_charts), tr("&Charts"));
    m_tabs->setTabText(m_tabs->indexOf(m_map), tr("&Map"));
    m_treeDock->setWindowTitle(tr("Provinces"));
    m_detailsDock->setWindowTitle(tr("Details"));
    m_summaryDock->setWindowTitle(tr("Summary"));
    m_historyDock->setWindowTitle(tr("Undo History"));
    m_history->setEmptyLabel(tr("<as opened>"));
    m_editor->retranslate();
    createActions();
    updateStatus();
    showCurrentDetails();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedStore(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedStore(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Open after the drop returns: the unsaved-changes prompt must not run
    // inside the drag-and-drop event loop of the source application.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

QString MainWindow::droppedStore(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return QString();
    const QUrl url = mime->urls().first();
    if (!url.isLocalFile() ||
        !url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return QString();
    return url.toLocalFile();
}

void MainWindow::openAtStartup(const QString &file)
{
    if (file.isEmpty() && offerRecovery())
        return;
    if (!file.isEmpty() && openFile(file))
        return;
    const QString path = DocumentSession::startupPath();
    if (path != ParkStore::EmbeddedPath && openFile(path))
        return;
    const LoadResult result = m_session->openEmbedded();
    reportLoad(result, ParkStore::EmbeddedPath);
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeDropDocument())
        return false;
    const LoadResult result = m_session->open(path);
    reportLoad(result, path);
    return result.isUsable();
}

void MainWindow::reportLoad(const LoadResult &result, const QString &path)
{
    QStringList lines;
    for (const Problem &p : result.problems)
        lines << p.toString();
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!result.isUsable()) {
        showError(tr("Cannot open file"),
                  tr("%1 could not be opened. The file was not changed.").arg(shownPath), lines);
        return;
    }
    if (result.readOnly) {
        showError(tr("Opened read-only"), result.readOnlyReason);
    }
    if (!result.problems.isEmpty()) {
        showError(tr("Problems in the data"),
                  tr("%1 was opened with problems in %n record(s). They are marked in the "
                     "table; nothing was dropped or changed.",
                     "", m_session->model()->problemRecordCount())
                      .arg(shownPath),
                  lines);
    }
}

void MainWindow::showError(const QString &title, const QString &text, const QStringList &details)
{
    // Window-modal and non-blocking: the window stays usable behind it, and
    // nothing waits on a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty()) {
        QStringList shown = details.mid(0, MaxProblemsShown);
        if (details.size() > MaxProblemsShown)
            shown << tr("… and %n more (see Show Details)", "",
                        int(details.size() - MaxProblemsShown));
        box->setInformativeText(shown.join(QLatin1Char('\n')));
        box->setDetailedText(details.join(QLatin1Char('\n')));
    }
    box->open();
}

bool MainWindow::save()
{
    return saveTo(QString());
}

bool MainWindow::saveAs()
{
    const QString start =
        m_session->isEmbedded() ? DocumentSession::userDataPath() : m_session->path();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Park Store As"), start,
                                                      tr("Park stores (*.json)"));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString &requested)
{
    const bool wasEmbedded = m_session->isEmbedded();
    const bool sameFile = requested.isEmpty() || requested == m_session->path();
    // Never overwrite someone else's change without asking, however it was
    // noticed: the hash is checked again now.
    if (sameFile && !wasEmbedded && m_watcher->changedOnDisk() &&
        !m_prompts.confirm(tr("%1 was changed by another program since it was opened. "
                              "Overwrite that change with your version?")
                               .arg(QDir::toNativeSeparators(m_session->path()))))
        return false;
    const SaveResult result = m_session->save(requested);
    if (!result.ok()) {
        showError(tr("Cannot save"),
                  tr("The parks were not saved; your changes are still open and nothing on "
                     "disk was damaged."),
                  {result.message});
        return false;
    }
    undoStack()->setClean();
    AppSettings::addRecentFile(m_session->path());
    m_watcher->watch(m_session->path(), m_session->contentHash());
    RecoveryFile::remove(RecoveryFile::defaultPath());
    if (m_revertAction)
        m_revertAction->setEnabled(true);
    const QString where = QDir::toNativeSeparators(m_session->path());
    statusBar()->showMessage(wasEmbedded ? tr("Saved a copy of the embedded dataset to %1; "
                                              "Park Explorer opens it next time.")
                                               .arg(where)
                                         : tr("Saved to %1").arg(where),
                             8000);
    return true;
}

void MainWindow::updateTitle()
{
    const QString name =
        m_session->isEmbedded() ? tr("Embedded dataset") : QFileInfo(m_session->path()).fileName();
    setWindowTitle(QStringLiteral("%1[*]").arg(name));
    setWindowFilePath(m_session->isEmbedded() ? QString() : m_session->path());
    m_saveAction->setEnabled(!m_session->isReadOnly());
    m_saveAsAction->setEnabled(!m_session->isReadOnly());
}

void MainWindow::updateStatus()
{
    if (m_session->isEmbedded()) {
        m_pathLabel->setText(tr("Embedded dataset (saving writes to %1)")
                                 .arg(QDir::toNativeSeparators(DocumentSession::userDataPath())));
    } else {
        m_pathLabel->setText(QDir::toNativeSeparators(m_session->path()));
    }
    const int shown = m_proxy->rowCount();
    const int total = m_session->model()->rowCount();
    QString text = m_proxy->filter().isEmpty() ? tr("%n park(s)", "", total)
                                               : tr("%1 of %n park(s) shown", "", total).arg(shown);
    if (const std::optional<double> reported = m_session->reportTotal(QStringLiteral("parks")))
        text += QStringLiteral(" · ") + tr("the report counts %1").arg(*reported);
    const int problems = m_session->model()->problemRecordCount();
    if (problems > 0)
        text += QStringLiteral(" · ") + tr("%n with problems", "", problems);
    m_countLabel->setText(text);
}

void MainWindow::about()
{
    auto *dialog = new AboutDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
