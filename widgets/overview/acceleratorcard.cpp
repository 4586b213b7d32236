#include "acceleratorcard.h"

#include "common/theme.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace plancia::ui {

using namespace availability;

UsageBar::UsageBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UsageBar::setCounts(int total, int used, int unavailable)
{
    m_total = total;
    m_used = used;
    m_unavailable = unavailable;
    update();
}

void UsageBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe3, 0xe8, 0xee));
    p.drawRoundedRect(r, 4, 4);
    if (m_total <= 0)
        return;
    if (m_used < 0) { // unknown: a hatched bar, never a made-up fill
        p.setBrush(QBrush(theme::muted, Qt::BDiagPattern));
        p.drawRoundedRect(r, 4, 4);
        return;
    }
    const double w = r.width();
    const double usedW = w * std::min(m_used, m_total) / m_total;
    const double unavailW =
        w * std::min(m_unavailable, m_total - std::min(m_used, m_total)) / m_total;
    p.setClipRect(r);
    p.setBrush(theme::accent);
    p.drawRoundedRect(QRectF(r.left(), r.top(), usedW, r.height()), 4, 4);
    p.setBrush(theme::muted);
    p.drawRect(QRectF(r.left() + usedW, r.top(), unavailW, r.height()));
}

AcceleratorCard::AcceleratorCard(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("acceleratorCard"));
    theme::makeCard(this);
    theme::makeHeading(m_title);
    m_title->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addLayout(m_rows);
    setMinimumWidth(170);
}

QString AcceleratorCard::title() const
{
    return m_title->text();
}

void AcceleratorCard::setModels(const QList<ModelAvailability> &models)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_texts.clear();
    for (const ModelAvailability &m : models) {
        auto *row = new QWidget(this);
        auto *v = new QVBoxLayout(row);
        v->setContentsMargins(0, 4, 0, 0);
        v->setSpacing(3);
        // A slice row names its profile; the whole GPU's row only when slices follow.
        QString name;
        if (m.model.kind == AcceleratorKind::MigSlice)
            name = tr("MIG %1").arg(m.model.migProfile);
        else if (models.size() > 1)
            name = tr("Whole GPU");
        QString counts;
        if (m.usedKnown()) {
            counts = tr("%1 free · %2 in use · %3 total").arg(m.free()).arg(m.used).arg(m.total);
            if (m.unavailable > 0)
                counts += tr(" · %1 unavailable").arg(m.unavailable);
        } else {
            counts = tr("%1 total · in use not known").arg(m.total);
        }
        if (m.ownUsed > 0)
            counts += tr(" · %n yours", nullptr, m.ownUsed);
        auto *label = new QLabel(name.isEmpty() ? counts : tr("%1: %2").arg(name, counts), row);
        label->setObjectName(QStringLiteral("acceleratorCounts"));
        label->setWordWrap(true);
        auto *bar = new UsageBar(row);
        bar->setCounts(m.total, m.used, m.unavailable);
        bar->setToolTip(counts);
        v->addWidget(label);
        v->addWidget(bar);
        m_rows->addWidget(row);
        m_texts << tr("%1: %2").arg(m.model.name, counts);
    }
}

QStringList AcceleratorCard::rowTexts() const
{
    return m_texts;
}

QList<UsageBar *> AcceleratorCard::bars() const
{
    return findChildren<UsageBar *>();
}

} // namespace plancia::ui
