#include "jobs/notebookclone.h"

#include "jobs/clustercatalog.h"
#include "kube/views.h"

#include <QCoreApplication>

namespace plancia::jobs {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jobs::NotebookClone)
};

// The hub's credentials for the notebook server itself: a batch job must not carry them.
bool isHubCredential(const QString &name)
{
    return name == "JUPYTERHUB_API_TOKEN"_L1 || name == "JPY_API_TOKEN"_L1 ||
           name == "JUPYTERHUB_OAUTH_CLIENT_SECRET"_L1;
}

// The tolerations the apiserver adds to every pod (not-ready/unreachable): not the user's.
bool isDefaultToleration(const QJsonObject &t)
{
    const QString key = t.value("key"_L1).toString();
    return key == "node.kubernetes.io/not-ready"_L1 || key == "node.kubernetes.io/unreachable"_L1;
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(u'\'', u"'\\''"_s);
    return u'\'' + q + u'\'';
}

// An argument for `sh -c` with every {index} left to the shell's JOB_COMPLETION_INDEX.
QString shellWord(const QString &arg)
{
    const QStringList parts = arg.split(u"{index}"_s);
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += u"\"${JOB_COMPLETION_INDEX}\""_s;
        if (!parts.at(i).isEmpty() || parts.size() == 1)
            out += shellQuote(parts.at(i));
    }
    return out;
}

bool isShellC(const QStringList &command)
{
    if (command.size() < 3)
        return false;
    const QString sh = command.first().section(u'/', -1);
    return (sh == "sh"_L1 || sh == "bash"_L1) && command.at(1) == "-c"_L1;
}

} // namespace

QStringList substituteIndex(const QStringList &command, const QString &index)
{
    QStringList out;
    out.reserve(command.size());
    for (QString a : command)
        out.append(a.replace(u"{index}"_s, index));
    return out;
}

std::optional<QJsonObject> findNotebookPod(const QList<QJsonObject> &pods, const QString &username,
                                           const QString &serverName)
{
    for (const QJsonObject &p : pods) {
        const kube::PodView v(p);
        if (v.label(u"component"_s) != "singleuser-server"_L1)
            continue;
        // KubeSpawner escapes the name in labels; the annotation holds it as is.
        const QString user = v.annotation(u"hub.jupyter.org/username"_s).isEmpty()
                                 ? v.label(u"hub.jupyter.org/username"_s)
                                 : v.annotation(u"hub.jupyter.org/username"_s);
        if (!username.isEmpty() && user != username)
            continue;
        if (v.label(u"hub.jupyter.org/servername"_s) != serverName)
            continue;
        if (v.phase() != "Running"_L1 || v.isBeingDeleted())
            continue;
        return p;
    }
    return std::nullopt;
}

Result<JobSpec> specFromNotebook(const QJsonObject &notebookPod)
{
    const kube::PodView pod(notebookPod);
    const QJsonArray containers = pod.spec().value("containers"_L1).toArray();
    if (containers.isEmpty())
        return Error::make(Error::Kind::Invalid,
                           Tr::tr("The notebook pod %1 has no container.").arg(pod.name()));
    QJsonObject c = containers.first().toObject();
    for (const QJsonValue &v : containers) {
        if (v.toObject().value("name"_L1).toString() == "notebook"_L1)
            c = v.toObject();
    }
    JobSpec s;
    s.namespaceName = pod.namespaceName();
    s.namePrefix = pod.name() + u"-clone"_s;
    s.image = c.value("image"_L1).toString();
    for (const QJsonValue &v : c.value("env"_L1).toArray()) {
        const QJsonObject e = v.toObject();
        const QString name = e.value("name"_L1).toString();
        if (isHubCredential(name))
            continue;
        s.env.append(
            EnvVar{name, e.value("value"_L1).toString(), e.value("valueFrom"_L1).toObject()});
    }
    const QJsonObject res = c.value("resources"_L1).toObject();
    QJsonObject q = res.value("requests"_L1).toObject();
    const QJsonObject lim = res.value("limits"_L1).toObject();
    for (auto it = lim.begin(); it != lim.end(); ++it) {
        if (!q.contains(it.key()))
            q.insert(it.key(), it.value());
    }
    auto text = [](const QJsonValue &v) {
        return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
    };
    s.cpu = text(q.value("cpu"_L1));
    s.memory = text(q.value("memory"_L1));
    QMap<QString, QString> selector;
    const QJsonObject sel = pod.spec().value("nodeSelector"_L1).toObject();
    for (auto it = sel.begin(); it != sel.end(); ++it)
        selector.insert(it.key(), it.value().toString());
    for (auto it = q.begin(); it != q.end(); ++it) {
        if (it.key() == "cpu"_L1 || it.key() == "memory"_L1 || it.key() == "ephemeral-storage"_L1)
            continue;
        const int n = text(it.value()).toInt();
        if (n <= 0)
            continue;
        s.accelerator.count = n;
        s.accelerator.model =
            (selector.contains(kube::NodeView::kGpuProductLabel) || it.key() != "nvidia.com/gpu"_L1)
                ? ClusterCatalog::modelIdOf(it.key(), selector)
                : QString();
        break;
    }
    s.volumes = pod.spec().value("volumes"_L1).toArray();
    s.volumeMounts = c.value("volumeMounts"_L1).toArray();
    QJsonArray tolerations;
    for (const QJsonValue &t : pod.spec().value("tolerations"_L1).toArray()) {
        if (!isDefaultToleration(t.toObject()))
            tolerations.append(t);
    }
    s.extraTolerations = tolerations;
    s.serviceAccountName = pod.spec().value("serviceAccountName"_L1).toString();
    if (s.serviceAccountName == "default"_L1)
        s.serviceAccountName.clear();
    s.createdBy = u"clone"_s;
    s.annotations.insert(QLatin1String(kClonedFromAnnotation), pod.name());
    return s;
}

Result<QList<JobSpec>> cloneNotebook(const QJsonObject &notebookPod, const CloneOptions &options)
{
    if (options.count < 1)
        return Error::make(Error::Kind::Invalid, Tr::tr("Ask for at least one copy."));
    if (options.command.isEmpty())
        return Error::make(Error::Kind::Invalid,
                           Tr::tr("Give the command the copies run (the notebook's own command "
                                  "starts a Jupyter server)."));
    auto base = specFromNotebook(notebookPod);
    if (!base.ok())
        return base.error();
    JobSpec spec = base.value();
    if (!options.namePrefix.isEmpty())
        spec.namePrefix = options.namePrefix;
    spec.priorityClass = options.priorityClass.isEmpty() ? u"lowest"_s : options.priorityClass;
    spec.localQueue = options.localQueue;
    spec.offload.enabled = options.offload;
    spec.backoffLimit = 0;

    QList<JobSpec> out;
    if (options.indexed) {
        spec.indexed = true;
        spec.parallelism = options.count;
        spec.completions = options.count;
        if (isShellC(options.command)) {
            spec.command = options.command;
            spec.command[2].replace(u"{index}"_s, u"${JOB_COMPLETION_INDEX}"_s);
        } else {
            QStringList words;
            for (const QString &a : options.command)
                words << shellWord(a);
            spec.command = QStringList{u"sh"_s, u"-c"_s, words.join(u' ')};
        }
        spec.name = generateJobName(spec.namePrefix);
        out.append(spec);
        return out;
    }
    for (int i = 0; i < options.count; ++i) {
        JobSpec s = spec;
        s.command = substituteIndex(options.command, QString::number(i));
        s.labels.insert(QLatin1String(kCloneIndexLabel), QString::number(i));
        s.name = generateJobName(spec.namePrefix + u'-' + QString::number(i));
        out.append(s);
    }
    return out;
}

} // namespace plancia::jobs
