#pragma once

#include "jobs/clustercatalog.h"
#include "jobs/jobcheck.h"
#include "jobs/jobspec.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace plancia::ui {

// "New job": a form (name, image, command, cpu, memory, accelerator from what the cluster offers,
// count, parallelism, priority, offload and site) or a YAML document (typed, or read from a file).
// While it is edited the job is built and `checkRequested` asks the page for the check and the
// "where it would run" answer, shown above the buttons before Submit. Submit emits
// `submitRequested` with the built Job; the page sends it and, on a 422, hands the server's causes
// back with showProblems(): each lands under the field its path names (the rest above the
// buttons). The dialog closes when the page calls submitted().
class SubmitDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode { FormMode, YamlMode };

    explicit SubmitDialog(QWidget *parent = nullptr);

    void setCatalog(const jobs::ClusterCatalog &catalog);
    void setNamespace(const QString &ns) { m_namespace = ns; }
    void setDefaultQueue(const QString &queue) { m_defaultQueue = queue; }
    // Prefill from a spec (resubmit, clone) or a Job object (YAML mode).
    void setSpec(const jobs::JobSpec &spec);
    void setYaml(const QString &yaml);
    bool loadYamlFile(const QString &path);
    Mode mode() const;
    void setMode(Mode mode);

    jobs::JobSpec spec() const;
    // The Job to send: built from the form, or read from the YAML. Problems (builder, YAML
    // syntax) are shown on their fields and the result is empty.
    QJsonObject buildJob();

    // The server's (or builder's) problems, each under its field; clears the previous ones.
    void showProblems(const QList<jobs::FieldProblem> &problems);
    void clearProblems();
    // The check of the current job and the why-pending lines, above the buttons.
    void showCheck(const QList<jobs::CheckProblem> &problems, const QStringList &whereItWouldRun);
    // Submission in flight: buttons off, a note.
    void setBusy(bool busy, const QString &note = {});
    void submitted();

    // Test access.
    QString fieldError(jobs::SpecField field) const;
    QString generalError() const;
    QString checkText() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *imageEdit() const { return m_image; }
    QLineEdit *commandEdit() const { return m_command; }
    QLineEdit *cpuEdit() const { return m_cpu; }
    QLineEdit *memoryEdit() const { return m_memory; }
    QComboBox *acceleratorBox() const { return m_accelerator; }
    QSpinBox *countBox() const { return m_count; }
    QSpinBox *parallelismBox() const { return m_parallelism; }
    QComboBox *priorityBox() const { return m_priority; }
    QCheckBox *offloadBox() const { return m_offload; }
    QComboBox *siteBox() const { return m_site; }
    QPlainTextEdit *yamlEdit() const { return m_yaml; }
    QPushButton *submitButton() const { return m_submit; }

Q_SIGNALS:
    void checkRequested(const QJsonObject &job);
    void submitRequested(const QJsonObject &job);

private:
    QWidget *buildForm();
    QLabel *errorLabel(jobs::SpecField field);
    void scheduleCheck();
    void runCheck();
    void onSubmit();
    void openYamlFile();
    void updateOffload();
    void retranslate();

    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QLineEdit *m_image;
    QLineEdit *m_command;
    QLineEdit *m_cpu;
    QLineEdit *m_memory;
    QComboBox *m_accelerator;
    QSpinBox *m_count;
    QSpinBox *m_parallelism;
    QComboBox *m_priority;
    QCheckBox *m_offload;
    QComboBox *m_site;
    QPlainTextEdit *m_yaml;
    QPushButton *m_openYaml;
    QLabel *m_yamlError;
    QLabel *m_general;
    QLabel *m_check;
    QLabel *m_busy;
    QPushButton *m_submit;
    QDialogButtonBox *m_buttons;
    QHash<int, QLabel *> m_errors; // SpecField -> label under its editor
    QHash<int, QWidget *> m_editors;
    QList<QWidget *> m_rows; // the form's rows, in order (their labels get the mnemonics)
    jobs::ClusterCatalog m_catalog;
    jobs::JobSpec m_base; // what the form does not show (env, volumes) from setSpec
    QString m_namespace;
    QString m_defaultQueue;
    QTimer m_checkTimer;
};

} // namespace plancia::ui
