#include "submitdialog.h"

#include "jobs/jobyaml.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace plancia::ui {

using jobs::SpecField;

namespace {
const QStringList kDefaultPriorities = {QStringLiteral("lowest"), QStringLiteral("lower"),
                                        QStringLiteral("higher"), QStringLiteral("highest"),
                                        QStringLiteral("fire")};

QString severityText(jobs::CheckProblem::Severity s)
{
    switch (s) {
    case jobs::CheckProblem::Severity::Error:
        return SubmitDialog::tr("Problem");
    case jobs::CheckProblem::Severity::Warning:
        return SubmitDialog::tr("Warning");
    case jobs::CheckProblem::Severity::Info:
        return SubmitDialog::tr("Note");
    }
    return {};
}
} // namespace

SubmitDialog::SubmitDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit)
    , m_image(new QLineEdit)
    , m_command(new QLineEdit)
    , m_cpu(new QLineEdit)
    , m_memory(new QLineEdit)
    , m_accelerator(new QComboBox)
    , m_count(new QSpinBox)
    , m_parallelism(new QSpinBox)
    , m_priority(new QComboBox)
    , m_offload(new QCheckBox)
    , m_site(new QComboBox)
    , m_yaml(new QPlainTextEdit)
    , m_openYaml(new QPushButton)
    , m_yamlError(new QLabel)
    , m_general(new QLabel(this))
    , m_check(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("submitDialog"));
    m_tabs->addTab(buildForm(), {});
    auto *yamlPage = new QWidget;
    auto *yl = new QVBoxLayout(yamlPage);
    yl->addWidget(m_openYaml, 0, Qt::AlignLeft);
    m_yaml->setFont(QFont(QStringLiteral("monospace")));
    m_yaml->setObjectName(QStringLiteral("submitYaml"));
    m_yaml->setTabChangesFocus(true);
    yl->addWidget(m_yaml, 1);
    m_yamlError->setWordWrap(true);
    m_yamlError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_yamlError->hide();
    yl->addWidget(m_yamlError);
    m_tabs->addTab(yamlPage, {});

    for (QLabel *l : {m_general, m_check, m_busy}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->hide();
    }
    m_general->setStyleSheet(QStringLiteral("color: #c62828"));
    m_general->setObjectName(QStringLiteral("submitGeneralError"));
    m_check->setObjectName(QStringLiteral("submitCheck"));
    m_submit = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_check);
    layout->addWidget(m_general);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, &SubmitDialog::onSubmit);
    connect(m_openYaml, &QPushButton::clicked, this, &SubmitDialog::openYamlFile);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SubmitDialog::scheduleCheck);

    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(300);
    connect(&m_checkTimer, &QTimer::timeout, this, &SubmitDialog::runCheck);
    for (QLineEdit *e : {m_name, m_image, m_command, m_cpu, m_memory})
        connect(e, &QLineEdit::textChanged, this, &SubmitDialog::scheduleCheck);
    for (QSpinBox *s : {m_count, m_parallelism})
        connect(s, &QSpinBox::valueChanged, this, &SubmitDialog::scheduleCheck);
    for (QComboBox *c : {m_accelerator, m_priority, m_site})
        connect(c, &QComboBox::currentIndexChanged, this, &SubmitDialog::scheduleCheck);
    connect(m_offload, &QCheckBox::toggled, this, &SubmitDialog::updateOffload);
    connect(m_accelerator, &QComboBox::currentIndexChanged, this,
            [this] { m_count->setEnabled(!m_accelerator->currentData().toString().isEmpty()); });
    connect(m_yaml, &QPlainTextEdit::textChanged, this, &SubmitDialog::scheduleCheck);

    setCatalog(jobs::ClusterCatalog::builtinDefaults());
    retranslate();
    updateOffload();
    resize(640, 720);
}

QLabel *SubmitDialog::errorLabel(SpecField field)
{
    auto *l = new QLabel;
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #c62828"));
    l->setObjectName(QStringLiteral("error_") + QLatin1String(jobs::specFieldKey(field)));
    l->hide();
    m_errors.insert(int(field), l);
    return l;
}

QWidget *SubmitDialog::buildForm()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    auto row = [&](SpecField field, QWidget *editor, const char *objectName) {
        editor->setObjectName(QLatin1String(objectName));
        m_editors.insert(int(field), editor);
        auto *box = new QWidget;
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(editor);
        v->addWidget(errorLabel(field));
        form->addRow(QString(), box);
        m_rows.append(box);
    };
    row(SpecField::Name, m_name, "submitName");
    row(SpecField::Image, m_image, "submitImage");
    row(SpecField::Command, m_command, "submitCommand");
    row(SpecField::Cpu, m_cpu, "submitCpu");
    row(SpecField::Memory, m_memory, "submitMemory");
    auto *acc = new QWidget;
    auto *ah = new QHBoxLayout(acc);
    ah->setContentsMargins(0, 0, 0, 0);
    ah->addWidget(m_accelerator, 1);
    ah->addWidget(m_count);
    m_count->setObjectName(QStringLiteral("submitCount"));
    m_count->setRange(1, 64);
    m_count->setEnabled(false);
    row(SpecField::Accelerator, acc, "submitAcceleratorRow");
    m_accelerator->setObjectName(QStringLiteral("submitAccelerator"));
    m_parallelism->setRange(1, 1000);
    row(SpecField::Parallelism, m_parallelism, "submitParallelism");
    row(SpecField::Priority, m_priority, "submitPriority");
    auto *off = new QWidget;
    auto *oh = new QHBoxLayout(off);
    oh->setContentsMargins(0, 0, 0, 0);
    oh->addWidget(m_offload);
    oh->addWidget(m_site, 1);
    m_offload->setObjectName(QStringLiteral("submitOffload"));
    m_site->setObjectName(QStringLiteral("submitSite"));
    row(SpecField::Offload, off, "submitOffloadRow");
    m_cpu->setText(QStringLiteral("1"));
    m_memory->setText(QStringLiteral("2Gi"));
    return page;
}

void SubmitDialog::retranslate()
{
    setWindowTitle(tr("New batch job"));
    m_tabs->setTabText(0, tr("&Form"));
    m_tabs->setTabText(1, tr("Y&AML"));
    auto *form = qobject_cast<QFormLayout *>(m_tabs->widget(0)->layout());
    const QStringList labels = {tr("&Name:"),        tr("&Image:"),    tr("Co&mmand:"),
                                tr("&CPU:"),         tr("M&emory:"),   tr("Acce&lerator:"),
                                tr("&Parallelism:"), tr("P&riority:"), tr("&Offload:")};
    for (int i = 0; i < labels.size() && i < m_rows.size(); ++i) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(m_rows[i]))) {
            l->setText(labels[i]);
            // The mnemonic goes to the editor itself, not the row's container.
            const auto editors = m_rows[i]->findChildren<QWidget *>();
            QWidget *buddy = m_rows[i];
            for (QWidget *w : editors)
                if (w->focusPolicy() != Qt::NoFocus && !qobject_cast<QLabel *>(w)) {
                    buddy = w;
                    break;
                }
            l->setBuddy(buddy);
        }
    }
    m_name->setPlaceholderText(tr("empty: a generated name"));
    m_image->setPlaceholderText(tr("e.g. harbor.cloud.infn.it/ai-infn/train:1.0"));
    m_command->setPlaceholderText(tr("e.g. python train.py --epochs 10 (empty: the image's own)"));
    m_cpu->setPlaceholderText(tr("cores, e.g. 2 or 500m"));
    m_memory->setPlaceholderText(tr("e.g. 8Gi"));
    m_offload->setText(tr("Offload to a remote site"));
    m_openYaml->setText(tr("Open a YAML &file…"));
    m_yaml->setPlaceholderText(tr("apiVersion: batch/v1\nkind: Job\n…"));
    m_submit->setText(tr("&Submit"));
    if (m_priority->count() > 0)
        m_priority->setItemText(0, tr("(none)"));
    if (m_accelerator->count() > 0)
        m_accelerator->setItemText(0, tr("None (CPU only)"));
    if (m_site->count() > 0)
        m_site->setItemText(0, tr("Any site"));
}

void SubmitDialog::setCatalog(const jobs::ClusterCatalog &catalog)
{
    m_catalog = catalog;
    const QString acc = m_accelerator->currentData().toString();
    const QString prio = m_priority->currentData().toString();
    const QString site = m_site->currentData().toString();
    {
        const QSignalBlocker b1(m_accelerator), b2(m_priority), b3(m_site);
        m_accelerator->clear();
        m_accelerator->addItem(tr("None (CPU only)"), QString());
        for (const jobs::AcceleratorOffer &o : catalog.acceleratorOffers()) {
            QString text = o.name;
            if (o.flavor.isEmpty() && !o.sites.isEmpty())
                text = tr("%1 (offload only: %2)").arg(o.name, o.sites.join(QStringLiteral(", ")));
            m_accelerator->addItem(text, o.model);
        }
        m_priority->clear();
        m_priority->addItem(tr("(none)"), QString());
        QStringList names = catalog.priorityClassNames();
        if (names.isEmpty())
            names = kDefaultPriorities;
        for (const QString &n : names)
            if (!n.startsWith(QLatin1String("system-")))
                m_priority->addItem(n, n);
        m_site->clear();
        m_site->addItem(tr("Any site"), QString());
        for (const QJsonObject &node : catalog.virtualNodes()) {
            const QString name = node.value(QLatin1String("metadata"))
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
            const QString site = jobs::ClusterCatalog::siteName(node);
            m_site->addItem(site == name ? name : QStringLiteral("%1 (%2)").arg(site, name), name);
        }
    }
    m_accelerator->setCurrentIndex(qMax(0, m_accelerator->findData(acc)));
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(prio)));
    m_site->setCurrentIndex(qMax(0, m_site->findData(site)));
    m_count->setEnabled(!m_accelerator->currentData().toString().isEmpty());
}

void SubmitDialog::setSpec(const jobs::JobSpec &spec)
{
    m_base = spec;
    m_name->setText(spec.name);
    m_image->setText(spec.image);
    QStringList argv = spec.command + spec.args;
    QStringList quoted;
    for (const QString &a : argv)
        quoted << (a.contains(QRegularExpression(QStringLiteral("[\\s\"']")))
                       ? QLatin1Char('"') +
                             QString(a).replace(QLatin1Char('"'), QStringLiteral("\"\"\"")) +
                             QLatin1Char('"')
                       : a);
    m_command->setText(quoted.join(QLatin1Char(' ')));
    m_cpu->setText(spec.cpu);
    m_memory->setText(spec.memory);
    const int ai =
        m_accelerator->findData(spec.accelerator.isNone() ? QString() : spec.accelerator.model);
    if (ai < 0 && !spec.accelerator.isNone())
        m_accelerator->addItem(spec.accelerator.model, spec.accelerator.model);
    m_accelerator->setCurrentIndex(qMax(
        0,
        m_accelerator->findData(spec.accelerator.isNone() ? QString() : spec.accelerator.model)));
    m_count->setValue(qMax(1, spec.accelerator.count));
    m_parallelism->setValue(qMax(1, spec.parallelism));
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(spec.priorityClass)));
    m_offload->setChecked(spec.offload.enabled);
    m_site->setCurrentIndex(qMax(0, m_site->findData(spec.offload.site)));
    setMode(FormMode);
}

void SubmitDialog::setYaml(const QString &yaml)
{
    m_yaml->setPlainText(yaml);
    setMode(YamlMode);
}

bool SubmitDialog::loadYamlFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_yamlError->setText(tr("%1 could not be read: %2").arg(path, f.errorString()));
        m_yamlError->show();
        setMode(YamlMode);
        return false;
    }
    setYaml(QString::fromUtf8(f.readAll()));
    return true;
}

void SubmitDialog::openYamlFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Job's YAML"), QString(), tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        loadYamlFile(path);
}

SubmitDialog::Mode SubmitDialog::mode() const
{
    return m_tabs->currentIndex() == 1 ? YamlMode : FormMode;
}

void SubmitDialog::setMode(Mode mode)
{
    m_tabs->setCurrentIndex(mode == YamlMode ? 1 : 0);
}

void SubmitDialog::updateOffload()
{
    m_site->setEnabled(m_offload->isChecked());
    scheduleCheck();
}

jobs::JobSpec SubmitDialog::spec() const
{
    jobs::JobSpec s = m_base;
    s.name = m_name->text().trimmed();
    s.namespaceName = m_namespace.isEmpty() ? s.namespaceName : m_namespace;
    s.image = m_image->text().trimmed();
    s.command = QProcess::splitCommand(m_command->text());
    s.args.clear();
    s.cpu = m_cpu->text().trimmed();
    s.memory = m_memory->text().trimmed();
    s.accelerator.model = m_accelerator->currentData().toString();
    s.accelerator.count = s.accelerator.model.isEmpty() ? 0 : m_count->value();
    s.parallelism = m_parallelism->value();
    s.completions = qMax(s.completions, s.parallelism);
    s.priorityClass = m_priority->currentData().toString();
    s.offload.enabled = m_offload->isChecked();
    s.offload.site = s.offload.enabled ? m_site->currentData().toString() : QString();
    if (s.createdBy.isEmpty() || s.createdBy == QLatin1String("yaml"))
        s.createdBy = QStringLiteral("form");
    return s;
}

QJsonObject SubmitDialog::buildJob()
{
    clearProblems();
    if (mode() == YamlMode) {
        const auto job = jobs::jobFromYaml(m_yaml->toPlainText().toUtf8());
        if (!job) {
            m_yamlError->setText(job.error().message);
            m_yamlError->show();
            return {};
        }
        QJsonObject o = job.value();
        QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
        if (!m_namespace.isEmpty() && !meta.contains(QLatin1String("namespace")))
            meta.insert(QStringLiteral("namespace"), m_namespace);
        if (meta.value(QLatin1String("name")).toString().isEmpty()) {
            meta.insert(
                QStringLiteral("name"),
                jobs::generateJobName(
                    meta.value(QLatin1String("generateName")).toString(QStringLiteral("job"))));
            meta.remove(QStringLiteral("generateName"));
        }
        QJsonObject labels = meta.value(QLatin1String("labels")).toObject();
        if (!labels.contains(QLatin1String(jobs::kSubmissionLabel)))
            labels.insert(QLatin1String(jobs::kSubmissionLabel),
                          QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!labels.contains(QLatin1String(jobs::kCreatedByLabel)))
            labels.insert(QLatin1String(jobs::kCreatedByLabel), QStringLiteral("yaml"));
        meta.insert(QStringLiteral("labels"), labels);
        o.insert(QStringLiteral("metadata"), meta);
        return o;
    }
    const jobs::BuiltJob built = jobs::buildJob(spec(), m_catalog, m_defaultQueue);
    if (!built.ok()) {
        showProblems(built.problems);
        return {};
    }
    return built.job;
}

void SubmitDialog::clearProblems()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
    m_general->clear();
    m_general->hide();
    m_yamlError->clear();
    m_yamlError->hide();
}

void SubmitDialog::showProblems(const QList<jobs::FieldProblem> &problems)
{
    clearProblems();
    QStringList general;
    QWidget *first = nullptr;
    QHash<int, QStringList> per;
    for (const jobs::FieldProblem &p : problems) {
        const QString text = p.path.isEmpty() ? p.message : tr("%1 (%2)").arg(p.message, p.path);
        if (mode() == FormMode && m_errors.contains(int(p.field))) {
            per[int(p.field)] << text;
            if (!first)
                first = m_editors.value(int(p.field));
        } else {
            general << text;
        }
    }
    for (auto it = per.cbegin(); it != per.cend(); ++it) {
        QLabel *l = m_errors.value(it.key());
        l->setText(it.value().join(QLatin1Char('\n')));
        l->show();
    }
    if (!general.isEmpty()) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->show();
    }
    if (first) {
        if (auto *lineEdit = first->findChild<QLineEdit *>();
            lineEdit && !qobject_cast<QLineEdit *>(first))
            lineEdit->setFocus();
        else
            first->setFocus();
    }
}

QString SubmitDialog::fieldError(SpecField field) const
{
    const QLabel *l = m_errors.value(int(field));
    return l && !l->isHidden() ? l->text() : QString();
}

QString SubmitDialog::generalError() const
{
    QStringList parts;
    if (!m_general->isHidden())
        parts << m_general->text();
    if (!m_yamlError->isHidden())
        parts << m_yamlError->text();
    return parts.join(QLatin1Char('\n'));
}

QString SubmitDialog::checkText() const
{
    return m_check->isHidden() ? QString() : m_check->text();
}

void SubmitDialog::scheduleCheck()
{
    m_checkTimer.start();
}

void SubmitDialog::runCheck()
{
    QJsonObject job;
    if (mode() == YamlMode) {
        const auto parsed = jobs::jobFromYaml(m_yaml->toPlainText().toUtf8());
        if (!parsed)
            return;
        job = parsed.value();
    } else {
        jobs::JobSpec s = spec();
        if (s.name.isEmpty())
            s.name = QStringLiteral("check");
        const jobs::BuiltJob built = jobs::buildJob(s, m_catalog, m_defaultQueue);
        if (!built.ok())
            return;
        job = built.job;
    }
    Q_EMIT checkRequested(job);
}

void SubmitDialog::showCheck(const QList<jobs::CheckProblem> &problems,
                             const QStringList &whereItWouldRun)
{
    QStringList lines;
    if (problems.isEmpty())
        lines << tr("<b>Check:</b> no problems found.");
    for (const jobs::CheckProblem &p : problems) {
        QString line =
            QStringLiteral("<b>%1:</b> %2")
                .arg(severityText(p.severity).toHtmlEscaped(), p.message.toHtmlEscaped());
        if (!p.fix.isEmpty())
            line += QStringLiteral(" — ") + p.fix.toHtmlEscaped();
        lines << line;
    }
    if (!whereItWouldRun.isEmpty()) {
        lines << QStringLiteral("<b>%1</b>").arg(tr("Where it would run now:").toHtmlEscaped());
        for (const QString &l : whereItWouldRun)
            lines << l.toHtmlEscaped();
    }
    m_check->setText(lines.join(QStringLiteral("<br>")));
    m_check->show();
}

void SubmitDialog::setBusy(bool busy, const QString &note)
{
    m_submit->setEnabled(!busy);
    m_tabs->setEnabled(!busy);
    m_busy->setText(note);
    m_busy->setVisible(!note.isEmpty());
}

void SubmitDialog::submitted()
{
    setBusy(false);
    accept();
}

void SubmitDialog::onSubmit()
{
    m_checkTimer.stop();
    const QJsonObject job = buildJob();
    if (job.isEmpty())
        return;
    Q_EMIT submitRequested(job);
}

} // namespace plancia::ui
