#pragma once

#include "parkstore.h"
#include "report/reportcommand.h"

#include <QBuffer>
#include <QByteArray>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QPushButton;
class QTimer;

// The report's pages as they will be written: the PDF is produced from the
// request and shown by QtPdf, so the preview is the file itself. It is made
// again a moment after each change (or on demand for large reports), with a
// progress bar and a Stop button; a change while it is being made starts it
// over.
class ReportPreview : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget *parent = nullptr);
    ~ReportPreview() override;

    // The report to preview; LANGUAGE is "zh_CN" or "en". Made again after
    // a short pause when AUTOMATIC, else when refresh() is called.
    void setRequest(const ReportCommand::Request &request, const ParkDocument &document,
                    const QString &language, bool automatic);
    // Makes the preview now.
    void refresh();
    // The PDF shown, when it is that of the last request (else empty).
    QByteArray currentPdf() const;
    // Stops a preview being made.
    void stop();
    bool isBusy() const { return m_busy; }

    // The report's bytes for REQUEST (a PDF or HTML by its outPath), in
    // LANGUAGE, with the progress shown in this preview's bar; empty when
    // stopped, failed, or (STOPONCHANGE) a new request came in meanwhile.
    QByteArray produce(const ReportCommand::Request &request, const ParkDocument &document,
                       const QString &language, bool stopOnChange = false);

    QPdfView *view() const { return m_view; }
    QPdfDocument *pdfDocument() const { return m_pdf; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *stopButton() const { return m_stop; }

signals:
    // A new preview is shown.
    void refreshed();

private:
    void show(const QByteArray &pdf);
    // The view and the document let go of the buffer.
    void detach();
    void setBusy(bool busy);

    ReportCommand::Request m_request;
    ParkDocument m_document;
    QString m_language;
    QByteArray m_bytes;
    bool m_current = false;
    bool m_busy = false;
    bool m_stale = false;
    bool m_stopped = false;
    QBuffer m_buffer;
    QPdfDocument *m_pdf;
    QPdfView *m_view;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QPushButton *m_refresh;
    QTimer *m_pause;
};
