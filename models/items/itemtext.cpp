#include "itemtext.h"

#include <QRegularExpression>

QString ItemText::channel(Dixa::Channel channel, const QString &unknownText)
{
    using Dixa::Channel;
    switch (channel) {
    case Channel::WhatsApp:
        return tr("WhatsApp", "channel");
    case Channel::Voicemail:
        return tr("Voicemail", "channel");
    case Channel::WidgetChat:
        return tr("Chat", "channel");
    case Channel::FacebookMessenger:
        return tr("Facebook Messenger", "channel");
    case Channel::Twitter:
        return tr("Twitter", "channel");
    case Channel::Email:
        return tr("Email", "channel");
    case Channel::ContactForm:
        return tr("Contact form", "channel");
    case Channel::Callback:
        return tr("Callback", "channel");
    case Channel::PstnPhone:
        return tr("Phone", "channel");
    case Channel::Sms:
        return tr("SMS", "channel");
    case Channel::Messenger:
        return tr("Messenger", "channel");
    case Channel::Unknown:
        break;
    }
    return unknownText;
}

QString ItemText::direction(Dixa::Direction direction, const QString &unknownText)
{
    switch (direction) {
    case Dixa::Direction::Inbound:
        return tr("Inbound", "direction");
    case Dixa::Direction::Outbound:
        return tr("Outbound", "direction");
    case Dixa::Direction::Internal:
        return tr("Internal", "direction");
    case Dixa::Direction::Unknown:
        break;
    }
    return unknownText;
}

QString ItemText::state(Dixa::ConversationState state, const QString &unknownText)
{
    using Dixa::ConversationState;
    switch (state) {
    case ConversationState::Open:
        return tr("Open", "conversation state");
    case ConversationState::Pending:
        return tr("Pending", "conversation state");
    case ConversationState::AwaitingPending:
        return tr("Awaiting pending", "conversation state");
    case ConversationState::Closed:
        return tr("Closed", "conversation state");
    case ConversationState::Unknown:
        break;
    }
    return unknownText;
}

QString ItemText::words(const QString &camelCase)
{
    QString out;
    out.reserve(camelCase.size() + 8);
    for (qsizetype i = 0; i < camelCase.size(); ++i) {
        const QChar c = camelCase.at(i);
        if (i > 0 && c.isUpper()) {
            out += QLatin1Char(' ');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

QString ItemText::list(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QString ItemText::plainText(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    text.replace(spaces, QStringLiteral(" "));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.trimmed();
}

QVariant ItemText::time(qint64 msSinceEpoch, bool raw)
{
    if (raw)
        return msSinceEpoch;
    if (msSinceEpoch == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toLocalTime();
}

QVariant ItemText::time(const Dixa::DixaTime &time, bool raw)
{
    return ItemText::time(time.isValid() ? time.toUtc().toMSecsSinceEpoch() : 0, raw);
}
