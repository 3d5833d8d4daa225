#include "conversationsummarysource.h"

#include "items/conversationlistmodel.h"
#include "items/conversationreader.h"
#include "items/itemtext.h"
#include "items/taglistmodel.h"
#include "session/workspace.h"

using namespace Qt::StringLiterals;

ConversationSummarySource::ConversationSummarySource(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    // The same reader as the list's: a conversation and its tags as one read, a newer read of
    // an id replacing one still under way.
    m_reader = new ConversationReader(m_workspace.api(), this);
    connect(
        m_reader, &ConversationReader::conversationRead, this,
        [this](qint64 id, const Dixa::Conversation &conversation, const QList<Dixa::Tag> &tags) {
            if (id != m_id)
                return;
            m_conversation = conversation;
            m_tags = tags;
            emitSummary();
        });
    connect(m_reader, &ConversationReader::readFailed, this,
            [this](qint64 id, const ApiError &error) {
                if (id == m_id)
                    Q_EMIT failed(error.message());
            });
    connect(m_workspace.conversations(), &QAbstractItemModel::dataChanged, this,
            &ConversationSummarySource::onListDataChanged);
    connect(&m_workspace, &Workspace::directoriesChanged, this, [this] {
        Q_EMIT personNamesChanged();
        emitSummary();
    });
}

ConversationSummarySource::~ConversationSummarySource() = default;

void ConversationSummarySource::setConversation(qint64 conversationId)
{
    if (conversationId == m_id)
        return;
    m_id = conversationId;
    m_reader->cancelAll(); // an answer for the previous conversation is dropped
    m_conversation.reset();
    m_tags.clear();
    m_threadText.clear();
    if (conversationId != 0 && !takeFromList())
        readConversation();
}

void ConversationSummarySource::reload()
{
    // A conversation of the list is re-read by the list (after an action, on refresh) and reaches
    // the header through dataChanged; reading it here too would spend the rate limit twice.
    if (m_id != 0 && m_workspace.conversations()->rowOf(m_id) < 0)
        readConversation();
}

void ConversationSummarySource::setThreadText(const QString &text)
{
    if (text == m_threadText)
        return;
    m_threadText = text;
    if (m_conversation &&
        !(m_conversation->subject && !m_conversation->subject->trimmed().isEmpty()))
        emitSummary();
}

QHash<QString, QString> ConversationSummarySource::personNames() const
{
    // The directories hold every agent but only the end users paged in so far: the requesters
    // read here name the customer's messages too.
    QHash<QString, QString> names = m_workspace.personNames();
    for (auto it = m_requesters.constBegin(); it != m_requesters.constEnd(); ++it) {
        if (!it->name.isEmpty() && names.value(it.key()).isEmpty())
            names.insert(it.key(), it->name);
    }
    return names;
}

bool ConversationSummarySource::takeFromList()
{
    const ConversationListModel *list = m_workspace.conversations();
    const int row = list->rowOf(m_id);
    if (row < 0 || list->row(row).has(ConversationRow::Loading))
        return false;
    std::optional<Dixa::Conversation> conversation = list->row(row).entity();
    if (!conversation)
        return false;
    m_reader->cancelAll(); // the list is as fresh as a read still under way
    m_conversation = std::move(conversation);
    m_tags.clear();
    for (const QString &tagId : list->row(row).tagIds) {
        Dixa::Tag tag;
        tag.id = tagId;
        m_tags.append(tag);
    }
    emitSummary();
    return true;
}

void ConversationSummarySource::readConversation()
{
    Q_EMIT loading(m_id);
    m_reader->read(m_id);
}

void ConversationSummarySource::readRequester(const QString &requesterId)
{
    if (requesterId.isEmpty() || m_requesters.contains(requesterId))
        return;
    m_requesters.insert(requesterId, {}); // read once, whatever the answer
    m_workspace.api()
        .endUser(requesterId)
        .then(this, [this, requesterId](const ApiOutcome<Dixa::EndUser> &outcome) {
            if (!outcome.ok())
                return; // an agent, or gone: the directories' name is all there is
            Person person;
            person.name = outcome->displayName.value_or(QString());
            if (person.name.isEmpty())
                person.name = QStringList{outcome->firstName.value_or(QString()),
                                          outcome->lastName.value_or(QString())}
                                  .join(u' ')
                                  .trimmed();
            person.email = outcome->email.value_or(QString());
            m_requesters.insert(requesterId, person);
            if (!person.name.isEmpty() && m_workspace.personNames().value(requesterId).isEmpty())
                Q_EMIT personNamesChanged(); // the customer's messages can be named now
            if (m_conversation && m_conversation->id == m_id &&
                m_conversation->requesterId == requesterId)
                emitSummary();
        });
}

QString ConversationSummarySource::title() const
{
    if (m_conversation && m_conversation->subject && !m_conversation->subject->trimmed().isEmpty())
        return m_conversation->subject->trimmed();
    const QString firstLine = m_threadText.trimmed().section(u'\n', 0, 0).trimmed();
    if (!firstLine.isEmpty())
        return firstLine.size() > 90 ? QString(firstLine.left(89).trimmed() + u'…') : firstLine;
    return tr("Conversation %1").arg(m_id);
}

void ConversationSummarySource::emitSummary()
{
    if (!m_conversation)
        return;
    const Dixa::Conversation &conversation = *m_conversation;
    ConversationSummary summary;
    summary.id = conversation.id;
    summary.title = title();

    const QString requesterId = conversation.requesterId;
    readRequester(requesterId);
    const Person person = m_requesters.value(requesterId);
    summary.requesterName = m_workspace.endUserName(requesterId);
    if (summary.requesterName.isEmpty())
        summary.requesterName = person.name;
    if (summary.requesterName.isEmpty())
        summary.requesterName = m_workspace.agentName(requesterId);
    if (summary.requesterName.isEmpty())
        summary.requesterName = m_workspace.conversations()->nameOf(
            ConversationListModel::NameKind::EndUser, requesterId);
    summary.requesterEmail = person.email;

    summary.channel = ItemText::channel(conversation.channel.value(), conversation.channel.text());
    if (conversation.state) {
        summary.stateValue = conversation.state->value();
        summary.state = ItemText::state(summary.stateValue, conversation.state->text());
    } else if (conversation.anonymizedAt) {
        summary.state = tr("Anonymized");
    }
    if (conversation.queue) {
        summary.queue = m_workspace.queueName(conversation.queue->id);
        if (summary.queue.isEmpty())
            summary.queue = conversation.queue->id;
    }
    if (conversation.assignment) {
        summary.assignee = m_workspace.agentName(conversation.assignment->agentId);
        if (summary.assignee.isEmpty())
            summary.assignee = conversation.assignment->agentId;
    }
    summary.created = conversation.createdAt.toUtc();

    const TagListModel *tags = m_workspace.tags();
    for (const Dixa::Tag &tag : std::as_const(m_tags)) {
        ConversationSummary::Tag chip;
        chip.id = tag.id;
        chip.name = m_workspace.tagName(tag.id);
        if (chip.name.isEmpty())
            chip.name = tag.name.isEmpty() ? tag.id : tag.name;
        const int row = tags->rowOfId(tag.id);
        const std::optional<QString> color = row >= 0 ? tags->item(row).color : tag.color;
        if (color)
            chip.color = QColor::fromString(*color);
        summary.tags.append(chip);
    }
    Q_EMIT summaryChanged(summary);
}

void ConversationSummarySource::onListDataChanged(const QModelIndex &topLeft,
                                                  const QModelIndex &bottomRight)
{
    if (m_id == 0)
        return;
    const int row = m_workspace.conversations()->rowOf(m_id);
    if (row >= topLeft.row() && row <= bottomRight.row())
        takeFromList();
}
