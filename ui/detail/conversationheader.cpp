#include "conversationheader.h"

#include "flowlayout.h"
#include "tagchip.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QColor mixed(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

void mute(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, mixed(palette.color(QPalette::WindowText),
                                                 palette.color(QPalette::Window), 0.45));
    widget->setPalette(palette);
}

QColor stateColor(Dixa::ConversationState state)
{
    switch (state) {
    case Dixa::ConversationState::Open:
        return {0x2e, 0x7d, 0x32};
    case Dixa::ConversationState::Pending:
    case Dixa::ConversationState::AwaitingPending:
        return {0xb2, 0x6a, 0x00};
    case Dixa::ConversationState::Closed:
        return {0x61, 0x61, 0x61};
    case Dixa::ConversationState::Unknown:
        break;
    }
    return {0x45, 0x5a, 0x64};
}

} // namespace

ConversationHeader::ConversationHeader(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"headerTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_id = new QLabel(this);
    m_id->setObjectName(u"headerId"_s);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mute(m_id);

    m_status = new QLabel(this);
    m_status->setObjectName(u"headerStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    m_facts = new QWidget(this);
    auto *grid = new QGridLayout(m_facts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    m_requester = addFact(grid, 0, 0, tr("Requester"), u"requesterValue"_s);
    m_channel = addFact(grid, 0, 2, tr("Channel"), u"channelValue"_s);
    m_state = addFact(grid, 1, 0, tr("State"), u"stateValue"_s);
    m_queue = addFact(grid, 1, 2, tr("Queue"), u"queueValue"_s);
    m_assignee = addFact(grid, 2, 0, tr("Assignee"), u"assigneeValue"_s);
    m_created = addFact(grid, 2, 2, tr("Created"), u"createdValue"_s);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *tagsCaption = new QLabel(tr("Tags"), m_facts);
    mute(tagsCaption);
    grid->addWidget(tagsCaption, 3, 0, Qt::AlignLeft | Qt::AlignTop);
    m_tags = new QWidget(m_facts);
    m_tags->setObjectName(u"tagChips"_s);
    m_tagLayout = new FlowLayout(m_tags, 6);
    m_noTags = new QLabel(tr("No tags"), m_facts);
    m_noTags->setObjectName(u"noTags"_s);
    mute(m_noTags);
    auto *tagRow = new QVBoxLayout;
    tagRow->setContentsMargins(0, 0, 0, 0);
    tagRow->addWidget(m_tags);
    tagRow->addWidget(m_noTags);
    grid->addLayout(tagRow, 3, 1, 1, 3);

    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_id, 0, Qt::AlignRight | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(titleRow);
    layout->addWidget(m_status);
    layout->addWidget(m_facts);
}

QLabel *ConversationHeader::addFact(QGridLayout *grid, int row, int column, const QString &caption,
                                    const QString &objectName)
{
    auto *captionLabel = new QLabel(caption, m_facts);
    mute(captionLabel);
    auto *value = new QLabel(m_facts);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setAccessibleDescription(caption);
    grid->addWidget(captionLabel, row, column, Qt::AlignLeft | Qt::AlignTop);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The state is a pill as wide as its word; the other values take the column's width.
    if (objectName == u"stateValue"_s)
        grid->addWidget(value, row, column + 1, Qt::AlignLeft | Qt::AlignTop);
    else
        grid->addWidget(value, row, column + 1);
    return value;
}

void ConversationHeader::showSummary(const ConversationSummary &summary)
{
    m_summary = summary;
    m_status->hide();
    m_facts->show();
    m_facts->setEnabled(true);
    setTitle(summary.title);
    m_id->setText(tr("#%1", "conversation id").arg(summary.id));

    QString requester = summary.requesterName;
    if (!summary.requesterEmail.isEmpty() && summary.requesterEmail != requester)
        requester = requester.isEmpty() ? summary.requesterEmail
                                        : tr("%1 <%2>", "requester name and e-mail")
                                              .arg(summary.requesterName, summary.requesterEmail);
    m_requester->setText(requester.isEmpty() ? tr("Unknown") : requester);
    m_channel->setText(summary.channel);
    showState(summary.state, summary.stateValue);
    m_queue->setText(summary.queue.isEmpty() ? tr("No queue") : summary.queue);
    m_assignee->setText(summary.assignee.isEmpty() ? tr("Unassigned") : summary.assignee);
    m_created->setText(summary.created.isValid()
                           ? QLocale().toString(summary.created.toLocalTime(), QLocale::ShortFormat)
                           : QString());
    showTags(summary.tags);
}

void ConversationHeader::setTitle(const QString &title)
{
    m_summary.title = title;
    m_title->setText(title);
}

void ConversationHeader::showLoading(qint64 conversationId)
{
    if (m_summary.id != conversationId) {
        m_summary = {};
        m_summary.id = conversationId;
        m_title->setText(tr("Conversation %1").arg(conversationId));
        m_facts->hide();
    }
    m_id->setText(tr("#%1", "conversation id").arg(conversationId));
    m_facts->setEnabled(false);
    m_status->setStyleSheet(QString());
    mute(m_status);
    m_status->setText(tr("Loading the conversation…"));
    m_status->show();
}

void ConversationHeader::showError(const QString &message)
{
    m_facts->setEnabled(true);
    m_status->setPalette(palette());
    m_status->setStyleSheet(u"color: #b3261e;"_s);
    m_status->setText(tr("The conversation could not be read: %1").arg(message));
    m_status->show();
}

QList<TagChip *> ConversationHeader::tagChips() const
{
    return m_tags->findChildren<TagChip *>(QString(), Qt::FindDirectChildrenOnly);
}

void ConversationHeader::showTags(const QList<ConversationSummary::Tag> &tags)
{
    // Chips are few (a handful per conversation): rebuilding them is simpler than diffing.
    const bool hadFocus = m_tags->isAncestorOf(focusWidget());
    while (QLayoutItem *item = m_tagLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ConversationSummary::Tag &tag : tags) {
        auto *chip = new TagChip(tag.id, tag.name, tag.color, m_tags);
        connect(chip, &TagChip::removeRequested, this, &ConversationHeader::untagRequested);
        m_tagLayout->addWidget(chip);
    }
    m_tags->setVisible(!tags.isEmpty());
    m_noTags->setVisible(tags.isEmpty());
    if (hadFocus && !tags.isEmpty())
        tagChips().constFirst()->removeButton()->setFocus();
}

void ConversationHeader::showState(const QString &text, Dixa::ConversationState state)
{
    const QColor color = stateColor(state);
    m_state->setText(text);
    m_state->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_state->setStyleSheet(
        u"QLabel { color: %1; background: %2; border-radius: 8px; padding: 0px 8px; "
        "font-weight: bold; }"_s.arg(color.name(), mixed(color, Qt::white, 0.82).name()));
}
