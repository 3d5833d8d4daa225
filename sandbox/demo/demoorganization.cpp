#include "demoorganization.h"

#include "datastore.h"
#include "democontent.h"
#include "democontext.h"
#include "democonversations.h"
#include "demopeople.h"
#include "demosetup.h"
#include "demotime.h"

#include <cmath>

namespace {
// "Now" for the seeded organisation: a fixed day in 2026 picked by the seed, mid-afternoon
// UTC, never the wall clock, so a seed always grows the same organisation.
qint64 referenceTime(quint32 seed)
{
    const QDateTime base(QDate(2026, 1, 5), QTime(14, 30), Qt::UTC);
    return base.toMSecsSinceEpoch() + qint64(seed % 240) * DemoTime::Day +
           qint64((seed / 240) % 180) * DemoTime::Minute;
}
} // namespace

void DemoOrganization::populate(DataStore &store, quint32 seed, double scale)
{
    auto context = std::make_shared<DemoContext>();
    context->seed = seed;
    context->referenceMs = referenceTime(seed);
    context->words = &DemoWords::instance();

    const double factor = std::isfinite(scale) ? std::max(0.0, scale) : 1.0;
    const int userCount = int(std::lround(1000.0 * factor));
    const int conversationCount = int(std::lround(3000.0 * factor));

    DemoSetup::addOrganization(store, *context);
    DemoSetup::addCustomAttributeDefinitions(store, *context);
    DemoPeople::addAgents(store, *context);
    DemoSetup::addQueues(store, *context);
    DemoPeople::addPresence(store, *context);
    DemoPeople::addTeams(store, *context);
    DemoSetup::addTags(store, *context);

    QList<qint64> userCreatedAt;
    DemoPeople::addEndUsers(store, *context, userCount, &userCreatedAt);
    DemoConversations::add(store, *context, conversationCount, userCreatedAt);

    store.setContentSource(std::make_unique<DemoContentSource>(context, store));
}
