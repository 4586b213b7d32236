#include "hubserver.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace plancia::jupyter {

const QList<int> &SessionProfile::cpuChoices()
{
    static const QList<int> c{1, 2, 3, 4, 8};
    return c;
}

const QStringList &SessionProfile::memoryChoices()
{
    static const QStringList m{QStringLiteral("2G"), QStringLiteral("4G"), QStringLiteral("8G")};
    return m;
}

QString SessionProfile::gpuField() const
{
    if (!hasAccelerator())
        return QStringLiteral("none");
    return QStringLiteral("gpu:%1:%2").arg(acceleratorModel).arg(acceleratorCount);
}

std::optional<std::pair<QString, int>> SessionProfile::parseGpu(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("none"))
        return std::pair<QString, int>{QString(), 0};
    static const QRegularExpression re(
        QStringLiteral("^(?:gpu:)?([A-Za-z0-9.\\-]+)(?::([0-9]+))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int n = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    if (n < 1)
        return std::nullopt;
    return std::pair<QString, int>{m.captured(1), n};
}

QJsonObject SessionProfile::toUserOptions() const
{
    QJsonObject o{{QStringLiteral("img"), image},
                  {QStringLiteral("cpu"), cpu},
                  {QStringLiteral("mem"), memory},
                  {QStringLiteral("gpu"), gpuField()}};
    return o;
}

SessionProfile SessionProfile::fromUserOptions(const QJsonObject &o)
{
    SessionProfile p;
    p.image = o.value(QStringLiteral("img")).toString();
    const QJsonValue cpu = o.value(QStringLiteral("cpu"));
    p.cpu = cpu.isString() ? cpu.toString().toInt() : cpu.toInt(p.cpu);
    p.memory = o.value(QStringLiteral("mem")).toString(p.memory);
    p.profileName = o.value(QStringLiteral("profile")).toString();
    if (const auto g = parseGpu(o.value(QStringLiteral("gpu")).toString())) {
        p.acceleratorModel = g->first;
        p.acceleratorCount = g->second;
    }
    return p;
}

QJsonObject SessionProfile::toJson() const
{
    QJsonObject o{{QStringLiteral("image"), image},
                  {QStringLiteral("cpu"), cpu},
                  {QStringLiteral("mem"), memory},
                  {QStringLiteral("accelerator"),
                   hasAccelerator() ? QJsonValue(acceleratorModel) : QJsonValue()},
                  {QStringLiteral("count"), acceleratorCount},
                  {QStringLiteral("gpu"), gpuField()}};
    if (!profileName.isEmpty())
        o.insert(QStringLiteral("profile"), profileName);
    return o;
}

QString SessionProfile::validate() const
{
    if (image.trimmed().isEmpty())
        return tr("Choose an image.");
    if (!cpuChoices().contains(cpu))
        return tr("CPU cores must be 1, 2, 3, 4 or 8, not %1.").arg(cpu);
    if (!memoryChoices().contains(memory))
        return tr("Memory must be 2G, 4G or 8G, not %1.").arg(memory);
    if (!acceleratorModel.isEmpty() && acceleratorCount < 1)
        return tr("Choose how many accelerators.");
    return {};
}

QString SessionProfile::summary() const
{
    QString s = tr("%1 CPU · %2").arg(cpu).arg(memory);
    if (hasAccelerator())
        s += tr(" · %1× %2").arg(acceleratorCount).arg(acceleratorModel);
    return s;
}

QString HubServer::displayName() const
{
    return name.isEmpty() ? SessionProfile::tr("default") : name;
}

QString HubServer::stateName(State state)
{
    switch (state) {
    case State::Starting:
        return QStringLiteral("starting");
    case State::Running:
        return QStringLiteral("running");
    case State::Stopping:
        return QStringLiteral("stopping");
    case State::Stopped:
        break;
    }
    return QStringLiteral("stopped");
}

QDateTime parseHubTime(const QJsonValue &value)
{
    const QString s = value.toString();
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid()) {
        // Python's isoformat with microseconds: keep milliseconds.
        static const QRegularExpression us(QStringLiteral("(\\.\\d{3})\\d+"));
        QString trimmed = s;
        trimmed.replace(us, QStringLiteral("\\1"));
        t = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !s.contains(QLatin1Char('+')))
        t.setTimeSpec(Qt::UTC); // the hub speaks UTC; a timestamp without zone is UTC
    return t.toUTC();
}

namespace {

QUrl absolute(const QUrl &hub, const QString &path)
{
    if (path.isEmpty())
        return {};
    const QUrl p(path);
    if (!p.isRelative())
        return p;
    QUrl u = hub;
    u.setPath(path);
    u.setQuery(QString());
    return u;
}

} // namespace

QList<HubServer> parseServers(const QJsonObject &user, const QUrl &hubUrl, int apiMajor)
{
    QList<HubServer> out;
    const QJsonObject servers = user.value(QStringLiteral("servers")).toObject();
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        HubServer h;
        h.name = s.value(QStringLiteral("name")).toString(it.key());
        const QString pending = s.value(QStringLiteral("pending")).toString();
        const bool ready = s.value(QStringLiteral("ready")).toBool();
        if (pending == QLatin1String("spawn"))
            h.state = HubServer::State::Starting;
        else if (pending == QLatin1String("stop"))
            h.state = HubServer::State::Stopping;
        else if (ready)
            h.state = HubServer::State::Running;
        else
            h.state = HubServer::State::Stopped;
        const QString full =
            apiMajor >= 4 ? s.value(QStringLiteral("full_url")).toString() : QString();
        h.url = full.isEmpty() ? absolute(hubUrl, s.value(QStringLiteral("url")).toString())
                               : QUrl(full);
        h.progressPath = s.value(QStringLiteral("progress_url")).toString();
        h.started = parseHubTime(s.value(QStringLiteral("started")));
        h.lastActivity = parseHubTime(s.value(QStringLiteral("last_activity")));
        h.userOptions = s.value(QStringLiteral("user_options")).toObject();
        h.profile = SessionProfile::fromUserOptions(h.userOptions);
        out.append(h);
    }
    std::sort(out.begin(), out.end(),
              [](const HubServer &a, const HubServer &b) { return a.name < b.name; });
    return out;
}

} // namespace plancia::jupyter
