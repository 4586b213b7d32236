#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;

namespace plancia::ui {

// The period of a chart or an accounting table: the last 24 hours, 7 days or 30 days (ending
// now, as of each query), or a custom range of two date-times.
class RangePicker : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Day, Week, Month, Custom };
    Q_ENUM(Preset)

    explicit RangePicker(QWidget *parent = nullptr);

    void setPreset(Preset preset);
    Preset preset() const;
    // Selects Custom with this range.
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    // The period as of now (presets end at the clock's now).
    QDateTime from() const;
    QDateTime to() const;
    // Tests give a fixed clock.
    void setClock(std::function<QDateTime()> now);

    QComboBox *presetBox() const { return m_preset; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    // The user picked another period (not emitted while a custom range is incomplete).
    void rangeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onPresetChanged();
    QDateTime now() const;

    QComboBox *m_preset;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    std::function<QDateTime()> m_now;
};

} // namespace plancia::ui
