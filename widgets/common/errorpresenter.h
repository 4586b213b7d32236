#pragma once

#include "net/error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QMessageBox;
class QUrl;
class QWidget;

namespace plancia::ui {

class ErrorBanner;

// Opens a link in the web browser or a folder in the file manager; false when nothing could.
// Widgets that open things take one (tests pass their own), defaulting to systemUrlOpener().
using UrlOpener = std::function<bool(const QUrl &)>;
// QDesktopServices::openUrl.
UrlOpener systemUrlOpener();

// The one place where a core::Error becomes something a person sees. Errors of a page's own
// background work go inline (a banner on the page, no interruption); a message box is used only
// when the person just asked for something and it failed. Every presented error is logged too.
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(plancia::ui::ErrorPresenter)

public:
    // A short translated headline for an error kind ("Cannot reach the server").
    static QString headline(Error::Kind kind);

    // Background work of a page failed.
    static void showInline(ErrorBanner *banner, const Error &error);
    // A user-initiated action failed. `action` says what was attempted ("Import the profile").
    // The box is window-modal and non-blocking; it deletes itself when closed.
    static QMessageBox *showForAction(QWidget *parent, const QString &action, const Error &error);

    // Opens `url` with `opener`. When nothing can open it (no browser, no file manager:
    // "xdg-open: no method available"), says so in a small box that shows the path or link,
    // selectable, with a button that copies it. True when it was opened.
    static bool openOrOfferCopy(QWidget *parent, const UrlOpener &opener, const QUrl &url);
    static QMessageBox *showCannotOpen(QWidget *parent, const QUrl &url);

    // Plain text as rich text for a word-wrapped label: line breaks kept, and each file path or
    // link on a line of its own, never split (whole and selectable, so it can be copied).
    static QString wrapKeepingPaths(const QString &text);
};

} // namespace plancia::ui
