#pragma once

#include "jobs/jobstate.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace plancia::ui {

// The Jobs table's filters over jobs::JobsModel: a state group, an accelerator model, a site
// (offload site or node) and a search text matched against name, state, reason, Kueue's message,
// accelerator and site (case-insensitive, every word must match). Sorting uses the model's
// SortRole.
class JobsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateGroup {
        All,
        Active,  // not finished: pending .. offloaded, evicted
        Pending, // pending, quota reserved, admitted (not yet running), unknown, suspended
        Running, // running in the cluster or offloaded
        Offloaded,
        Evicted, // evicted or preempted and requeued
        Succeeded,
        Failed,
    };
    Q_ENUM(StateGroup)

    explicit JobsFilterProxy(QObject *parent = nullptr);

    void setStateGroup(StateGroup group);
    StateGroup stateGroup() const { return m_group; }
    // Empty: any. "none" (kCpuOnly): CPU-only jobs.
    void setAccelerator(const QString &model);
    QString accelerator() const { return m_accelerator; }
    // Empty: any. A site name (offloaded) or a node name.
    void setSite(const QString &site);
    QString site() const { return m_site; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

    static bool inGroup(jobs::JobState state, StateGroup group);
    static constexpr char kCpuOnly[] = "none";

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateGroup m_group = StateGroup::All;
    QString m_accelerator;
    QString m_site;
    QStringList m_words;
};

} // namespace plancia::ui
