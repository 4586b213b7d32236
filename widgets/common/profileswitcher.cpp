#include "profileswitcher.h"

#include "profilelistmodel.h"

#include <QEvent>
#include <QSignalBlocker>

namespace plancia::ui {

ProfileSwitcher::ProfileSwitcher(ProfileListModel *model, QWidget *parent)
    : QComboBox(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    setModel(model);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(14);
    connect(model, &QAbstractItemModel::modelReset, this, &ProfileSwitcher::sync);
    connect(this, &QComboBox::activated, this, [this](int row) {
        const QString name =
            m_model->data(m_model->index(row, 0), ProfileListModel::NameRole).toString();
        if (!name.isEmpty() && name != m_current)
            Q_EMIT profileChosen(name);
    });
    sync();
    retranslate();
}

void ProfileSwitcher::setCurrentProfile(const QString &name)
{
    m_current = name;
    sync();
}

QString ProfileSwitcher::currentProfile() const
{
    return m_current;
}

void ProfileSwitcher::sync()
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(m_model->rowOf(m_current));
    setEnabled(m_model->rowCount() > 0);
}

void ProfileSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void ProfileSwitcher::retranslate()
{
    setPlaceholderText(tr("No platform open"));
    setToolTip(tr("The platform this window works with"));
}

} // namespace plancia::ui
