#include "conversationview.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
using Dixa::SearchCondition;
using Dixa::SearchFieldType;
using Dixa::SearchOperator;
using Dixa::SearchOperatorType;

SearchCondition condition(SearchFieldType field, const SearchOperator &op)
{
    SearchCondition condition;
    condition.field.type = field;
    condition.field.op = op;
    return condition;
}

template<class E>
QJsonArray enumArray(const QList<E> &values)
{
    QJsonArray array;
    for (E value : values)
        array.append(Dixa::OpenEnum<E>(value).text());
    return array;
}

template<class E>
QList<E> enumList(const QJsonValue &json)
{
    QList<E> values;
    for (const QJsonValue &item : json.toArray()) {
        const Dixa::OpenEnum<E> value = Dixa::OpenEnum<E>::fromString(item.toString());
        if (value.isKnown())
            values.append(value.value());
    }
    return values;
}

QStringList stringList(const QJsonValue &json)
{
    QStringList values;
    for (const QJsonValue &item : json.toArray())
        values.append(item.toString());
    return values;
}

template<class E, class F>
QStringList searchNames(const QList<E> &values, F name)
{
    QStringList names;
    for (E value : values) {
        const QString text = name(value);
        if (!text.isEmpty() && !names.contains(text))
            names.append(text);
    }
    return names;
}

QString kindName(ConversationView::Kind kind)
{
    switch (kind) {
    case ConversationView::Kind::UnassignedOpen:
        return u"unassigned-open"_s;
    case ConversationView::Kind::Open:
        return u"open"_s;
    case ConversationView::Kind::Pending:
        return u"pending"_s;
    case ConversationView::Kind::ClosedToday:
        return u"closed-today"_s;
    case ConversationView::Kind::MyQueues:
        return u"my-queues"_s;
    case ConversationView::Kind::All:
        return u"all"_s;
    case ConversationView::Kind::Custom:
        break;
    }
    return u"custom"_s;
}
} // namespace

Dixa::SearchParametersInput ConversationView::toSearch(const QDateTime &now,
                                                       const QStringList &myQueueIds) const
{
    QList<SearchCondition> conditions;
    const QStringList stateNames =
        searchNames(states, [](Dixa::ConversationState state) { return searchName(state); });
    if (!stateNames.isEmpty())
        conditions.append(
            condition(SearchFieldType::Status,
                      SearchOperator::withValues(SearchOperatorType::IsOneOf, stateNames)));
    const QStringList queues = kind == Kind::MyQueues && queueIds.isEmpty() ? myQueueIds : queueIds;
    if (!queues.isEmpty())
        conditions.append(
            condition(SearchFieldType::QueueId,
                      SearchOperator::withValues(SearchOperatorType::IsOneOf, queues)));
    if (unassigned)
        conditions.append(
            condition(SearchFieldType::AgentId, SearchOperator::bare(SearchOperatorType::IsEmpty)));
    else if (!assigneeIds.isEmpty())
        conditions.append(
            condition(SearchFieldType::AgentId,
                      SearchOperator::withValues(SearchOperatorType::IsOneOf, assigneeIds)));
    const QStringList channelNames =
        searchNames(channels, [](Dixa::Channel channel) { return searchName(channel); });
    if (!channelNames.isEmpty())
        conditions.append(
            condition(SearchFieldType::Channel,
                      SearchOperator::withValues(SearchOperatorType::IsOneOf, channelNames)));
    const QStringList directionNames =
        searchNames(directions, [](Dixa::Direction direction) { return searchName(direction); });
    if (!directionNames.isEmpty())
        conditions.append(
            condition(SearchFieldType::Direction,
                      SearchOperator::withValues(SearchOperatorType::IsOneOf, directionNames)));
    if (!tagIds.isEmpty())
        conditions.append(
            condition(SearchFieldType::TagId,
                      SearchOperator::withValues(SearchOperatorType::IncludesOne, tagIds)));
    if (kind == Kind::ClosedToday) {
        const QDateTime midnight = QDateTime(now.toLocalTime().date(), QTime(0, 0));
        conditions.append(condition(SearchFieldType::ClosedDate,
                                    SearchOperator::since(Dixa::DixaTime(midnight.toUTC()))));
    }

    Dixa::SearchParametersInput search;
    if (!conditions.isEmpty()) {
        Dixa::SearchFilters filters;
        filters.strategy = Dixa::SearchStrategy::All;
        filters.conditions = conditions;
        search.filters = filters;
    }
    if (!query.trimmed().isEmpty()) {
        Dixa::SearchQuery text;
        text.value = query.trimmed();
        search.query = text;
    }
    return search;
}

QJsonObject ConversationView::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"kind"_s, kindName(kind)},
        {u"states"_s, enumArray(states)},
        {u"queueIds"_s, QJsonArray::fromStringList(queueIds)},
        {u"assigneeIds"_s, QJsonArray::fromStringList(assigneeIds)},
        {u"unassigned"_s, unassigned},
        {u"channels"_s, enumArray(channels)},
        {u"directions"_s, enumArray(directions)},
        {u"tagIds"_s, QJsonArray::fromStringList(tagIds)},
        {u"query"_s, query},
    };
}

std::optional<ConversationView> ConversationView::fromJson(const QJsonObject &json)
{
    ConversationView view;
    view.id = json.value(u"id"_s).toString();
    view.name = json.value(u"name"_s).toString();
    if (view.id.isEmpty() || view.name.trimmed().isEmpty())
        return std::nullopt;
    const QString kind = json.value(u"kind"_s).toString(u"custom"_s);
    for (Kind candidate : {Kind::UnassignedOpen, Kind::Open, Kind::Pending, Kind::ClosedToday,
                           Kind::MyQueues, Kind::All}) {
        if (kindName(candidate) == kind)
            view.kind = candidate;
    }
    view.states = enumList<Dixa::ConversationState>(json.value(u"states"_s));
    view.queueIds = stringList(json.value(u"queueIds"_s));
    view.assigneeIds = stringList(json.value(u"assigneeIds"_s));
    view.unassigned = json.value(u"unassigned"_s).toBool();
    view.channels = enumList<Dixa::Channel>(json.value(u"channels"_s));
    view.directions = enumList<Dixa::Direction>(json.value(u"directions"_s));
    view.tagIds = stringList(json.value(u"tagIds"_s));
    view.query = json.value(u"query"_s).toString();
    return view;
}

QList<ConversationView> ConversationView::builtIns()
{
    const auto make = [](Kind kind, const QString &name) {
        ConversationView view;
        view.kind = kind;
        view.id = u"builtin:"_s + kindName(kind);
        view.name = name;
        return view;
    };
    ConversationView unassignedOpen = make(Kind::UnassignedOpen, tr("Unassigned open"));
    unassignedOpen.states = {Dixa::ConversationState::Open};
    unassignedOpen.unassigned = true;
    ConversationView open = make(Kind::Open, tr("Open"));
    open.states = {Dixa::ConversationState::Open};
    ConversationView pending = make(Kind::Pending, tr("Pending"));
    pending.states = {Dixa::ConversationState::Pending};
    ConversationView closedToday = make(Kind::ClosedToday, tr("Closed today"));
    closedToday.states = {Dixa::ConversationState::Closed};
    return {unassignedOpen,
            open,
            pending,
            closedToday,
            make(Kind::MyQueues, tr("My queues")),
            make(Kind::All, tr("All"))};
}

ConversationView ConversationView::custom(const QString &name, const ConversationView &from)
{
    ConversationView view = from;
    view.kind = Kind::Custom;
    view.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    view.name = name.trimmed();
    return view;
}

QString ConversationView::searchName(Dixa::Channel channel)
{
    switch (channel) {
    case Dixa::Channel::WidgetChat:
        return u"chat"_s;
    case Dixa::Channel::Messenger:
        return u"dixamessenger"_s;
    case Dixa::Channel::PstnPhone:
        return u"phone"_s;
    case Dixa::Channel::Unknown:
        return {};
    default:
        return Dixa::OpenEnum<Dixa::Channel>(channel).text().toLower();
    }
}

QString ConversationView::searchName(Dixa::ConversationState state)
{
    switch (state) {
    case Dixa::ConversationState::Open:
        return u"open"_s;
    case Dixa::ConversationState::Closed:
        return u"closed"_s;
    case Dixa::ConversationState::Pending:
    case Dixa::ConversationState::AwaitingPending:
        return u"pending"_s;
    case Dixa::ConversationState::Unknown:
        break;
    }
    return {};
}

QString ConversationView::searchName(Dixa::Direction direction)
{
    if (direction == Dixa::Direction::Unknown)
        return {};
    return Dixa::OpenEnum<Dixa::Direction>(direction).text().toLower();
}
