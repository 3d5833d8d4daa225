// POST /conversations: a new Callback, Chat, ContactForm, Email or Sms conversation with its
// first message, shaped as the matching Conversation variant.
#include "conversationsupport.h"
#include "router.h"
#include "sandboxtime.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace ConversationSupport {

namespace {

struct Variant
{
    QString conversationType; // the Conversation variant's _type
    QString channel;
    QString attributesType; // the first message's Attributes _type
};

Variant variantOf(const QString &inputType)
{
    if (inputType == QLatin1String("Email"))
        return {QStringLiteral("EmailConversation"), QStringLiteral("Email"),
                QStringLiteral("EmailAttributes")};
    if (inputType == QLatin1String("ContactForm"))
        return {QStringLiteral("ContactFormConversation"), QStringLiteral("ContactForm"),
                QStringLiteral("ContactFormAttributes")};
    if (inputType == QLatin1String("Chat"))
        return {QStringLiteral("ChatConversation"), QStringLiteral("WidgetChat"),
                QStringLiteral("ChatAttributes")};
    if (inputType == QLatin1String("Sms"))
        return {QStringLiteral("SmsConversation"), QStringLiteral("Sms"),
                QStringLiteral("SmsAttributes")};
    return {QStringLiteral("PstnPhoneConversation"), QStringLiteral("Callback"), QString()};
}

// What a create request describes, checked and normalised.
struct NewConversation
{
    QString type;
    Variant variant;
    QString requesterId;
    QJsonObject requester; // the EndUser (or Agent) record
    QString direction;
    QString queueId;
    QJsonObject message; // the input message; empty for Callback
    QString agentId;     // author of an Outbound first message
    QJsonArray attachments;
};

QString stringOf(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

QJsonObject contact(const QString &email, const QString &name)
{
    QJsonObject out{{QStringLiteral("email"), email}};
    if (!name.isEmpty())
        out.insert(QStringLiteral("name"), name);
    return out;
}

// Attachments are fetched by Dixa; here a URL that could not be fetched is one that is not an
// absolute http(s) URL.
std::optional<QJsonArray> attachmentsOf(const QJsonObject &message)
{
    QJsonArray files;
    for (const QJsonValue &item : message.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject input = item.toObject();
        const QUrl url(stringOf(input, QStringLiteral("url")), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return std::nullopt;
        QString prettyName = stringOf(input, QStringLiteral("prettyName"));
        if (prettyName.isEmpty())
            prettyName = url.fileName();
        QJsonObject file{{QStringLiteral("url"), url.toString()}};
        if (!prettyName.isEmpty())
            file.insert(QStringLiteral("prettyName"), prettyName);
        files.append(file);
    }
    return files;
}

std::optional<NewConversation> check(const DataStore &store, const QJsonObject &body,
                                     SandboxResponse *error)
{
    NewConversation out;
    out.type = stringOf(body, QStringLiteral("_type"));
    out.variant = variantOf(out.type);
    out.requesterId = stringOf(body, QStringLiteral("requesterId")).toLower();
    if (const QJsonObject *user = store.endUsers.find(out.requesterId))
        out.requester = *user;
    else if (const QJsonObject *agent = store.agents.find(out.requesterId))
        out.requester = *agent;
    else {
        *error = SandboxResponse::badRequest(QStringLiteral("User not found"));
        return std::nullopt;
    }

    if (out.type == QLatin1String("Callback")) {
        out.direction = stringOf(body, QStringLiteral("direction"));
        out.queueId = stringOf(body, QStringLiteral("queueId")).toLower();
        if (!store.queues.contains(out.queueId)) {
            *error = SandboxResponse::badRequest(QStringLiteral("Queue does not exist"));
            return std::nullopt;
        }
        return out;
    }

    out.queueId = defaultQueueId(store);
    out.message = body.value(QStringLiteral("message")).toObject();
    out.direction = stringOf(out.message, QStringLiteral("_type"));
    if (out.direction == QLatin1String("Outbound")) {
        out.agentId = stringOf(out.message, QStringLiteral("agentId")).toLower();
        if (auto problem = checkAgent(store, out.agentId)) {
            *error = *problem;
            return std::nullopt;
        }
    }
    // Only WhatsApp messages may go without content, and WhatsApp conversations are not created
    // through this endpoint.
    if (stringOf(out.message.value(QStringLiteral("content")).toObject(), QStringLiteral("value"))
            .isEmpty()) {
        *error = SandboxResponse::badRequest(
            QStringLiteral("Invalid input for Message (the message needs content)"));
        return std::nullopt;
    }
    const auto files = attachmentsOf(out.message);
    if (!files) {
        *error = SandboxResponse::badRequest(QStringLiteral("Failure to download attachment"));
        return std::nullopt;
    }
    out.attachments = *files;
    return out;
}

QJsonObject messageAttributes(const NewConversation &input, const QJsonObject &body,
                              const DataStore &store)
{
    const QJsonObject content = input.message.value(QStringLiteral("content")).toObject();
    QJsonObject attributes{{QStringLiteral("_type"), input.variant.attributesType},
                           {QStringLiteral("direction"), input.direction},
                           {QStringLiteral("attachments"), input.attachments}};
    if (input.type == QLatin1String("Chat")) {
        attributes.insert(QStringLiteral("content"), content);
        attributes.insert(QStringLiteral("isAutomated"), false);
    } else if (input.type == QLatin1String("Sms")) {
        attributes.insert(QStringLiteral("content"), content);
    } else {
        const QString integration = stringOf(body, QStringLiteral("emailIntegrationId"));
        const QJsonObject customer =
            contact(stringOf(input.requester, QStringLiteral("email")),
                    stringOf(input.requester, QStringLiteral("displayName")));
        const bool outbound = input.direction == QLatin1String("Outbound");
        const QJsonObject from =
            outbound ? contact(integration, agentName(store, input.agentId)) : customer;
        const QJsonObject to = outbound ? customer : contact(integration, QString());
        QJsonArray cc;
        QJsonArray bcc;
        for (const QJsonValue &address : input.message.value(QStringLiteral("cc")).toArray())
            cc.append(contact(address.toString(), QString()));
        for (const QJsonValue &address : input.message.value(QStringLiteral("bcc")).toArray())
            bcc.append(contact(address.toString(), QString()));
        attributes.insert(QStringLiteral("emailContent"),
                          QJsonObject{{QStringLiteral("_type"), QStringLiteral("Regular")},
                                      {QStringLiteral("content"), content}});
        attributes.insert(QStringLiteral("from"), from);
        attributes.insert(QStringLiteral("to"), QJsonArray{to});
        attributes.insert(QStringLiteral("cc"), cc);
        attributes.insert(QStringLiteral("bcc"), bcc);
        attributes.insert(QStringLiteral("isAutoReply"), false);
        attributes.insert(QStringLiteral("inlineImages"), QJsonArray());
    }
    return attributes;
}

QJsonObject conversationJson(const NewConversation &input, const QJsonObject &body, qint64 id,
                             const QString &now)
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("requesterId"), input.requesterId},
        {QStringLiteral("channel"), input.variant.channel},
        {QStringLiteral("createdAt"), now},
        {QStringLiteral("direction"), input.direction},
        {QStringLiteral("state"), QStringLiteral("Open")},
        {QStringLiteral("stateUpdatedAt"), now},
        {QStringLiteral("customAttributes"), QJsonArray()},
        {QStringLiteral("_type"), input.variant.conversationType},
    };
    if (!input.queueId.isEmpty()) {
        json.insert(QStringLiteral("queue"), QJsonObject{{QStringLiteral("id"), input.queueId},
                                                         {QStringLiteral("queuedAt"), now}});
    }
    if (!input.agentId.isEmpty()) {
        json.insert(QStringLiteral("assignment"),
                    QJsonObject{{QStringLiteral("agentId"), input.agentId},
                                {QStringLiteral("assignedAt"), now}});
    }
    for (const QString &key :
         {QStringLiteral("language"), QStringLiteral("subject"), QStringLiteral("browserInfo")}) {
        if (body.contains(key))
            json.insert(key, body.value(key));
    }
    const bool outbound = input.direction == QLatin1String("Outbound");
    const QString email = stringOf(input.requester, QStringLiteral("email"));
    const QString phone = stringOf(input.requester, QStringLiteral("phoneNumber"));
    if (input.type == QLatin1String("Email") || input.type == QLatin1String("ContactForm")) {
        const QString integration = stringOf(body, QStringLiteral("emailIntegrationId"));
        json.insert(QStringLiteral("integrationEmail"), integration);
        json.insert(QStringLiteral("fromEmail"), outbound ? integration : email);
        json.insert(QStringLiteral("toEmail"), outbound ? email : integration);
    } else if (input.type == QLatin1String("Sms")) {
        json.insert(QStringLiteral("fromNumber"),
                    stringOf(body, QStringLiteral("contactEndpointId")));
        if (!phone.isEmpty())
            json.insert(QStringLiteral("toNumber"), phone);
    }
    return json;
}

// The address or number the first message came from, as MessageAdded entries name it.
QString fromEndpoint(const NewConversation &input, const QJsonObject &body)
{
    const bool outbound = input.direction == QLatin1String("Outbound");
    if (input.type == QLatin1String("Sms"))
        return outbound ? stringOf(body, QStringLiteral("contactEndpointId"))
                        : stringOf(input.requester, QStringLiteral("phoneNumber"));
    if (input.type == QLatin1String("Email") || input.type == QLatin1String("ContactForm"))
        return outbound ? stringOf(body, QStringLiteral("emailIntegrationId"))
                        : stringOf(input.requester, QStringLiteral("email"));
    return {};
}

SandboxResponse createConversation(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto parsed = context.body(request, QStringLiteral("CreateConversationInput"), &error);
    if (!parsed)
        return error;
    const QJsonObject body = parsed->toObject();
    DataStore &store = context.store;
    const auto input = check(store, body, &error);
    if (!input)
        return error;

    while (store.conversation(store.nextConversationId))
        ++store.nextConversationId;
    const qint64 id = store.nextConversationId++;
    const QDateTime now = context.now();

    ConversationRecord record;
    record.json = conversationJson(*input, body, id, SandboxTime::iso(now));
    // A new conversation has no history to generate: it starts with its first message only.
    record.content = ConversationContent();
    const QJsonObject content = input->message.value(QStringLiteral("content")).toObject();
    QString text = stringOf(content, QStringLiteral("value"));
    if (stringOf(content, QStringLiteral("_type")) == QLatin1String("Html")) {
        static const QRegularExpression markup(QStringLiteral("<[^>]*>"));
        text = text.replace(markup, QStringLiteral(" ")).simplified();
    }
    // As the demo organisation writes it: the subject first (search highlights rely on that),
    // then who the requester is, then the text of the first message.
    QStringList searchable{stringOf(body, QStringLiteral("subject")),
                           stringOf(input->requester, QStringLiteral("displayName")),
                           stringOf(input->requester, QStringLiteral("email"))};
    if (input->type == QLatin1String("Sms") || input->type == QLatin1String("Callback"))
        searchable.append(stringOf(input->requester, QStringLiteral("phoneNumber")));
    searchable.append(text);
    searchable.removeAll(QString());
    record.searchText = searchable.join(QLatin1Char(' ')).toLower();
    store.conversations.emplace(id, std::move(record));

    const bool byAgent = input->direction == QLatin1String("Outbound");
    const QString author = byAgent ? actor(store, input->agentId) : input->requesterId;
    QJsonObject created;
    if (body.contains(QStringLiteral("subject")))
        created.insert(QStringLiteral("subject"), body.value(QStringLiteral("subject")));
    store.logActivity(id,
                      byAgent ? QStringLiteral("ConversationCreatedByAgent")
                              : QStringLiteral("ConversationCreatedByCustomer"),
                      author, created);

    if (!input->message.isEmpty()) {
        const QString messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QJsonObject message{
            {QStringLiteral("id"), messageId},
            {QStringLiteral("authorId"), author},
            {QStringLiteral("createdAt"), SandboxTime::zoned(now)},
            {QStringLiteral("attributes"), messageAttributes(*input, body, store)},
        };
        if (input->message.contains(QStringLiteral("externalId")))
            message.insert(QStringLiteral("externalId"),
                           input->message.value(QStringLiteral("externalId")));
        store.content(id).messages.append(message);
        QJsonObject added{{QStringLiteral("messageId"), messageId}};
        const QString from = fromEndpoint(*input, body);
        if (!from.isEmpty())
            added.insert(QStringLiteral("fromEndpoint"), from);
        store.logActivity(id,
                          byAgent ? QStringLiteral("MessageAddedByAgent")
                                  : QStringLiteral("MessageAddedByCustomer"),
                          author, added);
    }

    if (!input->agentId.isEmpty()) {
        store.logActivity(
            id, QStringLiteral("ConversationAssigned"), input->agentId,
            QJsonObject{{QStringLiteral("agentId"), input->agentId},
                        {QStringLiteral("agentName"), agentName(store, input->agentId)}});
    } else if (!input->queueId.isEmpty()) {
        store.logActivity(id, QStringLiteral("ConversationOffered"), QString(),
                          offeredAttributes(store, input->queueId));
    }
    return SandboxResponse::data(QJsonObject{{QStringLiteral("id"), id}}, 201);
}

} // namespace

void registerConversationCreateRoute(Router &router, RouteContext &context)
{
    router.add(
        Router::Method::Post, QStringLiteral("/conversations"),
        [&context](const SandboxRequest &request) { return createConversation(context, request); });
}

} // namespace ConversationSupport
