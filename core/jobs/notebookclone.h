#pragma once

#include "jobs/jobspec.h"
#include "net/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace plancia::jobs {

// "Clone my notebook" (Bunshin jobs): the user's running JupyterHub notebook pod (KubeSpawner's
// pod in the user's namespace: labels component=singleuser-server and
// hub.jupyter.org/username, named server in hub.jupyter.org/servername) turned into N jobs with
// its image, env, volumes, mounts, resources, node selector and tolerations, and a new command.
struct CloneOptions
{
    int count = 1;
    // The new command (argv); every "{index}" in it is replaced by the copy's index 0..count-1.
    QStringList command;
    // One Indexed Job with completions = parallelism = count instead of N Jobs: the index is the
    // pod's JOB_COMPLETION_INDEX; "{index}" in the command is then replaced by
    // "${JOB_COMPLETION_INDEX}" and the command run through `sh -c` when it is not already.
    bool indexed = false;
    QString namePrefix;    // empty: "<notebook pod name>-clone"
    QString priorityClass; // empty: lowest (opportunistic, evicted when notebooks need GPUs)
    QString localQueue;    // empty: the builder's default (profile queue / offload-queue)
    bool offload = false;  // keep the notebook's volumes only if they can follow (see check)
};

// The user's notebook pod among `pods` (a Pod list of the namespace): the running one of
// `username` whose server name is `serverName` ("" = the default server). nullopt when none runs.
std::optional<QJsonObject> findNotebookPod(const QList<QJsonObject> &pods, const QString &username,
                                           const QString &serverName = {});

// The JobSpec of the notebook: image, env (values and valueFrom), cpu/memory requests, the
// accelerator (model from the node selector's nvidia.com/gpu.product, count from the requests),
// volumes and mounts (the first container's), without the command.
Result<JobSpec> specFromNotebook(const QJsonObject &notebookPod);

// The JobSpecs of the clone: `count` specs (or one Indexed spec), each equal to the notebook's
// but for the command, its name and the clone labels/annotations (plancia.io/cloned-from,
// plancia.io/clone-index, plancia.io/created-by=clone).
Result<QList<JobSpec>> cloneNotebook(const QJsonObject &notebookPod, const CloneOptions &options);

// "{index}" replaced in every argument.
QStringList substituteIndex(const QStringList &command, const QString &index);

} // namespace plancia::jobs
