#include "nodetablemodel.h"

#include <QLocale>

namespace plancia::availability {

NodeTableModel::NodeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NodeTableModel::setSnapshot(const Snapshot &snapshot)
{
    QHash<QString, bool> siteReady;
    for (const OffloadSite &s : snapshot.sites)
        siteReady.insert(s.node, s.ready);
    bool sameRows = snapshot.nodes.size() == m_nodes.size();
    for (qsizetype i = 0; sameRows && i < m_nodes.size(); ++i)
        sameRows = m_nodes.at(i).name == snapshot.nodes.at(i).name;
    if (sameRows && m_allPods == (snapshot.podScope == PodScope::All)) {
        m_nodes = snapshot.nodes;
        m_siteReady = siteReady;
        if (!m_nodes.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_allPods = snapshot.podScope == PodScope::All;
    m_nodes = snapshot.nodes;
    m_siteReady = siteReady;
    endResetModel();
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

NodeTableModel::NodeState NodeTableModel::stateOf(const NodeResources &n) const
{
    if (n.isVirtual)
        return m_siteReady.value(n.name, n.ready) ? NodeState::Virtual
                                                  : NodeState::VirtualDisconnected;
    if (!n.ready)
        return NodeState::NotReady;
    if (!n.schedulable)
        return NodeState::Cordoned;
    return NodeState::Ready;
}

QString NodeTableModel::acceleratorText(const NodeResources &n) const
{
    QStringList parts;
    for (const auto &a : n.accelerators) {
        if (a.used < 0)
            parts << tr("%1: %2").arg(a.model.name).arg(a.total);
        else
            parts << tr("%1: %2 of %3 free")
                         .arg(a.model.name)
                         .arg(std::max(0, a.total - a.used))
                         .arg(a.total);
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeResources &n = m_nodes.at(index.row());
    const QLocale locale;
    const double gib = 1024.0 * 1024.0 * 1024.0;
    if (role == StateRole)
        return QVariant::fromValue(stateOf(n));
    if (role == SortRole) {
        switch (index.column()) {
        case Cpu:
            return n.cpuAllocatable - n.cpuRequested;
        case Memory:
            return n.memoryAllocatable - n.memoryRequested;
        case Pods:
            return n.pods;
        case State:
            return int(stateOf(n));
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Cpu)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return n.name;
    case Server:
        return n.server;
    case State:
        switch (stateOf(n)) {
        case NodeState::Ready:
            return tr("Ready");
        case NodeState::NotReady:
            return tr("Not ready");
        case NodeState::Cordoned:
            return tr("Cordoned");
        case NodeState::Virtual:
            return tr("Offload site");
        case NodeState::VirtualDisconnected:
            return tr("Offload site, disconnected");
        }
        return {};
    case Accelerators:
        return acceleratorText(n);
    case Cpu:
        if (!m_allPods) // other users' requests are not visible
            return locale.toString(n.cpuAllocatable, 'f', 0);
        return tr("%1 of %2 free")
            .arg(locale.toString(std::max(0.0, n.cpuAllocatable - n.cpuRequested), 'f', 1),
                 locale.toString(n.cpuAllocatable, 'f', 0));
    case Memory:
        if (!m_allPods)
            return tr("%1 GiB").arg(locale.toString(n.memoryAllocatable / gib, 'f', 0));
        return tr("%1 of %2 GiB free")
            .arg(locale.toString(std::max(0.0, n.memoryAllocatable - n.memoryRequested) / gib, 'f',
                                 0),
                 locale.toString(n.memoryAllocatable / gib, 'f', 0));
    case Pods:
        return m_allPods ? QVariant(n.pods) : QVariant(tr("%n yours", nullptr, n.pods));
    }
    return {};
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Node");
    case Server:
        return tr("Server");
    case State:
        return tr("State");
    case Accelerators:
        return tr("Accelerators");
    case Cpu:
        return tr("CPU cores");
    case Memory:
        return tr("Memory");
    case Pods:
        return tr("Pods");
    }
    return {};
}

} // namespace plancia::availability
