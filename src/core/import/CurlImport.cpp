#include "CurlImport.h"

#include "Encoding.h"
#include "Json.h"
#include "Template.h"
#include "import/ShellWords.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hooksmith {

namespace {

enum class Opt : quint8
{
    Request,
    Header,
    User,
    Data,       // -d, --data, --data-ascii: @file reads a file
    DataRaw,    // --data-raw, and --data-binary without @
    DataBinary, // --data-binary: @file reads a file
    DataEncode, // --data-urlencode
    Json,
    Get,
    Head,
    UserAgent,
    Referer,
    Cookie,
    Url,
    Location,
    MaxTime,
    Retry,
    Bearer,
    Form,       // refused
    Upload,     // refused
    Config,     // refused
    OtherAuth,  // refused
    Ignored,    // a flag that changes nothing in the request
    IgnoredArg, // an option with an argument that changes nothing in the request
};

struct OptionInfo
{
    const char16_t* shortName; // without '-', or nullptr
    const char16_t* longName;  // without '--'
    Opt opt;
    bool hasArgument;
};

constexpr OptionInfo kOptions[] = {
    {u"X", u"request", Opt::Request, true},
    {u"H", u"header", Opt::Header, true},
    {u"u", u"user", Opt::User, true},
    {u"d", u"data", Opt::Data, true},
    {nullptr, u"data-ascii", Opt::Data, true},
    {nullptr, u"data-raw", Opt::DataRaw, true},
    {nullptr, u"data-binary", Opt::DataBinary, true},
    {nullptr, u"data-urlencode", Opt::DataEncode, true},
    {nullptr, u"json", Opt::Json, true},
    {u"G", u"get", Opt::Get, false},
    {u"I", u"head", Opt::Head, false},
    {u"A", u"user-agent", Opt::UserAgent, true},
    {u"e", u"referer", Opt::Referer, true},
    {u"b", u"cookie", Opt::Cookie, true},
    {nullptr, u"url", Opt::Url, true},
    {u"L", u"location", Opt::Location, false},
    {u"m", u"max-time", Opt::MaxTime, true},
    {nullptr, u"retry", Opt::Retry, true},
    {nullptr, u"oauth2-bearer", Opt::Bearer, true},
    {u"F", u"form", Opt::Form, true},
    {nullptr, u"form-string", Opt::Form, true},
    {u"T", u"upload-file", Opt::Upload, true},
    {u"K", u"config", Opt::Config, true},
    {nullptr, u"digest", Opt::OtherAuth, false},
    {nullptr, u"ntlm", Opt::OtherAuth, false},
    {nullptr, u"negotiate", Opt::OtherAuth, false},
    {nullptr, u"anyauth", Opt::OtherAuth, false},
    {nullptr, u"aws-sigv4", Opt::OtherAuth, true},
    {nullptr, u"basic", Opt::Ignored, false},
    {nullptr, u"compressed", Opt::Ignored, false},
    {u"s", u"silent", Opt::Ignored, false},
    {u"S", u"show-error", Opt::Ignored, false},
    {u"v", u"verbose", Opt::Ignored, false},
    {u"i", u"include", Opt::Ignored, false},
    {u"f", u"fail", Opt::Ignored, false},
    {nullptr, u"fail-with-body", Opt::Ignored, false},
    {u"g", u"globoff", Opt::Ignored, false},
    {u"N", u"no-buffer", Opt::Ignored, false},
    {u"k", u"insecure", Opt::Ignored, false},
    {nullptr, u"http1.1", Opt::Ignored, false},
    {nullptr, u"http2", Opt::Ignored, false},
    {u"#", u"progress-bar", Opt::Ignored, false},
    {nullptr, u"no-progress-meter", Opt::Ignored, false},
    {nullptr, u"location-trusted", Opt::Ignored, false},
    {nullptr, u"path-as-is", Opt::Ignored, false},
    {u"4", u"ipv4", Opt::Ignored, false},
    {u"6", u"ipv6", Opt::Ignored, false},
    {u"o", u"output", Opt::IgnoredArg, true},
    {u"w", u"write-out", Opt::IgnoredArg, true},
    {nullptr, u"connect-timeout", Opt::IgnoredArg, true},
    {nullptr, u"max-redirs", Opt::IgnoredArg, true},
    {u"c", u"cookie-jar", Opt::IgnoredArg, true},
    {nullptr, u"cacert", Opt::IgnoredArg, true},
};

const OptionInfo* findShort(QChar c)
{
    for (const OptionInfo& o : kOptions) {
        if (o.shortName && o.shortName[0] == c.unicode())
            return &o;
    }
    return nullptr;
}

const OptionInfo* findLong(QStringView name)
{
    for (const OptionInfo& o : kOptions) {
        if (name == QStringView(o.longName))
            return &o;
    }
    return nullptr;
}

struct DataPart
{
    QString text; ///< a template
    bool json = false;
};

class CurlParser
{
public:
    explicit CurlParser(QStringView line)
        : m_line(line)
    {}

    Result<ImportResult> run();

private:
    QString where(qsizetype index) const
    {
        const ShellWord& w = m_words[index];
        const auto [line, column] = lineAndColumn(m_line, w.offset);
        return CurlImport::tr("argument %1 \"%2\" (line %3, column %4)")
            .arg(index)
            .arg(w.text().left(40))
            .arg(line)
            .arg(column);
    }
    QString toTemplate(const ShellWord& w, const QString& where)
    {
        QString out;
        for (const ShellSegment& s : w.segments) {
            if (!s.variable) {
                out += RequestImport::templateFromText(s.text, where, m_result.warnings);
                continue;
            }
            // A variable the script sets (or gives a default) is a variable of the environment.
            if (!Presets::fromName(s.text) && s.fallback && !m_scriptValues.contains(s.text)) {
                m_scriptValues.insert(s.text, *s.fallback);
                m_scriptOrder.append(s.text);
            }
            if (!Presets::fromName(s.text) && m_scriptValues.contains(s.text)) {
                if (!m_usedVariables.contains(s.text))
                    m_usedVariables.append(s.text);
                out += u"{{var:"_s + s.text + u"}}"_s;
                continue;
            }
            out += RequestImport::variableTemplate(s.text);
        }
        return out;
    }
    /// The commands before the curl command: `set`, `:` checks, variables set, and printf into curl.
    std::optional<Error> readPreamble(const QList<ShellCommand>& commands, qsizetype curlIndex);
    /// The data of an option reading standard input (`@-`): the text piped in, once.
    std::optional<QString> stdinData(const QString& optionText, const QString& argWhere, QString& error);
    /// Applies one option; an error message, or empty.
    QString apply(const OptionInfo& o, const QString& optionText, qsizetype optionIndex, const ShellWord* arg,
                  qsizetype argIndex);

    QStringView m_line;
    QList<ShellWord> m_words;
    std::optional<ShellWord> m_stdin; ///< what `printf '%s' WORD |` pipes into curl
    bool m_stdinRead = false;
    QHash<QString, QString> m_scriptValues; ///< variables the script sets, and their values
    QStringList m_scriptOrder;              ///< their names, in the order the script sets them
    QStringList m_usedVariables;
    ImportResult m_result;
    ImportedRequest m_request;
    std::optional<QString> m_method;
    std::optional<qsizetype> m_urlIndex;
    QList<DataPart> m_data;
    bool m_get = false;
    bool m_head = false;
    QStringList m_ignored;
};

QString CurlParser::apply(const OptionInfo& o, const QString& optionText, qsizetype optionIndex, const ShellWord* arg,
                          qsizetype argIndex)
{
    const QString at = where(optionIndex);
    // The user's argument holds the password: messages name it without quoting it.
    const QString argWhere = !arg                 ? at
                             : o.opt == Opt::User ? CurlImport::tr("argument %1 (the user and password)").arg(argIndex)
                                                  : where(argIndex);
    const QString value = arg ? toTemplate(*arg, argWhere) : QString();
    const QString plain = arg ? arg->text() : QString();
    switch (o.opt) {
    case Opt::Request:
        m_method = plain;
        break;
    case Opt::Header: {
        if (plain.startsWith(u'@'))
            return CurlImport::tr("%1: headers read from a file (%2) cannot be imported; paste them as -H options")
                .arg(argWhere, plain);
        const qsizetype colon = RequestImport::indexOutside(value, u':');
        const qsizetype semicolon = RequestImport::indexOutside(value, u';');
        if (colon < 0 && semicolon > 0 && value.mid(semicolon + 1).trimmed().isEmpty()) {
            // "Name;" sends the header with an empty value.
            m_request.headers.append({value.left(semicolon).trimmed(), QString()});
            break;
        }
        if (colon <= 0)
            return CurlImport::tr("%1: a header is written \"Name: value\"").arg(argWhere);
        const QString name = value.left(colon).trimmed();
        const QString headerValue = value.mid(colon + 1).trimmed();
        if (headerValue.isEmpty()) {
            // "Name:" removes a header curl would add.
            if (name.compare(u"Content-Type"_s, Qt::CaseInsensitive) != 0 &&
                name.compare(u"Accept"_s, Qt::CaseInsensitive) != 0) {
                m_result.warnings.append(CurlImport::tr("%1: \"%2:\" removes a header curl adds, and Hooksmith does "
                                                        "not send it either")
                                             .arg(argWhere, name));
            } else {
                m_request.headers.append({name, QString()});
            }
            break;
        }
        m_request.headers.append({name, headerValue});
        break;
    }
    case Opt::User: {
        const qsizetype colon = RequestImport::indexOutside(value, u':');
        m_request.basicAuth = true;
        m_request.username = colon < 0 ? value : value.left(colon);
        if (colon >= 0)
            m_request.password = value.mid(colon + 1);
        break;
    }
    case Opt::Data:
    case Opt::DataBinary:
        if (plain == u"@-"_s) {
            QString error;
            const auto data = stdinData(optionText, argWhere, error);
            if (!data)
                return error;
            // -d drops the line breaks of what it reads; --data-binary keeps every byte.
            m_data.append({o.opt == Opt::Data ? *RequestImport::mapLiterals(*data,
                                                                            [](const QString& t) {
                                                                                QString out = t;
                                                                                out.remove(u'\r').remove(u'\n');
                                                                                return std::optional(out);
                                                                            })
                                              : *data,
                           false});
            break;
        }
        if (plain.startsWith(u'@')) {
            return CurlImport::tr("%1: %2 reads the body from a file (%3), which cannot be imported; paste the "
                                  "content with --data-raw")
                .arg(argWhere, optionText, plain);
        }
        m_data.append({value, false});
        break;
    case Opt::DataRaw:
        m_data.append({value, false});
        break;
    case Opt::DataEncode: {
        const qsizetype eq = RequestImport::indexOutside(value, u'=');
        const qsizetype atSign = RequestImport::indexOutside(value, u'@');
        if (atSign >= 0 && (eq < 0 || atSign < eq)) {
            return CurlImport::tr("%1: --data-urlencode reads a file (%2), which cannot be imported; paste the "
                                  "content as name=content")
                .arg(argWhere, plain);
        }
        const QString name = eq < 0 ? QString() : value.left(eq);
        const auto encoded = RequestImport::mapLiterals(
            eq < 0 ? value : value.mid(eq + 1),
            [](const QString& text) -> std::optional<QString> { return percentEncoded(text); });
        m_data.append({name.isEmpty() ? *encoded : name + u'=' + *encoded, false});
        break;
    }
    case Opt::Json:
        if (plain == u"@-"_s) {
            QString error;
            const auto data = stdinData(optionText, argWhere, error);
            if (!data)
                return error;
            m_data.append({*data, true});
            break;
        }
        if (plain.startsWith(u'@')) {
            return CurlImport::tr("%1: --json reads the body from a file (%2), which cannot be imported; paste the "
                                  "JSON itself")
                .arg(argWhere, plain);
        }
        m_data.append({value, true});
        break;
    case Opt::Get:
        m_get = true;
        break;
    case Opt::Head:
        m_head = true;
        break;
    case Opt::UserAgent:
        m_request.headers.append({u"User-Agent"_s, value});
        break;
    case Opt::Referer:
        m_request.headers.append({u"Referer"_s, value});
        break;
    case Opt::Cookie:
        if (!plain.contains(u'=')) {
            return CurlImport::tr("%1: -b without \"=\" reads cookies from a file, which cannot be imported; write "
                                  "them as -b 'name=value'")
                .arg(argWhere);
        }
        m_request.headers.append({u"Cookie"_s, value});
        break;
    case Opt::Url:
        if (m_urlIndex)
            return CurlImport::tr("%1: a second URL; import one request at a time").arg(argWhere);
        m_urlIndex = argIndex;
        break;
    case Opt::Location:
        m_request.followRedirects = true;
        break;
    case Opt::MaxTime: {
        bool ok = false;
        const double seconds = plain.toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return CurlImport::tr("%1: the time limit is a number of seconds").arg(argWhere);
        m_request.timeoutMs = int(seconds * 1000);
        break;
    }
    case Opt::Retry: {
        bool ok = false;
        const int retries = plain.toInt(&ok);
        if (!ok || retries < 0 || retries > 99)
            return CurlImport::tr("%1: the number of retries is a whole number from 0 to 99").arg(argWhere);
        m_request.maxAttempts = retries + 1;
        break;
    }
    case Opt::Bearer:
        m_request.headers.append({u"Authorization"_s, u"Bearer "_s + value});
        break;
    case Opt::Form:
        return CurlImport::tr("%1: %2 sends multipart/form-data, which Hooksmith does not send; use -d name=value "
                              "(form) or --json instead")
            .arg(at, optionText);
    case Opt::Upload:
        return CurlImport::tr("%1: %2 uploads a file, which cannot be imported; paste the content with --data-raw")
            .arg(at, optionText);
    case Opt::Config:
        return CurlImport::tr("%1: %2 reads options from a file, which cannot be imported; paste them")
            .arg(at, optionText);
    case Opt::OtherAuth:
        return CurlImport::tr("%1: %2 authentication is not supported; Hooksmith has basic authentication (-u) and "
                              "your own headers (-H 'Authorization: ...')")
            .arg(at, optionText);
    case Opt::Ignored:
    case Opt::IgnoredArg:
        m_ignored.append(optionText);
        break;
    }
    return {};
}

std::optional<QString> CurlParser::stdinData(const QString& optionText, const QString& argWhere, QString& error)
{
    if (!m_stdin) {
        error = CurlImport::tr("%1: %2 @- reads the body from standard input, which cannot be imported; paste the "
                               "content with --data-raw")
                    .arg(argWhere, optionText);
        return std::nullopt;
    }
    // curl reads standard input once.
    const QString data = m_stdinRead ? QString() : toTemplate(*m_stdin, CurlImport::tr("the text piped into curl"));
    m_stdinRead = true;
    return data;
}

std::optional<Error> CurlParser::readPreamble(const QList<ShellCommand>& commands, qsizetype curlIndex)
{
    for (qsizetype i = 0; i < curlIndex; ++i) {
        const ShellCommand& c = commands[i];
        const QString first = c.words.front().text();
        const auto [line, column] = lineAndColumn(m_line, c.words.front().offset);
        const QString at = CurlImport::tr("line %1, column %2").arg(line).arg(column);
        if (c.end == ShellCommand::End::Pipe) {
            // Only printf '%s' TEXT | curl: the body on standard input, as Hooksmith's curl export writes it.
            if (i + 1 != curlIndex || first != u"printf"_s || c.words.size() != 3 || c.words[1].text() != u"%s"_s ||
                c.words[1].hasVariables())
                return Error(CurlImport::tr("%1: only printf '%s' TEXT may be piped into curl").arg(at));
            m_stdin = c.words[2];
            continue;
        }
        if (first == u"set"_s || first == u":"_s) {
            // Shell options and checks that variables are set change nothing in the request.
            continue;
        }
        const ShellWord& w = c.words.front();
        const qsizetype eq = w.segments.front().variable ? -1 : w.segments.front().text.indexOf(u'=');
        const QString name = eq > 0 ? w.segments.front().text.left(eq) : QString();
        if (c.words.size() == 1 && isVariableName(name)) {
            // NAME=value, or NAME=${NAME-value}: a variable of the environment.
            ShellWord value = w;
            value.segments.front().text.remove(0, eq + 1);
            if (value.segments.front().text.isEmpty())
                value.segments.removeFirst();
            std::optional<QString> text;
            if (value.segments.isEmpty())
                text = QString();
            else if (!value.hasVariables())
                text = value.text();
            else if (value.segments.size() == 1 && value.segments.front().text == name)
                text = value.segments.front().fallback;
            if (!text) {
                return Error(CurlImport::tr("%1: the script sets %2 from what the shell expands; write its value out")
                                 .arg(at, name));
            }
            if (Presets::fromName(name)) {
                m_result.warnings.append(CurlImport::tr("%1: the script sets %2, which the webhook fills from each "
                                                        "signal as a preset")
                                             .arg(at, name));
                continue;
            }
            if (!m_scriptValues.contains(name))
                m_scriptOrder.append(name);
            m_scriptValues.insert(name, *text);
            continue;
        }
        return Error(CurlImport::tr("%1: the script runs \"%2\" before curl, which cannot be imported; paste the "
                                    "curl command alone")
                         .arg(at, first.left(40)));
    }
    return std::nullopt;
}

Result<ImportResult> CurlParser::run()
{
    auto commands = ShellWords::splitCommands(m_line);
    if (!commands)
        return commands.error();
    if (commands->isEmpty())
        return Error(CurlImport::tr("the command line is empty; paste a curl command"));
    qsizetype curlIndex = -1;
    for (qsizetype i = 0; i < commands->size() && curlIndex < 0; ++i) {
        const ShellWord& first = (*commands)[i].words.front();
        if (!first.hasVariables() && first.text() == u"curl"_s)
            curlIndex = i;
    }
    if (curlIndex < 0) {
        return Error(CurlImport::tr("the command starts with \"%1\", not curl; paste a curl command")
                         .arg(commands->front().words.front().text().left(40)));
    }
    if (auto e = readPreamble(*commands, curlIndex))
        return *e;
    // The curl command, with what follows on the next lines: a command copied without its backslashes.
    m_words = (*commands)[curlIndex].words;
    for (qsizetype i = curlIndex; i < commands->size(); ++i) {
        const ShellCommand& c = (*commands)[i];
        if (i > curlIndex)
            m_words += c.words;
        if (c.end == ShellCommand::End::Semicolon || c.end == ShellCommand::End::Pipe) {
            const auto [line, column] = lineAndColumn(m_line, c.endOffset);
            return Error(CurlImport::tr("\"%1\" at line %2, column %3 ends the curl command or redirects it; paste "
                                        "the curl command alone")
                             .arg(c.end == ShellCommand::End::Pipe ? u"|"_s : u";"_s)
                             .arg(line)
                             .arg(column));
        }
    }

    bool optionsEnd = false;
    for (qsizetype i = 1; i < m_words.size(); ++i) {
        // A copy: the cluster branch below appends to m_words, which may move its storage.
        const ShellWord word = m_words[i];
        const QString text = word.text();
        if (!optionsEnd && text == u"--"_s) {
            optionsEnd = true;
            continue;
        }
        if (optionsEnd || !text.startsWith(u'-') || text == u"-"_s || word.segments.front().variable) {
            if (m_urlIndex)
                return Error(CurlImport::tr("%1: a second URL; import one request at a time").arg(where(i)));
            m_urlIndex = i;
            continue;
        }
        if (text.startsWith(u"--"_s)) {
            const QString name = text.mid(2);
            const OptionInfo* o = findLong(name);
            if (!o) {
                if (name.contains(u'='))
                    return Error(CurlImport::tr("%1: curl does not take --option=value; write \"--%2 %3\"")
                                     .arg(where(i), name.section(u'=', 0, 0), name.section(u'=', 1)));
                return Error(CurlImport::tr("%1: unknown curl option %2").arg(where(i), text));
            }
            if (o->hasArgument && i + 1 >= m_words.size())
                return Error(CurlImport::tr("%1: %2 needs a value").arg(where(i), text));
            const qsizetype argIndex = o->hasArgument ? i + 1 : -1;
            if (QString e = apply(*o, text, i, o->hasArgument ? &m_words[i + 1] : nullptr, argIndex); !e.isEmpty())
                return Error(e);
            if (o->hasArgument)
                ++i;
            continue;
        }
        // A cluster of short options: -sSL, -XPOST, -H'Name: value'.
        for (qsizetype k = 1; k < text.size(); ++k) {
            const OptionInfo* o = findShort(text[k]);
            if (!o)
                return Error(CurlImport::tr("%1: unknown curl option -%2").arg(where(i), text[k]));
            const QString optionText = u'-' + text[k];
            if (!o->hasArgument) {
                if (QString e = apply(*o, optionText, i, nullptr, -1); !e.isEmpty())
                    return Error(e);
                continue;
            }
            if (k + 1 < text.size()) {
                // The rest of the word is the value.
                ShellWord rest = word;
                qsizetype skip = k + 1;
                while (skip > 0 && !rest.segments.isEmpty()) {
                    ShellSegment& first = rest.segments.front();
                    const qsizetype len = first.variable ? first.text.size() + 1 : first.text.size();
                    if (first.variable || len > skip) {
                        if (!first.variable)
                            first.text.remove(0, skip);
                        break;
                    }
                    skip -= len;
                    rest.segments.removeFirst();
                }
                m_words.append(rest);
                const qsizetype restIndex = m_words.size() - 1;
                m_words[restIndex].offset = word.offset + k + 1;
                const QString e = apply(*o, optionText, i, &m_words[restIndex], i);
                m_words.removeLast();
                if (!e.isEmpty())
                    return Error(e);
            } else {
                if (i + 1 >= m_words.size())
                    return Error(CurlImport::tr("%1: %2 needs a value").arg(where(i), optionText));
                if (QString e = apply(*o, optionText, i, &m_words[i + 1], i + 1); !e.isEmpty())
                    return Error(e);
                ++i;
            }
            break;
        }
    }
    if (!m_urlIndex)
        return Error(CurlImport::tr("the curl command has no URL"));

    const QString urlWhere = where(*m_urlIndex);
    QString url = toTemplate(m_words[*m_urlIndex], urlWhere);
    if (!url.contains(u"://"_s) && !url.startsWith(u"{{"_s)) {
        m_result.warnings.append(
            CurlImport::tr("%1: the URL has no scheme; curl would use http://, and so does the webhook").arg(urlWhere));
        url.prepend(u"http://"_s);
    }

    // The body, as curl joins it: --data pieces with '&', --json pieces as they are.
    std::optional<QString> body;
    bool json = false;
    for (qsizetype i = 0; i < m_data.size(); ++i) {
        if (!body)
            body = QString();
        else if (!(m_data[i].json && m_data[i - 1].json))
            body->append(u'&');
        body->append(m_data[i].text);
        json = json || m_data[i].json;
    }
    const auto hasHeader = [this](const QString& name) {
        for (const auto& h : m_request.headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (body && m_get) {
        url += url.contains(u'?') ? u'&' : u'?';
        url += *body;
        body.reset();
    } else if (body) {
        if (json) {
            if (!hasHeader(u"Content-Type"_s))
                m_request.headers.append({u"Content-Type"_s, u"application/json"_s});
            if (!hasHeader(u"Accept"_s))
                m_request.headers.append({u"Accept"_s, u"application/json"_s});
        } else if (!hasHeader(u"Content-Type"_s)) {
            m_request.headers.append({u"Content-Type"_s, u"application/x-www-form-urlencoded"_s});
        }
    }
    // "Content-Type:" and "Accept:" with nothing after them remove what curl would add.
    for (qsizetype i = m_request.headers.size() - 1; i >= 0; --i) {
        if (m_request.headers[i].second.isEmpty() &&
            (m_request.headers[i].first.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0 ||
             m_request.headers[i].first.compare(u"Accept"_s, Qt::CaseInsensitive) == 0))
            m_request.headers.removeAt(i);
    }

    const QString method = m_method.value_or(m_head ? u"HEAD"_s : (body ? u"POST"_s : u"GET"_s));
    if (!m_ignored.isEmpty()) {
        m_result.warnings.append(
            CurlImport::tr("options that do not change the request were ignored: %1").arg(m_ignored.join(u", "_s)));
    }

    for (const QString& name : m_scriptOrder) {
        if (!m_usedVariables.contains(name))
            continue;
        EnvVariable v;
        v.name = name;
        v.value = m_scriptValues.value(name);
        m_result.environment.variables.append(v);
    }
    m_result.environment.name = CurlImport::tr("Imported");
    m_request.method = method;
    m_request.url = url;
    m_request.body = body;
    const QUrl parsed(RequestImport::literalText(url).value_or(url));
    m_request.name = method.toUpper() + u' ' + parsed.host() + parsed.path();
    if (parsed.host().isEmpty())
        m_request.name = method.toUpper() + u' ' + url;
    // The webhook's name, as Hooksmith's curl export writes it in the script's first comment.
    static const QRegularExpression named(u"^# Sends the request of the Hooksmith webhook \"(.+)\" with curl\\.$"_s,
                                          QRegularExpression::MultilineOption);
    if (const QRegularExpressionMatch m = named.match(m_line); m.hasMatch())
        m_request.name = m.captured(1);
    auto built = RequestImport::build(m_request, CurlImport::tr("the request"), m_result.warnings);
    if (!built)
        return built.error();
    m_result.webhooks.append(std::move(built).value());
    return std::move(m_result);
}

} // namespace

Result<ImportResult> CurlImport::parse(QStringView commandLine)
{
    return CurlParser(commandLine).run();
}

bool CurlImport::looksLikeCurl(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.startsWith(u"curl ") || t.startsWith(u"curl\t") || t.startsWith(u"curl\\\n") || t.startsWith(u"curl\n"))
        return true;
    // A script that runs curl, such as Hooksmith's curl export.
    const auto commands = ShellWords::splitCommands(t);
    if (!commands)
        return false;
    for (const ShellCommand& c : *commands) {
        if (!c.words.front().hasVariables() && c.words.front().text() == u"curl"_s)
            return true;
    }
    return false;
}

} // namespace hooksmith
