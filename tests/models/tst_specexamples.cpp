// Every example payload of Dixa's OpenAPI document and of the seed pages, for the endpoints the
// console uses, decodes with its entity and encodes back to exactly the same JSON. The payloads
// and their manifest are extracted by tests/data/extract-examples.py.

#include "entities/activitylog.h"
#include "entities/agent.h"
#include "entities/agentinput.h"
#include "entities/anonymization.h"
#include "entities/bulkoutcome.h"
#include "entities/conversation.h"
#include "entities/conversationinput.h"
#include "entities/createconversationinput.h"
#include "entities/customattribute.h"
#include "entities/enduser.h"
#include "entities/enduserinput.h"
#include "entities/envelope.h"
#include "entities/errorresponse.h"
#include "entities/message.h"
#include "entities/messageinput.h"
#include "entities/note.h"
#include "entities/organization.h"
#include "entities/presence.h"
#include "entities/queue.h"
#include "entities/queueavailability.h"
#include "entities/queueinput.h"
#include "entities/rating.h"
#include "entities/search.h"
#include "entities/searchinput.h"
#include "entities/tag.h"
#include "entities/team.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Dixa;

namespace {

// Decodes `json` as T in the given shape and encodes it again; `error` gets the decode error.
template<class T>
QJsonValue roundTrip(const QJsonValue &json, const QString &shape, QString *error)
{
    const auto run = [&]<class U>() -> QJsonValue {
        JsonReader reader;
        const std::optional<U> value = JsonCodec<U>::decode(json, reader);
        if (reader.failed() || !value) {
            *error = reader.failed() ? reader.errorMessage() : QStringLiteral("no value");
            return {};
        }
        return JsonCodec<U>::encode(*value);
    };
    if (shape == u"object")
        return run.template operator()<T>();
    if (shape == u"array")
        return run.template operator()<QList<T>>();
    if (shape == u"data")
        return run.template operator()<Envelope<T>>();
    if (shape == u"dataList")
        return run.template operator()<Envelope<QList<T>>>();
    *error = QStringLiteral("unknown shape %1").arg(shape);
    return {};
}

using RoundTrip = QJsonValue (*)(const QJsonValue &, const QString &, QString *);

// The manifest's entity names and the C++ types they decode as.
const QHash<QString, RoundTrip> &codecs()
{
    static const QHash<QString, RoundTrip> table = {
        {QStringLiteral("ActivityLogEntry"), &roundTrip<ActivityLogEntry>},
        {QStringLiteral("Agent"), &roundTrip<Agent>},
        {QStringLiteral("AgentIdsInput"), &roundTrip<AgentIdsInput>},
        {QStringLiteral("AgentOutcome"), &roundTrip<AgentOutcome>},
        {QStringLiteral("AnonymizationRequestStatus"), &roundTrip<AnonymizationRequestStatus>},
        {QStringLiteral("BulkPatchAgentInput"), &roundTrip<BulkPatchAgentInput>},
        {QStringLiteral("BulkPatchEndUserInput"), &roundTrip<BulkPatchEndUserInput>},
        {QStringLiteral("BulkUpdateAgentInput"), &roundTrip<BulkUpdateAgentInput>},
        {QStringLiteral("BulkUpdateEndUserInput"), &roundTrip<BulkUpdateEndUserInput>},
        {QStringLiteral("ChannelAvailabilityOutcome"), &roundTrip<ChannelAvailabilityOutcome>},
        {QStringLiteral("ClaimConversationInput"), &roundTrip<ClaimConversationInput>},
        {QStringLiteral("CloseConversationInput"), &roundTrip<CloseConversationInput>},
        {QStringLiteral("Conversation"), &roundTrip<Conversation>},
        {QStringLiteral("ConversationRating"), &roundTrip<ConversationRating>},
        {QStringLiteral("CreateAgentInput"), &roundTrip<CreateAgentInput>},
        {QStringLiteral("CreateConversationInput"), &roundTrip<CreateConversationInput>},
        {QStringLiteral("CreateEndUserInput"), &roundTrip<CreateEndUserInput>},
        {QStringLiteral("CreateInternalNoteInput"), &roundTrip<CreateInternalNoteInput>},
        {QStringLiteral("CreateMessageInput"), &roundTrip<CreateMessageInput>},
        {QStringLiteral("CreateQueueInput"), &roundTrip<CreateQueueInput>},
        {QStringLiteral("CreateTagInput"), &roundTrip<CreateTagInput>},
        {QStringLiteral("CreateTeamInput"), &roundTrip<CreateTeamInput>},
        {QStringLiteral("CreatedConversation"), &roundTrip<CreatedConversation>},
        {QStringLiteral("CreateMessageOutput"), &roundTrip<CreateMessageOutput>},
        {QStringLiteral("CustomAttribute"), &roundTrip<CustomAttribute>},
        {QStringLiteral("CustomAttributeDefinition"), &roundTrip<CustomAttributeDefinition>},
        {QStringLiteral("CustomAttributeValuesInput"), &roundTrip<CustomAttributeValuesInput>},
        {QStringLiteral("EndUser"), &roundTrip<EndUser>},
        {QStringLiteral("EndUserOutcome"), &roundTrip<EndUserOutcome>},
        {QStringLiteral("ErrorResponse"), &roundTrip<ErrorResponse>},
        {QStringLiteral("FollowupConversationInput"), &roundTrip<FollowupConversationInput>},
        {QStringLiteral("IdOutcome"), &roundTrip<IdOutcome>},
        {QStringLiteral("InternalNote"), &roundTrip<InternalNote>},
        {QStringLiteral("LinkConversationInput"), &roundTrip<LinkConversationInput>},
        {QStringLiteral("Message"), &roundTrip<Message>},
        {QStringLiteral("NoteOutcome"), &roundTrip<NoteOutcome>},
        {QStringLiteral("Organization"), &roundTrip<Organization>},
        {QStringLiteral("PatchAgentInput"), &roundTrip<PatchAgentInput>},
        {QStringLiteral("PatchEndUserInput"), &roundTrip<PatchEndUserInput>},
        {QStringLiteral("Queue"), &roundTrip<Queue>},
        {QStringLiteral("QueueMember"), &roundTrip<QueueMember>},
        {QStringLiteral("QueuePosition"), &roundTrip<QueuePosition>},
        {QStringLiteral("ReopenConversationInput"), &roundTrip<ReopenConversationInput>},
        {QStringLiteral("SearchHit"), &roundTrip<SearchHit>},
        {QStringLiteral("SearchParametersInput"), &roundTrip<SearchParametersInput>},
        {QStringLiteral("Tag"), &roundTrip<Tag>},
        {QStringLiteral("TagNameInput"), &roundTrip<TagNameInput>},
        {QStringLiteral("Team"), &roundTrip<Team>},
        {QStringLiteral("TeamMember"), &roundTrip<TeamMember>},
        {QStringLiteral("TransferConversationInput"), &roundTrip<TransferConversationInput>},
        {QStringLiteral("UpdateAgentInput"), &roundTrip<UpdateAgentInput>},
        {QStringLiteral("UpdateEndUserInput"), &roundTrip<UpdateEndUserInput>},
        {QStringLiteral("UserPresence"), &roundTrip<UserPresence>},
        {QStringLiteral("WorkingChannelInput"), &roundTrip<WorkingChannelInput>},
    };
    return table;
}

// Where the first difference between two JSON values is ("" when equal).
QString firstDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    const QString here = path.isEmpty() ? QStringLiteral("(root)") : path;
    if (expected.type() != actual.type())
        return here;
    if (expected.isObject()) {
        const QJsonObject a = expected.toObject();
        const QJsonObject b = actual.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        for (const QString &key : keys) {
            if (!a.contains(key) || !b.contains(key))
                return QString(path + u'.' + key);
            const QString inner =
                firstDifference(a.value(key), b.value(key), QString(path + u'.' + key));
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray a = expected.toArray();
        const QJsonArray b = actual.toArray();
        if (a.size() != b.size())
            return here;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString inner =
                firstDifference(a.at(i), b.at(i), QString(path + u'[' + QString::number(i) + u']'));
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    return expected == actual ? QString() : here;
}

QString examplesDir()
{
    const QString fromEnvironment = qEnvironmentVariable("DIXA_TEST_DATA");
    if (!fromEnvironment.isEmpty())
        return QString(fromEnvironment + u"/examples");
    const QString manifest = QFINDTESTDATA("../data/examples/manifest.json");
    return manifest.isEmpty() ? QString() : manifest.left(manifest.lastIndexOf(u'/'));
}

QJsonValue readJson(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return {};
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

// Runs every example of the manifest through its entity.
class TestSpecExamples final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manifestCoversTheExamples();
    void examplesRoundTrip_data();
    void examplesRoundTrip();

private:
    QString m_dir;
    QJsonArray m_manifest;
};

void TestSpecExamples::initTestCase()
{
    m_dir = examplesDir();
    QVERIFY2(!m_dir.isEmpty(), "tests/data/examples not found (set DIXA_TEST_DATA)");
    QString error;
    m_manifest = readJson(QString(m_dir + u"/manifest.json"), &error).toArray();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSpecExamples::manifestCoversTheExamples()
{
    qsizetype occurrences = 0;
    QSet<QString> entities;
    for (const QJsonValue &entry : std::as_const(m_manifest)) {
        occurrences += entry[u"sources"].toArray().size();
        entities.insert(entry[u"entity"].toString());
    }
    qInfo("%lld distinct example files, %lld examples (spec and seeds), %lld entities",
          static_cast<long long>(m_manifest.size()), static_cast<long long>(occurrences),
          static_cast<long long>(entities.size()));
    // The spec alone has over 300 examples for the console's endpoints; a short manifest means
    // the extraction broke.
    QVERIFY(m_manifest.size() >= 100);
    QVERIFY(occurrences >= 300);
    for (const QString &entity : std::as_const(entities))
        QVERIFY2(codecs().contains(entity), qPrintable(entity));
}

void TestSpecExamples::examplesRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("shape");
    for (const QJsonValue &entry : std::as_const(m_manifest)) {
        const QString file = entry[u"file"].toString();
        QTest::newRow(qPrintable(file))
            << file << entry[u"entity"].toString() << entry[u"shape"].toString();
    }
}

void TestSpecExamples::examplesRoundTrip()
{
    QFETCH(QString, file);
    QFETCH(QString, entity);
    QFETCH(QString, shape);

    QString error;
    const QJsonValue json = readJson(QString(m_dir + u'/' + file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const RoundTrip codec = codecs().value(entity);
    QVERIFY2(codec, qPrintable(QStringLiteral("no codec for %1").arg(entity)));

    const QJsonValue encoded = codec(json, shape, &error);
    QVERIFY2(error.isEmpty(),
             qPrintable(QStringLiteral("%1 as %2 (%3): %4").arg(file, entity, shape, error)));
    const QString difference = firstDifference(json, encoded, QString());
    QVERIFY2(
        difference.isEmpty(),
        qPrintable(QStringLiteral("%1 does not round-trip at %2:\n%3")
                       .arg(file, difference,
                            QString::fromUtf8(encoded.isArray()
                                                  ? QJsonDocument(encoded.toArray()).toJson()
                                                  : QJsonDocument(encoded.toObject()).toJson()))));
    QCOMPARE(encoded, json);
}

QTEST_GUILESS_MAIN(TestSpecExamples)
#include "tst_specexamples.moc"
