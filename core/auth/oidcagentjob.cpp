#include "auth/oidcagentjob.h"

#include "log/logging.h"
#include "log/redact.h"

#include <QTimeZone>

namespace plancia {

OidcAgentJob::OidcAgentJob(QString account, std::chrono::seconds timeout, QObject *parent)
    : ResultJob(parent)
    , m_account(std::move(account))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_process.kill();
        finish(Error::make(Error::Kind::Timeout,
                           tr("oidc-agent did not answer within %1 seconds. Is it waiting for "
                              "a password or a confirmation?")
                               .arg(m_timeout.interval() / 1000)));
    });
    connect(&m_process, &QProcess::finished, this, &OidcAgentJob::onProcessFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            finish(Error::make(Error::Kind::Unavailable,
                               tr("Cannot run %1: is oidc-agent installed?").arg(m_program),
                               m_process.errorString()));
        }
    });
}

OidcAgentJob::~OidcAgentJob()
{
    doCancel();
}

void OidcAgentJob::doStart()
{
    if (m_account.isEmpty()) {
        finish(Error::make(Error::Kind::Config, tr("The profile names no oidc-agent account.")));
        return;
    }
    m_timeout.start();
    m_process.start(m_program, {QStringLiteral("-a"), QStringLiteral("--name=Plancia"),
                                QStringLiteral("-t"), QStringLiteral("60"), m_account});
}

void OidcAgentJob::doCancel()
{
    m_timeout.stop();
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

Result<TokenResponse> OidcAgentJob::parseOutput(const QByteArray &out, const QDateTime &now)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    if (lines.isEmpty() || lines.first().trimmed().isEmpty()) {
        return Error::make(Error::Kind::Parse, tr("oidc-agent returned no token."));
    }
    TokenResponse t;
    t.accessToken = QString::fromUtf8(lines.at(0).trimmed());
    t.tokenType = QStringLiteral("Bearer");
    addSecret(t.accessToken);
    if (lines.size() >= 3) {
        bool ok = false;
        const qint64 exp = lines.at(2).trimmed().toLongLong(&ok);
        if (ok && exp > 0)
            t.accessExpiry = QDateTime::fromSecsSinceEpoch(exp, QTimeZone::utc());
    }
    if (!t.accessExpiry.isValid())
        t.accessExpiry = now.addSecs(300);
    return t;
}

void OidcAgentJob::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (isFinished())
        return;
    const QByteArray out = m_process.readAllStandardOutput();
    const QString err = redact(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
    if (status != QProcess::NormalExit || exitCode != 0) {
        const bool notRunning =
            err.contains(QLatin1String("OIDC_SOCK"), Qt::CaseInsensitive) ||
            err.contains(QLatin1String("socket"), Qt::CaseInsensitive) ||
            err.contains(QLatin1String("not running"), Qt::CaseInsensitive) ||
            err.contains(QLatin1String("connect"), Qt::CaseInsensitive) ||
            err.contains(QLatin1String("did not receive any response"), Qt::CaseInsensitive);
        if (notRunning) {
            finish(Error::make(Error::Kind::Unavailable,
                               tr("oidc-agent is not running (or this program cannot reach it). "
                                  "Start it with `eval $(oidc-agent-service use)` and load the "
                                  "account %1, then try again.")
                                   .arg(m_account),
                               err));
        } else {
            finish(Error::make(Error::Kind::Auth,
                               tr("oidc-agent could not give a token for %1: %2")
                                   .arg(m_account, err.isEmpty() ? tr("unknown error") : err),
                               err));
        }
        return;
    }
    finish(parseOutput(out, QDateTime::currentDateTimeUtc()));
}

void OidcAgentJob::finish(const Result<TokenResponse> &result)
{
    if (isFinished())
        return;
    m_timeout.stop();
    if (!result.ok())
        logger("core.auth")->warn("oidc-token: {}", result.error().toLogString().toStdString());
    finishWith(result);
}

} // namespace plancia
