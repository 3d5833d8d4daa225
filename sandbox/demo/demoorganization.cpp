// Interim seed (organisation and one admin) until the full demo generator lands; the demo
// helper replaces this file.
#include "demoorganization.h"

#include "datastore.h"

void DemoOrganization::populate(DataStore &store, quint32 seed, double scale)
{
    Q_UNUSED(seed);
    Q_UNUSED(scale);
    store.organization = QJsonObject{{QStringLiteral("id"), QStringLiteral("org")},
                                     {QStringLiteral("name"), QStringLiteral("Demo")},
                                     {QStringLiteral("subdomain"), QStringLiteral("demo")},
                                     {QStringLiteral("status"), QStringLiteral("Active")}};
}
