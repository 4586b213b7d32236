#include "job.h"

namespace plancia {

Job::Job(QObject *parent)
    : QObject(parent)
{}

Job::~Job() = default;

void Job::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                doStart();
        },
        Qt::QueuedConnection);
}

void Job::cancel()
{
    if (m_finished)
        return;
    doCancel();
    finishWithError(Error::make(Error::Kind::Canceled, Error::tr("The request was canceled.")));
}

bool Job::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

void Job::endAfterFinished()
{
    QPointer<Job> self(this);
    Q_EMIT done(this);
    if (self)
        deleteLater();
}

} // namespace plancia
