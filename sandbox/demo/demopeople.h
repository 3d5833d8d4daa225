#pragma once

#include <QList>
#include <QtGlobal>

class DataStore;
struct DemoContext;

// The people of the demo organisation: agents and admins with their teams and presence, and
// the end users who write in.
namespace DemoPeople {
void addAgents(DataStore &store, DemoContext &context);
// Needs the queues: an agent works the channels of the queues they are in.
void addPresence(DataStore &store, const DemoContext &context);
void addTeams(DataStore &store, const DemoContext &context);
// Appends to context.users; `createdAt` receives each user's creation time, so that it can be
// moved before the user's first conversation once those exist.
void addEndUsers(DataStore &store, DemoContext &context, int count, QList<qint64> *createdAt);
} // namespace DemoPeople
