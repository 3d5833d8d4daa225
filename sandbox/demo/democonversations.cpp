#include "democonversations.h"

#include "datastore.h"
#include "democontext.h"
#include "demorandom.h"
#include "demosetup.h"
#include "demotime.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {
using namespace DemoTime;

enum State { Open, Pending, AwaitingPending, Closed, StateCount };
const char16_t *const StateNames[StateCount] = {u"Open", u"Pending", u"AwaitingPending", u"Closed"};

// One way in for a conversation: its channel, the Conversation variant that carries it and
// how often it happens in a webshop's support mix.
struct Kind
{
    const char16_t *channel;
    const char16_t *type;
    int weight;
    DemoStyle style;
    bool needsEmail;
    bool needsPhone;
    double outbound; // share started by an agent
};

// Generic conversations come from a third-party chat bot embedded in the web shop, so their
// channel is WidgetChat; voicemails and callbacks are phone conversations.
const Kind Kinds[] = {
    {u"Email", u"EmailConversation", 30, DemoStyle::Email, true, false, 0.08},
    {u"ContactForm", u"ContactFormConversation", 8, DemoStyle::Email, true, false, 0.0},
    {u"WidgetChat", u"ChatConversation", 19, DemoStyle::Chat, false, false, 0.0},
    {u"Messenger", u"MessengerConversation", 5, DemoStyle::Chat, false, false, 0.0},
    {u"WidgetChat", u"GenericConversation", 2, DemoStyle::Chat, false, false, 0.0},
    {u"Sms", u"SmsConversation", 5, DemoStyle::Chat, false, true, 0.3},
    {u"WhatsApp", u"WhatsAppConversation", 5, DemoStyle::Chat, false, true, 0.1},
    {u"FacebookMessenger", u"FacebookMessengerConversation", 4, DemoStyle::Chat, false, false, 0.0},
    {u"Twitter", u"TwitterConversation", 2, DemoStyle::Chat, false, false, 0.0},
    {u"PstnPhone", u"PstnPhoneConversation", 13, DemoStyle::Phone, false, true, 0.15},
    {u"Voicemail", u"PstnPhoneConversation", 3, DemoStyle::Phone, false, true, 0.0},
    {u"Callback", u"PstnPhoneConversation", 3, DemoStyle::Phone, false, true, 0.0},
};
constexpr int KindCount = int(std::size(Kinds));
constexpr int ChatKind = 2;

// What the seeding decides about one conversation before it writes the JSON.
struct Plan
{
    qint64 created = 0;
    qint64 queued = 0;
    qint64 assigned = 0; // 0 when unassigned
    qint64 stateUpdated = 0;
    int kind = 0;
    int state = Open;
    int requester = 0;
    int queue = -1;
    int agent = -1;
    int topic = 0;
    bool outbound = false;
};

// The end users who can be reached on each kind of channel, by index.
struct Pools
{
    QList<int> all;
    QList<int> withEmail;
    QList<int> withPhone;
};

QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

// Creation times over the 90 days before the reference, busier on weekdays and office hours
// (the customers are in Europe, the times in UTC), oldest first.
QList<qint64> creationTimes(const DemoContext &context, int count)
{
    static const double Hours[24] = {0.08, 0.05, 0.04, 0.04, 0.06, 0.15, 0.35, 0.7,
                                     1.0,  1.0,  1.0,  0.95, 0.85, 0.95, 1.0,  0.95,
                                     0.85, 0.8,  0.75, 0.7,  0.6,  0.45, 0.3,  0.15};
    static const double Weekdays[7] = {1.25, 1.1, 1.0, 1.0, 0.9, 0.5, 0.55}; // Monday first
    DemoRandom rng(context.seed, DemoRandom::CreationTimes);
    const qint64 span = 90 * Day;
    QList<qint64> times;
    times.reserve(count);
    while (times.size() < count) {
        const qint64 age = rng.between(Minute, span);
        const qint64 time = (context.referenceMs - age) / Second * Second;
        // A slowly growing shop: recent weeks are a little busier than older ones.
        const double trend = 1.0 - 0.25 * double(age) / double(span);
        const double weight = Hours[hourOfDay(time)] * Weekdays[dayOfWeek(time) - 1] * trend;
        if (rng.unit() * 1.25 < weight)
            times.append(time);
    }
    std::sort(times.begin(), times.end());
    return times;
}

qint64 skewed(DemoRandom &rng, qint64 low, qint64 high, double power)
{
    return low + qint64(std::pow(rng.unit(), power) * double(high - low));
}

int pickRequester(DemoRandom &rng, const QList<int> &pool)
{
    // Some customers write again and again; most only once or twice.
    const int index = int(std::pow(rng.unit(), 1.7) * double(pool.size()));
    return pool.at(qMin(index, int(pool.size()) - 1));
}

int chooseQueue(const DemoContext &context, DemoRandom &rng, const Kind &kind, int topic)
{
    const QString channel = text(kind.channel);
    int general = -1;
    int specialist = -1;
    for (int i = 0; i < context.queues.size(); ++i) {
        const DemoQueueInfo &queue = context.queues.at(i);
        if (!queue.channels.contains(channel))
            continue;
        if (queue.topics.isEmpty() && general < 0)
            general = i;
        if (queue.topics.contains(topic) && specialist < 0)
            specialist = i;
    }
    if (specialist >= 0 && (general < 0 || rng.chance(0.8)))
        return specialist;
    if (general >= 0)
        return general;
    for (int i = 0; i < context.queues.size(); ++i) {
        if (context.queues.at(i).isDefault)
            return i;
    }
    return context.queues.isEmpty() ? -1 : 0;
}

int chooseAgent(const DemoContext &context, DemoRandom &rng, int queue)
{
    if (queue >= 0 && !context.queues.at(queue).members.isEmpty()) {
        const DemoQueueInfo &info = context.queues.at(queue);
        QList<int> weights;
        for (const int priority : info.priorities)
            weights.append(4 - qBound(1, priority, 3));
        return info.members.at(rng.weighted(weights));
    }
    return context.agents.isEmpty() ? -1 : context.tokenAgent;
}

int drawState(DemoRandom &rng, const Kind &kind, qint64 age)
{
    static const int Fresh[] = {70, 10, 5, 15};
    static const int Today[] = {45, 20, 5, 30};
    static const int Week[] = {15, 22, 3, 60};
    static const int Older[] = {3, 4, 1, 92};
    static const int PhoneFresh[] = {35, 5, 0, 60};
    static const int PhoneOlder[] = {4, 2, 0, 94};
    if (kind.style == DemoStyle::Phone)
        return rng.weighted(age < 2 * Hour ? PhoneFresh : PhoneOlder);
    if (age < 2 * Hour)
        return rng.weighted(Fresh);
    if (age < Day)
        return rng.weighted(Today);
    if (age < 7 * Day)
        return rng.weighted(Week);
    return rng.weighted(Older);
}

qint64 waitForAgent(DemoRandom &rng, const Kind &kind)
{
    if (kind.style == DemoStyle::Email)
        return skewed(rng, 5 * Minute, 30 * Hour, 2.0);
    if (kind.style == DemoStyle::Chat)
        return skewed(rng, 10 * Second, 6 * Minute, 2.0);
    if (text(kind.channel) == u"PstnPhone")
        return skewed(rng, 3 * Second, 90 * Second, 2.0);
    return skewed(rng, 5 * Minute, 8 * Hour, 1.5); // voicemails and callbacks wait for a call
}

qint64 handlingTime(DemoRandom &rng, const Kind &kind, int state)
{
    if (state == Closed) {
        if (kind.style == DemoStyle::Email)
            return skewed(rng, 20 * Minute, 3 * Day, 1.5);
        if (kind.style == DemoStyle::Chat)
            return rng.between(3 * Minute, 40 * Minute);
        return rng.between(Minute, 15 * Minute);
    }
    if (kind.style == DemoStyle::Email)
        return rng.between(10 * Minute, 20 * Hour);
    return rng.between(2 * Minute, 25 * Minute);
}

Plan plan(const DemoContext &context, const Pools &pools, qint64 id, qint64 created, int forcedKind,
          int forcedState)
{
    const DemoWords &words = *context.words;
    DemoRandom rng(context.seed, DemoRandom::ConversationPlan, quint64(id));
    static const QList<int> KindWeights = [] {
        QList<int> weights;
        for (const Kind &kind : Kinds)
            weights.append(kind.weight);
        return weights;
    }();

    Plan p;
    p.created = created;
    p.kind = forcedKind >= 0 ? forcedKind : rng.weighted(KindWeights);
    const QList<int> *pool = Kinds[p.kind].needsEmail   ? &pools.withEmail
                             : Kinds[p.kind].needsPhone ? &pools.withPhone
                                                        : &pools.all;
    if (pool->isEmpty()) {
        p.kind = ChatKind;
        pool = &pools.all;
    }
    const Kind &kind = Kinds[p.kind];
    p.requester = pickRequester(rng, *pool);
    p.outbound = rng.chance(kind.outbound);
    p.topic = DemoText::topicOf(words, context.seed, id, p.outbound);

    const qint64 reference = context.referenceMs;
    const qint64 age = reference - created;
    p.state = forcedState >= 0 ? forcedState : drawState(rng, kind, age);
    const int queue = chooseQueue(context, rng, kind, p.topic);
    p.queue = p.outbound ? -1 : queue;
    p.queued = created +
               (kind.style == DemoStyle::Email ? rng.between(2, 40) : rng.between(1, 15)) * Second;

    bool assigned = p.outbound || p.state == Pending || p.state == AwaitingPending;
    if (p.state == Closed)
        assigned = rng.chance(0.96);
    else if (p.state == Open && !p.outbound)
        assigned = rng.chance(age < 30 * Minute ? 0.3 : age < Day ? 0.6 : 0.85);

    if (assigned) {
        p.assigned = p.outbound ? created : p.queued + waitForAgent(rng, kind);
        if (p.assigned >= reference - 30 * Second) {
            p.assigned = p.queued + (reference - p.queued) * 3 / 10 / Second * Second;
            if (p.assigned >= reference - 20 * Second) {
                p.assigned = 0;
                p.state = Open;
            }
        }
    }
    if (p.assigned)
        p.agent = chooseAgent(context, rng, queue);
    if (p.agent < 0)
        p.assigned = 0;

    p.assigned = p.assigned / Second * Second;
    const qint64 start = p.assigned ? p.assigned : p.queued;
    if (p.state == Open) {
        p.stateUpdated = created;
        // Some older open conversations were closed once and reopened by a new message.
        if (p.assigned && age > Day && rng.chance(0.35)) {
            const qint64 reopened = created + qint64((0.55 + 0.4 * rng.unit()) * double(age));
            if (reopened > p.assigned + 10 * Minute && reopened < reference - Minute)
                p.stateUpdated = reopened;
        }
    } else {
        p.stateUpdated = start + handlingTime(rng, kind, p.state);
        if (p.stateUpdated >= reference - 5 * Second)
            p.stateUpdated = start + qint64((0.3 + 0.6 * rng.unit()) * double(reference - start));
        p.stateUpdated = std::max(p.stateUpdated, start);
    }
    p.stateUpdated = p.stateUpdated / Second * Second;
    return p;
}

// Makes sure every kind and every state occurs, whatever the draw, by re-planning a few
// conversations in the middle of the period (where every state is plausible).
void cover(QList<Plan> &plans, const DemoContext &context, const Pools &pools)
{
    const int count = int(plans.size());
    if (count == 0)
        return;
    QList<bool> touched(count, false);
    int next = count / 3;
    const auto freeIndex = [&] {
        for (int step = 0; step < count; ++step) {
            const int index = (next + step * 7) % count;
            if (!touched.at(index)) {
                next = index + 1;
                touched[index] = true;
                return index;
            }
        }
        return -1;
    };
    bool seenKind[KindCount] = {};
    for (const Plan &p : plans)
        seenKind[p.kind] = true;
    for (int kind = 0; kind < KindCount; ++kind) {
        if (seenKind[kind])
            continue;
        const int index = freeIndex();
        if (index < 0)
            return;
        plans[index] = plan(context, pools, index + 1, plans.at(index).created, kind, -1);
    }
    bool seenState[StateCount] = {};
    for (const Plan &p : plans)
        seenState[p.state] = true;
    for (int state = 0; state < StateCount; ++state) {
        if (seenState[state])
            continue;
        const int index = freeIndex();
        if (index < 0)
            return;
        plans[index] =
            plan(context, pools, index + 1, plans.at(index).created, plans.at(index).kind, state);
    }
}

QStringList tagsFor(const DemoContext &context, DemoRandom &rng, const Plan &p,
                    const DemoUserInfo &user)
{
    static const int Counts[] = {12, 38, 35, 15};
    const int wanted =
        (p.state == Open && p.agent < 0) ? (rng.chance(0.2) ? 1 : 0) : rng.weighted(Counts);
    if (wanted == 0)
        return {};
    QStringList candidates;
    if (user.tier == DemoTier::Vip)
        candidates.append(QStringLiteral("VIP"));
    if (user.tier == DemoTier::Business)
        candidates.append(QStringLiteral("B2B"));
    QStringList topicTags = context.words->topics.at(p.topic).tags;
    for (qsizetype i = topicTags.size() - 1; i > 0; --i)
        topicTags.swapItemsAt(i, rng.below(int(i + 1)));
    candidates += topicTags;
    if (rng.chance(0.06))
        candidates.insert(0, QStringLiteral("Urgent"));
    if (p.state == Closed && rng.chance(0.05))
        candidates.append(QStringLiteral("Positive feedback"));

    QStringList ids;
    for (const QString &name : std::as_const(candidates)) {
        const auto it = context.tagByName.constFind(name);
        if (it == context.tagByName.cend() || !context.tags.at(*it).active)
            continue;
        const QString &id = context.tags.at(*it).id;
        if (!ids.contains(id))
            ids.append(id);
        if (ids.size() == wanted)
            break;
    }
    return ids;
}

QJsonArray customAttributes(const DemoContext &context, DemoRandom &rng, const Plan &p,
                            const DemoScript &script)
{
    QJsonArray values;
    const DemoTopic &topic = context.words->topics.at(p.topic);
    const auto add = [&](const QString &identifier, const QJsonValue &value) {
        const auto it = context.attributes.constFind(identifier);
        if (it != context.attributes.cend())
            values.append(DemoSetup::attributeValue(*it, value));
    };
    add(QStringLiteral("contact_reason"), QJsonArray::fromStringList(topic.contactReason));
    if (rng.chance(0.6))
        add(QStringLiteral("order_number"), script.order);
    if (topic.key == u"order_status" && rng.chance(0.5))
        add(QStringLiteral("parcel_id"), script.tracking);
    return values;
}

void addChannelFields(QJsonObject &json, const DemoContext &context, DemoRandom &rng, const Plan &p,
                      const DemoUserInfo &user, const DemoScript &script)
{
    const DemoWords &words = *context.words;
    const DemoPhrases &phrases = words.phrases[script.language];
    const QString type = text(Kinds[p.kind].type);
    const bool inbound = !p.outbound;
    if (type == u"EmailConversation" || type == u"ContactFormConversation") {
        const bool form = type == u"ContactFormConversation";
        json.insert(QStringLiteral("fromEmail"), inbound ? user.email : phrases.supportEmail);
        json.insert(QStringLiteral("toEmail"), inbound ? phrases.supportEmail : user.email);
        json.insert(QStringLiteral("integrationEmail"),
                    form ? words.organization.value(QStringLiteral("contactFormEmail")).toString()
                         : phrases.integrationEmail);
        json.insert(QStringLiteral("subject"), DemoText::subject(words, script));
    } else if (type == u"ChatConversation" || type == u"MessengerConversation") {
        const QJsonArray browsers = words.organization.value(QStringLiteral("browsers")).toArray();
        const QJsonObject browser = browsers.at(rng.below(int(browsers.size()))).toObject();
        const QJsonArray versions = browser.value(QStringLiteral("versions")).toArray();
        // Documentation address ranges: realistic to look at, never anyone's real address.
        static const char *const Networks[] = {"192.0.2.", "198.51.100.", "203.0.113."};
        const int network = rng.below(3);
        const int host = 1 + rng.below(254);
        json.insert(QStringLiteral("browserInfo"),
                    QJsonObject{
                        {QStringLiteral("name"), browser.value(QStringLiteral("name"))},
                        {QStringLiteral("version"), versions.at(rng.below(int(versions.size())))},
                        {QStringLiteral("ipAddress"),
                         QString(QString::fromLatin1(Networks[network]) + QString::number(host))},
                        {QStringLiteral("originatingUrl"),
                         QString(words.organization.value(QStringLiteral("website")).toString() +
                                 rng.pick(phrases.pages))},
                    });
    } else if (type == u"SmsConversation") {
        json.insert(QStringLiteral("fromNumber"), inbound ? user.phone : phrases.smsNumber);
        json.insert(QStringLiteral("toNumber"), inbound ? phrases.smsNumber : user.phone);
    } else if (type == u"TwitterConversation") {
        json.insert(QStringLiteral("conversationType"),
                    rng.chance(0.7) ? QStringLiteral("DirectMessage") : QStringLiteral("Tweet"));
        json.insert(QStringLiteral("contactPointTwitterId"),
                    words.organization.value(QStringLiteral("twitterContactPointId")));
        json.insert(QStringLiteral("endUserTwitterId"), rng.digits(18));
    } else if (type == u"GenericConversation") {
        json.insert(QStringLiteral("fromContactPointId"),
                    QString(QStringLiteral("visitor-") + rng.hex(16)));
        json.insert(QStringLiteral("toContactPointId"),
                    words.organization.value(QStringLiteral("genericContactPointId")));
    }
    if (type == u"EmailConversation" || type == u"ContactFormConversation" ||
        type == u"ChatConversation" || type == u"MessengerConversation")
        json.insert(QStringLiteral("language"), DemoWords::languageCode(script.language));
}
} // namespace

DemoStyle DemoConversations::styleOf(const QString &conversationType)
{
    if (conversationType == u"EmailConversation" || conversationType == u"ContactFormConversation")
        return DemoStyle::Email;
    if (conversationType == u"PstnPhoneConversation")
        return DemoStyle::Phone;
    return DemoStyle::Chat;
}

void DemoConversations::add(DataStore &store, DemoContext &context, int count,
                            const QList<qint64> &userCreatedAt)
{
    if (count <= 0 || context.users.isEmpty())
        return;
    const DemoWords &words = *context.words;
    Pools pools;
    for (int i = 0; i < context.users.size(); ++i) {
        pools.all.append(i);
        if (!context.users.at(i).email.isEmpty())
            pools.withEmail.append(i);
        if (!context.users.at(i).phone.isEmpty())
            pools.withPhone.append(i);
    }

    const QList<qint64> times = creationTimes(context, count);
    QList<Plan> plans;
    plans.reserve(count);
    for (int i = 0; i < count; ++i)
        plans.append(plan(context, pools, i + 1, times.at(i), -1, -1));
    cover(plans, context, pools);

    std::vector<bool> isChild(size_t(count) + 1, false);
    QList<qint64> lastByUser(context.users.size(), 0);
    QList<qint64> firstByUser(context.users.size(), 0);
    for (int i = 0; i < count; ++i) {
        const Plan &p = plans.at(i);
        const qint64 id = i + 1;
        const Kind &kind = Kinds[p.kind];
        const DemoUserInfo &user = context.users.at(p.requester);
        DemoRandom rng(context.seed, DemoRandom::ConversationDetails, quint64(id));
        const DemoScript script =
            DemoText::script(words, context.seed, id, user.language, p.outbound, p.created);

        QJsonObject json{
            {QStringLiteral("id"), id},
            {QStringLiteral("requesterId"), user.id},
            {QStringLiteral("channel"), text(kind.channel)},
            {QStringLiteral("createdAt"), iso(p.created)},
            {QStringLiteral("direction"),
             p.outbound ? QStringLiteral("Outbound") : QStringLiteral("Inbound")},
            {QStringLiteral("state"), text(StateNames[p.state])},
            {QStringLiteral("stateUpdatedAt"), iso(p.stateUpdated)},
            {QStringLiteral("_type"), text(kind.type)},
        };
        if (p.queue >= 0)
            json.insert(QStringLiteral("queue"),
                        QJsonObject{{QStringLiteral("id"), context.queues.at(p.queue).id},
                                    {QStringLiteral("queuedAt"), iso(p.queued)}});
        if (p.agent >= 0)
            json.insert(QStringLiteral("assignment"),
                        QJsonObject{{QStringLiteral("agentId"), context.agents.at(p.agent).id},
                                    {QStringLiteral("assignedAt"), iso(p.assigned)}});
        addChannelFields(json, context, rng, p, user, script);
        if (p.agent >= 0 && rng.chance(0.4))
            json.insert(QStringLiteral("customAttributes"),
                        customAttributes(context, rng, p, script));

        // A few continue an earlier conversation of the same customer or were split off one.
        // Parents are never children themselves, as Dixa requires.
        const qint64 previous = lastByUser.at(p.requester);
        qint64 parent = 0;
        QString linkType;
        if (previous > 0 && !isChild[size_t(previous)] && rng.chance(0.04)) {
            parent = previous;
            linkType = QStringLiteral("FollowUp");
        } else if (id > 50 && rng.chance(0.006)) {
            const qint64 candidate = id - rng.between(1, 50);
            if (!isChild[size_t(candidate)]) {
                parent = candidate;
                linkType = QStringLiteral("SideConversation");
            }
        }
        if (parent > 0) {
            json.insert(QStringLiteral("link"), QJsonObject{{QStringLiteral("parentId"), parent},
                                                            {QStringLiteral("_type"), linkType}});
            isChild[size_t(id)] = true;
        }

        ConversationRecord record;
        record.tagIds = tagsFor(context, rng, p, user);
        if ((p.state == Pending || p.state == AwaitingPending) && rng.chance(0.15))
            record.followUpAt =
                iso(p.stateUpdated + rng.between(20 * Hour, 72 * Hour) / Second * Second);
        const QString agentName = p.agent >= 0 ? context.agents.at(p.agent).firstName : QString();
        QStringList search;
        if (kind.style == DemoStyle::Email)
            search.append(json.value(QStringLiteral("subject")).toString());
        search.append(user.displayName);
        search.append(user.email);
        if (kind.needsPhone)
            search.append(user.phone);
        search.append(DemoText::plain(
            DemoText::firstMessage(words, script, kind.style, user.firstName, agentName)));
        search.removeAll(QString());
        record.searchText = search.join(QLatin1Char(' ')).toLower();
        record.json = std::move(json);
        store.conversations.emplace_hint(store.conversations.end(), id, std::move(record));

        lastByUser[p.requester] = id;
        if (firstByUser.at(p.requester) == 0)
            firstByUser[p.requester] = p.created;
    }
    store.nextConversationId = qint64(count) + 1;
    context.seededConversations = count;

    // Nobody writes in before they exist.
    for (int u = 0; u < context.users.size(); ++u) {
        const qint64 first = firstByUser.at(u);
        if (first == 0 || u >= userCreatedAt.size() || userCreatedAt.at(u) <= first)
            continue;
        DemoRandom rng(context.seed, DemoRandom::EndUsers, quint64(u) | (quint64(1) << 40));
        const qint64 created = (first - rng.between(10 * Minute, 20 * Day)) / Second * Second;
        if (QJsonObject *user = store.endUsers.find(context.users.at(u).id))
            user->insert(QStringLiteral("createdAt"), iso(created));
    }
}
