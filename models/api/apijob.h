#pragma once

#include "apirequest.h"
#include "apiresult.h"

#include <QObject>

// The handle of one API call in flight. Emits finished() exactly once; cancel() ends it with a
// Cancelled error and no retry. Jobs delete themselves after finished() has been delivered.
class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    explicit ApiJob(const ApiRequest &request, QObject *parent = nullptr);

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }
    const ApiResult &result() const { return m_result; }

    void cancel();

Q_SIGNALS:
    void finished(const ApiResult &result);
    // A page of a paged call arrived (its items), before the next one is asked for.
    void pageLoaded(const QJsonArray &items);
    void cancelRequested();

private:
    friend class DixaClient;
    void finish(const ApiResult &result);

    ApiRequest m_request;
    ApiResult m_result;
    bool m_finished = false;
    bool m_cancelled = false;
};
