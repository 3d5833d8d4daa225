// DixaApi: conversations and search (dixa-api.md §10, §11).
#include "dixaapi.h"

#include "dixaapi_p.h"

using namespace DixaApiDetail;

namespace {
QString conversationPath(qint64 id)
{
    return u"/conversations/" + DixaApi::segment(id);
}

QString conversationPath(qint64 id, QStringView rest)
{
    return conversationPath(id) + rest;
}

QUrlQuery forceQuery(bool force)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("force"),
                       force ? QStringLiteral("true") : QStringLiteral("false"));
    return query;
}

QUrlQuery timeRangeQuery(const QDateTime &from, const QDateTime &to)
{
    QUrlQuery query;
    if (from.isValid())
        addQuery(query, QStringLiteral("fromDatetime"), Dixa::DixaTime(from).text());
    if (to.isValid())
        addQuery(query, QStringLiteral("toDatetime"), Dixa::DixaTime(to).text());
    return query;
}
} // namespace

ApiCall<Dixa::Conversation> DixaApi::conversation(qint64 id)
{
    return sendForData<Dixa::Conversation>(ApiRequest::get(conversationPath(id)));
}

ApiCall<Dixa::CreatedConversation>
DixaApi::createConversation(const Dixa::CreateConversationInput &input)
{
    return sendForData<Dixa::CreatedConversation>(
        ApiRequest::post(QStringLiteral("/conversations"), input.toJson()));
}

ApiCall<Done> DixaApi::claim(qint64 id, const Dixa::ClaimConversationInput &input)
{
    return sendForNothing(ApiRequest::put(conversationPath(id, u"/claim"), input.toJson()));
}

ApiCall<Done> DixaApi::close(qint64 id, const Dixa::CloseConversationInput &input)
{
    return sendForNothing(ApiRequest::put(conversationPath(id, u"/close"), input.toJson()));
}

ApiCall<Done> DixaApi::reopen(qint64 id, const Dixa::ReopenConversationInput &input)
{
    return sendForNothing(ApiRequest::put(conversationPath(id, u"/reopen"), input.toJson()));
}

ApiCall<Done> DixaApi::transfer(qint64 id, const Dixa::TransferConversationInput &input)
{
    return sendForNothing(
        ApiRequest::put(conversationPath(id, u"/transfer/queue"), input.toJson()));
}

ApiCall<Done> DixaApi::followUp(qint64 id, const Dixa::FollowupConversationInput &input)
{
    return sendForNothing(ApiRequest::put(conversationPath(id, u"/followup"), input.toJson()));
}

ApiCall<Done> DixaApi::tag(qint64 id, const QString &tagId)
{
    return sendForNothing(ApiRequest::put(conversationPath(id, u"/tags/") + segment(tagId)));
}

ApiCall<Done> DixaApi::untag(qint64 id, const QString &tagId)
{
    return sendForNothing(ApiRequest::del(conversationPath(id, u"/tags/") + segment(tagId)));
}

ApiCall<Done> DixaApi::tagByNames(qint64 id, const QList<Dixa::TagNameInput> &names)
{
    return sendForNothing(ApiRequest::post(conversationPath(id, u"/tags/bulk"), dataArray(names)));
}

ApiCall<QList<Dixa::Tag>> DixaApi::conversationTags(qint64 id)
{
    return sendForData<QList<Dixa::Tag>>(ApiRequest::get(conversationPath(id, u"/tags")));
}

ApiCall<Dixa::AnonymizationRequestStatus> DixaApi::anonymizeConversation(qint64 id, bool force)
{
    ApiRequest request = ApiRequest::patch(conversationPath(id, u"/anonymize"));
    request.query = forceQuery(force);
    return sendForData<Dixa::AnonymizationRequestStatus>(request);
}

ApiCall<Dixa::AnonymizationRequestStatus> DixaApi::anonymizeMessage(qint64 id,
                                                                    const QString &messageId)
{
    return sendForData<Dixa::AnonymizationRequestStatus>(ApiRequest::patch(
        conversationPath(id, u"/messages/") + segment(messageId) + u"/anonymize"));
}

ApiCall<QList<Dixa::Message>> DixaApi::messages(qint64 id)
{
    return sendForData<QList<Dixa::Message>>(ApiRequest::get(conversationPath(id, u"/messages")));
}

ApiCall<Dixa::CreateMessageOutput> DixaApi::addMessage(qint64 id,
                                                       const Dixa::CreateMessageInput &input)
{
    return sendForData<Dixa::CreateMessageOutput>(
        ApiRequest::post(conversationPath(id, u"/messages"), input.toJson()));
}

ApiCall<QList<Dixa::InternalNote>> DixaApi::notes(qint64 id)
{
    return sendForData<QList<Dixa::InternalNote>>(ApiRequest::get(conversationPath(id, u"/notes")));
}

ApiCall<Dixa::InternalNote> DixaApi::addNote(qint64 id, const Dixa::CreateInternalNoteInput &input)
{
    return sendForData<Dixa::InternalNote>(
        ApiRequest::post(conversationPath(id, u"/notes"), input.toJson()));
}

ApiCall<QList<Dixa::NoteOutcome>>
DixaApi::addNotes(qint64 id, const QList<Dixa::CreateInternalNoteInput> &inputs)
{
    return sendForData<QList<Dixa::NoteOutcome>>(
        ApiRequest::post(conversationPath(id, u"/notes/bulk"), dataArray(inputs)));
}

ApiCall<QList<Dixa::ActivityLogEntry>> DixaApi::activityLog(qint64 id)
{
    return sendForData<QList<Dixa::ActivityLogEntry>>(
        ApiRequest::get(conversationPath(id, u"/activitylog")));
}

ApiCall<Page<Dixa::ActivityLogEntry>> DixaApi::organizationActivityLog(const QDateTime &from,
                                                                       const QDateTime &to,
                                                                       int pageLimit,
                                                                       const QString &pageLink)
{
    return sendForPage<Dixa::ActivityLogEntry>(
        ApiRequest::get(QStringLiteral("/conversations/activitylog"), timeRangeQuery(from, to)),
        pageLimit, pageLink);
}

ApiCall<QList<Dixa::ActivityLogEntry>>
DixaApi::allOrganizationActivityLog(const QDateTime &from, const QDateTime &to, int pageLimit)
{
    return sendForAll<Dixa::ActivityLogEntry>(
        ApiRequest::get(QStringLiteral("/conversations/activitylog"), timeRangeQuery(from, to)),
        pageLimit);
}

ApiCall<QList<Dixa::ConversationRating>> DixaApi::ratings(qint64 id)
{
    return sendForData<QList<Dixa::ConversationRating>>(
        ApiRequest::get(conversationPath(id, u"/ratings")));
}

ApiCall<QList<Dixa::ConversationRating>> DixaApi::ratingsDeprecated(qint64 id)
{
    return sendForData<QList<Dixa::ConversationRating>>(
        ApiRequest::get(conversationPath(id, u"/rating")));
}

ApiCall<QList<Dixa::CustomAttribute>>
DixaApi::patchConversationAttributes(qint64 id, const Dixa::CustomAttributeValuesInput &input)
{
    return sendForData<QList<Dixa::CustomAttribute>>(
        ApiRequest::patch(conversationPath(id, u"/custom-attributes"), input.toJson()));
}

ApiCall<Done> DixaApi::link(qint64 id, const Dixa::LinkConversationInput &input)
{
    return sendForNothing(ApiRequest::put(conversationPath(id, u"/link"), input.toJson()));
}

ApiCall<QList<Dixa::Conversation>> DixaApi::linked(qint64 id)
{
    return sendForData<QList<Dixa::Conversation>>(
        ApiRequest::get(conversationPath(id, u"/linked")));
}

// Search.

ApiCall<Page<Dixa::SearchHit>>
DixaApi::searchConversations(const Dixa::SearchParametersInput &input, int pageLimit,
                             const QString &pageLink)
{
    // The page key holds only the paging state: every page request carries the same body.
    return sendForPage<Dixa::SearchHit>(
        ApiRequest::post(QStringLiteral("/search/conversations"), input.toJson()), pageLimit,
        pageLink);
}

ApiCall<QList<Dixa::SearchHit>>
DixaApi::searchAllConversations(const Dixa::SearchParametersInput &input, int pageLimit)
{
    return sendForAll<Dixa::SearchHit>(
        ApiRequest::post(QStringLiteral("/search/conversations"), input.toJson()), pageLimit);
}

ApiCall<Page<Dixa::SearchHit>> DixaApi::searchConversationsByText(const QString &query,
                                                                  bool exactMatch, int pageLimit,
                                                                  const QString &pageLink)
{
    QUrlQuery parameters;
    addQuery(parameters, QStringLiteral("query"), query);
    if (exactMatch)
        parameters.addQueryItem(QStringLiteral("exactMatch"), QStringLiteral("true"));
    return sendForPage<Dixa::SearchHit>(
        ApiRequest::get(QStringLiteral("/search/conversations"), parameters), pageLimit, pageLink);
}
