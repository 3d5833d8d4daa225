// Messages (list, add) and ratings of a conversation; notes, activity logs and anonymization are
// registered from the other message*.cpp files.
#include "conversationsupport.h"
#include "messageroutesparts.h"
#include "routecontext.h"
#include "router.h"
#include "routes.h"
#include "sandboxtime.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The Message attributes variant for a conversation channel; empty when Dixa cannot add messages
// to conversations of that channel (seed: Chat, Messenger, Contact Form, Email, Sms, WhatsApp).
QString attributesType(const QString &channel)
{
    if (channel == QLatin1String("WidgetChat") || channel == QLatin1String("Chat") ||
        channel == QLatin1String("Messenger"))
        return QStringLiteral("ChatAttributes");
    if (channel == QLatin1String("Email"))
        return QStringLiteral("EmailAttributes");
    if (channel == QLatin1String("ContactForm"))
        return QStringLiteral("ContactFormAttributes");
    if (channel == QLatin1String("Sms"))
        return QStringLiteral("SmsAttributes");
    if (channel == QLatin1String("WhatsApp"))
        return QStringLiteral("WhatsAppAttributes");
    return {};
}

QString invalidMessage(const QString &detail)
{
    return QStringLiteral("Invalid input for Message: ") + detail;
}

QString fileName(const QJsonObject &file)
{
    const QString pretty = file.value(QStringLiteral("prettyName")).toString();
    if (!pretty.isEmpty())
        return pretty;
    return QUrl(file.value(QStringLiteral("url")).toString()).fileName();
}

// Dixa downloads each attachment and keeps its own copy; a URL it cannot fetch fails the message.
std::optional<QJsonArray> storedAttachments(const QJsonArray &input, QString *error)
{
    QJsonArray stored;
    for (const QJsonValue &value : input) {
        const QJsonObject file = value.toObject();
        const QUrl url(file.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            *error = QStringLiteral("Failure to download attachment");
            return std::nullopt;
        }
        const QString name = fileName(file);
        stored.append(QJsonObject{
            {QStringLiteral("url"),
             QString(QStringLiteral("https://files.dixa.io/private/") + newId() + QLatin1Char('/') +
                     QString::fromLatin1(QUrl::toPercentEncoding(name)))},
            {QStringLiteral("prettyName"), name}});
    }
    return stored;
}

// The seed's WhatsApp rules: Outbound only, Markdown only, one attachment of a few file types.
QString whatsAppProblem(const QJsonObject &input)
{
    const QJsonArray attachments = input.value(QStringLiteral("attachments")).toArray();
    if (attachments.size() > 1)
        return invalidMessage(
            QStringLiteral("only one attachment is allowed per WhatsApp message"));
    static const QStringList types{QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                   QStringLiteral("png"),  QStringLiteral("pdf"),
                                   QStringLiteral("doc"),  QStringLiteral("docx"),
                                   QStringLiteral("pptx"), QStringLiteral("xlsx")};
    for (const QJsonValue &file : attachments) {
        const QString name = fileName(file.toObject());
        const QString suffix = name.mid(name.lastIndexOf(QLatin1Char('.')) + 1).toLower();
        if (!name.contains(QLatin1Char('.')) || !types.contains(suffix))
            return invalidMessage(QStringLiteral("unsupported WhatsApp attachment type"));
    }
    if (!input.contains(QStringLiteral("content"))) {
        if (attachments.isEmpty())
            return invalidMessage(QStringLiteral("content or an attachment is required"));
        return {};
    }
    const QString format =
        input.value(QStringLiteral("content")).toObject().value(QStringLiteral("_type")).toString();
    if (format != QLatin1String("Markdown"))
        return invalidMessage(QStringLiteral("WhatsApp messages must be Markdown"));
    return {};
}

QJsonObject emailContact(const QString &email, const QString &name)
{
    QJsonObject contact{{QStringLiteral("email"), email}};
    if (!name.isEmpty())
        contact.insert(QStringLiteral("name"), name);
    return contact;
}

QJsonArray contactList(const QJsonArray &emails)
{
    QJsonArray out;
    for (const QJsonValue &email : emails)
        out.append(emailContact(email.toString(), {}));
    return out;
}

struct NewMessage
{
    bool outbound = false;
    QString authorId;
    QJsonObject content;
    QJsonArray attachments;
};

QJsonObject messageAttributes(const DataStore &store, const QJsonObject &conversation,
                              const QString &type, const QJsonObject &input,
                              const NewMessage &message)
{
    const QString direction =
        message.outbound ? QStringLiteral("Outbound") : QStringLiteral("Inbound");
    QJsonObject attributes{{QStringLiteral("_type"), type},
                           {QStringLiteral("direction"), direction},
                           {QStringLiteral("attachments"), message.attachments}};
    if (type != QLatin1String("EmailAttributes") &&
        type != QLatin1String("ContactFormAttributes")) {
        attributes.insert(QStringLiteral("content"), message.content);
        if (type == QLatin1String("ChatAttributes"))
            attributes.insert(QStringLiteral("isAutomated"), false);
        return attributes;
    }
    // The end user writes from their address to the organisation's; agents answer the other way.
    const QJsonObject requester =
        store.endUsers.value(conversation.value(QStringLiteral("requesterId")).toString());
    QString userEmail = conversation.value(QStringLiteral("fromEmail")).toString();
    if (userEmail.isEmpty())
        userEmail = requester.value(QStringLiteral("email")).toString();
    QString orgEmail = input.value(QStringLiteral("integrationEmail")).toString();
    if (orgEmail.isEmpty())
        orgEmail = conversation.value(QStringLiteral("toEmail")).toString();
    if (orgEmail.isEmpty())
        orgEmail = conversation.value(QStringLiteral("integrationEmail")).toString();
    const QJsonObject user =
        emailContact(userEmail, requester.value(QStringLiteral("displayName")).toString());
    const QJsonObject org = emailContact(
        orgEmail,
        message.outbound
            ? store.agents.value(message.authorId).value(QStringLiteral("displayName")).toString()
            : QString());
    attributes.insert(QStringLiteral("emailContent"),
                      QJsonObject{{QStringLiteral("_type"), QStringLiteral("Regular")},
                                  {QStringLiteral("content"), message.content}});
    attributes.insert(QStringLiteral("from"), message.outbound ? org : user);
    attributes.insert(QStringLiteral("to"), QJsonArray{message.outbound ? user : org});
    attributes.insert(QStringLiteral("cc"),
                      contactList(input.value(QStringLiteral("cc")).toArray()));
    attributes.insert(QStringLiteral("bcc"),
                      contactList(input.value(QStringLiteral("bcc")).toArray()));
    attributes.insert(QStringLiteral("inlineImages"), QJsonArray());
    attributes.insert(QStringLiteral("isAutoReply"), false);
    return attributes;
}

SandboxResponse addMessage(RouteContext &context, const SandboxRequest &request)
{
    SandboxResponse error;
    const auto body = context.body(request, QStringLiteral("CreateMessageInput"), &error);
    if (!body)
        return error;
    qint64 id = 0;
    ConversationRecord *record = MessageRoutes::conversation(context, request, &id, &error);
    if (!record)
        return error;
    if (ConversationSupport::isAnonymized(record->json))
        return ConversationSupport::anonymizedError(id);
    DataStore &store = context.store;
    const QJsonObject input = body->toObject();

    const QString channel = record->json.value(QStringLiteral("channel")).toString();
    const QString type = attributesType(channel);
    if (type.isEmpty())
        return SandboxResponse::badRequest(QStringLiteral("Unsupported ConversationChannel"));

    NewMessage message;
    message.outbound = input.value(QStringLiteral("_type")).toString() == QLatin1String("Outbound");
    const bool outboundOnly =
        channel == QLatin1String("Sms") || channel == QLatin1String("WhatsApp");
    if (outboundOnly && !message.outbound)
        return SandboxResponse::badRequest(invalidMessage(
            QStringLiteral("only Outbound messages are supported for Sms and WhatsApp")));
    if (channel == QLatin1String("WhatsApp")) {
        const QString problem = whatsAppProblem(input);
        if (!problem.isEmpty())
            return SandboxResponse::badRequest(problem);
    } else if (!input.contains(QStringLiteral("content"))) {
        return SandboxResponse::badRequest(invalidMessage(QStringLiteral("content is required")));
    }

    if (message.outbound) {
        message.authorId = input.value(QStringLiteral("agentId")).toString().toLower();
        if (auto problem = ConversationSupport::checkAgent(store, message.authorId))
            return *problem;
    } else {
        message.authorId = record->json.value(QStringLiteral("requesterId")).toString();
    }

    const QString externalId = input.value(QStringLiteral("externalId")).toString();
    if (!externalId.isEmpty()) {
        for (const QJsonValue &existing : store.peekContent(id).messages) {
            if (existing.toObject().value(QStringLiteral("externalId")).toString() == externalId)
                return SandboxResponse::badRequest(QStringLiteral("Duplicate externalId"));
        }
    }

    QString attachmentError;
    const auto attachments =
        storedAttachments(input.value(QStringLiteral("attachments")).toArray(), &attachmentError);
    if (!attachments)
        return SandboxResponse::badRequest(attachmentError);
    message.attachments = *attachments;
    message.content = input.contains(QStringLiteral("content"))
                          ? input.value(QStringLiteral("content")).toObject()
                          : QJsonObject{{QStringLiteral("value"), QString()},
                                        {QStringLiteral("_type"), QStringLiteral("Markdown")}};

    const QDateTime now = context.now();
    const QString messageId = newId();
    QJsonObject stored{{QStringLiteral("id"), messageId},
                       {QStringLiteral("authorId"), message.authorId},
                       {QStringLiteral("createdAt"), SandboxTime::zoned(now)},
                       {QStringLiteral("attributes"),
                        messageAttributes(store, record->json, type, input, message)}};
    if (!externalId.isEmpty())
        stored.insert(QStringLiteral("externalId"), externalId);
    store.content(id).messages.append(stored);
    store.logActivity(id,
                      message.outbound ? QStringLiteral("MessageAddedByAgent")
                                       : QStringLiteral("MessageAddedByCustomer"),
                      message.authorId, QJsonObject{{QStringLiteral("messageId"), messageId}});
    const QString text = message.content.value(QStringLiteral("value")).toString().toLower();
    if (!text.isEmpty()) {
        if (!record->searchText.isEmpty())
            record->searchText += QLatin1Char(' ');
        record->searchText += text;
    }

    QJsonObject output{{QStringLiteral("content"), message.content},
                       {QStringLiteral("direction"),
                        message.outbound ? QStringLiteral("Outbound") : QStringLiteral("Inbound")},
                       {QStringLiteral("authorId"), message.authorId},
                       {QStringLiteral("messageId"), messageId},
                       {QStringLiteral("createdAt"), now.toUTC().toString(Qt::ISODateWithMs)}};
    if (!externalId.isEmpty())
        output.insert(QStringLiteral("externalId"), externalId);
    return SandboxResponse::data(output);
}
} // namespace

ConversationRecord *MessageRoutes::conversation(RouteContext &context,
                                                const SandboxRequest &request, qint64 *id,
                                                SandboxResponse *error)
{
    const auto parsed = RouteContext::conversationId(request, error);
    if (!parsed)
        return nullptr;
    ConversationRecord *record = context.store.conversation(*parsed);
    if (!record) {
        *error = SandboxResponse::notFound();
        return nullptr;
    }
    *id = *parsed;
    return record;
}

void registerMessageRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;

    router.add(Method::Get, QStringLiteral("/conversations/{conversationId}/messages"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   qint64 id = 0;
                   if (!MessageRoutes::conversation(context, request, &id, &error))
                       return error;
                   return SandboxResponse::data(context.store.peekContent(id).messages);
               });

    router.add(Method::Post, QStringLiteral("/conversations/{conversationId}/messages"),
               [&context](const SandboxRequest &request) { return addMessage(context, request); });

    // "rating" is the deprecated name of the same list.
    for (const QString &path : {QStringLiteral("/conversations/{conversationId}/ratings"),
                                QStringLiteral("/conversations/{conversationId}/rating")}) {
        router.add(Method::Get, path, [&context](const SandboxRequest &request) {
            SandboxResponse error;
            qint64 id = 0;
            if (!MessageRoutes::conversation(context, request, &id, &error))
                return error;
            return SandboxResponse::data(context.store.peekContent(id).ratings);
        });
    }

    MessageRoutes::registerNoteRoutes(router, context);
    MessageRoutes::registerActivityLogRoutes(router, context);
    MessageRoutes::registerAnonymizationRoutes(router, context);
}
