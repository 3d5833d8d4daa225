#pragma once

#include "datastore.h"

#include <memory>

struct DemoContext;

// Writes a seeded conversation's messages, notes, activity log and ratings when they are first
// asked for, from the seed and the conversation's id alone, in keeping with the conversation
// as it was seeded (channel, state, assignment, requester, tags).
class DemoContentSource final : public ContentSource
{
public:
    // `store` owns this source and outlives it; it is read for tag names and activity authors.
    DemoContentSource(std::shared_ptr<const DemoContext> context, const DataStore &store);

    ConversationContent generate(const QJsonObject &conversation) const override;

private:
    std::shared_ptr<const DemoContext> m_context;
    const DataStore &m_store;
};
