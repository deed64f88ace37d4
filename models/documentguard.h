#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

class QFileSystemWatcher;

// What the user answers when unsaved edits are about to be dropped.
enum class UnsavedChoice
{
    Save,
    Discard,
    Cancel
};

// Whether an action that drops the open document (close, open another file,
// revert) may go ahead. Kept apart from any dialog so that it can be tested.
bool mayDropDocument(bool modified, const std::function<UnsavedChoice()> &ask,
                     const std::function<bool()> &save);

// Notices when another program changes, deletes or moves the open file. A
// file-system watcher says that something happened; the content hash says
// whether the content really differs from what was loaded or last saved.
// The hash is checked again right before saving, since watchers can miss
// changes. A file that is gone is reported as removed (a move looks the
// same: the watcher cannot tell); if it comes back with other content, that
// is a change.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ExternalChangeWatcher(QObject *parent = nullptr);

    // Starts watching path, whose content is now known to hash to hash.
    void watch(const QString &path, const QByteArray &hash);
    void stop();
    QString path() const { return m_path; }
    // The content on disk differs from the last known content (or the file
    // is gone).
    bool changedOnDisk() const;
    // The user chose to keep their version: the next save may overwrite
    // only after confirmation, which this remembers until the next watch().
    void setKeepingMine(bool keeping) { m_keepingMine = keeping; }
    bool isKeepingMine() const { return m_keepingMine; }
    // Reports the next change again (after one that could not be taken in,
    // such as a file caught half written).
    void rearm();
    // How long a file must stay gone before it counts as removed: editors
    // that save by deleting and writing anew leave it gone for a moment.
    void setRemovalDelay(int ms) { m_removalDelay = ms; }

signals:
    void changed(const QString &path);
    // The file is gone: deleted, or moved or renamed.
    void removed(const QString &path);

private:
    enum class State
    {
        Known,    // as loaded or saved, or a change not yet noticed
        Reported, // changed() was emitted
        Removed,  // removed() was emitted
    };
    void check();

    QFileSystemWatcher *m_watcher;
    QString m_path;
    QByteArray m_hash;
    bool m_keepingMine = false;
    State m_state = State::Known;
    int m_removalDelay = 300;
    bool m_removalPending = false;
};
