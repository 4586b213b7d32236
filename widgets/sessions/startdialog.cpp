#include "startdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace plancia::ui {

using jupyter::SessionProfile;

StartDialog::StartDialog(const QStringList &images, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_image(new QComboBox(this))
    , m_cpu(new QComboBox(this))
    , m_memory(new QComboBox(this))
    , m_accelerator(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_free(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Start a JupyterLab session"));
    setObjectName(QStringLiteral("startDialog"));
    m_name->setObjectName(QStringLiteral("sessionName"));
    m_name->setPlaceholderText(tr("default"));
    // JupyterHub's server names: letters, digits, '-', '_', '.'.
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{0,63}")), m_name));
    m_image->setObjectName(QStringLiteral("image"));
    m_image->addItems(images);
    m_image->setEditable(false);
    m_cpu->setObjectName(QStringLiteral("cpu"));
    for (int c : SessionProfile::cpuChoices())
        m_cpu->addItem(QString::number(c), c);
    m_memory->setObjectName(QStringLiteral("memory"));
    m_memory->addItems(SessionProfile::memoryChoices());
    m_accelerator->setObjectName(QStringLiteral("accelerator"));
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 1);
    m_free->setObjectName(QStringLiteral("freeNow"));
    m_free->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Image:"), m_image);
    form->addRow(tr("&CPU cores:"), m_cpu);
    form->addRow(tr("&Memory:"), m_memory);
    form->addRow(tr("&Accelerator:"), m_accelerator);
    form->addRow(tr("C&ount:"), m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_free);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canStart())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accelerator, &QComboBox::activated, this, [this] {
        m_wanted = m_accelerator->currentData().toString();
        update();
    });
    connect(m_count, &QSpinBox::valueChanged, this, &StartDialog::update);
    connect(m_name, &QLineEdit::textChanged, this, &StartDialog::update);
    rebuildAccelerators();
}

void StartDialog::setSnapshot(const availability::Snapshot &snapshot, bool known)
{
    m_snapshot = snapshot;
    m_known = known;
    rebuildAccelerators();
}

void StartDialog::setProfile(const SessionProfile &p)
{
    if (!p.image.isEmpty()) {
        if (m_image->findText(p.image) < 0)
            m_image->addItem(p.image);
        m_image->setCurrentText(p.image);
    }
    m_cpu->setCurrentIndex(std::max(0, m_cpu->findData(p.cpu)));
    m_memory->setCurrentText(p.memory);
    m_wanted = p.hasAccelerator() ? p.acceleratorModel : QString();
    rebuildAccelerators();
    if (p.hasAccelerator())
        m_count->setValue(p.acceleratorCount);
    update();
}

void StartDialog::setServerName(const QString &name)
{
    m_name->setText(name);
}

void StartDialog::setBusyNames(const QStringList &names)
{
    m_busy = names;
    update();
}

void StartDialog::rebuildAccelerators()
{
    const QSignalBlocker block(m_accelerator);
    m_accelerator->clear();
    m_accelerator->addItem(tr("None (CPU only)"), QString());
    for (const availability::ModelAvailability &m : m_snapshot.models) {
        if (m.model.kind == availability::AcceleratorKind::Fpga)
            continue; // the notebook form offers GPUs and their slices
        const int free = m.free();
        if (free > 0)
            m_accelerator->addItem(tr("%1 — %n free", nullptr, free).arg(m.model.name), m.model.id);
    }
    if (!m_wanted.isEmpty() && m_accelerator->findData(m_wanted) < 0) {
        // Chosen before (the last profile, or just now) but not free: kept, marked taken.
        const auto *m = m_snapshot.model(m_wanted);
        m_accelerator->addItem(tr("%1 — taken now").arg(m ? m->model.name : m_wanted), m_wanted);
    }
    m_accelerator->setCurrentIndex(std::max(0, m_accelerator->findData(m_wanted)));
    update();
}

void StartDialog::update()
{
    const QString id = m_accelerator->currentData().toString();
    const auto *m = id.isEmpty() ? nullptr : m_snapshot.model(id);
    const int free = m ? m->free() : 0;
    m_count->setEnabled(!id.isEmpty());
    m_count->setRange(1, std::max(1, std::min(free, 8)));
    if (id.isEmpty())
        m_free->setText(m_known ? tr("CPU-only sessions run on the CPU nodes.")
                                : tr("Free accelerators are not known yet."));
    else if (m)
        m_free->setText(tr("%1 of %2 %3 free now.").arg(free).arg(m->total).arg(m->model.name));
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

QString StartDialog::problem() const
{
    const QString id = m_accelerator->currentData().toString();
    if (!id.isEmpty()) {
        const auto *m = m_snapshot.model(id);
        const int free = m ? m->free() : 0;
        const QString name = m ? m->model.name : id;
        if (free <= 0)
            return tr("Every %1 has just been taken. Choose another accelerator, or wait: "
                      "this dialog follows the cluster and offers it again when one is free.")
                .arg(name);
        if (m_count->value() > free)
            return tr("Only %n %1 free now.", nullptr, free).arg(name);
    }
    if (m_busy.contains(serverName()))
        return serverName().isEmpty()
                   ? tr("Your default session is already running: give this one a name.")
                   : tr("A session named %1 is already running.").arg(serverName());
    return profile().validate();
}

bool StartDialog::canStart() const
{
    return problem().isEmpty();
}

SessionProfile StartDialog::profile() const
{
    SessionProfile p;
    p.image = m_image->currentText();
    p.cpu = m_cpu->currentData().toInt();
    p.memory = m_memory->currentText();
    p.acceleratorModel = m_accelerator->currentData().toString();
    p.acceleratorCount = p.acceleratorModel.isEmpty() ? 0 : m_count->value();
    return p;
}

QString StartDialog::serverName() const
{
    return m_name->text().trimmed();
}

} // namespace plancia::ui
