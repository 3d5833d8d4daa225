// GET /organization, custom attribute definitions and anonymization request status.
#include "routecontext.h"
#include "router.h"
#include "routes.h"

#include <QJsonArray>

void registerOrganizationRoutes(Router &router, RouteContext &context)
{
    using Method = Router::Method;

    router.add(Method::Get, QStringLiteral("/organization"), [&context](const SandboxRequest &) {
        return SandboxResponse::data(context.store.organization);
    });

    router.add(Method::Get, QStringLiteral("/custom-attributes"),
               [&context](const SandboxRequest &) {
                   QJsonArray all;
                   context.store.customAttributeDefinitions.forEach(
                       [&all](const QJsonObject &definition) { all.append(definition); });
                   return SandboxResponse::data(all);
               });

    router.add(Method::Get, QStringLiteral("/custom-attributes/{customAttributeId}"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id = RouteContext::uuidParam(
                       request, QStringLiteral("customAttributeId"), &error);
                   if (!id)
                       return error;
                   const QJsonObject *definition =
                       context.store.customAttributeDefinitions.find(*id);
                   if (!definition)
                       return SandboxResponse::notFound();
                   return SandboxResponse::data(*definition);
               });

    router.add(Method::Get, QStringLiteral("/anonymization/request/{requestId}"),
               [&context](const SandboxRequest &request) {
                   SandboxResponse error;
                   const auto id =
                       RouteContext::uuidParam(request, QStringLiteral("requestId"), &error);
                   if (!id)
                       return error;
                   const QJsonObject *status = context.store.anonymizationRequests.find(*id);
                   if (!status)
                       return SandboxResponse::notFound();
                   return SandboxResponse::data(*status);
               });
}
