#pragma once

#include "common/placeholderpage.h"

namespace plancia::ui {

// Sessions page: JupyterLab servers. Placeholder until the hub client lands.
class SessionsPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit SessionsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;

protected:
    QString disconnectedText() const override;
    QString plannedText() const override;
};

} // namespace plancia::ui
