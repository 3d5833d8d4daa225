#include "anonymizer.h"

#include "datastore.h"
#include "sandboxtime.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
QString placeholder()
{
    return QString::fromUtf16(Anonymizer::Placeholder);
}

QJsonObject placeholderContent(const QJsonValue &original)
{
    QJsonObject content{{QStringLiteral("value"), placeholder()}};
    const QJsonValue type = original.toObject().value(QStringLiteral("_type"));
    if (type.isString())
        content.insert(QStringLiteral("_type"), type);
    return content;
}

// An EmailContact keeps its shape (email is required) but no longer names anybody.
QJsonValue scrubContact(const QJsonValue &contact)
{
    if (contact.isString())
        return placeholder();
    if (contact.isObject())
        return QJsonObject{{QStringLiteral("email"), placeholder()}};
    if (contact.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : contact.toArray())
            out.append(scrubContact(item));
        return out;
    }
    return contact;
}

QJsonObject scrubbedMessage(const QJsonObject &message, int *deletedFiles = nullptr)
{
    QJsonObject out = message;
    out.insert(QStringLiteral("attributes"),
               Anonymizer::scrubMessageAttributes(
                   message.value(QStringLiteral("attributes")).toObject(), deletedFiles));
    return out;
}

// An ActivityLogUser of somebody who is not an agent keeps only the id.
QJsonValue scrubActivityUser(const DataStore &store, const QJsonValue &user)
{
    const QJsonObject object = user.toObject();
    const QString id = object.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || store.agents.contains(id))
        return user;
    return QJsonObject{{QStringLiteral("id"), id}};
}

QJsonObject scrubActivityEntry(const DataStore &store, const QJsonObject &entry)
{
    QJsonObject out = entry;
    if (out.contains(QStringLiteral("author")))
        out.insert(QStringLiteral("author"),
                   scrubActivityUser(store, out.value(QStringLiteral("author"))));
    if (!out.contains(QStringLiteral("attributes")))
        return out;
    QJsonObject attributes = out.value(QStringLiteral("attributes")).toObject();
    // Free texts a person wrote (notes, subjects, rating comments, attribute values).
    for (const QString &key :
         {QStringLiteral("message"), QStringLiteral("subject"), QStringLiteral("oldSubject"),
          QStringLiteral("newSubject"), QStringLiteral("fromEndpoint")}) {
        if (attributes.contains(key))
            attributes.insert(key, placeholder());
    }
    if (attributes.contains(QStringLiteral("updatedAttributeValues"))) {
        QJsonObject values = attributes.value(QStringLiteral("updatedAttributeValues")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            it.value() = placeholder();
        attributes.insert(QStringLiteral("updatedAttributeValues"), values);
    }
    for (const QString &key : {QStringLiteral("user"), QStringLiteral("oldUser"),
                               QStringLiteral("newUser"), QStringLiteral("agent")}) {
        if (attributes.value(key).isObject())
            attributes.insert(key, scrubActivityUser(store, attributes.value(key)));
    }
    out.insert(QStringLiteral("attributes"), attributes);
    return out;
}

QString messageText(const QJsonObject &message)
{
    const QJsonObject attributes = message.value(QStringLiteral("attributes")).toObject();
    QString text = attributes.value(QStringLiteral("content"))
                       .toObject()
                       .value(QStringLiteral("value"))
                       .toString();
    if (text.isEmpty()) {
        text = attributes.value(QStringLiteral("emailContent"))
                   .toObject()
                   .value(QStringLiteral("content"))
                   .toObject()
                   .value(QStringLiteral("value"))
                   .toString();
    }
    return text;
}
// The search index holds messages as plain paragraphs while a message may be HTML or Markdown:
// take out each longer piece of text between markup. Short pieces stay, so that one message's
// "Hi," does not cut words out of the others.
void removeFromSearchText(ConversationRecord &record, const QString &text)
{
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|\\n+|\\*\\*|`"));
    for (const QString &piece : text.toLower().split(markup, Qt::SkipEmptyParts)) {
        const QString trimmed = piece.trimmed();
        if (trimmed.size() >= 8)
            record.searchText.replace(trimmed, QString());
    }
}
} // namespace

QJsonObject Anonymizer::anonymizedConversation(const QJsonObject &conversation,
                                               const QDateTime &when)
{
    QJsonObject out{{QStringLiteral("_type"), QStringLiteral("AnonymizedConversation")}};
    for (const QString &key :
         {QStringLiteral("id"), QStringLiteral("requesterId"), QStringLiteral("channel"),
          QStringLiteral("createdAt"), QStringLiteral("direction"), QStringLiteral("state"),
          QStringLiteral("stateUpdatedAt"), QStringLiteral("link")}) {
        if (conversation.contains(key))
            out.insert(key, conversation.value(key));
    }
    // A second anonymization keeps the time of the first.
    const QJsonValue earlier = conversation.value(QStringLiteral("anonymizedAt"));
    out.insert(QStringLiteral("anonymizedAt"),
               earlier.isString() ? earlier : QJsonValue(SandboxTime::iso(when)));
    return out;
}

QJsonObject Anonymizer::scrubMessageAttributes(const QJsonObject &attributes, int *deletedFiles)
{
    QJsonObject out = attributes;
    int files = 0;
    if (out.contains(QStringLiteral("content")))
        out.insert(QStringLiteral("content"),
                   placeholderContent(out.value(QStringLiteral("content"))));
    if (out.contains(QStringLiteral("emailContent"))) {
        // A TooLarge body is a file; what remains is a regular, anonymous text.
        const QJsonObject email = out.value(QStringLiteral("emailContent")).toObject();
        if (email.contains(QStringLiteral("file")))
            ++files;
        out.insert(QStringLiteral("emailContent"),
                   QJsonObject{{QStringLiteral("_type"), QStringLiteral("Regular")},
                               {QStringLiteral("content"),
                                placeholderContent(email.value(QStringLiteral("content")))}});
    }
    for (const QString &key : {QStringLiteral("attachments"), QStringLiteral("inlineImages")}) {
        if (out.contains(key)) {
            files += int(out.value(key).toArray().size());
            out.insert(key, QJsonArray());
        }
    }
    for (const QString &key :
         {QStringLiteral("originalContentUrl"), QStringLiteral("deliveryFailureReason")}) {
        if (out.contains(key)) {
            if (key == QLatin1String("originalContentUrl"))
                ++files;
            out.remove(key);
        }
    }
    for (const QString &key : {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("cc"),
                               QStringLiteral("bcc"), QStringLiteral("replyDefaultToEmails")}) {
        if (out.contains(key))
            out.insert(key, scrubContact(out.value(key)));
    }
    if (out.contains(QStringLiteral("recording"))) {
        ++files;
        out.insert(QStringLiteral("recording"), placeholder());
    }
    if (out.contains(QStringLiteral("formSubmission"))) {
        QJsonObject values = out.value(QStringLiteral("formSubmission"))
                                 .toObject()
                                 .value(QStringLiteral("values"))
                                 .toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            it.value() = placeholder();
        out.insert(QStringLiteral("formSubmission"),
                   QJsonObject{{QStringLiteral("values"), values}});
    }
    if (deletedFiles)
        *deletedFiles = files;
    return out;
}

void Anonymizer::scrubConversation(DataStore &store, qint64 conversationId, const QDateTime &when)
{
    ConversationRecord *record = store.conversation(conversationId);
    if (!record)
        return;
    ConversationContent &content = store.content(conversationId);

    QJsonArray messages;
    for (const QJsonValue &message : std::as_const(content.messages))
        messages.append(scrubbedMessage(message.toObject()));
    content.messages = messages;

    QJsonArray notes;
    for (const QJsonValue &note : std::as_const(content.notes)) {
        QJsonObject scrubbed = note.toObject();
        scrubbed.insert(QStringLiteral("message"), placeholder());
        notes.append(scrubbed);
    }
    content.notes = notes;

    QJsonArray activity;
    for (const QJsonValue &entry : std::as_const(content.activity))
        activity.append(scrubActivityEntry(store, entry.toObject()));
    content.activity = activity;

    QJsonArray ratings;
    for (const QJsonValue &rating : std::as_const(content.ratings)) {
        QJsonObject scrubbed = rating.toObject();
        scrubbed.remove(QStringLiteral("ratingComment"));
        ratings.append(scrubbed);
    }
    content.ratings = ratings;

    record->json = anonymizedConversation(record->json, when);
    record->searchText.clear();
}

bool Anonymizer::scrubMessage(DataStore &store, qint64 conversationId, const QString &messageId)
{
    ConversationRecord *record = store.conversation(conversationId);
    if (!record)
        return false;
    ConversationContent &content = store.content(conversationId);
    for (qsizetype i = 0; i < content.messages.size(); ++i) {
        const QJsonObject message = content.messages.at(i).toObject();
        if (message.value(QStringLiteral("id")).toString() != messageId)
            continue;
        const QString text = messageText(message);
        int deletedFiles = 0;
        content.messages.replace(i, scrubbedMessage(message, &deletedFiles));
        removeFromSearchText(*record, text);
        store.logActivity(conversationId, QStringLiteral("ConversationMessageRedacted"), {},
                          QJsonObject{{QStringLiteral("messageId"), messageId},
                                      {QStringLiteral("wasTextRedacted"), true},
                                      {QStringLiteral("numberOfDeletedFiles"), deletedFiles}});
        return true;
    }
    return false;
}

void Anonymizer::scrubEndUser(DataStore &store, const QString &userId, const QDateTime &when)
{
    if (QJsonObject *user = store.endUsers.find(userId)) {
        *user = QJsonObject{{QStringLiteral("id"), userId},
                            {QStringLiteral("createdAt"), user->value(QStringLiteral("createdAt"))},
                            {QStringLiteral("displayName"), QString::fromUtf16(UserDisplayName)}};
    }
    for (auto &[id, record] : store.conversations) {
        if (record.json.value(QStringLiteral("requesterId")).toString() == userId)
            scrubConversation(store, id, when);
    }
}

bool Anonymizer::isClosed(const QJsonObject &conversation)
{
    return conversation.value(QStringLiteral("state")).toString() == QLatin1String("Closed");
}

void Anonymizer::closeConversation(DataStore &store, qint64 conversationId, const QString &actorId,
                                   const QDateTime &when)
{
    ConversationRecord *record = store.conversation(conversationId);
    if (!record || isClosed(record->json))
        return;
    store.content(conversationId);
    record->json.insert(QStringLiteral("state"), QStringLiteral("Closed"));
    record->json.insert(QStringLiteral("stateUpdatedAt"), SandboxTime::iso(when));
    store.logActivity(conversationId, QStringLiteral("ConversationClosed"), actorId);
}
