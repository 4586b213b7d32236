#include "usage/rangepicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace plancia::ui {

RangePicker::RangePicker(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
{
    m_preset->setObjectName(QStringLiteral("rangePreset"));
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    for (int i = 0; i < 4; ++i)
        m_preset->addItem(QString());
    retranslate();
    m_preset->setCurrentIndex(int(Preset::Week));
    onPresetChanged();
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        onPresetChanged();
        Q_EMIT rangeChanged();
    });
    for (QDateTimeEdit *e : {m_from, m_to}) {
        connect(e, &QDateTimeEdit::editingFinished, this, [this] {
            if (preset() == Preset::Custom && m_from->dateTime() < m_to->dateTime())
                Q_EMIT rangeChanged();
        });
    }
}

void RangePicker::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(int(preset));
}

RangePicker::Preset RangePicker::preset() const
{
    return Preset(m_preset->currentIndex());
}

void RangePicker::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(int(Preset::Custom));
    }
    m_from->setDateTime(from);
    m_to->setDateTime(to);
    onPresetChanged();
    Q_EMIT rangeChanged();
}

QDateTime RangePicker::from() const
{
    switch (preset()) {
    case Preset::Day:
        return now().addSecs(-86400);
    case Preset::Week:
        return now().addDays(-7);
    case Preset::Month:
        return now().addDays(-30);
    case Preset::Custom:
        break;
    }
    return m_from->dateTime().toUTC();
}

QDateTime RangePicker::to() const
{
    return preset() == Preset::Custom ? m_to->dateTime().toUTC() : now();
}

void RangePicker::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    onPresetChanged();
}

QDateTime RangePicker::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

void RangePicker::onPresetChanged()
{
    const bool custom = preset() == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        // The edits show the preset's period, a starting point for a custom one.
        m_from->setDateTime(from().toLocalTime());
        m_to->setDateTime(to().toLocalTime());
    }
}

void RangePicker::retranslate()
{
    m_preset->setItemText(int(Preset::Day), tr("Last 24 hours"));
    m_preset->setItemText(int(Preset::Week), tr("Last 7 days"));
    m_preset->setItemText(int(Preset::Month), tr("Last 30 days"));
    m_preset->setItemText(int(Preset::Custom), tr("Custom"));
    m_preset->setToolTip(tr("The period shown"));
    m_from->setToolTip(tr("From"));
    m_to->setToolTip(tr("To"));
}

void RangePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace plancia::ui
