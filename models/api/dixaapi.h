#pragma once

#include "apicall.h"
#include "dixaclient.h"
#include "entities/activitylog.h"
#include "entities/agent.h"
#include "entities/agentinput.h"
#include "entities/anonymization.h"
#include "entities/bulkoutcome.h"
#include "entities/conversation.h"
#include "entities/conversationinput.h"
#include "entities/createconversationinput.h"
#include "entities/customattribute.h"
#include "entities/enduser.h"
#include "entities/enduserinput.h"
#include "entities/message.h"
#include "entities/messageinput.h"
#include "entities/note.h"
#include "entities/organization.h"
#include "entities/presence.h"
#include "entities/queue.h"
#include "entities/queueavailability.h"
#include "entities/queueinput.h"
#include "entities/rating.h"
#include "entities/search.h"
#include "entities/searchinput.h"
#include "entities/tag.h"
#include "entities/team.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The filter of the agent and end-user lists. Dixa takes at most one of them (agents: email or
// phone; end users: email, phone or externalId); the console sends what is set and lets Dixa say
// when that is too much.
struct UserListFilter
{
    QString email;
    QString phone;
    QString externalId; // end users only
};

// The typed Dixa API: one method per endpoint of dixa-api.md §7, each sending one request through
// the DixaClient with a body built from an entity input type and answering an ApiCall that decodes
// the reply with the entity codecs. Paged lists come as one Page (first page: pageLimit, 0 for
// Dixa's default; next: the previous page's nextPage link) or, through the all... variants, as
// every item of every page.
class DixaApi
{
public:
    explicit DixaApi(DixaClient &client);

    DixaClient &client() const { return m_client; }

    // Agents (§8).
    ApiCall<Page<Dixa::Agent>> agents(const UserListFilter &filter = {}, int pageLimit = 0,
                                      const QString &pageLink = {});
    ApiCall<QList<Dixa::Agent>> allAgents(const UserListFilter &filter = {}, int pageLimit = 0);
    ApiCall<Dixa::Agent> agent(const QString &agentId);
    ApiCall<Dixa::Agent> createAgent(const Dixa::CreateAgentInput &input);
    ApiCall<QList<Dixa::AgentOutcome>> createAgents(const QList<Dixa::CreateAgentInput> &inputs);
    ApiCall<Dixa::Agent> updateAgent(const QString &agentId, const Dixa::UpdateAgentInput &input);
    ApiCall<Dixa::Agent> patchAgent(const QString &agentId, const Dixa::PatchAgentInput &input);
    // PUT /agents: the body is a bare array (the seed is explicit).
    ApiCall<QList<Dixa::AgentOutcome>>
    updateAgents(const QList<Dixa::BulkUpdateAgentInput> &inputs);
    ApiCall<QList<Dixa::AgentOutcome>> patchAgents(const QList<Dixa::BulkPatchAgentInput> &inputs);
    // Downgrades the agent to an end user.
    ApiCall<Done> deleteAgent(const QString &agentId);
    ApiCall<QList<Dixa::UserPresence>> agentsPresence(); // a bare array
    ApiCall<Dixa::UserPresence> agentPresence(const QString &agentId);
    ApiCall<Done> setWorkingChannel(const QString &agentId, const Dixa::WorkingChannelInput &input);
    ApiCall<QList<Dixa::Team>> agentTeams(const QString &agentId); // ids only

    // End users (§9).
    ApiCall<Page<Dixa::EndUser>> endUsers(const UserListFilter &filter = {}, int pageLimit = 0,
                                          const QString &pageLink = {});
    ApiCall<QList<Dixa::EndUser>> allEndUsers(const UserListFilter &filter = {}, int pageLimit = 0);
    ApiCall<Dixa::EndUser> endUser(const QString &userId);
    ApiCall<Dixa::EndUser> createEndUser(const Dixa::CreateEndUserInput &input);
    ApiCall<QList<Dixa::EndUserOutcome>>
    createEndUsers(const QList<Dixa::CreateEndUserInput> &inputs);
    ApiCall<Dixa::EndUser> updateEndUser(const QString &userId,
                                         const Dixa::UpdateEndUserInput &input);
    ApiCall<Dixa::EndUser> patchEndUser(const QString &userId,
                                        const Dixa::PatchEndUserInput &input);
    // PUT /endusers: the body is {"data": [...]}, unlike PUT /agents.
    ApiCall<QList<Dixa::EndUserOutcome>>
    updateEndUsers(const QList<Dixa::BulkUpdateEndUserInput> &inputs);
    ApiCall<QList<Dixa::EndUserOutcome>>
    patchEndUsers(const QList<Dixa::BulkPatchEndUserInput> &inputs);
    ApiCall<Dixa::AnonymizationRequestStatus> anonymizeEndUser(const QString &userId,
                                                               bool force = false);
    ApiCall<QList<Dixa::CustomAttribute>>
    patchEndUserAttributes(const QString &userId, const Dixa::CustomAttributeValuesInput &input);
    ApiCall<Page<Dixa::Conversation>> endUserConversations(const QString &userId, int pageLimit = 0,
                                                           const QString &pageLink = {});
    ApiCall<QList<Dixa::Conversation>> allEndUserConversations(const QString &userId,
                                                               int pageLimit = 0);

    // Conversations (§10).
    ApiCall<Dixa::Conversation> conversation(qint64 id);
    ApiCall<Dixa::CreatedConversation>
    createConversation(const Dixa::CreateConversationInput &input);
    ApiCall<Done> claim(qint64 id, const Dixa::ClaimConversationInput &input);
    ApiCall<Done> close(qint64 id, const Dixa::CloseConversationInput &input = {});
    ApiCall<Done> reopen(qint64 id, const Dixa::ReopenConversationInput &input = {});
    ApiCall<Done> transfer(qint64 id, const Dixa::TransferConversationInput &input);
    ApiCall<Done> followUp(qint64 id, const Dixa::FollowupConversationInput &input);
    ApiCall<Done> tag(qint64 id, const QString &tagId);
    ApiCall<Done> untag(qint64 id, const QString &tagId);
    // Asynchronous on Dixa's side (202): re-read the tags later. Unknown names are created.
    ApiCall<Done> tagByNames(qint64 id, const QList<Dixa::TagNameInput> &names);
    ApiCall<QList<Dixa::Tag>> conversationTags(qint64 id);
    ApiCall<Dixa::AnonymizationRequestStatus> anonymizeConversation(qint64 id, bool force = false);
    ApiCall<Dixa::AnonymizationRequestStatus> anonymizeMessage(qint64 id, const QString &messageId);
    ApiCall<QList<Dixa::Message>> messages(qint64 id); // oldest first
    ApiCall<Dixa::CreateMessageOutput> addMessage(qint64 id, const Dixa::CreateMessageInput &input);
    ApiCall<QList<Dixa::InternalNote>> notes(qint64 id); // oldest first
    ApiCall<Dixa::InternalNote> addNote(qint64 id, const Dixa::CreateInternalNoteInput &input);
    ApiCall<QList<Dixa::NoteOutcome>> addNotes(qint64 id,
                                               const QList<Dixa::CreateInternalNoteInput> &inputs);
    ApiCall<QList<Dixa::ActivityLogEntry>> activityLog(qint64 id);
    // The organization's activity log between two instants (an invalid one leaves that end open).
    ApiCall<Page<Dixa::ActivityLogEntry>> organizationActivityLog(const QDateTime &from,
                                                                  const QDateTime &to,
                                                                  int pageLimit = 0,
                                                                  const QString &pageLink = {});
    ApiCall<QList<Dixa::ActivityLogEntry>>
    allOrganizationActivityLog(const QDateTime &from, const QDateTime &to, int pageLimit = 0);
    ApiCall<QList<Dixa::ConversationRating>> ratings(qint64 id);
    // The deprecated GET .../rating alias of ratings(), for completeness.
    ApiCall<QList<Dixa::ConversationRating>> ratingsDeprecated(qint64 id);
    ApiCall<QList<Dixa::CustomAttribute>>
    patchConversationAttributes(qint64 id, const Dixa::CustomAttributeValuesInput &input);
    ApiCall<Done> link(qint64 id, const Dixa::LinkConversationInput &input);
    ApiCall<QList<Dixa::Conversation>> linked(qint64 id);

    // Search (§11). The same body is re-sent with every page.
    ApiCall<Page<Dixa::SearchHit>> searchConversations(const Dixa::SearchParametersInput &input,
                                                       int pageLimit = 0,
                                                       const QString &pageLink = {});
    ApiCall<QList<Dixa::SearchHit>> searchAllConversations(const Dixa::SearchParametersInput &input,
                                                           int pageLimit = 0);
    // The deprecated GET /search/conversations?query= text search.
    ApiCall<Page<Dixa::SearchHit>> searchConversationsByText(const QString &query,
                                                             bool exactMatch = false,
                                                             int pageLimit = 0,
                                                             const QString &pageLink = {});

    // Queues (§12).
    ApiCall<QList<Dixa::Queue>> queues();
    ApiCall<Dixa::Queue> queue(const QString &queueId);
    ApiCall<Dixa::Queue> createQueue(const Dixa::CreateQueueInput &input);
    ApiCall<QList<Dixa::QueueMember>> queueMembers(const QString &queueId);
    ApiCall<QList<Dixa::IdOutcome>> assignQueueMembers(const QString &queueId,
                                                       const Dixa::AgentIdsInput &input);
    ApiCall<Done> removeQueueMembers(const QString &queueId, const Dixa::AgentIdsInput &input);
    ApiCall<QList<Dixa::ChannelAvailabilityOutcome>> queueAvailability(const QString &queueId);
    ApiCall<Dixa::QueuePosition> conversationPosition(qint64 conversationId);

    // Tags (§12).
    ApiCall<QList<Dixa::Tag>> tags(bool includeDeactivated = false);
    ApiCall<Dixa::Tag> tagById(const QString &tagId);
    // Answers the existing tag, unchanged, when the name is taken.
    ApiCall<Dixa::Tag> createTag(const Dixa::CreateTagInput &input);
    ApiCall<Done> activateTag(const QString &tagId);
    ApiCall<Done> deactivateTag(const QString &tagId);
    ApiCall<Done> deleteTag(const QString &tagId); // irreversible: untags every conversation

    // Teams (§12).
    ApiCall<QList<Dixa::Team>> teams();
    ApiCall<Dixa::Team> team(const QString &teamId);
    ApiCall<Dixa::Team> createTeam(const Dixa::CreateTeamInput &input);
    ApiCall<Done> deleteTeam(const QString &teamId);
    ApiCall<QList<Dixa::TeamMember>> teamMembers(const QString &teamId);
    ApiCall<Done> addTeamMembers(const QString &teamId, const Dixa::AgentIdsInput &input);
    ApiCall<Done> removeTeamMembers(const QString &teamId, const Dixa::AgentIdsInput &input);
    ApiCall<Page<Dixa::UserPresence>> teamPresence(const QString &teamId, int pageLimit = 0,
                                                   const QString &pageLink = {});
    ApiCall<QList<Dixa::UserPresence>> allTeamPresence(const QString &teamId, int pageLimit = 0);

    // Custom attribute definitions, anonymization status, organization (§12).
    ApiCall<QList<Dixa::CustomAttributeDefinition>> customAttributes();
    ApiCall<Dixa::CustomAttributeDefinition> customAttribute(const QString &attributeId);
    ApiCall<Dixa::AnonymizationRequestStatus> anonymizationStatus(const QString &requestId);
    ApiCall<Dixa::Organization> organization();

    // A path segment made of an id, percent-encoded so that no id can change the path.
    static QString segment(const QString &id);
    static QString segment(qint64 id);

private:
    template<class T>
    ApiCall<T> send(const ApiRequest &request, typename ApiCall<T>::Decoder decoder)
    {
        return ApiCall<T>(m_client.send(request), decoder);
    }
    // `{"data": T}` answers.
    template<class T>
    ApiCall<T> sendForData(const ApiRequest &request)
    {
        return send<T>(request, &ApiDecode::fromData<T>);
    }
    ApiCall<Done> sendForNothing(const ApiRequest &request)
    {
        return send<Done>(request, &ApiDecode::nothing);
    }
    // One page of a paged list: the first (path, query, pageLimit) or the one `pageLink` names.
    template<class T>
    ApiCall<Page<T>> sendForPage(ApiRequest request, int pageLimit, const QString &pageLink)
    {
        preparePage(request, pageLimit, pageLink);
        return send<Page<T>>(request, &ApiDecode::fromPage<T>);
    }
    // Every item of every page.
    template<class T>
    ApiCall<QList<T>> sendForAll(ApiRequest request, int pageLimit)
    {
        preparePage(request, pageLimit, {});
        request.allPages = true;
        return send<QList<T>>(request, &ApiDecode::fromItems<T>);
    }
    static void preparePage(ApiRequest &request, int pageLimit, const QString &pageLink);

    DixaClient &m_client;
};
