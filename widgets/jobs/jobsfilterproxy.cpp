#include "jobsfilterproxy.h"

#include "jobs/jobsmodel.h"

namespace plancia::ui {

using jobs::JobsModel;
using jobs::JobState;

JobsFilterProxy::JobsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobsModel::SortRole);
    setDynamicSortFilter(true);
}

void JobsFilterProxy::setStateGroup(StateGroup group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateFilter();
}

void JobsFilterProxy::setAccelerator(const QString &model)
{
    if (model == m_accelerator)
        return;
    m_accelerator = model;
    invalidateFilter();
}

void JobsFilterProxy::setSite(const QString &site)
{
    if (site == m_site)
        return;
    m_site = site;
    invalidateFilter();
}

void JobsFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool JobsFilterProxy::inGroup(JobState state, StateGroup group)
{
    switch (group) {
    case StateGroup::All:
        return true;
    case StateGroup::Active:
        return !jobs::isFinal(state) && state != JobState::Deleting;
    case StateGroup::Pending:
        return state == JobState::Pending || state == JobState::QuotaReserved ||
               state == JobState::Admitted || state == JobState::Unknown ||
               state == JobState::Suspended;
    case StateGroup::Running:
        return state == JobState::Running || state == JobState::Offloaded;
    case StateGroup::Offloaded:
        return state == JobState::Offloaded;
    case StateGroup::Evicted:
        return state == JobState::Evicted;
    case StateGroup::Succeeded:
        return state == JobState::Succeeded;
    case StateGroup::Failed:
        return state == JobState::Failed;
    }
    return true;
}

bool JobsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex idx = m->index(sourceRow, 0, sourceParent);
    const auto state = JobState(m->data(idx, JobsModel::StateRole).toInt());
    if (!inGroup(state, m_group))
        return false;
    if (!m_accelerator.isEmpty()) {
        const QString model = m->data(idx, JobsModel::AcceleratorModelRole).toString();
        if (m_accelerator == QLatin1String(kCpuOnly) ? !model.isEmpty() : model != m_accelerator)
            return false;
    }
    if (!m_site.isEmpty()) {
        if (m->data(idx, JobsModel::SiteRole).toString() != m_site &&
            m->data(idx, JobsModel::NodeRole).toString() != m_site)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    QString hay;
    for (int c = 0; c < m->columnCount(sourceParent); ++c)
        hay += m->data(m->index(sourceRow, c, sourceParent)).toString() + QLatin1Char('\n');
    hay += m->data(idx, JobsModel::MessageRole).toString();
    for (const QString &w : m_words)
        if (!hay.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace plancia::ui
