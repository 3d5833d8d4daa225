#include "messagethreadview.h"

#include "common/prompts.h"
#include "messagedocument.h"
#include "safehtml.h"

#include <QAbstractItemModel>
#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QScrollBar>
#include <QTextFrame>
#include <QToolTip>

using namespace Qt::StringLiterals;

MessageThreadView::MessageThreadView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"messageThread"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(12);
    setAccessibleName(tr("Messages"));
    connect(this, &QTextBrowser::anchorClicked, this, &MessageThreadView::openLink);
    connect(this, &QTextEdit::cursorPositionChanged, this,
            &MessageThreadView::highlightCurrentMessage);

    // Models report a reload as several changes in a row: one rebuild for all of them.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &MessageThreadView::rebuild);
}

MessageThreadView::~MessageThreadView() = default;

void MessageThreadView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] { scheduleRebuild(false); });
        const auto keep = [this] { scheduleRebuild(true); };
        connect(model, &QAbstractItemModel::rowsInserted, this, keep);
        connect(model, &QAbstractItemModel::rowsRemoved, this, keep);
        connect(model, &QAbstractItemModel::rowsMoved, this, keep);
        connect(model, &QAbstractItemModel::dataChanged, this, keep);
        connect(model, &QAbstractItemModel::layoutChanged, this, keep);
    }
    scheduleRebuild(false);
}

void MessageThreadView::scheduleRebuild(bool keepScroll)
{
    m_keepScroll = m_keepScroll && keepScroll;
    m_rebuildTimer.start();
}

void MessageThreadView::rebuild()
{
    const int scroll = verticalScrollBar()->value();
    const bool keepScroll = m_keepScroll;
    m_keepScroll = true;
    m_selected = nullptr;
    if (m_model) {
        MessageDocument::write(*document(), *m_model, MessageDocument::Colors::from(palette()));
    } else {
        document()->clear();
    }
    verticalScrollBar()->setValue(keepScroll ? scroll : 0);
    highlightCurrentMessage();
}

QString MessageThreadView::messageIdAt(const QPoint &viewportPos) const
{
    // The nearest text position names a frame; the point must also lie inside that frame's
    // bubble, so that the margin beside a message does not count as the message.
    const QPoint documentPos =
        viewportPos + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QTextFrame *frame =
        MessageDocument::messageFrameAt(*document(), cursorForPosition(viewportPos).position());
    if (!frame)
        return {};
    if (!document()->documentLayout()->frameBoundingRect(frame).contains(documentPos))
        return {};
    return MessageDocument::messageId(frame);
}

QString MessageThreadView::currentMessageId() const
{
    return MessageDocument::messageId(
        MessageDocument::messageFrameAt(*document(), textCursor().position()));
}

QStringList MessageThreadView::messageIds() const
{
    QStringList ids;
    for (const QTextFrame *frame : MessageDocument::messageFrames(*document()))
        ids.append(MessageDocument::messageId(frame));
    return ids;
}

QVariant MessageThreadView::loadResource(int type, const QUrl &name)
{
    // Never the network, never a local file: a non-null empty answer also keeps QTextDocument
    // from trying the file system itself.
    m_resourceRequests.append(name);
    if (type == QTextDocument::ImageResource) {
        QImage blank(1, 1, QImage::Format_ARGB32);
        blank.fill(Qt::transparent);
        return blank;
    }
    if (type == QTextDocument::StyleSheetResource)
        return QString();
    return QByteArray();
}

QMenu *MessageThreadView::createMessageMenu(const QString &messageId, const QPoint &viewportPos)
{
    // The standard entries (copy, copy link location) want document coordinates.
    QMenu *menu = createStandardContextMenu(
        viewportPos + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()));
    menu->setObjectName(u"messageMenu"_s);
    menu->addSeparator();
    QAction *anonymize = menu->addAction(tr("&Anonymize message…"));
    anonymize->setObjectName(u"anonymizeMessageAction"_s);
    anonymize->setEnabled(!messageId.isEmpty());
    connect(anonymize, &QAction::triggered, this,
            [this, messageId] { Q_EMIT anonymizeMessageRequested(messageId); });
    return menu;
}

void MessageThreadView::showContextMenu(const QString &messageId, const QPoint &viewportPos)
{
    QMenu *menu = createMessageMenu(messageId, viewportPos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(viewport()->mapToGlobal(viewportPos));
}

void MessageThreadView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Mouse) {
        showContextMenu(messageIdAt(event->pos()), event->pos());
        return;
    }
    // By keyboard: the message the text cursor is in, the menu at the cursor.
    showContextMenu(currentMessageId(), cursorRect().center());
}

void MessageThreadView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        showContextMenu(currentMessageId(), cursorRect().center());
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

bool MessageThreadView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Links show where they lead; they are never followed inside the app.
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString target = anchorAt(help->pos());
        if (target.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), target, viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void MessageThreadView::focusInEvent(QFocusEvent *event)
{
    QTextBrowser::focusInEvent(event);
    m_focused = true;
    highlightCurrentMessage();
}

void MessageThreadView::focusOutEvent(QFocusEvent *event)
{
    QTextBrowser::focusOutEvent(event);
    // The context menu takes the focus for a moment: the message it acts on stays marked.
    if (event->reason() == Qt::PopupFocusReason)
        return;
    m_focused = false;
    highlightCurrentMessage();
}

void MessageThreadView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        scheduleRebuild(true);
}

void MessageThreadView::openLink(const QUrl &url)
{
    if (!SafeHtml::isOpenableLink(url.toString()))
        return;
    if (Prompts::current().confirm(this, tr("Open link"),
                                   tr("Open %1 in your web browser?").arg(url.toDisplayString()),
                                   tr("Open")))
        QDesktopServices::openUrl(url);
}

void MessageThreadView::highlightCurrentMessage()
{
    // While the thread has the focus, the message the keyboard acts on shows it by its border.
    QTextFrame *frame =
        m_focused ? MessageDocument::messageFrameAt(*document(), textCursor().position()) : nullptr;
    if (frame == m_selected)
        return;
    const MessageDocument::Colors colors = MessageDocument::Colors::from(palette());
    if (m_selected) {
        QTextFrameFormat format = m_selected->frameFormat();
        format.setBorderBrush(colors.border);
        m_selected->setFrameFormat(format);
    }
    m_selected = frame;
    if (frame) {
        QTextFrameFormat format = frame->frameFormat();
        format.setBorderBrush(colors.selectedBorder);
        frame->setFrameFormat(format);
    }
}
