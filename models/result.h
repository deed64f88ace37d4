#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

// The outcome of an operation that reads or writes something the user
// chose: whether it was done and, when not (or only with remarks), a message
// for the user that names the file or thing and the reason. Loading, saving,
// exporting, the recovery file and the province outlines all report this
// way; a result with more to say (LoadResult, SaveResult, ExportResult)
// derives from it.
struct Result
{
    enum class Status
    {
        Ok,      // done
        Warning, // done, with problems worth telling the user about
        Failed,  // not done; message says why
    };

    Status status = Status::Ok;
    QString message;

    // Done, with or without warnings.
    bool ok() const { return status != Status::Failed; }
    bool failed() const { return status == Status::Failed; }
    bool hasWarnings() const { return status == Status::Warning; }

    static Result success() { return Result(); }
    static Result warning(QString message) { return {Status::Warning, std::move(message)}; }
    static Result failure(QString message) { return {Status::Failed, std::move(message)}; }
};

// A Result that carries a value when the operation was done:
//
//     ResultOf<ProvinceGeometry> loaded = ProvinceGeometry::loadFile(path);
//     if (!loaded.ok())
//         show(loaded.message);
//     else
//         use(loaded->provinces());
//
// A failure converts from Result::failure(), a success from the value.
// The value is reached with -> and *, like std::optional's, only when ok().
template <class T> struct ResultOf : Result
{
    std::optional<T> value; // set unless failed()

    ResultOf(T v)
        : value(std::move(v))
    {}
    ResultOf(Result failure)
        : Result(std::move(failure))
    {
        Q_ASSERT(failed());
    }

    const T &operator*() const { return *value; }
    T &operator*() { return *value; }
    const T *operator->() const { return &*value; }
    T *operator->() { return &*value; }
};
