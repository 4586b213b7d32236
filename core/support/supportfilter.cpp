#include "supportfilter.h"

#include "support/supportindex.h"

namespace plancia::support {

SupportFilter::SupportFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SupportIndex::SortRole);
}

void SupportFilter::changed()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() is the one way.
    invalidateFilter();
}

void SupportFilter::setUser(const QString &text)
{
    m_user = text.trimmed();
    changed();
}

void SupportFilter::setState(const QString &stateKey)
{
    m_state = stateKey;
    changed();
}

void SupportFilter::setCause(std::optional<FailureCause> cause)
{
    m_cause = cause;
    changed();
}

void SupportFilter::setWhere(const QString &text)
{
    m_where = text.trimmed();
    changed();
}

void SupportFilter::setAccelerator(const QString &text)
{
    m_accelerator = text.trimmed();
    changed();
}

void SupportFilter::setCreatedAfter(const QDateTime &when)
{
    m_after = when;
    changed();
}

void SupportFilter::setFailingOnly(bool on)
{
    m_failingOnly = on;
    changed();
}

bool SupportFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *index = qobject_cast<const SupportIndex *>(sourceModel());
    if (!index || sourceParent.isValid())
        return true;
    const SupportRow &r = index->row(sourceRow);
    if (m_failingOnly && r.cause == FailureCause::None)
        return false;
    if (m_cause && r.cause != *m_cause)
        return false;
    if (!m_state.isEmpty() && r.stateKey != m_state)
        return false;
    if (!m_user.isEmpty() && !r.user.contains(m_user, Qt::CaseInsensitive) &&
        !r.namespaceName.contains(m_user, Qt::CaseInsensitive))
        return false;
    if (!m_where.isEmpty() && !r.node.contains(m_where, Qt::CaseInsensitive) &&
        !r.site.contains(m_where, Qt::CaseInsensitive))
        return false;
    if (!m_accelerator.isEmpty() && !r.accelerator.contains(m_accelerator, Qt::CaseInsensitive))
        return false;
    if (m_after.isValid() && r.created.isValid() && r.created < m_after)
        return false;
    return true;
}

} // namespace plancia::support
