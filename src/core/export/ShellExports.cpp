// The curl and HTTPie exports: POSIX shell scripts that send the rendered request.
#include "ExportFormats.h"
#include "ShellQuote.h"

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

/// One shell word: literal text in single quotes, each variable as "${NAME}".
QString shellWord(const ExportText& text, const QList<ExportVariable>& variables)
{
    QString out;
    QString pending;
    for (const ExportText::Piece& p : text.pieces) {
        if (p.variable < 0) {
            pending += p.text;
            continue;
        }
        if (!pending.isEmpty())
            out += shellQuote(pending);
        pending.clear();
        out += u"\"${"_s + variables[p.variable].name + u"}\""_s;
    }
    if (!pending.isEmpty())
        out += shellQuote(pending);
    return out.isEmpty() ? u"''"_s : out;
}

ExportText literal(const QString& text)
{
    return ExportText{{{text, -1}}};
}

ExportText concat(ExportText a, const ExportText& b)
{
    a.pieces += b.pieces;
    return a;
}

bool hasHeader(const ExportRequest& r, QStringView name)
{
    for (const ExportHeader& h : r.headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString joinArguments(const QStringList& args)
{
    QString out = args.front();
    for (qsizetype i = 1; i < args.size(); ++i) {
        out += args[i].startsWith(u"--"_s) ? u" \\\n  "_s : u" "_s;
        out += args[i];
    }
    return out + u'\n';
}

/// The script's head: what it sends, the environment's variables with their values unless they are set
/// already, then a check for every other variable it reads.
QString scriptHead(const ExportRequest& r, const QString& tool)
{
    QString out = u"#!/bin/sh\n"_s;
    out += u"# Sends the request of the Hooksmith webhook \"%1\" with %2.\n"_s.arg(r.webhookName, tool);
    bool toSet = false;
    for (const ExportVariable& v : r.variables)
        toSet = toSet || v.kind != ExportVariable::Kind::Variable;
    if (toSet) {
        out += u"# Set these variables first (presets marked JSON take JSON text, e.g. 23.5 or '\"open\"'):\n"_s;
        for (const ExportVariable& v : r.variables) {
            if (v.kind != ExportVariable::Kind::Variable)
                out += u"#   %1: %2%3\n"_s.arg(v.name, v.description, v.json ? u" (JSON)"_s : QString());
        }
    }
    bool kept = false;
    for (const ExportVariable& v : r.variables) {
        if (v.kind != ExportVariable::Kind::Variable)
            continue;
        if (!kept)
            out += u"# Variables of the environment, with its values unless they are set already:\n"_s;
        kept = true;
        out += u"%1=${%1-%2}\n"_s.arg(v.name, shellQuote(v.value));
    }
    out += u"set -eu\n"_s;
    for (const ExportVariable& v : r.variables) {
        if (v.kind != ExportVariable::Kind::Variable)
            out += u": \"${%1?set %1}\"\n"_s.arg(v.name);
    }
    return out;
}

/// Longer bodies go in on standard input: one argument may hold at most 128 KiB on Linux.
constexpr qsizetype kMaxArgumentBytes = 100 * 1000;

/// A printf(1) format and its arguments that write `text` exactly, NUL bytes included.
QString printfWithFormat(const ExportText& text, const QList<ExportVariable>& variables)
{
    QString format;
    QStringList args;
    for (const ExportText::Piece& p : text.pieces) {
        if (p.variable >= 0) {
            format += u"%s"_s;
            args << u"\"${"_s + variables[p.variable].name + u"}\""_s;
            continue;
        }
        for (const QChar c : p.text) {
            if (c == u'%')
                format += u"%%"_s;
            else if (c == u'\\')
                format += u"\\\\"_s;
            else if (c.unicode() == 0)
                format += u"\\000"_s;
            else
                format += c;
        }
    }
    return u"printf "_s + shellQuote(format) + (args.isEmpty() ? QString() : u' ' + args.join(u' '));
}

/// Milliseconds as seconds for a command line: "15", "2.5".
QString seconds(int ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 10);
}

/// The curl command line, and before it what pipes the body in when it goes on standard input.
QString curlCommandText(const ExportRequest& r)
{
    const QString url = r.url.join([](int) { return QString(); });
    QStringList args{u"curl"_s, shellWord(r.url, r.variables)};
    // curl expands [] and {} in URLs as ranges and lists unless told not to.
    if (url.contains(u'[') || url.contains(u']') || url.contains(u'{') || url.contains(u'}'))
        args << u"--globoff"_s;
    if (r.method == Method::Head)
        args << u"--head"_s;
    else if (r.method != Method::Get || r.hasBody)
        args << u"--request"_s << methodName(r.method);
    if (r.followRedirects)
        args << u"--location"_s;
    // The webhook's time limit and attempts: curl retries what Hooksmith retries (timeouts, 408, 429 and
    // 5xx answers), though with its own back-off.
    args << u"--max-time"_s << seconds(r.timeoutMs) << u"--retry"_s << QString::number(qMax(0, r.maxAttempts - 1));
    for (const ExportHeader& h : r.headers) {
        // "Name:" would make curl drop the header; "Name;" sends it with an empty value.
        const bool empty = h.value.join([](int) { return u"x"_s; }).isEmpty();
        args << u"--header"_s
             << shellWord(empty ? literal(h.name + u';') : concat(literal(h.name + u": "_s), h.value), r.variables);
    }
    // What curl would add on its own and the webhook does not send.
    if (!hasHeader(r, u"Accept"))
        args << u"--header"_s << shellQuote(u"Accept:"_s);
    if (r.hasBody && !hasHeader(r, u"Content-Type"))
        args << u"--header"_s << shellQuote(u"Content-Type:"_s);
    if (r.basicAuth) {
        ExportText user = r.basicAuth->username;
        user.pieces.append({u":"_s, -1});
        user.pieces.append({QString(), r.basicAuth->passwordVariable});
        args << u"--user"_s << shellWord(user, r.variables);
    }
    QString pipe;
    if (r.hasBody) {
        const QString body = r.body.join([](int) { return QString(); });
        if (body.contains(QChar(0))) {
            // No argument carries a NUL byte: printf writes it from an escape.
            pipe = printfWithFormat(r.body, r.variables) + u" |\n  "_s;
            args << u"--data-binary"_s << u"@-"_s;
        } else if (body.toUtf8().size() > kMaxArgumentBytes) {
            pipe = u"printf '%s' "_s + shellWord(r.body, r.variables) + u" |\n  "_s;
            args << u"--data-binary"_s << u"@-"_s;
        } else {
            // --data-raw sends its argument as it is: a body starting with @ is not a file name to curl.
            args << u"--data-raw"_s << shellWord(r.body, r.variables);
        }
    }
    return pipe + joinArguments(args);
}

QStringList environmentVariables(const ExportRequest& r)
{
    QStringList out;
    for (const ExportVariable& v : r.variables) {
        if (v.kind == ExportVariable::Kind::Env)
            out << v.name;
    }
    return out;
}

/// The body piped in on standard input, as HTTPie reads it.
QString bodyPipe(const ExportRequest& r)
{
    return u"printf '%s' "_s + shellWord(r.body, r.variables) + u" |\n  "_s;
}

Result<ExportOutput> single(const ExportJob& job, const QString& format)
{
    if (job.webhooks.size() != 1)
        return Error(ExportFormats::tr("%1 exports one webhook at a time").arg(format));
    return ExportOutput{};
}

} // namespace

Result<ExportOutput> ExportFormats::curl(const ExportJob& job)
{
    auto output = single(job, u"curl"_s);
    if (!output)
        return output;
    const auto built = ExportRequests::build(*job.workspace, *job.webhooks.front(), job.fill, job.variables);
    if (!built)
        return built.error();
    const ExportRequest& r = *built;
    const QString script = scriptHead(r, u"curl"_s) + curlCommandText(r);
    output->files.append(
        {u"%1.sh"_s.arg(ExportRequests::variableStem(r.webhookName).toLower()), script.toUtf8(), true});
    output->warnings = r.warnings;
    output->environmentVariables = environmentVariables(r);
    return output;
}

Result<ExportOutput> ExportFormats::curlCommand(const ExportJob& job)
{
    auto output = single(job, u"curl"_s);
    if (!output)
        return output;
    const auto built = ExportRequests::build(*job.workspace, *job.webhooks.front(), job.fill, job.variables);
    if (!built)
        return built.error();
    const ExportRequest& r = *built;
    output->files.append(
        {u"%1.sh"_s.arg(ExportRequests::variableStem(r.webhookName).toLower()), curlCommandText(r).toUtf8(), false});
    output->warnings = r.warnings;
    output->environmentVariables = environmentVariables(r);
    return output;
}

Result<ExportOutput> ExportFormats::httpie(const ExportJob& job)
{
    auto output = single(job, u"httpie"_s);
    if (!output)
        return output;
    const auto built = ExportRequests::build(*job.workspace, *job.webhooks.front(), job.fill, job.variables);
    if (!built)
        return built.error();
    const ExportRequest& r = *built;
    // The body comes on standard input, as it is; without one HTTPie must not wait for it.
    QStringList args{u"http"_s};
    if (!r.hasBody)
        args << u"--ignore-stdin"_s;
    if (r.basicAuth) {
        ExportText user = r.basicAuth->username;
        user.pieces.append({u":"_s, -1});
        user.pieces.append({QString(), r.basicAuth->passwordVariable});
        args << u"--auth-type"_s << u"basic"_s << u"--auth"_s << shellWord(user, r.variables);
    }
    if (r.followRedirects)
        args << u"--follow"_s;
    // HTTPie has a time limit, but no retries.
    args << u"--timeout"_s << seconds(r.timeoutMs);
    args << methodName(r.method) << shellWord(r.url, r.variables);
    for (const ExportHeader& h : r.headers) {
        const bool empty = h.value.join([](int) { return u"x"_s; }).isEmpty();
        // "Name:" removes a header in HTTPie; "Name;" sends it empty.
        args << shellWord(empty ? literal(h.name + u';') : concat(literal(h.name + u':'), h.value), r.variables);
    }
    // HTTPie's own defaults that the webhook does not send.
    if (!hasHeader(r, u"Accept"))
        args << shellQuote(u"Accept:"_s);
    if (!hasHeader(r, u"Accept-Encoding"))
        args << shellQuote(u"Accept-Encoding:"_s);
    if (r.hasBody && !hasHeader(r, u"Content-Type"))
        args << shellQuote(u"Content-Type:"_s);
    QString script = scriptHead(r, u"HTTPie"_s);
    if (r.hasBody)
        script += bodyPipe(r);
    script += joinArguments(args);
    output->files.append(
        {u"%1.sh"_s.arg(ExportRequests::variableStem(r.webhookName).toLower()), script.toUtf8(), true});
    output->warnings = r.warnings;
    output->environmentVariables = environmentVariables(r);
    return output;
}

} // namespace hooksmith
