#include "jobs/jobspec.h"

#include "jobs/clustercatalog.h"
#include "kube/kubeobject.h"
#include "kube/kubestatus.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace plancia::jobs {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::jobs::JobSpec)
};

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonArray toJson(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonObject toleration(const QString &key, const QString &op, const QString &value,
                       const QString &effect)
{
    QJsonObject t{{u"key"_s, key}, {u"operator"_s, op}};
    if (!value.isEmpty())
        t.insert(u"value"_s, value);
    if (!effect.isEmpty())
        t.insert(u"effect"_s, effect);
    return t;
}

const QRegularExpression &dns1123()
{
    static const QRegularExpression re(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_s);
    return re;
}

// Quantities people type: "8G" is fine for Kubernetes (10^9) and so are "4Gi", "500m", "2".
bool validQuantity(const QString &q)
{
    bool ok = false;
    const double v = kube::parseQuantity(q, &ok);
    return ok && v > 0;
}

void addTolerationOnce(QJsonArray &tolerations, const QJsonObject &t)
{
    for (const QJsonValue &v : std::as_const(tolerations)) {
        if (v.toObject() == t)
            return;
    }
    tolerations.append(t);
}

} // namespace

const char *specFieldKey(SpecField field)
{
    switch (field) {
    case SpecField::None:
        return "";
    case SpecField::Name:
        return "name";
    case SpecField::Image:
        return "image";
    case SpecField::Command:
        return "command";
    case SpecField::Env:
        return "env";
    case SpecField::Cpu:
        return "cpu";
    case SpecField::Memory:
        return "memory";
    case SpecField::Accelerator:
        return "accelerator";
    case SpecField::Parallelism:
        return "parallelism";
    case SpecField::Completions:
        return "completions";
    case SpecField::BackoffLimit:
        return "backoffLimit";
    case SpecField::Priority:
        return "priority";
    case SpecField::Queue:
        return "queue";
    case SpecField::Offload:
        return "offload";
    case SpecField::Volumes:
        return "volumes";
    case SpecField::Duration:
        return "duration";
    }
    return "";
}

SpecField specFieldForPath(const QString &path)
{
    const QString p = path.trimmed();
    if (p.isEmpty())
        return SpecField::None;
    if (p.startsWith("metadata.name"_L1) || p.startsWith("metadata.generateName"_L1))
        return SpecField::Name;
    if (p.startsWith("metadata.labels"_L1)) {
        if (p.contains("queue-name"_L1))
            return SpecField::Queue;
        if (p.contains("priority-class"_L1))
            return SpecField::Priority;
        return SpecField::None;
    }
    if (p.startsWith("metadata.annotations"_L1))
        return p.contains(".vk.io"_L1) ? SpecField::Offload : SpecField::None;
    if (p == "spec.parallelism"_L1)
        return SpecField::Parallelism;
    if (p == "spec.completions"_L1 || p.startsWith("spec.completionMode"_L1))
        return SpecField::Completions;
    if (p == "spec.backoffLimit"_L1)
        return SpecField::BackoffLimit;
    if (p.startsWith("spec.activeDeadlineSeconds"_L1))
        return SpecField::Duration;
    static const QRegularExpression container(
        u"^spec\\.template\\.spec\\.(init)?[cC]ontainers\\[\\d+\\]\\.?(.*)$"_s);
    const auto m = container.match(p);
    if (m.hasMatch()) {
        const QString rest = m.captured(2);
        if (rest.startsWith("image"_L1))
            return SpecField::Image;
        if (rest.startsWith("command"_L1) || rest.startsWith("args"_L1))
            return SpecField::Command;
        if (rest.startsWith("env"_L1))
            return SpecField::Env;
        if (rest.startsWith("volumeMounts"_L1))
            return SpecField::Volumes;
        if (rest.startsWith("resources"_L1)) {
            if (rest.contains("[cpu]"_L1) || rest.endsWith(".cpu"_L1))
                return SpecField::Cpu;
            if (rest.contains("[memory]"_L1) || rest.endsWith(".memory"_L1))
                return SpecField::Memory;
            if (rest.contains("gpu"_L1) || rest.contains("fpga"_L1) ||
                rest.contains("amd.com"_L1) || rest.contains("nvidia.com"_L1))
                return SpecField::Accelerator;
            return SpecField::Cpu;
        }
        if (rest.startsWith("name"_L1))
            return SpecField::None;
        return SpecField::None;
    }
    if (p.startsWith("spec.template.spec.priorityClassName"_L1))
        return SpecField::Priority;
    if (p.startsWith("spec.template.spec.volumes"_L1))
        return SpecField::Volumes;
    if (p.startsWith("spec.template.spec.tolerations"_L1) ||
        p.startsWith("spec.template.spec.nodeSelector"_L1)) {
        if (p.contains("hostname"_L1) || p.contains("interlink"_L1))
            return SpecField::Offload;
        return SpecField::Accelerator;
    }
    if (p.startsWith("spec.template.spec.activeDeadlineSeconds"_L1))
        return SpecField::Duration;
    return SpecField::None;
}

QList<FieldProblem> fieldProblemsOf(const Error &error)
{
    QList<FieldProblem> out;
    if (error.kind != Error::Kind::Invalid && error.httpStatus != 422)
        return out;
    const auto status = kube::KubeStatus::fromError(error);
    if (!status)
        return out;
    for (const auto &c : status->causes) {
        QString message = c.message;
        if (message.isEmpty())
            message = c.reason;
        out.append(FieldProblem{specFieldForPath(c.field), c.field, message});
    }
    if (out.isEmpty())
        out.append(FieldProblem{SpecField::None, QString(), status->message});
    return out;
}

QString generateJobName(const QString &prefix)
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789"; // as the apiserver's suffixes
    QString base = prefix.toLower();
    base.replace(QRegularExpression(u"[^a-z0-9-]+"_s), u"-"_s);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    if (base.isEmpty())
        base = u"job"_s;
    // Kueue's Workload name is job-<name>-<hash5> and must stay <= 63 as a label value; keep the
    // Job's name at most 52 like the CronJob controller does.
    base = base.left(46);
    while (base.endsWith(u'-'))
        base.chop(1);
    QString suffix;
    for (int i = 0; i < 5; ++i)
        suffix +=
            QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    return base + u'-' + suffix;
}

BuiltJob buildJob(const JobSpec &spec, const ClusterCatalog &catalog, const QString &defaultQueue)
{
    BuiltJob out;
    auto problem = [&out](SpecField f, const QString &message) {
        out.problems.append(FieldProblem{f, QString(), message});
    };

    const QString name = spec.name.isEmpty() ? generateJobName(spec.namePrefix) : spec.name;
    if (name.size() > 63 || !dns1123().match(name).hasMatch())
        problem(SpecField::Name,
                Tr::tr("The name must be at most 63 lowercase letters, digits or '-', starting "
                       "and ending with a letter or digit."));
    if (spec.image.trimmed().isEmpty())
        problem(SpecField::Image, Tr::tr("An image is required."));
    if (!spec.cpu.isEmpty() && !validQuantity(spec.cpu))
        problem(SpecField::Cpu, Tr::tr("'%1' is not a CPU amount (e.g. 2 or 500m).").arg(spec.cpu));
    if (!spec.memory.isEmpty() && !validQuantity(spec.memory))
        problem(SpecField::Memory,
                Tr::tr("'%1' is not a memory amount (e.g. 4Gi or 8G).").arg(spec.memory));
    if (spec.parallelism < 1)
        problem(SpecField::Parallelism, Tr::tr("Parallelism must be at least 1."));
    if (spec.completions < 1)
        problem(SpecField::Completions, Tr::tr("Completions must be at least 1."));
    if (spec.backoffLimit && *spec.backoffLimit < 0)
        problem(SpecField::BackoffLimit, Tr::tr("The retry limit cannot be negative."));
    for (const EnvVar &e : spec.env) {
        if (e.name.trimmed().isEmpty()) {
            problem(SpecField::Env, Tr::tr("Every environment variable needs a name."));
            break;
        }
    }
    if (!spec.priorityClass.isEmpty() && !catalog.priorityClasses.isEmpty() &&
        !catalog.priorityClassNames().contains(spec.priorityClass))
        problem(SpecField::Priority,
                Tr::tr("There is no priority class '%1' (the cluster has %2).")
                    .arg(spec.priorityClass, catalog.priorityClassNames().join(u", "_s)));

    // The accelerator: its flavor's node labels, tolerations and resource.
    QJsonObject nodeSelector;
    QJsonArray tolerations = spec.extraTolerations;
    QString acceleratorResource;
    if (!spec.accelerator.isNone()) {
        const auto choice = catalog.flavorFor(spec.accelerator.model);
        if (!choice && !spec.offload.enabled) {
            problem(SpecField::Accelerator,
                    Tr::tr("No queue of this cluster offers the accelerator '%1'.")
                        .arg(spec.accelerator.model));
        } else if (choice) {
            out.flavor = choice->flavor;
            acceleratorResource = choice->resource;
            if (!spec.offload.enabled) {
                for (auto it = choice->nodeLabels.cbegin(); it != choice->nodeLabels.cend(); ++it)
                    nodeSelector.insert(it.key(), it.value());
                for (const kube::Toleration &t : choice->tolerations)
                    addTolerationOnce(
                        tolerations,
                        toleration(t.key, t.operatorName.isEmpty() ? u"Exists"_s : t.operatorName,
                                   t.value, t.effect));
            }
        } else {
            acceleratorResource = u"nvidia.com/gpu"_s;
        }
    }

    // Offloading: the interLink toleration, the pool, the site pin.
    QJsonObject annotations = toJson(spec.annotations);
    if (spec.offload.enabled) {
        addTolerationOnce(tolerations, toleration(QLatin1String(kInterlinkTaintKey), u"Exists"_s,
                                                  QString(), QString()));
        if (!spec.offload.pool.isEmpty())
            addTolerationOnce(tolerations, toleration(u"pool.vk.io"_s, u"Equal"_s,
                                                      spec.offload.pool, u"NoSchedule"_s));
        if (!spec.offload.site.isEmpty())
            nodeSelector.insert(QLatin1String(kHostnameLabel), spec.offload.site);
        if (!spec.offload.slurmFlags.isEmpty())
            annotations.insert(QLatin1String(kSlurmFlagsAnnotation),
                               spec.offload.slurmFlags.join(u' '));
        if (!spec.offload.singularityOptions.isEmpty())
            annotations.insert(QLatin1String(kSingularityOptionsAnnotation),
                               spec.offload.singularityOptions);
        for (auto it = spec.offload.cvmfs.cbegin(); it != spec.offload.cvmfs.cend(); ++it)
            annotations.insert(QLatin1String(kCvmfsAnnotationPrefix) + it.key(), it.value());
        for (auto it = spec.offload.fuse.cbegin(); it != spec.offload.fuse.cend(); ++it)
            annotations.insert(QLatin1String(kFuseAnnotationPrefix) + it.key(), it.value());
    }
    if (spec.expectedDurationSeconds)
        annotations.insert(QLatin1String(kExpectedDurationAnnotation),
                           QString::number(*spec.expectedDurationSeconds));

    QString queue = spec.localQueue;
    if (queue.isEmpty())
        queue = spec.offload.enabled ? QLatin1String(kOffloadQueue) : defaultQueue;

    // Resources: requests = limits (extended resources must be so; cpu/memory the same so the
    // pod is Guaranteed and Kueue counts what the node gives).
    QJsonObject quantities;
    if (!spec.cpu.isEmpty())
        quantities.insert(u"cpu"_s, spec.cpu);
    if (!spec.memory.isEmpty())
        quantities.insert(u"memory"_s, spec.memory);
    if (!acceleratorResource.isEmpty())
        quantities.insert(acceleratorResource, QString::number(spec.accelerator.count));

    QJsonObject container{
        {u"name"_s, spec.containerName.isEmpty() ? u"main"_s : spec.containerName},
        {u"image"_s, spec.image.trimmed()}};
    if (!spec.command.isEmpty())
        container.insert(u"command"_s, toJson(spec.command));
    if (!spec.args.isEmpty())
        container.insert(u"args"_s, toJson(spec.args));
    if (!spec.env.isEmpty()) {
        QJsonArray env;
        for (const EnvVar &e : spec.env) {
            QJsonObject v{{u"name"_s, e.name}};
            if (!e.valueFrom.isEmpty())
                v.insert(u"valueFrom"_s, e.valueFrom);
            else
                v.insert(u"value"_s, e.value);
            env.append(v);
        }
        container.insert(u"env"_s, env);
    }
    if (!quantities.isEmpty())
        container.insert(u"resources"_s,
                         QJsonObject{{u"requests"_s, quantities}, {u"limits"_s, quantities}});
    if (!spec.volumeMounts.isEmpty())
        container.insert(u"volumeMounts"_s, spec.volumeMounts);

    QJsonObject podSpec{{u"restartPolicy"_s, u"Never"_s}, {u"containers"_s, QJsonArray{container}}};
    if (!spec.priorityClass.isEmpty())
        podSpec.insert(u"priorityClassName"_s, spec.priorityClass);
    if (!nodeSelector.isEmpty())
        podSpec.insert(u"nodeSelector"_s, nodeSelector);
    if (!tolerations.isEmpty())
        podSpec.insert(u"tolerations"_s, tolerations);
    if (!spec.volumes.isEmpty())
        podSpec.insert(u"volumes"_s, spec.volumes);
    if (!spec.serviceAccountName.isEmpty())
        podSpec.insert(u"serviceAccountName"_s, spec.serviceAccountName);

    QMap<QString, QString> labels = spec.labels;
    if (!queue.isEmpty())
        labels.insert(QLatin1String(kQueueLabel), queue);
    // The priority goes in priorityClassName only. Kueue reads kueue.x-k8s.io/priority-class as
    // the name of a WorkloadPriorityClass and refuses to make the Workload when none has that
    // name; AI_INFN's lowest..fire are Kubernetes PriorityClasses, which Kueue takes from the pod
    // template. A label the user set in a YAML file is kept as it is.
    const QString submission = spec.submissionId.isEmpty()
                                   ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                   : spec.submissionId;
    labels.insert(QLatin1String(kSubmissionLabel), submission);
    labels.insert(QLatin1String(kCreatedByLabel),
                  spec.createdBy.isEmpty() ? u"form"_s : spec.createdBy);

    QJsonObject templ{{u"spec"_s, podSpec}};
    // The pods carry the user's labels too (clone index, created-by), not Kueue's queue label.
    QMap<QString, QString> podLabels = labels;
    podLabels.remove(QLatin1String(kQueueLabel));
    podLabels.remove(QLatin1String(kPriorityClassLabel));
    podLabels.remove(QLatin1String(kSubmissionLabel));
    templ.insert(u"metadata"_s,
                 QJsonObject{{u"labels"_s, toJson(podLabels)}, {u"annotations"_s, annotations}});
    if (annotations.isEmpty())
        templ.insert(u"metadata"_s, QJsonObject{{u"labels"_s, toJson(podLabels)}});

    QJsonObject jobSpec{{u"suspend"_s, true},
                        {u"parallelism"_s, spec.parallelism},
                        {u"completions"_s, spec.completions},
                        {u"template"_s, templ}};
    if (spec.indexed)
        jobSpec.insert(u"completionMode"_s, u"Indexed"_s);
    if (spec.backoffLimit)
        jobSpec.insert(u"backoffLimit"_s, *spec.backoffLimit);
    if (spec.activeDeadlineSeconds)
        jobSpec.insert(u"activeDeadlineSeconds"_s, double(*spec.activeDeadlineSeconds));
    if (spec.ttlSecondsAfterFinished)
        jobSpec.insert(u"ttlSecondsAfterFinished"_s, *spec.ttlSecondsAfterFinished);

    QJsonObject metadata{{u"name"_s, name}, {u"labels"_s, toJson(labels)}};
    if (!spec.namespaceName.isEmpty())
        metadata.insert(u"namespace"_s, spec.namespaceName);
    if (!annotations.isEmpty())
        metadata.insert(u"annotations"_s, annotations);

    out.job = QJsonObject{{u"apiVersion"_s, u"batch/v1"_s},
                          {u"kind"_s, u"Job"_s},
                          {u"metadata"_s, metadata},
                          {u"spec"_s, jobSpec}};
    return out;
}

QJsonObject resubmittable(const QJsonObject &job, const QString &newName)
{
    QJsonObject md = job.value("metadata"_L1).toObject();
    QJsonObject out;
    QJsonObject newMd{{u"name"_s, newName}};
    if (md.contains("namespace"_L1))
        newMd.insert(u"namespace"_s, md.value("namespace"_L1));
    QJsonObject labels = md.value("labels"_L1).toObject();
    for (const char *k : {"controller-uid", "batch.kubernetes.io/controller-uid", "job-name",
                          "batch.kubernetes.io/job-name"})
        labels.remove(QLatin1String(k));
    labels.insert(QLatin1String(kSubmissionLabel),
                  QUuid::createUuid().toString(QUuid::WithoutBraces));
    newMd.insert(u"labels"_s, labels);
    QJsonObject annotations = md.value("annotations"_L1).toObject();
    annotations.remove(u"kubectl.kubernetes.io/last-applied-configuration"_s);
    if (!annotations.isEmpty())
        newMd.insert(u"annotations"_s, annotations);

    QJsonObject spec = job.value("spec"_L1).toObject();
    spec.remove(u"selector"_s);
    spec.remove(u"manualSelector"_s);
    spec.insert(u"suspend"_s, true);
    QJsonObject templ = spec.value("template"_L1).toObject();
    QJsonObject tmd = templ.value("metadata"_L1).toObject();
    QJsonObject tl = tmd.value("labels"_L1).toObject();
    for (const char *k : {"controller-uid", "batch.kubernetes.io/controller-uid", "job-name",
                          "batch.kubernetes.io/job-name"})
        tl.remove(QLatin1String(k));
    tmd.insert(u"labels"_s, tl);
    tmd.remove(u"creationTimestamp"_s);
    templ.insert(u"metadata"_s, tmd);
    spec.insert(u"template"_s, templ);

    out.insert(u"apiVersion"_s, job.value("apiVersion"_L1).toString(u"batch/v1"_s));
    out.insert(u"kind"_s, u"Job"_s);
    out.insert(u"metadata"_s, newMd);
    out.insert(u"spec"_s, spec);
    return out;
}

JobSpec specFromJob(const QJsonObject &job)
{
    JobSpec s;
    const QJsonObject md = job.value("metadata"_L1).toObject();
    const QJsonObject spec = job.value("spec"_L1).toObject();
    const QJsonObject podSpec = spec.value("template"_L1).toObject().value("spec"_L1).toObject();
    s.name = md.value("name"_L1).toString();
    s.namespaceName = md.value("namespace"_L1).toString();
    const QJsonObject labels = md.value("labels"_L1).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        s.labels.insert(it.key(), it.value().toString());
    s.localQueue = s.labels.take(QLatin1String(kQueueLabel));
    s.labels.remove(QLatin1String(kPriorityClassLabel));
    s.submissionId = s.labels.take(QLatin1String(kSubmissionLabel));
    s.createdBy = s.labels.take(QLatin1String(kCreatedByLabel));
    if (s.createdBy.isEmpty())
        s.createdBy = u"yaml"_s;
    const QJsonObject ann = md.value("annotations"_L1).toObject();
    for (auto it = ann.begin(); it != ann.end(); ++it) {
        const QString k = it.key();
        const QString v = it.value().toString();
        if (k == QLatin1String(kSlurmFlagsAnnotation))
            s.offload.slurmFlags = v.split(u' ', Qt::SkipEmptyParts);
        else if (k == QLatin1String(kSingularityOptionsAnnotation))
            s.offload.singularityOptions = v;
        else if (k.startsWith(QLatin1String(kCvmfsAnnotationPrefix)))
            s.offload.cvmfs.insert(k.mid(int(qstrlen(kCvmfsAnnotationPrefix))), v);
        else if (k.startsWith(QLatin1String(kFuseAnnotationPrefix)))
            s.offload.fuse.insert(k.mid(int(qstrlen(kFuseAnnotationPrefix))), v);
        else if (k == QLatin1String(kExpectedDurationAnnotation))
            s.expectedDurationSeconds = v.toLongLong();
        else
            s.annotations.insert(k, v);
    }
    s.parallelism = spec.value("parallelism"_L1).toInt(1);
    s.completions = spec.value("completions"_L1).toInt(1);
    s.indexed = spec.value("completionMode"_L1).toString() == "Indexed"_L1;
    if (spec.contains("backoffLimit"_L1))
        s.backoffLimit = spec.value("backoffLimit"_L1).toInt();
    if (spec.contains("activeDeadlineSeconds"_L1))
        s.activeDeadlineSeconds = qint64(spec.value("activeDeadlineSeconds"_L1).toDouble());
    if (spec.contains("ttlSecondsAfterFinished"_L1))
        s.ttlSecondsAfterFinished = spec.value("ttlSecondsAfterFinished"_L1).toInt();
    s.priorityClass = podSpec.value("priorityClassName"_L1).toString();
    s.serviceAccountName = podSpec.value("serviceAccountName"_L1).toString();
    s.volumes = podSpec.value("volumes"_L1).toArray();
    const QJsonObject selector = podSpec.value("nodeSelector"_L1).toObject();
    QJsonArray keptTolerations;
    for (const QJsonValue &v : podSpec.value("tolerations"_L1).toArray()) {
        const QJsonObject t = v.toObject();
        const QString key = t.value("key"_L1).toString();
        if (key == QLatin1String(kInterlinkTaintKey))
            s.offload.enabled = true;
        else if (key == "pool.vk.io"_L1)
            s.offload.pool = t.value("value"_L1).toString();
        else if (key != "nvidia.com/gpu"_L1)
            keptTolerations.append(t);
    }
    s.extraTolerations = keptTolerations;
    if (s.offload.enabled)
        s.offload.site = selector.value(QLatin1String(kHostnameLabel)).toString();
    if (s.offload.enabled && s.localQueue == QLatin1String(kOffloadQueue))
        s.localQueue.clear();

    const QJsonObject c = podSpec.value("containers"_L1).toArray().first().toObject();
    s.containerName = c.value("name"_L1).toString(u"main"_s);
    s.image = c.value("image"_L1).toString();
    for (const QJsonValue &v : c.value("command"_L1).toArray())
        s.command.append(v.toString());
    for (const QJsonValue &v : c.value("args"_L1).toArray())
        s.args.append(v.toString());
    for (const QJsonValue &v : c.value("env"_L1).toArray()) {
        const QJsonObject e = v.toObject();
        s.env.append(EnvVar{e.value("name"_L1).toString(), e.value("value"_L1).toString(),
                            e.value("valueFrom"_L1).toObject()});
    }
    s.volumeMounts = c.value("volumeMounts"_L1).toArray();
    const QJsonObject resources = c.value("resources"_L1).toObject();
    QJsonObject q = resources.value("requests"_L1).toObject();
    if (q.isEmpty())
        q = resources.value("limits"_L1).toObject();
    auto text = [](const QJsonValue &v) {
        return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
    };
    s.cpu = text(q.value("cpu"_L1));
    s.memory = text(q.value("memory"_L1));
    for (auto it = q.begin(); it != q.end(); ++it) {
        if (it.key() == "cpu"_L1 || it.key() == "memory"_L1 || it.key() == "ephemeral-storage"_L1)
            continue;
        s.accelerator.count = text(it.value()).toInt();
        // The model: from the GPU product selector, else the FPGA shell in the resource.
        const QString product = selector.value("nvidia.com/gpu.product"_L1).toString();
        if (!product.isEmpty()) {
            s.accelerator.model =
                ClusterCatalog::modelIdOf(it.key(), {{u"nvidia.com/gpu.product"_s, product}});
        } else if (it.key() != "nvidia.com/gpu"_L1) {
            s.accelerator.model = ClusterCatalog::modelIdOf(it.key(), {});
        }
        break;
    }
    return s;
}

} // namespace plancia::jobs
