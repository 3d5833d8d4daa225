#pragma once

#include "entities/channel.h"
#include "entities/conversation.h"
#include "entities/searchinput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One way of looking at the conversations: the criteria Dixa's search applies (state, queue,
// assignee or unassigned, channel, direction, tag, text) under a name. The built-in views are
// made here; custom ones are saved by the user and kept as JSON.
struct ConversationView
{
    Q_DECLARE_TR_FUNCTIONS(ConversationView)

public:
    enum class Kind { Custom, UnassignedOpen, Open, Pending, ClosedToday, MyQueues, All };

    QString id; // "builtin:<kind>" for built-in views, a generated id for custom ones
    QString name;
    Kind kind = Kind::Custom;

    QList<Dixa::ConversationState> states;
    QStringList queueIds;
    // Assigned to one of these agents; with `unassigned`, to nobody (the two exclude each other
    // in one Dixa search, so `unassigned` wins).
    QStringList assigneeIds;
    bool unassigned = false;
    QList<Dixa::Channel> channels;
    QList<Dixa::Direction> directions;
    QStringList tagIds;
    QString query; // Dixa's full-text search over the conversations' messages

    bool isBuiltIn() const { return kind != Kind::Custom; }
    bool operator==(const ConversationView &other) const = default;

    // The body of POST /search/conversations for this view. `now` fixes "today" (local time);
    // `myQueueIds` are the queues the supervisor chose for "My queues".
    Dixa::SearchParametersInput toSearch(const QDateTime &now,
                                         const QStringList &myQueueIds = {}) const;

    QJsonObject toJson() const;
    // Nothing for JSON that is not a view (a damaged settings file loses that view only).
    static std::optional<ConversationView> fromJson(const QJsonObject &json);

    // Unassigned open, Open, Pending, Closed today, My queues, All — in that order.
    static QList<ConversationView> builtIns();
    // A new custom view with a fresh id and the criteria of `from`.
    static ConversationView custom(const QString &name, const ConversationView &from);

    // Dixa's lower-case search names (channel "chat" for WidgetChat, state "open", ...).
    static QString searchName(Dixa::Channel channel);
    static QString searchName(Dixa::ConversationState state);
    static QString searchName(Dixa::Direction direction);
};
