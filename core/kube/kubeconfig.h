#pragma once

#include "net/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace plancia::kube {

// One context of a kubeconfig file (the file kubectl reads), resolved: the cluster's server and
// CA, the user's bearer token and the context's namespace. For people who already have a
// kubeconfig; the usual way in is the Platform (the profile's server and the login's token).
//
// Supported: contexts/current-context, cluster `server`, `certificate-authority` (a file, relative
// to the kubeconfig) and `certificate-authority-data` (base64 PEM), user `token` and `tokenFile`,
// context `namespace`. Refused with a clear error: exec plugins and auth-provider (Plancia runs no
// credential programs), client certificates, basic auth, `insecure-skip-tls-verify` (verification
// is always on).
struct KubeConfig
{
    QString path;
    QString contextName;
    QString clusterName;
    QString userName;
    QUrl server;
    QString caFile;   // absolute
    QByteArray caPem; // from certificate-authority-data
    QString token;    // never logged
    QString namespaceName;

    // `context` empty: the file's current-context.
    static Result<KubeConfig> load(const QString &path, const QString &context = {});
    // `baseDir` resolves relative file names, as kubectl does (the kubeconfig's folder).
    static Result<KubeConfig> parse(const QByteArray &yaml, const QString &baseDir,
                                    const QString &context = {});
    // $KUBECONFIG's first entry, else ~/.kube/config.
    static QString defaultPath();
};

} // namespace plancia::kube
