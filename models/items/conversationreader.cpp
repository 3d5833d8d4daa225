#include "conversationreader.h"

#include "api/dixaapi.h"

ConversationReader::ConversationReader(DixaApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

ConversationReader::~ConversationReader()
{
    cancelAll();
}

void ConversationReader::read(qint64 id)
{
    end(id); // a read in flight is replaced: its answers would be older than this one's
    Read &read = m_reads[id];
    read.serial = ++m_serial;
    const quint64 serial = read.serial;
    read.conversationCall = m_api.conversation(id);
    read.tagsCall = m_api.conversationTags(id);

    read.conversationCall.then(this, [this, id, serial](const ApiOutcome<Dixa::Conversation> &got) {
        Read *read = current(id, serial);
        if (!read)
            return;
        if (!got.ok())
            return fail(id, got.error);
        read->conversation = *got.value;
        finishIfComplete(id);
    });
    read.tagsCall.then(this, [this, id, serial](const ApiOutcome<QList<Dixa::Tag>> &got) {
        Read *read = current(id, serial);
        if (!read)
            return;
        if (!got.ok())
            return fail(id, got.error);
        read->tags = *got.value;
        finishIfComplete(id);
    });
}

void ConversationReader::cancelAll()
{
    const QHash<qint64, Read> reads = std::exchange(m_reads, {});
    for (const Read &read : reads) {
        read.conversationCall.cancel();
        read.tagsCall.cancel();
    }
}

ConversationReader::Read *ConversationReader::current(qint64 id, quint64 serial)
{
    const auto found = m_reads.find(id);
    if (found == m_reads.end() || found->serial != serial)
        return nullptr; // replaced by a newer read, or cancelled
    return &found.value();
}

void ConversationReader::finishIfComplete(qint64 id)
{
    const Read &read = m_reads[id];
    if (!read.conversation || !read.tags)
        return;
    const Dixa::Conversation conversation = *read.conversation;
    const QList<Dixa::Tag> tags = *read.tags;
    end(id);
    Q_EMIT conversationRead(id, conversation, tags);
    if (m_reads.isEmpty())
        Q_EMIT idle();
}

void ConversationReader::fail(qint64 id, const ApiError &error)
{
    end(id);
    Q_EMIT readFailed(id, error);
    if (m_reads.isEmpty())
        Q_EMIT idle();
}

void ConversationReader::end(qint64 id)
{
    // Out of the table first: a cancelled call may report at once, and must find nothing.
    const std::optional<Read> read =
        m_reads.contains(id) ? std::optional(m_reads.take(id)) : std::nullopt;
    if (!read)
        return;
    // The other half may still be in flight (after a failure, or when replaced).
    read->conversationCall.cancel();
    read->tagsCall.cancel();
}
