#pragma once

#include "recoveryfile.h"

#include <QObject>

#include <future>
#include <memory>

class DocumentSession;
class QTimer;
class QUndoStack;

// Keeps the unsaved edits of a document in its recovery file while the user
// works: written a moment after each change, and at least every minute while
// edits stay unsaved. It holds the lock that makes the file this instance's
// own; with no file (no document yet, or one another instance has open) it
// writes and removes nothing. What to do with a recovery file found when a
// document is opened is the document controller's business.
class RecoveryAutosave : public QObject
{
    Q_OBJECT

public:
    // Unsaved edits reach the recovery file this long after the last change...
    static constexpr int DefaultDelayMs = 2000;
    // ...and at least this often while edits stay unsaved.
    static constexpr int DefaultIntervalMs = 60000;

    RecoveryAutosave(DocumentSession *session, QUndoStack *stack, QObject *parent = nullptr);
    ~RecoveryAutosave() override;

    // Where recovery files are kept: RecoveryFile::defaultFolder().
    QString folder() const { return m_folder; }
    // The open document's recovery file; empty while this instance has none.
    QString path() const { return m_path; }
    // Makes PATH, whose lock LOCK holds (or null if it could not be locked),
    // the recovery file, releasing the one before.
    void hold(const QString &path, std::unique_ptr<QLockFile> lock);
    // Releases the recovery file (the file stays as it is).
    void release() { hold(QString(), nullptr); }
    void setDelay(int ms);

    // Writes the unsaved edits now; false when there are none, there is no
    // recovery file, or writing failed.
    bool writeNow();
    // Writes them on a second thread, as the timers do: at 100,000 parks a
    // write takes about a second, which the window must not stand still
    // for. One write at a time; a change meanwhile is written after it.
    void writeInBackground();
    // Waits for a background write, if one is under way.
    void waitForWrite();
    // The edits left in the recovery file, if any.
    ResultOf<RecoveryFile::Recovered> leftBehind() const;
    // Removes the recovery file at once, without waiting for a write under
    // way (at a million parks one takes seconds): the file that write puts
    // back is removed when it is done, or when it is waited for.
    void remove();
    // No more writes until the next edit (the session is ending normally).
    void stop();

signals:
    void writeFailed(const QString &error);

private:
    DocumentSession *m_session;
    QUndoStack *m_stack;
    QString m_folder;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    void finishWrite(int generation);
    // Takes the result of the write under way (which must be done or is
    // waited for), and removes what it wrote if remove() came meanwhile.
    void collectWrite();

    QTimer *m_delay;
    QTimer *m_tick;
    std::future<Result> m_write;
    int m_generation = 0; // of the write under way
    bool m_writeAgain = false;
    bool m_removeWhenWritten = false;
};
