#pragma once

#include "common/placeholderpage.h"
#include "config/profile.h"

#include <optional>

class QFormLayout;
class QLabel;

namespace plancia::ui {

// The landing page. Until the availability and accounting views land it shows the platform the
// app is pointed at (from the active profile) and what logging in will show.
class OverviewPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;

    void setProfile(const std::optional<Profile> &profile);
    // The endpoint rows as shown (label text -> value text), for tests.
    QString platformSummary() const;

protected:
    QString disconnectedText() const override;
    QString plannedText() const override;
    void retranslate() override;

private:
    void fillPlatform();

    std::optional<Profile> m_profile;
    QWidget *m_card;
    QLabel *m_cardHeading;
    QLabel *m_cardName;
    QFormLayout *m_form;
};

} // namespace plancia::ui
