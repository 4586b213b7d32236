#pragma once

#include "net/error.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace plancia::ui {

// An inline strip at the top of a page that says what went wrong in the page's own work
// (loading, refreshing) without interrupting with a dialog. Hidden while there is no error.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const QString &headline, const Error &error);
    void clear();
    // Offer a "Try again" button; it emits retryRequested().
    void setRetryEnabled(bool enabled);

    QString headline() const;
    // The error's message as given (the label shows it with paths kept whole).
    QString message() const;
    QString detail() const;

Q_SIGNALS:
    void retryRequested();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_message;
    QLabel *m_detail;
    QToolButton *m_detailsButton;
    QPushButton *m_retryButton;
    QToolButton *m_closeButton;
    QString m_messageText;
};

} // namespace plancia::ui
