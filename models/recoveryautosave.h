#pragma once

#include "recoveryfile.h"

#include <QObject>

#include <optional>

class DocumentSession;
class QTimer;
class QUndoStack;

// Keeps the unsaved edits of a document in a recovery file while the user
// works: written a moment after each change, and at least every minute while
// edits stay unsaved. What to do with a recovery file found at start is the
// document controller's business.
class RecoveryAutosave : public QObject
{
    Q_OBJECT

public:
    // Unsaved edits reach the recovery file this long after the last change...
    static constexpr int DefaultDelayMs = 2000;
    // ...and at least this often while edits stay unsaved.
    static constexpr int DefaultIntervalMs = 60000;

    RecoveryAutosave(DocumentSession *session, QUndoStack *stack, QObject *parent = nullptr);

    // RecoveryFile::defaultPath() unless changed.
    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }
    void setDelay(int ms);

    // Writes the unsaved edits now; false when there are none or writing failed.
    bool writeNow();
    // The edits a session that did not end normally left behind, if any.
    ResultOf<RecoveryFile::Recovered> leftBehind() const;
    void remove();
    // No more writes until the next edit (the session is ending normally).
    void stop();

signals:
    void writeFailed(const QString &error);

private:
    DocumentSession *m_session;
    QUndoStack *m_stack;
    QString m_path;
    QTimer *m_delay;
    QTimer *m_tick;
};
