#include "outputpath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace OutputPath {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutputPath", text);
}

// The file a path leads to, symbolic links followed; false when there is none.
bool identity(const QString &path, dev_t *device, ino_t *inode)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *device = st.st_dev;
    *inode = st.st_ino;
    return true;
}

} // namespace

bool looksLikeParkStore(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(64 * 1024);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() &&
           (head.at(i) == ' ' || head.at(i) == '\t' || head.at(i) == '\n' || head.at(i) == '\r'))
        ++i;
    if (i >= head.size() || head.at(i) != '{')
        return false;
    return head.contains("\"parks\"") || head.contains("\"parkexplorer.parks\"");
}

Result check(const QString &path, const QStringList &inputs, bool force)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Result::failure(tr("no output file was given"));
    const QFileInfo info(path);
    if (info.isDir())
        return Result::failure(tr("%1: is a folder; give a file name to write").arg(shown));
    if (info.exists() && !info.isFile()) {
        return Result::failure(
            tr("%1: is not a regular file (a device, FIFO or socket); give a new file name or a "
               "regular file to replace")
                .arg(shown));
    }
    if (!info.exists())
        return Result::success();

    dev_t device = 0;
    ino_t inode = 0;
    if (identity(path, &device, &inode)) {
        for (const QString &input : inputs) {
            if (input.startsWith(QLatin1Char(':')) && !QFileInfo::exists(input))
                continue;
            dev_t inputDevice = 0;
            ino_t inputInode = 0;
            if (identity(input, &inputDevice, &inputInode) && inputDevice == device &&
                inputInode == inode) {
                return Result::failure(
                    tr("%1: is the file being read; give another file name to write").arg(shown));
            }
        }
    }
    if (!force && looksLikeParkStore(path)) {
        return Result::failure(tr("%1: is a park store and would be replaced; give another file "
                                  "name, or --force to replace it")
                                   .arg(shown));
    }
    return Result::success();
}

} // namespace OutputPath
