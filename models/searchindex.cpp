#include "searchindex.h"

#include "backgroundpriority.h"
#include "loadcontrol.h"
#include "parkfilter.h"
#include "twohalves.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

// What makes the texts on the other thread. The task holds the promise and
// only a weak pointer to this: when the index is dropped (another store
// opened) the task sees it and stops, and whoever waits on its future is
// told it was cancelled.
struct SearchIndex::Build
{
    QFuture<QList<QString>> future;
};

// A thread of its own, never Qt's global pool: searches run there, and
// may be waiting for these texts (as continuations, which hold no thread).
// Owned by the application, which waits for a task still running when it
// quits; the task stops early once its index is gone.
QThreadPool *SearchIndex::thread()
{
    static QPointer<QThreadPool> pool;
    // Made on the application's thread, as its child; elsewhere (or with
    // no application) the texts are made at once.
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return nullptr;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(1);
    }
    return pool;
}

std::optional<QList<QString>> SearchIndex::textsOf(const SharedRecords &records,
                                                   LoadControl *control, int from)
{
    QList<QString> texts(records.size());
    QString *const out = texts.data();
    std::atomic<bool> cancelled = false;
    inTwoHalves(records.size(), 4096, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end && !cancelled.load(std::memory_order_relaxed); ++i) {
            out[i] = ParkFilter::searchText(records.at(i));
            if (control && (i - begin) % 256 == 255 &&
                (begin == 0 ? !control->step(i + 1, end, from, LoadControl::Done)
                            : control->isCancelled()))
                cancelled = true;
        }
    });
    if (cancelled)
        return std::nullopt;
    return texts;
}

SearchIndex::SearchIndex(QList<QString> texts)
    : m_texts(std::move(texts))
    , m_size(m_texts.size())
{}

SearchIndex SearchIndex::of(const SharedRecords &records, bool atOnce)
{
    QThreadPool *pool = !atOnce && records.size() >= BackgroundRecords ? thread() : nullptr;
    if (!pool)
        return SearchIndex(*textsOf(records));

    SearchIndex index;
    index.m_size = records.size();
    index.m_build = std::make_shared<Build>();
    auto promise = std::make_shared<QPromise<QList<QString>>>();
    // Started here, not when the thread takes it: a future not yet started
    // is not waited for.
    promise->start();
    index.m_build->future = promise->future();
    index.m_waiting.store(true, std::memory_order_release);
    const std::weak_ptr<Build> wanted = index.m_build;
    BackgroundPriority::start(pool, [records, promise, wanted] {
        QList<QString> texts;
        texts.reserve(records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (i % 1024 == 0 && wanted.expired())
                break;
            texts.append(ParkFilter::searchText(records.at(i)));
        }
        if (texts.size() == records.size())
            promise->addResult(std::move(texts));
        else
            promise->future().cancel();
        promise->finish();
    });
    return index;
}

SearchIndex::SearchIndex(SearchIndex &&other) noexcept
{
    *this = std::move(other);
}

SearchIndex &SearchIndex::operator=(SearchIndex &&other) noexcept
{
    // Moved on the window's thread, with nothing reading either index.
    m_texts = std::move(other.m_texts);
    m_build = std::move(other.m_build);
    m_edits = std::move(other.m_edits);
    m_waiting.store(other.m_waiting.exchange(false));
    m_size = std::exchange(other.m_size, 0);
    return *this;
}

SearchIndex::~SearchIndex() = default;

bool SearchIndex::isReady() const
{
    return !m_waiting.load(std::memory_order_acquire) || m_build->future.isFinished();
}

QList<QString> SearchIndex::texts() const
{
    if (m_waiting.load(std::memory_order_acquire))
        takeBuilt();
    return m_texts;
}

QFuture<QList<QString>> SearchIndex::snapshot() const
{
    if (!m_waiting.load(std::memory_order_acquire))
        return QtFuture::makeReadyFuture(QList<QString>(m_texts));
    const QList<Edit> edits = m_edits;
    return m_build->future.then([edits](QList<QString> texts) {
        for (const Edit &e : edits)
            apply(texts, e);
        return texts;
    });
}

void SearchIndex::takeBuilt() const
{
    // Both halves of a filter may get here at once; one waits, the other
    // then finds the texts.
    const QMutexLocker lock(&m_taking);
    if (!m_waiting.load(std::memory_order_relaxed))
        return;
    QList<QString> texts = m_build->future.result();
    for (const Edit &e : m_edits)
        apply(texts, e);
    m_texts = std::move(texts);
    m_waiting.store(false, std::memory_order_release);
}

bool SearchIndex::settle()
{
    if (m_waiting.load(std::memory_order_acquire) && m_build->future.isFinished())
        takeBuilt();
    if (m_waiting.load(std::memory_order_acquire))
        return false;
    m_build.reset();
    m_edits.clear();
    return true;
}

void SearchIndex::edit(Edit e)
{
    if (settle())
        apply(m_texts, e);
    else
        m_edits.append(std::move(e));
}

void SearchIndex::replace(qsizetype row, QString text)
{
    Q_ASSERT(row >= 0 && row < m_size);
    edit({Edit::Replace, row, std::move(text)});
}

void SearchIndex::insert(qsizetype row, QString text)
{
    Q_ASSERT(row >= 0 && row <= m_size);
    edit({Edit::Insert, row, std::move(text)});
    ++m_size;
}

void SearchIndex::removeAt(qsizetype row)
{
    Q_ASSERT(row >= 0 && row < m_size);
    edit({Edit::Remove, row, QString()});
    --m_size;
}

void SearchIndex::apply(QList<QString> &texts, const Edit &e)
{
    switch (e.kind) {
    case Edit::Replace:
        texts[e.row] = e.text;
        break;
    case Edit::Insert:
        texts.insert(e.row, e.text);
        break;
    case Edit::Remove:
        texts.removeAt(e.row);
        break;
    }
}
