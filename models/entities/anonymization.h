#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dixa {

// What an anonymization request is about (its `_type`).
enum class AnonymizationType { Unknown, Conversation, Message, User };

template<>
struct EnumNames<AnonymizationType>
{
    static constexpr std::u16string_view names[] = {u"Conversation", u"Message", u"User"};
};

// The state of a request to anonymize a conversation, a message or an end user.
struct AnonymizationRequestStatus
{
    QString id;                       // the request id, for GET /anonymization/request/{id}
    OpenEnum<AnonymizationType> type; // "_type"
    // Deprecated (replaced by _type); a string such as "ConversationAnonymizationType", kept.
    QJsonValue entityType;
    DixaTime initiatedAt;
    std::optional<DixaTime> processedAt; // set once done
    QString requestedBy;
    // The conversation id as text, "<conversationId>_<messageId>", or the user id.
    QString targetEntityId;
    QJsonObject extra; // members this version does not know, written back unchanged

    bool isProcessed() const { return processedAt.has_value(); }

    static std::optional<AnonymizationRequestStatus> fromJson(const QJsonValue &json,
                                                              JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::AnonymizationRequestStatus)
