#pragma once

#include "common/placeholderpage.h"

namespace plancia::ui {

// Storage page: S3 buckets and transfers. Placeholder until the S3 client lands.
class StoragePage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit StoragePage(QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;

protected:
    QString disconnectedText() const override;
    QString plannedText() const override;
};

} // namespace plancia::ui
