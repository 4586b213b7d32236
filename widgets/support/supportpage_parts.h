#pragma once

// Small helpers of the Support page.
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVector>

namespace plancia::ui {

// Counts as a row of block characters (▁▂▃▄▅▆▇█), one per value, scaled to the largest; a
// zero is a space-like low bar so the hours stay visible.
inline QString sparkline(const QVector<int> &values)
{
    static const QChar bars[] = {QChar(0x2581), QChar(0x2582), QChar(0x2583), QChar(0x2584),
                                 QChar(0x2585), QChar(0x2586), QChar(0x2587), QChar(0x2588)};
    int top = 0;
    for (int v : values)
        top = std::max(top, v);
    if (top == 0)
        return {};
    QString s;
    for (int v : values)
        s += v <= 0 ? QChar(0x2009) : bars[std::min(7, (v * 8 - 1) / top)];
    return s;
}

struct SupportStates
{
    Q_DECLARE_TR_FUNCTIONS(plancia::ui::SupportPage)
};

// The state filter's choices: job states (jobs::stateKey) and the sessions' own.
inline QList<QPair<QString, QString>> supportStateChoices()
{
    return {{QStringLiteral("pending"), SupportStates::tr("Pending")},
            {QStringLiteral("admitted"), SupportStates::tr("Admitted")},
            {QStringLiteral("running"), SupportStates::tr("Running")},
            {QStringLiteral("offloaded"), SupportStates::tr("Offloaded")},
            {QStringLiteral("evicted"), SupportStates::tr("Evicted")},
            {QStringLiteral("succeeded"), SupportStates::tr("Succeeded")},
            {QStringLiteral("failed"), SupportStates::tr("Failed")},
            {QStringLiteral("starting"), SupportStates::tr("Starting (session)")}};
}

} // namespace plancia::ui
