// How soon the triage list shows conversations after the console connects, against the embedded
// sandbox with Dixa's rate limit (10 requests a second per key) on both sides, as the app runs:
// the search page (ids), the first row with its details, and a whole first page of details.
// Usage: bench_triagestartup [page size, default 50] [runs, default 3]
#include "items/conversationlistmodel.h"
#include "sandboxhost.h"
#include "session/workspace.h"
#include "views/conversationview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTextStream>

namespace {
struct Figures
{
    qint64 idsMs = -1;
    qint64 firstDetailsMs = -1;
    qint64 pageDetailsMs = -1;
    qint64 requests = 0;
};

bool hasDetails(const ConversationListModel &list, int row)
{
    return !list.row(row).has(ConversationRow::Loading);
}

Figures measure(SandboxHost &host, int pageSize)
{
    QNetworkAccessManager network;
    ApiEndpoint endpoint;
    endpoint.baseUrl = host.url();
    endpoint.apiKey = host.apiKey();
    endpoint.isSandbox = true;
    Workspace workspace(network, endpoint); // the app's own client options: 10/s, burst 4
    ConversationListModel *list = workspace.conversations();
    list->setPageLimit(pageSize);

    Figures figures;
    QElapsedTimer clock;
    clock.start();
    list->setSearch(
        ConversationView::builtIns().constLast().toSearch(QDateTime::currentDateTime()));
    list->fetchMore({});
    if (!QTest::qWaitFor([&] { return list->rowCount() > 0; }, 10000))
        return figures;
    figures.idsMs = clock.elapsed();
    if (!QTest::qWaitFor([&] { return hasDetails(*list, 0); }, 30000))
        return figures;
    figures.firstDetailsMs = clock.elapsed();
    const bool complete = QTest::qWaitFor(
        [&] {
            for (int row = 0; row < list->rowCount(); ++row) {
                if (!hasDetails(*list, row))
                    return false;
            }
            return true;
        },
        120000);
    figures.pageDetailsMs = complete ? clock.elapsed() : -1;
    figures.requests = 1 + 2 * list->rowCount();
    return figures;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pageSize = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3;

    SandboxOptions options;
    options.rateLimit = 10; // as the app starts it, like Dixa
    SandboxHost host(options);
    if (!host.startAndWait()) {
        QTextStream(stderr) << "the sandbox did not start\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "page size " << pageSize << " (the All view), sandbox and client at 10 req/s\n";
    out << "run  ids shown  first row details  whole page details  requests\n";
    for (int run = 1; run <= runs; ++run) {
        // A second apart, so each run starts with the rate limit's bucket refilled.
        QTest::qWait(1500);
        const Figures f = measure(host, pageSize);
        out << run << "    " << f.idsMs << " ms     " << f.firstDetailsMs << " ms             "
            << f.pageDetailsMs << " ms          " << f.requests << "\n";
        out.flush();
    }
    return 0;
}
