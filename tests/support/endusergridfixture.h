#pragma once

#include "grid/endusergridmodel.h"
#include "grid/gridproxymodel.h"
#include "grid/profilegridview.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

// The demo org's end-user grid, fully loaded in a ProfileGridView on a sandbox of its own, with
// the model (and the view's proxy) under QAbstractItemModelTester: the set-up of grid UI tests.
struct EndUserGridFixture
{
    // Declared in the order they depend on each other, so they are destroyed in reverse.
    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<EndUserGridModel> model;
    std::unique_ptr<ProfileGridView> view;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    // Untested for tests that stage edits on hundreds of scattered rows: the proxy announces each
    // run's status in its header, and the tester walks the whole proxy on every announcement.
    enum class Proxy { Tested, Untested };

    // Starts the sandbox and reads the whole directory (a still-growing grid would move rows
    // under the tests). False, with a warning saying which step failed, when it could not.
    bool open(Proxy proxy = Proxy::Tested)
    {
        sandbox = std::make_unique<SandboxFixture>();
        if (!sandbox->isRunning()) {
            qWarning("EndUserGridFixture: the sandbox did not start");
            return false;
        }
        workspace = makeTestWorkspace(*sandbox);
        model = std::make_unique<EndUserGridModel>(workspace->api(), workspace->spec());
        modelTester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setPageLimit(500); // 1000 profiles: two pages
        view = std::make_unique<ProfileGridView>(model.get());
        if (proxy == Proxy::Tested) {
            proxyTester = std::make_unique<QAbstractItemModelTester>(
                view->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        model->loadAll();
        if (!QTest::qWaitFor([this] { return model->atEnd(); }, 30000)) {
            qWarning("EndUserGridFixture: the directory was not read in 30 s (%d rows)",
                     model->rowCount());
            return false;
        }
        return true;
    }

    int column(const QString &field) const { return model->columnOf(field); }
};
