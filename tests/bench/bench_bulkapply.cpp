#include "api/dixaapi.h"
#include "api/dixaclient.h"
#include "grid/bulkapplier.h"
#include "grid/endusergridmodel.h"
#include "sandboxfixture.h"
#include "spec/speccatalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

// How long applying 1,000 staged end users takes against the in-process sandbox with Dixa's rate
// limit on both sides (the sandbox allows 10 requests a second per key, the client paces itself
// to 10 a second with bursts of 4), for several chunk sizes. Each run changes every user's first
// name, so every item is a real update. Wall time is what a supervisor waits for.
// Usage: bench_bulkapply [chunk size...]   (default: 10 25 50 100 250 1000)
namespace {
struct Run
{
    qint64 ms = 0;
    int requests = 0;
    int rateLimited = 0;
    BulkApplier::Summary summary;
};

Run applyAll(SandboxFixture &sandbox, EndUserGridModel &model, int chunkSize)
{
    const int column = model.columnOf(QStringLiteral("firstName"));
    QList<CellEdit> edits;
    edits.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        edits.append(
            {model.idAt(row), column, QStringLiteral("Bench %1 %2").arg(chunkSize).arg(row)});
    model.applyEdits(edits);
    sandbox.clearRequestLog();

    BulkApplier applier(model);
    applier.setChunkSize(chunkSize);
    QSignalSpy finished(&applier, &BulkApplier::finished);
    Run run;
    QElapsedTimer timer;
    timer.start();
    applier.apply();
    finished.wait(600000);
    run.ms = timer.elapsed();
    if (!finished.isEmpty())
        run.summary = finished.at(0).at(0).value<BulkApplier::Summary>();
    for (const QJsonValue &entry : sandbox.requestLog()) {
        if (entry[QStringLiteral("method")].toString() != QLatin1String("PUT"))
            continue;
        ++run.requests;
        if (entry[QStringLiteral("status")].toInt() == 429)
            ++run.rateLimited;
    }
    return run;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &argument : app.arguments().mid(1))
        sizes.append(qMax(1, argument.toInt()));
    if (sizes.isEmpty())
        sizes = {10, 25, 50, 100, 250, 1000};

    SandboxOptions options = SandboxFixture::defaultOptions();
    options.rateLimit = 10;
    SandboxFixture sandbox(options);
    ApiEndpoint endpoint;
    endpoint.baseUrl = sandbox.baseUrl();
    endpoint.apiKey = sandbox.apiKey();
    DixaClient client(sandbox.network(), endpoint, DixaClient::Options{}); // 10/s, burst 4
    DixaApi api(client);
    SpecCatalog spec;
    EndUserGridModel model(api, spec);
    model.setPageLimit(100);

    QElapsedTimer timer;
    timer.start();
    model.loadAll();
    if (!QTest::qWaitFor([&] { return model.atEnd(); }, 120000) || model.rowCount() != 1000) {
        std::fprintf(stderr, "could not load the end users (%d rows)\n", model.rowCount());
        return 1;
    }
    std::printf("loaded %d end users in %lld ms (pages of 100)\n", model.rowCount(),
                timer.elapsed());

    for (int size : std::as_const(sizes)) {
        const Run run = applyAll(sandbox, model, size);
        std::printf("chunk %5d: %4d PUTs (%d answered 429), %4d saved, %d failed in %6lld ms "
                    "(%.1f users/s)\n",
                    size, run.requests, run.rateLimited, run.summary.succeeded, run.summary.failed,
                    run.ms, run.ms > 0 ? 1000.0 * run.summary.succeeded / double(run.ms) : 0.0);
        std::fflush(stdout);
    }
    return 0;
}
