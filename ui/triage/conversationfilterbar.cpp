#include "conversationfilterbar.h"

#include "items/agenttablemodel.h"
#include "items/itemroles.h"
#include "items/itemtext.h"
#include "items/queuelistmodel.h"
#include "items/taglistmodel.h"
#include "session/workspace.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
const QString Unassigned = QStringLiteral("@unassigned");

QList<QPair<QString, QString>> directoryItems(const QAbstractItemModel *model, int nameRole,
                                              bool activeOnly = false)
{
    QList<QPair<QString, QString>> items;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (activeOnly && !index.data(ItemRoles::ActiveRole).toBool())
            continue;
        items.append({index.data(ItemRoles::IdRole).toString(), index.data(nameRole).toString()});
    }
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    return items;
}
} // namespace

ConversationFilterBar::ConversationFilterBar(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    const auto makeCombo = [this](const QString &name, const QString &tip) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setToolTip(tip);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(8);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_silent)
                Q_EMIT criteriaChanged();
        });
        return combo;
    };
    m_state = makeCombo(u"stateFilter"_s, tr("Conversation state (searched in Dixa)"));
    m_queue = makeCombo(u"queueFilter"_s, tr("Queue (searched in Dixa)"));
    m_assignee = makeCombo(u"assigneeFilter"_s, tr("Assignee (searched in Dixa)"));
    m_channel = makeCombo(u"channelFilter"_s, tr("Channel (searched in Dixa)"));
    m_tag = makeCombo(u"tagFilter"_s, tr("Tag (searched in Dixa)"));

    fillCombo(m_state,
              {{u"Open"_s, tr("Open")}, {u"Pending"_s, tr("Pending")}, {u"Closed"_s, tr("Closed")}},
              tr("Any state"));
    QList<QPair<QString, QString>> channels;
    for (Dixa::Channel channel :
         {Dixa::Channel::Email, Dixa::Channel::ContactForm, Dixa::Channel::WidgetChat,
          Dixa::Channel::Messenger, Dixa::Channel::PstnPhone, Dixa::Channel::Voicemail,
          Dixa::Channel::Callback, Dixa::Channel::Sms, Dixa::Channel::WhatsApp,
          Dixa::Channel::FacebookMessenger, Dixa::Channel::Twitter})
        channels.append(
            {Dixa::OpenEnum<Dixa::Channel>(channel).text(), ItemText::channel(channel, QString())});
    fillCombo(m_channel, channels, tr("Any channel"));
    fillDirectories();
    connect(&m_workspace, &Workspace::directoriesChanged, this,
            &ConversationFilterBar::fillDirectories);

    m_server = new QLineEdit(this);
    m_server->setObjectName(u"serverSearch"_s);
    m_server->setPlaceholderText(tr("Words to search for in Dixa, then Enter"));
    m_server->setToolTip(tr("Full-text search on the server over every conversation "
                            "(Ctrl+Shift+F). Press Enter to search."));
    m_server->setClearButtonEnabled(true);
    connect(m_server, &QLineEdit::returnPressed, this, [this] {
        if (m_server->text().trimmed() == m_appliedQuery)
            return;
        m_appliedQuery = m_server->text().trimmed();
        Q_EMIT criteriaChanged();
    });
    connect(m_server, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Clearing the box ends the Dixa search at once; typing waits for Enter.
        if (text.isEmpty() && !m_appliedQuery.isEmpty()) {
            m_appliedQuery.clear();
            Q_EMIT criteriaChanged();
        }
    });
    auto *serverLabel = new QLabel(tr("Dixa &search:"), this);
    serverLabel->setBuddy(m_server);

    m_local = new QLineEdit(this);
    m_local->setObjectName(u"localFilter"_s);
    m_local->setPlaceholderText(tr("Narrow the loaded rows as you type"));
    m_local->setToolTip(tr("Instant filter over the conversations already loaded; it does not "
                           "search the server (Ctrl+F)."));
    m_local->setClearButtonEnabled(true);
    connect(m_local, &QLineEdit::textChanged, this, &ConversationFilterBar::localTextChanged);
    auto *localLabel = new QLabel(tr("&Filter loaded rows:"), this);
    localLabel->setBuddy(m_local);
    m_count = new QLabel(this);
    m_count->setObjectName(u"rowCount"_s);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Two lines, two meanings: what Dixa is asked for (criteria and its text search), then the
    // instant filter over what has been loaded.
    m_server->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_local->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *criteria = new QHBoxLayout;
    for (QComboBox *combo : {m_state, m_queue, m_assignee, m_channel, m_tag})
        criteria->addWidget(combo);
    criteria->addStretch();
    auto *text = new QHBoxLayout;
    text->addWidget(serverLabel);
    text->addWidget(m_server, 1);
    text->addSpacing(12);
    text->addWidget(localLabel);
    text->addWidget(m_local, 1);
    text->addWidget(m_count);
    grid->addLayout(criteria, 0, 0);
    grid->addLayout(text, 1, 0);
}

void ConversationFilterBar::fillCombo(QComboBox *combo, const QList<QPair<QString, QString>> &items,
                                      const QString &anyText)
{
    const QString current = comboValue(combo);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto &[value, text] : items)
        combo->addItem(text.isEmpty() ? value : text, value);
    selectValue(combo, current);
}

void ConversationFilterBar::fillDirectories()
{
    fillCombo(m_queue, directoryItems(m_workspace.queues(), ItemRoles::NameRole), tr("Any queue"));
    QList<QPair<QString, QString>> assignees{{Unassigned, tr("Unassigned")}};
    assignees.append(directoryItems(m_workspace.agents(), ItemRoles::DisplayNameRole));
    fillCombo(m_assignee, assignees, tr("Anyone"));
    fillCombo(m_tag, directoryItems(m_workspace.tags(), ItemRoles::NameRole), tr("Any tag"));
}

QString ConversationFilterBar::comboValue(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void ConversationFilterBar::selectValue(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    // A value the directory has not listed yet (still loading): keep it selectable by id.
    combo->addItem(value, value);
    combo->setCurrentIndex(combo->count() - 1);
}

ConversationView ConversationFilterBar::criteria(const ConversationView &base) const
{
    ConversationView view = base;
    view.states.clear();
    if (const auto state = Dixa::OpenEnum<Dixa::ConversationState>::fromString(comboValue(m_state));
        state.isKnown())
        view.states = {state.value()};
    view.queueIds.clear();
    if (!comboValue(m_queue).isEmpty())
        view.queueIds = {comboValue(m_queue)};
    view.assigneeIds.clear();
    view.unassigned = comboValue(m_assignee) == Unassigned;
    if (!view.unassigned && !comboValue(m_assignee).isEmpty())
        view.assigneeIds = {comboValue(m_assignee)};
    view.channels.clear();
    if (const auto channel = Dixa::OpenEnum<Dixa::Channel>::fromString(comboValue(m_channel));
        channel.isKnown())
        view.channels = {channel.value()};
    view.tagIds.clear();
    if (!comboValue(m_tag).isEmpty())
        view.tagIds = {comboValue(m_tag)};
    view.query = m_appliedQuery;
    return view;
}

void ConversationFilterBar::setCriteria(const ConversationView &view)
{
    m_silent = true;
    const auto first = [](const auto &list) { return list.isEmpty() ? QString() : list.first(); };
    selectValue(m_state, view.states.isEmpty()
                             ? QString()
                             : Dixa::OpenEnum<Dixa::ConversationState>(view.states.first()).text());
    selectValue(m_queue, first(view.queueIds));
    selectValue(m_assignee, view.unassigned ? Unassigned : first(view.assigneeIds));
    selectValue(m_channel, view.channels.isEmpty()
                               ? QString()
                               : Dixa::OpenEnum<Dixa::Channel>(view.channels.first()).text());
    selectValue(m_tag, first(view.tagIds));
    m_appliedQuery = view.query;
    m_server->setText(view.query);
    m_silent = false;
}

QString ConversationFilterBar::localText() const
{
    return m_local->text();
}

void ConversationFilterBar::setLocalCount(int shown, int loaded, bool more)
{
    if (more)
        m_count->setText(tr("%1 of %2 loaded · more as you scroll").arg(shown).arg(loaded));
    else
        m_count->setText(tr("%1 of %2").arg(shown).arg(loaded));
}
