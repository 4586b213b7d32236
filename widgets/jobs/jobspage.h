#pragma once

#include "common/placeholderpage.h"

namespace plancia::ui {

// Jobs page: batch jobs and their queue. Placeholder until the Kubernetes client lands.
class JobsPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit JobsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;

protected:
    QString disconnectedText() const override;
    QString plannedText() const override;
};

} // namespace plancia::ui
