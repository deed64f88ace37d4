#include "mainwindow.h"

#include "documentsession.h"
#include "parkfilterproxy.h"
#include "parkstore.h"
#include "table/parktableview.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace {
// The first few problems are shown at once; all of them under Show Details.
constexpr int MaxProblemsShown = 5;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new DocumentSession(this))
    , m_proxy(new ParkFilterProxy(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new ParkTableView(this))
    , m_pathLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    m_session->model()->setEnglish(Translations::isEnglish());
    m_proxy->setSourceModel(m_session->model());
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::AscendingOrder);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("&Table"));
    setCentralWidget(m_tabs);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);

    m_pathLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();

    connect(m_session, &DocumentSession::pathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::documentReplaced, this, [this] {
        updateTitle();
        updateStatus();
        m_table->resizeColumnsToContents();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_session->model(), &ParkTableModel::problemsChanged, this, &MainWindow::updateStatus);

    resize(1200, 760);
    updateTitle();
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

    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setStatusTip(tr("Quit Park Explorer"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About Park Explorer"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setStatusTip(tr("Version, data sources and licences"));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openAtStartup(const QString &file)
{
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
    const bool wasEmbedded = m_session->isEmbedded();
    const SaveResult result = m_session->save();
    if (!result.ok) {
        showError(tr("Cannot save"),
                  tr("The parks were not saved; your data is still open and nothing on disk "
                     "was damaged."),
                  {result.errorMessage});
        return false;
    }
    const QString where = QDir::toNativeSeparators(m_session->path());
    statusBar()->showMessage(wasEmbedded ? tr("Saved a copy of the embedded dataset to %1; "
                                              "Park Explorer opens it next time.")
                                               .arg(where)
                                         : tr("Saved to %1").arg(where),
                             8000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString start =
        m_session->isEmbedded() ? DocumentSession::userDataPath() : m_session->path();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Park Store As"), start,
                                                      tr("Park stores (*.json)"));
    if (path.isEmpty())
        return false;
    const SaveResult result = m_session->save(path);
    if (!result.ok) {
        showError(tr("Cannot save"),
                  tr("The parks were not saved; your data is still open and nothing on disk "
                     "was damaged."),
                  {result.errorMessage});
        return false;
    }
    statusBar()->showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
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
    QString text = shown == total ? tr("%n park(s)", "", total)
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
