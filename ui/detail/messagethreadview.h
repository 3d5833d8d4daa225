#pragma once

#include <QList>
#include <QPointer>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

class QAbstractItemModel;
class QMenu;
class QTextFrame;

// The thread of one conversation, read-only: the rows of a MessageListModel written by
// MessageDocument into ONE QTextBrowser document, one frame per message carrying the message's id.
// One document (rather than a list view with a delegate) because messages are rich text of any
// length: the text engine lays them out, wraps them, lets the user select and copy across
// messages and Tab to links, and any position (the mouse's, or the text cursor's when working by
// keyboard) maps back to its message through the enclosing frame, so "Anonymize message…" always
// names the message the user pointed at. Nothing outside the app is ever loaded: loadResource()
// answers every request with nothing (and records it), and links are never followed inside the
// view; a click offers to open http(s) and mailto links in the system browser.
class MessageThreadView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageThreadView)

public:
    explicit MessageThreadView(QWidget *parent = nullptr);
    ~MessageThreadView() override;

    // The messages to show (a MessageListModel); the view follows its changes.
    void setModel(QAbstractItemModel *model);

    // The id of the message at `viewportPos` (empty between messages).
    QString messageIdAt(const QPoint &viewportPos) const;
    // The id of the message the text cursor is in (empty when none).
    QString currentMessageId() const;
    // The ids of the messages shown, in order.
    QStringList messageIds() const;
    // Every resource the document asked for (it never gets one).
    const QList<QUrl> &resourceRequests() const { return m_resourceRequests; }

    // The context menu for `messageId` (standard entries plus "Anonymize message…"), not shown.
    QMenu *createMessageMenu(const QString &messageId, const QPoint &viewportPos);

Q_SIGNALS:
    void anonymizeMessageRequested(const QString &messageId);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void scheduleRebuild(bool keepScroll);
    void rebuild();
    void openLink(const QUrl &url);
    void highlightCurrentMessage();
    void showContextMenu(const QString &messageId, const QPoint &viewportPos);

    QPointer<QAbstractItemModel> m_model;
    QList<QUrl> m_resourceRequests;
    QPointer<QTextFrame> m_selected;
    QTimer m_rebuildTimer;
    bool m_keepScroll = true;
    bool m_focused = false; // focus in, and not lost to anything but a popup
};
