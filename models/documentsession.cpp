#include "documentsession.h"

#include "backgroundload.h"
#include "unreadablestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
    , m_model(new ParkTableModel(this))
    , m_backgroundLoadSize(BackgroundLoad::DefaultMinimumSize)
{}

LoadResult DocumentSession::open(const QString &path)
{
    // One load at a time: the newest wins.
    cancelLoading();
    const QFileInfo file(path);
    // Without an application there is no event loop to keep going.
    const bool inBackground = QCoreApplication::instance() && path != ParkStore::EmbeddedPath &&
                              file.isFile() && file.size() >= m_backgroundLoadSize;
    LoadResult result = inBackground ? loadInBackground(path) : ParkStore::loadFile(path);
    if (result.isUsable())
        adopt(result, path);
    return result;
}

LoadResult DocumentSession::loadInBackground(const QString &path)
{
    const auto control = std::make_shared<LoadControl>();
    m_loading = control;
    emit loadingStarted(path);
    LoadResult result = BackgroundLoad::load(
        path, control, [this](int permille) { emit loadingProgress(permille); },
        m_model->isSearchShown());
    // A load started while this one ran has ended already (its event loop
    // ran inside this one's), and cancelled this one.
    if (m_loading == control) {
        m_loading.reset();
        emit loadingFinished();
    }
    return result;
}

void DocumentSession::cancelLoading()
{
    if (m_loading)
        m_loading->cancel();
}

LoadResult DocumentSession::openEmbedded()
{
    return open(ParkStore::EmbeddedPath);
}

void DocumentSession::adopt(LoadResult &result, const QString &path)
{
    ParkDocument &doc = result.document;
    m_version = doc.version;
    m_about = doc.about;
    m_unknownMembers = doc.unknownMembers;
    m_figures = parseReportFigures(m_about);
    m_readOnly = result.readOnly;
    m_readOnlyReason = result.readOnlyReason;
    m_contentHash = result.contentHash;
    // loadBytes() validated them; a background load made them ready.
    if (result.prepared)
        m_model->setRecords(std::move(*result.prepared));
    else
        m_model->setRecords(std::move(doc.parks), true);
    m_base = toDocumentWithoutParks();
    m_baseRecords = m_model->sharedRecords();
    const bool changed = m_path != path;
    m_path = path;
    if (changed)
        emit pathChanged(m_path);
    emit documentReplaced();
}

ParkDocument DocumentSession::toDocument() const
{
    ParkDocument doc = toDocumentWithoutParks();
    doc.parks = m_model->records();
    return doc;
}

ParkDocument DocumentSession::base() const
{
    ParkDocument doc = m_base;
    doc.parks = m_baseRecords.toList();
    return doc;
}

ParkDocument DocumentSession::toDocumentWithoutParks() const
{
    ParkDocument doc;
    doc.version = m_version;
    doc.about = m_about;
    doc.unknownMembers = m_unknownMembers;
    return doc;
}

void DocumentSession::rebase(const LoadResult &theirs, const QJsonObject &about,
                             const QJsonObject &unknownMembers)
{
    m_base = theirs.document;
    m_baseRecords = SharedRecords(std::move(m_base.parks));
    m_base.parks.clear();
    m_contentHash = theirs.contentHash;
    m_about = about;
    m_unknownMembers = unknownMembers;
    m_figures = parseReportFigures(m_about);
}

void DocumentSession::replaceWith(LoadResult &theirs)
{
    adopt(theirs, m_path);
}

SaveResult DocumentSession::save(const QString &requestedPath)
{
    if (m_readOnly)
        return Result::failure(m_readOnlyReason);
    QString target = requestedPath.isEmpty() ? m_path : requestedPath;
    if (target == ParkStore::EmbeddedPath) {
        target = embeddedSaveTarget();
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            return Result::failure(
                QCoreApplication::translate("DocumentSession", "%1: cannot create the folder")
                    .arg(QFileInfo(target).absolutePath()));
        }
    }
    const SharedRecords records = m_model->sharedRecords();
    ParkDocument doc = toDocumentWithoutParks();
    doc.parks = records.toList();
    SaveResult result = ParkStore::save(doc, target);
    if (result.ok()) {
        m_contentHash = result.contentHash;
        m_base = toDocumentWithoutParks();
        m_baseRecords = records;
        if (m_path != target) {
            m_path = target;
            emit pathChanged(m_path);
        }
    }
    return result;
}

std::optional<double> DocumentSession::reportTotal(const QString &key) const
{
    for (const ReportFigure &f : m_figures) {
        if (f.key == key && f.scope.isEverything())
            return f.value;
    }
    return std::nullopt;
}

QString DocumentSession::userDataPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/parks.json");
}

QString DocumentSession::embeddedSaveTarget()
{
    const QString user = userDataPath();
    if (!QFileInfo::exists(user) && !QFileInfo(user).isSymLink())
        return user;
    return freeNameBeside(user, QStringLiteral("copy"));
}

QString DocumentSession::startupPath()
{
    const QString user = userDataPath();
    return QFileInfo::exists(user) ? user : ParkStore::EmbeddedPath;
}
