#include "storage/transferspanel.h"

#include "storage/transfersmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace plancia::ui {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const int permille = index.data(TransfersModel::ProgressRole).toInt();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = permille < 0 ? 0 : 1000; // 0..0: busy, size not known yet
    bar.progress = std::max(permille, 0);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    if (option.state & QStyle::State_Selected)
        painter->fillRect(option.rect, option.palette.highlight());
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, w);
}

TransfersPanel::TransfersPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TransfersModel(this))
    , m_limit(new QComboBox(this))
    , m_limitLabel(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_pause(new QAction(this))
    , m_resume(new QAction(this))
    , m_cancel(new QAction(this))
    , m_pauseAll(new QAction(this))
    , m_resumeAll(new QAction(this))
    , m_cancelAll(new QAction(this))
    , m_clear(new QAction(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegateForColumn(TransfersModel::ProgressColumn, new ProgressDelegate(this));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(TransfersModel::NameColumn, 260);
    m_view->header()->resizeSection(TransfersModel::DirectionColumn, 90);
    m_view->header()->resizeSection(TransfersModel::ProgressColumn, 220);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_pause, m_resume, m_cancel});
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_title);
    top->addWidget(m_totals, 1);
    top->addWidget(m_limitLabel);
    top->addWidget(m_limit);
    for (QAction *a :
         {m_pause, m_resume, m_cancel, m_pauseAll, m_resumeAll, m_cancelAll, m_clear}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        top->addWidget(b);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_pause, &QAction::triggered, this, [this] { forSelected(&TransferQueue::pause); });
    connect(m_resume, &QAction::triggered, this, [this] { forSelected(&TransferQueue::resume); });
    connect(m_cancel, &QAction::triggered, this, [this] { forSelected(&TransferQueue::cancel); });
    connect(m_pauseAll, &QAction::triggered, this, [this] {
        if (m_model->queue())
            m_model->queue()->pauseAll();
    });
    connect(m_resumeAll, &QAction::triggered, this, [this] {
        if (m_model->queue())
            m_model->queue()->resumeAll();
    });
    connect(m_cancelAll, &QAction::triggered, this, [this] {
        if (m_model->queue())
            m_model->queue()->cancelAll();
    });
    connect(m_limit, &QComboBox::activated, this, [this] {
        QSettings().setValue(QString::fromLatin1(LimitKey), m_limit->currentData().toLongLong());
        applyLimit();
    });
    connect(m_clear, &QAction::triggered, m_model, &TransfersModel::clearFinished);
    connect(m_model, &TransfersModel::totalsChanged, this, [this] {
        m_totals->setText(m_model->totalsText());
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransfersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TransfersPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TransfersPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransfersPanel::updateActions);
    retranslate();
    updateActions();
}

void TransfersPanel::fillLimits(qint64 current)
{
    m_limit->clear();
    QList<qint64> limits{0, 1000000, 5000000, 10000000, 25000000, 50000000, 100000000};
    if (!limits.contains(current) && current > 0)
        limits.append(current);
    std::sort(limits.begin(), limits.end());
    for (qint64 l : limits) {
        m_limit->addItem(
            l == 0 ? tr("No limit")
                   : tr("%1/s").arg(QLocale().formattedDataSize(l, 1, QLocale::DataSizeSIFormat)),
            l);
    }
    m_limit->setCurrentIndex(m_limit->findData(current));
}

void TransfersPanel::applyLimit()
{
    if (TransferQueue *q = m_model->queue())
        q->setBandwidthLimit(m_limit->currentData().toLongLong());
}

void TransfersPanel::setQueue(TransferQueue *queue)
{
    m_model->setQueue(queue);
    const qint64 saved = QSettings().value(QString::fromLatin1(LimitKey), 0).toLongLong();
    fillLimits(std::max<qint64>(saved, 0));
    if (queue && (saved > 0 || queue->bandwidthLimit() > 0))
        applyLimit();
    m_totals->setText(m_model->totalsText());
    updateActions();
}

QList<TransferQueue::Id> TransfersPanel::selectedIds() const
{
    QList<TransferQueue::Id> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids.append(m_model->idAt(i.row()));
    return ids;
}

void TransfersPanel::forSelected(void (TransferQueue::*what)(TransferQueue::Id))
{
    TransferQueue *q = m_model->queue();
    if (!q)
        return;
    for (TransferQueue::Id id : selectedIds())
        (q->*what)(id);
}

void TransfersPanel::updateActions()
{
    bool canPause = false, canResume = false, canCancel = false, anyFinished = false;
    bool anyActive = false, anyPaused = false;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const auto state = TransferQueue::State(i.data(TransfersModel::StateRole).toInt());
        canPause |= state == TransferQueue::State::Queued ||
                    state == TransferQueue::State::Running ||
                    state == TransferQueue::State::Listing;
        canResume |= state == TransferQueue::State::Paused;
        canCancel |= !TransferQueue::isFinished(state);
    }
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto state = m_model->itemAt(r).state;
        anyFinished |= TransferQueue::isFinished(state);
        anyActive |= !TransferQueue::isFinished(state);
        anyPaused |= state == TransferQueue::State::Paused;
    }
    m_pause->setEnabled(canPause);
    m_resume->setEnabled(canResume);
    m_cancel->setEnabled(canCancel);
    m_pauseAll->setEnabled(anyActive);
    m_resumeAll->setEnabled(anyPaused);
    m_cancelAll->setEnabled(anyActive);
    m_clear->setEnabled(anyFinished);
}

void TransfersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TransfersPanel::retranslate()
{
    m_title->setText(tr("Transfers"));
    m_pause->setText(tr("Pause"));
    m_resume->setText(tr("Resume"));
    m_cancel->setText(tr("Cancel"));
    m_pauseAll->setText(tr("Pause all"));
    m_resumeAll->setText(tr("Resume all"));
    m_cancelAll->setText(tr("Cancel all"));
    m_clear->setText(tr("Clear finished"));
    m_limitLabel->setText(tr("Speed:"));
    m_limit->setToolTip(tr("Limit the bandwidth all transfers use together"));
    fillLimits(m_limit->count() ? m_limit->currentData().toLongLong()
                                : QSettings().value(QString::fromLatin1(LimitKey), 0).toLongLong());
    m_totals->setText(m_model->totalsText());
}

} // namespace plancia::ui
