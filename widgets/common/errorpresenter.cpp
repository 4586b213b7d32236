#include "errorpresenter.h"

#include "errorbanner.h"
#include "log/logging.h"

#include <QMessageBox>

namespace plancia::ui {

QString ErrorPresenter::headline(Error::Kind kind)
{
    using K = Error::Kind;
    switch (kind) {
    case K::Network:
        return tr("Cannot reach the server");
    case K::Timeout:
        return tr("The server did not answer in time");
    case K::Canceled:
        return tr("Canceled");
    case K::Tls:
        return tr("Secure connection failed");
    case K::Unauthorized:
    case K::Auth:
        return tr("Login needed");
    case K::Forbidden:
        return tr("Not allowed");
    case K::NotFound:
    case K::Gone:
        return tr("Not found");
    case K::Conflict:
        return tr("Changed elsewhere");
    case K::Invalid:
        return tr("Request rejected");
    case K::RateLimited:
    case K::Server:
    case K::Http:
        return tr("The server reported a problem");
    case K::Parse:
    case K::TooLarge:
        return tr("Unexpected answer from the server");
    case K::Config:
        return tr("Configuration problem");
    case K::Keychain:
        return tr("System keychain problem");
    case K::Unsupported:
        return tr("Not supported by this platform");
    case K::Internal:
        break;
    }
    return tr("Something went wrong");
}

void ErrorPresenter::showInline(ErrorBanner *banner, const Error &error)
{
    logger("ui")->warn("{}", error.toLogString().toStdString());
    banner->showError(headline(error.kind), error);
}

QMessageBox *ErrorPresenter::showForAction(QWidget *parent, const QString &action,
                                           const Error &error)
{
    logger("ui")->warn("{}: {}", action.toStdString(), error.toLogString().toStdString());
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(error.kind == Error::Kind::Canceled ? QMessageBox::Information
                                                     : QMessageBox::Warning);
    box->setWindowTitle(action);
    box->setText(headline(error.kind));
    box->setInformativeText(error.message);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->setStandardButtons(QMessageBox::Close);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

} // namespace plancia::ui
