#include "democontentwriter.h"
#include "demotime.h"

using namespace DemoTime;

namespace {
QString escaped(const QString &paragraph)
{
    return paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

QString DemoContentWriter::addMessage(qint64 ms, bool fromCustomer, const QStringList &paragraphs,
                                      const QJsonArray &attachments, bool autoReply)
{
    m_lastMessage = std::max(m_lastMessage, ms);
    const QString id = m_rng.uuid();
    const QString author = fromCustomer ? m_requesterId : messageAgent();
    m_messages.append(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("authorId"), author},
        {QStringLiteral("createdAt"), zoned(ms)},
        {QStringLiteral("attributes"),
         messageAttributes(fromCustomer, paragraphs, attachments, autoReply)},
    });

    QJsonObject activity{{QStringLiteral("messageId"), id}};
    QString endpoint;
    if (m_style == DemoStyle::Email)
        endpoint = fromCustomer ? m_customerEmail : m_words.phrases[m_script.language].supportEmail;
    else if (fromCustomer && (m_type == u"SmsConversation" || m_type == u"WhatsAppConversation"))
        endpoint = m_customerPhone;
    if (!endpoint.isEmpty())
        activity.insert(QStringLiteral("fromEndpoint"), endpoint);
    logActivity(ms,
                fromCustomer ? QStringLiteral("MessageAddedByCustomer")
                             : QStringLiteral("MessageAddedByAgent"),
                author, activity);
    return id;
}

void DemoContentWriter::addCall(qint64 ms, bool fromCustomer, int durationSeconds)
{
    m_lastMessage = std::max(m_lastMessage, ms);
    const QString company = m_words.phrases[m_script.language].supportPhone;
    const QString author = fromCustomer ? m_requesterId : messageAgent();
    const QString id = m_rng.uuid();
    m_messages.append(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("authorId"), author},
        {QStringLiteral("createdAt"), zoned(ms)},
        {QStringLiteral("attributes"),
         QJsonObject{
             {QStringLiteral("_type"), QStringLiteral("PhoneAttributes")},
             {QStringLiteral("from"), fromCustomer ? m_customerPhone : company},
             {QStringLiteral("to"), fromCustomer ? company : m_customerPhone},
             {QStringLiteral("direction"),
              fromCustomer ? QStringLiteral("Inbound") : QStringLiteral("Outbound")},
             {QStringLiteral("duration"), durationSeconds},
         }},
    });
    logActivity(ms,
                fromCustomer ? QStringLiteral("MessageAddedByCustomer")
                             : QStringLiteral("MessageAddedByAgent"),
                author,
                {{QStringLiteral("messageId"), id},
                 {QStringLiteral("fromEndpoint"), fromCustomer ? m_customerPhone : company}});
}

void DemoContentWriter::addRecording(qint64 ms, const QString &authorId, int durationSeconds)
{
    m_lastMessage = std::max(m_lastMessage, ms);
    const QString id = m_rng.uuid();
    m_messages.append(QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("authorId"), authorId},
        {QStringLiteral("createdAt"), zoned(ms)},
        {QStringLiteral("attributes"),
         QJsonObject{
             {QStringLiteral("_type"), QStringLiteral("CallRecordingAttributes")},
             {QStringLiteral("recording"), fileUrl(QStringLiteral("recording"))},
             {QStringLiteral("duration"), durationSeconds},
         }},
    });
    logActivity(ms,
                authorId == m_requesterId ? QStringLiteral("MessageAddedByCustomer")
                                          : QStringLiteral("MessageAddedByAgent"),
                authorId, {{QStringLiteral("messageId"), id}});
}

QJsonObject DemoContentWriter::messageAttributes(bool fromCustomer, const QStringList &paragraphs,
                                                 const QJsonArray &attachments, bool autoReply)
{
    if (m_style == DemoStyle::Email)
        return emailAttributes(fromCustomer, paragraphs, attachments, autoReply);

    QString type = QStringLiteral("GenericAttributes");
    if (m_type == u"ChatConversation" || m_type == u"MessengerConversation")
        type = QStringLiteral("ChatAttributes");
    else if (m_type == u"SmsConversation")
        type = QStringLiteral("SmsAttributes");
    else if (m_type == u"WhatsAppConversation")
        type = QStringLiteral("WhatsAppAttributes");
    else if (m_type == u"FacebookMessengerConversation")
        type = QStringLiteral("FacebookMessengerAttributes");
    else if (m_type == u"TwitterConversation")
        type = QStringLiteral("TwitterAttributes");
    QJsonObject attributes{
        {QStringLiteral("_type"), type},
        {QStringLiteral("content"),
         renderContent(paragraphs, formatFor(fromCustomer), fromCustomer)},
        {QStringLiteral("direction"),
         fromCustomer ? QStringLiteral("Inbound") : QStringLiteral("Outbound")},
        {QStringLiteral("attachments"), attachments},
    };
    if (type == u"ChatAttributes")
        attributes.insert(QStringLiteral("isAutomated"), false);
    return attributes;
}

QJsonObject DemoContentWriter::emailAttributes(bool fromCustomer, const QStringList &paragraphs,
                                               const QJsonArray &attachments, bool autoReply)
{
    const bool first = m_messages.isEmpty();
    // Web forms arrive as e-mail; forms in the chat widget as ContactFormAttributes (§10.12).
    const bool widgetForm =
        first && fromCustomer && m_type == u"ContactFormConversation" && m_rng.chance(0.35);
    QJsonObject emailContent;
    if (fromCustomer && !first && !autoReply && m_rng.chance(0.01)) {
        emailContent = QJsonObject{
            {QStringLiteral("_type"), QStringLiteral("TooLarge")},
            {QStringLiteral("file"),
             QJsonObject{{QStringLiteral("url"), fileUrl(QStringLiteral("email_stripped_content"))},
                         {QStringLiteral("prettyName"), QStringLiteral("Large Email Content")}}},
        };
    } else {
        const Format format = (widgetForm || autoReply) ? Format::Text : formatFor(fromCustomer);
        emailContent = QJsonObject{
            {QStringLiteral("_type"), QStringLiteral("Regular")},
            {QStringLiteral("content"), renderContent(paragraphs, format, fromCustomer)},
        };
    }

    QJsonObject attributes{
        {QStringLiteral("_type"),
         widgetForm ? QStringLiteral("ContactFormAttributes") : QStringLiteral("EmailAttributes")},
        {QStringLiteral("emailContent"), emailContent},
        {QStringLiteral("to"), QJsonArray{emailContact(!fromCustomer)}},
        {QStringLiteral("cc"), QJsonArray()},
        {QStringLiteral("bcc"), QJsonArray()},
        {QStringLiteral("isAutoReply"), autoReply},
        {QStringLiteral("inlineImages"), QJsonArray()},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("direction"),
         fromCustomer ? QStringLiteral("Inbound") : QStringLiteral("Outbound")},
    };
    // `from` is required on e-mails and optional on forms, which often leave it out.
    if (!widgetForm || m_rng.chance(0.5))
        attributes.insert(QStringLiteral("from"), emailContact(fromCustomer));
    if (widgetForm)
        attributes.insert(QStringLiteral("replyDefaultToEmails"), QJsonArray{emailContact(true)});
    else if (fromCustomer)
        attributes.insert(
            QStringLiteral("originalContentUrl"),
            QJsonObject{{QStringLiteral("url"), fileUrl(QStringLiteral("email_original_data"))}});
    return attributes;
}

DemoContentWriter::Format DemoContentWriter::formatFor(bool fromCustomer)
{
    if (m_style == DemoStyle::Email)
        return m_rng.chance(fromCustomer ? 0.35 : 0.6) ? Format::Html : Format::Text;
    if (fromCustomer)
        return Format::Text;
    // WhatsApp takes agent messages in Markdown only (dixa-api.md §10.13).
    if (m_type == u"WhatsAppConversation")
        return Format::Markdown;
    return m_rng.chance(0.2) ? Format::Markdown : Format::Text;
}

QJsonObject DemoContentWriter::renderContent(const QStringList &paragraphs, Format format,
                                             bool fromCustomer)
{
    QString value;
    QString type;
    switch (format) {
    case Format::Text:
        value = DemoText::plain(paragraphs);
        type = QStringLiteral("Text");
        break;
    case Format::Markdown:
        value = DemoText::plain(paragraphs);
        value.replace(m_script.order, QStringLiteral("**") + m_script.order + QStringLiteral("**"));
        value.replace(m_script.tracking, QLatin1Char('`') + m_script.tracking + QLatin1Char('`'));
        type = QStringLiteral("Markdown");
        break;
    case Format::Html: {
        for (const QString &paragraph : paragraphs)
            value += QStringLiteral("<p>") + escaped(paragraph) + QStringLiteral("</p>");
        if (fromCustomer) {
            // Real mail carries remote images and, now and then, scripts: a safe renderer
            // must show neither.
            const double draw = m_rng.unit();
            if (draw < 0.08)
                value +=
                    QStringLiteral("<p><img src=\"https://signatures.example.net/%1/logo.png\" "
                                   "alt=\"Logo\" width=\"120\" height=\"40\"></p>")
                        .arg(m_rng.hex(16));
            else if (draw < 0.1)
                value +=
                    QStringLiteral("<p style=\"color:#999999;font-size:11px\">Sent from my "
                                   "phone</p><script src=\"https://tracker.example.net/%1.js\">"
                                   "</script>")
                        .arg(m_rng.hex(12));
            else if (draw < 0.11)
                value += QStringLiteral("<script>document.location='https://login.example.net/"
                                        "verify?u=%1'</script>")
                             .arg(m_rng.hex(8));
            value = QStringLiteral("<div dir=\"ltr\">") + value + QStringLiteral("</div>");
        } else {
            value.replace(m_script.order, QStringLiteral("<strong>") + m_script.order +
                                              QStringLiteral("</strong>"));
            const QString website =
                m_words.organization.value(QStringLiteral("website")).toString();
            value = QStringLiteral("<div style=\"font-family:Helvetica,Arial,sans-serif;"
                                   "font-size:14px\">") +
                    value +
                    QStringLiteral("<p style=\"color:#7a7a7a;font-size:12px\">%1 · <a href=\"%2\">"
                                   "%3</a></p></div>")
                        .arg(m_words.organization.value(QStringLiteral("name")).toString(), website,
                             QString(website).remove(QStringLiteral("https://")));
        }
        type = QStringLiteral("Html");
        break;
    }
    }
    return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("_type"), type}};
}

QJsonObject DemoContentWriter::emailContact(bool customer) const
{
    if (customer) {
        QJsonObject contact{{QStringLiteral("email"), m_customerEmail}};
        if (!m_customerName.isEmpty() && m_customerName != m_customerEmail)
            contact.insert(QStringLiteral("name"), m_customerName);
        return contact;
    }
    const DemoPhrases &phrases = m_words.phrases[m_script.language];
    return QJsonObject{
        {QStringLiteral("email"), phrases.supportEmail},
        {QStringLiteral("name"), m_agentName.isEmpty() ? phrases.supportName : m_agentName},
    };
}

QJsonArray DemoContentWriter::attachment(const QString &kind)
{
    QString name;
    if (kind == u"invoice")
        name = m_script.invoice + QStringLiteral(".pdf");
    else if (kind == u"label")
        name = QStringLiteral("return-label-") + m_script.order + QStringLiteral(".pdf");
    else
        name = QStringLiteral("IMG_") + m_rng.digits(4) + QStringLiteral(".jpg");
    return QJsonArray{QJsonObject{
        {QStringLiteral("url"), fileUrl(QStringLiteral("attachment"))},
        {QStringLiteral("prettyName"), name},
    }};
}

QString DemoContentWriter::fileUrl(const QString &folder)
{
    return QStringLiteral("https://files.dixa.io/private/") + m_context.organizationId +
           QLatin1Char('/') + folder + QLatin1Char('/') + m_rng.uuid();
}
