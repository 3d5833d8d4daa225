#pragma once

#include <QJsonObject>
#include <QJsonValue>

class DataStore;
struct DemoAttributeInfo;
struct DemoContext;

// The organisation's configuration: the organisation itself, queues with members, tags and
// custom attribute definitions, as organization.json describes them.
namespace DemoSetup {
void addOrganization(DataStore &store, DemoContext &context);
// Needs the agents: queue members are drawn from them.
void addQueues(DataStore &store, DemoContext &context);
void addTags(DataStore &store, DemoContext &context);
void addCustomAttributeDefinitions(DataStore &store, DemoContext &context);

// A CustomAttribute value object {id, name, identifier, value}, as conversations and end users
// carry them.
QJsonObject attributeValue(const DemoAttributeInfo &attribute, const QJsonValue &value);
} // namespace DemoSetup
