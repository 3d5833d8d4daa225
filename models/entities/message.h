#pragma once

#include "channel.h"
#include "content.h"
#include "jsonreader.h"
#include "messageattributes.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dixa {

// One message of a conversation, with its channel-specific attributes.
struct Message
{
    QString id;
    QString authorId;
    std::optional<QString> externalId;
    DixaTime createdAt;
    MessageAttributes attributes;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<Message> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// What Dixa answers when a message was added (CreateMessageOutputData).
struct CreateMessageOutput
{
    std::optional<Content> content;
    OpenEnum<Direction> direction;
    QString authorId;
    std::optional<QString> externalId;
    std::optional<QString> messageId;
    std::optional<DixaTime> createdAt;
    QJsonObject extra;

    static std::optional<CreateMessageOutput> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::Message)
