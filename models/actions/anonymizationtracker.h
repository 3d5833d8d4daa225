#pragma once

#include "api/dixaapi.h"
#include "entities/anonymization.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

// Follows anonymization requests Dixa has accepted (202) until its status endpoint says they
// were processed, polling each with a growing interval, and says which conversation changed.
class AnonymizationTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnonymizationTracker)

public:
    struct Options
    {
        int firstDelayMs = 500; // before the first poll; doubled after every poll
        int maxDelayMs = 10000;
        // Transient failures (network, 5xx, ...) in a row before a request is given up.
        int maxFailures = 5;
    };

    explicit AnonymizationTracker(const DixaApi &api, QObject *parent = nullptr);
    AnonymizationTracker(const DixaApi &api, const Options &options, QObject *parent = nullptr);

    // Polls the request until processed. A status already processed is reported at once
    // (queued); a request already tracked is not tracked twice.
    void track(const Dixa::AnonymizationRequestStatus &status);

    // The requests not processed yet, oldest first, as last read.
    QList<Dixa::AnonymizationRequestStatus> pending() const;
    bool isTracking(const QString &requestId) const { return m_requests.contains(requestId); }

    // The conversation a request is about: its target for a Conversation request, the part
    // before "_" for a Message request; 0 for an end user.
    static qint64 conversationIdOf(const Dixa::AnonymizationRequestStatus &status);
    // The interval after one of `currentMs`.
    static int nextDelayMs(int currentMs, const Options &options);

Q_SIGNALS:
    void processed(const Dixa::AnonymizationRequestStatus &status, qint64 conversationId);
    // Dixa refused to tell (unknown request, key refused) or kept failing: no longer tracked.
    void failed(const Dixa::AnonymizationRequestStatus &status, const ApiError &error);
    void pendingChanged(int count);

private:
    struct Request
    {
        Dixa::AnonymizationRequestStatus status;
        int delayMs = 0;
        int failures = 0;
    };

    void schedule(const QString &requestId);
    void poll(const QString &requestId);
    void onStatus(const QString &requestId,
                  const ApiOutcome<Dixa::AnonymizationRequestStatus> &result);
    void drop(const QString &requestId);

    DixaApi m_api;
    Options m_options;
    QHash<QString, Request> m_requests;
    QList<QString> m_order; // request ids, oldest first
};
