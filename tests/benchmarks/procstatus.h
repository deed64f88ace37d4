#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

// A field of /proc/self/status in KiB (VmHWM, VmRSS), or -1 when absent.
inline double statusKib(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble();
    }
    return -1;
}
