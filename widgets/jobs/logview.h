#pragma once

#include "usage/savepath.h"

#include <QByteArray>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace plancia::ui {

// A container log as it streams: text appended as it arrives (partial lines held until their
// newline), "Follow" keeps the view at the end, a search box highlights every match and steps
// through them (Enter / Shift+Enter, F3), "Save…" writes what is held to a file. Memory is
// bounded: past maxBytes() the oldest lines are dropped (a note says how many), like kubelet's
// own log rotation.
class LogView : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);

    void setMaxBytes(qint64 bytes);
    qint64 maxBytes() const { return m_maxBytes; }
    // Bytes of text held (the complete lines and the pending partial one).
    qint64 heldBytes() const { return m_heldBytes + m_partial.size(); }
    qint64 droppedLines() const { return m_droppedLines; }

    // Appends a chunk of the stream (any split: lines are completed across chunks).
    void appendData(const QByteArray &chunk);
    // The stream ended: the partial line, if any, is shown as a line.
    void finish();
    void clear();
    // A note under the text ("Waiting for the container to start", errors); empty hides it.
    void setStatus(const QString &text);
    QString status() const;

    QString text() const;
    int lineCount() const;

    bool isFollowing() const;
    void setFollowing(bool on);
    // Whether the view shows the last line.
    bool isAtEnd() const;

    // Highlights every match of `text` (case-insensitive) and moves to the first one from the
    // cursor; returns the number of matches.
    int search(const QString &text);
    int matchCount() const { return m_matches; }
    int currentMatch() const { return m_current; } // 0-based, -1 without matches
    void findNext(bool backwards = false);

    bool saveTo(const QString &path, QString *error = nullptr) const;
    void setSavePathProvider(SavePathProvider provider) { m_savePath = std::move(provider); }
    void setSuggestedFileName(const QString &name) { m_suggestedName = name; }

    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *followBox() const { return m_follow; }

Q_SIGNALS:
    void followingChanged(bool following);
    void saved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void appendLines(const QString &text);
    void trim();
    void highlight();
    void saveAs();
    void retranslate();

    QPlainTextEdit *m_text;
    QLineEdit *m_search;
    QLabel *m_matchLabel;
    QCheckBox *m_follow;
    QToolButton *m_save;
    QLabel *m_status;
    QByteArray m_partial;
    qint64 m_maxBytes = 8 * 1024 * 1024;
    qint64 m_heldBytes = 0;
    qint64 m_droppedLines = 0;
    int m_matches = 0;
    int m_current = -1;
    SavePathProvider m_savePath;
    QString m_suggestedName = QStringLiteral("job.log");
};

} // namespace plancia::ui
