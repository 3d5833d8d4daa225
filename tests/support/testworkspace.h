#pragma once

#include "sandboxfixture.h"
#include "session/workspace.h"

#include <memory>

// A Workspace connected to a test's in-process sandbox, tuned for tests: no pacing, short
// back-off and quick anonymization polling, so a test never waits for the real rate limit.
inline std::unique_ptr<Workspace> makeTestWorkspace(SandboxFixture &sandbox)
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = sandbox.baseUrl();
    endpoint.apiKey = sandbox.apiKey();
    endpoint.isSandbox = true;
    Workspace::Options options;
    options.client.backoffBaseMs = 10;
    options.client.limits.perSecond = 0;
    options.actions.tracking.firstDelayMs = 50;
    options.actions.tracking.maxDelayMs = 200;
    return std::make_unique<Workspace>(sandbox.network(), endpoint, options);
}
