// POST and GET /search/conversations against the seeded demo organisation. Expectations come from
// an independent walk: every conversation read through GET /conversations/{id} and its tags
// through GET /conversations/{id}/tags, then filtered here by plain code.
#include "sandboxfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

namespace {
struct Conv
{
    qint64 id = 0;
    QJsonObject json;
    QSet<QString> tags;

    QString str(const char *key) const { return json.value(QLatin1String(key)).toString(); }
    QString nested(const char *outer, const char *inner) const
    {
        return json.value(QLatin1String(outer)).toObject().value(QLatin1String(inner)).toString();
    }
};

std::optional<qint64> epochMs(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QString plain = text;
    const qsizetype bracket = plain.indexOf(QLatin1Char('['));
    if (bracket > 0)
        plain.truncate(bracket);
    QDateTime time = QDateTime::fromString(plain, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject field(const QString &type, const QJsonObject &op)
{
    return QJsonObject{{QStringLiteral("field"), QJsonObject{{QStringLiteral("_type"), type},
                                                             {QStringLiteral("operator"), op}}}};
}

QJsonObject op(const QString &type, const QJsonArray &values = {})
{
    QJsonObject out{{QStringLiteral("_type"), type}};
    if (!values.isEmpty())
        out.insert(QStringLiteral("values"), values);
    return out;
}

QJsonObject filters(const QJsonArray &conditions, const QString &strategy = QStringLiteral("All"))
{
    return QJsonObject{
        {QStringLiteral("filters"), QJsonObject{{QStringLiteral("strategy"), strategy},
                                                {QStringLiteral("conditions"), conditions}}}};
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
} // namespace

class TestSearchRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QList<Conv> m_all; // newest first, as search orders them
    QString m_why;

    // Every id a search returns, following meta.next and re-sending the body; checks order and
    // uniqueness on the way. Empty optional (and m_why) on any problem.
    std::optional<QList<qint64>> walk(const QJsonObject &body, int pageLimit = 500)
    {
        QList<qint64> ids;
        QSet<qint64> seen;
        QString path = QStringLiteral("/v1/search/conversations?pageLimit=%1").arg(pageLimit);
        for (int pages = 0; pages < 1000; ++pages) {
            const auto reply = m_sandbox->send("POST", path, SandboxFixture::toJson(body));
            if (reply.status != 200) {
                m_why = QStringLiteral("status %1: %2")
                            .arg(reply.status)
                            .arg(QString::fromUtf8(reply.body));
                return std::nullopt;
            }
            const QJsonArray data = reply.data().toArray();
            if (data.size() > pageLimit) {
                m_why = QStringLiteral("page larger than pageLimit");
                return std::nullopt;
            }
            for (const QJsonValue &hit : data) {
                const qint64 id = hit.toObject().value(QStringLiteral("id")).toInteger();
                if (seen.contains(id) || (!ids.isEmpty() && id >= ids.last())) {
                    m_why = QStringLiteral("id %1 repeated or out of order").arg(id);
                    return std::nullopt;
                }
                seen.insert(id);
                ids.append(id);
            }
            const QString next = reply.object()
                                     .value(QStringLiteral("meta"))
                                     .toObject()
                                     .value(QStringLiteral("next"))
                                     .toString();
            if (next.isEmpty())
                return ids;
            if (!next.startsWith(QLatin1String("/v1/search/conversations/?pageKey=")) ||
                data.size() != pageLimit) {
                m_why = QStringLiteral("unexpected next link ") + next;
                return std::nullopt;
            }
            path = next;
        }
        m_why = QStringLiteral("too many pages");
        return std::nullopt;
    }

    QList<qint64> expected(const std::function<bool(const Conv &)> &keep) const
    {
        QList<qint64> ids;
        for (const Conv &conv : m_all) {
            if (keep(conv))
                ids.append(conv.id);
        }
        return ids;
    }

    // The most common non-empty value of `get` among the conversations.
    QString commonValue(const std::function<QString(const Conv &)> &get) const
    {
        QHash<QString, int> counts;
        for (const Conv &conv : m_all) {
            const QString value = get(conv);
            if (!value.isEmpty())
                ++counts[value];
        }
        QString best;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (best.isEmpty() || it.value() > counts.value(best) ||
                (it.value() == counts.value(best) && it.key() < best))
                best = it.key();
        }
        return best;
    }

#define CHECK_SEARCH(body, keep)                                                                   \
    do {                                                                                           \
        const auto actual_ = walk(body);                                                           \
        QVERIFY2(actual_, qPrintable(m_why));                                                      \
        QCOMPARE(*actual_, expected(keep));                                                        \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        const auto ids = walk(QJsonObject());
        QVERIFY2(ids, qPrintable(m_why));
        QVERIFY2(ids->size() >= 1000, "the demo organisation has its conversations");
        for (const qint64 id : *ids) {
            const auto reply = m_sandbox->get(QStringLiteral("/v1/conversations/%1").arg(id));
            QCOMPARE(reply.status, 200);
            Conv conv;
            conv.id = id;
            conv.json = reply.data().toObject();
            QCOMPARE(conv.json.value(QStringLiteral("id")).toInteger(), id);
            const auto tags = m_sandbox->get(QStringLiteral("/v1/conversations/%1/tags").arg(id));
            QCOMPARE(tags.status, 200);
            for (const QJsonValue &tag : tags.data().toArray())
                conv.tags.insert(tag.toObject().value(QStringLiteral("id")).toString());
            m_all.append(conv);
        }
    }

    void emptyBodyFindsEverythingWithoutHighlights()
    {
        const auto reply = m_sandbox->send("POST", QStringLiteral("/v1/search/conversations"));
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.data().toArray();
        QCOMPARE(data.size(), 50);
        QCOMPARE(data.first().toObject().value(QStringLiteral("id")).toInteger(), m_all.first().id);
        QCOMPARE(data.first().toObject().value(QStringLiteral("highlights")).toObject(),
                 QJsonObject());
        QVERIFY(reply.object()
                    .value(QStringLiteral("meta"))
                    .toObject()
                    .contains(QStringLiteral("next")));
        // An empty filter list constrains nothing, whatever the strategy.
        CHECK_SEARCH(filters({}, QStringLiteral("Any")), [](const Conv &) { return true; });
    }

    void pagesOf37ReturnEveryMatchOnce()
    {
        const QJsonObject body =
            filters({field(QStringLiteral("Status"),
                           op(QStringLiteral("IsOneOf"),
                              strings({QStringLiteral("open"), QStringLiteral("pending")})))});
        const auto ids = walk(body, 37);
        QVERIFY2(ids, qPrintable(m_why));
        const auto want =
            expected([](const Conv &c) { return c.str("state") != QLatin1String("Closed"); });
        QVERIFY(want.size() > 37 * 3);
        QCOMPARE(*ids, want);
    }

    void agentQueueContactAndConversationIds()
    {
        const QString agent =
            commonValue([](const Conv &c) { return c.nested("assignment", "agentId"); });
        const QString queue = commonValue([](const Conv &c) { return c.nested("queue", "id"); });
        const QString contact = commonValue([](const Conv &c) { return c.str("requesterId"); });
        QVERIFY(!agent.isEmpty() && !queue.isEmpty() && !contact.isEmpty());
        const struct
        {
            QString type;
            QString value;
            std::function<QString(const Conv &)> get;
            bool canBeEmpty;
        } cases[] = {
            {QStringLiteral("AgentId"), agent,
             [](const Conv &c) { return c.nested("assignment", "agentId"); }, true},
            {QStringLiteral("QueueId"), queue,
             [](const Conv &c) { return c.nested("queue", "id"); }, true},
            {QStringLiteral("ContactId"), contact,
             [](const Conv &c) { return c.str("requesterId"); }, false},
        };
        for (const auto &test : cases) {
            const auto get = test.get;
            const QString value = test.value;
            CHECK_SEARCH(
                filters({field(test.type, op(QStringLiteral("IsOneOf"), strings({value})))}),
                [&](const Conv &c) { return get(c) == value; });
            CHECK_SEARCH(
                filters({field(test.type, op(QStringLiteral("IsNotOneOf"), strings({value})))}),
                [&](const Conv &c) { return get(c) != value; });
            if (!test.canBeEmpty)
                continue;
            const auto empty = expected([&](const Conv &c) { return get(c).isEmpty(); });
            QVERIFY2(!empty.isEmpty(), qPrintable(test.type));
            CHECK_SEARCH(filters({field(test.type, op(QStringLiteral("IsEmpty")))}),
                         [&](const Conv &c) { return get(c).isEmpty(); });
            CHECK_SEARCH(filters({field(test.type, op(QStringLiteral("IsNotEmpty")))}),
                         [&](const Conv &c) { return !get(c).isEmpty(); });
        }
        const QStringList picked{QString::number(m_all.at(3).id), QString::number(m_all.at(40).id),
                                 QString::number(m_all.last().id)};
        const auto inPicked = [&picked](const Conv &c) {
            return picked.contains(QString::number(c.id));
        };
        CHECK_SEARCH(filters({field(QStringLiteral("ConversationId"),
                                    op(QStringLiteral("IsOneOf"), strings(picked)))}),
                     inPicked);
        CHECK_SEARCH(filters({field(QStringLiteral("ConversationId"),
                                    op(QStringLiteral("IsNotOneOf"), strings(picked)))}),
                     [&](const Conv &c) { return !inPicked(c); });
    }

    void tagOperators()
    {
        QHash<QString, int> counts;
        for (const Conv &conv : m_all) {
            for (const QString &tag : conv.tags)
                ++counts[tag];
        }
        QStringList byUse = counts.keys();
        std::sort(byUse.begin(), byUse.end(), [&counts](const QString &a, const QString &b) {
            return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
        });
        QVERIFY(byUse.size() >= 2);
        const QString a = byUse.at(0);
        const QString b = byUse.at(1);
        const QJsonArray both = strings({a, b});
        const auto has = [](const Conv &c, const QString &t) { return c.tags.contains(t); };
        const auto tagField = [](const QString &type, const QJsonArray &values = {}) {
            return filters({field(QStringLiteral("TagId"), op(type, values))});
        };
        QVERIFY(!expected([&](const Conv &c) { return has(c, a) && has(c, b); }).isEmpty());
        CHECK_SEARCH(tagField(QStringLiteral("IncludesOne"), both),
                     [&](const Conv &c) { return has(c, a) || has(c, b); });
        CHECK_SEARCH(tagField(QStringLiteral("IncludesAll"), both),
                     [&](const Conv &c) { return has(c, a) && has(c, b); });
        CHECK_SEARCH(tagField(QStringLiteral("ExcludesOne"), both),
                     [&](const Conv &c) { return !has(c, a) || !has(c, b); });
        CHECK_SEARCH(tagField(QStringLiteral("ExcludesAll"), both),
                     [&](const Conv &c) { return !has(c, a) && !has(c, b); });
        QVERIFY(!expected([](const Conv &c) { return c.tags.isEmpty(); }).isEmpty());
        CHECK_SEARCH(tagField(QStringLiteral("IsEmpty")),
                     [](const Conv &c) { return c.tags.isEmpty(); });
        CHECK_SEARCH(tagField(QStringLiteral("IsNotEmpty")),
                     [](const Conv &c) { return !c.tags.isEmpty(); });
    }

    void channelDirectionAndStatus_data()
    {
        QTest::addColumn<QString>("fieldType");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("stored"); // the conversation values it stands for
        QTest::addColumn<bool>("seeded");        // whether the demo data has such conversations
        const auto row = [](const char *type, const char *value, const QStringList &stored,
                            bool seeded = true) {
            QTest::addRow("%s %s", type, value)
                << QString::fromLatin1(type) << QString::fromLatin1(value) << stored << seeded;
        };
        row("Channel", "email", {QStringLiteral("Email")});
        row("Channel", "contactform", {QStringLiteral("ContactForm")});
        row("Channel", "chat", {QStringLiteral("WidgetChat")});
        row("Channel", "dixamessenger", {QStringLiteral("Messenger")});
        row("Channel", "phone", {QStringLiteral("PstnPhone")});
        row("Channel", "voicemail", {QStringLiteral("Voicemail")});
        row("Channel", "callback", {QStringLiteral("Callback")});
        row("Channel", "sms", {QStringLiteral("Sms")});
        row("Channel", "facebookmessenger", {QStringLiteral("FacebookMessenger")});
        row("Channel", "whatsapp", {QStringLiteral("WhatsApp")});
        row("Channel", "genericapimessaging", {QStringLiteral("GenericConversation")});
        row("Direction", "inbound", {QStringLiteral("Inbound")});
        row("Direction", "outbound", {QStringLiteral("Outbound")});
        row("Direction", "internal", {QStringLiteral("Internal")}, false);
        row("Status", "open", {QStringLiteral("Open")});
        row("Status", "closed", {QStringLiteral("Closed")});
        // AwaitingPending counts as pending.
        row("Status", "pending", {QStringLiteral("Pending"), QStringLiteral("AwaitingPending")});
    }

    void channelDirectionAndStatus()
    {
        QFETCH(QString, fieldType);
        QFETCH(QString, value);
        QFETCH(QStringList, stored);
        QFETCH(bool, seeded);
        const auto storedValue = [&fieldType](const Conv &c) {
            if (fieldType == QLatin1String("Direction"))
                return c.str("direction");
            if (fieldType == QLatin1String("Status"))
                return c.str("state");
            // Generic conversations are told apart by their variant, not their channel.
            return c.str("_type") == QLatin1String("GenericConversation") ? c.str("_type")
                                                                          : c.str("channel");
        };
        const auto hit = [&](const Conv &c) { return stored.contains(storedValue(c)); };
        QCOMPARE(!expected(hit).isEmpty(), seeded);
        CHECK_SEARCH(filters({field(fieldType, op(QStringLiteral("IsOneOf"), strings({value})))}),
                     hit);
        CHECK_SEARCH(
            filters({field(fieldType, op(QStringLiteral("IsNotOneOf"), strings({value})))}),
            [&](const Conv &c) { return !hit(c); });
    }

    void customAttributeOperators()
    {
        // Values per attribute id, as a path (Text: one element; Select: the option path).
        QHash<QString, int> uses;
        QHash<QString, bool> isSelect;
        const auto valueOf = [](const Conv &c, const QString &id) {
            for (const QJsonValue &item :
                 c.json.value(QStringLiteral("customAttributes")).toArray()) {
                const QJsonObject attribute = item.toObject();
                if (attribute.value(QStringLiteral("id")).toString() != id)
                    continue;
                const QJsonValue value = attribute.value(QStringLiteral("value"));
                QStringList path;
                if (value.isArray()) {
                    for (const QJsonValue &part : value.toArray())
                        path.append(part.toString());
                } else if (!value.toString().isEmpty()) {
                    path.append(value.toString());
                }
                return path;
            }
            return QStringList();
        };
        for (const Conv &conv : m_all) {
            for (const QJsonValue &item :
                 conv.json.value(QStringLiteral("customAttributes")).toArray()) {
                const QJsonObject attribute = item.toObject();
                const QString id = attribute.value(QStringLiteral("id")).toString();
                ++uses[id];
                isSelect[id] =
                    isSelect.value(id) || attribute.value(QStringLiteral("value")).isArray();
            }
        }
        QStringList selects;
        for (auto it = isSelect.cbegin(); it != isSelect.cend(); ++it) {
            if (it.value())
                selects.append(it.key());
        }
        QVERIFY2(!selects.isEmpty(), "some conversation carries a Select attribute");
        std::sort(selects.begin(), selects.end(), [&uses](const QString &a, const QString &b) {
            return uses.value(a) > uses.value(b);
        });
        const QString id = selects.first();
        const QString parent = commonValue([&](const Conv &c) { return valueOf(c, id).value(0); });
        const QStringList fullPath = [&] {
            for (const Conv &c : m_all) {
                const QStringList path = valueOf(c, id);
                if (path.value(0) != parent && !path.isEmpty())
                    return path;
            }
            return QStringList();
        }();
        QVERIFY(!parent.isEmpty() && !fullPath.isEmpty());
        const auto attributeField = [&id](const QJsonObject &op) {
            QJsonObject f{{QStringLiteral("_type"), QStringLiteral("CustomAttribute")},
                          {QStringLiteral("attributeId"), id},
                          {QStringLiteral("operator"), op}};
            return QJsonObject{
                {QStringLiteral("filters"),
                 QJsonObject{{QStringLiteral("strategy"), QStringLiteral("All")},
                             {QStringLiteral("conditions"),
                              QJsonArray{QJsonObject{{QStringLiteral("field"), f}}}}}}};
        };
        const auto isOneOf = [&](const Conv &c) {
            const QStringList path = valueOf(c, id);
            return path.value(0) == parent || (!path.isEmpty() && path == fullPath);
        };
        const QJsonArray values{QJsonArray{parent}, strings(fullPath)};
        QVERIFY(!expected([&](const Conv &c) { return valueOf(c, id).isEmpty(); }).isEmpty());
        CHECK_SEARCH(attributeField(op(QStringLiteral("IsEmpty"))),
                     [&](const Conv &c) { return valueOf(c, id).isEmpty(); });
        CHECK_SEARCH(attributeField(op(QStringLiteral("IsNotEmpty"))),
                     [&](const Conv &c) { return !valueOf(c, id).isEmpty(); });
        CHECK_SEARCH(attributeField(op(QStringLiteral("IsOneOf"), values)), isOneOf);
        CHECK_SEARCH(attributeField(op(QStringLiteral("IsNotOneOf"), values)),
                     [&](const Conv &c) { return !isOneOf(c); });
    }

    void durationOperators()
    {
        // Open conversations keep growing; thresholds sit in gaps of over a minute between
        // durations, far from what a few seconds of test run can change.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto duration = [now](const Conv &c) -> qint64 {
            const qint64 created = epochMs(c.str("createdAt")).value_or(0);
            const qint64 end = c.str("state") == QLatin1String("Closed")
                                   ? epochMs(c.str("stateUpdatedAt")).value_or(now)
                                   : now;
            return std::max<qint64>(0, end - created);
        };
        QList<qint64> all;
        for (const Conv &c : m_all)
            all.append(duration(c));
        std::sort(all.begin(), all.end());
        const auto gapNear = [&all](double quantile) {
            const qsizetype start = qsizetype(double(all.size()) * quantile);
            for (qsizetype i = start; i + 1 < all.size(); ++i) {
                if (all.at(i + 1) - all.at(i) > 60 * 1000)
                    return (all.at(i) + all.at(i + 1)) / 2;
            }
            return qint64(-1);
        };
        const qint64 low = gapNear(0.25);
        const qint64 high = gapNear(0.6);
        QVERIFY(low > 0 && high > low);
        const auto durationOp = [](const QJsonObject &o) {
            return filters({field(QStringLiteral("Duration"), o)});
        };
        CHECK_SEARCH(durationOp(QJsonObject{{QStringLiteral("_type"), QStringLiteral("Between")},
                                            {QStringLiteral("min"), low},
                                            {QStringLiteral("max"), high}}),
                     [&](const Conv &c) { return duration(c) >= low && duration(c) <= high; });
        CHECK_SEARCH(
            durationOp(QJsonObject{{QStringLiteral("_type"), QStringLiteral("LongerThanOrEqualTo")},
                                   {QStringLiteral("duration"), high}}),
            [&](const Conv &c) { return duration(c) >= high; });
        CHECK_SEARCH(durationOp(QJsonObject{
                         {QStringLiteral("_type"), QStringLiteral("ShorterThanOrEqualTo")},
                         {QStringLiteral("duration"), low}}),
                     [&](const Conv &c) { return duration(c) <= low; });
    }

    void dateOperators_data()
    {
        QTest::addColumn<QString>("fieldType");
        for (const char *type :
             {"CreationDate", "ClosedDate", "AssignedDate", "LastActivity", "LastMessage"})
            QTest::newRow(type) << QString::fromLatin1(type);
    }

    void dateOperators()
    {
        QFETCH(QString, fieldType);
        // LastActivity is the last state change; LastMessage is too, as long as the content of
        // the conversation has not been read or written (this test reads none).
        const auto when = [&fieldType](const Conv &c) -> std::optional<qint64> {
            if (fieldType == QLatin1String("CreationDate"))
                return epochMs(c.str("createdAt"));
            if (fieldType == QLatin1String("ClosedDate"))
                return c.str("state") == QLatin1String("Closed") ? epochMs(c.str("stateUpdatedAt"))
                                                                 : std::nullopt;
            if (fieldType == QLatin1String("AssignedDate"))
                return epochMs(c.nested("assignment", "assignedAt"));
            return epochMs(c.str("stateUpdatedAt"));
        };
        QList<qint64> values;
        for (const Conv &c : m_all) {
            if (const auto at = when(c))
                values.append(*at);
        }
        QVERIFY(values.size() > 10);
        std::sort(values.begin(), values.end());
        // Bounds are real values, so inclusiveness is tested too.
        const qint64 from = values.at(values.size() / 3);
        const qint64 to = values.at(values.size() * 2 / 3);
        const auto timeOp = [&fieldType](const QJsonObject &o) {
            return filters({field(fieldType, o)});
        };
        CHECK_SEARCH(timeOp(QJsonObject{{QStringLiteral("_type"), QStringLiteral("Between")},
                                        {QStringLiteral("timestampFrom"), iso(from)},
                                        {QStringLiteral("timestampTo"), iso(to)}}),
                     [&](const Conv &c) {
                         const auto at = when(c);
                         return at && *at >= from && *at <= to;
                     });
        CHECK_SEARCH(timeOp(QJsonObject{{QStringLiteral("_type"), QStringLiteral("Since")},
                                        {QStringLiteral("timestamp"), iso(to)}}),
                     [&](const Conv &c) {
                         const auto at = when(c);
                         return at && *at >= to;
                     });
        CHECK_SEARCH(timeOp(QJsonObject{{QStringLiteral("_type"), QStringLiteral("Until")},
                                        {QStringLiteral("timestamp"), iso(from)}}),
                     [&](const Conv &c) {
                         const auto at = when(c);
                         return at && *at <= from;
                     });
    }

    void strategyAllAndAny()
    {
        const QJsonObject email =
            field(QStringLiteral("Channel"),
                  op(QStringLiteral("IsOneOf"), strings({QStringLiteral("email")})));
        const QJsonObject closed =
            field(QStringLiteral("Status"),
                  op(QStringLiteral("IsOneOf"), strings({QStringLiteral("closed")})));
        const auto isEmail = [](const Conv &c) {
            return c.str("channel") == QLatin1String("Email");
        };
        const auto isClosed = [](const Conv &c) {
            return c.str("state") == QLatin1String("Closed");
        };
        const auto all = expected([&](const Conv &c) { return isEmail(c) && isClosed(c); });
        const auto any = expected([&](const Conv &c) { return isEmail(c) || isClosed(c); });
        QVERIFY(!all.isEmpty() && all.size() < any.size());
        CHECK_SEARCH(filters({email, closed}, QStringLiteral("All")),
                     [&](const Conv &c) { return isEmail(c) && isClosed(c); });
        CHECK_SEARCH(filters({email, closed}, QStringLiteral("Any")),
                     [&](const Conv &c) { return isEmail(c) || isClosed(c); });
    }

    void textFindsAConversationByAWordOfItsSubject()
    {
        // The longest word of the newest e-mail subject.
        const Conv *target = nullptr;
        for (const Conv &c : m_all) {
            if (c.str("channel") == QLatin1String("Email") && c.str("subject").size() > 10) {
                target = &c;
                break;
            }
        }
        QVERIFY(target);
        const QString subject = target->str("subject");
        QString word;
        for (const QString &w :
             subject.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)) {
            if (w.size() > word.size())
                word = w;
        }
        QVERIFY(word.size() >= 4);
        const QJsonObject body{
            {QStringLiteral("query"), QJsonObject{{QStringLiteral("value"), word.toUpper()}}}};
        const auto ids = walk(body);
        QVERIFY2(ids, qPrintable(m_why));
        QVERIFY(ids->contains(target->id));
        // Every conversation with the word in its subject is found.
        const QRegularExpression whole(
            QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)),
            QRegularExpression::CaseInsensitiveOption);
        for (const qint64 id :
             expected([&](const Conv &c) { return whole.match(c.str("subject")).hasMatch(); }))
            QVERIFY(ids->contains(id));

        // The hit names the field and wraps the word.
        const QJsonObject both = QJsonObject{
            {QStringLiteral("query"),
             QJsonObject{{QStringLiteral("value"), word}, {QStringLiteral("exactMatch"), false}}},
            {QStringLiteral("filters"),
             filters({field(QStringLiteral("ConversationId"),
                            op(QStringLiteral("IsOneOf"), strings({QString::number(target->id)})))})
                 .value(QStringLiteral("filters"))}};
        const auto one = m_sandbox->post(QStringLiteral("/v1/search/conversations"), both);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.data().toArray().size(), 1);
        const QJsonObject highlights =
            one.data().toArray().first().toObject().value(QStringLiteral("highlights")).toObject();
        const QString snippet =
            highlights.value(QStringLiteral("subject")).toArray().first().toString();
        QVERIFY2(snippet.contains(QStringLiteral("<em class=\"highlight\">") + word +
                                  QStringLiteral("</em>")),
                 qPrintable(snippet));

        // The whole subject as an exact phrase finds it; exact results are a subset of loose ones.
        const auto exact = walk(QJsonObject{
            {QStringLiteral("query"), QJsonObject{{QStringLiteral("value"), subject},
                                                  {QStringLiteral("exactMatch"), true}}}});
        const auto loose = walk(QJsonObject{
            {QStringLiteral("query"), QJsonObject{{QStringLiteral("value"), subject}}}});
        QVERIFY2(exact && loose, qPrintable(m_why));
        QVERIFY(exact->contains(target->id));
        for (const qint64 id : *exact)
            QVERIFY(loose->contains(id));

        const auto none =
            walk(QJsonObject{{QStringLiteral("query"),
                              QJsonObject{{QStringLiteral("value"), QStringLiteral("zqxjvw")}}}});
        QVERIFY2(none, qPrintable(m_why));
        QVERIFY(none->isEmpty());
    }

    void deprecatedGetSearch()
    {
        const auto reply =
            m_sandbox->get(QStringLiteral("/v1/search/conversations?query=order&pageLimit=5"));
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.data().toArray();
        QCOMPARE(data.size(), 5);
        for (const QJsonValue &hit : data) {
            const QJsonObject object = hit.toObject();
            QVERIFY(object.value(QStringLiteral("id")).toInteger() > 0);
            QVERIFY(!object.value(QStringLiteral("highlights")).toObject().isEmpty());
            QCOMPARE(object.value(QStringLiteral("innerHits")).toArray(), QJsonArray());
        }
        const QString next = reply.object()
                                 .value(QStringLiteral("meta"))
                                 .toObject()
                                 .value(QStringLiteral("next"))
                                 .toString();
        QVERIFY2(next.startsWith(QLatin1String("/v1/search/conversations/?query=order&pageKey=")),
                 qPrintable(next));
        const auto second = m_sandbox->get(next);
        QCOMPARE(second.status, 200);
        QVERIFY(second.data().toArray().first().toObject().value(QStringLiteral("id")).toInteger() <
                data.last().toObject().value(QStringLiteral("id")).toInteger());

        const auto missing = m_sandbox->get(QStringLiteral("/v1/search/conversations"));
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Invalid value for: query parameter query"));
        QCOMPARE(m_sandbox->get(QStringLiteral("/v1/search/conversations?query=")).status, 400);
        const auto badFlag =
            m_sandbox->get(QStringLiteral("/v1/search/conversations?query=x&exactMatch=maybe"));
        QCOMPARE(badFlag.status, 400);
        QCOMPARE(badFlag.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Invalid value for: query parameter exactMatch"));
    }

    void rejectsBadRequests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        const QString path = QStringLiteral("/v1/search/conversations");
        QTest::newRow("bad strategy")
            << path << QByteArray(R"({"filters":{"strategy":"Some","conditions":[]}})");
        QTest::newRow("no strategy") << path << QByteArray(R"({"filters":{"conditions":[]}})");
        QTest::newRow("operator not allowed for the field")
            << path
            << QByteArray(
                   R"({"filters":{"strategy":"All","conditions":[{"field":{"_type":"AgentId","operator":{"_type":"IncludesOne","values":[]}}}]}})");
        QTest::newRow("unknown operator")
            << path
            << QByteArray(
                   R"({"filters":{"strategy":"All","conditions":[{"field":{"_type":"TagId","operator":{"_type":"Contains"}}}]}})");
        QTest::newRow("unknown field")
            << path
            << QByteArray(
                   R"({"filters":{"strategy":"All","conditions":[{"field":{"_type":"Mood","operator":{"_type":"IsEmpty"}}}]}})");
        QTest::newRow("status value in the wrong case")
            << path
            << QByteArray(
                   R"({"filters":{"strategy":"All","conditions":[{"field":{"_type":"Status","operator":{"_type":"IsOneOf","values":["Open"]}}}]}})");
        QTest::newRow("conversation id not a number")
            << path
            << QByteArray(
                   R"({"filters":{"strategy":"All","conditions":[{"field":{"_type":"ConversationId","operator":{"_type":"IsOneOf","values":["abc"]}}}]}})");
        QTest::newRow("timestamp not a date")
            << path
            << QByteArray(
                   R"({"filters":{"strategy":"All","conditions":[{"field":{"_type":"CreationDate","operator":{"_type":"Since","timestamp":"yesterday"}}}]}})");
        QTest::newRow("query without value")
            << path << QByteArray(R"({"query":{"exactMatch":true}})");
        QTest::newRow("not JSON") << path << QByteArray("{filters:");
        QTest::newRow("pageLimit zero") << path + QStringLiteral("?pageLimit=0") << QByteArray();
        QTest::newRow("pageLimit too big")
            << path + QStringLiteral("?pageLimit=501") << QByteArray();
        QTest::newRow("pageKey garbage") << path + QStringLiteral("?pageKey=%%%") << QByteArray();
    }

    void rejectsBadRequests()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const auto reply = m_sandbox->send("POST", path, body);
        QCOMPARE(reply.status, 400);
        const QString message = reply.object().value(QStringLiteral("message")).toString();
        QVERIFY2(message.startsWith(QLatin1String("Invalid value for: ")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestSearchRoutes)
#include "tst_searchroutes.moc"
