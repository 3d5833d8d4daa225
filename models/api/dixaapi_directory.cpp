// DixaApi: queues, tags and teams (dixa-api.md §12).
#include "dixaapi.h"

#include "dixaapi_p.h"

// Queues.

ApiCall<QList<Dixa::Queue>> DixaApi::queues()
{
    return sendForData<QList<Dixa::Queue>>(ApiRequest::get(QStringLiteral("/queues")));
}

ApiCall<Dixa::Queue> DixaApi::queue(const QString &queueId)
{
    return sendForData<Dixa::Queue>(ApiRequest::get(u"/queues/" + segment(queueId)));
}

ApiCall<Dixa::Queue> DixaApi::createQueue(const Dixa::CreateQueueInput &input)
{
    return sendForData<Dixa::Queue>(ApiRequest::post(QStringLiteral("/queues"), input.toJson()));
}

ApiCall<QList<Dixa::QueueMember>> DixaApi::queueMembers(const QString &queueId)
{
    return sendForData<QList<Dixa::QueueMember>>(
        ApiRequest::get(u"/queues/" + segment(queueId) + u"/members"));
}

ApiCall<QList<Dixa::IdOutcome>> DixaApi::assignQueueMembers(const QString &queueId,
                                                            const Dixa::AgentIdsInput &input)
{
    return sendForData<QList<Dixa::IdOutcome>>(
        ApiRequest::patch(u"/queues/" + segment(queueId) + u"/members", input.toJson()));
}

ApiCall<Done> DixaApi::removeQueueMembers(const QString &queueId, const Dixa::AgentIdsInput &input)
{
    // A DELETE with a body; Dixa takes at most 10 ids at a time.
    return sendForNothing(
        ApiRequest::del(u"/queues/" + segment(queueId) + u"/members", input.toJson()));
}

ApiCall<QList<Dixa::ChannelAvailabilityOutcome>> DixaApi::queueAvailability(const QString &queueId)
{
    return sendForData<QList<Dixa::ChannelAvailabilityOutcome>>(
        ApiRequest::get(u"/queues/" + segment(queueId) + u"/availability"));
}

ApiCall<Dixa::QueuePosition> DixaApi::conversationPosition(qint64 conversationId)
{
    return sendForData<Dixa::QueuePosition>(
        ApiRequest::get(u"/queues/conversation-position/" + segment(conversationId)));
}

// Tags.

ApiCall<QList<Dixa::Tag>> DixaApi::tags(bool includeDeactivated)
{
    QUrlQuery query;
    if (includeDeactivated)
        query.addQueryItem(QStringLiteral("includeDeactivated"), QStringLiteral("true"));
    return sendForData<QList<Dixa::Tag>>(ApiRequest::get(QStringLiteral("/tags"), query));
}

ApiCall<Dixa::Tag> DixaApi::tagById(const QString &tagId)
{
    return sendForData<Dixa::Tag>(ApiRequest::get(u"/tags/" + segment(tagId)));
}

ApiCall<Dixa::Tag> DixaApi::createTag(const Dixa::CreateTagInput &input)
{
    return sendForData<Dixa::Tag>(ApiRequest::post(QStringLiteral("/tags"), input.toJson()));
}

ApiCall<Done> DixaApi::activateTag(const QString &tagId)
{
    return sendForNothing(ApiRequest::patch(u"/tags/" + segment(tagId) + u"/activate"));
}

ApiCall<Done> DixaApi::deactivateTag(const QString &tagId)
{
    return sendForNothing(ApiRequest::patch(u"/tags/" + segment(tagId) + u"/deactivate"));
}

ApiCall<Done> DixaApi::deleteTag(const QString &tagId)
{
    return sendForNothing(ApiRequest::del(u"/tags/" + segment(tagId)));
}

// Teams.

ApiCall<QList<Dixa::Team>> DixaApi::teams()
{
    return sendForData<QList<Dixa::Team>>(ApiRequest::get(QStringLiteral("/teams")));
}

ApiCall<Dixa::Team> DixaApi::team(const QString &teamId)
{
    return sendForData<Dixa::Team>(ApiRequest::get(u"/teams/" + segment(teamId)));
}

ApiCall<Dixa::Team> DixaApi::createTeam(const Dixa::CreateTeamInput &input)
{
    return sendForData<Dixa::Team>(ApiRequest::post(QStringLiteral("/teams"), input.toJson()));
}

ApiCall<Done> DixaApi::deleteTeam(const QString &teamId)
{
    return sendForNothing(ApiRequest::del(u"/teams/" + segment(teamId)));
}

ApiCall<QList<Dixa::TeamMember>> DixaApi::teamMembers(const QString &teamId)
{
    return sendForData<QList<Dixa::TeamMember>>(
        ApiRequest::get(u"/teams/" + segment(teamId) + u"/agents"));
}

ApiCall<Done> DixaApi::addTeamMembers(const QString &teamId, const Dixa::AgentIdsInput &input)
{
    // Dixa documents no body for the 200; whatever comes is not read.
    return sendForNothing(
        ApiRequest::patch(u"/teams/" + segment(teamId) + u"/agents", input.toJson()));
}

ApiCall<Done> DixaApi::removeTeamMembers(const QString &teamId, const Dixa::AgentIdsInput &input)
{
    return sendForNothing(
        ApiRequest::del(u"/teams/" + segment(teamId) + u"/agents", input.toJson()));
}

ApiCall<Page<Dixa::UserPresence>> DixaApi::teamPresence(const QString &teamId, int pageLimit,
                                                        const QString &pageLink)
{
    return sendForPage<Dixa::UserPresence>(
        ApiRequest::get(u"/teams/" + segment(teamId) + u"/presence"), pageLimit, pageLink);
}

ApiCall<QList<Dixa::UserPresence>> DixaApi::allTeamPresence(const QString &teamId, int pageLimit)
{
    return sendForAll<Dixa::UserPresence>(
        ApiRequest::get(u"/teams/" + segment(teamId) + u"/presence"), pageLimit);
}
