#pragma once

#include <QComboBox>

namespace plancia::ui {

class ProfileListModel;

// A combo box over the known platform profiles. Choosing one emits profileChosen(name);
// setCurrentProfile() reflects the active profile without emitting.
class ProfileSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(ProfileListModel *model, QWidget *parent = nullptr);

    void setCurrentProfile(const QString &name);
    QString currentProfile() const;

Q_SIGNALS:
    void profileChosen(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void sync();
    void retranslate();

    ProfileListModel *m_model;
    QString m_current;
};

} // namespace plancia::ui
