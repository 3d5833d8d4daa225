// The models layer's reading of the spec schemas: what forms mark as required, and what is refused
// before anything is sent.
#include "spec/speccatalog.h"

#include <QJsonArray>
#include <QTest>

class TestSpecCatalog : public QObject
{
    Q_OBJECT

private:
    SpecCatalog m_catalog;

    QStringList paths(const QString &schema, const QJsonValue &value) const
    {
        QStringList result;
        for (const SpecViolation &violation : m_catalog.validate(schema, value))
            result.append(violation.path + QStringLiteral(": ") + violation.reason);
        return result;
    }

private Q_SLOTS:
    void readsRequiredFieldsInFileOrder()
    {
        QVERIFY(m_catalog.contains(QStringLiteral("ClaimConversationInput")));
        QCOMPARE(m_catalog.requiredFields(QStringLiteral("ClaimConversationInput")),
                 QStringList{QStringLiteral("agentId")});
        QCOMPARE(m_catalog.requiredFields(QStringLiteral("TransferConversationInput")),
                 QStringList{QStringLiteral("queueId")});
        QCOMPARE(m_catalog.requiredFields(QStringLiteral("CreateInternalNoteInput")),
                 QStringList{QStringLiteral("message")});
        const QList<SpecField> fields = m_catalog.fields(QStringLiteral("ClaimConversationInput"));
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).name, QStringLiteral("agentId"));
        QCOMPARE(fields.at(0).pick, QStringLiteral("agent"));
        QCOMPARE(fields.at(0).format, QStringLiteral("uuid"));
        QVERIFY(fields.at(0).required);
        QVERIFY(!fields.at(0).title.isEmpty());
        QCOMPARE(fields.at(1).type, QStringLiteral("boolean"));
        QVERIFY(!fields.at(1).required);
    }

    void knowsTheVariantsOfANewConversation()
    {
        const auto variants = m_catalog.variants(QStringLiteral("CreateConversationInput"));
        QCOMPARE(variants.size(), 5);
        QVERIFY(variants.contains(QStringLiteral("Email")));
        const QStringList email = m_catalog.requiredFields(variants.value(QStringLiteral("Email")));
        QVERIFY(email.contains(QStringLiteral("subject")));
        QVERIFY(email.contains(QStringLiteral("requesterId")));
        QCOMPARE(
            m_catalog.field(variants.value(QStringLiteral("Email")), QStringLiteral("requesterId"))
                .pick,
            QStringLiteral("endUser"));
    }

    void refusesWhatDixaWouldRefuse()
    {
        QVERIFY(paths(QStringLiteral("ClaimConversationInput"), QJsonObject())
                    .contains(QStringLiteral("agentId: is required")));
        QVERIFY(paths(QStringLiteral("ClaimConversationInput"),
                      QJsonObject{{QStringLiteral("agentId"), QStringLiteral("bob")}})
                    .contains(QStringLiteral("agentId: must be an id (uuid)")));
        QVERIFY(paths(QStringLiteral("ClaimConversationInput"),
                      QJsonObject{{QStringLiteral("agentId"),
                                   QStringLiteral("0e4d0ead-dc69-470a-9b3a-e7eb16a56453")}})
                    .isEmpty());
        // A blank required text counts as missing: a note of spaces is no note.
        QVERIFY(paths(QStringLiteral("CreateInternalNoteInput"),
                      QJsonObject{{QStringLiteral("message"), QStringLiteral("   ")}})
                    .contains(QStringLiteral("message: is required")));
        QVERIFY(!paths(QStringLiteral("CreateConversationInput"),
                       QJsonObject{{QStringLiteral("_type"), QStringLiteral("Fax")}})
                     .isEmpty());
        const QStringList duplicate =
            paths(QStringLiteral("UpdateEndUserInput"),
                  QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Ada")},
                              {QStringLiteral("additionalEmails"),
                               QJsonArray{QStringLiteral("a@b.c"), QStringLiteral("a@b.c")}}});
        QCOMPARE(duplicate.size(), 1);
        QVERIFY(duplicate.first().startsWith(QStringLiteral("additionalEmails: lists")));
    }

    void namesThePathInsideLists()
    {
        const QStringList problems = paths(
            QStringLiteral("BulkUpdateEndUsersInput"),
            QJsonObject{
                {QStringLiteral("data"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("id"),
                                  QStringLiteral("d4826125-559f-496f-ad71-a0340f0cae06")},
                                 {QStringLiteral("displayName"), QStringLiteral("A")}},
                     QJsonObject{{QStringLiteral("id"),
                                  QStringLiteral("d4826125-559f-496f-ad71-a0340f0cae07")}}}}});
        QCOMPARE(problems, QStringList{QStringLiteral("data[1].displayName: is required")});
    }
};

QTEST_GUILESS_MAIN(TestSpecCatalog)
#include "tst_speccatalog.moc"
