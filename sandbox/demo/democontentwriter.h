#pragma once

#include "datastore.h"
#include "democontext.h"
#include "demorandom.h"
#include "demotext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Writes the history of one seeded conversation, oldest first; used once per conversation.
// The timeline is in democontent.cpp, the rendering of messages in demomessages.cpp, notes
// and ratings in demonotesandratings.cpp.
class DemoContentWriter
{
public:
    DemoContentWriter(const DemoContext &context, const DataStore &store,
                      const QJsonObject &conversation);

    ConversationContent write();

private:
    enum class Step {
        Reply,
        FollowUp,
        Reply2,
        Thanks,
        Closing,
        Nudge,
        OutboundResponse,
        AutoReply
    };
    enum class Format { Text, Html, Markdown };
    // An activity log entry with what orders it: its time, then the order it was written in.
    struct Entry
    {
        qint64 ms;
        int sequence;
        QJsonObject json;
    };

    // The timeline.
    void writeOpening();
    void writeRouting();
    void writeTags();
    void writeExchange();
    void writeCall();
    void writeNotes();
    void writeEnding();
    void writeRatings();
    QList<Step> plannedSteps();
    QStringList stepText(Step step, bool firstAgentMessage);
    static bool isAgentStep(Step step);
    void logActivity(qint64 ms, const QString &type, const QString &authorId,
                     const QJsonObject &attributes = {});
    QJsonObject author(const QString &userId);
    QString messageAgent() const;
    QString otherAgent();
    bool isClosedOrPending() const;
    bool wasReopened() const;

    // The messages.
    QString addMessage(qint64 ms, bool fromCustomer, const QStringList &paragraphs,
                       const QJsonArray &attachments, bool autoReply = false);
    void addCall(qint64 ms, bool fromCustomer, int durationSeconds);
    void addRecording(qint64 ms, const QString &authorId, int durationSeconds);
    QJsonObject messageAttributes(bool fromCustomer, const QStringList &paragraphs,
                                  const QJsonArray &attachments, bool autoReply);
    QJsonObject emailAttributes(bool fromCustomer, const QStringList &paragraphs,
                                const QJsonArray &attachments, bool autoReply);
    QJsonObject renderContent(const QStringList &paragraphs, Format format, bool fromCustomer);
    Format formatFor(bool fromCustomer);
    QJsonObject emailContact(bool customer) const;
    QJsonArray attachment(const QString &kind);
    QString fileUrl(const QString &folder);

    const DemoContext &m_context;
    const DataStore &m_store;
    const DemoWords &m_words;
    DemoRandom m_rng;
    qint64 m_id = 0;
    QString m_type;
    QString m_channel;
    QString m_state;
    DemoStyle m_style = DemoStyle::Chat;
    bool m_outbound = false;
    QString m_requesterId;
    QString m_customerFirst;
    QString m_customerName;
    QString m_customerEmail;
    QString m_customerPhone;
    QString m_agentId;
    QString m_agentFirst;
    QString m_agentName;
    QString m_queueId;
    int m_queueIndex = -1;
    qint64 m_created = 0;
    qint64 m_queued = 0;
    qint64 m_assigned = 0;
    qint64 m_stateUpdated = 0;
    qint64 m_reference = 0;
    qint64 m_lastMessage = 0;
    DemoScript m_script;

    QJsonArray m_messages;
    QJsonArray m_notes;
    QJsonArray m_ratings;
    QList<Entry> m_activity;
    QHash<QString, QJsonObject> m_authors;
    int m_sequence = 0;
};
