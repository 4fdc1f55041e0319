// Runs a fuzz target without libFuzzer: every file of the folders given (recursively, hidden files
// left out) or every file given, one after the other, in name order. A crash or a failed check ends the
// program with the input's name printed just before. Fails when it finds no input at all, so that a
// moved or emptied corpus cannot pass unnoticed.
#include "FuzzTarget.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FOLDER|FILE...\n", argv[0]);
        return 2;
    }
    QStringList inputs;
    for (int i = 1; i < argc; ++i) {
        const QString path = QFile::decodeName(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (!it.fileName().startsWith(u'.'))
                    inputs.append(file);
            }
        } else if (info.isFile()) {
            inputs.append(path);
        } else {
            std::fprintf(stderr, "error: %s: no such file or folder\n", argv[i]);
            return 2;
        }
    }
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "error: no input to replay in the folders given\n");
        return 1;
    }
    inputs.sort();
    for (const QString& path : std::as_const(inputs)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "error: %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 2;
        }
        const QByteArray data = file.readAll();
        std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
        std::fflush(stderr);
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.constData()), std::size_t(data.size()));
    }
    std::printf("%lld inputs replayed without a finding\n", static_cast<long long>(inputs.size()));
    return 0;
}
