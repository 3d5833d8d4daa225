#pragma once

#include "content.h"
#include "jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dixa {

// Who writes a message added through the API.
enum class MessageInputType { Unknown, Inbound, Outbound };

template<>
struct EnumNames<MessageInputType>
{
    static constexpr std::u16string_view names[] = {u"Inbound", u"Outbound"};
};

// The body of POST /conversations/{id}/messages (and the first message of a new conversation).
// Inbound: written by the requester, content required. Outbound: written by `agentId`; content
// may be left out only on WhatsApp (attachment-only).
struct CreateMessageInput
{
    OpenEnum<MessageInputType> type; // "_type"
    std::optional<Content> content;
    std::optional<QString> agentId; // Outbound (required there)
    std::optional<QList<File>> attachments;
    std::optional<QString> integrationEmail; // "<address>@email.dixa.io"
    std::optional<QString> externalId;
    std::optional<QStringList> cc; // Outbound
    std::optional<QStringList> bcc;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<CreateMessageInput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa
