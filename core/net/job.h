#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>

namespace plancia {

// The one async shape of core (KDE's KJob contract):
// - start() never does the work synchronously: callers connect after start() in the same breath;
// - exactly one end: the typed finished(Result<T>) signal of the subclass, then done(this);
//   also after cancel(), which ends with Error::Kind::Canceled;
// - the job deletes itself (deleteLater) once it has ended;
// - deleting the job (e.g. because its owner went away) aborts it silently: no signal.
// Subclasses implement doStart() and, if they hold resources that must stop on cancel(),
// doCancel(); they end through ResultJob<T>::finishWith().
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }

public Q_SLOTS:
    // Queues doStart(); a second call does nothing.
    void start();
    // Stops the work (doCancel()) and ends with Error::Kind::Canceled. Nothing after the end.
    void cancel();

Q_SIGNALS:
    // Emitted exactly once, right after the subclass's typed finished() signal.
    void done(plancia::Job *job);

protected:
    virtual void doStart() = 0;
    // Stop timers, replies and child jobs without emitting anything.
    virtual void doCancel() {}
    // Ends the job with `error` through the typed signal (used by cancel()).
    virtual void finishWithError(const Error &error) = 0;

    // For ResultJob: marks the job finished; false if it already was.
    bool markFinished();
    // For ResultJob: emits done() and schedules deletion (unless a receiver deleted the job).
    void endAfterFinished();

private:
    bool m_started = false;
    bool m_finished = false;
};

// A Job whose end carries a Result<T>. The subclass declares the typed signal
// `void finished(const plancia::Result<T> &)` and forwards it from emitFinished().
template<typename T>
class ResultJob : public Job
{
public:
    using Job::Job;
    using ResultType = Result<T>;

protected:
    // Ends the job once: the typed signal, then done(), then deletion. Later calls are ignored.
    void finishWith(Result<T> result)
    {
        if (!markFinished())
            return;
        // A receiver may delete the job (or its owner) from its slot: then nothing follows.
        QPointer<Job> self(this);
        emitFinished(result);
        if (self)
            endAfterFinished();
    }
    void finishWithError(const Error &error) override { finishWith(Result<T>(error)); }
    virtual void emitFinished(const Result<T> &result) = 0;
};

} // namespace plancia
