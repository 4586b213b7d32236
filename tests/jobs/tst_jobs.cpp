// core/jobs without a server: the builder's JSON for every option, YAML in and out, the 422
// causes on form fields, the notebook clone, the check's problems, the state from Workload
// conditions (eviction and requeue included), "why pending" from fixtures, event matching and
// log lines.
#include "jobs/jobcheck.h"
#include "jobs/joblogs.h"
#include "jobs/jobspec.h"
#include "jobs/jobstate.h"
#include "jobs/jobyaml.h"
#include "jobs/notebookclone.h"
#include "jobsfixtures.h"
#include "kube/kubestatus.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace plancia;
using namespace plancia::jobs;

namespace {

QJsonObject podSpecOf(const QJsonObject &job)
{
    return job.value(QLatin1String("spec"))
        .toObject()
        .value(QLatin1String("template"))
        .toObject()
        .value(QLatin1String("spec"))
        .toObject();
}

QJsonObject containerOf(const QJsonObject &job)
{
    return podSpecOf(job).value(QLatin1String("containers")).toArray().first().toObject();
}

QJsonObject labelsOf(const QJsonObject &job)
{
    return job.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("labels"))
        .toObject();
}

QJsonObject annotationsOf(const QJsonObject &job)
{
    return job.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("annotations"))
        .toObject();
}

bool hasToleration(const QJsonObject &job, const QString &key)
{
    for (const QJsonValue &t : podSpecOf(job).value(QLatin1String("tolerations")).toArray()) {
        if (t.toObject().value(QLatin1String("key")).toString() == key)
            return true;
    }
    return false;
}

JobSpec basicSpec()
{
    JobSpec s;
    s.name = QStringLiteral("train-1");
    s.namespaceName = QStringLiteral("user-mrossi");
    s.image = QStringLiteral("python:3.12");
    s.command = {QStringLiteral("python"), QStringLiteral("train.py")};
    s.args = {QStringLiteral("--epochs"), QStringLiteral("3")};
    s.env = {EnvVar{QStringLiteral("SEED"), QStringLiteral("7"), {}}};
    s.cpu = QStringLiteral("2");
    s.memory = QStringLiteral("4Gi");
    return s;
}

QJsonObject condition(const QString &type, bool status, const QString &reason,
                      const QString &message = {})
{
    return QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False")},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("message"), message},
        {QStringLiteral("lastTransitionTime"), QStringLiteral("2026-12-01T10:00:00Z")}};
}

QJsonObject workloadWith(const QJsonArray &conditions, const QString &clusterQueue = {})
{
    QJsonObject status{{QStringLiteral("conditions"), conditions}};
    if (!clusterQueue.isEmpty())
        status.insert(
            QStringLiteral("admission"),
            QJsonObject{{QStringLiteral("clusterQueue"), clusterQueue},
                        {QStringLiteral("podSetAssignments"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("name"), QStringLiteral("main")},
                             {QStringLiteral("count"), 1},
                             {QStringLiteral("flavors"),
                              QJsonObject{{QStringLiteral("cpu"), QStringLiteral("gpu-t4")},
                                          {QStringLiteral("nvidia.com/gpu"),
                                           QStringLiteral("gpu-t4")}}}}}}});
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("Workload")},
                       {QStringLiteral("metadata"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("job-train-1-abcde")},
                                    {QStringLiteral("namespace"), QStringLiteral("user-mrossi")}}},
                       {QStringLiteral("spec"),
                        QJsonObject{{QStringLiteral("queueName"), QStringLiteral("user-queue")}}},
                       {QStringLiteral("status"), status}};
}

QJsonObject builtJob(const JobSpec &spec = basicSpec())
{
    return buildJob(spec, test::fleetCatalog(), QStringLiteral("user-queue")).job;
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builderBasics();
    void builderOptions();
    void builderAccelerators_data();
    void builderAccelerators();
    void builderOffload();
    void builderProblems();
    void generatedNamesAreClientSide();
    void specFromJobRoundTrip();
    void yamlRoundTrip();
    void yamlMalformed();
    void fieldProblemsFromA422();
    void cloneNotebook();
    void cloneIndexed();
    void checkProblems();
    void checkCleanJobHasNoProblems();
    void stateFromWorkloadConditions_data();
    void stateFromWorkloadConditions();
    void whyPendingFromFixtures();
    void pendingWorkloadsParse();
    void eventsOfAJob();
    void logLineParse();
};

void TestJobs::initTestCase()
{
    test::initTestEnvironment();
    QVERIFY(!test::fleetCatalog().flavors.isEmpty());
}

void TestJobs::builderBasics()
{
    const BuiltJob b = buildJob(basicSpec(), test::fleetCatalog(), QStringLiteral("user-queue"));
    QVERIFY(b.ok());
    const QJsonObject job = b.job;
    QCOMPARE(job.value(QLatin1String("apiVersion")).toString(), QStringLiteral("batch/v1"));
    QCOMPARE(job.value(QLatin1String("kind")).toString(), QStringLiteral("Job"));
    const QJsonObject md = job.value(QLatin1String("metadata")).toObject();
    QCOMPARE(md.value(QLatin1String("name")).toString(), QStringLiteral("train-1"));
    QCOMPARE(md.value(QLatin1String("namespace")).toString(), QStringLiteral("user-mrossi"));
    QVERIFY(!md.contains(QLatin1String("generateName")));
    const QJsonObject labels = labelsOf(job);
    QCOMPARE(labels.value(QLatin1String(kQueueLabel)).toString(), QStringLiteral("user-queue"));
    QVERIFY(!labels.value(QLatin1String(kSubmissionLabel)).toString().isEmpty());
    QCOMPARE(labels.value(QLatin1String(kCreatedByLabel)).toString(), QStringLiteral("form"));
    const QJsonObject spec = job.value(QLatin1String("spec")).toObject();
    QCOMPARE(spec.value(QLatin1String("suspend")).toBool(), true);
    QCOMPARE(spec.value(QLatin1String("parallelism")).toInt(), 1);
    QCOMPARE(spec.value(QLatin1String("completions")).toInt(), 1);
    QVERIFY(!spec.contains(QLatin1String("completionMode")));
    QCOMPARE(podSpecOf(job).value(QLatin1String("restartPolicy")).toString(),
             QStringLiteral("Never"));
    const QJsonObject c = containerOf(job);
    QCOMPARE(c.value(QLatin1String("image")).toString(), QStringLiteral("python:3.12"));
    QCOMPARE(c.value(QLatin1String("command")).toArray(),
             (QJsonArray{QStringLiteral("python"), QStringLiteral("train.py")}));
    QCOMPARE(c.value(QLatin1String("args")).toArray(),
             (QJsonArray{QStringLiteral("--epochs"), QStringLiteral("3")}));
    QCOMPARE(c.value(QLatin1String("env")).toArray().first().toObject(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("SEED")},
                          {QStringLiteral("value"), QStringLiteral("7")}}));
    const QJsonObject res = c.value(QLatin1String("resources")).toObject();
    const QJsonObject want{{QStringLiteral("cpu"), QStringLiteral("2")},
                           {QStringLiteral("memory"), QStringLiteral("4Gi")}};
    QCOMPARE(res.value(QLatin1String("requests")).toObject(), want);
    QCOMPARE(res.value(QLatin1String("limits")).toObject(), want);
    QVERIFY(!podSpecOf(job).contains(QLatin1String("nodeSelector")));
    QVERIFY(!podSpecOf(job).contains(QLatin1String("priorityClassName")));
}

void TestJobs::builderOptions()
{
    JobSpec s = basicSpec();
    s.parallelism = 4;
    s.completions = 8;
    s.indexed = true;
    s.backoffLimit = 2;
    s.activeDeadlineSeconds = 3600;
    s.ttlSecondsAfterFinished = 600;
    s.priorityClass = QStringLiteral("fire");
    s.localQueue = QStringLiteral("other-queue");
    s.expectedDurationSeconds = 1800;
    s.env.append(EnvVar{QStringLiteral("TOKEN"),
                        {},
                        QJsonObject{{QStringLiteral("secretKeyRef"),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("s")},
                                                 {QStringLiteral("key"), QStringLiteral("k")}}}}});
    const QJsonObject job = builtJob(s);
    const QJsonObject spec = job.value(QLatin1String("spec")).toObject();
    QCOMPARE(spec.value(QLatin1String("parallelism")).toInt(), 4);
    QCOMPARE(spec.value(QLatin1String("completions")).toInt(), 8);
    QCOMPARE(spec.value(QLatin1String("completionMode")).toString(), QStringLiteral("Indexed"));
    QCOMPARE(spec.value(QLatin1String("backoffLimit")).toInt(), 2);
    QCOMPARE(spec.value(QLatin1String("activeDeadlineSeconds")).toInt(), 3600);
    QCOMPARE(spec.value(QLatin1String("ttlSecondsAfterFinished")).toInt(), 600);
    QCOMPARE(podSpecOf(job).value(QLatin1String("priorityClassName")).toString(),
             QStringLiteral("fire"));
    // Not Kueue's WorkloadPriorityClass label: AI_INFN's classes are PriorityClasses.
    QVERIFY(!labelsOf(job).contains(QLatin1String(kPriorityClassLabel)));
    QCOMPARE(labelsOf(job).value(QLatin1String(kQueueLabel)).toString(),
             QStringLiteral("other-queue"));
    QCOMPARE(annotationsOf(job).value(QLatin1String(kExpectedDurationAnnotation)).toString(),
             QStringLiteral("1800"));
    const QJsonArray env = containerOf(job).value(QLatin1String("env")).toArray();
    QCOMPARE(env.size(), 2);
    QVERIFY(env.at(1)
                .toObject()
                .value(QLatin1String("valueFrom"))
                .toObject()
                .contains(QLatin1String("secretKeyRef")));
    QVERIFY(!env.at(1).toObject().contains(QLatin1String("value")));
    // An unknown priority class is the builder's problem when the cluster's classes are known.
    s.priorityClass = QStringLiteral("urgent");
    const BuiltJob bad = buildJob(s, test::fleetCatalog(), {});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.problems.first().field, SpecField::Priority);
}

void TestJobs::builderAccelerators_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("selectorKey");
    QTest::addColumn<QString>("selectorValue");
    QTest::newRow("t4") << "t4" << 2 << "gpu-t4"
                        << "nvidia.com/gpu"
                        << "nvidia.com/gpu.product"
                        << "Tesla-T4";
    QTest::newRow("rtx5000") << "rtx5000" << 1 << "gpu-rtx5000"
                             << "nvidia.com/gpu"
                             << "nvidia.com/gpu.product"
                             << "Quadro-RTX-5000";
    QTest::newRow("a100 (whole, MIG 7g)") << "a100" << 1 << "gpu-a100"
                                          << "nvidia.com/gpu"
                                          << "nvidia.com/gpu.product"
                                          << "NVIDIA-A100-80GB-PCIe-MIG-7g.80gb";
    QTest::newRow("MIG 1g.10gb") << "a100-1g.10gb" << 3 << "gpu-mig-1g.10gb"
                                 << "nvidia.com/gpu"
                                 << "nvidia.com/gpu.product"
                                 << "NVIDIA-A100-80GB-PCIe-MIG-1g.10gb";
    QTest::newRow("FPGA U250") << "u250" << 1 << "fpga"
                               << "xilinx.com/fpga-xilinx_u250_gen3x16_xdma_shell_4_1"
                               << "accelerator"
                               << "fpga";
    QTest::newRow("FPGA V70") << "v70" << 1 << "fpga"
                              << "amd.com/xilinx_v70_gen5x8_qdma_base_2"
                              << "accelerator"
                              << "fpga";
}

void TestJobs::builderAccelerators()
{
    QFETCH(QString, model);
    QFETCH(int, count);
    QFETCH(QString, flavor);
    QFETCH(QString, resource);
    QFETCH(QString, selectorKey);
    QFETCH(QString, selectorValue);
    JobSpec s = basicSpec();
    s.accelerator = Accelerator{model, count};
    const BuiltJob b = buildJob(s, test::fleetCatalog(), QStringLiteral("user-queue"));
    QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.problems.first().message));
    QCOMPARE(b.flavor, flavor);
    const QJsonObject res = containerOf(b.job).value(QLatin1String("resources")).toObject();
    QCOMPARE(res.value(QLatin1String("limits")).toObject().value(resource).toString(),
             QString::number(count));
    QCOMPARE(res.value(QLatin1String("requests")).toObject().value(resource).toString(),
             QString::number(count));
    QCOMPARE(podSpecOf(b.job)
                 .value(QLatin1String("nodeSelector"))
                 .toObject()
                 .value(selectorKey)
                 .toString(),
             selectorValue);
    if (resource == QLatin1String("nvidia.com/gpu"))
        QVERIFY(hasToleration(b.job, QStringLiteral("nvidia.com/gpu")));
    // Read back: the same model.
    QCOMPARE(specFromJob(b.job).accelerator.model, model);
    QCOMPARE(specFromJob(b.job).accelerator.count, count);
}

void TestJobs::builderOffload()
{
    JobSpec s = basicSpec();
    s.offload.enabled = true;
    s.offload.site = QStringLiteral("leonardo-virtual-node");
    s.offload.pool = QStringLiteral("pool-tier1-ai");
    s.offload.slurmFlags = {QStringLiteral("--partition=boost_usr_prod"),
                            QStringLiteral("--time=02:00:00")};
    s.offload.singularityOptions = QStringLiteral("--nv");
    s.offload.cvmfs.insert(QStringLiteral("sw"), QStringLiteral("sft.cern.ch"));
    s.offload.fuse.insert(QStringLiteral("data"), QStringLiteral("mount-s3.sh"));
    const QJsonObject job = builtJob(s);
    QCOMPARE(labelsOf(job).value(QLatin1String(kQueueLabel)).toString(),
             QLatin1String(kOffloadQueue));
    QVERIFY(hasToleration(job, QLatin1String(kInterlinkTaintKey)));
    QVERIFY(hasToleration(job, QStringLiteral("pool.vk.io")));
    QCOMPARE(podSpecOf(job).value(QLatin1String("nodeSelector")).toObject(),
             (QJsonObject{{QStringLiteral("kubernetes.io/hostname"),
                           QStringLiteral("leonardo-virtual-node")}}));
    const QJsonObject ann = annotationsOf(job);
    QCOMPARE(ann.value(QLatin1String(kSlurmFlagsAnnotation)).toString(),
             QStringLiteral("--partition=boost_usr_prod --time=02:00:00"));
    QCOMPARE(ann.value(QLatin1String(kSingularityOptionsAnnotation)).toString(),
             QStringLiteral("--nv"));
    QCOMPARE(ann.value(QStringLiteral("cvmfs.vk.io/sw")).toString(), QStringLiteral("sft.cern.ch"));
    QCOMPARE(ann.value(QStringLiteral("fuse.vk.io/data")).toString(),
             QStringLiteral("mount-s3.sh"));
    // The pod template carries them too: the plugins read the pod's annotations.
    const QJsonObject podAnn = job.value(QLatin1String("spec"))
                                   .toObject()
                                   .value(QLatin1String("template"))
                                   .toObject()
                                   .value(QLatin1String("metadata"))
                                   .toObject()
                                   .value(QLatin1String("annotations"))
                                   .toObject();
    QCOMPARE(podAnn.value(QLatin1String(kSlurmFlagsAnnotation)),
             ann.value(QLatin1String(kSlurmFlagsAnnotation)));
    const JobSpec back = specFromJob(job);
    QVERIFY(back.offload.enabled);
    QCOMPARE(back.offload.site, s.offload.site);
    QCOMPARE(back.offload.pool, s.offload.pool);
    QCOMPARE(back.offload.slurmFlags, s.offload.slurmFlags);
    QCOMPARE(back.offload.cvmfs, s.offload.cvmfs);
}

void TestJobs::builderProblems()
{
    JobSpec s = basicSpec();
    s.image.clear();
    s.cpu = QStringLiteral("lots");
    s.memory = QStringLiteral("-1Gi");
    s.name = QStringLiteral("Bad_Name");
    s.parallelism = 0;
    s.accelerator = Accelerator{QStringLiteral("h100"), 1};
    const BuiltJob b = buildJob(s, test::fleetCatalog(), {});
    QVERIFY(!b.ok());
    QSet<SpecField> fields;
    for (const FieldProblem &p : b.problems) {
        fields.insert(p.field);
        QVERIFY(!p.message.isEmpty());
    }
    QCOMPARE(fields,
             (QSet<SpecField>{SpecField::Image, SpecField::Cpu, SpecField::Memory, SpecField::Name,
                              SpecField::Parallelism, SpecField::Accelerator}));
}

void TestJobs::generatedNamesAreClientSide()
{
    JobSpec s = basicSpec();
    s.name.clear();
    s.namePrefix = QStringLiteral("My Train_Job");
    const QJsonObject a = builtJob(s);
    const QJsonObject b = builtJob(s);
    const QString na =
        a.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    const QString nb =
        b.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    QVERIFY(na.startsWith(QStringLiteral("my-train-job-")));
    QCOMPARE(na.size(), QStringLiteral("my-train-job-").size() + 5);
    QVERIFY(na != nb);
    QVERIFY(labelsOf(a).value(QLatin1String(kSubmissionLabel)) !=
            labelsOf(b).value(QLatin1String(kSubmissionLabel)));
    QVERIFY(generateJobName(QString(200, u'a')).size() <= 52);
}

void TestJobs::specFromJobRoundTrip()
{
    JobSpec s = basicSpec();
    s.accelerator = Accelerator{QStringLiteral("t4"), 1};
    s.priorityClass = QStringLiteral("lowest");
    s.parallelism = 2;
    s.completions = 4;
    s.indexed = true;
    s.backoffLimit = 1;
    const QJsonObject job = builtJob(s);
    JobSpec back = specFromJob(job);
    QCOMPARE(back.image, s.image);
    QCOMPARE(back.command, s.command);
    QCOMPARE(back.args, s.args);
    QCOMPARE(back.cpu, s.cpu);
    QCOMPARE(back.memory, s.memory);
    QCOMPARE(back.priorityClass, s.priorityClass);
    QCOMPARE(back.parallelism, 2);
    QCOMPARE(back.completions, 4);
    QVERIFY(back.indexed);
    QCOMPARE(back.backoffLimit, std::optional<int>(1));
    // Built again from what was read back: the same Job.
    QCOMPARE(buildJob(back, test::fleetCatalog(), QStringLiteral("user-queue")).job, job);
}

void TestJobs::yamlRoundTrip()
{
    JobSpec s = basicSpec();
    s.env = {EnvVar{QStringLiteral("FLAG"), QStringLiteral("true"), {}},
             EnvVar{QStringLiteral("NUM"), QStringLiteral("0777"), {}},
             EnvVar{QStringLiteral("EMPTY"), QString(), {}},
             EnvVar{QStringLiteral("NULLISH"), QStringLiteral("null"), {}},
             EnvVar{QStringLiteral("MULTI"), QStringLiteral("line one\nline two"), {}},
             EnvVar{QStringLiteral("COLON"), QStringLiteral("a: b # c"), {}}};
    s.accelerator = Accelerator{QStringLiteral("a100"), 2};
    s.activeDeadlineSeconds = 7200;
    const QJsonObject job = builtJob(s);
    const QByteArray yaml = toYaml(job);
    QVERIFY(yaml.startsWith("apiVersion: batch/v1\nkind: Job\nmetadata:"));
    QVERIFY(yaml.contains("\"true\""));
    QVERIFY(yaml.contains("\"0777\""));
    const auto back = jobFromYaml(yaml);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back.value(), job);

    // A hand-written file with kubectl's usual spellings.
    const QByteArray handWritten = "# my job\n"
                                   "apiVersion: batch/v1\n"
                                   "kind: Job\n"
                                   "metadata:\n"
                                   "  name: hand\n"
                                   "spec:\n"
                                   "  backoffLimit: 0\n"
                                   "  template:\n"
                                   "    spec:\n"
                                   "      restartPolicy: Never\n"
                                   "      containers:\n"
                                   "      - name: main\n"
                                   "        image: busybox\n"
                                   "        command: [\"sh\", \"-c\", 'echo hi']\n"
                                   "        resources: {limits: {cpu: 1, memory: 1Gi}}\n";
    const auto hand = jobFromYaml(handWritten);
    QVERIFY(hand.ok());
    const QJsonObject c = containerOf(hand.value());
    QCOMPARE(c.value(QLatin1String("command")).toArray().at(2).toString(),
             QStringLiteral("echo hi"));
    QCOMPARE(c.value(QLatin1String("resources"))
                 .toObject()
                 .value(QLatin1String("limits"))
                 .toObject()
                 .value(QLatin1String("cpu"))
                 .toDouble(),
             1.0);
    QCOMPARE(hand.value()
                 .value(QLatin1String("spec"))
                 .toObject()
                 .value(QLatin1String("backoffLimit"))
                 .toInt(-1),
             0);
    // Several documents: the Job among them.
    const auto multi =
        jobFromYaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n" + handWritten);
    QVERIFY(multi.ok());
    QCOMPARE(multi.value()
                 .value(QLatin1String("metadata"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("hand"));
}

void TestJobs::yamlMalformed()
{
    const auto bad = jobFromYaml("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: [unclosed\n");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, Error::Kind::Parse);
    QVERIFY2(bad.error().message.contains(QStringLiteral("line ")),
             qPrintable(bad.error().message));
    QVERIFY(!bad.error().message.contains(QStringLiteral("yaml-cpp")));
    const auto tabs = jobFromYaml("apiVersion: batch/v1\nkind: Job\n\tspec: {}\n");
    QVERIFY(!tabs.ok());
    QVERIFY(tabs.error().message.contains(QStringLiteral("line 3")));
    const auto notJob = jobFromYaml("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n");
    QVERIFY(!notJob.ok());
    QVERIFY(notJob.error().message.contains(QStringLiteral("Pod")));
    QVERIFY(!jobFromYaml("").ok());
    QVERIFY(!jobFromYaml("- a\n- b\n").ok());
    const auto oldApi = jobFromYaml("apiVersion: batch/v2\nkind: Job\n");
    QVERIFY(!oldApi.ok());
    QVERIFY(oldApi.error().message.contains(QStringLiteral("batch/v2")));
}

void TestJobs::fieldProblemsFromA422()
{
    kube::KubeStatus st;
    st.code = 422;
    st.reason = QStringLiteral("Invalid");
    st.message = QStringLiteral("Job.batch \"x\" is invalid");
    st.causes = {
        {QStringLiteral("spec.template.spec.containers[0].image"), QStringLiteral("Required value"),
         QStringLiteral("FieldValueRequired")},
        {QStringLiteral("spec.parallelism"), QStringLiteral("must be >= 0"),
         QStringLiteral("FieldValueInvalid")},
        {QStringLiteral("spec.template.spec.containers[0].resources.requests[cpu]"),
         QStringLiteral("must be less than or equal to cpu limit"),
         QStringLiteral("FieldValueInvalid")},
        {QStringLiteral("spec.template.spec.containers[0].resources.limits[nvidia.com/gpu]"),
         QStringLiteral("must be an integer"), QStringLiteral("FieldValueInvalid")},
        {QStringLiteral("metadata.name"), QStringLiteral("a lowercase RFC 1123 subdomain"),
         QStringLiteral("FieldValueInvalid")},
        {QStringLiteral("spec.template.spec.restartPolicy"), QStringLiteral("Unsupported value"),
         QStringLiteral("FieldValueNotSupported")}};
    const Error e = kube::errorFromStatus(st);
    const QList<FieldProblem> problems = fieldProblemsOf(e);
    QCOMPARE(problems.size(), 6);
    QCOMPARE(problems.at(0).field, SpecField::Image);
    QCOMPARE(problems.at(0).message, QStringLiteral("Required value"));
    QCOMPARE(problems.at(1).field, SpecField::Parallelism);
    QCOMPARE(problems.at(2).field, SpecField::Cpu);
    QCOMPARE(problems.at(3).field, SpecField::Accelerator);
    QCOMPARE(problems.at(4).field, SpecField::Name);
    QCOMPARE(problems.at(5).field, SpecField::None);
    QCOMPARE(problems.at(5).path, QStringLiteral("spec.template.spec.restartPolicy"));
    QCOMPARE(specFieldForPath(QStringLiteral("spec.template.spec.containers[0].env[2].name")),
             SpecField::Env);
    QCOMPARE(specFieldForPath(QStringLiteral("spec.template.spec.containers[0].args")),
             SpecField::Command);
    QCOMPARE(specFieldForPath(QStringLiteral("spec.template.spec.priorityClassName")),
             SpecField::Priority);
    QCOMPARE(specFieldForPath(QStringLiteral("spec.completions")), SpecField::Completions);
    QCOMPARE(specFieldForPath(QStringLiteral("spec.backoffLimit")), SpecField::BackoffLimit);
    // Not a 422: nothing for the form.
    QVERIFY(fieldProblemsOf(Error::make(Error::Kind::Network, QStringLiteral("down"))).isEmpty());
}

void TestJobs::cloneNotebook()
{
    const QJsonObject pod = test::notebookPod();
    QVERIFY(findNotebookPod({pod}, QStringLiteral("mrossi")).has_value());
    QVERIFY(!findNotebookPod({pod}, QStringLiteral("gbianchi")).has_value());
    QVERIFY(!findNotebookPod({pod}, QStringLiteral("mrossi"), QStringLiteral("gpu")).has_value());

    CloneOptions o;
    o.count = 3;
    o.command = {QStringLiteral("python"), QStringLiteral("scan.py"),
                 QStringLiteral("--shard={index}")};
    const auto specs = jobs::cloneNotebook(pod, o);
    QVERIFY(specs.ok());
    QCOMPARE(specs.value().size(), 3);
    QSet<QString> names;
    for (int i = 0; i < 3; ++i) {
        const JobSpec &s = specs.value().at(i);
        const BuiltJob b = buildJob(s, test::fleetCatalog(), QStringLiteral("user-queue"));
        QVERIFY(b.ok());
        names.insert(s.name);
        const QJsonObject c = containerOf(b.job);
        const QJsonObject nc = pod.value(QLatin1String("spec"))
                                   .toObject()
                                   .value(QLatin1String("containers"))
                                   .toArray()
                                   .first()
                                   .toObject();
        // Equal to the notebook ...
        QCOMPARE(c.value(QLatin1String("image")), nc.value(QLatin1String("image")));
        QCOMPARE(c.value(QLatin1String("volumeMounts")), nc.value(QLatin1String("volumeMounts")));
        QCOMPARE(podSpecOf(b.job).value(QLatin1String("volumes")),
                 pod.value(QLatin1String("spec")).toObject().value(QLatin1String("volumes")));
        QCOMPARE(c.value(QLatin1String("resources")).toObject().value(QLatin1String("requests")),
                 nc.value(QLatin1String("resources")).toObject().value(QLatin1String("requests")));
        QCOMPARE(podSpecOf(b.job).value(QLatin1String("nodeSelector")),
                 pod.value(QLatin1String("spec")).toObject().value(QLatin1String("nodeSelector")));
        QCOMPARE(b.flavor, QStringLiteral("gpu-mig-1g.10gb"));
        // ... env but the hub's token ...
        const QJsonArray env = c.value(QLatin1String("env")).toArray();
        QCOMPARE(env.size(), 2);
        QCOMPARE(env.at(0).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("JUPYTERHUB_USER"));
        QVERIFY(env.at(1).toObject().value(QLatin1String("valueFrom")).isObject());
        QVERIFY(!QJsonDocument(b.job).toJson().contains("not-for-jobs"));
        // ... but for the command.
        QCOMPARE(c.value(QLatin1String("command")).toArray(),
                 (QJsonArray{QStringLiteral("python"), QStringLiteral("scan.py"),
                             QStringLiteral("--shard=%1").arg(i)}));
        QCOMPARE(labelsOf(b.job).value(QLatin1String(kCloneIndexLabel)).toString(),
                 QString::number(i));
        QCOMPARE(labelsOf(b.job).value(QLatin1String(kCreatedByLabel)).toString(),
                 QStringLiteral("clone"));
        QCOMPARE(annotationsOf(b.job).value(QLatin1String(kClonedFromAnnotation)).toString(),
                 QStringLiteral("jupyter-mrossi"));
        QCOMPARE(podSpecOf(b.job).value(QLatin1String("priorityClassName")).toString(),
                 QStringLiteral("lowest"));
        // The apiserver's own tolerations are not copied.
        QVERIFY(!hasToleration(b.job, QStringLiteral("node.kubernetes.io/not-ready")));
    }
    QCOMPARE(names.size(), 3);
    // No command: an error in words.
    CloneOptions none;
    none.count = 2;
    QVERIFY(!jobs::cloneNotebook(pod, none).ok());
}

void TestJobs::cloneIndexed()
{
    CloneOptions o;
    o.count = 5;
    o.indexed = true;
    o.command = {QStringLiteral("python"), QStringLiteral("scan.py"),
                 QStringLiteral("--shard={index}"), QStringLiteral("it's")};
    const auto specs = jobs::cloneNotebook(test::notebookPod(), o);
    QVERIFY(specs.ok());
    QCOMPARE(specs.value().size(), 1);
    const QJsonObject job = builtJob(specs.value().first());
    const QJsonObject spec = job.value(QLatin1String("spec")).toObject();
    QCOMPARE(spec.value(QLatin1String("completionMode")).toString(), QStringLiteral("Indexed"));
    QCOMPARE(spec.value(QLatin1String("completions")).toInt(), 5);
    QCOMPARE(spec.value(QLatin1String("parallelism")).toInt(), 5);
    QCOMPARE(
        containerOf(job).value(QLatin1String("command")).toArray(),
        (QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral(
                        "'python' 'scan.py' '--shard='\"${JOB_COMPLETION_INDEX}\" 'it'\\''s'")}));
    // An sh -c script keeps its shape.
    o.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo shard {index}")};
    const auto sh = jobs::cloneNotebook(test::notebookPod(), o);
    QCOMPARE(sh.value().first().command.at(2),
             QStringLiteral("echo shard ${JOB_COMPLETION_INDEX}"));
}

void TestJobs::checkProblems()
{
    const ClusterCatalog catalog = test::fleetCatalog();
    auto codes = [&](const QJsonObject &job) {
        QStringList out;
        for (const CheckProblem &p : checkJob(job, catalog)) {
            out << p.code;
            if (p.message.isEmpty() || p.fix.isEmpty())
                out << QStringLiteral("EMPTY-TEXT");
        }
        return out;
    };
    // The notebook cloned off-site: its PVC and NFS cannot follow, its secret is not forwarded.
    CloneOptions o;
    o.count = 1;
    o.offload = true;
    o.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("python x.py; sleep 30")};
    JobSpec clone = jobs::cloneNotebook(test::notebookPod(), o).value().first();
    clone.accelerator = {};
    const QStringList offCodes = codes(buildJob(clone, catalog, {}).job);
    QVERIFY2(offCodes.contains(QStringLiteral("nfs-volume")), qPrintable(offCodes.join(u',')));
    QVERIFY(offCodes.contains(QStringLiteral("pvc-volume")));
    QVERIFY(offCodes.contains(QStringLiteral("secret")));
    QVERIFY(offCodes.contains(QStringLiteral("too-short-to-offload")));
    QVERIFY(!offCodes.contains(QStringLiteral("EMPTY-TEXT")));

    // hostPath and a secret volume.
    JobSpec s = basicSpec();
    s.offload.enabled = true;
    s.expectedDurationSeconds = 7200;
    s.volumes =
        QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("scratch")},
                               {QStringLiteral("hostPath"),
                                QJsonObject{{QStringLiteral("path"), QStringLiteral("/scratch")}}}},
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("creds")},
                               {QStringLiteral("secret"),
                                QJsonObject{{QStringLiteral("secretName"), QStringLiteral("c")}}}}};
    QCOMPARE(codes(builtJob(s)),
             (QStringList{QStringLiteral("hostpath-volume"), QStringLiteral("secret")}));

    // A model no flavor offers (built by hand: the builder would refuse it).
    QJsonObject h100 = builtJob(basicSpec());
    {
        QJsonObject spec = h100.value(QLatin1String("spec")).toObject();
        QJsonObject t = spec.value(QLatin1String("template")).toObject();
        QJsonObject ps = t.value(QLatin1String("spec")).toObject();
        ps.insert(QStringLiteral("nodeSelector"),
                  QJsonObject{{QStringLiteral("nvidia.com/gpu.product"),
                               QStringLiteral("NVIDIA-H100-80GB-HBM3")}});
        QJsonArray cs = ps.value(QLatin1String("containers")).toArray();
        QJsonObject c = cs.first().toObject();
        c.insert(
            QStringLiteral("resources"),
            QJsonObject{{QStringLiteral("limits"),
                         QJsonObject{{QStringLiteral("nvidia.com/gpu"), QStringLiteral("1")}}}});
        cs.replace(0, c);
        ps.insert(QStringLiteral("containers"), cs);
        t.insert(QStringLiteral("spec"), ps);
        spec.insert(QStringLiteral("template"), t);
        h100.insert(QStringLiteral("spec"), spec);
    }
    const QList<CheckProblem> hp = checkJob(h100, catalog);
    QVERIFY(!hp.isEmpty());
    QCOMPARE(hp.first().code, QStringLiteral("no-such-accelerator"));
    QCOMPARE(hp.first().field, SpecField::Accelerator);
    QVERIFY(hp.first().fix.contains(QStringLiteral("A100")));

    // Larger than any node: 500 cores.
    JobSpec big = basicSpec();
    big.cpu = QStringLiteral("500");
    const QStringList bigCodes = codes(builtJob(big));
    QVERIFY2(bigCodes.contains(QStringLiteral("larger-than-any-node")),
             qPrintable(bigCodes.join(u',')));

    // Larger than the quota: 10 A100s at once (nominal 4, nothing to borrow in the cohort).
    JobSpec many = basicSpec();
    many.accelerator = Accelerator{QStringLiteral("a100"), 1};
    many.parallelism = 10;
    many.completions = 10;
    const QList<CheckProblem> mp = checkJob(builtJob(many), catalog);
    QVERIFY(std::any_of(mp.cbegin(), mp.cend(), [](const CheckProblem &p) {
        return p.code == QLatin1String("larger-than-quota") &&
               p.message.contains(QStringLiteral("gpu-a100"));
    }));

    // An unknown site and a disconnected one.
    JobSpec pinned = basicSpec();
    pinned.offload.enabled = true;
    pinned.expectedDurationSeconds = 7200;
    pinned.offload.site = QStringLiteral("mars");
    QCOMPARE(codes(builtJob(pinned)), QStringList{QStringLiteral("no-site")});
    pinned.offload.site = QStringLiteral("bubble-virtual-node");
    QCOMPARE(codes(builtJob(pinned)), QStringList{QStringLiteral("site-disconnected")});

    // An unknown queue.
    JobSpec q = basicSpec();
    q.localQueue = QStringLiteral("nope");
    QCOMPARE(codes(builtJob(q)), QStringList{QStringLiteral("unknown-queue")});
}

void TestJobs::checkCleanJobHasNoProblems()
{
    JobSpec s = basicSpec();
    s.accelerator = Accelerator{QStringLiteral("t4"), 1};
    const QList<CheckProblem> p = checkJob(builtJob(s), test::fleetCatalog());
    QVERIFY2(p.isEmpty(), p.isEmpty() ? "" : qPrintable(p.first().code + u' ' + p.first().message));
    JobSpec off = basicSpec();
    off.offload.enabled = true;
    off.expectedDurationSeconds = 3600;
    off.offload.site = QStringLiteral("infn-t1");
    QVERIFY(checkJob(builtJob(off), test::fleetCatalog()).isEmpty());
    // A job that asks for nothing fits any flavor (Kueue counts zero), on or off site.
    JobSpec bare = basicSpec();
    bare.cpu.clear();
    bare.memory.clear();
    QVERIFY(checkJob(builtJob(bare), test::fleetCatalog()).isEmpty());
    QVERIFY(!explainPending(builtJob(bare), {}, test::fleetCatalog(), {}).fitsNowIn.isEmpty());
    bare.offload.enabled = true;
    bare.expectedDurationSeconds = 3600;
    QVERIFY(checkJob(builtJob(bare), test::fleetCatalog()).isEmpty());
}

void TestJobs::stateFromWorkloadConditions_data()
{
    QTest::addColumn<QJsonObject>("workload");
    QTest::addColumn<QJsonObject>("jobStatus");
    QTest::addColumn<QString>("podPhase");
    QTest::addColumn<QString>("podNode");
    QTest::addColumn<bool>("virtualNode");
    QTest::addColumn<QString>("terminated");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("requeued");

    const QString quotaMsg =
        QStringLiteral("couldn't assign flavors to pod set main: insufficient quota for "
                       "nvidia.com/gpu in flavor gpu-a100, request > maximum capacity (8 > 4)");
    QTest::newRow("no workload yet") << QJsonObject() << QJsonObject() << QString() << QString()
                                     << false << QString() << "pending"
                                     << "Queued" << false;
    QTest::newRow("pending for quota")
        << workloadWith({condition(QStringLiteral("QuotaReserved"), false,
                                   QStringLiteral("Pending"), quotaMsg)})
        << QJsonObject() << QString() << QString() << false << QString() << "pending"
        << "Pending" << false;
    QTest::newRow("quota reserved")
        << workloadWith(
               {condition(QStringLiteral("QuotaReserved"), true, QStringLiteral("QuotaReserved"))},
               QStringLiteral("cq-research"))
        << QJsonObject() << QString() << QString() << false << QString() << "quotaReserved"
        << QString() << false;
    const QJsonArray admitted{
        condition(QStringLiteral("QuotaReserved"), true, QStringLiteral("QuotaReserved")),
        condition(QStringLiteral("Admitted"), true, QStringLiteral("Admitted"))};
    QTest::newRow("admitted, pod creating")
        << workloadWith(admitted, QStringLiteral("cq-research")) << QJsonObject() << "Pending"
        << "hub-t4-1" << false << QString() << "admitted" << QString() << false;
    QTest::newRow("running") << workloadWith(admitted, QStringLiteral("cq-research"))
                             << QJsonObject() << "Running"
                             << "hub-t4-1" << false << QString() << "running" << QString() << false;
    QTest::newRow("offloaded, remote queue")
        << workloadWith(admitted, QStringLiteral("offloading")) << QJsonObject() << "Pending"
        << "leonardo-virtual-node" << true << QString() << "offloaded" << QString() << false;
    QTest::newRow("offloaded, running")
        << workloadWith(admitted, QStringLiteral("offloading")) << QJsonObject() << "Running"
        << "infn-t1" << true << QString() << "offloaded" << QString() << false;
    const QString preemptMsg =
        QStringLiteral("Preempted to accommodate a workload (UID: u, JobUID: UNKNOWN) due to "
                       "prioritization in the ClusterQueue");
    QTest::newRow("evicted and requeued")
        << workloadWith(
               {condition(QStringLiteral("QuotaReserved"), false, QStringLiteral("Pending"),
                          preemptMsg),
                condition(QStringLiteral("Admitted"), false, QStringLiteral("NoReservation")),
                condition(QStringLiteral("Evicted"), true, QStringLiteral("Preempted"), preemptMsg),
                condition(QStringLiteral("Preempted"), true, QStringLiteral("InClusterQueue"),
                          preemptMsg),
                condition(QStringLiteral("Requeued"), true, QStringLiteral("Preempted"),
                          preemptMsg)})
        << QJsonObject() << QString() << QString() << false << QString() << "evicted"
        << "InClusterQueue" << true;
    QTest::newRow("readmitted after an eviction")
        << workloadWith(
               {condition(QStringLiteral("QuotaReserved"), true, QStringLiteral("QuotaReserved")),
                condition(QStringLiteral("Admitted"), true, QStringLiteral("Admitted")),
                condition(QStringLiteral("Evicted"), false, QStringLiteral("QuotaReserved"),
                          QStringLiteral("Previously: ") + preemptMsg),
                condition(QStringLiteral("Requeued"), true, QStringLiteral("Preempted"),
                          preemptMsg)},
               QStringLiteral("cq-research"))
        << QJsonObject() << "Running"
        << "hub-t4-1" << false << QString() << "running" << QString() << true;
    QTest::newRow("succeeded (Job Complete)")
        << workloadWith({condition(QStringLiteral("Finished"), true, QStringLiteral("Succeeded"))})
        << QJsonObject{{QStringLiteral("conditions"),
                        QJsonArray{condition(QStringLiteral("Complete"), true, QString())}}}
        << "Succeeded"
        << "hub-t4-1" << false << QString() << "succeeded" << QString() << false;
    QTest::newRow("failed, OOMKilled")
        << workloadWith({condition(QStringLiteral("Finished"), true, QStringLiteral("Failed"))})
        << QJsonObject{{QStringLiteral("conditions"),
                        QJsonArray{condition(
                            QStringLiteral("Failed"), true, QStringLiteral("BackoffLimitExceeded"),
                            QStringLiteral("Job has reached the specified backoff limit"))}}}
        << "Failed"
        << "hub-t4-1" << false << "OOMKilled"
        << "failed"
        << "OOMKilled" << false;
    QTest::newRow("failed, ProviderFailed")
        << workloadWith({condition(QStringLiteral("Finished"), true, QStringLiteral("Failed"))})
        << QJsonObject{{QStringLiteral("conditions"),
                        QJsonArray{condition(QStringLiteral("Failed"), true,
                                             QStringLiteral("BackoffLimitExceeded"))}}}
        << "Failed"
        << "podman-virtual-node" << true << "ProviderFailed"
        << "failed"
        << "ProviderFailed" << false;
    QTest::newRow("failed, deadline")
        << QJsonObject()
        << QJsonObject{{QStringLiteral("conditions"),
                        QJsonArray{condition(QStringLiteral("Failed"), true,
                                             QStringLiteral("DeadlineExceeded"))}}}
        << QString() << QString() << false << QString() << "failed"
        << "DeadlineExceeded" << false;
}

void TestJobs::stateFromWorkloadConditions()
{
    QFETCH(QJsonObject, workload);
    QFETCH(QJsonObject, jobStatus);
    QFETCH(QString, podPhase);
    QFETCH(QString, podNode);
    QFETCH(bool, virtualNode);
    QFETCH(QString, terminated);
    QFETCH(QString, state);
    QFETCH(QString, reason);
    QFETCH(bool, requeued);
    JobSpec s = basicSpec();
    QJsonObject job = builtJob(s);
    job.insert(QStringLiteral("status"), jobStatus);
    QList<PodFacts> pods;
    if (!podPhase.isEmpty()) {
        QJsonObject cs{{QStringLiteral("name"), QStringLiteral("main")}};
        if (!terminated.isEmpty())
            cs.insert(QStringLiteral("state"),
                      QJsonObject{{QStringLiteral("terminated"),
                                   QJsonObject{{QStringLiteral("reason"), terminated},
                                               {QStringLiteral("exitCode"), 1}}}});
        else if (podPhase == QLatin1String("Pending"))
            cs.insert(QStringLiteral("state"),
                      QJsonObject{{QStringLiteral("waiting"),
                                   QJsonObject{{QStringLiteral("reason"),
                                                QStringLiteral("ContainerCreating")},
                                               {QStringLiteral("message"),
                                                virtualNode ? QStringLiteral("Remote pod submitted")
                                                            : QString()}}}});
        const QJsonObject pod{
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("train-1-xyz12")}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("nodeName"), podNode}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("phase"), podPhase},
                         {QStringLiteral("containerStatuses"), QJsonArray{cs}}}}};
        pods << podFacts(pod, virtualNode,
                         virtualNode ? QStringLiteral("Site of ") + podNode : QString(), true);
    }
    const JobStatus st = classifyJob(job, workload, pods);
    QCOMPARE(QLatin1String(stateKey(st.state)), state);
    if (!reason.isEmpty())
        QCOMPARE(st.reason, reason);
    QCOMPARE(st.requeued, requeued);
    if (state == QLatin1String("offloaded")) {
        QVERIFY(st.offloaded);
        QCOMPARE(st.site, QStringLiteral("Site of ") + podNode);
        QVERIFY(st.summary().contains(st.site));
    }
    if (state == QLatin1String("pending") && !workload.isEmpty())
        QVERIFY(st.message.startsWith(QStringLiteral("couldn't assign flavors")));
    if (state == QLatin1String("evicted"))
        QVERIFY(st.preempted && st.evictions == 1);
    QVERIFY(!stateName(st.state).isEmpty());
}

void TestJobs::whyPendingFromFixtures()
{
    ClusterCatalog catalog = test::fleetCatalog();
    // cq-research has used 3 of its 4 A100s.
    for (QJsonObject &cq : catalog.clusterQueues) {
        if (kube::ObjectView(cq).name() != QLatin1String("cq-research"))
            continue;
        cq.insert(QStringLiteral("status"),
                  QJsonObject{{QStringLiteral("flavorsReservation"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("name"), QStringLiteral("gpu-a100")},
                                   {QStringLiteral("resources"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("name"), QStringLiteral("nvidia.com/gpu")},
                                        {QStringLiteral("total"), QStringLiteral("3")},
                                        {QStringLiteral("borrowed"), QStringLiteral("0")}}}}}}}});
    }
    JobSpec s = basicSpec();
    s.accelerator = Accelerator{QStringLiteral("a100"), 2};
    const QJsonObject job = builtJob(s);
    const QString msg =
        QStringLiteral("couldn't assign flavors to pod set main: insufficient unused quota for "
                       "nvidia.com/gpu in flavor gpu-a100, 1 more needed");
    QJsonObject wl = workloadWith(
        {condition(QStringLiteral("QuotaReserved"), false, QStringLiteral("Pending"), msg)});
    PendingWorkload ahead;
    ahead.name = QStringLiteral("job-big-aaaaa");
    ahead.namespaceName = QStringLiteral("user-mrossi");
    ahead.owner = QStringLiteral("big");
    ahead.priority = -50;
    ahead.positionInClusterQueue = 0;
    ahead.positionInLocalQueue = 0;
    PendingWorkload self;
    self.name = QStringLiteral("job-train-1-abcde");
    self.namespaceName = QStringLiteral("user-mrossi");
    self.positionInClusterQueue = 1;
    self.positionInLocalQueue = 1;
    const QJsonObject bigWl{
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), ahead.name},
                     {QStringLiteral("namespace"), ahead.namespaceName}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("podSets"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("main")},
                                     {QStringLiteral("count"), 2},
                                     {QStringLiteral("template"),
                                      QJsonObject{{QStringLiteral("spec"), podSpecOf(job)}}}}}}}}};
    const WhyPending w = explainPending(job, wl, catalog, {ahead, self}, {bigWl});
    QCOMPARE(w.clusterQueue, QStringLiteral("cq-research"));
    QCOMPARE(w.localQueue, QStringLiteral("user-queue"));
    QCOMPARE(w.cohort, QStringLiteral("ai-infn"));
    QCOMPARE(w.kueueMessage, msg);
    QCOMPARE(w.positionInClusterQueue, 1);
    QVERIFY(w.fitsNowIn.isEmpty());
    const auto line = std::find_if(w.quota.cbegin(), w.quota.cend(), [](const QuotaLine &l) {
        return l.flavor == QLatin1String("gpu-a100") &&
               l.resource == QLatin1String("nvidia.com/gpu");
    });
    QVERIFY(line != w.quota.cend());
    QCOMPARE(line->requested, 2.0);
    QCOMPARE(line->nominal, 4.0);
    QCOMPARE(line->used, 3.0);
    QCOMPARE(line->borrowable, 0.0);
    QVERIFY(!line->fits());
    // Only the A100 flavor: the selector rules the others out.
    for (const QuotaLine &l : w.quota)
        QCOMPARE(l.flavor, QStringLiteral("gpu-a100"));
    QCOMPARE(w.ahead.size(), 1);
    QCOMPARE(w.ahead.first().owner, QStringLiteral("big"));
    QVERIFY(w.ahead.first().sizeKnown);
    QCOMPARE(w.ahead.first().requests.value(QStringLiteral("nvidia.com/gpu")), 4.0);
    const QString text = w.lines().join(u'\n');
    QVERIFY2(text.contains(msg), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Position in the queue: 2")));
    QVERIFY(text.contains(QStringLiteral("short by 1")));
    QVERIFY(text.contains(QStringLiteral("job big")));

    // One A100 fits now.
    s.accelerator.count = 1;
    const WhyPending fits = explainPending(builtJob(s), {}, catalog, {});
    QCOMPARE(fits.fitsNowIn, QStringLiteral("gpu-a100"));
    QVERIFY(fits.lines().first().contains(QStringLiteral("gpu-a100")));
}

void TestJobs::pendingWorkloadsParse()
{
    const QJsonObject summary =
        QJsonDocument::fromJson(JSON({
            "kind" : "PendingWorkloadsSummary",
            "apiVersion" : "visibility.kueue.x-k8s.io/v1beta1",
            "items" : [ {
                "metadata" : {
                    "name" : "job-a-12345",
                    "namespace" : "user-mrossi",
                    "ownerReferences" :
                        [ {"apiVersion" : "batch/v1", "kind" : "Job", "name" : "a", "uid" : "u"} ]
                },
                "priority" : -100,
                "localQueueName" : "user-queue",
                "positionInClusterQueue" : 3,
                "positionInLocalQueue" : 0
            } ]
        }))
            .object();
    const QList<PendingWorkload> p = PendingWorkloadsJob::parse(summary);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.first().name, QStringLiteral("job-a-12345"));
    QCOMPARE(p.first().owner, QStringLiteral("a"));
    QCOMPARE(p.first().priority, -100);
    QCOMPARE(p.first().positionInClusterQueue, 3);
    QCOMPARE(p.first().positionInLocalQueue, 0);
    QCOMPARE(p.first().localQueue, QStringLiteral("user-queue"));
}

void TestJobs::eventsOfAJob()
{
    auto ev = [](const QString &kind, const QString &name) {
        return QJsonObject{
            {QStringLiteral("involvedObject"),
             QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name}}}};
    };
    QVERIFY(eventConcernsJob(ev(QStringLiteral("Job"), QStringLiteral("train")),
                             QStringLiteral("train")));
    QVERIFY(eventConcernsJob(ev(QStringLiteral("Workload"), QStringLiteral("job-train-ab3cd")),
                             QStringLiteral("train")));
    QVERIFY(eventConcernsJob(ev(QStringLiteral("Pod"), QStringLiteral("train-x8k2p")),
                             QStringLiteral("train")));
    QVERIFY(eventConcernsJob(ev(QStringLiteral("Pod"), QStringLiteral("train-3-x8k2p")),
                             QStringLiteral("train")));
    QVERIFY(!eventConcernsJob(ev(QStringLiteral("Job"), QStringLiteral("train-2")),
                              QStringLiteral("train")));
    QVERIFY(!eventConcernsJob(ev(QStringLiteral("Workload"), QStringLiteral("job-train-2-ab3cd")),
                              QStringLiteral("train")));
    QVERIFY(!eventConcernsJob(ev(QStringLiteral("Pod"), QStringLiteral("train-big-run-x8k2p")),
                              QStringLiteral("train")));
}

void TestJobs::logLineParse()
{
    const LogLine l = LogFollower::parseLine("2026-12-01T16:22:49.123456789Z epoch 1/3 loss=0.71",
                                             QStringLiteral("p"));
    QCOMPARE(l.rawTimestamp, QStringLiteral("2026-12-01T16:22:49.123456789Z"));
    QVERIFY(l.timestamp.isValid());
    QCOMPARE(l.text, QStringLiteral("epoch 1/3 loss=0.71"));
    QCOMPARE(l.pod, QStringLiteral("p"));
    const LogLine plain = LogFollower::parseLine("no timestamp here");
    QVERIFY(plain.rawTimestamp.isEmpty());
    QCOMPARE(plain.text, QStringLiteral("no timestamp here"));
}

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
