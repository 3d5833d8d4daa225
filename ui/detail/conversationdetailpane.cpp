#include "conversationdetailpane.h"

#include "conversationheader.h"
#include "conversationsummarysource.h"
#include "detailtabpage.h"
#include "items/activitylogmodel.h"
#include "items/messagelistmodel.h"
#include "items/notelistmodel.h"
#include "items/ratinglistmodel.h"
#include "messagethreadview.h"
#include "notedelegate.h"
#include "session/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConversationDetailPane::ConversationDetailPane(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_summary(new ConversationSummarySource(workspace, this))
    , m_messages(new MessageListModel(workspace.api(), this))
    , m_notes(new NoteListModel(workspace.api(), this))
    , m_activity(new ActivityLogModel(workspace.api(), this))
    , m_ratings(new RatingListModel(workspace.api(), this))
{
    setObjectName(u"conversationDetailPane"_s);

    m_placeholder = new QLabel(tr("No conversation selected.\nSelect a conversation in the list "
                                  "to see its messages, notes and activity."),
                               this);
    m_placeholder->setObjectName(u"detailPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    QPalette muted = m_placeholder->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(muted);

    auto *content = new QWidget(this);
    m_header = new ConversationHeader(content);
    m_header->setObjectName(u"conversationHeader"_s);
    connect(m_header, &ConversationHeader::untagRequested, this,
            [this](const QString &tagId) { Q_EMIT untagRequested(m_id, tagId); });

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createMessagesTab(), tr("&Messages"));
    m_tabs->addTab(createNotesTab(), tr("&Notes"));
    m_tabs->addTab(new DetailTabPage(m_activity, createTable(m_activity, u"activityTable"_s),
                                     tr("No activity recorded"), m_tabs),
                   tr("A&ctivity"));
    m_tabs->addTab(new DetailTabPage(m_ratings, createTable(m_ratings, u"ratingTable"_s),
                                     tr("No ratings for this conversation"), m_tabs),
                   tr("&Ratings"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ConversationDetailPane::onTabChanged);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_tabs, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_summary, &ConversationSummarySource::summaryChanged, m_header,
            &ConversationHeader::showSummary);
    connect(m_summary, &ConversationSummarySource::loading, m_header,
            &ConversationHeader::showLoading);
    connect(m_summary, &ConversationSummarySource::failed, m_header,
            &ConversationHeader::showError);
    connect(m_summary, &ConversationSummarySource::personNamesChanged, this,
            &ConversationDetailPane::applyPersonNames);
    // The first message stands in for a missing subject.
    connect(m_messages, &MessageListModel::loadFinished, this, [this] {
        if (m_messages->conversationId() == m_id && m_messages->rowCount() > 0)
            m_summary->setThreadText(m_messages->index(0, 0).data(ItemRoles::TextRole).toString());
    });
    applyPersonNames();
}

ConversationDetailPane::~ConversationDetailPane()
{
    // The views go before the models they watch (the models are older children of the pane).
    delete m_stack;
}

QWidget *ConversationDetailPane::createMessagesTab()
{
    m_thread = new MessageThreadView;
    m_thread->setModel(m_messages);
    connect(
        m_thread, &MessageThreadView::anonymizeMessageRequested, this,
        [this](const QString &messageId) { Q_EMIT anonymizeMessageRequested(m_id, messageId); });
    return new DetailTabPage(m_messages, m_thread, tr("No messages yet"), m_tabs);
}

QWidget *ConversationDetailPane::createNotesTab()
{
    m_noteList = new QListView;
    m_noteList->setObjectName(u"noteList"_s);
    m_noteList->setModel(m_notes);
    m_noteList->setModelColumn(NoteListModel::Text);
    m_noteList->setItemDelegate(new NoteDelegate(m_noteList));
    m_noteList->setResizeMode(QListView::Adjust);
    m_noteList->setUniformItemSizes(false);
    m_noteList->setWordWrap(true);
    m_noteList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_noteList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_noteList->setFrameShape(QFrame::NoFrame);
    m_noteList->setAccessibleName(tr("Internal notes"));
    auto *page = new DetailTabPage(m_notes, m_noteList, tr("No notes yet"), m_tabs);

    m_addNote = new QPushButton(tr("&Add note…"));
    m_addNote->setObjectName(u"addNoteButton"_s);
    m_addNote->setToolTip(tr("Write an internal note on this conversation"));
    connect(m_addNote, &QPushButton::clicked, this, [this] {
        if (m_id != 0)
            Q_EMIT addNoteRequested(m_id);
    });
    auto *footer = new QWidget;
    auto *footerLayout = new QHBoxLayout(footer);
    footerLayout->setContentsMargins(8, 6, 8, 8);
    footerLayout->addStretch();
    footerLayout->addWidget(m_addNote);
    page->addFooter(footer);
    return page;
}

QTableView *ConversationDetailPane::createTable(QAbstractItemModel *model,
                                                const QString &objectName)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    // Resized to their contents, columns would touch: a little air on each side of a cell.
    table->setStyleSheet(u"QTableView::item { padding: 0px 6px; }"_s);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    return table;
}

void ConversationDetailPane::showConversation(qint64 conversationId)
{
    if (conversationId == m_id)
        return;
    m_id = conversationId;
    m_loadedFor.fill(0);
    m_summary->setConversation(conversationId);
    if (conversationId == 0) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentIndex(1);
    loadTab(m_tabs->currentIndex());
}

void ConversationDetailPane::reload()
{
    if (m_id == 0)
        return;
    m_summary->reload();
    for (int tab = 0; tab < TabCount; ++tab) {
        if (m_loadedFor.at(tab) == m_id)
            loadTab(tab);
    }
}

void ConversationDetailPane::applyPersonNames()
{
    const QHash<QString, QString> names = m_summary->personNames();
    m_messages->setPersonNames(names);
    m_notes->setPersonNames(names);
    m_activity->setPersonNames(names);
    m_ratings->setPersonNames(names);
}

void ConversationDetailPane::loadTab(int tab)
{
    if (m_id == 0 || tab < 0 || tab >= TabCount)
        return;
    m_loadedFor[tab] = m_id;
    switch (Tab(tab)) {
    case MessagesTab:
        m_messages->load(m_id);
        break;
    case NotesTab:
        m_notes->load(m_id);
        break;
    case ActivityTab:
        m_activity->load(m_id);
        break;
    case RatingsTab:
        m_ratings->load(m_id);
        break;
    case TabCount:
        break;
    }
}

void ConversationDetailPane::onTabChanged(int tab)
{
    if (tab >= 0 && tab < TabCount && m_loadedFor.at(tab) != m_id)
        loadTab(tab);
}
