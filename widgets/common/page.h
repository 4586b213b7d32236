#pragma once

#include "pageid.h"
#include "platform/platform.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace plancia::ui {

class ErrorBanner;

// Base of every page in the main window: a header (title and one line saying what the page is
// for), an inline error banner, and a body the subclass fills. Subclasses end their constructor
// with retranslate() and override it to re-set their own strings on a language change.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(PageId id, QWidget *parent = nullptr);

    PageId id() const { return m_id; }
    virtual QString title() const = 0;
    virtual QString subtitle() const = 0;

    // The active profile's Platform (not owned; nullptr when no profile is open), handed to
    // every page when the profile changes. Pages reach their services through it (its clients,
    // later its shared informers) and drop whatever they hold of the previous one.
    virtual void setPlatform(Platform *platform);
    Platform *platform() const { return m_platform; }

    // Whether a session is logged in on the active platform profile. Pages without data of
    // their own show a "not connected" message when false.
    virtual void setConnected(bool connected);
    bool isConnected() const { return m_connected; }

    ErrorBanner *errorBanner() const { return m_banner; }

Q_SIGNALS:
    // The page offers to log in (e.g. its "Log in…" button was clicked).
    void loginRequested();

protected:
    QVBoxLayout *body() const { return m_body; }
    virtual void retranslate();
    void changeEvent(QEvent *event) override;

private:
    PageId m_id;
    QPointer<Platform> m_platform;
    bool m_connected = false;
    QLabel *m_title;
    QLabel *m_subtitle;
    ErrorBanner *m_banner;
    QVBoxLayout *m_body;
};

} // namespace plancia::ui
