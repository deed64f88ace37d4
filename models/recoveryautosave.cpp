#include "recoveryautosave.h"

#include "backgroundpriority.h"
#include "documentsession.h"
#include "parktablemodel.h"

#include <QTimer>
#include <QUndoStack>

#include <utility>

RecoveryAutosave::RecoveryAutosave(DocumentSession *session, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_stack(stack)
    , m_folder(RecoveryFile::defaultFolder())
    , m_delay(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(DefaultDelayMs);
    connect(m_delay, &QTimer::timeout, this, &RecoveryAutosave::writeInBackground);
    connect(m_stack, &QUndoStack::indexChanged, this, [this] {
        m_delay->start();
        if (!m_tick->isActive())
            m_tick->start();
    });
    m_tick->setInterval(DefaultIntervalMs);
    connect(m_tick, &QTimer::timeout, this, &RecoveryAutosave::writeInBackground);
    m_tick->start();
}

RecoveryAutosave::~RecoveryAutosave()
{
    // The write's thread calls back into this object.
    waitForWrite();
}

void RecoveryAutosave::hold(const QString &path, std::unique_ptr<QLockFile> lock)
{
    waitForWrite();
    m_writeAgain = false;
    m_lock = std::move(lock);
    m_path = path;
}

void RecoveryAutosave::setDelay(int ms)
{
    m_delay->setInterval(ms);
}

bool RecoveryAutosave::writeNow()
{
    waitForWrite();
    m_writeAgain = false;
    if (m_stack->isClean() || m_path.isEmpty())
        return false;
    const Result written = RecoveryFile::write(m_path, m_session->path(), m_session->toDocument());
    if (!written.ok()) {
        emit writeFailed(written.message);
        return false;
    }
    return true;
}

void RecoveryAutosave::writeInBackground()
{
    if (m_write.valid()) {
        m_writeAgain = true;
        return;
    }
    if (m_stack->isClean() || m_path.isEmpty())
        return;
    // The records are taken here, on the thread that edits them, as a list
    // of shared records (pointers: later edits replace records, never change
    // these), and copied into the document on the writing thread.
    const int generation = ++m_generation;
    m_write = std::async(
        std::launch::async, [this, generation, target = m_path, source = m_session->path(),
                             document = m_session->toDocumentWithoutParks(),
                             records = m_session->model()->sharedRecords()]() mutable {
            BackgroundPriority::lowerThisThread();
            document.parks = records.toList();
            Result written = RecoveryFile::write(target, source, document);
            QMetaObject::invokeMethod(
                this, [this, generation] { finishWrite(generation); }, Qt::QueuedConnection);
            return written;
        });
}

void RecoveryAutosave::finishWrite(int generation)
{
    // Already collected by waitForWrite(), or a later write's.
    if (generation != m_generation || !m_write.valid())
        return;
    collectWrite();
    if (m_writeAgain) {
        m_writeAgain = false;
        writeInBackground();
    }
}

void RecoveryAutosave::waitForWrite()
{
    if (m_write.valid())
        collectWrite();
}

void RecoveryAutosave::collectWrite()
{
    const Result written = m_write.get();
    if (!written.ok())
        emit writeFailed(written.message);
    if (std::exchange(m_removeWhenWritten, false) && !m_path.isEmpty())
        RecoveryFile::remove(m_path);
}

ResultOf<RecoveryFile::Recovered> RecoveryAutosave::leftBehind() const
{
    if (m_path.isEmpty())
        return Result::failure(QString());
    return RecoveryFile::read(m_path);
}

void RecoveryAutosave::remove()
{
    m_writeAgain = false;
    // A write still under way would put the file back: removed again once
    // it is done.
    if (m_write.valid())
        m_removeWhenWritten = true;
    if (!m_path.isEmpty())
        RecoveryFile::remove(m_path);
}

void RecoveryAutosave::stop()
{
    m_delay->stop();
    m_tick->stop();
    waitForWrite();
    m_writeAgain = false;
}
