#pragma once

#include "demowords.h"

#include <QHash>
#include <QList>
#include <QString>

// An agent as the seeding made it.
struct DemoAgentInfo
{
    QString id;
    QString firstName;
    QString displayName;
    int language = English;
    bool handlesConversations = true; // has the Agent role
};

// A queue with its members (indices into DemoContext::agents) and what is routed to it.
struct DemoQueueInfo
{
    QString id;
    QString name;
    QStringList channels;
    QList<int> topics;
    QList<int> members;
    QList<int> priorities;
    bool isDefault = false;
};

// A tag as the seeding made it; conversations only get active ones.
struct DemoTagInfo
{
    QString id;
    QString name;
    bool active = true;
};

// A custom attribute definition, as far as values need it.
struct DemoAttributeInfo
{
    QString id;
    QString identifier;
    QString label;
};

// An end user as the seeding made it: what their messages are signed with and sent from.
struct DemoUserInfo
{
    QString id;
    QString firstName;
    QString displayName;
    QString email;
    QString phone;
    int language = English;
    int tier = 0; // index into the customer_tier options; 0 when none or standard
};

// What the generators share about the seeded organisation, and what the content source keeps
// so that it can write any seeded conversation's history later, on its own.
struct DemoContext
{
    quint32 seed = 0;
    qint64 referenceMs = 0; // "now" for the seeded data; derived from the seed, not the clock
    const DemoWords *words = nullptr;
    QString organizationId;
    int tokenAgent = 0;
    QList<DemoAgentInfo> agents;
    QHash<QString, int> agentIndex;
    QList<DemoQueueInfo> queues;
    QList<DemoTagInfo> tags;
    QHash<QString, int> tagByName;
    QHash<QString, DemoAttributeInfo> attributes; // by identifier
    QList<DemoUserInfo> users;
    QHash<QString, int> userIndex;
    qint64 seededConversations = 0;

    const DemoUserInfo *user(const QString &id) const
    {
        const auto it = userIndex.constFind(id);
        return it == userIndex.cend() ? nullptr : &users.at(*it);
    }
    const DemoAgentInfo *agent(const QString &id) const
    {
        const auto it = agentIndex.constFind(id);
        return it == agentIndex.cend() ? nullptr : &agents.at(*it);
    }
};

// The customer_tier options, in the order of organization.json.
namespace DemoTier {
enum { None, Standard, Plus, Vip, Business };
}
