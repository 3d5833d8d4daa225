// The sandbox's routes for a conversation's tags, custom attributes and links, over HTTP, with
// the activity each change logs.
#include "conversationroutestest.h"

#include <QJsonArray>
#include <QTest>

using namespace ConversationTest;

class TestConversationDetailRoutes : public ConversationRoutesTest
{
    Q_OBJECT

private:
    QJsonArray m_definitions;

    // A live custom attribute definition for `entityType` (of input type `inputType` if given).
    QJsonObject definition(const QString &entityType, const QString &inputType)
    {
        for (const QJsonValue &value : std::as_const(m_definitions)) {
            const QJsonObject d = value.toObject();
            if (str(d, u"entityType"_s) == entityType && !d.value(u"isArchived"_s).toBool() &&
                (inputType.isEmpty() ||
                 str(d.value(u"inputDefinition"_s).toObject(), u"_type"_s) == inputType))
                return d;
        }
        return {};
    }

    QStringList tagNames(qint64 id)
    {
        QStringList names;
        for (const QJsonValue &tag : m_sandbox.get(path(id, u"/tags"_s)).data().toArray())
            names.append(str(tag.toObject(), u"name"_s));
        return names;
    }

private slots:
    void initTestCase();
    void tagAndUntag();
    void bulkTag();
    void customAttributes();
    void link();
    void linkLimitOfChildren();
};

void TestConversationDetailRoutes::initTestCase()
{
    QVERIFY(loadOrganisation());
    m_definitions = m_sandbox.get(u"/v1/custom-attributes"_s).data().toArray();
    QVERIFY(!m_definitions.isEmpty());
}

void TestConversationDetailRoutes::tagAndUntag()
{
    const qint64 id = createEmail();
    const QString tagName = u"Lifecycle %1"_s.arg(randomUuid().left(8));
    const QString tag = createTag(tagName);
    QVERIFY(!tag.isEmpty());
    const QString tagPath = u"/tags/"_s + tag;

    qsizetype seen = activity(id).size();
    QCOMPARE(m_sandbox.send("PUT", path(id, tagPath)).status, 204);
    QCOMPARE(tagNames(id), QStringList{tagName});
    QCOMPARE(activityTypes(id, seen), QStringList{u"TagAdded"_s});
    QCOMPARE(str(lastEntry(id, u"TagAdded"_s).value(u"attributes"_s).toObject(), u"tag"_s),
             tagName);
    // Tagging twice is harmless.
    QCOMPARE(m_sandbox.send("PUT", path(id, tagPath)).status, 204);
    QCOMPARE(tagNames(id), QStringList{tagName});
    QCOMPARE(activity(id).size(), seen + 1);

    // Only active tags may be added.
    const QString inactiveName = u"Retired %1"_s.arg(randomUuid().left(8));
    const QString inactive = createTag(inactiveName);
    QCOMPARE(m_sandbox.send("PATCH", u"/v1/tags/%1/deactivate"_s.arg(inactive)).status, 204);
    Reply reply = m_sandbox.send("PUT", path(id, u"/tags/"_s + inactive));
    QCOMPARE(reply.status, 400);
    QVERIFY2(messageOf(reply).contains(u"inactive"_s), qPrintable(messageOf(reply)));
    QCOMPARE(tagNames(id), QStringList{tagName});

    QCOMPARE(m_sandbox.send("PUT", path(id, u"/tags/"_s + randomUuid())).status, 404);
    reply = m_sandbox.send("PUT", path(id, u"/tags/not-a-uuid"_s));
    QCOMPARE(reply.status, 400);
    QCOMPARE(messageOf(reply), u"Invalid value for: path parameter tagId"_s);
    QCOMPARE(m_sandbox.send("PUT", path(UnknownId, tagPath)).status, 404);
    QCOMPARE(m_sandbox.get(path(UnknownId, u"/tags"_s)).status, 404);

    // Untag: also a tag that was deactivated after it was added.
    seen = activity(id).size();
    QCOMPARE(m_sandbox.send("PATCH", u"/v1/tags/%1/deactivate"_s.arg(tag)).status, 204);
    QCOMPARE(m_sandbox.del(path(id, tagPath)).status, 204);
    QCOMPARE(tagNames(id), QStringList());
    QCOMPARE(activityTypes(id, seen), QStringList{u"TagRemoved"_s});
    QCOMPARE(str(lastEntry(id, u"TagRemoved"_s).value(u"attributes"_s).toObject(), u"tag"_s),
             tagName);
    QCOMPARE(m_sandbox.del(path(id, tagPath)).status, 204); // not on it any more: nothing to do
    QCOMPARE(activity(id).size(), seen + 1);
    QCOMPARE(m_sandbox.del(path(id, u"/tags/"_s + randomUuid())).status, 404);
    QCOMPARE(m_sandbox.del(path(id, u"/tags/1"_s)).status, 400);
    QCOMPARE(m_sandbox.del(path(UnknownId, tagPath)).status, 404);
}

void TestConversationDetailRoutes::bulkTag()
{
    const qint64 id = createEmail();
    const QString existingName = u"Bulk existing %1"_s.arg(randomUuid().left(8));
    createTag(existingName);
    const QString newName = u"Bulk new %1"_s.arg(randomUuid().left(8));
    const qsizetype seen = activity(id).size();
    const QJsonObject body{{u"data"_s, QJsonArray{QJsonObject{{u"name"_s, existingName.toUpper()}},
                                                  QJsonObject{{u"name"_s, newName}},
                                                  QJsonObject{{u"name"_s, newName}}}}};
    const Reply reply = m_sandbox.post(path(id, u"/tags/bulk"_s), body);
    QCOMPARE(reply.status, 202);
    QVERIFY(reply.body.isEmpty());
    // Dixa applies it asynchronously.
    QTRY_COMPARE(tagNames(id), (QStringList{existingName, newName}));
    QCOMPARE(activityTypes(id, seen), (QStringList{u"TagAdded"_s, u"TagAdded"_s}));
    bool created = false;
    for (const QJsonValue &tag : m_sandbox.get(u"/v1/tags"_s).data().toArray()) {
        if (str(tag.toObject(), u"name"_s) == newName)
            created = str(tag.toObject(), u"state"_s) == u"Active"_s;
    }
    QVERIFY(created);

    QCOMPARE(
        m_sandbox
            .post(path(id, u"/tags/bulk"_s), QJsonObject{{u"data"_s, QJsonArray{QJsonObject()}}})
            .status,
        400);
    QCOMPARE(m_sandbox
                 .post(path(id, u"/tags/bulk"_s),
                       QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"name"_s, u" "_s}}}}})
                 .status,
             400);
    QCOMPARE(m_sandbox.send("POST", path(id, u"/tags/bulk"_s)).status, 400);
    QCOMPARE(m_sandbox.post(path(UnknownId, u"/tags/bulk"_s), body).status, 404);
}

void TestConversationDetailRoutes::customAttributes()
{
    const qint64 id = createEmail();
    const QJsonObject text = definition(u"Conversation"_s, u"Text"_s);
    const QJsonObject select = definition(u"Conversation"_s, u"Select"_s);
    const QJsonObject contact = definition(u"Contact"_s, QString());
    QVERIFY(!text.isEmpty());
    QVERIFY(!select.isEmpty());
    QVERIFY(!contact.isEmpty());
    const QString textId = idOf(text);
    const QString selectId = idOf(select);
    const QJsonObject option = select.value(u"inputDefinition"_s)
                                   .toObject()
                                   .value(u"options"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject();
    const QJsonArray selectValue{str(option, u"value"_s)};
    const QString attributesPath = path(id, u"/custom-attributes"_s);

    Reply reply = m_sandbox.patch(attributesPath,
                                  QJsonObject{{textId, u"012345"_s}, {selectId, selectValue}});
    QCOMPARE(reply.status, 200);
    QJsonArray patched = reply.data().toArray();
    QCOMPARE(patched.size(), 2);
    for (const QJsonValue &value : patched) {
        const QJsonObject attribute = value.toObject();
        const QJsonObject &defined = idOf(attribute) == textId ? text : select;
        QCOMPARE(str(attribute, u"name"_s), str(defined, u"label"_s));
        QCOMPARE(str(attribute, u"identifier"_s), str(defined, u"identifier"_s));
        QCOMPARE(attribute.value(u"value"_s),
                 idOf(attribute) == textId ? QJsonValue(u"012345"_s) : QJsonValue(selectValue));
    }
    const auto valuesOnConversation = [this, id] {
        QJsonObject values;
        for (const QJsonValue &value : conversation(id).value(u"customAttributes"_s).toArray())
            values.insert(idOf(value), value.toObject().value(u"value"_s));
        return values;
    };
    QCOMPARE(valuesOnConversation(), (QJsonObject{{textId, u"012345"_s}, {selectId, selectValue}}));
    QCOMPARE(str(lastEntry(id, u"ConversationCustomAttributesUpdated"_s), u"_type"_s),
             u"ConversationCustomAttributesUpdated"_s);

    // null clears a value.
    reply = m_sandbox.patch(attributesPath, QJsonObject{{textId, QJsonValue::Null}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.data().toArray().size(), 0);
    QCOMPARE(valuesOnConversation(), (QJsonObject{{selectId, selectValue}}));

    const QList<QJsonObject> invalid{
        {{randomUuid(), u"x"_s}},
        {{u"not-a-uuid"_s, u"x"_s}},
        {{idOf(contact), u"x"_s}},
        {{textId, 12}},
        {{textId, QJsonArray{u"a"_s}}},
        {{selectId, u"free text"_s}},
        {{selectId, QJsonArray{u"no such option %1"_s.arg(randomUuid())}}},
        {{textId, u"fine"_s}, {selectId, QJsonArray{}}},
    };
    for (const QJsonObject &body : invalid) {
        reply = m_sandbox.patch(attributesPath, body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(messageOf(reply).startsWith(u"Invalid input for patching"_s),
                 qPrintable(messageOf(reply)));
    }
    // A rejected patch changes nothing, not even its valid entries.
    QCOMPARE(valuesOnConversation(), (QJsonObject{{selectId, selectValue}}));
    QCOMPARE(m_sandbox.send("PATCH", attributesPath, "[1]").status, 400);
    QCOMPARE(m_sandbox.send("PATCH", attributesPath, "nope").status, 400);
    QCOMPARE(
        m_sandbox.patch(path(UnknownId, u"/custom-attributes"_s), QJsonObject{{textId, u"x"_s}})
            .status,
        404);
}

void TestConversationDetailRoutes::link()
{
    const qint64 parent = createEmail(u"Parent"_s);
    const qint64 child = createEmail(u"Side"_s);
    const qint64 related = createEmail(u"Related"_s);
    const qint64 loner = createEmail(u"Loner"_s);
    const auto linkTo = [this](qint64 id, qint64 parentId, const QString &type) {
        return m_sandbox.put(path(id, u"/link"_s),
                             QJsonObject{{u"parentId"_s, parentId}, {u"linkType"_s, type}});
    };
    QCOMPARE(m_sandbox.get(path(parent, u"/linked"_s)).data().toArray(), QJsonArray());

    const qsizetype seen = activity(child).size();
    QCOMPARE(linkTo(child, parent, u"SideConversation"_s).status, 204);
    QCOMPARE(conversation(child).value(u"link"_s).toObject(),
             (QJsonObject{{u"parentId"_s, parent}, {u"_type"_s, u"SideConversation"_s}}));
    QCOMPARE(activityTypes(child, seen), QStringList{u"ConversationLinkedToParent"_s});
    QCOMPARE(
        str(lastEntry(parent, u"ConversationLinkedFromChild"_s).value(u"attributes"_s).toObject(),
            u"linkType"_s),
        u"SideConversation"_s);
    // The request's Related is shown with the nearest ConversationLink variant.
    QCOMPARE(linkTo(related, parent, u"Related"_s).status, 204);
    QCOMPARE(conversation(related).value(u"link"_s).toObject().value(u"_type"_s).toString(),
             u"FollowUp"_s);
    QCOMPARE(linkTo(related, parent, u"Related"_s).status, 204); // same link again

    const QJsonArray linked = m_sandbox.get(path(parent, u"/linked"_s)).data().toArray();
    QCOMPARE(linked.size(), 2);
    QCOMPARE(linked.at(0).toObject().value(u"id"_s).toInteger(), child);
    QCOMPARE(linked.at(1).toObject().value(u"id"_s).toInteger(), related);
    QCOMPARE(str(linked.at(0).toObject(), u"_type"_s), u"EmailConversation"_s);

    Reply reply = linkTo(child, loner, u"SideConversation"_s);
    QCOMPARE(reply.status, 400); // one parent per child
    QVERIFY(messageOf(reply).contains(u"only one parent"_s));
    reply = linkTo(loner, child, u"SideConversation"_s);
    QCOMPARE(reply.status, 400); // a child cannot have children
    QVERIFY(messageOf(reply).contains(u"cannot have child conversations"_s));
    reply = linkTo(parent, loner, u"SideConversation"_s);
    QCOMPARE(reply.status, 400); // nor can a parent become a child
    QVERIFY(messageOf(reply).contains(u"cannot have child conversations"_s));
    QCOMPARE(linkTo(loner, loner, u"Related"_s).status, 400);
    QCOMPARE(linkTo(loner, UnknownId, u"Related"_s).status, 404);
    QCOMPARE(linkTo(UnknownId, parent, u"Related"_s).status, 404);
    QCOMPARE(linkTo(loner, parent, u"Sibling"_s).status, 400);
    QCOMPARE(m_sandbox.put(path(loner, u"/link"_s), QJsonObject{{u"parentId"_s, parent}}).status,
             400);
    QVERIFY(!conversation(loner).contains(u"link"_s));
    QCOMPARE(m_sandbox.get(path(UnknownId, u"/linked"_s)).status, 404);
}

void TestConversationDetailRoutes::linkLimitOfChildren()
{
    const qint64 parent = createEmail(u"Busy parent"_s);
    for (int i = 0; i < 100; ++i) {
        const qint64 child = createEmail(u"Child"_s);
        QCOMPARE(m_sandbox
                     .put(path(child, u"/link"_s),
                          QJsonObject{{u"parentId"_s, parent}, {u"linkType"_s, u"Related"_s}})
                     .status,
                 204);
    }
    const qint64 oneTooMany = createEmail(u"Child"_s);
    const Reply reply =
        m_sandbox.put(path(oneTooMany, u"/link"_s),
                      QJsonObject{{u"parentId"_s, parent}, {u"linkType"_s, u"Related"_s}});
    QCOMPARE(reply.status, 400);
    QVERIFY(messageOf(reply).contains(u"100 child conversations"_s));
    QCOMPARE(m_sandbox.get(path(parent, u"/linked"_s)).data().toArray().size(), 100);
}

QTEST_GUILESS_MAIN(TestConversationDetailRoutes)
#include "tst_conversationdetailroutes.moc"
