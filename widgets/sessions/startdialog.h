#pragma once

#include "availability/availability.h"
#include "jupyter/hubserver.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace plancia::ui {

// The start dialog of a session: name (empty: the default server), image, CPU, memory and an
// accelerator among the models free now (from the availability snapshot), with how many are
// free. When the chosen model becomes taken while the dialog is open, it says so and Start is
// off until another choice (or the model frees up again).
class StartDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StartDialog(const QStringList &images, QWidget *parent = nullptr);

    void setSnapshot(const availability::Snapshot &snapshot, bool known = true);
    void setProfile(const jupyter::SessionProfile &profile);
    void setServerName(const QString &name);
    // Names already running or starting: starting one of them again is refused here.
    void setBusyNames(const QStringList &names);

    jupyter::SessionProfile profile() const;
    QString serverName() const;
    bool canStart() const;
    // What stops Start (empty when it can): a taken accelerator, a busy name, a bad field.
    QString problem() const;

    QComboBox *acceleratorBox() const { return m_accelerator; }
    QSpinBox *countBox() const { return m_count; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void rebuildAccelerators();
    void update();

    QLineEdit *m_name;
    QComboBox *m_image;
    QComboBox *m_cpu;
    QComboBox *m_memory;
    QComboBox *m_accelerator;
    QSpinBox *m_count;
    QLabel *m_free;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    availability::Snapshot m_snapshot;
    bool m_known = false;
    QString m_wanted; // the model id the person chose (kept while it is taken)
    QStringList m_busy;
};

} // namespace plancia::ui
