#include "casefileview.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace plancia::ui {

CaseFileView::CaseFileView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_timeline(new QTreeWidget(this))
    , m_logs(new QPlainTextEdit(this))
    , m_events(new QTreeWidget(this))
    , m_raw(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    m_timeline->setHeaderLabels({tr("Time (UTC)"), tr("Step"), tr("What")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_events->setHeaderLabels(
        {tr("Time (UTC)"), tr("Type"), tr("Object"), tr("Reason"), tr("Message")});
    m_events->setRootIsDecorated(false);
    m_events->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    for (QPlainTextEdit *e : {m_logs, m_raw}) {
        e->setReadOnly(true);
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        e->setFont(mono);
    }
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_logs, tr("Last log lines"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(m_raw, tr("Case file"));
    clear();
}

void CaseFileView::clear()
{
    m_case = {};
    m_summary->setText(tr("Select a job or a session to see its timeline."));
    m_timeline->clear();
    m_events->clear();
    m_logs->clear();
    m_raw->clear();
}

void CaseFileView::setCaseFile(const QJsonObject &cf)
{
    m_case = cf;
    const QJsonObject s = cf.value(QLatin1String("summary")).toObject();
    const QString what = cf.value(QLatin1String("kind")).toString() == QLatin1String("session")
                             ? tr("Session")
                             : tr("Job");
    QString text = tr("<b>%1 %2/%3</b>: %4")
                       .arg(what, cf.value(QLatin1String("namespace")).toString().toHtmlEscaped(),
                            cf.value(QLatin1String("name")).toString().toHtmlEscaped(),
                            s.value(QLatin1String("stateText")).toString().toHtmlEscaped());
    const QString cause = s.value(QLatin1String("causeText")).toString();
    if (!cause.isEmpty())
        text += tr(" — <b>%1</b> (%2)")
                    .arg(cause.toHtmlEscaped(),
                         s.value(QLatin1String("reason")).toString().toHtmlEscaped());
    const QString msg = s.value(QLatin1String("message")).toString();
    if (!msg.isEmpty())
        text += QStringLiteral("<br>") + msg.toHtmlEscaped();
    const QJsonArray problems = cf.value(QLatin1String("problems")).toArray();
    for (const QJsonValue &p : problems)
        text += QStringLiteral("<br><i>") + p.toString().toHtmlEscaped() + QStringLiteral("</i>");
    m_summary->setText(text);

    m_timeline->clear();
    for (const QJsonValue &v : cf.value(QLatin1String("timeline")).toArray()) {
        const QJsonObject o = v.toObject();
        QString title = o.value(QLatin1String("title")).toString();
        const QString detail = o.value(QLatin1String("detail")).toString();
        if (!detail.isEmpty())
            title += QLatin1Char('\n') + detail;
        auto *item =
            new QTreeWidgetItem(m_timeline, {o.value(QLatin1String("time")).toString(),
                                             o.value(QLatin1String("step")).toString(), title});
        if (o.value(QLatin1String("warning")).toBool())
            item->setForeground(2, QColor(0xb0, 0x3a, 0x2e));
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);

    m_events->clear();
    for (const QJsonValue &v : cf.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = v.toObject();
        const QJsonObject io = e.value(QLatin1String("involvedObject")).toObject();
        QString when = e.value(QLatin1String("lastTimestamp")).toString();
        if (when.isEmpty())
            when = e.value(QLatin1String("eventTime")).toString();
        new QTreeWidgetItem(m_events,
                            {when, e.value(QLatin1String("type")).toString(),
                             io.value(QLatin1String("kind")).toString() + QLatin1Char('/') +
                                 io.value(QLatin1String("name")).toString(),
                             e.value(QLatin1String("reason")).toString(),
                             e.value(QLatin1String("message")).toString()});
    }
    for (int c = 0; c < 4; ++c)
        m_events->resizeColumnToContents(c);

    QStringList logText;
    const QJsonObject logs = cf.value(QLatin1String("logs")).toObject();
    for (auto it = logs.begin(); it != logs.end(); ++it) {
        logText << tr("== %1 ==").arg(it.key());
        for (const QJsonValue &l : it.value().toArray())
            logText << l.toString();
    }
    m_logs->setPlainText(logText.isEmpty() ? tr("No log lines.") : logText.join(QLatin1Char('\n')));
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(cf).toJson(QJsonDocument::Indented)));
}

} // namespace plancia::ui
