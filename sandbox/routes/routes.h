#pragma once

class Router;
struct RouteContext;

// Each function registers one area of the Dixa API, paths below the version prefix.
void registerAgentRoutes(Router &router, RouteContext &context);
void registerEndUserRoutes(Router &router, RouteContext &context);
void registerConversationRoutes(Router &router, RouteContext &context);
void registerMessageRoutes(Router &router, RouteContext &context);
void registerSearchRoutes(Router &router, RouteContext &context);
void registerQueueRoutes(Router &router, RouteContext &context);
void registerTagRoutes(Router &router, RouteContext &context);
void registerTeamRoutes(Router &router, RouteContext &context);
void registerOrganizationRoutes(Router &router, RouteContext &context);

inline void registerAllRoutes(Router &router, RouteContext &context)
{
    registerAgentRoutes(router, context);
    registerEndUserRoutes(router, context);
    registerConversationRoutes(router, context);
    registerMessageRoutes(router, context);
    registerSearchRoutes(router, context);
    registerQueueRoutes(router, context);
    registerTagRoutes(router, context);
    registerTeamRoutes(router, context);
    registerOrganizationRoutes(router, context);
}
