// dixa-sandbox: the Dixa-compatible sandbox as a command-line server.
#include "sandboxhost.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

// Only write() is safe inside a signal handler; the event loop reads the pipe and quits.
void writeSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, writeSignal);
    std::signal(SIGTERM, writeSignal);
}
} // namespace
#else
namespace {
void quitOnTerminationSignals(QCoreApplication &) {}
} // namespace
#endif

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dixa-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIXA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local Dixa-compatible API server with a seeded demo organisation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port on 127.0.0.1 (0 picks a free one)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the demo organisation and of faults."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QStringLiteral("Size of the organisation: 1 = 3,000 conversations, 30 = ~100,000."),
        QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay added to every answer."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption faultRate(
        QStringLiteral("fault-rate"),
        QStringLiteral("Share of requests (0 to 1) that fail in a random way."),
        QStringLiteral("p"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests per second per API key before 429 (0 = no limit)."),
        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
                                    QStringLiteral("API key to accept (default: a random one)."),
                                    QStringLiteral("key"));
    const QCommandLineOption anonymizeDelay(
        QStringLiteral("anonymize-delay-ms"),
        QStringLiteral("Time before an anonymization request is processed."), QStringLiteral("ms"),
        QStringLiteral("1500"));
    parser.addOptions({port, seed, scale, latency, faultRate, rateLimit, apiKey, anonymizeDelay});
    parser.process(app);

    QTextStream err(stderr);
    SandboxOptions options;
    bool ok = true;
    bool all = true;
    options.port = quint16(parser.value(port).toUInt(&ok));
    all &= ok;
    options.seed = parser.value(seed).toUInt(&ok);
    all &= ok;
    options.scale = parser.value(scale).toDouble(&ok);
    all &= ok && options.scale > 0 && options.scale <= 200;
    options.latencyMs = parser.value(latency).toInt(&ok);
    all &= ok && options.latencyMs >= 0;
    options.faultRate = parser.value(faultRate).toDouble(&ok);
    all &= ok && options.faultRate >= 0 && options.faultRate <= 1;
    options.rateLimit = parser.value(rateLimit).toInt(&ok);
    all &= ok && options.rateLimit >= 0;
    options.anonymizeDelayMs = parser.value(anonymizeDelay).toInt(&ok);
    all &= ok && options.anonymizeDelayMs >= 0;
    options.apiKey = parser.value(apiKey);
    if (!all) {
        err << "dixa-sandbox: an option has a value out of range; see --help\n";
        return 2;
    }

    SandboxHost host(options);
    if (!host.startAndWait()) {
        err << "dixa-sandbox: cannot listen: " << host.errorString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "Dixa sandbox listening on " << host.url().toString() << '\n'
        << "API key: " << host.apiKey() << '\n'
        << "Try: curl -H 'Authorization: " << host.apiKey() << "' " << host.url().toString()
        << "/v1/agents?pageLimit=5\n";
    out.flush();

    quitOnTerminationSignals(app);
    return app.exec();
}
