#include "TestSupport.h"

#include "Cli.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hooksmith::test {

QString sourcePath(const QString& relative)
{
    QString root = qEnvironmentVariable("HOOKSMITH_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(HOOKSMITH_TEST_SOURCE_DIR);
    return QDir(root).filePath(relative);
}

QString binaryPath(const QString& relative)
{
    QString root = qEnvironmentVariable("HOOKSMITH_BINARY_DIR");
    if (root.isEmpty())
        root = QStringLiteral(HOOKSMITH_TEST_BINARY_DIR);
    return QDir(root).filePath(relative);
}

QString dataPath(const QString& relative)
{
    return sourcePath(u"tests/data/"_s + relative);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

CliResult runCli(const QStringList& args)
{
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    cli::Io io{out, err};
    r.code = cli::run(args, io);
    out.flush();
    err.flush();
    return r;
}

QStringList splitCommandLine(const QString& line)
{
    QStringList args;
    QString current;
    bool inArg = false;
    enum
    {
        None,
        Single,
        Double
    } quote = None;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quote == Single) {
            if (c == u'\'')
                quote = None;
            else
                current += c;
            continue;
        }
        if (quote == Double) {
            if (c == u'"') {
                quote = None;
            } else if (c == u'\\' && i + 1 < line.size() &&
                       (line[i + 1] == u'"' || line[i + 1] == u'\\' || line[i + 1] == u'$')) {
                current += line[++i];
            } else {
                current += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inArg) {
                args.append(current);
                current.clear();
                inArg = false;
            }
            continue;
        }
        inArg = true;
        if (c == u'\'')
            quote = Single;
        else if (c == u'"')
            quote = Double;
        else if (c == u'\\' && i + 1 < line.size())
            current += line[++i];
        else
            current += c;
    }
    if (inArg)
        args.append(current);
    return args;
}

EnvGuard::EnvGuard(const QHash<QString, QString>& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        set(it.key(), it.value());
}

EnvGuard::~EnvGuard()
{
    for (auto it = m_saved.begin(); it != m_saved.end(); ++it) {
        const QByteArray name = it.key().toLocal8Bit();
        if (it.value())
            qputenv(name.constData(), *it.value());
        else
            qunsetenv(name.constData());
    }
}

void EnvGuard::set(const QString& name, const std::optional<QString>& value)
{
    const QByteArray key = name.toLocal8Bit();
    if (!m_saved.contains(name)) {
        m_saved.insert(name, qEnvironmentVariableIsSet(key.constData())
                                 ? std::optional<QByteArray>(qgetenv(key.constData()))
                                 : std::nullopt);
    }
    if (value)
        qputenv(key.constData(), value->toUtf8());
    else
        qunsetenv(key.constData());
}

} // namespace hooksmith::test
