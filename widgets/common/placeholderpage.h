#pragma once

#include "page.h"

namespace plancia::ui {

class PlaceholderView;

// A page whose content is not built yet. Logged out it says what logging in will show and
// offers to log in; logged in it says what the page will hold. Never pretends to have data.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    explicit PlaceholderPage(PageId id, QWidget *parent = nullptr);

    void setConnected(bool connected) override;
    PlaceholderView *placeholder() const { return m_placeholder; }

protected:
    // "log in to see <what>": completes the not-connected sentence.
    virtual QString disconnectedText() const = 0;
    // What the page will hold once it is built.
    virtual QString plannedText() const = 0;
    void retranslate() override;

private:
    PlaceholderView *m_placeholder;
};

} // namespace plancia::ui
