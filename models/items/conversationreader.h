#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "entities/conversation.h"
#include "entities/tag.h"

#include <QHash>
#include <QObject>

#include <optional>

class DixaApi;

// Reads conversations by id for the conversation list: the conversation and its tags (a row
// needs both) as one read per id. Reading an id again replaces its read in flight, so what lands
// is never older than the last request. The client paces the calls to the rate limit.
class ConversationReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationReader)

public:
    explicit ConversationReader(DixaApi &api, QObject *parent = nullptr);
    ~ConversationReader() override;

    void read(qint64 id);
    // Drops every read in flight; nothing is reported for them.
    void cancelAll();
    bool isReading(qint64 id) const { return m_reads.contains(id); }
    bool isIdle() const { return m_reads.isEmpty(); }
    int pendingCount() const { return int(m_reads.size()); }

Q_SIGNALS:
    void conversationRead(qint64 id, const Dixa::Conversation &conversation,
                          const QList<Dixa::Tag> &tags);
    void readFailed(qint64 id, const ApiError &error);
    // The last read in flight ended.
    void idle();

private:
    struct Read
    {
        quint64 serial = 0;
        ApiCall<Dixa::Conversation> conversationCall;
        ApiCall<QList<Dixa::Tag>> tagsCall;
        std::optional<Dixa::Conversation> conversation;
        std::optional<QList<Dixa::Tag>> tags;
    };

    Read *current(qint64 id, quint64 serial);
    void finishIfComplete(qint64 id);
    void fail(qint64 id, const ApiError &error);
    void end(qint64 id);

    DixaApi &m_api;
    QHash<qint64, Read> m_reads;
    quint64 m_serial = 0;
};
