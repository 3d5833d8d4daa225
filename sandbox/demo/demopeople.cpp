#include "demopeople.h"

#include "datastore.h"
#include "democontext.h"
#include "demorandom.h"
#include "demosetup.h"
#include "demotext.h"
#include "demotime.h"

#include <QJsonArray>
#include <QSet>

namespace {
QString mobileNumber(DemoRandom &rng, const DemoLocale &locale)
{
    // Two statements: the order in which operands of + are evaluated is unspecified.
    const QString prefix = rng.pick(locale.mobilePrefixes);
    return locale.phonePrefix + prefix + rng.digits(locale.subscriberDigits, true);
}

QString officeNumber(DemoRandom &rng, const DemoLocale &locale)
{
    const int missing =
        int(locale.phonePrefix.size()) + locale.nationalLength - int(locale.officePrefix.size());
    return locale.officePrefix + rng.digits(qMax(1, missing), true);
}

// Draws from `make` until the value is not in `used`, then claims it.
template<typename Make>
QString unique(QSet<QString> &used, Make &&make)
{
    QString value = make(0);
    for (int attempt = 1; used.contains(value); ++attempt)
        value = make(attempt);
    used.insert(value);
    return value;
}

QString emailLocalPart(DemoRandom &rng, const QString &first, const QString &last)
{
    const QString f = DemoText::asciiFold(first);
    const QString l = DemoText::asciiFold(last);
    switch (rng.below(8)) {
    case 0:
        return f + QLatin1Char('.') + l;
    case 1:
        return f + l;
    case 2:
        return f + QLatin1Char('.') + l + rng.digits(2, true);
    case 3:
        return f.left(1) + QLatin1Char('.') + l;
    case 4:
        return f + QLatin1Char('_') + l;
    case 5:
        return f + QString::number(60 + rng.below(45) % 100).right(2);
    case 6:
        return l + QLatin1Char('.') + f;
    default:
        return f + l.left(1) + rng.digits(3);
    }
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList optionValues(const QJsonObject &organization, const QString &identifier)
{
    QStringList values;
    for (const QJsonValue &definition :
         organization.value(QStringLiteral("customAttributes")).toArray()) {
        if (definition[QStringLiteral("identifier")].toString() != identifier)
            continue;
        for (const QJsonValue &option : definition[QStringLiteral("select")].toArray())
            values.append(option[QStringLiteral("value")].toString());
    }
    return values;
}

QStringList nestedValues(const QJsonObject &organization, const QString &identifier, int index)
{
    QStringList values;
    for (const QJsonValue &definition :
         organization.value(QStringLiteral("customAttributes")).toArray()) {
        if (definition[QStringLiteral("identifier")].toString() != identifier)
            continue;
        const QJsonArray options = definition[QStringLiteral("select")].toArray();
        for (const QJsonValue &option : options.at(index)[QStringLiteral("options")].toArray())
            values.append(option[QStringLiteral("value")].toString());
    }
    return values;
}
} // namespace

void DemoPeople::addAgents(DataStore &store, DemoContext &context)
{
    const DemoWords &words = *context.words;
    DemoRandom rng(context.seed, DemoRandom::Agents);
    const QJsonArray languages =
        words.organization.value(QStringLiteral("agentLanguages")).toArray();
    const QJsonArray roleSets = words.organization.value(QStringLiteral("agentRoles")).toArray();
    const QString domain = words.organization.value(QStringLiteral("agentDomain")).toString();
    QSet<QString> names;
    QSet<QString> emails;
    QSet<QString> phones;

    for (int i = 0; i < languages.size(); ++i) {
        const int language = qMax(0, DemoWords::languageOf(languages.at(i).toString()));
        const DemoLocale &locale = words.locales[language];
        const DemoPhrases &phrases = words.phrases[language];
        QString first;
        QString last;
        do {
            first = rng.pick(locale.firstNames);
            last = rng.pick(locale.lastNames);
        } while (names.contains(first + QLatin1Char(' ') + last));
        names.insert(first + QLatin1Char(' ') + last);

        const QString id = rng.uuid();
        const QString foldedFirst = DemoText::asciiFold(first);
        const QString foldedLast = DemoText::asciiFold(last);
        const QString email = unique(emails, [&](int attempt) -> QString {
            if (attempt == 0)
                return foldedFirst + QLatin1Char('@') + domain;
            if (attempt == 1)
                return foldedFirst + QLatin1Char('.') + foldedLast + QLatin1Char('@') + domain;
            return foldedFirst + QLatin1Char('.') + foldedLast + QString::number(attempt) +
                   QLatin1Char('@') + domain;
        });
        const QString phone = unique(phones, [&](int) { return officeNumber(rng, locale); });
        const QJsonArray roles = roleSets.at(i).toArray();
        const bool handles = roles.contains(QStringLiteral("Agent"));

        // The head of support has been here longest; everyone else joined over the years.
        const qint64 joined = i == 0 ? 1650 * DemoTime::Day : rng.between(45, 1500) * DemoTime::Day;
        QJsonObject agent{
            {QStringLiteral("id"), id},
            {QStringLiteral("createdAt"),
             DemoTime::iso(context.referenceMs - joined - rng.between(0, 86399) * 1000)},
            {QStringLiteral("displayName"), QString(first + QLatin1Char(' ') + last)},
            {QStringLiteral("email"), email},
            {QStringLiteral("firstName"), first},
            {QStringLiteral("lastName"), last},
            {QStringLiteral("phoneNumber"), phone},
            {QStringLiteral("roles"), roles},
        };
        QStringList middleNames;
        if (rng.chance(0.2))
            middleNames.append(rng.pick(locale.middleNames));
        agent.insert(QStringLiteral("middleNames"), stringArray(middleNames));
        QStringList additionalEmails;
        if (rng.chance(0.3)) {
            const QString marketDomain = phrases.supportEmail.section(QLatin1Char('@'), 1);
            additionalEmails.append(unique(emails, [&](int attempt) -> QString {
                return foldedFirst + QLatin1Char('.') + foldedLast +
                       (attempt ? QString::number(attempt) : QString()) + QLatin1Char('@') +
                       marketDomain;
            }));
        }
        agent.insert(QStringLiteral("additionalEmails"), stringArray(additionalEmails));
        QStringList additionalPhones;
        if (rng.chance(0.25))
            additionalPhones.append(unique(phones, [&](int) { return mobileNumber(rng, locale); }));
        agent.insert(QStringLiteral("additionalPhoneNumbers"), stringArray(additionalPhones));
        if (rng.chance(0.65))
            agent.insert(
                QStringLiteral("avatarUrl"),
                QString(QStringLiteral("https://files.dixa.io/public/avatar_") + rng.hex(24)));

        store.agents.insert(id, agent);
        context.agentIndex.insert(id, int(context.agents.size()));
        context.agents.append(
            DemoAgentInfo{id, first, first + QLatin1Char(' ') + last, language, handles});
    }
    // The API key belongs to the first admin, the head of support.
    context.tokenAgent = 0;
    store.tokenUserId = context.agents.isEmpty() ? QString() : context.agents.first().id;
}

void DemoPeople::addPresence(DataStore &store, const DemoContext &context)
{
    DemoRandom rng(context.seed, DemoRandom::Agents, 1);
    const QString requestTime = DemoTime::withoutOffset(context.referenceMs);
    for (int index = 0; index < context.agents.size(); ++index) {
        const DemoAgentInfo &agent = context.agents.at(index);
        QStringList channels;
        for (const DemoQueueInfo &queue : context.queues) {
            if (!queue.members.contains(index))
                continue;
            for (const QString &channel : queue.channels) {
                if (!channels.contains(channel))
                    channels.append(channel);
            }
        }
        const bool online = agent.handlesConversations ? rng.chance(0.65) : rng.chance(0.3);
        const bool working = online && agent.handlesConversations && rng.chance(0.85);
        QStringList active;
        if (working) {
            for (const QString &channel : channels) {
                if (rng.chance(0.75))
                    active.append(channel);
            }
        }
        const qint64 lastSeen = online ? context.referenceMs - rng.between(1, 90) * 1000
                                       : context.referenceMs - rng.between(30, 4000) * 60000;
        store.presence.insert(agent.id,
                              QJsonObject{
                                  {QStringLiteral("userId"), agent.id},
                                  {QStringLiteral("requestTime"), requestTime},
                                  {QStringLiteral("lastSeen"), DemoTime::withoutOffset(lastSeen)},
                                  {QStringLiteral("presenceStatus"),
                                   working ? QStringLiteral("Working") : QStringLiteral("Away")},
                                  {QStringLiteral("connectionStatus"),
                                   online ? QStringLiteral("Online") : QStringLiteral("Offline")},
                                  {QStringLiteral("activeChannels"), stringArray(active)},
                              });
    }
}

void DemoPeople::addTeams(DataStore &store, const DemoContext &context)
{
    DemoRandom rng(context.seed, DemoRandom::Agents, 2);
    const QJsonArray teams = context.words->organization.value(QStringLiteral("teams")).toArray();
    for (const QJsonValue &value : teams) {
        const QJsonObject definition = value.toObject();
        const QString id = rng.uuid();
        const QJsonArray languages = definition.value(QStringLiteral("languages")).toArray();
        const QJsonArray roles = definition.value(QStringLiteral("roles")).toArray();
        QStringList members;
        for (const DemoAgentInfo &agent : context.agents) {
            bool member = false;
            if (agent.handlesConversations &&
                languages.contains(DemoWords::languageCode(agent.language)))
                member = true;
            const QJsonArray agentRoles =
                store.agents.value(agent.id).value(QStringLiteral("roles")).toArray();
            for (const QJsonValue &role : roles)
                member = member || agentRoles.contains(role);
            if (member)
                members.append(agent.id);
        }
        store.teams.insert(
            id, QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("name"), definition.value(QStringLiteral("name"))}});
        store.teamMembers.insert(id, members);
    }
}

void DemoPeople::addEndUsers(DataStore &store, DemoContext &context, int count,
                             QList<qint64> *createdAt)
{
    const DemoWords &words = *context.words;
    const QStringList tiers = optionValues(words.organization, QStringLiteral("customer_tier"));
    const QStringList countries = optionValues(words.organization, QStringLiteral("location"));
    std::array<QStringList, LanguageCount> cities;
    for (int language = 0; language < LanguageCount; ++language)
        cities[language] = nestedValues(words.organization, QStringLiteral("location"), language);
    const DemoAttributeInfo tierAttribute =
        context.attributes.value(QStringLiteral("customer_tier"));
    const DemoAttributeInfo locationAttribute =
        context.attributes.value(QStringLiteral("location"));
    const DemoAttributeInfo loyaltyAttribute =
        context.attributes.value(QStringLiteral("loyalty_number"));
    const int tierWeights[] = {60, 25, 7, 8};

    QSet<QString> emails;
    QSet<QString> phones;
    for (const DemoAgentInfo &agent : context.agents)
        emails.insert(store.agents.value(agent.id).value(QStringLiteral("email")).toString());
    context.users.reserve(context.users.size() + count);
    context.userIndex.reserve(context.userIndex.size() + count);
    createdAt->reserve(createdAt->size() + count);

    for (int i = 0; i < count; ++i) {
        DemoRandom rng(context.seed, DemoRandom::EndUsers, quint64(i));
        DemoUserInfo info;
        info.language = rng.weighted(words.localeWeights);
        const DemoLocale &locale = words.locales[info.language];
        info.id = rng.uuid();

        // Most people leave a name and an address; some only an address (e-mail forwarded
        // from elsewhere), a number (calls and texts) or a first name (chat visitors).
        const double shape = rng.unit();
        const bool emailOnly = shape < 0.04;
        const bool phoneOnly = !emailOnly && shape < 0.07;
        const bool nameOnly = !emailOnly && !phoneOnly && shape < 0.09;
        const bool full = !emailOnly && !phoneOnly && !nameOnly;

        const QString first = rng.pick(locale.firstNames);
        const QString last = rng.pick(locale.lastNames);
        const bool hasEmail = emailOnly || (full && rng.chance(0.93));
        const bool hasPhone = phoneOnly || (full && rng.chance(0.5));
        if (hasEmail) {
            const QString local = emailLocalPart(rng, first, last);
            const QString domain = rng.pick(locale.emailDomains);
            info.email = unique(emails, [&](int attempt) -> QString {
                return local + (attempt ? rng.digits(2 + attempt / 5, true) : QString()) +
                       QLatin1Char('@') + domain;
            });
        }
        if (hasPhone)
            info.phone = unique(phones, [&](int) { return mobileNumber(rng, locale); });

        QJsonObject user{{QStringLiteral("id"), info.id}};
        QStringList middleNames;
        if (full || nameOnly) {
            info.firstName = first;
            user.insert(QStringLiteral("firstName"), first);
            if (full || rng.chance(0.5)) {
                user.insert(QStringLiteral("lastName"), last);
                info.displayName = first + QLatin1Char(' ') + last;
            } else {
                info.displayName = first;
            }
            if (full && rng.chance(0.07))
                middleNames.append(rng.pick(locale.middleNames));
        } else {
            info.displayName = emailOnly ? info.email : info.phone;
        }
        user.insert(QStringLiteral("displayName"), info.displayName);
        if (!info.email.isEmpty())
            user.insert(QStringLiteral("email"), info.email);
        if (!info.phone.isEmpty())
            user.insert(QStringLiteral("phoneNumber"), info.phone);
        user.insert(QStringLiteral("middleNames"), stringArray(middleNames));

        QStringList additionalEmails;
        if (!info.email.isEmpty() && rng.chance(0.05)) {
            const QString local = emailLocalPart(rng, first, last);
            const QString domain = rng.pick(locale.emailDomains);
            additionalEmails.append(unique(emails, [&](int attempt) -> QString {
                return local + rng.digits(2 + attempt / 5, true) + QLatin1Char('@') + domain;
            }));
        }
        user.insert(QStringLiteral("additionalEmails"), stringArray(additionalEmails));
        QStringList additionalPhones;
        if (full && rng.chance(0.03))
            additionalPhones.append(unique(phones, [&](int) { return mobileNumber(rng, locale); }));
        user.insert(QStringLiteral("additionalPhoneNumbers"), stringArray(additionalPhones));
        if (full && rng.chance(0.08))
            user.insert(
                QStringLiteral("avatarUrl"),
                QString(QStringLiteral("https://files.dixa.io/public/avatar_") + rng.hex(24)));
        if (!phoneOnly && rng.chance(0.35)) {
            // Webshop customer numbers: unique by construction, eight digits.
            user.insert(QStringLiteral("externalId"),
                        QStringLiteral("#%1").arg(10000000 + i * 97 + rng.below(97)));
        }

        QJsonArray attributes;
        if (full && rng.chance(0.45) && !tiers.isEmpty()) {
            const int tier = rng.weighted(tierWeights);
            info.tier = DemoTier::Standard + tier;
            attributes.append(
                DemoSetup::attributeValue(tierAttribute, QJsonArray{tiers.value(tier)}));
            if ((info.tier == DemoTier::Plus || info.tier == DemoTier::Vip) && rng.chance(0.8))
                attributes.append(DemoSetup::attributeValue(
                    loyaltyAttribute, QString(QStringLiteral("NLP-") + rng.digits(6))));
        }
        if (!emailOnly && !phoneOnly && rng.chance(0.5) && !cities[info.language].isEmpty()) {
            attributes.append(DemoSetup::attributeValue(
                locationAttribute,
                QJsonArray{countries.value(info.language), rng.pick(cities[info.language])}));
        }
        user.insert(QStringLiteral("customAttributes"), attributes);

        // Three in ten are new customers of the last quarter; the rest go back four years.
        const qint64 age = rng.chance(0.3) ? rng.between(DemoTime::Day, 90 * DemoTime::Day)
                                           : rng.between(90 * DemoTime::Day, 1460 * DemoTime::Day);
        const qint64 created = (context.referenceMs - age) / 1000 * 1000;
        user.insert(QStringLiteral("createdAt"), DemoTime::iso(created));
        createdAt->append(created);

        store.endUsers.insert(info.id, user);
        context.userIndex.insert(info.id, int(context.users.size()));
        context.users.append(std::move(info));
    }
}
