#pragma once

#include "result.h"

#include <QString>

// The exit codes of the command-line commands (README, "Command line"). Some
// share a number: scripts only tell "done", "done but look" and "could not".
enum class ExitCode
{
    Ok = 0,
    // --validate: the store was read, but some records have problems.
    Problems = 1,
    // The output (a CSV or image file, or standard output) could not be
    // written.
    WriteFailed = 1,
    // The store is unreadable or not a park store.
    Unreadable = 2,
    // An argument makes no sense: an unknown option, a missing value or
    // --out, an unknown chart kind, metric or language, a size, resolution,
    // year range, --top or --classes out of range, two commands at once, or
    // an output path that may not be written (a device, a folder, the input,
    // a park store without --force).
    Usage = 2,
};

// How a command ended: the exit code and, when it failed, a message for
// standard error that names the file or argument and the reason (empty when
// what went wrong was already printed, such as a store's problems).
struct CommandResult : Result
{
    ExitCode exitCode = ExitCode::Ok;

    int code() const { return int(exitCode); }
};

// The one way a command fails: CODE, with MESSAGE for the user.
inline CommandResult fail(ExitCode code, const QString &message = QString())
{
    CommandResult result;
    result.status = Result::Status::Failed;
    result.message = message;
    result.exitCode = code;
    return result;
}
