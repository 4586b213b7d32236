#include "profile.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <functional>
#include <set>

namespace plancia {

namespace {

using json = nlohmann::json;

struct ProfileTr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::Profile)
};

const char *typeName(const json &v)
{
    switch (v.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "an array";
    case json::value_t::string:
        return "a string";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "a number";
    default:
        return "an unknown value";
    }
}

// S3 bucket naming rules (lower case, digits, '.', '-'; 3-63 characters).
bool isBucketName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    return re.match(name).hasMatch();
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress addr;
    return addr.setAddress(host) && addr.isLoopback();
}

QString fieldName(const std::string &path, const std::string &key)
{
    return QString::fromStdString(path.empty() ? key : path + "." + key);
}

// Where the parser stopped, as a person counts: line and column from 1, in characters. The
// parser reports the last byte it read, which for an unexpected string or number is the end of
// that token; the start of the token is where a person looks ("a ',' is missing" before it).
std::pair<int, int> parsePosition(const QByteArray &data, std::size_t lastByte,
                                  const std::string &what)
{
    // At the end of the input the parser points one past the last byte: so do we.
    qsizetype at = qBound<qsizetype>(0, qsizetype(lastByte) - 1, data.size());
    if (what.find("unexpected end of input") != std::string::npos)
        at = data.size();
    auto isNumberChar = [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    auto isLetter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    if (at >= data.size()) {
        // nothing to walk back over
    } else if (what.find("unexpected string literal") != std::string::npos && data.at(at) == '"') {
        for (qsizetype i = at - 1; i >= 0; --i) {
            if (data.at(i) == '"' && (i == 0 || data.at(i - 1) != '\\')) {
                at = i;
                break;
            }
        }
    } else if (what.find("unexpected number literal") != std::string::npos) {
        while (at > 0 && isNumberChar(data.at(at - 1)))
            --at;
    } else if (isLetter(data.at(at))) {
        while (at > 0 && isLetter(data.at(at - 1)))
            --at;
    }
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < at; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Characters, not bytes: UTF-8 continuation bytes do not count, nor a byte order mark.
    int column = 1;
    for (qsizetype i = lineStart; i < at; ++i) {
        const auto c = uchar(data.at(i));
        if ((c & 0xC0) != 0x80 && !(line == 1 && i == 0 && data.startsWith("\xEF\xBB\xBF")))
            ++column;
    }
    return {line, column};
}

// What is wrong, in words, from the parser's message (whose own text is only for the log).
QString parseProblem(const QByteArray &data, const std::string &what)
{
    auto has = [&](const char *s) {
        return what.find(s) != std::string::npos;
    };
    if (has("unexpected end of input")) {
        if (data.trimmed().isEmpty())
            return ProfileTr::tr("the file is empty; a profile is a JSON object, { ... }");
        if (has("expected '}'"))
            return ProfileTr::tr("the file ends before the closing '}'");
        if (has("expected ']'"))
            return ProfileTr::tr("the file ends before the closing ']'");
        return ProfileTr::tr("the file ends too early; a '}' or ']' is missing");
    }
    if (has("invalid string"))
        return ProfileTr::tr("a text is not closed with '\"', or holds a line break or a "
                             "control character");
    if (has("expected end of input"))
        return ProfileTr::tr("there is more text after the end of the profile");
    if (has("parsing object separator"))
        return ProfileTr::tr("a ':' is missing between a name and its value");
    if (has("parsing object key")) {
        if (has("unexpected '}'"))
            return ProfileTr::tr("there is a ',' too many before the '}'");
        return ProfileTr::tr("a name must be text in double quotes, such as \"name\"");
    }
    if (has("parsing object -"))
        return ProfileTr::tr("a ',' or '}' is missing");
    if (has("parsing array -"))
        return ProfileTr::tr("a ',' or ']' is missing");
    if (has("unexpected ']'") || has("unexpected '}'") || has("unexpected ','"))
        return ProfileTr::tr("a value is missing");
    if (has("invalid literal"))
        return ProfileTr::tr("a value must be text in double quotes, a number, true, false or "
                             "null");
    return ProfileTr::tr("this is not valid JSON");
}

class Validator
{
public:
    QList<ProfileIssue> issues;

    void add(const QString &field, const QString &problem)
    {
        ProfileIssue issue;
        issue.field = field;
        issue.problem = problem;
        issues.append(issue);
    }

    // Looks up `key` in `obj`; records an issue when it is required and missing or has the
    // wrong type. Returns nullptr when absent or wrong.
    const json *member(const json &obj, const std::string &path, const std::string &key,
                       json::value_t type, bool required)
    {
        const QString field = fieldName(path, key);
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required)
                add(field, ProfileTr::tr("is required but missing"));
            return nullptr;
        }
        const bool typeOk =
            type == json::value_t::number_integer ? it->is_number_integer() : it->type() == type;
        if (!typeOk) {
            const char *want = type == json::value_t::object    ? "an object"
                               : type == json::value_t::string  ? "a string"
                               : type == json::value_t::boolean ? "a boolean"
                                                                : "a whole number";
            add(field, ProfileTr::tr("must be %1, not %2")
                           .arg(QLatin1String(want), QLatin1String(typeName(*it))));
            return nullptr;
        }
        return &*it;
    }

    QString string(const json &obj, const std::string &path, const std::string &key, bool required,
                   const QString &fallback = {})
    {
        const json *v = member(obj, path, key, json::value_t::string, required);
        if (!v)
            return fallback;
        const QString s = QString::fromStdString(v->get<std::string>()).trimmed();
        if (s.isEmpty() && required)
            add(fieldName(path, key), ProfileTr::tr("must not be empty"));
        return s;
    }

    QUrl url(const json &obj, const std::string &path, const std::string &key, bool required)
    {
        const QString field = fieldName(path, key);
        const QString s = string(obj, path, key, required);
        if (s.isEmpty())
            return {};
        const QUrl u(s, QUrl::StrictMode);
        if (!u.isValid() || u.isRelative() || u.host().isEmpty()) {
            add(field, ProfileTr::tr("must be an absolute URL such as https://host/path, not "
                                     "\"%1\"")
                           .arg(s));
            return {};
        }
        const QString scheme = u.scheme().toLower();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
            add(field, ProfileTr::tr("must use https, not \"%1\"").arg(u.scheme()));
            return {};
        }
        if (scheme == QLatin1String("http") && !isLoopbackHost(u.host())) {
            add(field, ProfileTr::tr("must use https: plain http is allowed only for this "
                                     "computer (localhost, 127.0.0.1)"));
            return {};
        }
        if (!u.userInfo().isEmpty()) {
            add(field, ProfileTr::tr("must not contain a user name or password"));
            return {};
        }
        return u;
    }

    void unknownKeys(const json &obj, const std::string &path, std::set<std::string> known)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!known.count(it.key())) {
                add(fieldName(path, it.key()), ProfileTr::tr("is not a known setting (misspelt?)"));
            }
        }
    }
};

} // namespace

QString Profile::namespaceFor(const QString &username) const
{
    QString ns = kubernetes.namespaceTemplate;
    ns.replace(QLatin1String("{username}"), username);
    return ns;
}

QString Profile::S3::userBucketFor(const QString &username) const
{
    if (userBucketTemplate.isEmpty() || username.isEmpty())
        return {};
    QString b = userBucketTemplate;
    b.replace(QLatin1String("{username}"), username);
    return b;
}

QString Profile::S3::groupBucketFor(const QString &group) const
{
    if (groupBucketTemplate.isEmpty() || group.isEmpty())
        return {};
    if (!groupBucketPattern.isEmpty()) {
        const QRegularExpression re(groupBucketPattern);
        if (!re.isValid() || !re.match(group).hasMatch())
            return {};
    }
    QString b = groupBucketTemplate;
    b.replace(QLatin1String("{group}"), group);
    return b;
}

QString Profile::acceleratorName(const QString &model) const
{
    return accelerators.value(model, model);
}

QList<ProfileIssue> validateProfileJson(const QByteArray &data, Profile *out)
{
    Validator v;
    json root;
    try {
        root = json::parse(data.constData(), data.constData() + data.size());
    } catch (const json::parse_error &e) {
        const auto [line, column] = parsePosition(data, e.byte, e.what());
        v.issues.append(
            {{}, parseProblem(data, e.what()), line, column, QString::fromUtf8(e.what())});
        return v.issues;
    }
    if (!root.is_object()) {
        v.add(QStringLiteral("(file)"), ProfileTr::tr("must hold a JSON object"));
        return v.issues;
    }

    Profile p;
    v.unknownKeys(root, "",
                  {"schema", "name", "displayName", "iam", "hub", "prometheus", "s3", "kubernetes",
                   "accelerators", "caFile"});
    if (const json *schema = v.member(root, "", "schema", json::value_t::number_integer, true)) {
        p.schema = schema->get<int>();
        if (p.schema != 1)
            v.add(QStringLiteral("schema"),
                  ProfileTr::tr("is %1, but this version of Plancia reads schema 1").arg(p.schema));
    }
    p.name = v.string(root, "", "name", true);
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!p.name.isEmpty() && !nameRe.match(p.name).hasMatch())
        v.add(QStringLiteral("name"), ProfileTr::tr("may hold only letters, digits, '.', '_' "
                                                    "and '-' (at most 64)"));
    p.displayName = v.string(root, "", "displayName", false, p.name);
    p.caFile = v.string(root, "", "caFile", false);

    if (const json *iam = v.member(root, "", "iam", json::value_t::object, true)) {
        v.unknownKeys(*iam, "iam",
                      {"issuer", "clientId", "scopes", "tokenSource", "oidcAgentAccount"});
        p.iam.issuer = v.url(*iam, "iam", "issuer", true);
        p.iam.clientId = v.string(*iam, "iam", "clientId", true);
        p.iam.scopes = v.string(*iam, "iam", "scopes", false, p.iam.scopes);
        const QString source =
            v.string(*iam, "iam", "tokenSource", false, QStringLiteral("device"));
        if (source == QLatin1String("device")) {
            p.iam.tokenSource = Profile::Iam::TokenSource::DeviceFlow;
        } else if (source == QLatin1String("oidc-agent")) {
            p.iam.tokenSource = Profile::Iam::TokenSource::OidcAgent;
            p.iam.oidcAgentAccount = v.string(*iam, "iam", "oidcAgentAccount", true);
        } else {
            v.add(QStringLiteral("iam.tokenSource"),
                  ProfileTr::tr("must be \"device\" or \"oidc-agent\", not \"%1\"").arg(source));
        }
    }
    if (const json *hub = v.member(root, "", "hub", json::value_t::object, false)) {
        v.unknownKeys(*hub, "hub", {"url", "cullTimeoutSeconds", "images"});
        p.hub.url = v.url(*hub, "hub", "url", true);
        if (const json *c =
                v.member(*hub, "hub", "cullTimeoutSeconds", json::value_t::number_integer, false)) {
            p.hub.cullTimeoutSeconds = c->get<int>();
            if (p.hub.cullTimeoutSeconds < 0 || p.hub.cullTimeoutSeconds > 30 * 24 * 3600)
                v.add(QStringLiteral("hub.cullTimeoutSeconds"),
                      ProfileTr::tr("must be between 0 (no culling) and 2592000 seconds"));
        }
        if (auto it = hub->find("images"); it != hub->end() && !it->is_null()) {
            QStringList images;
            for (const json &i : it->is_array() ? *it : json::array()) {
                if (i.is_string() && !i.get<std::string>().empty())
                    images << QString::fromStdString(i.get<std::string>());
            }
            if (!it->is_array() || images.isEmpty() || images.size() != qsizetype(it->size()))
                v.add(QStringLiteral("hub.images"), ProfileTr::tr("must be a list of image names"));
            else
                p.hub.images = images;
        }
    }
    if (const json *prom = v.member(root, "", "prometheus", json::value_t::object, false)) {
        v.unknownKeys(*prom, "prometheus", {"url", "useBearer"});
        p.prometheus.url = v.url(*prom, "prometheus", "url", true);
        if (const json *b =
                v.member(*prom, "prometheus", "useBearer", json::value_t::boolean, false))
            p.prometheus.useBearer = b->get<bool>();
    }
    if (const json *s3 = v.member(root, "", "s3", json::value_t::object, false)) {
        v.unknownKeys(*s3, "s3",
                      {"endpoint", "region", "pathStyle", "sts", "userBucket", "groupBucket",
                       "groupBucketPattern", "buckets"});
        p.s3.endpoint = v.url(*s3, "s3", "endpoint", true);
        p.s3.region = v.string(*s3, "s3", "region", false, p.s3.region);
        if (const json *b = v.member(*s3, "s3", "pathStyle", json::value_t::boolean, false))
            p.s3.pathStyle = b->get<bool>();
        if (const json *sts = v.member(*s3, "s3", "sts", json::value_t::object, true)) {
            v.unknownKeys(*sts, "s3.sts", {"endpoint", "roleArn", "durationSeconds"});
            p.s3.sts.endpoint = v.url(*sts, "s3.sts", "endpoint", true);
            p.s3.sts.roleArn = v.string(*sts, "s3.sts", "roleArn", false);
            if (const json *d = v.member(*sts, "s3.sts", "durationSeconds",
                                         json::value_t::number_integer, false)) {
                p.s3.sts.durationSeconds = d->get<int>();
                if (p.s3.sts.durationSeconds < 15 || p.s3.sts.durationSeconds > 43200)
                    v.add(QStringLiteral("s3.sts.durationSeconds"),
                          ProfileTr::tr("must be between 15 and 43200 seconds"));
            }
        }
        p.s3.userBucketTemplate = v.string(*s3, "s3", "userBucket", false);
        if (!p.s3.userBucketTemplate.isEmpty() &&
            !p.s3.userBucketTemplate.contains(QLatin1String("{username}")))
            v.add(QStringLiteral("s3.userBucket"),
                  ProfileTr::tr("must contain {username}, such as \"user-{username}\""));
        p.s3.groupBucketTemplate = v.string(*s3, "s3", "groupBucket", false);
        if (!p.s3.groupBucketTemplate.isEmpty() &&
            !p.s3.groupBucketTemplate.contains(QLatin1String("{group}")))
            v.add(QStringLiteral("s3.groupBucket"),
                  ProfileTr::tr("must contain {group}, such as \"proj-{group}\""));
        p.s3.groupBucketPattern = v.string(*s3, "s3", "groupBucketPattern", false);
        if (!p.s3.groupBucketPattern.isEmpty() &&
            !QRegularExpression(p.s3.groupBucketPattern).isValid())
            v.add(QStringLiteral("s3.groupBucketPattern"),
                  ProfileTr::tr("is not a valid regular expression: %1")
                      .arg(QRegularExpression(p.s3.groupBucketPattern).errorString()));
        if (auto it = s3->find("buckets"); it != s3->end() && !it->is_null()) {
            if (!it->is_array()) {
                v.add(QStringLiteral("s3.buckets"),
                      ProfileTr::tr("must be a list of bucket names"));
            } else {
                for (const json &b : *it) {
                    const QString name =
                        b.is_string() ? QString::fromStdString(b.get<std::string>()).trimmed()
                                      : QString();
                    if (!isBucketName(name))
                        v.add(QStringLiteral("s3.buckets"),
                              ProfileTr::tr("must hold bucket names (3-63 characters: a-z, 0-9, "
                                            "'.', '-')"));
                    else
                        p.s3.buckets << name;
                }
            }
        }
    }
    if (const json *k = v.member(root, "", "kubernetes", json::value_t::object, false)) {
        v.unknownKeys(*k, "kubernetes", {"server", "caFile", "namespace", "localQueue"});
        p.kubernetes.server = v.url(*k, "kubernetes", "server", true);
        p.kubernetes.caFile = v.string(*k, "kubernetes", "caFile", false);
        p.kubernetes.namespaceTemplate = v.string(*k, "kubernetes", "namespace", true);
        p.kubernetes.localQueue = v.string(*k, "kubernetes", "localQueue", false);
    }
    if (const json *acc = v.member(root, "", "accelerators", json::value_t::object, false)) {
        for (auto it = acc->begin(); it != acc->end(); ++it) {
            if (!it->is_string()) {
                v.add(QStringLiteral("accelerators.") + QString::fromStdString(it.key()),
                      ProfileTr::tr("must be a string, not %1").arg(QLatin1String(typeName(*it))));
                continue;
            }
            p.accelerators.insert(QString::fromStdString(it.key()),
                                  QString::fromStdString(it->get<std::string>()));
        }
    }
    if (out && v.issues.isEmpty())
        *out = std::move(p);
    return v.issues;
}

Result<Profile> parseProfile(const QByteArray &json, const QString &sourceName)
{
    Profile p;
    const auto issues = validateProfileJson(json, &p);
    if (!issues.isEmpty()) {
        QStringList lines;
        QStringList details{sourceName};
        bool syntax = false;
        const QString fileName = QFileInfo(sourceName).fileName();
        for (const auto &i : issues) {
            if (i.line > 0) {
                syntax = true;
                const QString place =
                    fileName.isEmpty()
                        ? ProfileTr::tr("Line %1, column %2").arg(i.line).arg(i.column)
                        : ProfileTr::tr("%1, line %2, column %3")
                              .arg(fileName)
                              .arg(i.line)
                              .arg(i.column);
                lines << place + QStringLiteral(": ") + i.problem;
            } else {
                lines << i.field + QStringLiteral(": ") + i.problem;
            }
            if (!i.detail.isEmpty())
                details << i.detail;
        }
        const QString where = sourceName.isEmpty()
                                  ? ProfileTr::tr("The platform profile")
                                  : ProfileTr::tr("The platform profile %1").arg(sourceName);
        const QString headline =
            syntax ? ProfileTr::tr("%1 is not valid JSON:").arg(where)
                   : ProfileTr::tr("%1 has %n problem(s):", nullptr, int(issues.size())).arg(where);
        details.removeAll(QString());
        return Error::make(Error::Kind::Config,
                           headline + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                           details.join(QStringLiteral(": ")));
    }
    p.sourcePath = sourceName;
    return p;
}

Result<Profile> loadProfile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::make(
            Error::Kind::Config,
            ProfileTr::tr("Cannot read the platform profile %1: %2").arg(path, f.errorString()),
            path);
    }
    // A profile is a few KiB; refuse anything absurd rather than parse it.
    if (f.size() > 1024 * 1024) {
        return Error::make(
            Error::Kind::Config,
            ProfileTr::tr("The platform profile %1 is too large to be one.").arg(path), path);
    }
    return parseProfile(f.readAll(), path);
}

QByteArray profileToJson(const Profile &p)
{
    json root;
    root["schema"] = 1;
    root["name"] = p.name.toStdString();
    root["displayName"] = p.displayName.toStdString();
    root["iam"] = {{"issuer", p.iam.issuer.toString().toStdString()},
                   {"clientId", p.iam.clientId.toStdString()},
                   {"scopes", p.iam.scopes.toStdString()}};
    if (p.iam.tokenSource == Profile::Iam::TokenSource::OidcAgent) {
        root["iam"]["tokenSource"] = "oidc-agent";
        root["iam"]["oidcAgentAccount"] = p.iam.oidcAgentAccount.toStdString();
    }
    if (p.hub.url.isValid()) {
        root["hub"] = {{"url", p.hub.url.toString().toStdString()}};
        if (p.hub.cullTimeoutSeconds != 3600)
            root["hub"]["cullTimeoutSeconds"] = p.hub.cullTimeoutSeconds;
        if (p.hub.images != Profile::Hub::defaultImages()) {
            json list = json::array();
            for (const QString &i : p.hub.images)
                list.push_back(i.toStdString());
            root["hub"]["images"] = list;
        }
    }
    if (p.prometheus.url.isValid())
        root["prometheus"] = {{"url", p.prometheus.url.toString().toStdString()},
                              {"useBearer", p.prometheus.useBearer}};
    if (p.s3.endpoint.isValid())
        root["s3"] = {{"endpoint", p.s3.endpoint.toString().toStdString()},
                      {"region", p.s3.region.toStdString()},
                      {"pathStyle", p.s3.pathStyle},
                      {"sts",
                       {{"endpoint", p.s3.sts.endpoint.toString().toStdString()},
                        {"roleArn", p.s3.sts.roleArn.toStdString()},
                        {"durationSeconds", p.s3.sts.durationSeconds}}}};
    if (p.s3.endpoint.isValid()) {
        if (!p.s3.userBucketTemplate.isEmpty())
            root["s3"]["userBucket"] = p.s3.userBucketTemplate.toStdString();
        if (!p.s3.groupBucketTemplate.isEmpty())
            root["s3"]["groupBucket"] = p.s3.groupBucketTemplate.toStdString();
        if (!p.s3.groupBucketPattern.isEmpty())
            root["s3"]["groupBucketPattern"] = p.s3.groupBucketPattern.toStdString();
        if (!p.s3.buckets.isEmpty()) {
            json list = json::array();
            for (const QString &b : p.s3.buckets)
                list.push_back(b.toStdString());
            root["s3"]["buckets"] = list;
        }
    }
    if (p.kubernetes.server.isValid())
        root["kubernetes"] = {{"server", p.kubernetes.server.toString().toStdString()},
                              {"caFile", p.kubernetes.caFile.toStdString()},
                              {"namespace", p.kubernetes.namespaceTemplate.toStdString()},
                              {"localQueue", p.kubernetes.localQueue.toStdString()}};
    json acc = json::object();
    for (auto it = p.accelerators.cbegin(); it != p.accelerators.cend(); ++it)
        acc[it.key().toStdString()] = it.value().toStdString();
    root["accelerators"] = acc;
    if (!p.caFile.isEmpty())
        root["caFile"] = p.caFile.toStdString();
    return QByteArray::fromStdString(root.dump(2));
}

} // namespace plancia
