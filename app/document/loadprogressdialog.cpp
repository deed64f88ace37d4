#include "loadprogressdialog.h"

#include "documentsession.h"
#include "loadcontrol.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>

LoadProgressDialog::LoadProgressDialog(DocumentSession *session, QWidget *parent)
    : QProgressDialog(parent)
{
    setWindowTitle(tr("Opening"));
    // A file name is shown as it is, never as rich text.
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    setLabel(label);
    setWindowModality(Qt::WindowModal);
    setRange(0, LoadControl::Done);
    // Shown by start(), at once: until it shows, the window would take
    // clicks and keys meant for a document about to be replaced.
    setMinimumDuration(0);
    setAutoClose(false);
    setAutoReset(false);
    // Not shown before a load starts (a QProgressDialog shows itself after
    // minimumDuration otherwise).
    reset();
    hide();
    connect(session, &DocumentSession::loadingStarted, this, &LoadProgressDialog::start);
    connect(session, &DocumentSession::loadingProgress, this, &QProgressDialog::setValue);
    connect(session, &DocumentSession::loadingFinished, this, [this] {
        const bool wasActive = isActiveWindow();
        reset();
        hide();
        // Keys go back to the window, as before the load (not every window
        // manager, and no offscreen platform, does it by itself).
        if (wasActive && parentWidget())
            parentWidget()->activateWindow();
    });
    // Esc and closing the dialog cancel too.
    connect(this, &QProgressDialog::canceled, session, &DocumentSession::cancelLoading);
}

void LoadProgressDialog::start(const QString &path)
{
    const QFileInfo file(path);
    setLabelText(tr("Opening %1 (%2 MB)…")
                     .arg(QDir::toNativeSeparators(file.fileName()))
                     .arg(double(file.size()) / 1e6, 0, 'f', 1));
    setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    reset();
    setValue(0);
    show();
}
