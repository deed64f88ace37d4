#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

// Where a command may write its output (README, "Command line"): a new path
// or an existing regular file. Never a device node, folder, FIFO or socket
// (writing there would replace it, or hang), never one of the command's
// input files, and never a file that holds a park store unless FORCE.
namespace OutputPath {

// ok() when PATH may be written; otherwise the message names PATH and the
// reason. INPUTS are the files the command reads (resource paths such as
// the embedded dataset are ignored).
Result check(const QString &path, const QStringList &inputs, bool force);

// True when the regular file at PATH starts like a park store: a JSON object
// whose first bytes name "parks" or the format "parkexplorer.parks".
bool looksLikeParkStore(const QString &path);

} // namespace OutputPath
