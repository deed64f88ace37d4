#include "documentguard.h"

#include "parkstore.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

bool mayDropDocument(bool modified, const std::function<UnsavedChoice()> &ask,
                     const std::function<bool()> &save)
{
    if (!modified)
        return true;
    switch (ask()) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

ExternalChangeWatcher::ExternalChangeWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ExternalChangeWatcher::check);
    // The folder tells when a file that was gone comes back.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_path.isEmpty() &&
            (m_state == State::Removed || !m_watcher->files().contains(m_path)))
            check();
    });
}

void ExternalChangeWatcher::check()
{
    if (m_path.isEmpty())
        return;
    if (!QFileInfo::exists(m_path)) {
        // Gone: removed if it stays gone for a moment.
        if (m_state != State::Removed && !m_removalPending) {
            m_removalPending = true;
            QTimer::singleShot(m_removalDelay, this, [this, path = m_path] {
                m_removalPending = false;
                if (m_path != path || m_state == State::Removed)
                    return;
                if (QFileInfo::exists(m_path)) {
                    check();
                    return;
                }
                m_state = State::Removed;
                emit removed(m_path);
            });
        }
        return;
    }
    // Editors that save by renaming replace the watched file: watch the new
    // one. Report each difference once until the next watch().
    if (!m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    if (m_state == State::Reported)
        return;
    if (changedOnDisk()) {
        m_state = State::Reported;
        emit changed(m_path);
    } else {
        m_state = State::Known; // back as it was
    }
}

void ExternalChangeWatcher::watch(const QString &path, const QByteArray &hash)
{
    stop();
    if (path.startsWith(QLatin1Char(':')))
        return;
    m_path = path;
    m_hash = hash;
    m_keepingMine = false;
    m_state = State::Known;
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(folder))
        m_watcher->addPath(folder);
    if (QFile::exists(path))
        m_watcher->addPath(path);
}

void ExternalChangeWatcher::rearm()
{
    if (m_state == State::Reported)
        m_state = State::Known;
}

void ExternalChangeWatcher::stop()
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_path.clear();
    m_hash.clear();
}

bool ExternalChangeWatcher::changedOnDisk() const
{
    if (m_path.isEmpty())
        return false;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    return ParkStore::hash(file.readAll()) != m_hash;
}
