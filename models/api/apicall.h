#pragma once

#include "apijob.h"
#include "apiresult.h"
#include "entities/jsonreader.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

// The value of a call that answers nothing (204, 202 without a body, an undocumented 200 body).
struct Done
{
    friend bool operator==(const Done &, const Done &) { return true; }
};

// One page of a paged list, and the link to the next one (empty on the last page).
template<class T>
struct Page
{
    QList<T> items;
    QString nextPage; // meta.next exactly as the server wrote it

    bool hasNext() const { return !nextPage.isEmpty(); }
};

// What a typed call gave back: the error (network, HTTP or decode), or the decoded value; the raw
// result (status, JSON) in both cases. ok() means value holds the answer.
template<class T>
struct ApiOutcome
{
    ApiError error;
    std::optional<T> value;
    ApiResult raw;

    bool ok() const { return !error.isError() && value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
};

// How the JSON of an answer becomes a value: the codecs of models/entities applied to the
// `{"data": ...}` envelope, a bare body, the items of every page, or nothing. A mismatch is an
// ApiError of kind Decode naming the JSON path ("data[3].assignment.agentId: expected a string").
namespace ApiDecode {

ApiError failure(const Dixa::JsonReader &reader);

// `{"data": T}`.
template<class T>
ApiOutcome<T> fromData(const ApiResult &result)
{
    ApiOutcome<T> outcome{result.error, std::nullopt, result};
    if (result.error.isError())
        return outcome;
    Dixa::JsonReader reader;
    if (!result.body.isObject()) {
        reader.fail(QStringLiteral("expected an object"));
        outcome.error = failure(reader);
        return outcome;
    }
    Dixa::JsonObjectReader in(reader, result.body);
    T value = in.template required<T>(u"data");
    if (reader.failed())
        outcome.error = failure(reader);
    else
        outcome.value = std::move(value);
    return outcome;
}

// A bare body (GET /agents/presence answers a bare array).
template<class T>
ApiOutcome<T> fromBody(const ApiResult &result)
{
    ApiOutcome<T> outcome{result.error, std::nullopt, result};
    if (result.error.isError())
        return outcome;
    Dixa::JsonReader reader;
    std::optional<T> value = Dixa::JsonCodec<T>::decode(result.body, reader);
    if (reader.failed() || !value)
        outcome.error = failure(reader);
    else
        outcome.value = std::move(value);
    return outcome;
}

// Whether the last page had the `data` list every paged answer has; records the mismatch if not.
bool checkListBody(const ApiResult &result, Dixa::JsonReader &reader);

// The items of every page of a call sent with allPages; paths read "data[i]" (i counted over all
// pages).
template<class T>
ApiOutcome<QList<T>> fromItems(const ApiResult &result)
{
    ApiOutcome<QList<T>> outcome{result.error, std::nullopt, result};
    if (result.error.isError())
        return outcome;
    Dixa::JsonReader reader;
    if (!checkListBody(result, reader)) {
        outcome.error = failure(reader);
        return outcome;
    }
    std::optional<QList<T>> items;
    {
        const Dixa::JsonReader::Scope scope(reader, u"data");
        items = Dixa::JsonCodec<QList<T>>::decode(result.items, reader);
    }
    if (reader.failed() || !items)
        outcome.error = failure(reader);
    else
        outcome.value = std::move(items);
    return outcome;
}

// One page: its items and the link to the next one.
template<class T>
ApiOutcome<Page<T>> fromPage(const ApiResult &result)
{
    ApiOutcome<Page<T>> outcome{result.error, std::nullopt, result};
    if (result.error.isError())
        return outcome;
    ApiOutcome<QList<T>> items = fromItems<T>(result);
    if (!items.ok()) {
        outcome.error = items.error;
        return outcome;
    }
    outcome.value = Page<T>{std::move(*items.value), result.nextPage};
    return outcome;
}

// Nothing to decode: success is the value.
ApiOutcome<Done> nothing(const ApiResult &result);

// The result handed to a handler attached after its job was gone.
ApiResult jobGone();

} // namespace ApiDecode

// The handle of one typed call: cheap to copy, it names the job in flight and knows how to decode
// its answer. Attach the handler with then() before returning to the event loop.
template<class T>
class ApiCall
{
public:
    using Decoder = ApiOutcome<T> (*)(const ApiResult &);
    using Handler = std::function<void(const ApiOutcome<T> &)>;

    ApiCall() = default;
    ApiCall(ApiJob *job, Decoder decoder)
        : m_job(job)
        , m_decoder(decoder)
    {}

    ApiJob *job() const { return m_job.data(); }
    bool isNull() const { return !m_decoder; }
    void cancel() const
    {
        if (m_job)
            m_job->cancel();
    }

    // Calls `handler` once, with the decoded outcome, when the call ends. `context` is the
    // receiver: if it is destroyed first, the handler is never called. A handler attached after
    // the job ended still gets its result, queued; one attached after the job was deleted gets a
    // Cancelled error.
    void then(QObject *context, Handler handler) const
    {
        Q_ASSERT(context);
        if (!m_job || m_job->isFinished()) {
            const ApiResult result = m_job ? m_job->result() : ApiDecode::jobGone();
            QMetaObject::invokeMethod(
                context,
                [decoder = m_decoder, handler = std::move(handler), result] {
                    handler(decode(decoder, result));
                },
                Qt::QueuedConnection);
            return;
        }
        QObject::connect(m_job.data(), &ApiJob::finished, context,
                         [decoder = m_decoder, handler = std::move(handler)](
                             const ApiResult &result) { handler(decode(decoder, result)); });
    }

    // The outcome of `result`, as then() would report it.
    ApiOutcome<T> decode(const ApiResult &result) const { return decode(m_decoder, result); }

private:
    static ApiOutcome<T> decode(Decoder decoder, const ApiResult &result)
    {
        if (!decoder)
            return ApiOutcome<T>{result.error, std::nullopt, result};
        return decoder(result);
    }

    QPointer<ApiJob> m_job;
    Decoder m_decoder = nullptr;
};
