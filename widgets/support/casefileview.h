#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace plancia::ui {

// A case file shown read-only: the summary, the timeline, the last log lines, the events, the
// pods' statuses and the whole file as text. Shows what caseFileJson() made (already redacted),
// from a live job or from a file opened on a machine without any platform.
class CaseFileView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFileView(QWidget *parent = nullptr);

    void setCaseFile(const QJsonObject &caseFile);
    void clear();
    const QJsonObject &caseFile() const { return m_case; }

    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *timeline() const { return m_timeline; }
    QPlainTextEdit *logs() const { return m_logs; }
    QTreeWidget *events() const { return m_events; }
    QPlainTextEdit *raw() const { return m_raw; }

private:
    QJsonObject m_case;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_timeline;
    QPlainTextEdit *m_logs;
    QTreeWidget *m_events;
    QPlainTextEdit *m_raw;
};

} // namespace plancia::ui
