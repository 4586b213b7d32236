#pragma once

#include "common/placeholderpage.h"

namespace plancia::ui {

// Support page (support staff only): jobs across namespaces. Placeholder for now.
class SupportPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit SupportPage(QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;

protected:
    QString disconnectedText() const override;
    QString plannedText() const override;
};

} // namespace plancia::ui
