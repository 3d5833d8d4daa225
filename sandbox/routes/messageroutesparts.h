#pragma once

#include "sandboxhttp.h"

#include <QtGlobal>

class Router;
struct ConversationRecord;
struct RouteContext;

// The pieces registerMessageRoutes() is made of: conversation content (messages, notes, activity
// log, ratings) and anonymization of conversations, messages and end users.
namespace MessageRoutes {
void registerNoteRoutes(Router &router, RouteContext &context);
void registerActivityLogRoutes(Router &router, RouteContext &context);
void registerAnonymizationRoutes(Router &router, RouteContext &context);

// The conversation named by the {conversationId} path parameter: nullptr and *error (400 for a
// malformed id, 404 for an unknown one) otherwise.
ConversationRecord *conversation(RouteContext &context, const SandboxRequest &request, qint64 *id,
                                 SandboxResponse *error);
} // namespace MessageRoutes
