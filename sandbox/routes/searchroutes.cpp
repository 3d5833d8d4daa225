#include "router.h"
#include "routecontext.h"
#include "routes.h"

void registerSearchRoutes(Router &router, RouteContext &context)
{
    Q_UNUSED(router);
    Q_UNUSED(context);
}
