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
    // The output file (CSV, image) could not be written. An unknown option
    // also ends with 1, from QCommandLineParser.
    WriteFailed = 1,
    // The store is unreadable or not a park store.
    Unreadable = 2,
    // An argument makes no sense: a missing --out, an unknown chart kind,
    // metric or language, a size, resolution or year range out of range.
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
