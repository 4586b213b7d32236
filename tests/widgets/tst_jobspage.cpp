// The Jobs page's parts offscreen, fed from fixtures: the table's filters over a real
// jobs::JobsModel (fake API servers for Jobs, Workloads, Pods and Nodes), the detail pane, the log
// viewer (follow, search, save, memory bound) and the submit dialog (422 causes on their fields,
// the check shown before Submit).
#include "fakekubeapi.h"
#include "jobs/jobcheck.h"
#include "jobs/jobdetailpane.h"
#include "jobs/jobsfilterproxy.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobspec.h"
#include "jobs/logview.h"
#include "jobs/submitdialog.h"
#include "jobsfixtures.h"
#include "kube/informer.h"
#include "kube/kubestatus.h"
#include "net/httpclient.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>

using namespace plancia;
using plancia::jobs::JobsModel;
using plancia::jobs::JobState;
using plancia::jobs::SpecField;
using plancia::kube::Informer;
using plancia::kube::KubeClient;
using plancia::test::FakeKubeApi;
using plancia::ui::JobDetailPane;
using plancia::ui::JobsFilterProxy;
using plancia::ui::LogView;
using plancia::ui::SubmitDialog;

namespace {

const QString kNs = QStringLiteral("user-mrossi");

QJsonObject parse(const char *json)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(json), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad fixture JSON: %s", qPrintable(e.errorString()));
    return d.object();
}

QString uidOf(const QString &name)
{
    return QStringLiteral("uid-") + name;
}

QJsonObject job(const QString &name, const QJsonObject &limits, const QJsonObject &nodeSelector,
                const QJsonArray &conditions = {}, bool offload = false)
{
    QJsonObject podSpec{
        {"restartPolicy", "Never"},
        {"containers", QJsonArray{QJsonObject{
                           {"name", "main"},
                           {"image", "harbor.cloud.infn.it/ai-infn/train:1.0"},
                           {"command", QJsonArray{"sh", "-c", "echo hi"}},
                           {"resources", QJsonObject{{"limits", limits}, {"requests", limits}}}}}}};
    if (!nodeSelector.isEmpty())
        podSpec.insert("nodeSelector", nodeSelector);
    if (offload)
        podSpec.insert("tolerations",
                       QJsonArray{QJsonObject{{"key", "virtual-node.interlink/no-schedule"},
                                              {"operator", "Exists"}}});
    return QJsonObject{
        {"apiVersion", "batch/v1"},
        {"kind", "Job"},
        {"metadata",
         QJsonObject{{"name", name},
                     {"namespace", kNs},
                     {"uid", uidOf(name)},
                     {"creationTimestamp", "2026-12-01T10:00:00Z"},
                     {"labels", QJsonObject{{"kueue.x-k8s.io/queue-name",
                                             offload ? "offload-queue" : "user-queue"}}}}},
        {"spec", QJsonObject{{"parallelism", 1},
                             {"completions", 1},
                             {"suspend", false},
                             {"template", QJsonObject{{"spec", podSpec}}}}},
        {"status", QJsonObject{{"conditions", conditions}}}};
}

QJsonObject workload(const QString &jobName, const QJsonArray &conditions,
                     const QJsonObject &admission = {})
{
    QJsonObject status{{"conditions", conditions}};
    if (!admission.isEmpty())
        status.insert("admission", admission);
    return QJsonObject{
        {"apiVersion", "kueue.x-k8s.io/v1beta1"},
        {"kind", "Workload"},
        {"metadata",
         QJsonObject{{"name", "job-" + jobName + "-abcde"},
                     {"namespace", kNs},
                     {"uid", "wl-" + uidOf(jobName)},
                     {"labels", QJsonObject{{"kueue.x-k8s.io/job-uid", uidOf(jobName)}}},
                     {"ownerReferences", QJsonArray{QJsonObject{{"apiVersion", "batch/v1"},
                                                                {"kind", "Job"},
                                                                {"name", jobName},
                                                                {"uid", uidOf(jobName)},
                                                                {"controller", true}}}}}},
        {"spec", QJsonObject{{"queueName", "user-queue"}}},
        {"status", status}};
}

QJsonObject cond(const QString &type, const QString &status, const QString &reason,
                 const QString &message, const QString &time)
{
    return QJsonObject{{"type", type},
                       {"status", status},
                       {"reason", reason},
                       {"message", message},
                       {"lastTransitionTime", time}};
}

QJsonObject pod(const QString &jobName, const QString &node, const QString &phase,
                const QJsonObject &containerState, const QString &reason = {}, bool offload = false)
{
    QJsonObject status{
        {"phase", phase},
        {"startTime", "2026-12-01T10:01:00Z"},
        {"containerStatuses",
         QJsonArray{QJsonObject{{"name", "main"}, {"state", containerState}, {"ready", false}}}}};
    if (!reason.isEmpty())
        status.insert("reason", reason);
    QJsonObject spec{{"nodeName", node},
                     {"containers", QJsonArray{QJsonObject{{"name", "main"}, {"image", "x"}}}}};
    if (offload)
        spec.insert("tolerations",
                    QJsonArray{QJsonObject{{"key", "virtual-node.interlink/no-schedule"},
                                           {"operator", "Exists"}}});
    return QJsonObject{
        {"apiVersion", "v1"},
        {"kind", "Pod"},
        {"metadata",
         QJsonObject{{"name", jobName + "-x7k2p"},
                     {"namespace", kNs},
                     {"uid", "pod-" + uidOf(jobName)},
                     {"creationTimestamp", "2026-12-01T10:00:30Z"},
                     {"labels", QJsonObject{{"job-name", jobName},
                                            {"batch.kubernetes.io/job-name", jobName},
                                            {"controller-uid", uidOf(jobName)}}},
                     {"ownerReferences", QJsonArray{QJsonObject{{"apiVersion", "batch/v1"},
                                                                {"kind", "Job"},
                                                                {"name", jobName},
                                                                {"uid", uidOf(jobName)},
                                                                {"controller", true}}}}}},
        {"spec", spec},
        {"status", status}};
}

const QJsonObject kA100{{"nvidia.com/gpu.product", "NVIDIA-A100-80GB-PCIe-MIG-7g.80gb"}};
const QJsonObject kT4{{"nvidia.com/gpu.product", "Tesla-T4"}};
const QString kPendingMsg = QStringLiteral(
    "couldn't assign flavors to pod set main: insufficient quota for nvidia.com/gpu in flavor "
    "gpu-a100, request > maximum capacity (8 > 4)");

// Four jobs: pending for quota (8 A100s), running on a T4 node, offloaded to Leonardo, failed.
struct Cluster
{
    FakeKubeApi jobsApi{QStringLiteral("/apis/batch/v1/namespaces/user-mrossi/jobs")};
    FakeKubeApi workloadsApi{
        QStringLiteral("/apis/kueue.x-k8s.io/v1beta1/namespaces/user-mrossi/workloads")};
    FakeKubeApi podsApi{QStringLiteral("/api/v1/namespaces/user-mrossi/pods")};
    FakeKubeApi nodesApi{QStringLiteral("/api/v1/nodes")};
    HttpClient http;
    std::vector<std::unique_ptr<KubeClient>> clients;
    std::vector<std::unique_ptr<Informer>> informers;
    JobsModel model;

    Cluster()
    {
        const QJsonObject running{{"running", QJsonObject{{"startedAt", "2026-12-01T10:01:05Z"}}}};
        jobsApi.add(job("train-pending", {{"cpu", "4"}, {"memory", "8Gi"}, {"nvidia.com/gpu", "8"}},
                        kA100));
        workloadsApi.add(workload("train-pending", {cond("QuotaReserved", "False", "Pending",
                                                         kPendingMsg, "2026-12-01T10:00:01Z")}));
        jobsApi.add(
            job("train-t4", {{"cpu", "2"}, {"memory", "4Gi"}, {"nvidia.com/gpu", "1"}}, kT4));
        const QJsonObject adm = parse(R"({"clusterQueue": "cq-research", "podSetAssignments":
            [{"name": "main", "count": 1, "flavors": {"nvidia.com/gpu": "gpu-t4", "cpu": "gpu-t4"}}]})");
        workloadsApi.add(
            workload("train-t4",
                     {cond("QuotaReserved", "True", "QuotaReserved",
                           "Quota reserved in ClusterQueue cq-research", "2026-12-01T10:00:02Z"),
                      cond("Admitted", "True", "Admitted", "The workload is admitted",
                           "2026-12-01T10:00:02Z")},
                     adm));
        podsApi.add(pod("train-t4", "hub-t4-1", "Running", running));
        jobsApi.add(job("remote-leo", {{"cpu", "4"}, {"memory", "8Gi"}}, {}, {}, true));
        const QJsonObject admOff = parse(R"({"clusterQueue": "offloading", "podSetAssignments":
            [{"name": "main", "count": 1, "flavors": {"cpu": "interlink", "memory": "interlink"}}]})");
        workloadsApi.add(
            workload("remote-leo",
                     {cond("QuotaReserved", "True", "QuotaReserved",
                           "Quota reserved in ClusterQueue offloading", "2026-12-01T10:00:03Z"),
                      cond("Admitted", "True", "Admitted", "The workload is admitted",
                           "2026-12-01T10:00:03Z")},
                     admOff));
        podsApi.add(pod("remote-leo", "leonardo-virtual-node", "Running", running, {}, true));
        jobsApi.add(
            job("broken", {{"cpu", "1"}, {"memory", "2Gi"}}, {},
                {cond("Failed", "True", "BackoffLimitExceeded",
                      "Job has reached the specified backoff limit", "2026-12-01T10:05:00Z")}));
        podsApi.add(
            pod("broken", "hub-cpu-2", "Failed",
                QJsonObject{{"terminated", QJsonObject{{"exitCode", 1}, {"reason", "Error"}}}}));
        for (const QJsonObject &n : test::fleetCatalog().nodes)
            nodesApi.add(n);

        http.setRetryPolicy({std::chrono::milliseconds(10), std::chrono::milliseconds(50)});
        auto make = [this](FakeKubeApi &api, const kube::ResourceKind &kind, const QString &ns) {
            if (!api.listen())
                qFatal("cannot listen");
            clients.push_back(std::make_unique<KubeClient>(&http, api.url()));
            informers.push_back(
                std::make_unique<Informer>(clients.back().get(), kind, ns, Informer::Options{}));
            return informers.back().get();
        };
        Informer *j = make(jobsApi, kube::ResourceKind::jobs(), kNs);
        Informer *w = make(workloadsApi, kube::ResourceKind::workloads(), kNs);
        Informer *p = make(podsApi, kube::ResourceKind::pods(), kNs);
        Informer *n = make(nodesApi, kube::ResourceKind::nodes(), QString());
        model.setSources(j, w, p, n);
        for (auto &i : informers)
            i->start();
    }

    int row(const QString &name) const { return model.rowOf(kNs, name); }
};

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.data(m.index(r, JobsModel::NameColumn)).toString();
    out.sort();
    return out;
}

const char kInvalidStatus[] = R"({"kind": "Status", "apiVersion": "v1",
            "status": "Failure", "reason": "Invalid", "code": 422,
            "message": "Job.batch x is invalid: [spec.template.spec.containers[0].image: Required value, spec.parallelism: Invalid value: -1: must be greater than or equal to 0]",
            "details": {"name": "x", "group": "batch", "kind": "Job", "causes": [
              {"reason": "FieldValueRequired", "message": "Required value", "field": "spec.template.spec.containers[0].image"},
              {"reason": "FieldValueInvalid", "message": "Invalid value: -1: must be greater than or equal to 0", "field": "spec.parallelism"},
              {"reason": "FieldValueInvalid", "message": "Invalid value: 500x: must be a quantity", "field": "spec.template.spec.containers[0].resources.requests[cpu]"},
              {"reason": "FieldValueNotSupported", "message": "Unsupported value: Always", "field": "spec.template.spec.restartPolicy"}]}})";

} // namespace

class TestJobsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tableFilters()
    {
        Cluster c;
        QTRY_VERIFY_WITH_TIMEOUT(c.model.hasSynced() && c.model.rowCount() == 4, 5000);
        // The states the fixtures stand for (the rows' classification is core's).
        QTRY_COMPARE_WITH_TIMEOUT(c.model.row(c.row("remote-leo")).status.state,
                                  JobState::Offloaded, 5000);
        QCOMPARE(c.model.row(c.row("train-pending")).status.state, JobState::Pending);
        QCOMPARE(c.model.row(c.row("train-t4")).status.state, JobState::Running);
        QCOMPARE(c.model.row(c.row("broken")).status.state, JobState::Failed);

        JobsFilterProxy proxy;
        proxy.setSourceModel(&c.model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setStateGroup(JobsFilterProxy::StateGroup::Pending);
        QCOMPARE(names(proxy), QStringList{"train-pending"});
        proxy.setStateGroup(JobsFilterProxy::StateGroup::Running);
        QCOMPARE(names(proxy), (QStringList{"remote-leo", "train-t4"}));
        proxy.setStateGroup(JobsFilterProxy::StateGroup::Offloaded);
        QCOMPARE(names(proxy), QStringList{"remote-leo"});
        proxy.setStateGroup(JobsFilterProxy::StateGroup::Failed);
        QCOMPARE(names(proxy), QStringList{"broken"});
        proxy.setStateGroup(JobsFilterProxy::StateGroup::Active);
        QCOMPARE(names(proxy), (QStringList{"remote-leo", "train-pending", "train-t4"}));
        proxy.setStateGroup(JobsFilterProxy::StateGroup::All);

        // Accelerator: the model id of the T4 job, and CPU only.
        const QString t4 =
            c.model.data(c.model.index(c.row("train-t4"), 0), JobsModel::AcceleratorModelRole)
                .toString();
        QVERIFY(!t4.isEmpty());
        proxy.setAccelerator(t4);
        QCOMPARE(names(proxy), QStringList{"train-t4"});
        proxy.setAccelerator(QLatin1String(JobsFilterProxy::kCpuOnly));
        QCOMPARE(names(proxy), (QStringList{"broken", "remote-leo"}));
        proxy.setAccelerator({});

        // Site: the offload site's name, or a node.
        const QString site =
            c.model.data(c.model.index(c.row("remote-leo"), 0), JobsModel::SiteRole).toString();
        QVERIFY(!site.isEmpty());
        proxy.setSite(site);
        QCOMPARE(names(proxy), QStringList{"remote-leo"});
        proxy.setSite(QStringLiteral("hub-t4-1"));
        QCOMPARE(names(proxy), QStringList{"train-t4"});
        proxy.setSite({});

        // Search: every word, in any column or Kueue's message, case-insensitive.
        proxy.setSearchText(QStringLiteral("MAXIMUM capacity"));
        QCOMPARE(names(proxy), QStringList{"train-pending"});
        proxy.setSearchText(QStringLiteral("train t4"));
        QCOMPARE(names(proxy), QStringList{"train-t4"});
        proxy.setSearchText(QStringLiteral("nothing-like-this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText({});
        QCOMPARE(proxy.rowCount(), 4);

        // Live: the pending job is admitted and runs; the filter follows.
        proxy.setStateGroup(JobsFilterProxy::StateGroup::Pending);
        c.workloadsApi.modify(kNs + "/job-train-pending-abcde", [](QJsonObject &o) {
            QJsonObject st = o.value("status").toObject();
            st.insert("conditions", QJsonArray{cond("QuotaReserved", "True", "QuotaReserved", "ok",
                                                    "2026-12-01T10:10:00Z"),
                                               cond("Admitted", "True", "Admitted", "ok",
                                                    "2026-12-01T10:10:00Z")});
            st.insert("admission", parse(R"({"clusterQueue": "cq-research", "podSetAssignments":
                [{"name": "main", "count": 1, "flavors": {"nvidia.com/gpu": "gpu-a100"}}]})"));
            o.insert("status", st);
        });
        // Admitted, not yet running: still waiting.
        QTRY_COMPARE_WITH_TIMEOUT(c.model.row(c.row("train-pending")).status.state,
                                  JobState::Admitted, 5000);
        QCOMPARE(proxy.rowCount(), 1);
        c.podsApi.add(
            pod("train-pending", "hub-a100-3", "Running",
                QJsonObject{{"running", QJsonObject{{"startedAt", "2026-12-01T10:11:00Z"}}}}));
        QTRY_COMPARE_WITH_TIMEOUT(proxy.rowCount(), 0, 5000);
        proxy.setStateGroup(JobsFilterProxy::StateGroup::Running);
        QCOMPARE(names(proxy), (QStringList{"remote-leo", "train-pending", "train-t4"}));
    }

    void detailPane()
    {
        Cluster c;
        QTRY_VERIFY_WITH_TIMEOUT(c.model.hasSynced() && c.model.rowCount() == 4, 5000);
        JobDetailPane pane;
        pane.resize(900, 600);
        QHash<QString, QString> sites;
        for (const QJsonObject &n : test::fleetCatalog().virtualNodes())
            sites.insert(n.value("metadata").toObject().value("name").toString(),
                         jobs::ClusterCatalog::siteName(n));
        QVERIFY(sites.contains("podman-virtual-node"));
        pane.setSites(sites);

        // An offloaded pod that the remote site rejected.
        QJsonObject j =
            job("podman-fail", {{"cpu", "1"}, {"memory", "1Gi"}}, {},
                {cond("Failed", "True", "BackoffLimitExceeded",
                      "Job has reached the specified backoff limit", "2026-12-01T10:03:00Z")},
                true);
        const QJsonObject w =
            workload("podman-fail",
                     {cond("QuotaReserved", "True", "QuotaReserved",
                           "Quota reserved in ClusterQueue offloading", "2026-12-01T10:00:01Z"),
                      cond("Admitted", "True", "Admitted", "The workload is admitted",
                           "2026-12-01T10:00:02Z"),
                      cond("Finished", "True", "Failed",
                           "Job has reached the specified backoff limit", "2026-12-01T10:03:01Z")});
        const QJsonObject p = pod(
            "podman-fail", "podman-virtual-node", "Failed",
            QJsonObject{{"terminated", QJsonObject{{"exitCode", 1}, {"reason", "ProviderFailed"}}}},
            "ProviderFailed", true);
        jobs::JobStatus st = jobs::classifyJob(j, w, {jobs::podFacts(p, true, "Podman VM", true)});
        pane.showJob(j, w, {p}, st);
        QCOMPARE(pane.jobName(), QStringLiteral("podman-fail"));
        QVERIFY(pane.summary()->text().contains(jobs::stateName(st.state)));

        // YAML of the Job.
        const QString yaml = pane.yaml()->toPlainText();
        QVERIFY2(yaml.contains("kind: Job"), qPrintable(yaml.left(200)));
        QVERIFY(yaml.contains("name: podman-fail"));

        // Conditions: Workload and Job, by time.
        QTreeWidget *conds = pane.conditions();
        QCOMPARE(conds->topLevelItemCount(), 4);
        QStringList order;
        for (int i = 0; i < conds->topLevelItemCount(); ++i)
            order << conds->topLevelItem(i)->text(1) + ":" + conds->topLevelItem(i)->text(2);
        QCOMPARE(order, (QStringList{"Workload:QuotaReserved", "Workload:Admitted", "Job:Failed",
                                     "Workload:Finished"}));

        // Pods: the site, the remote state and ProviderFailed.
        QTreeWidget *pods = pane.pods();
        QCOMPARE(pods->topLevelItemCount(), 1);
        QTreeWidgetItem *item = pods->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("podman-fail-x7k2p"));
        QVERIFY2(item->text(2).contains(sites.value("podman-virtual-node")),
                 qPrintable(item->text(2)));
        QVERIFY(item->text(2).contains("podman-virtual-node"));
        QCOMPARE(item->text(4), QStringLiteral("ProviderFailed"));
        QVERIFY(!item->text(3).isEmpty());

        // A pod still queued at the remote site shows interLink's waiting message.
        const QJsonObject waiting =
            pod("podman-fail", "leonardo-virtual-node", "Pending",
                QJsonObject{{"waiting", QJsonObject{{"reason", "ContainerCreating"},
                                                    {"message", "Remote pod submitted"}}}},
                {}, true);
        pane.showJob(j, w, {waiting}, st);
        QCOMPARE(pods->topLevelItem(0)->text(3), QStringLiteral("Remote pod submitted"));

        // Events, and the why-pending answer.
        const QJsonObject ev1 = parse(R"({"type": "Normal", "reason": "Pending", "count": 3,
            "lastTimestamp": "2026-12-01T10:00:05Z", "message": "could not assign flavors",
            "involvedObject": {"kind": "Workload", "name": "job-podman-fail-abcde"}})");
        const QJsonObject ev2 = parse(R"({"type": "Warning", "reason": "ProviderFailed", "count": 1,
            "lastTimestamp": "2026-12-01T10:02:00Z", "message": "the remote site rejected the job",
            "involvedObject": {"kind": "Pod", "name": "podman-fail-x7k2p"}})");
        pane.setEvents({ev1, ev2});
        QCOMPARE(pane.events()->topLevelItemCount(), 2);
        QCOMPARE(pane.events()->topLevelItem(1)->text(2), QStringLiteral("ProviderFailed"));
        QCOMPARE(pane.events()->topLevelItem(0)->text(4), QStringLiteral("3"));
        pane.setExplanation({QStringLiteral("Waiting for quota: gpu-a100 short by 4")});
        QVERIFY(pane.explanation()->text().contains("gpu-a100 short by 4"));

        // A job of the live model: the pending one carries Kueue's message.
        const int r = c.row("train-pending");
        pane.showJob(c.model.jobObject(r), c.model.workloadObject(r), c.model.podObjects(r),
                     c.model.row(r).status);
        QVERIFY(pane.summary()->text().contains(QStringLiteral("request &gt; maximum capacity")));
        QCOMPARE(pane.conditions()->topLevelItemCount(), 1);
        QCOMPARE(pane.pods()->topLevelItemCount(), 0);

        pane.clear();
        QVERIFY(pane.isEmpty());
        QCOMPARE(pane.conditions()->topLevelItemCount(), 0);
    }

    void logViewFollowSearchSaveBound()
    {
        LogView view;
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isFollowing());
        // Chunks split anywhere: lines complete across them.
        view.appendData("hello from tr");
        QCOMPARE(view.lineCount(), 0);
        view.appendData("ain-x7k2p\nstep 1 of 2\nste");
        QCOMPARE(view.lineCount(), 2);
        QCOMPARE(view.textEdit()->document()->findBlockByNumber(0).text(),
                 QStringLiteral("hello from train-x7k2p"));
        view.appendData("p 2 of 2\n");
        QCOMPARE(view.lineCount(), 3);
        // Follow: the view stays at the end as lines arrive.
        for (int i = 0; i < 200; ++i)
            view.appendData(QByteArray("epoch 1 step ") + QByteArray::number(i) + " loss=0.5\n");
        QCOMPARE(view.lineCount(), 203);
        QVERIFY(view.isAtEnd());
        // Not following: the reader's place is kept.
        view.setFollowing(false);
        view.textEdit()->verticalScrollBar()->setValue(0);
        view.appendData("more\nand more\n");
        QCOMPARE(view.textEdit()->verticalScrollBar()->value(), 0);
        QVERIFY(!view.isAtEnd());
        view.setFollowing(true);
        QVERIFY(view.isAtEnd());

        // Search: every match highlighted, stepping through them.
        QCOMPARE(view.search(QStringLiteral("STEP 19")), 11); // "step 19", "step 190".."199"
        QCOMPARE(view.textEdit()->extraSelections().size(), 11);
        QCOMPARE(view.currentMatch(), 0);
        QVERIFY(!view.isFollowing()); // a search stops following
        view.findNext();
        QCOMPARE(view.currentMatch(), 1);
        view.findNext(true);
        QCOMPARE(view.currentMatch(), 0);
        view.findNext(true); // wraps around
        QCOMPARE(view.currentMatch(), 10);
        // New lines are highlighted too.
        view.appendData("step 19 again\n");
        QCOMPARE(view.matchCount(), 12);
        // Typing in the search field does the same.
        QTest::keyClicks(view.searchField(), QStringLiteral("zzz"));
        QCOMPARE(view.matchCount(), 0);
        view.searchField()->clear();
        QCOMPARE(view.textEdit()->extraSelections().size(), 0);

        // Save: the file holds what is shown, the partial line too.
        view.appendData("partial");
        QTemporaryDir dir;
        const QString path = dir.filePath("job.log");
        view.setSavePathProvider([&](QWidget *, const QString &, const QString &suggested,
                                     const QString &) { return dir.filePath(suggested); });
        view.setSuggestedFileName("job.log");
        QSignalSpy saved(&view, &LogView::saved);
        QTest::mouseClick(view.findChild<QToolButton *>("logSave"), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.startsWith("hello from train-x7k2p\nstep 1 of 2\n"));
        QVERIFY(content.endsWith("step 19 again\npartial"));
        QCOMPARE(content.count('\n'), 206);

        // Bounded memory: past the budget the oldest lines go, the newest stay.
        LogView big;
        big.setMaxBytes(64 * 1024);
        QByteArray chunk;
        for (int i = 0; i < 20000; ++i)
            chunk += "2026-12-01 10:00:00,000 INFO epoch 1 step " + QByteArray::number(i) + "\n";
        QVERIFY(chunk.size() > 10 * 64 * 1024);
        for (qsizetype off = 0; off < chunk.size(); off += 4096)
            big.appendData(chunk.mid(off, 4096));
        QVERIFY2(big.heldBytes() <= 64 * 1024, QByteArray::number(big.heldBytes()));
        QVERIFY(big.droppedLines() > 15000);
        QCOMPARE(big.lineCount() + big.droppedLines(), 20000);
        QVERIFY(big.text().endsWith("step 19999"));
        QVERIFY(!big.text().contains("step 0\n"));
        QVERIFY(!big.textEdit()->toolTip().isEmpty());
    }

    void submitDialogProblemsAndCheck()
    {
        const jobs::ClusterCatalog catalog = test::fleetCatalog();
        SubmitDialog dlg;
        dlg.setCatalog(catalog);
        dlg.setNamespace(kNs);
        dlg.setDefaultQueue("user-queue");
        // The accelerators offered are the catalog's.
        const QList<jobs::AcceleratorOffer> offers = catalog.acceleratorOffers();
        QVERIFY(!offers.isEmpty());
        QCOMPARE(dlg.acceleratorBox()->count(), offers.size() + 1);
        for (const jobs::AcceleratorOffer &o : offers)
            QVERIFY2(dlg.acceleratorBox()->findData(o.model) >= 0, qPrintable(o.model));
        QVERIFY(dlg.priorityBox()->findData("fire") >= 0);
        QVERIFY(dlg.siteBox()->findData("leonardo-virtual-node") >= 0);
        QVERIFY(!dlg.countBox()->isEnabled());
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));

        // The check runs on edits and is shown before Submit.
        QSignalSpy checks(&dlg, &SubmitDialog::checkRequested);
        connect(&dlg, &SubmitDialog::checkRequested, &dlg, [&](const QJsonObject &job) {
            dlg.showCheck(jobs::checkJob(job, catalog), {QStringLiteral("fits now in gpu-t4")});
        });
        dlg.imageEdit()->setFocus();
        QTest::keyClicks(dlg.imageEdit(), "harbor.cloud.infn.it/ai-infn/train:1.0");
        dlg.commandEdit()->setText("sh -c \"echo hello; sleep 30\"");
        dlg.cpuEdit()->setText("5000"); // more than any node
        QVERIFY(checks.wait(3000));
        QVERIFY(dlg.checkText().contains("fits now in gpu-t4"));
        const auto problems = jobs::checkJob(checks.last().at(0).toJsonObject(), catalog);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(dlg.checkText().contains(problems.first().message.toHtmlEscaped()),
                 qPrintable(dlg.checkText()));
        // The built job is what the form says.
        const QJsonObject built = checks.last().at(0).toJsonObject();
        const QJsonObject c0 = built.value("spec")
                                   .toObject()
                                   .value("template")
                                   .toObject()
                                   .value("spec")
                                   .toObject()
                                   .value("containers")
                                   .toArray()
                                   .first()
                                   .toObject();
        QCOMPARE(c0.value("image").toString(),
                 QStringLiteral("harbor.cloud.infn.it/ai-infn/train:1.0"));
        QCOMPARE(c0.value("command").toArray().toVariantList(),
                 (QVariantList{"sh", "-c", "echo hello; sleep 30"}));

        // Submit emits the Job; the server's 422 causes land on their fields.
        dlg.cpuEdit()->setText("2");
        dlg.acceleratorBox()->setCurrentIndex(dlg.acceleratorBox()->findData(offers.first().model));
        QVERIFY(dlg.countBox()->isEnabled());
        dlg.parallelismBox()->setValue(2);
        QSignalSpy submits(&dlg, &SubmitDialog::submitRequested);
        QTest::mouseClick(dlg.submitButton(), Qt::LeftButton);
        QCOMPARE(submits.size(), 1);
        const auto status = kube::KubeStatus::parse(parse(kInvalidStatus));
        QVERIFY(status.has_value());
        const QList<jobs::FieldProblem> fp = jobs::fieldProblemsOf(kube::errorFromStatus(*status));
        QCOMPARE(fp.size(), 4);
        dlg.showProblems(fp);
        QVERIFY(dlg.fieldError(SpecField::Image).contains("Required value"));
        QVERIFY(
            dlg.fieldError(SpecField::Parallelism).contains("must be greater than or equal to 0"));
        QVERIFY(dlg.fieldError(SpecField::Cpu).contains("must be a quantity"));
        QVERIFY(dlg.fieldError(SpecField::Name).isEmpty());
        QVERIFY(dlg.fieldError(SpecField::Memory).isEmpty());
        // A cause no form field shows goes above the buttons, with its path.
        QVERIFY(dlg.generalError().contains("spec.template.spec.restartPolicy"));
        QVERIFY(dlg.findChild<QLabel *>("error_image")->isVisible());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(dlg.imageEdit()));
        // A new attempt clears them.
        dlg.clearProblems();
        QVERIFY(dlg.fieldError(SpecField::Image).isEmpty());

        // YAML mode: a syntax error in words, then a Job read back.
        dlg.setYaml("apiVersion: batch/v1\nkind: Job\nmetadata: [oops\n");
        QCOMPARE(dlg.mode(), SubmitDialog::YamlMode);
        QVERIFY(dlg.buildJob().isEmpty());
        QVERIFY(dlg.generalError().contains("line"));
        dlg.setYaml(
            "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: from-yaml\nspec:\n"
            "  template:\n    spec:\n      restartPolicy: Never\n      containers:\n"
            "      - name: main\n        image: busybox\n        command: [sh, -c, echo hi]\n");
        const QJsonObject y = dlg.buildJob();
        QCOMPARE(y.value("metadata").toObject().value("name").toString(),
                 QStringLiteral("from-yaml"));
        QCOMPARE(y.value("metadata").toObject().value("namespace").toString(), kNs);
        QVERIFY(y.value("metadata")
                    .toObject()
                    .value("labels")
                    .toObject()
                    .contains(QLatin1String(jobs::kSubmissionLabel)));
    }
};

QTEST_MAIN(TestJobsPage)
#include "tst_jobspage.moc"
