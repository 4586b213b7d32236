#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace plancia::ui {

// A centred icon, heading, explanation and optional button: what a page shows when it has
// nothing to show yet (not connected, nothing loaded, feature not there yet).
class PlaceholderView : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderView(QWidget *parent = nullptr);

    void setIcon(const QString &iconName);
    void setHeading(const QString &text);
    void setText(const QString &text);
    // An empty text hides the button.
    void setButtonText(const QString &text);

    QString heading() const;
    QString text() const;
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void buttonClicked();

private:
    QLabel *m_icon;
    QLabel *m_heading;
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace plancia::ui
