// Runs a libFuzzer target over files, without libFuzzer: the seed corpus and
// every input that once made a target fail are replayed by CTest in every
// build, the sanitized one included. Arguments are files or folders.

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (!QFileInfo::exists(arg)) {
            // An empty folder of regressions is not kept by version control.
            out << "skipped " << arg << ": not there\n";
            continue;
        }
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            files.sort();
        } else {
            files << arg;
        }
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                out << "cannot read " << path << '\n';
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                   size_t(bytes.size()));
            ++count;
        }
    }
    out << "replayed " << count << " inputs\n";
    return count > 0 ? 0 : 1;
}
