#pragma once

#include "net/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace plancia::jobs {

class ClusterCatalog;

// Label and annotation keys Plancia writes on the Jobs it builds (and reads back).
inline constexpr char kQueueLabel[] = "kueue.x-k8s.io/queue-name";
inline constexpr char kPriorityClassLabel[] = "kueue.x-k8s.io/priority-class";
// A client-chosen id per submission: a retried create finds its own Job by it (idempotency).
inline constexpr char kSubmissionLabel[] = "plancia.io/submission-id";
// Marks Jobs made by Plancia (and by which feature: "form", "yaml", "clone").
inline constexpr char kCreatedByLabel[] = "plancia.io/created-by";
// Clones: the notebook pod they were cloned from, and their index among the N copies.
inline constexpr char kClonedFromAnnotation[] = "plancia.io/cloned-from";
inline constexpr char kCloneIndexLabel[] = "plancia.io/clone-index";
// What the user expects the job to last, in seconds (the check's "too short to offload").
inline constexpr char kExpectedDurationAnnotation[] = "plancia.io/expected-duration-seconds";
// interLink (PLATFORM-API.md section 4).
inline constexpr char kInterlinkTaintKey[] = "virtual-node.interlink/no-schedule";
inline constexpr char kSlurmFlagsAnnotation[] = "slurm-job.vk.io/flags";
inline constexpr char kSingularityOptionsAnnotation[] = "slurm-job.vk.io/singularity-options";
inline constexpr char kCvmfsAnnotationPrefix[] = "cvmfs.vk.io/"; // + volume name -> repository
inline constexpr char kFuseAnnotationPrefix[] = "fuse.vk.io/";   // + volume name -> mount script
inline constexpr char kHostnameLabel[] = "kubernetes.io/hostname";
// The LocalQueue every user namespace has for offloading (AI_INFN's chart).
inline constexpr char kOffloadQueue[] = "offload-queue";

// The form fields of a job, so that a problem (a 422 cause, a check line, a builder complaint)
// lands on the widget that can fix it. Stable: the Jobs page maps these to its editors.
enum class SpecField {
    None, // about the job as a whole
    Name,
    Image,
    Command, // command and args
    Env,
    Cpu,
    Memory,
    Accelerator, // model and count
    Parallelism,
    Completions,
    BackoffLimit,
    Priority,
    Queue,
    Offload, // the offload switch, the site, the site annotations
    Volumes,
    Duration, // expected duration / activeDeadlineSeconds
};
const char *specFieldKey(SpecField field); // "name", "image", ... (JSON, CLI, tests)

// One problem with a field: the server's path (a 422 cause's `field`, or the builder's own),
// the form field it belongs to, and the words for people.
struct FieldProblem
{
    SpecField field = SpecField::None;
    QString path;    // "spec.template.spec.containers[0].image"; empty for builder problems
    QString message; // translated (builder) or the API server's words (422)
};

// The form field a 422 cause's path names ("spec.parallelism" -> Parallelism,
// "spec.template.spec.containers[0].resources.requests[cpu]" -> Cpu, "metadata.name" -> Name).
SpecField specFieldForPath(const QString &path);
// The causes of a 422 Invalid (KubeStatus causes), each mapped to its field; a 422 without
// causes gives one problem for the whole job with the Status message. Empty for other errors.
QList<FieldProblem> fieldProblemsOf(const Error &error);

struct EnvVar
{
    QString name;
    QString value;
    // A `valueFrom` (secretKeyRef, fieldRef, ...) kept as written, e.g. from a cloned notebook.
    QJsonObject valueFrom;
};

struct Accelerator
{
    // Model id as plancia::availability names them: "t4", "rtx5000", "a100", "a30",
    // "a100-1g.10gb" (a MIG slice), "u250", "u50", "v70" (FPGAs). Empty with count > 0: any
    // GPU the queue offers.
    QString model;
    int count = 0;
    bool isNone() const { return count <= 0; }
};

struct OffloadOptions
{
    bool enabled = false;
    // A virtual node's name to pin the job to a site (nodeSelector kubernetes.io/hostname);
    // empty: any site Kueue's offloading queue and the scheduler pick.
    QString site;
    // HTCondor pool (INFN plugin): adds the toleration pool.vk.io=<pool>:NoSchedule.
    QString pool;
    // Extra `#SBATCH` lines for Slurm sites (joined with spaces into slurm-job.vk.io/flags).
    QStringList slurmFlags;
    QString singularityOptions;
    // Volume name -> CVMFS repository (annotation cvmfs.vk.io/<volume>); the volume itself is an
    // emptyDir the plugin mounts the repository on.
    QMap<QString, QString> cvmfs;
    // Volume name -> fuse mount script (annotation fuse.vk.io/<volume>).
    QMap<QString, QString> fuse;
};

// What a person asks for; buildJob() turns it into a batch/v1 Job.
struct JobSpec
{
    QString name; // empty: namePrefix + "-" + 5 random characters
    QString namePrefix = QStringLiteral("job");
    QString namespaceName; // the user's namespace
    QString image;
    QStringList command; // empty: the image's entrypoint
    QStringList args;
    QList<EnvVar> env;
    QString cpu;    // quantity ("2", "500m"); empty: none requested
    QString memory; // quantity ("4Gi", "8G"); empty: none requested
    Accelerator accelerator;
    int parallelism = 1;
    int completions = 1;
    bool indexed = false;            // completionMode: Indexed (JOB_COMPLETION_INDEX)
    std::optional<int> backoffLimit; // unset: the server's default (6)
    std::optional<qint64> activeDeadlineSeconds;
    std::optional<qint64> expectedDurationSeconds; // for the check; written as an annotation
    std::optional<int> ttlSecondsAfterFinished;
    QString priorityClass; // lowest, lower, higher, highest, fire; empty: none
    // The LocalQueue; empty: the profile's kubernetes.localQueue, or offload-queue when
    // offloading (buildJob's `defaultQueue`).
    QString localQueue;
    OffloadOptions offload;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QJsonArray volumes;          // pod volumes, as written (clone: the notebook's)
    QJsonArray volumeMounts;     // the container's mounts
    QJsonArray extraTolerations; // beyond those the builder adds
    QString serviceAccountName;
    QString containerName = QStringLiteral("main");
    QString createdBy = QStringLiteral("form"); // plancia.io/created-by
    QString submissionId;                       // empty: a new UUID at build time
};

struct BuiltJob
{
    QJsonObject job;              // batch/v1 Job; meaningful only when problems is empty
    QList<FieldProblem> problems; // what stops building it (empty image, bad quantity, ...)
    // The Kueue flavor the accelerator model maps to (empty without one or when unknown).
    QString flavor;
    bool ok() const { return problems.isEmpty(); }
};

// A batch/v1 Job from `spec`:
//  - metadata: name (generated client-side, never generateName: a retry must find it), labels
//    kueue.x-k8s.io/queue-name, plancia.io/submission-id,
//    plancia.io/created-by; annotations (site annotations, expected duration);
//  - spec: suspend true, parallelism, completions, completionMode Indexed, backoffLimit,
//    activeDeadlineSeconds, ttlSecondsAfterFinished;
//  - pod template: restartPolicy Never, priorityClassName, one container with image, command,
//    args, env, requests = limits for cpu/memory and the accelerator's resource; the
//    accelerator's flavor (from `catalog`: the cluster's ResourceFlavors and nodes) as
//    nodeSelector and tolerations; offloading: the interLink toleration, the pool toleration,
//    the site pin.
// `defaultQueue` is the profile's LocalQueue (used when spec.localQueue is empty and the job is
// not offloaded).
BuiltJob buildJob(const JobSpec &spec, const ClusterCatalog &catalog,
                  const QString &defaultQueue = {});

// A copy of an existing Job fit for creating again (resubmit): server-set fields dropped
// (uid, resourceVersion, status, the selector and controller-uid labels the job controller
// added, Kueue's injected nodeSelector is kept as written), suspend: true, a new name and
// submission id.
QJsonObject resubmittable(const QJsonObject &job, const QString &newName);

// A random DNS-1123 name: prefix (sanitised, cut so the whole is <= 63) + "-" + 5 characters.
QString generateJobName(const QString &prefix);

// Reads back the main parts of a Job as a JobSpec (for a form prefilled from YAML or for a
// resubmit from the form); what the spec cannot express is kept in volumes/labels/annotations.
JobSpec specFromJob(const QJsonObject &job);

} // namespace plancia::jobs
