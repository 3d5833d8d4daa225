#pragma once

#include <QtGlobal>

class DataStore;

// Grows the demo organisation into an empty store: agents and admins, teams, queues with members,
// tags, custom attribute definitions, end users and conversations (whose messages, notes, activity
// and ratings come from a ContentSource on first use). Deterministic for a given seed; `scale`
// multiplies the number of end users and conversations (1.0 = 1,000 end users, 3,000
// conversations).
namespace DemoOrganization {
void populate(DataStore &store, quint32 seed, double scale);
} // namespace DemoOrganization
