#pragma once

#include "demotext.h"

#include <QList>
#include <QString>

class DataStore;
struct DemoContext;

// The seeded conversations: who wrote in on which channel, when, what became of it. Messages,
// notes and the activity log are not made here but by DemoContentSource when first asked for.
namespace DemoConversations {
// Adds conversations 1..count spread over the 90 days before the reference time, and moves each
// requester's creation time before their first conversation (`userCreatedAt` as addEndUsers
// made them).
void add(DataStore &store, DemoContext &context, int count, const QList<qint64> &userCreatedAt);

// How a conversation of this `_type` is written.
DemoStyle styleOf(const QString &conversationType);
} // namespace DemoConversations
