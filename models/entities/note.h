#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Dixa {

// An internal note on a conversation (InternalNoteData), visible to agents only.
struct InternalNote
{
    QString id;
    QString authorId;
    DixaTime createdAt;
    qint64 csid = 0; // the conversation id
    QString message;
    QJsonObject extra; // members this version does not know, written back unchanged

    static std::optional<InternalNote> fromJson(const QJsonValue &json, JsonReader &reader);
    QJsonObject toJson() const;
};

// The body of adding a note (alone, or as one item of the bulk call).
struct CreateInternalNoteInput
{
    QString message;
    std::optional<QString> agentId;    // the author; the token's user when absent
    std::optional<DixaTime> createdAt; // back-dating; Dixa's examples use the ...Z[GMT] form
    QJsonObject extra;

    static std::optional<CreateInternalNoteInput> fromJson(const QJsonValue &json,
                                                           JsonReader &reader);
    QJsonObject toJson() const;
};

} // namespace Dixa

Q_DECLARE_METATYPE(Dixa::InternalNote)
