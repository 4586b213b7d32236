#pragma once

#include "support/failurecause.h"

#include <QDateTime>
#include <QSortFilterProxyModel>

#include <optional>

namespace plancia::support {

// The support table's filters over a SupportIndex: user (substring), state key, cause, node or
// site (substring), accelerator (substring), created after; "failing only". Empty = any.
class SupportFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SupportFilter(QObject *parent = nullptr);

    void setUser(const QString &text);
    void setState(const QString &stateKey);
    void setCause(std::optional<FailureCause> cause);
    void setWhere(const QString &text);
    void setAccelerator(const QString &text);
    void setCreatedAfter(const QDateTime &when);
    void setFailingOnly(bool on);

    QString user() const { return m_user; }
    std::optional<FailureCause> cause() const { return m_cause; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    QString m_user;
    QString m_state;
    std::optional<FailureCause> m_cause;
    QString m_where;
    QString m_accelerator;
    QDateTime m_after;
    bool m_failingOnly = false;
};

} // namespace plancia::support
