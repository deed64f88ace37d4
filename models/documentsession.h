#pragma once

#include "parkstore.h"
#include "parktablemodel.h"
#include "reportfigures.h"
#include "sharedrecords.h"

#include <QObject>

#include <memory>

class LoadControl;

// The open park store: where it came from, what surrounds the records (the
// "about" block, unknown members), and the table model holding the records.
// The windows ask it to open and save; it never shows a dialog itself.
class DocumentSession : public QObject
{
    Q_OBJECT

public:
    explicit DocumentSession(QObject *parent = nullptr);

    ParkTableModel *model() const { return m_model; }

    // Opens a file; on refusal the current document stays as it was. The
    // records of an opened file move into the model: the result keeps only
    // the problems and the rest of the document.
    LoadResult open(const QString &path);
    // Opens the dataset compiled into the application.
    LoadResult openEmbedded();

    // Files of at least BYTES are opened on a worker thread while the event
    // loop goes on (BackgroundLoad), announced by loadingStarted(); smaller
    // ones at once. Opening another file while one loads cancels that load:
    // its open() returns a cancelled result.
    void setBackgroundLoadSize(qint64 bytes) { m_backgroundLoadSize = bytes; }
    bool isLoading() const { return m_loading != nullptr; }
    // The open() under way returns a cancelled result; the open document
    // stays as it was.
    void cancelLoading();
    // Saves to path (the current file when empty). Saving the embedded
    // dataset goes to userDataPath(). Never writes to a read-only document.
    SaveResult save(const QString &path = QString());

    ParkDocument toDocument() const;
    // The same without its parks, for a worker thread to complete from the
    // model's sharedRecords(): copying 100,000 records takes about 80 ms.
    ParkDocument toDocumentWithoutParks() const;

    // The document as loaded or last saved (the base of a merge with what
    // another program wrote since), copied out when a merge asks: its
    // records are kept shared with the model's (SharedRecords), so that
    // keeping them costs no memory until edits replace some.
    ParkDocument base() const;
    // Another program's version THEIRS was merged into the model's records:
    // it becomes the base, its hash the content hash, and ABOUT and
    // UNKNOWNMEMBERS (merged) surround the records from now on. The records
    // themselves are the model's business (an undoable command).
    void rebase(const LoadResult &theirs, const QJsonObject &about,
                const QJsonObject &unknownMembers);
    // Takes another program's version of the file in place of the open
    // document, as if it had been opened again.
    void replaceWith(LoadResult &theirs);

    // The file shown in the title and status bar; the embedded path (":/...")
    // while the embedded dataset is open.
    QString path() const { return m_path; }
    bool isEmbedded() const { return m_path == ParkStore::EmbeddedPath; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    QByteArray contentHash() const { return m_contentHash; }
    const QJsonObject &about() const { return m_about; }
    const QList<ReportFigure> &reportFigures() const { return m_figures; }
    // The report figure for a key and an empty scope (e.g. "parks": 44).
    std::optional<double> reportTotal(const QString &key) const;

    // Where the first save of the embedded dataset goes, and which file the
    // next start opens: <AppDataLocation>/parks.json.
    static QString userDataPath();
    // Where saving the embedded dataset writes: userDataPath(), unless a
    // file is already there (one that could not be read at start, or one
    // another instance wrote since): that file is never overwritten, and
    // the first free name beside it, parks-copy-N.json, is used instead.
    static QString embeddedSaveTarget();
    // The file to open at start: the user data file if it exists, otherwise
    // the embedded dataset.
    static QString startupPath();

signals:
    void pathChanged(const QString &path);
    // A file is being read in the background; loadingProgress() follows it
    // (per mille) and loadingFinished() ends it, however it ended.
    void loadingStarted(const QString &path);
    void loadingProgress(int permille);
    void loadingFinished();
    void documentReplaced();

private:
    void adopt(LoadResult &result, const QString &path);
    LoadResult loadInBackground(const QString &path);

    ParkTableModel *m_model;
    QString m_path;
    int m_version = ParkDocument::CurrentVersion;
    QJsonObject m_about;
    QJsonObject m_unknownMembers;
    QList<ReportFigure> m_figures;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QByteArray m_contentHash;
    ParkDocument m_base;         // without its parks, which are in m_baseRecords
    SharedRecords m_baseRecords; // the base's parks
    qint64 m_backgroundLoadSize;
    std::shared_ptr<LoadControl> m_loading;
};
