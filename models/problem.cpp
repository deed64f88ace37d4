#include "problem.h"

QString Problem::recordLabel() const
{
    if (!recordId.isEmpty())
        return QStringLiteral("park %1").arg(recordId);
    return QStringLiteral("park #%1").arg(recordIndex + 1);
}

QString Problem::toString() const
{
    if (line > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    if (recordIndex >= 0) {
        if (field.isEmpty())
            return QStringLiteral("%1: %2: %3").arg(file, recordLabel(), message);
        return QStringLiteral("%1: %2: %3: %4").arg(file, recordLabel(), field, message);
    }
    return QStringLiteral("%1: %2").arg(file, message);
}
