#include "backgroundload.h"

#include "backgroundpriority.h"
#include "parkfilter.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace {

// What the worker hands back; shared, so that a cancelled caller may return
// before the worker is done with it.
struct Job
{
    std::shared_ptr<LoadControl> control;
    QMutex mutex;
    std::optional<LoadResult> result;
};

void run(const QString &path, bool searchShown, const std::shared_ptr<Job> &job)
{
    LoadControl *control = job->control.get();
    LoadResult result = ParkStore::loadFile(path, -1, control);
    if (result.isUsable() && !searchShown &&
        result.document.parks.size() >= SearchIndex::BackgroundRecords) {
        // The model has the search text made once the table is shown.
        result.prepared = PreparedRecords::make(SharedRecords(std::move(result.document.parks)), {},
                                                std::move(result.idCount));
    } else if (result.isUsable()) {
        SharedRecords records(std::move(result.document.parks));
        std::optional<QList<QString>> searchText =
            SearchIndex::textsOf(records, control, LoadStage::Validated);
        if (searchText)
            result.prepared = PreparedRecords::make(std::move(records), std::move(*searchText),
                                                    std::move(result.idCount));
        else
            result = LoadResult::cancelledLoad(path);
    }
    control->setProgress(LoadControl::Done);
    const QMutexLocker lock(&job->mutex);
    job->result = std::move(result);
}

} // namespace

namespace BackgroundLoad {

QThreadPool *threads()
{
    // Made again if the application that owned it is gone.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        // The load, and a cancelled one finishing its step.
        pool->setMaxThreadCount(2);
    }
    return pool;
}

LoadResult load(const QString &path, const std::shared_ptr<LoadControl> &control,
                const std::function<void(int)> &progress, bool searchShown)
{
    // What is read ahead at start (the gazetteer) waits for this load.
    const BackgroundPriority::UrgentWork urgent;
    auto job = std::make_shared<Job>();
    job->control = control;
    BackgroundPriority::start(threads(), [path, searchShown, job] { run(path, searchShown, job); });

    const auto finished = [&job] {
        const QMutexLocker lock(&job->mutex);
        return job->result.has_value();
    };
    QEventLoop loop;
    QTimer poll;
    // Often enough that the end of a load is not waited for noticeably.
    poll.setInterval(15);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (progress)
            progress(control->progress());
        if (control->isCancelled() || finished())
            loop.quit();
    });
    poll.start();
    if (!control->isCancelled() && !finished())
        loop.exec();
    poll.stop();

    // The loop also ends when the application quits: the load is then no
    // longer wanted either.
    if (!finished())
        control->cancel();
    if (control->isCancelled())
        return LoadResult::cancelledLoad(path);
    const QMutexLocker lock(&job->mutex);
    LoadResult result = std::move(*job->result);
    job->result = LoadResult();
    return result;
}

} // namespace BackgroundLoad
