#include "mainwindow.h"

#include "browse/parkdetailsview.h"
#include "browse/provincetree.h"
#include "browse/summarypanel.h"
#include "charts/chartspanel.h"
#include "document/csvimport.h"
#include "document/loadprogressdialog.h"
#include "documentsession.h"
#include "editing/editcontroller.h"
#include "filter/filterbar.h"
#include "filter/filterdescription.h"
#include "mainactions.h"
#include "map/mappanel.h"
#include "map/provincechoroplethview.h"
#include "messageboxes.h"
#include "parkfilterproxy.h"
#include "report/reportdialog.h"
#include "stablecsv.h"
#include "statusmessages.h"
#include "storedrop.h"
#include "table/parktableview.h"
#include "tableexport.h"
#include "theme.h"
#include "translations.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace {
// The first size of the window, before one is remembered.
constexpr QSize DefaultWindowSize(1280, 800);
// The first widths of the province tree and the details, and how narrow
// they may get.
constexpr int DefaultTreeWidth = 260;
constexpr int DefaultDetailsWidth = 320;
constexpr int MinimumTreeWidth = 200;
constexpr int MinimumDetailsWidth = 240;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new DocumentController(this))
    , m_proxy(new ParkFilterProxy(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new ParkTableView(m_document->undoStack(), this))
    , m_filterBar(new FilterBar(m_proxy, this))
    , m_pathLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    session()->model()->setEnglish(Translations::isEnglish());
    m_proxy->setSourceModel(session()->model());
    m_table->setModel(m_proxy);
    m_table->setFrozenColumn(nameColumn());
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    // The name is the column a user sorts by first.
    m_proxy->setPreparedSortColumn(nameColumn());
    // Typing into the search of a large table never stops the window.
    m_proxy->setBackgroundSearch(20000);
    createTabs();

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_filterBar);
    connect(m_filterBar, &FilterBar::notice, this, &MainWindow::showMessage);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);

    m_pathLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    m_editor = new EditController(session(), undoStack(), m_proxy, m_table, this);
    connect(m_editor, &EditController::message, this, &MainWindow::showMessage);
    setPrompts(MessageBoxes::documentPrompts(this));

    createDocks();
    m_actions = new MainActions(this);
    connect(new StoreDrop(this), &StoreDrop::dropped, this, &MainWindow::openFile);
    new LoadProgressDialog(session(), this);
    connectDocument();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::showCurrentDetails);
    connect(session()->model(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::showCurrentDetails);
    // A reload or a merge replaces every record: the park that was current
    // stays current (found by id), and the details show its new version.
    connect(session()->model(), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_currentIdBeforeReset =
            current.isValid() ? session()->model()->record(m_proxy->mapToSource(current).row()).id
                              : QString();
    });
    connect(session()->model(), &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_currentIdBeforeReset.isEmpty()
                            ? -1
                            : session()->model()->rowOfId(m_currentIdBeforeReset);
        const QModelIndex index =
            row < 0 ? QModelIndex() : m_proxy->mapFromSource(session()->model()->index(row, 0));
        if (index.isValid())
            m_table->setCurrentIndex(index);
        showCurrentDetails();
    });
    connect(session()->model(), &QAbstractItemModel::rowsRemoved, this,
            &MainWindow::showCurrentDetails);
    connect(m_proxy, &ParkFilterProxy::filterChanged, this, [this](const ParkFilter &filter) {
        AppSettings::setFilter(filter);
        updateStatus();
    });
    // A search that takes a while says so: one typed as a large store
    // opens waits for the search text, seconds at a million parks. Not
    // said for the usual search, which ends before the notice would be
    // read.
    m_searchingNotice = new QTimer(this);
    m_searchingNotice->setSingleShot(true);
    m_searchingNotice->setInterval(300);
    connect(m_searchingNotice, &QTimer::timeout, this, &MainWindow::updateStatus);
    connect(m_proxy, &ParkFilterProxy::searchingChanged, this, [this](bool searching) {
        if (searching) {
            m_searchingNotice->start();
        } else {
            m_searchingNotice->stop();
            updateStatus();
        }
    });
    // One change of the records can send several signals (rows removed,
    // then a layout change), and the count reads every record. The status
    // is counted once, when the event loop is back.
    m_statusUpdate = new QTimer(this);
    m_statusUpdate->setSingleShot(true);
    m_statusUpdate->setInterval(0);
    connect(m_statusUpdate, &QTimer::timeout, this, &MainWindow::updateStatus);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, m_statusUpdate, qOverload<>(&QTimer::start));
    // Rows the filter lets through again after a change of many records come
    // as one layout change.
    connect(
        m_proxy, &QAbstractItemModel::layoutChanged, this,
        [this](const QList<QPersistentModelIndex> &, QAbstractItemModel::LayoutChangeHint hint) {
            if (hint != QAbstractItemModel::VerticalSortHint)
                m_statusUpdate->start();
        });
    connect(m_proxy, &QAbstractItemModel::modelReset, m_statusUpdate, qOverload<>(&QTimer::start));
    connect(session()->model(), &ParkTableModel::problemsChanged, m_statusUpdate,
            qOverload<>(&QTimer::start));

    resize(DefaultWindowSize);
    updateTitle();
    restoreSettings();
}

void MainWindow::createTabs()
{
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("&Table"));
    m_charts = new ChartsPanel(m_proxy, this);
    m_tabs->addTab(m_charts, tr("&Charts"));
    connect(m_charts, &ChartsPanel::parkActivated, this, &MainWindow::showPark);
    m_map = new MapPanel(m_proxy, this);
    m_map->view()->setReportFigures(session()->reportFigures());
    connect(session()->model(), &QAbstractItemModel::modelReset, m_map,
            [this] { m_map->view()->setReportFigures(session()->reportFigures()); });
    m_tabs->addTab(m_map, tr("&Map"));
    auto exported = [this](const QString &path) {
        showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    };
    connect(m_charts, &ChartsPanel::exported, this, exported);
    connect(m_map, &MapPanel::exported, this, exported);
    m_charts->setFigureNotes([this] { return figureNotes(false); });
    m_charts->setReportFigures([this] { return session()->reportFigures(); });
    m_map->setFigureNotes([this] { return figureNotes(true); });
    // Parks selected in the table light up their provinces on the map.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QSet<QString> provinces;
        for (int row : m_table->selectedSourceRows())
            provinces.insert(session()->model()->record(row).province);
        m_map->view()->highlightProvinces(provinces);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &AppSettings::setCurrentTab);
    // Tab order follows the reading order: filters, then the views.
    QWidget::setTabOrder(m_filterBar->lastControl(), m_tabs);
    QWidget::setTabOrder(m_tabs, m_table);
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
    m_provinceTree->setMinimumWidth(MinimumTreeWidth);
    m_details = new ParkDetailsView(this);
    m_details->setMinimumWidth(MinimumDetailsWidth);
    m_summary = new SummaryPanel(session(), m_proxy, this);
    m_treeDock = dock(m_provinceTree, QStringLiteral("provinceDock"), Qt::LeftDockWidgetArea);
    m_detailsDock = dock(m_details, QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    m_summaryDock = dock(m_summary, QStringLiteral("summaryDock"), Qt::RightDockWidgetArea);
    m_history = new QUndoView(undoStack(), this);
    m_history->setEmptyLabel(tr("<as opened>"));
    // Marks the step that matches the file on disk.
    m_history->setCleanIcon(QIcon::fromTheme(QStringLiteral("document-save"),
                                             style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_historyDock = dock(m_history, QStringLiteral("historyDock"), Qt::RightDockWidgetArea);
    m_historyDock->setWindowTitle(tr("Undo History"));
    tabifyDockWidget(m_detailsDock, m_summaryDock);
    tabifyDockWidget(m_summaryDock, m_historyDock);
    m_detailsDock->raise();
    m_treeDock->setWindowTitle(tr("Provinces"));
    m_detailsDock->setWindowTitle(tr("Details"));
    m_summaryDock->setWindowTitle(tr("Summary"));
    resizeDocks({m_treeDock, m_detailsDock}, {DefaultTreeWidth, DefaultDetailsWidth},
                Qt::Horizontal);
    connect(m_provinceTree, &ProvinceTree::parkActivated, this, &MainWindow::showPark);
}

void MainWindow::connectDocument()
{
    connect(m_document, &DocumentController::modifiedChanged, this, &MainWindow::setWindowModified);
    connect(m_document, &DocumentController::message, this, &MainWindow::showMessage);
    connect(m_document, &DocumentController::failed, this,
            [this](const QString &title, const QString &text, const QStringList &details) {
                showError(title, text, details);
            });
    connect(m_document, &DocumentController::saved, this, [this](const QString &path) {
        AppSettings::addRecentFile(path);
        m_actions->updateDocumentActions();
        // The first save of the embedded dataset gives it a file.
        updateStatus();
    });
    connect(session(), &DocumentSession::pathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DocumentController::opened, this, [this] {
        AppSettings::addRecentFile(session()->path());
        setWindowModified(false);
        m_actions->updateDocumentActions();
        updateTitle();
        updateStatus();
        showCurrentDetails();
        if (!m_layoutRestored)
            m_table->fitColumns();
    });
}

void MainWindow::restoreSettings()
{
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    m_layoutRestored = m_table->restoreLayout(AppSettings::tableHeader());
    if (m_layoutRestored)
        m_table->setUserSizedColumns(AppSettings::tableUserSizedColumns());
    else
        m_table->applyDefaultLayout();
    m_proxy->setFilter(AppSettings::filter());
    m_tabs->setCurrentIndex(std::clamp(AppSettings::currentTab(), 0, m_tabs->count() - 1));
}

void MainWindow::saveSettings() const
{
    AppSettings::setWindow(saveGeometry(), saveState());
    AppSettings::setTableHeader(m_table->saveLayout());
    AppSettings::setTableUserSizedColumns(m_table->userSizedColumns());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeDropDocument()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_document->close();
    event->accept();
}

void MainWindow::setPrompts(const Prompts &prompts)
{
    m_document->setPrompts(prompts);
    m_editor->setConfirm(m_document->prompts().confirm);
}

bool MainWindow::saveAs()
{
    QFileDialog dialog(this, tr("Save Park Store As"), m_document->saveAsStartPath(),
                       tr("Park stores (*.json)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    // "mystore" becomes mystore.json before the dialog asks about replacing
    // a file, so the question is about the file really written.
    dialog.setDefaultSuffix(QStringLiteral("json"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    return m_document->saveAs(dialog.selectedFiles().constFirst());
}

bool MainWindow::exportCsv(const QString &path, CsvForm form)
{
    QString error;
    bool written = false;
    if (form == CsvForm::AsShown) {
        written = TableExport::writeCsv(*m_proxy, m_table->visibleColumns(), path, &error);
    } else {
        // The parks the filter shows, in the store's order whatever the
        // sort, so that two exports of the same parks line up.
        QList<int> rows;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        std::sort(rows.begin(), rows.end());
        QList<ParkRecord> records;
        for (int row : std::as_const(rows))
            records << session()->model()->record(row);
        written = TableExport::writeFile(StableCsv::write(records), path, &error);
    }
    if (!written) {
        showError(tr("Cannot export"), tr("The table was not exported."), {error});
        return false;
    }
    const QString where = QDir::toNativeSeparators(path);
    showMessage(
        form == CsvForm::AsShown
            ? tr("Exported %n park(s) to %1", "", m_proxy->rowCount()).arg(where)
            : tr("Exported all fields of %n park(s) to %1", "", m_proxy->rowCount()).arg(where));
    return true;
}

bool MainWindow::importCsv(const QString &path)
{
    if (session()->isReadOnly()) {
        showError(tr("Cannot import"), tr("This dataset is read-only."),
                  {session()->readOnlyReason()});
        return false;
    }
    const CsvImport::Outcome outcome =
        CsvImport::run(path, session(), undoStack(), m_document->prompts());
    if (!outcome.errorText.isEmpty()) {
        showError(tr("Cannot import"), outcome.errorText, outcome.errorDetails);
        return false;
    }
    if (!outcome.errorDetails.isEmpty())
        showError(tr("Nothing imported"), outcome.message, outcome.errorDetails);
    else if (!outcome.message.isEmpty())
        showMessage(outcome.applied ? tr("Imported %1").arg(outcome.message) : outcome.message);
    return outcome.applied;
}

void MainWindow::showCurrentDetails()
{
    // The park whose row is highlighted: Details never speaks of a row the
    // table does not show as chosen.
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() ||
        !m_table->selectionModel()->isRowSelected(current.row(), current.parent())) {
        m_details->showRecord(nullptr);
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    m_details->showRecord(&session()->model()->record(row));
}

void MainWindow::showPark(const QString &id)
{
    ParkTableModel *model = session()->model();
    const int sourceRow = model->rowOfId(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by the filter: show it rather than do nothing.
        m_proxy->clearFilter();
        index = m_proxy->mapFromSource(model->index(sourceRow, 0));
    }
    m_tabs->setCurrentWidget(m_table);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void MainWindow::showError(const QString &title, const QString &text, const QStringList &details)
{
    MessageBoxes::showProblem(this, title, text, details);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, StatusMessages::TimeoutMs);
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
    AppTheme::apply(theme);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::childEvent(QChildEvent *event)
{
    // The tabs of docks stacked together ("Details", "Summary", "Undo
    // History") read whole; scroll buttons appear when they do not fit.
    if (event->type() == QEvent::ChildPolished) {
        if (auto *bar = qobject_cast<QTabBar *>(event->child())) {
            bar->setElideMode(Qt::ElideNone);
            bar->setUsesScrollButtons(true);
        }
    }
    QMainWindow::childEvent(event);
}

void MainWindow::retranslateUi()
{
    session()->model()->setEnglish(Translations::isEnglish());
    session()->model()->retranslate();
    m_proxy->setCollationLocale(QLocale());
    // The name in the new language takes the frozen place; texts changed
    // length, so the widths the user did not set follow them.
    m_table->setFrozenColumn(nameColumn());
    m_proxy->setPreparedSortColumn(nameColumn());
    m_table->fitColumns();
    m_tabs->setTabText(m_tabs->indexOf(m_table), tr("&Table"));
    m_tabs->setTabText(m_tabs->indexOf(m_charts), tr("&Charts"));
    m_tabs->setTabText(m_tabs->indexOf(m_map), tr("&Map"));
    m_treeDock->setWindowTitle(tr("Provinces"));
    m_detailsDock->setWindowTitle(tr("Details"));
    m_summaryDock->setWindowTitle(tr("Summary"));
    m_historyDock->setWindowTitle(tr("Undo History"));
    m_history->setEmptyLabel(tr("<as opened>"));
    m_editor->retranslate();
    if (m_actions)
        m_actions->rebuild();
    updateTitle();
    updateStatus();
    showCurrentDetails();
}

ReportDialog *MainWindow::exportReportWithDialog()
{
    auto *dialog = new ReportDialog(session()->toDocument(), m_proxy->filter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::exported, this, [this](const QString &path) {
        showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
    return dialog;
}

FigureNotes MainWindow::figureNotes(bool map) const
{
    FigureNotes::Data data;
    data.shown = m_proxy->rowCount();
    data.inDataset = session()->model()->rowCount();
    data.reportTotal = session()->reportTotal(QStringLiteral("parks"));
    data.filter = FilterDescription::summary(m_proxy->filter());
    data.about = session()->about();
    data.map = map;
    return FigureNotes::standard(data);
}

int MainWindow::nameColumn()
{
    return Translations::isEnglish() ? ParkTableModel::NameEnColumn : ParkTableModel::NameZhColumn;
}

void MainWindow::updateTitle()
{
    const DocumentSession *doc = session();
    const QString name =
        doc->isEmbedded() ? tr("Embedded dataset") : QFileInfo(doc->path()).fileName();
    setWindowTitle(QStringLiteral("%1[*]").arg(name));
    setWindowFilePath(doc->isEmbedded() ? QString() : doc->path());
}

void MainWindow::updateStatus()
{
    const DocumentSession *doc = session();
    if (doc->isEmbedded()) {
        m_pathLabel->setText(
            tr("Embedded dataset (saving writes to %1)")
                .arg(QDir::toNativeSeparators(DocumentSession::embeddedSaveTarget())));
    } else if (doc->isReadOnly()) {
        m_pathLabel->setText(tr("%1 (read-only)").arg(QDir::toNativeSeparators(doc->path())));
        m_pathLabel->setToolTip(doc->readOnlyReason());
    } else {
        m_pathLabel->setText(QDir::toNativeSeparators(doc->path()));
        m_pathLabel->setToolTip(QString());
    }
    const int shown = m_proxy->rowCount();
    const int total = doc->model()->rowCount();
    QString text = m_proxy->filter().isEmpty() ? tr("%n park(s)", "", total)
                                               : tr("%1 of %n park(s) shown", "", total).arg(shown);
    if (const std::optional<double> reported = doc->reportTotal(QStringLiteral("parks")))
        text += QStringLiteral(" · ") + tr("the report counts %1").arg(*reported);
    const int problems = doc->model()->problemRecordCount();
    if (problems > 0)
        text += QStringLiteral(" · ") + tr("%n with problems", "", problems);
    if (m_proxy->isSearching() && !m_searchingNotice->isActive())
        text += QStringLiteral(" · ") + tr("Searching…");
    m_countLabel->setText(text);
}
