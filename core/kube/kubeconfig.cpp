#include "kube/kubeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

#include <yaml-cpp/yaml.h>

namespace plancia::kube {

namespace {

struct KubeconfigTr
{
    Q_DECLARE_TR_FUNCTIONS(plancia::kube::KubeConfig)
};

QString qs(const YAML::Node &n)
{
    if (!n || !n.IsScalar())
        return {};
    return QString::fromStdString(n.as<std::string>());
}

Error configError(const QString &message, const QString &detail = {})
{
    return Error::make(Error::Kind::Config, message, detail);
}

Error unsupported(const QString &message)
{
    return Error::make(Error::Kind::Unsupported, message);
}

// The entry `name` of a named list (clusters, users, contexts): [{name, <field>: {...}}].
YAML::Node findNamed(const YAML::Node &list, const QString &name, const char *field)
{
    if (!list || !list.IsSequence())
        return YAML::Node(YAML::NodeType::Undefined);
    for (const YAML::Node &entry : list) {
        if (qs(entry["name"]) == name)
            return entry[field];
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

QString resolve(const QString &baseDir, const QString &file)
{
    if (file.isEmpty() || QFileInfo(file).isAbsolute() || baseDir.isEmpty())
        return file;
    return QDir(baseDir).absoluteFilePath(file);
}

Status readUser(const YAML::Node &user, const QString &userName, const QString &baseDir,
                KubeConfig &out)
{
    if (user["exec"]) {
        const QString command = qs(user["exec"]["command"]);
        return unsupported(
            KubeconfigTr::tr("The kubeconfig's user \"%1\" gets its credentials from a program "
                             "(exec plugin \"%2\"), which Plancia does not run. Log in with "
                             "Plancia instead, or use a kubeconfig with a token.")
                .arg(userName, command));
    }
    if (user["auth-provider"]) {
        return unsupported(
            KubeconfigTr::tr("The kubeconfig's user \"%1\" uses an auth-provider plugin (\"%2\"), "
                             "which is not supported. Log in with Plancia instead, or use a "
                             "kubeconfig with a token.")
                .arg(userName, qs(user["auth-provider"]["name"])));
    }
    out.token = qs(user["token"]);
    if (out.token.isEmpty() && user["tokenFile"]) {
        const QString file = resolve(baseDir, qs(user["tokenFile"]));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            return configError(KubeconfigTr::tr("Cannot read the kubeconfig's token file %1: %2")
                                   .arg(file, f.errorString()));
        }
        out.token = QString::fromUtf8(f.readAll()).trimmed();
    }
    if (out.token.isEmpty() && (user["client-certificate"] || user["client-certificate-data"])) {
        return unsupported(KubeconfigTr::tr("The kubeconfig's user \"%1\" logs in with a client "
                                            "certificate, which is not supported. Use a token.")
                               .arg(userName));
    }
    if (out.token.isEmpty() && (user["username"] || user["password"])) {
        return unsupported(KubeconfigTr::tr("The kubeconfig's user \"%1\" logs in with a user "
                                            "name and password, which is not supported. Use a "
                                            "token.")
                               .arg(userName));
    }
    return Ok{};
}

Status readCluster(const YAML::Node &cluster, const QString &baseDir, KubeConfig &out)
{
    const QString server = qs(cluster["server"]);
    out.server = QUrl(server);
    if (server.isEmpty() || !out.server.isValid() || out.server.host().isEmpty()) {
        return configError(KubeconfigTr::tr("The kubeconfig's cluster \"%1\" names no valid "
                                            "server.")
                               .arg(out.clusterName));
    }
    if (cluster["insecure-skip-tls-verify"] && cluster["insecure-skip-tls-verify"].as<bool>()) {
        return unsupported(KubeconfigTr::tr("The kubeconfig's cluster \"%1\" turns TLS "
                                            "verification off, which Plancia never does. Give "
                                            "its CA instead (certificate-authority).")
                               .arg(out.clusterName));
    }
    if (cluster["certificate-authority-data"]) {
        const QByteArray b64 = qs(cluster["certificate-authority-data"]).toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(b64);
        if (!decoded || QSslCertificate::fromData(*decoded, QSsl::Pem).isEmpty()) {
            return configError(KubeconfigTr::tr("The kubeconfig's cluster \"%1\" has "
                                                "certificate-authority-data that is not a "
                                                "base64 PEM certificate.")
                                   .arg(out.clusterName));
        }
        out.caPem = *decoded;
    }
    if (cluster["certificate-authority"]) {
        out.caFile = resolve(baseDir, qs(cluster["certificate-authority"]));
        if (!QFileInfo::exists(out.caFile)) {
            return configError(
                KubeconfigTr::tr("The kubeconfig's CA file %1 does not exist.").arg(out.caFile));
        }
    }
    return Ok{};
}

} // namespace

QString KubeConfig::defaultPath()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty())
        return env.split(QDir::listSeparator(), Qt::SkipEmptyParts).value(0);
    return QDir::home().filePath(QStringLiteral(".kube/config"));
}

Result<KubeConfig> KubeConfig::load(const QString &path, const QString &context)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return configError(
            KubeconfigTr::tr("Cannot read the kubeconfig %1: %2").arg(path, f.errorString()));
    }
    auto r = parse(f.readAll(), QFileInfo(path).absolutePath(), context);
    if (r.ok())
        r.value().path = path;
    return r;
}

Result<KubeConfig> KubeConfig::parse(const QByteArray &yaml, const QString &baseDir,
                                     const QString &context)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return configError(KubeconfigTr::tr("The kubeconfig is not valid YAML: line %1, column "
                                            "%2.")
                               .arg(e.mark.line + 1)
                               .arg(e.mark.column + 1),
                           QString::fromStdString(e.what()));
    }
    try {
        if (!root.IsMap())
            return configError(KubeconfigTr::tr("The kubeconfig holds no settings."));
        KubeConfig out;
        out.contextName = context.isEmpty() ? qs(root["current-context"]) : context;
        if (out.contextName.isEmpty()) {
            return configError(KubeconfigTr::tr("The kubeconfig has no current-context; name the "
                                                "context to use."));
        }
        const YAML::Node ctx = findNamed(root["contexts"], out.contextName, "context");
        if (!ctx || !ctx.IsMap()) {
            return configError(KubeconfigTr::tr("The kubeconfig has no context named \"%1\".")
                                   .arg(out.contextName));
        }
        out.clusterName = qs(ctx["cluster"]);
        out.userName = qs(ctx["user"]);
        out.namespaceName = qs(ctx["namespace"]);
        const YAML::Node cluster = findNamed(root["clusters"], out.clusterName, "cluster");
        if (!cluster || !cluster.IsMap()) {
            return configError(KubeconfigTr::tr("The kubeconfig's context \"%1\" names the cluster "
                                                "\"%2\", which it does not define.")
                                   .arg(out.contextName, out.clusterName));
        }
        if (const Status s = readCluster(cluster, baseDir, out); !s.ok())
            return s.error();
        if (!out.userName.isEmpty()) {
            const YAML::Node user = findNamed(root["users"], out.userName, "user");
            if (!user || !user.IsMap()) {
                return configError(KubeconfigTr::tr("The kubeconfig's context \"%1\" names the "
                                                    "user \"%2\", which it does not define.")
                                       .arg(out.contextName, out.userName));
            }
            if (const Status s = readUser(user, out.userName, baseDir, out); !s.ok())
                return s.error();
        }
        return out;
    } catch (const YAML::Exception &e) {
        return configError(KubeconfigTr::tr("The kubeconfig has a setting of the wrong type: line "
                                            "%1, column %2.")
                               .arg(e.mark.line + 1)
                               .arg(e.mark.column + 1),
                           QString::fromStdString(e.what()));
    }
}

} // namespace plancia::kube
