#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Dixa {

// The body of PUT /conversations/{id}/claim. Send force = false not to take over a conversation
// that someone else has.
struct ClaimConversationInput
{
    QString agentId;
    std::optional<bool> force;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<ClaimConversationInput> fromJson(const QJsonValue &json,
                                                          JsonReader &reader);
    QJsonObject toJson() const;
};

// The optional body of close and reopen: the agent/admin recorded as doing it ({} when none).
struct ConversationActorInput
{
    std::optional<QString> userId;
    QJsonObject extra;

    static std::optional<ConversationActorInput> fromJson(const QJsonValue &json,
                                                          JsonReader &reader);
    QJsonObject toJson() const;
};

using CloseConversationInput = ConversationActorInput;
using ReopenConversationInput = ConversationActorInput;

// The body of PUT /conversations/{id}/transfer/queue.
struct TransferConversationInput
{
    QString queueId;
    std::optional<QString> userId; // the agent/admin originating the transfer
    QJsonObject extra;

    static std::optional<TransferConversationInput> fromJson(const QJsonValue &json,
                                                             JsonReader &reader);
    QJsonObject toJson() const;
};

// The body of PUT /conversations/{id}/followup: when the follow-up expires.
struct FollowupConversationInput
{
    DixaTime timestamp;
    std::optional<QString> userId;
    QJsonObject extra;

    static std::optional<FollowupConversationInput> fromJson(const QJsonValue &json,
                                                             JsonReader &reader);
    QJsonObject toJson() const;
};

// How to link a conversation to a parent (request vocabulary, unlike ConversationLinkType).
enum class LinkType { Unknown, Related, SideConversation };

template<>
struct EnumNames<LinkType>
{
    static constexpr std::u16string_view names[] = {u"Related", u"SideConversation"};
};

// The body of PUT /conversations/{id}/link: make it a child of `parentId`.
struct LinkConversationInput
{
    qint64 parentId = 0;
    OpenEnum<LinkType> linkType;
    QJsonObject extra;

    static std::optional<LinkConversationInput> fromJson(const QJsonValue &json,
                                                         JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa
