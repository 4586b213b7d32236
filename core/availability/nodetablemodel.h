#pragma once

#include "availability/availability.h"

#include <QAbstractTableModel>

namespace plancia::availability {

// The node table of the Overview: one row per node of the snapshot. Display texts are
// translated; StateRole gives the node's state for a delegate to paint, SortRole a value to
// sort by (numbers as numbers).
class NodeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Server, State, Accelerators, Cpu, Memory, Pods, ColumnCount };
    enum class NodeState { Ready, NotReady, Cordoned, Virtual, VirtualDisconnected };
    Q_ENUM(NodeState)
    enum Roles { StateRole = Qt::UserRole + 1, SortRole };

    explicit NodeTableModel(QObject *parent = nullptr);

    // Rows change in place when the same nodes come back (one dataChanged), else a reset.
    void setSnapshot(const Snapshot &snapshot);
    const NodeResources &node(int row) const { return m_nodes.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    NodeState stateOf(const NodeResources &node) const;
    QString acceleratorText(const NodeResources &node) const;

    QList<NodeResources> m_nodes;
    QHash<QString, bool> m_siteReady; // virtual node -> InterlinkConnectivity
    bool m_allPods = true;            // the requests of every pod are known
};

} // namespace plancia::availability
