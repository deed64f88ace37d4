#include "recoveryautosave.h"

#include "documentsession.h"

#include <QTimer>
#include <QUndoStack>

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
    connect(m_delay, &QTimer::timeout, this, &RecoveryAutosave::writeNow);
    connect(m_stack, &QUndoStack::indexChanged, this, [this] {
        m_delay->start();
        if (!m_tick->isActive())
            m_tick->start();
    });
    m_tick->setInterval(DefaultIntervalMs);
    connect(m_tick, &QTimer::timeout, this, &RecoveryAutosave::writeNow);
    m_tick->start();
}

RecoveryAutosave::~RecoveryAutosave() = default;

void RecoveryAutosave::hold(const QString &path, std::unique_ptr<QLockFile> lock)
{
    m_lock = std::move(lock);
    m_path = path;
}

void RecoveryAutosave::setDelay(int ms)
{
    m_delay->setInterval(ms);
}

bool RecoveryAutosave::writeNow()
{
    if (m_stack->isClean() || m_path.isEmpty())
        return false;
    const Result written = RecoveryFile::write(m_path, m_session->path(), m_session->toDocument());
    if (!written.ok()) {
        emit writeFailed(written.message);
        return false;
    }
    return true;
}

ResultOf<RecoveryFile::Recovered> RecoveryAutosave::leftBehind() const
{
    if (m_path.isEmpty())
        return Result::failure(QString());
    return RecoveryFile::read(m_path);
}

void RecoveryAutosave::remove()
{
    if (!m_path.isEmpty())
        RecoveryFile::remove(m_path);
}

void RecoveryAutosave::stop()
{
    m_delay->stop();
    m_tick->stop();
}
