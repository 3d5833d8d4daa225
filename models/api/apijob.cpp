#include "apijob.h"

ApiJob::ApiJob(const ApiRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{}

void ApiJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    Q_EMIT cancelRequested();
}

void ApiJob::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(m_result);
    deleteLater();
}
