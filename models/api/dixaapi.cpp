#include "dixaapi.h"

#include "dixaapi_p.h"

#include <QUrl>

namespace DixaApiDetail {

void addQuery(QUrlQuery &query, const QString &key, const QString &value)
{
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

} // namespace DixaApiDetail

DixaApi::DixaApi(DixaClient &client)
    : m_client(client)
{}

QString DixaApi::segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString DixaApi::segment(qint64 id)
{
    return QString::number(id);
}

void DixaApi::preparePage(ApiRequest &request, int pageLimit, const QString &pageLink)
{
    if (!pageLink.isEmpty()) {
        // The link carries the paging state (and the query); the body goes again as it was.
        request.pageLink = pageLink;
        return;
    }
    if (pageLimit > 0)
        request.query.addQueryItem(QStringLiteral("pageLimit"), QString::number(pageLimit));
}

// Custom attribute definitions, anonymization status and the organization: small read-only
// lookups that belong to no other area.

ApiCall<QList<Dixa::CustomAttributeDefinition>> DixaApi::customAttributes()
{
    return sendForData<QList<Dixa::CustomAttributeDefinition>>(
        ApiRequest::get(QStringLiteral("/custom-attributes")));
}

ApiCall<Dixa::CustomAttributeDefinition> DixaApi::customAttribute(const QString &attributeId)
{
    return sendForData<Dixa::CustomAttributeDefinition>(
        ApiRequest::get(u"/custom-attributes/" + segment(attributeId)));
}

ApiCall<Dixa::AnonymizationRequestStatus> DixaApi::anonymizationStatus(const QString &requestId)
{
    return sendForData<Dixa::AnonymizationRequestStatus>(
        ApiRequest::get(u"/anonymization/request/" + segment(requestId)));
}

ApiCall<Dixa::Organization> DixaApi::organization()
{
    return sendForData<Dixa::Organization>(ApiRequest::get(QStringLiteral("/organization")));
}
