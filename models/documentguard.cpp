#include "documentguard.h"

#include "parkstore.h"

#include <QFile>
#include <QFileSystemWatcher>

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
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        // Editors that save by renaming replace the watched file: watch the
        // new one. Report each difference once until the next watch().
        if (!m_watcher->files().contains(path) && QFile::exists(path))
            m_watcher->addPath(path);
        if (!m_reported && changedOnDisk()) {
            m_reported = true;
            emit changed(path);
        }
    });
}

void ExternalChangeWatcher::watch(const QString &path, const QByteArray &hash)
{
    stop();
    if (path.startsWith(QLatin1Char(':')))
        return;
    m_path = path;
    m_hash = hash;
    m_keepingMine = false;
    m_reported = false;
    if (QFile::exists(path))
        m_watcher->addPath(path);
}

void ExternalChangeWatcher::stop()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
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
