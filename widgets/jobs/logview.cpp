#include "logview.h"

#include <QCheckBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace plancia::ui {

namespace {
constexpr int kMaxHighlights = 2000;
}

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_search(new QLineEdit(this))
    , m_matchLabel(new QLabel(this))
    , m_follow(new QCheckBox(this))
    , m_save(new QToolButton(this))
    , m_status(new QLabel(this))
{
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setUndoRedoEnabled(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setFont(QFont(QStringLiteral("monospace")));
    m_text->setObjectName(QStringLiteral("logText"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_follow->setChecked(true);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_save->setObjectName(QStringLiteral("logSave"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_matchLabel);
    bar->addWidget(m_follow);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) { search(t); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    auto *prev = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_search);
    prev->setContext(Qt::WidgetShortcut);
    connect(prev, &QShortcut::activated, this, [this] { findNext(true); });
    auto *f3 = new QShortcut(QKeySequence::FindNext, this);
    f3->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f3, &QShortcut::activated, this, [this] { findNext(false); });
    auto *sf3 = new QShortcut(QKeySequence::FindPrevious, this);
    sf3->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sf3, &QShortcut::activated, this, [this] { findNext(true); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
        Q_EMIT followingChanged(on);
    });
    // Scrolling up to read stops following; back at the end resumes it.
    connect(m_text->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        QScrollBar *sb = m_text->verticalScrollBar();
        QMetaObject::invokeMethod(
            this, [this, sb] { setFollowing(sb->value() >= sb->maximum()); }, Qt::QueuedConnection);
    });
    connect(m_save, &QToolButton::clicked, this, &LogView::saveAs);
    retranslate();
}

void LogView::retranslate()
{
    m_search->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_follow->setText(tr("&Follow"));
    m_follow->setToolTip(tr("Keep showing the newest lines as they arrive"));
    m_save->setText(tr("&Save…"));
    m_save->setToolTip(tr("Save the log to a file"));
    if (!m_search->text().isEmpty())
        m_matchLabel->setText(tr("%n match(es)", nullptr, m_matches));
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogView::setMaxBytes(qint64 bytes)
{
    m_maxBytes = qMax<qint64>(1024, bytes);
    trim();
}

void LogView::appendData(const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    m_partial.append(chunk);
    const qsizetype nl = m_partial.lastIndexOf('\n');
    if (nl < 0) {
        // A line longer than the whole budget is cut rather than held without bound.
        if (m_partial.size() > m_maxBytes)
            appendLines(QString::fromUtf8(std::exchange(m_partial, {})));
        return;
    }
    const QByteArray complete = m_partial.left(nl);
    m_partial.remove(0, nl + 1);
    appendLines(QString::fromUtf8(complete));
}

void LogView::finish()
{
    if (!m_partial.isEmpty())
        appendLines(QString::fromUtf8(std::exchange(m_partial, {})));
}

void LogView::appendLines(const QString &text)
{
    QScrollBar *sb = m_text->verticalScrollBar();
    const int keep = sb->value();
    m_text->appendPlainText(text);
    m_heldBytes += text.toUtf8().size() + 1;
    trim();
    if (isFollowing())
        sb->setValue(sb->maximum());
    else
        sb->setValue(qMin(keep, sb->maximum()));
    if (!m_search->text().isEmpty())
        highlight();
}

void LogView::trim()
{
    if (m_heldBytes <= m_maxBytes)
        return;
    // Drop the oldest lines down to 90 % of the budget, in one edit.
    const qint64 target = m_maxBytes * 9 / 10;
    QTextDocument *doc = m_text->document();
    QTextBlock block = doc->begin();
    qint64 freed = 0;
    int lines = 0;
    while (block.isValid() && m_heldBytes - freed > target && block != doc->lastBlock()) {
        freed += block.text().toUtf8().size() + 1;
        ++lines;
        block = block.next();
    }
    if (lines == 0)
        return;
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::Start);
    cursor.setPosition(block.position(), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_heldBytes -= freed;
    m_droppedLines += lines;
    m_text->setToolTip(tr("The %n oldest line(s) were dropped to bound memory; the saved file "
                          "holds what is shown.",
                          nullptr, int(qMin<qint64>(m_droppedLines, INT_MAX))));
}

void LogView::clear()
{
    m_text->clear();
    m_partial.clear();
    m_heldBytes = 0;
    m_droppedLines = 0;
    m_matches = 0;
    m_current = -1;
    m_text->setToolTip({});
    m_text->setExtraSelections({});
    if (!m_search->text().isEmpty())
        m_matchLabel->setText(tr("%n match(es)", nullptr, 0));
}

void LogView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString LogView::status() const
{
    return m_status->text();
}

QString LogView::text() const
{
    QString t = m_text->toPlainText();
    if (!m_partial.isEmpty())
        t += (t.isEmpty() ? QString() : QStringLiteral("\n")) + QString::fromUtf8(m_partial);
    return t;
}

int LogView::lineCount() const
{
    return m_text->document()->isEmpty() ? 0 : m_text->document()->blockCount();
}

bool LogView::isFollowing() const
{
    return m_follow->isChecked();
}

void LogView::setFollowing(bool on)
{
    m_follow->setChecked(on);
}

bool LogView::isAtEnd() const
{
    const QScrollBar *sb = m_text->verticalScrollBar();
    return sb->value() >= sb->maximum();
}

int LogView::search(const QString &text)
{
    if (m_search->text() != text) {
        const QSignalBlocker block(m_search);
        m_search->setText(text);
    }
    m_current = -1;
    highlight();
    if (m_matches > 0)
        findNext(false);
    return m_matches;
}

void LogView::highlight()
{
    const QString needle = m_search->text();
    QList<QTextEdit::ExtraSelection> sels;
    m_matches = 0;
    if (!needle.isEmpty()) {
        QTextCharFormat fmt;
        fmt.setBackground(QColor(255, 214, 0));
        fmt.setForeground(Qt::black);
        QTextDocument *doc = m_text->document();
        QTextCursor c(doc);
        while (true) {
            c = doc->find(needle, c);
            if (c.isNull())
                break;
            ++m_matches;
            if (sels.size() < kMaxHighlights)
                sels.append({c, fmt});
        }
        m_matchLabel->setText(tr("%n match(es)", nullptr, m_matches));
    } else {
        m_matchLabel->clear();
    }
    m_text->setExtraSelections(sels);
    if (m_current >= m_matches)
        m_current = m_matches - 1;
}

void LogView::findNext(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty() || m_matches == 0)
        return;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    QTextCursor from = m_text->textCursor();
    QTextCursor c = m_text->document()->find(needle, from, flags);
    if (c.isNull()) { // wrap around
        QTextCursor start(m_text->document());
        if (backwards)
            start.movePosition(QTextCursor::End);
        c = m_text->document()->find(needle, start, flags);
    }
    if (c.isNull())
        return;
    setFollowing(false);
    m_text->setTextCursor(c);
    m_text->ensureCursorVisible();
    // The index of this match, for "n of m".
    int index = 0;
    QTextCursor k(m_text->document());
    while (true) {
        k = m_text->document()->find(needle, k);
        if (k.isNull() || k.selectionStart() >= c.selectionStart())
            break;
        ++index;
    }
    m_current = index;
    m_matchLabel->setText(tr("%1 of %n", nullptr, m_matches).arg(m_current + 1));
}

bool LogView::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray data = m_text->toPlainText().toUtf8();
    if (!data.isEmpty())
        data.append('\n');
    data.append(m_partial);
    file.write(data);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void LogView::saveAs()
{
    const QString filter = tr("Log files (*.log *.txt);;All files (*)");
    const QString path = m_savePath
                             ? m_savePath(this, tr("Save the log"), m_suggestedName, filter)
                             : askSavePath(this, tr("Save the log"), m_suggestedName, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (saveTo(path, &error)) {
        setStatus(tr("Saved to %1").arg(path));
        Q_EMIT saved(path);
    } else {
        setStatus(tr("Could not save to %1: %2").arg(path, error));
    }
}

} // namespace plancia::ui
