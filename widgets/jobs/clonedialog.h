#pragma once

#include "jobs/notebookclone.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace plancia::ui {

// "Clone my notebook": N batch jobs equal to the running notebook (image, env, volumes,
// resources) but for the command, where {index} becomes 0..N-1 (or one Indexed job). A preview
// shows the first commands; Clone emits cloneRequested with the options.
class CloneDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CloneDialog(QWidget *parent = nullptr);

    // The notebook's pod name ("" when none runs: Clone is off and a note says why).
    void setNotebook(const QString &podName, const QString &image);
    void setPriorities(const QStringList &names);
    jobs::CloneOptions options() const;
    void setError(const QString &text);
    void setBusy(bool busy);

    QSpinBox *countBox() const { return m_count; }
    QLineEdit *commandEdit() const { return m_command; }
    QCheckBox *indexedBox() const { return m_indexed; }
    QLabel *preview() const { return m_preview; }
    QPushButton *cloneButton() const { return m_clone; }

Q_SIGNALS:
    void cloneRequested(const plancia::jobs::CloneOptions &options);

private:
    void updatePreview();

    QLabel *m_notebook;
    QSpinBox *m_count;
    QLineEdit *m_command;
    QCheckBox *m_indexed;
    QComboBox *m_priority;
    QCheckBox *m_offload;
    QLabel *m_preview;
    QLabel *m_error;
    QPushButton *m_clone;
    bool m_hasNotebook = false;
};

} // namespace plancia::ui
