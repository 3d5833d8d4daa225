// dixa-supervisor: composition root. Chooses the sandbox or a real organisation, creates the one
// QNetworkAccessManager and hands it to the models layer.
#include "apiendpoint.h"
#include "mainwindow.h"
#include "organizationprobe.h"
#include "sandboxhost.h"
#include "session/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

namespace {
struct StartupChoice
{
    bool sandbox = true;
    ApiEndpoint endpoint;
    QString error;
};

StartupChoice chooseConnection(const QCommandLineParser &parser, const QCommandLineOption &sandbox,
                               const QCommandLineOption &baseUrl,
                               const QCommandLineOption &apiKeyEnv)
{
    StartupChoice choice;
    if (parser.isSet(sandbox) || (!parser.isSet(baseUrl) && !parser.isSet(apiKeyEnv)))
        return choice;
    choice.sandbox = false;
    if (parser.isSet(baseUrl))
        choice.endpoint.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
    const QString variable =
        parser.isSet(apiKeyEnv) ? parser.value(apiKeyEnv) : QStringLiteral("DIXA_API_KEY");
    choice.endpoint.apiKey = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (choice.endpoint.apiKey.isEmpty()) {
        choice.error = QApplication::translate("main", "The environment variable %1 holds no API "
                                                       "key.")
                           .arg(variable);
    } else {
        choice.error = ApiEndpoint::refusalReason(choice.endpoint.baseUrl);
    }
    return choice;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dixa Supervisor"));
    QApplication::setOrganizationName(QStringLiteral("DixaSupervisor"));
    QApplication::setApplicationVersion(QStringLiteral(DIXA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Console for supervisors of a Dixa organisation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Work on the embedded sandbox with demo data."));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QApplication::translate("main", "Dixa API address (default https://dev.dixa.io)."),
        QStringLiteral("url"));
    const QCommandLineOption apiKeyEnv(
        QStringLiteral("api-key-env"),
        QApplication::translate("main", "Name of the environment variable holding the API key."),
        QStringLiteral("name"));
    parser.addOptions({sandbox, baseUrl, apiKeyEnv});
    parser.process(app);

    const StartupChoice choice = chooseConnection(parser, sandbox, baseUrl, apiKeyEnv);

    // Declared in the order they may be torn down in reverse: the window goes before the
    // workspace its views read, the workspace before the sandbox it talks to.
    QNetworkAccessManager network;
    std::unique_ptr<SandboxHost> host;
    std::unique_ptr<Workspace> workspace;
    MainWindow window;
    window.show();

    std::unique_ptr<OrganizationProbe> probe;
    auto probeEndpoint = [&](const ApiEndpoint &endpoint) {
        probe = std::make_unique<OrganizationProbe>(network, endpoint);
        const QString target = endpoint.baseUrl.toString();
        QObject::connect(probe.get(), &OrganizationProbe::succeeded, &window,
                         [&, endpoint, target](const QString &name) {
                             window.showConnected(name, target, endpoint.isSandbox);
                             if (!workspace) {
                                 workspace = std::make_unique<Workspace>(network, endpoint);
                                 window.setWorkspace(workspace.get());
                             }
                         });
        QObject::connect(probe.get(), &OrganizationProbe::failed, &window,
                         &MainWindow::showConnectionFailed);
        probe->probe();
    };

    if (!choice.error.isEmpty()) {
        window.showConnectionFailed(choice.error);
    } else if (choice.sandbox) {
        SandboxOptions options;
        options.rateLimit = 10; // behave like Dixa: 10 requests a second per key
        host = std::make_unique<SandboxHost>(options);
        window.showConnecting(QString(), true);
        QObject::connect(host.get(), &SandboxHost::started, &window, [&](const QUrl &url) {
            ApiEndpoint endpoint;
            endpoint.baseUrl = url;
            endpoint.apiKey = host->apiKey();
            endpoint.isSandbox = true;
            probeEndpoint(endpoint);
        });
        QObject::connect(host.get(), &SandboxHost::failed, &window, [&](const QString &reason) {
            window.showConnectionFailed(
                QApplication::translate("main", "The sandbox could not start: %1").arg(reason));
        });
        host->start();
    } else {
        window.showConnecting(choice.endpoint.baseUrl.toString(), false);
        probeEndpoint(choice.endpoint);
    }

    return app.exec();
}
