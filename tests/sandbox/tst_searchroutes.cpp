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
#include <limits>

using namespace Qt::StringLiterals;

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
    // A custom attribute's value as a path: Text one element, Select the option path.
    QStringList attribute(const QString &attributeId) const
    {
        for (const QJsonValue &item : json.value(u"customAttributes"_s).toArray()) {
            if (item[u"id"_s].toString() != attributeId)
                continue;
            QStringList path;
            for (const QJsonValue &part : item[u"value"_s].toArray())
                path.append(part.toString());
            if (item[u"value"_s].isString() && !item[u"value"_s].toString().isEmpty())
                path.append(item[u"value"_s].toString());
            return path;
        }
        return {};
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
    return QJsonObject{{u"field"_s, QJsonObject{{u"_type"_s, type}, {u"operator"_s, op}}}};
}

QJsonObject op(const QString &type, const QJsonArray &values = {})
{
    QJsonObject out{{u"_type"_s, type}};
    if (!values.isEmpty())
        out.insert(u"values"_s, values);
    return out;
}

QJsonObject filters(const QJsonArray &conditions, const QString &strategy = u"All"_s)
{
    return QJsonObject{
        {u"filters"_s, QJsonObject{{u"strategy"_s, strategy}, {u"conditions"_s, conditions}}}};
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
        QString path = u"/v1/search/conversations?pageLimit=%1"_s.arg(pageLimit);
        for (int pages = 0; pages < 1000; ++pages) {
            const auto reply = m_sandbox->send("POST", path, SandboxFixture::toJson(body));
            if (reply.status != 200) {
                m_why = u"status %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body));
                return std::nullopt;
            }
            const QJsonArray data = reply.data().toArray();
            if (data.size() > pageLimit) {
                m_why = u"page larger than pageLimit"_s;
                return std::nullopt;
            }
            for (const QJsonValue &hit : data) {
                const qint64 id = hit.toObject().value(u"id"_s).toInteger();
                if (seen.contains(id) || (!ids.isEmpty() && id >= ids.last())) {
                    m_why = u"id %1 repeated or out of order"_s.arg(id);
                    return std::nullopt;
                }
                seen.insert(id);
                ids.append(id);
            }
            const QString next =
                reply.object().value(u"meta"_s).toObject().value(u"next"_s).toString();
            if (next.isEmpty())
                return ids;
            if (!next.startsWith(QLatin1String("/v1/search/conversations/?pageKey=")) ||
                data.size() != pageLimit) {
                m_why = u"unexpected next link "_s + next;
                return std::nullopt;
            }
            path = next;
        }
        m_why = u"too many pages"_s;
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
            const auto reply = m_sandbox->get(u"/v1/conversations/%1"_s.arg(id));
            QCOMPARE(reply.status, 200);
            Conv conv;
            conv.id = id;
            conv.json = reply.data().toObject();
            QCOMPARE(conv.json.value(u"id"_s).toInteger(), id);
            const auto tags = m_sandbox->get(u"/v1/conversations/%1/tags"_s.arg(id));
            QCOMPARE(tags.status, 200);
            for (const QJsonValue &tag : tags.data().toArray())
                conv.tags.insert(tag.toObject().value(u"id"_s).toString());
            m_all.append(conv);
        }
    }

    void emptyBodyFindsEverythingWithoutHighlights()
    {
        const auto reply = m_sandbox->send("POST", u"/v1/search/conversations"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.data().toArray();
        QCOMPARE(data.size(), 50);
        QCOMPARE(data.first().toObject().value(u"id"_s).toInteger(), m_all.first().id);
        QCOMPARE(data.first().toObject().value(u"highlights"_s).toObject(), QJsonObject());
        QVERIFY(reply.object().value(u"meta"_s).toObject().contains(u"next"_s));
        // An empty filter list constrains nothing, whatever the strategy.
        CHECK_SEARCH(filters({}, u"Any"_s), [](const Conv &) { return true; });
    }

    void pagesOf37ReturnEveryMatchOnce()
    {
        const QJsonObject body =
            filters({field(u"Status"_s, op(u"IsOneOf"_s, strings({u"open"_s, u"pending"_s})))});
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
            {u"AgentId"_s, agent, [](const Conv &c) { return c.nested("assignment", "agentId"); },
             true},
            {u"QueueId"_s, queue, [](const Conv &c) { return c.nested("queue", "id"); }, true},
            {u"ContactId"_s, contact, [](const Conv &c) { return c.str("requesterId"); }, false},
        };
        for (const auto &test : cases) {
            const auto get = test.get;
            const QString value = test.value;
            CHECK_SEARCH(filters({field(test.type, op(u"IsOneOf"_s, strings({value})))}),
                         [&](const Conv &c) { return get(c) == value; });
            CHECK_SEARCH(filters({field(test.type, op(u"IsNotOneOf"_s, strings({value})))}),
                         [&](const Conv &c) { return get(c) != value; });
            if (!test.canBeEmpty)
                continue;
            const auto empty = expected([&](const Conv &c) { return get(c).isEmpty(); });
            QVERIFY2(!empty.isEmpty(), qPrintable(test.type));
            CHECK_SEARCH(filters({field(test.type, op(u"IsEmpty"_s))}),
                         [&](const Conv &c) { return get(c).isEmpty(); });
            CHECK_SEARCH(filters({field(test.type, op(u"IsNotEmpty"_s))}),
                         [&](const Conv &c) { return !get(c).isEmpty(); });
        }
        const QStringList picked{QString::number(m_all.at(3).id), QString::number(m_all.at(40).id),
                                 QString::number(m_all.last().id)};
        const auto inPicked = [&picked](const Conv &c) {
            return picked.contains(QString::number(c.id));
        };
        CHECK_SEARCH(filters({field(u"ConversationId"_s, op(u"IsOneOf"_s, strings(picked)))}),
                     inPicked);
        CHECK_SEARCH(filters({field(u"ConversationId"_s, op(u"IsNotOneOf"_s, strings(picked)))}),
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
            return filters({field(u"TagId"_s, op(type, values))});
        };
        QVERIFY(!expected([&](const Conv &c) { return has(c, a) && has(c, b); }).isEmpty());
        CHECK_SEARCH(tagField(u"IncludesOne"_s, both),
                     [&](const Conv &c) { return has(c, a) || has(c, b); });
        CHECK_SEARCH(tagField(u"IncludesAll"_s, both),
                     [&](const Conv &c) { return has(c, a) && has(c, b); });
        CHECK_SEARCH(tagField(u"ExcludesOne"_s, both),
                     [&](const Conv &c) { return !has(c, a) || !has(c, b); });
        CHECK_SEARCH(tagField(u"ExcludesAll"_s, both),
                     [&](const Conv &c) { return !has(c, a) && !has(c, b); });
        QVERIFY(!expected([](const Conv &c) { return c.tags.isEmpty(); }).isEmpty());
        CHECK_SEARCH(tagField(u"IsEmpty"_s), [](const Conv &c) { return c.tags.isEmpty(); });
        CHECK_SEARCH(tagField(u"IsNotEmpty"_s), [](const Conv &c) { return !c.tags.isEmpty(); });
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
        row("Channel", "email", {u"Email"_s});
        row("Channel", "contactform", {u"ContactForm"_s});
        row("Channel", "chat", {u"WidgetChat"_s});
        row("Channel", "dixamessenger", {u"Messenger"_s});
        row("Channel", "phone", {u"PstnPhone"_s});
        row("Channel", "voicemail", {u"Voicemail"_s});
        row("Channel", "callback", {u"Callback"_s});
        row("Channel", "sms", {u"Sms"_s});
        row("Channel", "facebookmessenger", {u"FacebookMessenger"_s});
        row("Channel", "whatsapp", {u"WhatsApp"_s});
        row("Channel", "genericapimessaging", {u"GenericConversation"_s});
        row("Direction", "inbound", {u"Inbound"_s});
        row("Direction", "outbound", {u"Outbound"_s});
        row("Direction", "internal", {u"Internal"_s}, false);
        row("Status", "open", {u"Open"_s});
        row("Status", "closed", {u"Closed"_s});
        // AwaitingPending counts as pending.
        row("Status", "pending", {u"Pending"_s, u"AwaitingPending"_s});
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
        CHECK_SEARCH(filters({field(fieldType, op(u"IsOneOf"_s, strings({value})))}), hit);
        CHECK_SEARCH(filters({field(fieldType, op(u"IsNotOneOf"_s, strings({value})))}),
                     [&](const Conv &c) { return !hit(c); });
    }

    void customAttributeOperators_data()
    {
        QTest::addColumn<bool>("select");
        QTest::newRow("Select attribute") << true;
        QTest::newRow("Text attribute") << false;
    }

    void customAttributeOperators()
    {
        QFETCH(bool, select);
        // The most used attribute of the kind; wanted values are two paths: for Select a parent
        // option and a full path under another parent, for Text two common values.
        const QString id = commonValue([select](const Conv &c) {
            for (const QJsonValue &item : c.json.value(u"customAttributes"_s).toArray()) {
                if (item[u"value"_s].isArray() == select)
                    return item[u"id"_s].toString();
            }
            return QString();
        });
        QVERIFY(!id.isEmpty());
        const QString first = commonValue([&](const Conv &c) { return c.attribute(id).value(0); });
        QStringList second;
        for (const Conv &c : m_all) {
            if (second.isEmpty() && !c.attribute(id).isEmpty() && c.attribute(id).first() != first)
                second = c.attribute(id);
        }
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const auto attributeField = [&id](const QJsonObject &op) {
            return filters({QJsonObject{{u"field"_s, QJsonObject{{u"_type"_s, u"CustomAttribute"_s},
                                                                 {u"attributeId"_s, id},
                                                                 {u"operator"_s, op}}}}});
        };
        const auto isOneOf = [&](const Conv &c) {
            const QStringList path = c.attribute(id);
            return path.value(0) == first || (!path.isEmpty() && path == second);
        };
        const QJsonArray values{QJsonArray{first}, strings(second)};
        const auto isEmpty = [&id](const Conv &c) { return c.attribute(id).isEmpty(); };
        QVERIFY(!expected(isEmpty).isEmpty());
        CHECK_SEARCH(attributeField(op(u"IsEmpty"_s)), isEmpty);
        CHECK_SEARCH(attributeField(op(u"IsNotEmpty"_s)),
                     [&](const Conv &c) { return !isEmpty(c); });
        CHECK_SEARCH(attributeField(op(u"IsOneOf"_s, values)), isOneOf);
        CHECK_SEARCH(attributeField(op(u"IsNotOneOf"_s, values)),
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
            return filters({field(u"Duration"_s, o)});
        };
        CHECK_SEARCH(
            durationOp(QJsonObject{{u"_type"_s, u"Between"_s}, {u"min"_s, low}, {u"max"_s, high}}),
            [&](const Conv &c) { return duration(c) >= low && duration(c) <= high; });
        CHECK_SEARCH(
            durationOp(QJsonObject{{u"_type"_s, u"LongerThanOrEqualTo"_s}, {u"duration"_s, high}}),
            [&](const Conv &c) { return duration(c) >= high; });
        CHECK_SEARCH(
            durationOp(QJsonObject{{u"_type"_s, u"ShorterThanOrEqualTo"_s}, {u"duration"_s, low}}),
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
        const auto within = [&when](qint64 low, qint64 high) {
            return [&when, low, high](const Conv &c) {
                const auto at = when(c);
                return at && *at >= low && *at <= high;
            };
        };
        constexpr qint64 never = std::numeric_limits<qint64>::max();
        CHECK_SEARCH(timeOp(QJsonObject{{u"_type"_s, u"Between"_s},
                                        {u"timestampFrom"_s, iso(from)},
                                        {u"timestampTo"_s, iso(to)}}),
                     within(from, to));
        CHECK_SEARCH(timeOp(QJsonObject{{u"_type"_s, u"Since"_s}, {u"timestamp"_s, iso(to)}}),
                     within(to, never));
        CHECK_SEARCH(timeOp(QJsonObject{{u"_type"_s, u"Until"_s}, {u"timestamp"_s, iso(from)}}),
                     within(-never, from));
    }

    void strategyAllAndAny()
    {
        const QJsonObject email = field(u"Channel"_s, op(u"IsOneOf"_s, strings({u"email"_s})));
        const QJsonObject closed = field(u"Status"_s, op(u"IsOneOf"_s, strings({u"closed"_s})));
        const auto isEmail = [](const Conv &c) {
            return c.str("channel") == QLatin1String("Email");
        };
        const auto isClosed = [](const Conv &c) {
            return c.str("state") == QLatin1String("Closed");
        };
        const auto all = expected([&](const Conv &c) { return isEmail(c) && isClosed(c); });
        const auto any = expected([&](const Conv &c) { return isEmail(c) || isClosed(c); });
        QVERIFY(!all.isEmpty() && all.size() < any.size());
        CHECK_SEARCH(filters({email, closed}, u"All"_s),
                     [&](const Conv &c) { return isEmail(c) && isClosed(c); });
        CHECK_SEARCH(filters({email, closed}, u"Any"_s),
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
        for (const QString &w : subject.split(QRegularExpression(u"\\W+"_s), Qt::SkipEmptyParts)) {
            if (w.size() > word.size())
                word = w;
        }
        QVERIFY(word.size() >= 4);
        const QJsonObject body{{u"query"_s, QJsonObject{{u"value"_s, word.toUpper()}}}};
        const auto ids = walk(body);
        QVERIFY2(ids, qPrintable(m_why));
        QVERIFY(ids->contains(target->id));
        // Every conversation with the word in its subject is found.
        const QRegularExpression whole(u"\\b%1\\b"_s.arg(QRegularExpression::escape(word)),
                                       QRegularExpression::CaseInsensitiveOption);
        for (const qint64 id :
             expected([&](const Conv &c) { return whole.match(c.str("subject")).hasMatch(); }))
            QVERIFY(ids->contains(id));

        // The hit names the field and wraps the word.
        const QJsonObject both =
            QJsonObject{{u"query"_s, QJsonObject{{u"value"_s, word}, {u"exactMatch"_s, false}}},
                        {u"filters"_s,
                         filters({field(u"ConversationId"_s,
                                        op(u"IsOneOf"_s, strings({QString::number(target->id)})))})
                             .value(u"filters"_s)}};
        const auto one = m_sandbox->post(u"/v1/search/conversations"_s, both);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.data().toArray().size(), 1);
        const QJsonObject highlights =
            one.data().toArray().first().toObject().value(u"highlights"_s).toObject();
        const QString snippet = highlights.value(u"subject"_s).toArray().first().toString();
        QVERIFY2(snippet.contains(u"<em class=\"highlight\">"_s + word + u"</em>"_s),
                 qPrintable(snippet));

        // The whole subject as an exact phrase finds it; exact results are a subset of loose ones.
        const auto exact = walk(
            QJsonObject{{u"query"_s, QJsonObject{{u"value"_s, subject}, {u"exactMatch"_s, true}}}});
        const auto loose = walk(QJsonObject{{u"query"_s, QJsonObject{{u"value"_s, subject}}}});
        QVERIFY2(exact && loose, qPrintable(m_why));
        QVERIFY(exact->contains(target->id));
        for (const qint64 id : *exact)
            QVERIFY(loose->contains(id));

        const auto none = walk(QJsonObject{{u"query"_s, QJsonObject{{u"value"_s, u"zqxjvw"_s}}}});
        QVERIFY2(none, qPrintable(m_why));
        QVERIFY(none->isEmpty());
    }

    void deprecatedGetSearch()
    {
        const auto reply = m_sandbox->get(u"/v1/search/conversations?query=order&pageLimit=5"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray data = reply.data().toArray();
        QCOMPARE(data.size(), 5);
        for (const QJsonValue &hit : data) {
            const QJsonObject object = hit.toObject();
            QVERIFY(object.value(u"id"_s).toInteger() > 0);
            QVERIFY(!object.value(u"highlights"_s).toObject().isEmpty());
            QCOMPARE(object.value(u"innerHits"_s).toArray(), QJsonArray());
        }
        const QString next = reply.object().value(u"meta"_s).toObject().value(u"next"_s).toString();
        QVERIFY2(next.startsWith(QLatin1String("/v1/search/conversations/?query=order&pageKey=")),
                 qPrintable(next));
        const auto second = m_sandbox->get(next);
        QCOMPARE(second.status, 200);
        QVERIFY(second.data().toArray().first().toObject().value(u"id"_s).toInteger() <
                data.last().toObject().value(u"id"_s).toInteger());

        const auto missing = m_sandbox->get(u"/v1/search/conversations"_s);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.object().value(u"message"_s).toString(),
                 u"Invalid value for: query parameter query"_s);
        QCOMPARE(m_sandbox->get(u"/v1/search/conversations?query="_s).status, 400);
        const auto badFlag = m_sandbox->get(u"/v1/search/conversations?query=x&exactMatch=maybe"_s);
        QCOMPARE(badFlag.status, 400);
        QCOMPARE(badFlag.object().value(u"message"_s).toString(),
                 u"Invalid value for: query parameter exactMatch"_s);
    }

    void rejectsBadRequests_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        const QString path = u"/v1/search/conversations"_s;
        // A body with one condition on `fieldJson`.
        const auto one = [](const char *fieldJson) -> QByteArray {
            return QByteArray(R"({"filters":{"strategy":"All","conditions":[{"field":)") +
                   fieldJson + "}]}}";
        };
        QTest::newRow("bad strategy") << path << QByteArray(R"({"filters":{"strategy":"Some"}})");
        QTest::newRow("no strategy") << path << QByteArray(R"({"filters":{"conditions":[]}})");
        QTest::newRow("operator not allowed for the field")
            << path << one(R"({"_type":"AgentId","operator":{"_type":"IncludesOne"}})");
        QTest::newRow("unknown operator")
            << path << one(R"({"_type":"TagId","operator":{"_type":"Contains"}})");
        QTest::newRow("unknown field")
            << path << one(R"({"_type":"Mood","operator":{"_type":"IsEmpty"}})");
        QTest::newRow("status in the wrong case")
            << path
            << one(R"({"_type":"Status","operator":{"_type":"IsOneOf","values":["Open"]}})");
        QTest::newRow("conversation id not a number")
            << path
            << one(R"({"_type":"ConversationId","operator":{"_type":"IsOneOf","values":["abc"]}})");
        QTest::newRow("timestamp not a date")
            << path
            << one(R"({"_type":"CreationDate","operator":{"_type":"Since","timestamp":"soon"}})");
        QTest::newRow("query without value") << path << QByteArray(R"({"query":{}})");
        QTest::newRow("not JSON") << path << QByteArray("{filters:");
        QTest::newRow("pageLimit zero") << path + u"?pageLimit=0"_s << QByteArray();
        QTest::newRow("pageLimit too big") << path + u"?pageLimit=501"_s << QByteArray();
        QTest::newRow("pageKey garbage") << path + u"?pageKey=%%%"_s << QByteArray();
    }

    void rejectsBadRequests()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const auto reply = m_sandbox->send("POST", path, body);
        QCOMPARE(reply.status, 400);
        const QString message = reply.object().value(u"message"_s).toString();
        QVERIFY2(message.startsWith(QLatin1String("Invalid value for: ")), qPrintable(message));
    }

    // Runs last: it changes a conversation the other tests' expectations were built from.
    void lastMessageFollowsAWrittenMessage()
    {
        const qint64 since = QDateTime::currentMSecsSinceEpoch() - 60 * 1000;
        const Conv *target = nullptr;
        for (const Conv &c : m_all) {
            if (c.str("channel") == QLatin1String("Email") &&
                c.str("state") == QLatin1String("Open") &&
                epochMs(c.str("stateUpdatedAt")).value_or(since) < since) {
                target = &c;
                break;
            }
        }
        QVERIFY(target);
        const QJsonObject body = filters(
            {field(u"ConversationId"_s, op(u"IsOneOf"_s, strings({QString::number(target->id)}))),
             field(u"LastMessage"_s,
                   QJsonObject{{u"_type"_s, u"Since"_s}, {u"timestamp"_s, iso(since)}})});
        const auto before = walk(body);
        QVERIFY2(before, qPrintable(m_why));
        QVERIFY(before->isEmpty());
        const auto added =
            m_sandbox->post(u"/v1/conversations/%1/messages"_s.arg(target->id),
                            QJsonObject{{u"_type"_s, u"Inbound"_s},
                                        {u"content"_s, QJsonObject{{u"value"_s, u"Any news?"_s},
                                                                   {u"_type"_s, u"Text"_s}}}});
        QCOMPARE(added.status, 200);
        const auto after = walk(body);
        QVERIFY2(after, qPrintable(m_why));
        QCOMPARE(*after, QList<qint64>{target->id});
    }
};

QTEST_GUILESS_MAIN(TestSearchRoutes)
#include "tst_searchroutes.moc"
