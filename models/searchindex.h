#pragma once

#include "sharedrecords.h"

#include <QFuture>
#include <QList>
#include <QMutex>
#include <QString>

class LoadControl;
class QThreadPool;

#include <atomic>
#include <memory>
#include <optional>

// The text the free-text filter searches, one per record
// (ParkFilter::searchText), row by row. A large store's texts are made on
// another thread once its records are in the table: at 100,000 parks they
// took 85–230 ms of every load, before the table could be shown, while no
// search needs them until the first keystroke. Edits made meanwhile are
// kept in order and applied to what that thread made.
//
// Read on the window's thread (and by the halves it splits work into),
// changed on it alone; another thread reads a snapshot().
class SearchIndex
{
public:
    // Below this many records the texts are made at once: a thread, and the
    // wait for it, cost more than they do (20 ms on two cores), and a
    // search of so few runs on the window's thread, which must not wait
    // (ParkFilterProxy searches in the background from as many).
    static constexpr qsizetype BackgroundRecords = 20000;

    SearchIndex() = default;
    explicit SearchIndex(QList<QString> texts);
    // The texts of RECORDS: made here (on two cores) when they are few or
    // ATONCE (a search is shown, and needs them), otherwise on another
    // thread, from a copy of the list (which shares the records).
    static SearchIndex of(const SharedRecords &records, bool atOnce = false);
    // The texts of RECORDS, made here on two cores. With a CONTROL, the
    // first half reports how far it is (from FROM per mille to the end of
    // the load) and both stop once it is cancelled: then none are returned.
    static std::optional<QList<QString>> textsOf(const SharedRecords &records,
                                                 LoadControl *control = nullptr, int from = 0);
    SearchIndex(SearchIndex &&other) noexcept;
    SearchIndex &operator=(SearchIndex &&other) noexcept;
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;
    ~SearchIndex();

    // The one thread large stores' texts are made on, one store after
    // another; null off the application's thread, or without one (the texts
    // are then made at once).
    static QThreadPool *thread();

    qsizetype size() const { return m_size; }
    // Whether the texts are here, so that reading them does not wait.
    bool isReady() const;
    // Text ROW; waits for the other thread when it is still making them.
    const QString &at(qsizetype row) const
    {
        if (m_waiting.load(std::memory_order_acquire))
            takeBuilt();
        return m_texts.at(row);
    }
    // All of them, row by row (a copy that shares the strings); waits like at().
    QList<QString> texts() const;
    // The texts as they are now, for another thread: a future, ready at
    // once or when the other thread is done (then with the edits made
    // since applied), cancelled if this index is dropped first. Nothing
    // here waits for it.
    QFuture<QList<QString>> snapshot() const;

    void replace(qsizetype row, QString text);
    void insert(qsizetype row, QString text);
    void removeAt(qsizetype row);

private:
    struct Build;
    struct Edit
    {
        enum Kind
        {
            Replace,
            Insert,
            Remove
        } kind;
        qsizetype row;
        QString text;
    };

    // Waits for the texts being made, and applies the edits made meanwhile.
    void takeBuilt() const;
    // Takes the texts if they are done, without waiting; true when the
    // edits can go to them directly.
    bool settle();
    void edit(Edit e);
    static void apply(QList<QString> &texts, const Edit &e);

    mutable QList<QString> m_texts;
    // While the texts are being made: what makes them, and the edits since.
    std::shared_ptr<Build> m_build;
    QList<Edit> m_edits;
    mutable std::atomic<bool> m_waiting = false;
    mutable QMutex m_taking; // the halves of a filter may both wait
    qsizetype m_size = 0;
};
