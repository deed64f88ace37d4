#include "mainwindow.h"

#include "browse/parkdetailsview.h"
#include "browse/provincetree.h"
#include "browse/summarypanel.h"
#include "charts/chartspanel.h"
#include "documentsession.h"
#include "editing/editcontroller.h"
#include "editing/parkcommands.h"
#include "filter/filterbar.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "recoveryfile.h"
#include "table/parktableview.h"
#include "tableexport.h"
#include "translations.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
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
    connect(m_charts, &ChartsPanel::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
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
        QSettings().setValue(QStringLiteral("filters/state"),
                             QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
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
    m_provinceTree->setMinimumWidth(220);
    m_details = new ParkDetailsView(this);
    m_details->setMinimumWidth(280);
    m_summary = new SummaryPanel(m_session, m_proxy, this);
    QDockWidget *tree =
        dock(m_provinceTree, QStringLiteral("provinceDock"), Qt::LeftDockWidgetArea);
    QDockWidget *details = dock(m_details, QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    QDockWidget *summary = dock(m_summary, QStringLiteral("summaryDock"), Qt::RightDockWidgetArea);
    auto *history = new QUndoView(m_editor->undoStack(), this);
    history->setEmptyLabel(tr("<opened file>"));
    QDockWidget *historyDock =
        dock(history, QStringLiteral("historyDock"), Qt::RightDockWidgetArea);
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
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_layoutRestored =
        m_table->restoreLayout(settings.value(QStringLiteral("table/header")).toByteArray());
    if (!m_layoutRestored)
        m_table->applyDefaultLayout();
    const QByteArray filter = settings.value(QStringLiteral("filters/state")).toByteArray();
    if (!filter.isEmpty())
        m_proxy->setFilter(ParkFilter::fromJson(QJsonDocument::fromJson(filter).object()));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("table/header"), m_table->saveLayout());
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
    QString error;
    if (!RecoveryFile::write(RecoveryFile::defaultPath(), m_session->path(),
                             m_session->toDocument(), &error)) {
        statusBar()->showMessage(tr("Could not write the recovery file: %1").arg(error), 8000);
        return false;
    }
    return true;
}

bool MainWindow::offerRecovery()
{
    const std::optional<RecoveryFile::Recovered> recovered =
        RecoveryFile::read(RecoveryFile::defaultPath());
    if (!recovered)
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
    QMenu *file = menuBar()->addMenu(tr("&File"));
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

    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the parks to the current file"));

    m_saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Save the parks to a new file"));

    m_revertAction = file->addAction(tr("&Revert to Saved"), this, &MainWindow::revertToSaved);
    m_revertAction->setStatusTip(tr("Drop the unsaved changes and reload the file"));

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
    exportChart->setStatusTip(tr("Save the current chart as PNG, SVG or PDF for a report"));

    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Quit Park Explorer"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editor->addActions(edit);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_table, &ParkTableView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(copy);
    copy->setStatusTip(tr("Copy the selected cells as text and as a table"));
    edit->addSeparator();
    QAction *copyChart = edit->addAction(tr("Copy C&hart"), this, [this] {
        m_charts->copyToClipboard();
        statusBar()->showMessage(tr("The chart is on the clipboard."), 5000);
    });
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyChart->setStatusTip(tr("Put the current chart on the clipboard as an image"));
    QAction *find = edit->addAction(tr("&Find…"), m_filterBar, &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Search the parks by name, city, operator, policy or notes"));
    QAction *clearFilters =
        edit->addAction(tr("C&lear Filters"), m_proxy, &ParkFilterProxy::clearFilter);
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    clearFilters->setStatusTip(tr("Show all parks"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>()) {
        QAction *toggle = d->toggleViewAction();
        toggle->setStatusTip(tr("Show or hide this panel"));
        m_viewMenu->addAction(toggle);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Park Explorer"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setStatusTip(tr("Version, data sources and licences"));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
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
    if (!result.ok) {
        showError(tr("Cannot save"),
                  tr("The parks were not saved; your changes are still open and nothing on "
                     "disk was damaged."),
                  {result.errorMessage});
        return false;
    }
    undoStack()->setClean();
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
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Park Explorer"));
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("Park Explorer %1").arg(QCoreApplication::applicationVersion()));
    box->setInformativeText(
        tr("Explore China's blockchain industrial parks.\n\n"
           "Data: a researched reconstruction of the parks counted by 01区块链, "
           "\"区块链:政府主导的区块链产业园区普查报告(2020)\". The report counts 44 parks; "
           "the embedded dataset holds the parks that public sources name, each with its "
           "sources.\n\n"
           "Province outlines: derived from Apache ECharts 4.9.0, © 2017-2020 The Apache "
           "Software Foundation, Apache License 2.0.\n\n"
           "Built with Qt %1 (LGPLv3).")
            .arg(QString::fromLatin1(qVersion())));
    box->open();
}
