#pragma once

#include "net/error.h"

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

namespace plancia::ui {

class ErrorBanner;

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
};

} // namespace plancia::ui
