#include "clonedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace plancia::ui {

CloneDialog::CloneDialog(QWidget *parent)
    : QDialog(parent)
    , m_notebook(new QLabel(this))
    , m_count(new QSpinBox(this))
    , m_command(new QLineEdit(this))
    , m_indexed(new QCheckBox(this))
    , m_priority(new QComboBox(this))
    , m_offload(new QCheckBox(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("cloneDialog"));
    setWindowTitle(tr("Clone my notebook"));
    m_notebook->setWordWrap(true);
    m_count->setRange(1, 500);
    m_count->setValue(4);
    m_command->setPlaceholderText(tr("e.g. python train.py --shard {index}"));
    m_indexed->setText(tr("One &Indexed job (the index is JOB_COMPLETION_INDEX)"));
    m_offload->setText(tr("&Offload to a remote site"));
    m_priority->addItem(tr("lowest (default: evicted when notebooks need the GPUs)"), QString());
    m_preview->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("clonePreview"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Copies:"), m_count);
    form->addRow(tr("Co&mmand:"), m_command);
    form->addRow(QString(), m_indexed);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(QString(), m_offload);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_clone = buttons->addButton(tr("C&lone"), QDialogButtonBox::AcceptRole);
    m_clone->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notebook);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clone, &QPushButton::clicked, this, [this] {
        if (m_command->text().trimmed().isEmpty()) {
            setError(tr("Give the command the copies run."));
            m_command->setFocus();
            return;
        }
        Q_EMIT cloneRequested(options());
    });
    connect(m_count, &QSpinBox::valueChanged, this, &CloneDialog::updatePreview);
    connect(m_command, &QLineEdit::textChanged, this, &CloneDialog::updatePreview);
    connect(m_indexed, &QCheckBox::toggled, this, &CloneDialog::updatePreview);
    setNotebook({}, {});
}

void CloneDialog::setNotebook(const QString &podName, const QString &image)
{
    m_hasNotebook = !podName.isEmpty();
    m_notebook->setText(m_hasNotebook
                            ? tr("From your running notebook %1 (%2): the same image, environment, "
                                 "volumes and resources, with a new command.")
                                  .arg(podName, image)
                            : tr("No notebook of yours is running: start one from the Sessions "
                                 "page first."));
    updatePreview();
}

void CloneDialog::setPriorities(const QStringList &names)
{
    while (m_priority->count() > 1)
        m_priority->removeItem(1);
    for (const QString &n : names)
        if (!n.startsWith(QLatin1String("system-")))
            m_priority->addItem(n, n);
}

jobs::CloneOptions CloneDialog::options() const
{
    jobs::CloneOptions o;
    o.count = m_count->value();
    o.command = QProcess::splitCommand(m_command->text());
    o.indexed = m_indexed->isChecked();
    o.priorityClass = m_priority->currentData().toString();
    o.offload = m_offload->isChecked();
    return o;
}

void CloneDialog::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void CloneDialog::setBusy(bool busy)
{
    m_clone->setEnabled(!busy && m_hasNotebook);
}

void CloneDialog::updatePreview()
{
    m_clone->setEnabled(m_hasNotebook);
    const QStringList cmd = QProcess::splitCommand(m_command->text());
    if (cmd.isEmpty()) {
        m_preview->clear();
        return;
    }
    QStringList lines;
    if (m_indexed->isChecked()) {
        lines << tr("One job of %n pod(s), each running:", nullptr, m_count->value());
        lines << jobs::substituteIndex(cmd, QStringLiteral("${JOB_COMPLETION_INDEX}"))
                     .join(QLatin1Char(' '));
    } else {
        lines << tr("%n job(s):", nullptr, m_count->value());
        for (int i = 0; i < qMin(3, m_count->value()); ++i)
            lines << QStringLiteral("%1: %2").arg(i).arg(
                jobs::substituteIndex(cmd, QString::number(i)).join(QLatin1Char(' ')));
        if (m_count->value() > 3)
            lines << QStringLiteral("…");
    }
    m_preview->setText(lines.join(QLatin1Char('\n')));
}

} // namespace plancia::ui
