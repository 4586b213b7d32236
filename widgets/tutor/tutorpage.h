#pragma once

#include "common/placeholderpage.h"

namespace plancia::ui {

// Tutor page (event tutors only): the participants of an event. Placeholder for now.
class TutorPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit TutorPage(QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;

protected:
    QString disconnectedText() const override;
    QString plannedText() const override;
};

} // namespace plancia::ui
