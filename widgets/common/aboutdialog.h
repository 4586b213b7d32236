#pragma once

#include <QDialog>

class QLabel;

namespace plancia::ui {

// Name, version, what Plancia is, the Qt it was built with and runs on, licence and links.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The licence of Plancia, as an SPDX identifier (also in the AppStream metainfo).
    static QString licenseId();
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_name;
    QLabel *m_body;
};

} // namespace plancia::ui
