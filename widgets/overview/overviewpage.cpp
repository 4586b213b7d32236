#include "overviewpage.h"

#include "common/icons.h"
#include "common/theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace plancia::ui {

OverviewPage::OverviewPage(QWidget *parent)
    : PlaceholderPage(PageId::Overview, parent)
    , m_card(new QWidget(this))
    , m_cardHeading(new QLabel(m_card))
    , m_cardName(new QLabel(m_card))
    , m_form(new QFormLayout)
{
    theme::makeCard(m_card);
    theme::makeHeading(m_cardHeading);
    theme::makeSecondary(m_cardName);
    auto *icon = new QLabel(m_card);
    icon->setPixmap(linePixmap(QStringLiteral("platform"), theme::accent, 24, devicePixelRatioF()));
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(m_cardHeading);
    head->addWidget(m_cardName, 1);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(6);
    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(20, 16, 20, 16);
    cardLayout->addLayout(head);
    cardLayout->addSpacing(4);
    cardLayout->addLayout(m_form);
    body()->insertWidget(0, m_card);
    retranslate();
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QString OverviewPage::subtitle() const
{
    return tr("Accelerator availability and your usage at a glance.");
}

QString OverviewPage::disconnectedText() const
{
    return tr("Log in to see which GPUs and FPGAs are free now and how much you have used.");
}

QString OverviewPage::plannedText() const
{
    return tr("Here you will see which GPUs and FPGAs are free now, what is queued, and your "
              "accounting.");
}

void OverviewPage::setProfile(const std::optional<Profile> &profile)
{
    m_profile = profile;
    fillPlatform();
}

QString OverviewPage::platformSummary() const
{
    QStringList rows;
    for (int i = 0; i < m_form->rowCount(); ++i) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::FieldRole)->widget());
        if (label && value)
            rows << label->text() + QLatin1Char(' ') + value->text();
    }
    return m_cardHeading->text() + QLatin1Char('\n') + m_cardName->text() + QLatin1Char('\n') +
           rows.join(QLatin1Char('\n'));
}

void OverviewPage::retranslate()
{
    PlaceholderPage::retranslate();
    m_cardHeading->setText(tr("Platform"));
    fillPlatform();
}

void OverviewPage::fillPlatform()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    auto addRow = [this](const QString &label, const QString &value) {
        auto *v = new QLabel(value.isEmpty() ? tr("not set") : value);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *l = new QLabel(label);
        theme::makeSecondary(l);
        m_form->addRow(l, v);
    };
    if (!m_profile) {
        m_cardName->setText({});
        addRow(tr("Profile:"), tr("No platform profile is selected. Import one in Settings."));
        return;
    }
    const Profile &p = *m_profile;
    m_cardName->setText(p.displayName.isEmpty() ? p.name
                                                : tr("%1 (%2)").arg(p.displayName, p.name));
    addRow(tr("Login (IAM):"), p.iam.issuer.toDisplayString());
    addRow(tr("JupyterHub:"), p.hub.url.toDisplayString());
    addRow(tr("Monitoring:"), p.prometheus.url.toDisplayString());
    addRow(tr("Storage (S3):"), p.s3.endpoint.toDisplayString());
    addRow(tr("Kubernetes:"), p.kubernetes.server.toDisplayString());
    addRow(tr("Batch queue:"), p.kubernetes.localQueue);
}

} // namespace plancia::ui
