#include "router.h"
#include "routecontext.h"
#include "routes.h"

void registerConversationRoutes(Router &router, RouteContext &context)
{
    Q_UNUSED(router);
    Q_UNUSED(context);
}
