#pragma once

#include "entities/channel.h"
#include "entities/conversation.h"
#include "entities/dixatime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The words and values the item models show for Dixa's enums, times and lists, in one place so
// that every model (and its translation) says them the same way.
struct ItemText
{
    Q_DECLARE_TR_FUNCTIONS(ItemText)

public:
    static QString channel(Dixa::Channel channel, const QString &unknownText = {});
    static QString direction(Dixa::Direction direction, const QString &unknownText = {});
    static QString state(Dixa::ConversationState state, const QString &unknownText = {});
    // "ConversationClaimed" -> "Conversation claimed": Dixa's activity types, readable.
    static QString words(const QString &camelCase);
    // A list in one cell.
    static QString list(const QStringList &items);
    // The text of an HTML body for a list cell: tags dropped, whitespace collapsed.
    static QString plainText(const QString &html);

    // A time for DisplayRole (local QDateTime) or RawValueRole (ms since the epoch, for sorting).
    static QVariant time(qint64 msSinceEpoch, bool raw);
    static QVariant time(const Dixa::DixaTime &time, bool raw);
};
