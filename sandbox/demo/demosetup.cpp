#include "demosetup.h"

#include "datastore.h"
#include "democontext.h"
#include "demorandom.h"

#include <QJsonArray>

namespace {
QJsonArray selectOptions(const QJsonArray &definitions, DemoRandom &rng, int *orderIndex)
{
    QJsonArray options;
    for (const QJsonValue &value : definitions) {
        const QJsonObject definition = value.toObject();
        QJsonObject option{
            {QStringLiteral("id"), rng.uuid()},
            {QStringLiteral("label"), definition.value(QStringLiteral("label"))},
            {QStringLiteral("value"), definition.value(QStringLiteral("value"))},
            {QStringLiteral("isDeactivated"),
             definition.value(QStringLiteral("isDeactivated")).toBool(false)},
            {QStringLiteral("orderIndex"), ++*orderIndex},
        };
        // Numbered depth first, parents before their children, as Dixa's example does.
        option.insert(
            QStringLiteral("nestedOptions"),
            selectOptions(definition.value(QStringLiteral("options")).toArray(), rng, orderIndex));
        options.append(option);
    }
    return options;
}
} // namespace

void DemoSetup::addOrganization(DataStore &store, DemoContext &context)
{
    DemoRandom rng(context.seed, DemoRandom::Organization, 0);
    const QJsonObject &config = context.words->organization;
    context.organizationId = rng.uuid();
    store.organization = QJsonObject{
        {QStringLiteral("id"), context.organizationId},
        {QStringLiteral("name"), config.value(QStringLiteral("name"))},
        {QStringLiteral("subdomain"), config.value(QStringLiteral("subdomain"))},
        {QStringLiteral("status"), QStringLiteral("Active")},
    };
}

void DemoSetup::addQueues(DataStore &store, DemoContext &context)
{
    DemoRandom rng(context.seed, DemoRandom::Organization, 1);
    const QJsonArray queues = context.words->organization.value(QStringLiteral("queues")).toArray();
    const int priorityWeights[] = {50, 35, 15};
    for (const QJsonValue &value : queues) {
        const QJsonObject definition = value.toObject();
        DemoQueueInfo info;
        info.id = rng.uuid();
        info.name = definition.value(QStringLiteral("name")).toString();
        info.isDefault = definition.value(QStringLiteral("isDefault")).toBool();
        for (const QJsonValue &channel : definition.value(QStringLiteral("channels")).toArray())
            info.channels.append(channel.toString());
        for (const QJsonValue &topic : definition.value(QStringLiteral("topics")).toArray())
            info.topics.append(context.words->topicIndex(topic.toString()));

        const double share = definition.value(QStringLiteral("memberShare")).toDouble(1.0);
        for (int agent = 0; agent < context.agents.size(); ++agent) {
            if (context.agents.at(agent).handlesConversations && rng.chance(share)) {
                info.members.append(agent);
                info.priorities.append(1 + rng.weighted(priorityWeights));
            }
        }
        // A queue nobody can answer would leave its conversations unassignable.
        for (int agent = 0; agent < context.agents.size() && info.members.size() < 3; ++agent) {
            if (context.agents.at(agent).handlesConversations && !info.members.contains(agent)) {
                info.members.append(agent);
                info.priorities.append(2);
            }
        }

        QJsonObject queue = definition.value(QStringLiteral("config")).toObject();
        queue.insert(QStringLiteral("id"), info.id);
        queue.insert(QStringLiteral("name"), info.name);
        queue.insert(QStringLiteral("organizationId"), context.organizationId);
        queue.insert(QStringLiteral("isDefault"), info.isDefault);
        queue.insert(QStringLiteral("usages"),
                     QJsonObject{{QStringLiteral("queueId"), info.id},
                                 {QStringLiteral("usages"),
                                  definition.value(QStringLiteral("usages")).toObject()}});
        store.queues.insert(info.id, queue);

        QJsonArray members;
        for (int i = 0; i < info.members.size(); ++i) {
            members.append(QJsonObject{
                {QStringLiteral("agentId"), context.agents.at(info.members.at(i)).id},
                {QStringLiteral("priority"), info.priorities.at(i)},
            });
        }
        store.queueMembers.insert(info.id, members);
        context.queues.append(info);
    }
}

void DemoSetup::addTags(DataStore &store, DemoContext &context)
{
    DemoRandom rng(context.seed, DemoRandom::Organization, 2);
    const QJsonArray tags = context.words->organization.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &value : tags) {
        const QJsonObject definition = value.toObject();
        DemoTagInfo info;
        info.id = rng.uuid();
        info.name = definition.value(QStringLiteral("name")).toString();
        info.active =
            definition.value(QStringLiteral("state")).toString() != QLatin1String("Inactive");
        store.tags.insert(info.id,
                          QJsonObject{
                              {QStringLiteral("id"), info.id},
                              {QStringLiteral("name"), info.name},
                              {QStringLiteral("color"), definition.value(QStringLiteral("color"))},
                              {QStringLiteral("state"),
                               info.active ? QStringLiteral("Active") : QStringLiteral("Inactive")},
                          });
        context.tagByName.insert(info.name, int(context.tags.size()));
        context.tags.append(info);
    }
}

void DemoSetup::addCustomAttributeDefinitions(DataStore &store, DemoContext &context)
{
    DemoRandom rng(context.seed, DemoRandom::Organization, 3);
    const QJsonArray definitions =
        context.words->organization.value(QStringLiteral("customAttributes")).toArray();
    for (const QJsonValue &value : definitions) {
        const QJsonObject source = value.toObject();
        DemoAttributeInfo info;
        info.id = rng.uuid();
        info.identifier = source.value(QStringLiteral("identifier")).toString();
        info.label = source.value(QStringLiteral("label")).toString();

        QJsonObject input;
        if (source.contains(QStringLiteral("select"))) {
            int orderIndex = 0;
            input.insert(QStringLiteral("_type"), QStringLiteral("Select"));
            input.insert(
                QStringLiteral("options"),
                selectOptions(source.value(QStringLiteral("select")).toArray(), rng, &orderIndex));
        } else {
            input.insert(QStringLiteral("_type"), QStringLiteral("Text"));
            if (source.contains(QStringLiteral("placeholder")))
                input.insert(QStringLiteral("placeholder"),
                             source.value(QStringLiteral("placeholder")));
        }

        QJsonObject definition{
            {QStringLiteral("id"), info.id},
            {QStringLiteral("entityType"), source.value(QStringLiteral("entityType"))},
            {QStringLiteral("identifier"), info.identifier},
            {QStringLiteral("label"), info.label},
            {QStringLiteral("inputDefinition"), input},
            {QStringLiteral("description"), source.value(QStringLiteral("description"))},
            {QStringLiteral("createdAt"), source.value(QStringLiteral("createdAt"))},
            {QStringLiteral("isRequired"), source.value(QStringLiteral("isRequired")).toBool()},
            {QStringLiteral("isArchived"), source.value(QStringLiteral("isArchived")).toBool()},
            {QStringLiteral("isDeactivated"),
             source.value(QStringLiteral("isDeactivated")).toBool()},
        };
        if (source.contains(QStringLiteral("updatedAt")))
            definition.insert(QStringLiteral("updatedAt"),
                              source.value(QStringLiteral("updatedAt")));
        store.customAttributeDefinitions.insert(info.id, definition);
        context.attributes.insert(info.identifier, info);
    }
}

QJsonObject DemoSetup::attributeValue(const DemoAttributeInfo &attribute, const QJsonValue &value)
{
    return QJsonObject{
        {QStringLiteral("id"), attribute.id},
        {QStringLiteral("name"), attribute.label},
        {QStringLiteral("identifier"), attribute.identifier},
        {QStringLiteral("value"), value},
    };
}
