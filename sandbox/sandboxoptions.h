#pragma once

#include <QString>

// How a sandbox is started: where it listens, which demo organisation it grows, how it misbehaves.
struct SandboxOptions
{
    quint16 port = 0;
    quint32 seed = 1;
    double scale = 1.0;
    int latencyMs = 0;
    double faultRate = 0.0;
    // Requests per second allowed per API key; 0 turns the limit off.
    int rateLimit = 0;
    QString apiKey;
    // How long an anonymization request waits before the data is scrubbed.
    int anonymizeDelayMs = 1500;
};
