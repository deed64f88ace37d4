#include "reportpreview.h"

#include "translations.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// The pause after a change before the preview is made again: long enough
// for a few keystrokes in the title.
constexpr int PauseMs = 400;
} // namespace

ReportPreview::ReportPreview(QWidget *parent)
    : QWidget(parent)
    , m_pdf(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_refresh(new QPushButton(tr("Show &Preview"), this))
    , m_pause(new QTimer(this))
{
    m_view->setDocument(m_pdf);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);
    m_view->setMinimumSize(320, 320);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);
    m_progress->setMinimumWidth(160);
    m_progress->setVisible(false);
    m_stop->setVisible(false);
    m_refresh->setVisible(false);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_stop);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(bar);

    m_pause->setSingleShot(true);
    m_pause->setInterval(PauseMs);
    connect(m_pause, &QTimer::timeout, this, &ReportPreview::refresh);
    connect(m_stop, &QPushButton::clicked, this, &ReportPreview::stop);
    connect(m_refresh, &QPushButton::clicked, this, &ReportPreview::refresh);
}

void ReportPreview::setRequest(const ReportCommand::Request &request, const ParkDocument &document,
                               const QString &language, bool automatic)
{
    m_request = request;
    m_document = document;
    m_language = language;
    m_current = false;
    m_stale = true;
    if (automatic) {
        m_refresh->setVisible(false);
        m_pause->start();
        return;
    }
    m_pause->stop();
    if (!m_busy) {
        m_refresh->setVisible(true);
        m_status->setText(tr("A large report: the preview is made when asked for."));
    }
}

void ReportPreview::refresh()
{
    m_pause->stop();
    if (m_busy) {
        // The loop below starts over with the latest request.
        m_stale = true;
        return;
    }
    m_refresh->setVisible(false);
    QByteArray pdf;
    do {
        ReportCommand::Request request = m_request;
        // The preview is always a PDF: the HTML file holds the same content
        // in one scrolling page.
        request.outPath = QStringLiteral("preview.pdf");
        m_stale = false;
        pdf = produce(request, m_document, m_language, true);
    } while (m_stale && !m_stopped);
    if (pdf.isEmpty()) {
        m_status->setText(m_stopped ? tr("Preview stopped.")
                                    : tr("The preview could not be made."));
        m_refresh->setVisible(true);
        return;
    }
    m_current = true;
    show(pdf);
    emit refreshed();
}

QByteArray ReportPreview::currentPdf() const
{
    return m_current && !m_stale ? m_bytes : QByteArray();
}

void ReportPreview::stop()
{
    m_stopped = true;
}

QByteArray ReportPreview::produce(const ReportCommand::Request &request,
                                  const ParkDocument &document, const QString &language,
                                  bool stopOnChange)
{
    if (m_busy)
        return QByteArray();
    m_stopped = false;
    setBusy(true);
    m_progress->setValue(0);
    QByteArray bytes;
    {
        // Only the report speaks LANGUAGE; the event loop runs for the
        // progress bar and the Stop button, and for changes that make the
        // work start over.
        const Translations::ScopedLanguage speaking(language);
        bytes = ReportCommand::render(request, document, [this, stopOnChange](int percent) {
            m_progress->setValue(percent);
            QCoreApplication::processEvents();
            return !m_stopped && !(stopOnChange && m_stale);
        });
    }
    setBusy(false);
    // Whatever was painted while the report's language was installed is
    // painted again in the interface's.
    for (QWidget *w : QApplication::topLevelWidgets())
        w->update();
    return bytes;
}

ReportPreview::~ReportPreview()
{
    // The view renders pages on a thread of its own, and the document reads
    // the buffer while it does: both let go of it before it goes (members
    // die before the child widgets).
    detach();
}

void ReportPreview::detach()
{
    m_view->setDocument(nullptr);
    m_pdf->close();
    m_buffer.close();
}

void ReportPreview::show(const QByteArray &pdf)
{
    m_bytes = pdf;
    detach();
    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_pdf->load(&m_buffer);
    m_view->setDocument(m_pdf);
    m_status->setText(tr("%n page(s), as they will be written", "", m_pdf->pageCount()));
}

void ReportPreview::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_stop->setVisible(busy);
    if (busy)
        m_status->setText(tr("Making the report…"));
}
