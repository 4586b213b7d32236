#include "errorpresenter.h"

#include "errorbanner.h"
#include "log/logging.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>

namespace plancia::ui {

namespace {

// A line that is never broken: Qt's layout honours "no wrap" only for a whole block.
QString wholeLine(const QString &text)
{
    return QStringLiteral("<div style=\"white-space:pre\">") + text.toHtmlEscaped() +
           QStringLiteral("</div>");
}

} // namespace

UrlOpener systemUrlOpener()
{
    return [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
}

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
    case K::Unavailable:
        return tr("A helper program is not running");
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
    box->setInformativeText(wrapKeepingPaths(error.message));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a sentence per line (a narrow box wraps every line of a list of problems), and
    // never less than the widest path, which is kept whole.
    if (auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))) {
        label->setMinimumWidth(
            qMax(label->minimumSizeHint().width(), label->fontMetrics().averageCharWidth() * 48));
    }
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->setStandardButtons(QMessageBox::Close);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

bool ErrorPresenter::openOrOfferCopy(QWidget *parent, const UrlOpener &opener, const QUrl &url)
{
    const UrlOpener open = opener ? opener : systemUrlOpener();
    if (open(url))
        return true;
    showCannotOpen(parent, url);
    return false;
}

QMessageBox *ErrorPresenter::showCannotOpen(QWidget *parent, const QUrl &url)
{
    const bool local = url.isLocalFile();
    const QString shown =
        local ? QDir::toNativeSeparators(url.toLocalFile()) : url.toDisplayString();
    // A link may carry a one-time login code in its query: the log gets the host only.
    logger("ui")->warn(
        "nothing could open {}",
        (local ? shown : url.scheme() + QStringLiteral("://") + url.host()).toStdString());
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("cannotOpen"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(local ? tr("Open the folder") : tr("Open the link"));
    box->setText(local ? tr("No program could open the folder.")
                       : tr("No web browser could open the link."));
    const QString how =
        local ? tr("Nothing on this computer is set up to open folders. Copy the path and "
                   "open it yourself:")
              : tr("Nothing on this computer is set up to open web pages. Copy the link and "
                   "open it in a browser yourself, here or on another device:");
    // The path may hold spaces: it is its own line, whole, whatever it looks like.
    box->setInformativeText(QStringLiteral("<qt><div>") + how.toHtmlEscaped() +
                            QStringLiteral("</div>") + wholeLine(shown) + QStringLiteral("</qt>"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *copy =
        box->addButton(local ? tr("Copy path") : tr("Copy link"), QMessageBox::AcceptRole);
    copy->setObjectName(QStringLiteral("copy"));
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(copy);
    const QString copied = local ? shown : QString::fromUtf8(url.toEncoded());
    QObject::connect(copy, &QAbstractButton::clicked, box, [copied] {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setText(copied);
    });
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

QString ErrorPresenter::wrapKeepingPaths(const QString &text)
{
    // A path or link starts with a scheme, "/", "~/" or a drive letter and runs to the next
    // space; a word with a slash inside ("and/or") is left alone. Qt's layout may break a line
    // after any '/' and honours "no wrap" only for a whole block, so each path gets a line of
    // its own, kept whole: the label grows to its width, and a selection copies it unchanged.
    static const QRegularExpression path(
        QStringLiteral(R"((?<![\w.])(?:[A-Za-z][A-Za-z0-9+.-]*://|~/|/|[A-Za-z]:\\)[^\s"<>]+)"));
    QString html = QStringLiteral("<qt>");
    qsizetype at = 0;
    auto plain = [&](QString part) {
        if (!part.isEmpty())
            html += QStringLiteral("<div>") +
                    part.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                    QStringLiteral("</div>");
    };
    for (auto it = path.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        plain(text.mid(at, m.capturedStart() - at).trimmed());
        html += QStringLiteral("<div style=\"white-space:pre\">") + m.captured().toHtmlEscaped() +
                QStringLiteral("</div>");
        at = m.capturedEnd();
        // The line after the path starts with its text, not with the space that followed.
        while (at < text.size() && text.at(at) == QLatin1Char(' '))
            ++at;
    }
    plain(text.mid(at));
    return html + QStringLiteral("</qt>");
}

} // namespace plancia::ui
