// The typed-call machinery of DixaApi: decoding (envelope, bare body, pages, nothing) with the
// JSON path of a mismatch, then() bound to a context, cancel, error outcomes over real HTTP, and
// percent-encoded path ids.
#include "tst_dixaapi_fixture.h"

#include <QJsonDocument>

class TestDixaApiMachinery : public DixaApiTest
{
    Q_OBJECT

    static ApiResult answer(const QByteArray &json)
    {
        ApiResult result;
        result.httpStatus = 200;
        const QJsonDocument document = QJsonDocument::fromJson(json);
        result.body =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const QJsonValue data = result.body.toObject().value(u"data"_s);
        if (data.isArray())
            result.items = data.toArray();
        result.nextPage =
            result.body.toObject().value(u"meta"_s).toObject().value(u"next"_s).toString();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isRunning());
        startClient();
    }

    void init() { resetSandbox(); }

    void decodesTheDataEnvelope()
    {
        const auto outcome = ApiDecode::fromData<Dixa::Tag>(
            answer(R"({"data": {"id": "t1", "name": "VIP", "state": "Active"}})"));
        DIXA_VERIFY_OK(outcome);
        QCOMPARE(outcome->id, u"t1"_s);
        QCOMPARE(outcome->name, u"VIP"_s);
        QCOMPARE(outcome.raw.httpStatus, 200);
    }

    void decodeErrorsNameTheJsonPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detail");
        QTest::newRow("mistyped member")
            << QByteArray(R"({"data": {"id": 5, "name": "VIP", "state": "Active"}})")
            << u"data.id: expected a string"_s;
        QTest::newRow("missing data")
            << QByteArray(R"({"meta": {}})") << u"data: required member is missing"_s;
        QTest::newRow("not an object") << QByteArray(R"([1, 2])") << u"expected an object"_s;
        QTest::newRow("list item")
            << QByteArray(
                   R"({"data": [{"id": "a", "name": "A", "state": "Active"}, {"id": "b", "state": "Active"}]})")
            << u"data[1].name: required member is missing"_s;
    }

    void decodeErrorsNameTheJsonPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, detail);
        const ApiResult result = answer(json);
        const ApiError error = json.contains("[{")
                                   ? ApiDecode::fromData<QList<Dixa::Tag>>(result).error
                                   : ApiDecode::fromData<Dixa::Tag>(result).error;
        QCOMPARE(error.kind, ApiError::Kind::Decode);
        QCOMPARE(error.detail, detail);
        QVERIFY(error.message().contains(detail));
    }

    void decodesBareBodiesPagesAndNothing()
    {
        const auto bare = ApiDecode::fromBody<QList<Dixa::Team>>(
            answer(R"([{"id": "a"}, {"id": "b", "name": "B"}])"));
        DIXA_VERIFY_OK(bare);
        QCOMPARE(bare->size(), 2);
        QCOMPARE(bare->at(1).name, std::optional<QString>(u"B"_s));

        const auto page = ApiDecode::fromPage<Dixa::Team>(
            answer(R"({"data": [{"id": "a"}], "meta": {"next": "/v1/teams?pageKey=x"}})"));
        DIXA_VERIFY_OK(page);
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->nextPage, u"/v1/teams?pageKey=x"_s);
        QVERIFY(page->hasNext());

        const auto notAList = ApiDecode::fromPage<Dixa::Team>(answer(R"({"data": {"id": "a"}})"));
        QCOMPARE(notAList.error.kind, ApiError::Kind::Decode);
        QCOMPARE(notAList.error.detail, u"data: expected an array"_s);

        ApiResult empty;
        empty.httpStatus = 204;
        QVERIFY(ApiDecode::nothing(empty).ok());
    }

    void httpErrorsPassThroughUndecoded()
    {
        ApiResult failed;
        failed.httpStatus = 404;
        failed.error = ApiError::fromHttpStatus(404, u"Gone"_s);
        failed.body = QJsonObject{{u"message"_s, u"Gone"_s}};
        const auto outcome = ApiDecode::fromData<Dixa::Tag>(failed);
        QCOMPARE(outcome.error.kind, ApiError::Kind::NotFound);
        QVERIFY(!outcome.value);
        QVERIFY(!ApiDecode::nothing(failed).ok());
    }

    void notFoundCarriesTheServersMessage()
    {
        const auto outcome = await(m_api->conversation(987654321));
        QCOMPARE(outcome.error.kind, ApiError::Kind::NotFound);
        QCOMPARE(outcome.error.serverMessage, u"The requested resource could not be found"_s);
        QCOMPARE(outcome.raw.httpStatus, 404);
        QVERIFY(!outcome.value);
        QCOMPARE(lastCall(), u"GET /v1/conversations/987654321"_s);
    }

    void badRequestCarriesTheReason()
    {
        Dixa::TransferConversationInput input;
        input.queueId = randomUuid();
        const auto outcome = await(m_api->transfer(1, input));
        QCOMPARE(outcome.error.kind, ApiError::Kind::BadRequest);
        QCOMPARE(outcome.error.serverMessage, u"Queue does not exist"_s);
        QVERIFY(outcome.error.message().contains(u"Queue does not exist"_s));
    }

    void malformedJsonIsADecodeError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("malformed") << u"malformed-json"_s;
        QTest::newRow("truncated") << u"truncated-json"_s;
    }

    void malformedJsonIsADecodeError()
    {
        QFETCH(QString, kind);
        QVERIFY(m_sandbox.setFaults(
            QJsonObject{{u"script"_s, QJsonArray{QJsonObject{{u"kind"_s, kind},
                                                             {u"method"_s, u"GET"_s},
                                                             {u"path"_s, u"/conversations/5"_s},
                                                             {u"count"_s, 1}}}}}));
        const auto outcome = await(m_api->conversation(5));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Decode);
        QVERIFY(outcome.error.detail.contains(u"not valid JSON"_s));
        // The next answer is sound again.
        DIXA_VERIFY_OK(await(m_api->conversation(5)));
    }

    void wrongShapeOverHttpNamesThePath()
    {
        // GET /teams answers a list: read as one team, "data" is not an object.
        const auto call = ApiCall<Dixa::Team>(m_client->send(ApiRequest::get(u"/teams"_s)),
                                              &ApiDecode::fromData<Dixa::Team>);
        const auto outcome = await(call);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Decode);
        QCOMPARE(outcome.error.detail, u"data: expected an object"_s);
        QCOMPARE(outcome.raw.httpStatus, 200);
    }

    void handlerDiesWithItsContext()
    {
        bool called = false;
        auto context = std::make_unique<QObject>();
        const auto call = m_api->organization();
        call.then(context.get(),
                  [&called](const ApiOutcome<Dixa::Organization> &) { called = true; });
        context.reset();
        // A second handler on a live context sees the same call end.
        DIXA_VERIFY_OK(await(call));
        QVERIFY(!called);
    }

    void handlerAttachedLateStillGetsTheResult()
    {
        const auto call = m_api->organization();
        QPointer<ApiJob> job = call.job();
        QVERIFY(job);
        bool finished = false;
        QObject context;
        connect(job.data(), &ApiJob::finished, &context, [&finished] { finished = true; });
        QTRY_VERIFY(finished);
        if (job) { // finished but not yet deleted: then() replays its result
            const auto outcome = await(call);
            DIXA_VERIFY_OK(outcome);
            QCOMPARE(outcome->id, served(u"/organization"_s).toObject().value(u"id"_s).toString());
        }
        QTRY_VERIFY(!job);
        // Once the job is gone there is nothing to replay.
        QCOMPARE(await(call).error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(await(ApiCall<Done>()).error.kind, ApiError::Kind::Cancelled);
    }

    void cancelEndsTheCall()
    {
        const auto call = m_api->allEndUsers({}, 5);
        call.cancel();
        const auto outcome = await(call);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(calls().size() <= 1);
    }

    void pathIdsArePercentEncoded()
    {
        QCOMPARE(DixaApi::segment(u"a/b c?d"_s), u"a%2Fb%20c%3Fd"_s);
        QCOMPARE(DixaApi::segment(u"434ce9f5-14c8-4be1-a0a8-f755010deb9b"_s),
                 u"434ce9f5-14c8-4be1-a0a8-f755010deb9b"_s);
        QCOMPARE(DixaApi::segment(qint64(42)), u"42"_s);
        const QString userId = idOf(served(u"/endusers?pageLimit=1"_s).toArray().first());
        // An id cannot reach another route: this is one (unknown) user, not a conversation list.
        const auto call = m_api->endUser(userId + u"/conversations"_s);
        QCOMPARE(call.job()->request().path, u"/endusers/"_s + userId + u"%2Fconversations"_s);
        const auto outcome = await(call);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.kind != ApiError::Kind::Decode, qPrintable(outcome.error.message()));
    }
};

QTEST_GUILESS_MAIN(TestDixaApiMachinery)
#include "tst_dixaapi_machinery.moc"
