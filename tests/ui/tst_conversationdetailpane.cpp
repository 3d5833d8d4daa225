// The conversation detail pane against the in-process sandbox: the header (requester, state,
// queue, assignee, tag chips and their untag ×, from the list or read), the thread in order and
// styled by direction, Html shown without scripts or remote loads, Markdown formatted, the
// "Anonymize message…" context menu by mouse and keyboard, notes with "Add note…", activity and
// ratings, lazy tabs, errors in the pane, reload in place.
#include "detail/conversationdetailpane.h"
#include "detail/conversationheader.h"
#include "detail/detailtabpage.h"
#include "detail/messagedocument.h"
#include "detail/messagethreadview.h"
#include "detail/safehtml.h"
#include "detail/tagchip.h"
#include "items/conversationlistmodel.h"
#include "sandboxfixture.h"
#include "scriptedprompts.h"
#include "testworkspace.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestConversationDetailPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_id = 0;    // open, assigned, queued, tagged, a thread both ways, notes
    qint64 m_rated = 0; // with ratings and activity
    qint64 m_quiet = 0; // no notes

    QJsonValue data(const QString &path) { return m_sandbox->get(path).data(); }
    QJsonArray list(qint64 id, const QString &what)
    {
        return data(u"/v1/conversations/%1/%2"_s.arg(id).arg(what)).toArray();
    }

    bool suitsMain(qint64 id)
    {
        const QJsonObject conversation = data(u"/v1/conversations/%1"_s.arg(id)).toObject();
        // Channels that take inbound and outbound messages through the API.
        static const QStringList channels{u"Email"_s, u"WidgetChat"_s, u"Messenger"_s,
                                          u"ContactForm"_s};
        if (!channels.contains(conversation[u"channel"_s].toString()) ||
            conversation[u"state"_s].toString() != u"Open"_s ||
            !conversation.contains(u"assignment"_s) || !conversation.contains(u"queue"_s))
            return false;
        const QJsonObject requester =
            data(u"/v1/endusers/%1"_s.arg(conversation[u"requesterId"_s].toString())).toObject();
        if (requester[u"displayName"_s].toString().isEmpty() ||
            requester[u"email"_s].toString().isEmpty())
            return false;
        if (list(id, u"tags"_s).size() < 2 || list(id, u"notes"_s).isEmpty())
            return false;
        QSet<QString> directions;
        const QJsonArray messages = list(id, u"messages"_s);
        for (const QJsonValue &message : messages)
            directions.insert(message[u"attributes"_s][u"direction"_s].toString());
        return messages.size() >= 3 && directions.contains(u"Inbound"_s) &&
               directions.contains(u"Outbound"_s);
    }

    std::unique_ptr<ConversationDetailPane> openPane(qint64 id)
    {
        auto pane = std::make_unique<ConversationDetailPane>(*m_workspace);
        pane->resize(900, 720);
        pane->show();
        pane->showConversation(id);
        return pane;
    }

    static MessageThreadView *thread(const ConversationDetailPane &pane)
    {
        return pane.findChild<MessageThreadView *>(u"messageThread"_s);
    }
    static QString fact(const ConversationDetailPane &pane, const QString &name)
    {
        return pane.findChild<QLabel *>(name)->text();
    }
    static QTabWidget *tabs(const ConversationDetailPane &pane)
    {
        return pane.findChild<QTabWidget *>(u"detailTabs"_s);
    }
    static ConversationHeader *header(const ConversationDetailPane &pane)
    {
        return pane.findChild<ConversationHeader *>(u"conversationHeader"_s);
    }
    QStringList messageIds(qint64 id)
    {
        QStringList ids;
        for (const QJsonValue &message : list(id, u"messages"_s))
            ids.append(message[u"id"_s].toString());
        return ids;
    }
    bool requested(const QString &path)
    {
        for (const QJsonValue &entry : m_sandbox->requestLog()) {
            if (entry[u"method"_s].toString() == u"GET"_s && entry[u"path"_s].toString() == path)
                return true;
        }
        return false;
    }
    // Adds a message to m_id's thread and waits until the pane shows it; its id.
    QString addMessage(ConversationDetailPane &pane, const QJsonObject &body)
    {
        const auto reply = m_sandbox->post(u"/v1/conversations/%1/messages"_s.arg(m_id), body);
        if (reply.status != 200)
            return {};
        const QString messageId = reply.data()[u"messageId"_s].toString();
        pane.reload();
        if (!QTest::qWaitFor([&] { return thread(pane)->messageIds().contains(messageId); }, 10000))
            return {};
        return messageId;
    }
    QTextFrame *frameOf(MessageThreadView *view, const QString &messageId)
    {
        for (QTextFrame *frame : MessageDocument::messageFrames(*view->document())) {
            if (MessageDocument::messageId(frame) == messageId)
                return frame;
        }
        return nullptr;
    }
    // A point of the viewport inside `frame`, scrolled into view.
    static QPoint pointIn(MessageThreadView *view, QTextFrame *frame)
    {
        const QRectF box = view->document()->documentLayout()->frameBoundingRect(frame);
        view->verticalScrollBar()->setValue(int(box.top()) - 4);
        return QPoint(int(box.left() + box.width() / 2),
                      int(box.top() + 14 - view->verticalScrollBar()->value()));
    }
    static QMenu *openMenu()
    {
        QMenu *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    auto *menu = qobject_cast<QMenu *>(widget);
                    if (menu && menu->objectName() == u"messageMenu"_s && menu->isVisible())
                        found = menu;
                }
                return found != nullptr;
            },
            5000);
        return shown ? found : nullptr;
    }
    static QAction *anonymizeAction(QMenu *menu)
    {
        return menu ? menu->findChild<QAction *>(u"anonymizeMessageAction"_s) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        m_workspace = makeTestWorkspace(*m_sandbox);
        m_workspace->loadDirectories();
        for (qint64 id = 3000; id > 1000 && (m_id == 0 || m_rated == 0 || m_quiet == 0); --id) {
            if (m_id == 0 && suitsMain(id)) {
                m_id = id;
                continue;
            }
            if (m_rated == 0 && !list(id, u"ratings"_s).isEmpty() &&
                !list(id, u"activitylog"_s).isEmpty())
                m_rated = id;
            else if (m_quiet == 0 && list(id, u"notes"_s).isEmpty() &&
                     data(u"/v1/conversations/%1"_s.arg(id))[u"_type"_s].toString() !=
                         u"AnonymizedConversation"_s)
                m_quiet = id;
        }
        QVERIFY(m_id != 0 && m_rated != 0 && m_quiet != 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->directoriesLoaded(), 10000);
    }

    void init() { QCOMPARE(m_sandbox->del(u"/_sandbox/faults"_s).status, 204); }

    void showsAPlaceholderWhenNothingIsSelected()
    {
        auto pane = openPane(0);
        QCOMPARE(pane->conversationId(), 0);
        QVERIFY(pane->findChild<QLabel *>(u"detailPlaceholder"_s)->isVisible());
        QVERIFY(!header(*pane)->isVisible());
    }

    void headerShowsTheConversation()
    {
        const QJsonObject conversation = data(u"/v1/conversations/%1"_s.arg(m_id)).toObject();
        const QJsonObject requester =
            data(u"/v1/endusers/%1"_s.arg(conversation[u"requesterId"_s].toString())).toObject();
        const QString queue =
            data(u"/v1/queues/%1"_s.arg(conversation[u"queue"_s][u"id"_s].toString()))[u"name"_s]
                .toString();
        const QString agent = data(u"/v1/agents/%1"_s.arg(
            conversation[u"assignment"_s][u"agentId"_s].toString()))[u"displayName"_s]
                                  .toString();

        auto pane = openPane(m_id);
        QCOMPARE(pane->conversationId(), m_id);
        QTRY_VERIFY_WITH_TIMEOUT(
            fact(*pane, u"requesterValue"_s).contains(requester[u"email"_s].toString()), 10000);
        QVERIFY(fact(*pane, u"requesterValue"_s).contains(requester[u"displayName"_s].toString()));
        QCOMPARE(fact(*pane, u"stateValue"_s), u"Open"_s);
        QCOMPARE(fact(*pane, u"queueValue"_s), queue);
        QCOMPARE(fact(*pane, u"assigneeValue"_s), agent);
        QVERIFY(!fact(*pane, u"channelValue"_s).isEmpty());
        QVERIFY(!fact(*pane, u"createdValue"_s).isEmpty());
        QVERIFY(!fact(*pane, u"headerTitle"_s).isEmpty());

        const QJsonArray tags = list(m_id, u"tags"_s);
        const QList<TagChip *> chips = header(*pane)->tagChips();
        QCOMPARE(chips.size(), tags.size());
        for (int i = 0; i < chips.size(); ++i) {
            const QJsonObject tag = tags.at(i).toObject();
            QCOMPARE(chips.at(i)->tagId(), tag[u"id"_s].toString());
            QCOMPARE(chips.at(i)->name(), tag[u"name"_s].toString());
            if (tag.contains(u"color"_s))
                QCOMPARE(chips.at(i)->color(), QColor::fromString(tag[u"color"_s].toString()));
            QVERIFY(chips.at(i)->removeButton()->focusPolicy() & Qt::TabFocus);
        }
    }

    void untagChipAsksToRemoveTheTag()
    {
        auto pane = openPane(m_id);
        QTRY_VERIFY_WITH_TIMEOUT(header(*pane)->tagChips().size() >= 2, 10000);
        QSignalSpy untag(pane.get(), &ConversationDetailPane::untagRequested);
        TagChip *second = header(*pane)->tagChips().at(1);
        QTest::mouseClick(second->removeButton(), Qt::LeftButton);
        QCOMPARE(untag.size(), 1);
        QCOMPARE(untag.first().at(0).toLongLong(), m_id);
        QCOMPARE(untag.first().at(1).toString(), second->tagId());

        // By keyboard: the × takes focus and Space presses it.
        TagChip *first = header(*pane)->tagChips().at(0);
        first->removeButton()->setFocus();
        QTest::keyClick(first->removeButton(), Qt::Key_Space);
        QCOMPARE(untag.size(), 2);
        QCOMPARE(untag.last().at(1).toString(), first->tagId());
    }

    void headerComesFromTheListAndFollowsIt()
    {
        std::optional<Dixa::Conversation> read;
        std::optional<QList<Dixa::Tag>> readTags;
        QObject context;
        m_workspace->api().conversation(m_rated).then(
            &context, [&read](const ApiOutcome<Dixa::Conversation> &outcome) {
                if (outcome.ok())
                    read = *outcome;
            });
        m_workspace->api().conversationTags(m_rated).then(
            &context, [&readTags](const ApiOutcome<QList<Dixa::Tag>> &outcome) {
                if (outcome.ok())
                    readTags = *outcome;
            });
        QTRY_VERIFY_WITH_TIMEOUT(read && readTags, 10000);
        m_workspace->conversations()->appendRows(
            {ConversationRow::fromConversation(*read, *readTags)});

        m_sandbox->clearRequestLog();
        auto pane = openPane(m_rated);
        // At once, from the row: no read of the conversation.
        QCOMPARE(fact(*pane, u"stateValue"_s), u"Closed"_s);
        QCOMPARE(header(*pane)->tagChips().size(), readTags->size());
        QVERIFY(!requested(u"/v1/conversations/%1"_s.arg(m_rated)));

        // The list re-reads the row after a change: the header follows.
        QCOMPARE(
            m_sandbox->put(u"/v1/conversations/%1/reopen"_s.arg(m_rated), QJsonObject()).status,
            204);
        m_workspace->conversations()->reloadConversations({m_rated});
        QTRY_COMPARE_WITH_TIMEOUT(fact(*pane, u"stateValue"_s), u"Open"_s, 10000);
    }

    void messagesShowInOrderStyledByDirection()
    {
        auto pane = openPane(m_id);
        MessageThreadView *view = thread(*pane);
        QTRY_COMPARE_WITH_TIMEOUT(view->messageIds(), messageIds(m_id), 10000);
        const QList<QTextFrame *> frames = MessageDocument::messageFrames(*view->document());
        const QJsonArray messages = list(m_id, u"messages"_s);
        QTextFrameFormat inbound;
        QTextFrameFormat outbound;
        for (int i = 0; i < frames.size(); ++i) {
            const QTextFrameFormat format = frames.at(i)->frameFormat();
            const QString direction = messages.at(i)[u"attributes"_s][u"direction"_s].toString();
            const auto shown =
                Dixa::Direction(format.property(MessageDocument::DirectionProperty).toInt());
            if (direction == u"Inbound"_s) {
                QCOMPARE(shown, Dixa::Direction::Inbound);
                inbound = format;
            } else if (direction == u"Outbound"_s) {
                QCOMPARE(shown, Dixa::Direction::Outbound);
                outbound = format;
            }
        }
        QVERIFY(inbound.background() != outbound.background());
        QVERIFY(inbound.rightMargin() > 0 && inbound.leftMargin() == 0);
        QVERIFY(outbound.leftMargin() > 0 && outbound.rightMargin() == 0);
        // Each message shows its author's name, not an id (agents: every one is known).
        QString agent;
        for (const QJsonValue &message : messages) {
            if (message[u"attributes"_s][u"direction"_s].toString() == u"Outbound"_s)
                agent = message[u"authorId"_s].toString();
        }
        const QString name = m_workspace->agentName(agent);
        QVERIFY(!name.isEmpty());
        QVERIFY(view->toPlainText().contains(name));
        QVERIFY(!view->toPlainText().contains(agent));
    }

    void htmlIsShownWithoutScriptsOrRemoteLoads()
    {
        auto pane = openPane(m_id);
        MessageThreadView *view = thread(*pane);
        QTRY_VERIFY_WITH_TIMEOUT(!view->messageIds().isEmpty(), 10000);
        const QString html =
            u"<div onclick=\"alert(2)\"><p>Hello <b>there</b></p>"
            "<script>alert(1)</script><img src=\"http://198.51.100.1/x.png\" alt=\"pixel\">"
            "<p style=\"background-image:url(http://198.51.100.1/bg.png)\">Styled</p>"
            "<a href=\"javascript:alert(3)\">bad link</a> <a href=\"https://example.com/ok\">"
            "good link</a></div>"_s;
        const QString id = addMessage(
            *pane,
            QJsonObject{{u"_type"_s, u"Inbound"_s},
                        {u"content"_s, QJsonObject{{u"_type"_s, u"Html"_s}, {u"value"_s, html}}}});
        QVERIFY(!id.isEmpty());
        QTextFrame *frame = frameOf(view, id);
        QVERIFY(frame);
        QTextCursor cursor(frame);
        cursor.setPosition(frame->lastPosition(), QTextCursor::KeepAnchor);
        const QString shown = cursor.selection().toPlainText();
        QVERIFY2(shown.contains(u"Hello there"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"Styled"_s));
        QVERIFY(shown.contains(u"bad link"_s));
        QVERIFY(!shown.contains(u"alert"_s));
        const QString documentHtml = view->document()->toHtml();
        QVERIFY(!documentHtml.contains(u"198.51.100.1"_s));
        QVERIFY(!documentHtml.contains(u"onclick"_s));
        QVERIFY(!documentHtml.contains(u"javascript"_s));
        QVERIFY(documentHtml.contains(u"https://example.com/ok"_s));
        // Laid out and painted: the browser still asked for nothing.
        view->viewport()->grab();
        QCOMPARE(view->resourceRequests(), QList<QUrl>());

        // A click on a link is not followed inside the app: it asks to open the system browser.
        ScriptedPrompts prompts; // answers No
        const QTextCursor link = view->document()->find(u"good link"_s);
        QVERIFY(!link.isNull());
        QTextCursor at(view->document());
        at.setPosition(link.selectionStart() + 2);
        view->verticalScrollBar()->setValue(view->cursorRect(at).top() - 20);
        const QPoint point = view->cursorRect(at).center();
        QCOMPARE(view->anchorAt(point), u"https://example.com/ok"_s);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QTRY_COMPARE(prompts.questions.size(), 1);
        QVERIFY(prompts.questions.first().contains(u"https://example.com/ok"_s));
        QCOMPARE(view->resourceRequests(), QList<QUrl>());
    }

    void sanitizerKeepsFormattingOnly_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("safe");
        QTest::newRow("script") << u"<p>a</p><script>alert(1)</script><SCRIPT src=x></SCRIPT>b"_s
                                << u"<p>a</p>b"_s;
        QTest::newRow("handlers") << u"<b onclick=\"x()\" onMouseOver='y'>bold</b>"_s
                                  << u"<b>bold</b>"_s;
        QTest::newRow("encoded javascript")
            << u"<a href=\"jav&#x61;script:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
        QTest::newRow("remote image")
            << u"<img src=\"https://t.example/p.gif\">"_s
            << u"<span style=\"color:#808080\">[image not loaded]</span>"_s;
        QTest::newRow("css url") << u"<p style=\"color:red;background:url(http://x/y)\">p</p>"_s
                                 << u"<p style=\"color:red\">p</p>"_s;
        QTest::newRow("frames and styles")
            << u"<style>p{}</style><iframe src=\"http://x\">in</iframe><link href=x>t"_s << u"t"_s;
        QTest::newRow("comment and stray <") << u"a <!-- <script> --> 1 < 2"_s << u"a  1 &lt; 2"_s;
    }

    void sanitizerKeepsFormattingOnly()
    {
        QFETCH(QString, html);
        QFETCH(QString, safe);
        QCOMPARE(SafeHtml::fromHtml(html), safe);
    }

    void markdownIsFormatted()
    {
        auto pane = openPane(m_id);
        QTRY_VERIFY_WITH_TIMEOUT(!thread(*pane)->messageIds().isEmpty(), 10000);
        const QString agent =
            data(u"/v1/conversations/%1"_s.arg(m_id))[u"assignment"_s][u"agentId"_s].toString();
        const QString id = addMessage(
            *pane, QJsonObject{{u"_type"_s, u"Outbound"_s},
                               {u"agentId"_s, agent},
                               {u"content"_s, QJsonObject{{u"_type"_s, u"Markdown"_s},
                                                          {u"value"_s, u"Your order **NL-1** is "
                                                                       "*on its way*"_s}}}});
        QVERIFY(!id.isEmpty());
        QTextFrame *frame = frameOf(thread(*pane), id);
        bool bold = false;
        bool italic = false;
        QString text;
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            for (auto fragment = it.currentBlock().begin(); !fragment.atEnd(); ++fragment) {
                const QTextFragment part = fragment.fragment();
                text += part.text();
                bold = bold ||
                       (part.text() == u"NL-1"_s && part.charFormat().fontWeight() >= QFont::Bold);
                italic =
                    italic || (part.text() == u"on its way"_s && part.charFormat().fontItalic());
            }
        }
        QVERIFY2(bold && italic, qPrintable(text));
        QVERIFY(!text.contains(u"**"_s));
    }

    void contextMenuAnonymizesTheMessageUnderTheMouse()
    {
        auto pane = openPane(m_id);
        MessageThreadView *view = thread(*pane);
        QTRY_VERIFY_WITH_TIMEOUT(view->messageIds().size() >= 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->document()->size().height() > 100, 5000);
        QSignalSpy anonymize(pane.get(), &ConversationDetailPane::anonymizeMessageRequested);

        const QString second = view->messageIds().at(1);
        const QPoint point = pointIn(view, frameOf(view, second));
        QCOMPARE(view->messageIdAt(point), second);
        QContextMenuEvent event(QContextMenuEvent::Mouse, point,
                                view->viewport()->mapToGlobal(point));
        QApplication::sendEvent(view->viewport(), &event);
        QMenu *menu = openMenu();
        QVERIFY(menu);
        QAction *action = anonymizeAction(menu);
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->text(), u"&Anonymize message…"_s);
        action->trigger();
        menu->close();
        QCOMPARE(anonymize.size(), 1);
        QCOMPARE(anonymize.first().at(0).toLongLong(), m_id);
        QCOMPARE(anonymize.first().at(1).toString(), second);

        // By keyboard: the message at the text cursor.
        const QString third = view->messageIds().at(2);
        QTextCursor cursor(view->document());
        cursor.setPosition(frameOf(view, third)->firstPosition() + 1);
        view->setTextCursor(cursor);
        QCOMPARE(view->currentMessageId(), third);
        view->setFocus();
        const QPoint at = view->cursorRect().center();
        QContextMenuEvent key(QContextMenuEvent::Keyboard, at, view->mapToGlobal(at));
        QApplication::sendEvent(view, &key);
        menu = openMenu();
        QVERIFY(anonymizeAction(menu));
        anonymizeAction(menu)->trigger();
        menu->close();
        QCOMPARE(anonymize.size(), 2);
        QCOMPARE(anonymize.last().at(1).toString(), third);

        // Shift+F10 opens the same menu for the message at the cursor.
        cursor.setPosition(frameOf(view, second)->firstPosition() + 1);
        view->setTextCursor(cursor);
        QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
        menu = openMenu();
        QVERIFY(anonymizeAction(menu));
        anonymizeAction(menu)->trigger();
        menu->close();
        QCOMPARE(anonymize.size(), 3);
        QCOMPARE(anonymize.last().at(1).toString(), second);
    }

    void notesTabListsNotesAndAsksForANewOne()
    {
        auto pane = openPane(m_id);
        tabs(*pane)->setCurrentIndex(1);
        auto *notes = pane->findChild<QListView *>(u"noteList"_s);
        QTRY_COMPARE_WITH_TIMEOUT(notes->model()->rowCount(), list(m_id, u"notes"_s).size(), 10000);
        QTRY_VERIFY(notes->isVisible());
        QVERIFY(notes->sizeHintForRow(0) > 30);

        QSignalSpy addNote(pane.get(), &ConversationDetailPane::addNoteRequested);
        QTest::mouseClick(pane->findChild<QPushButton *>(u"addNoteButton"_s), Qt::LeftButton);
        QCOMPARE(addNote.size(), 1);
        QCOMPARE(addNote.first().at(0).toLongLong(), m_id);

        // Reload reads the tab again in place.
        const int before = notes->model()->rowCount();
        QCOMPARE(m_sandbox
                     ->post(u"/v1/conversations/%1/notes"_s.arg(m_id),
                            QJsonObject{{u"message"_s, u"Checked with the warehouse"_s}})
                     .status,
                 200);
        QSignalSpy resets(notes->model(), &QAbstractItemModel::modelReset);
        pane->reload();
        QTRY_COMPARE_WITH_TIMEOUT(notes->model()->rowCount(), before + 1, 10000);
        QCOMPARE(resets.size(), 0);
    }

    void emptyNotesSaySo()
    {
        auto pane = openPane(m_quiet);
        tabs(*pane)->setCurrentIndex(1);
        auto *page = qobject_cast<DetailTabPage *>(tabs(*pane)->widget(1));
        QTRY_COMPARE_WITH_TIMEOUT(page->stateText(), u"No notes yet"_s, 10000);
    }

    void activityAndRatingsTabsFill()
    {
        auto pane = openPane(m_rated);
        tabs(*pane)->setCurrentIndex(2);
        auto *activity = pane->findChild<QTableView *>(u"activityTable"_s);
        QTRY_COMPARE_WITH_TIMEOUT(activity->model()->rowCount(),
                                  list(m_rated, u"activitylog"_s).size(), 10000);
        QVERIFY(!activity->model()->index(0, 1).data().toString().isEmpty());
        tabs(*pane)->setCurrentIndex(3);
        auto *ratings = pane->findChild<QTableView *>(u"ratingTable"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ratings->model()->rowCount(), list(m_rated, u"ratings"_s).size(),
                                  10000);
        QVERIFY(!ratings->model()->index(0, 1).data().toString().isEmpty());
    }

    void tabsReadOnlyWhenShown()
    {
        m_sandbox->clearRequestLog();
        auto pane = openPane(m_quiet);
        QTRY_VERIFY_WITH_TIMEOUT(requested(u"/v1/conversations/%1/messages"_s.arg(m_quiet)), 10000);
        QVERIFY(!requested(u"/v1/conversations/%1/notes"_s.arg(m_quiet)));
        QVERIFY(!requested(u"/v1/conversations/%1/activitylog"_s.arg(m_quiet)));
        QVERIFY(!requested(u"/v1/conversations/%1/ratings"_s.arg(m_quiet)));
        tabs(*pane)->setCurrentIndex(3);
        QTRY_VERIFY_WITH_TIMEOUT(requested(u"/v1/conversations/%1/ratings"_s.arg(m_quiet)), 10000);
        QVERIFY(!requested(u"/v1/conversations/%1/notes"_s.arg(m_quiet)));
    }

    // With DIXA_SCREENSHOT_DIR set: the pane's tabs as PNGs there, to look at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("DIXA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("DIXA_SCREENSHOT_DIR is not set");
        const auto shoot = [&dir](QWidget &pane, const QString &name) {
            QTest::qWait(50); // let the thread's deferred rebuild and layouts settle
            return pane.grab().save(QDir(dir).filePath(name));
        };
        auto pane = openPane(m_id);
        QTRY_VERIFY_WITH_TIMEOUT(thread(*pane)->messageIds().size() >= 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!header(*pane)->tagChips().isEmpty(), 10000);
        QVERIFY(shoot(*pane, u"detail-pane.png"_s));
        tabs(*pane)->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(
            qobject_cast<DetailTabPage *>(tabs(*pane)->widget(1))->isShowingView(), 10000);
        QVERIFY(shoot(*pane, u"detail-notes.png"_s));

        auto rated = openPane(m_rated);
        tabs(*rated)->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(
            qobject_cast<DetailTabPage *>(tabs(*rated)->widget(2))->isShowingView(), 10000);
        QVERIFY(shoot(*rated, u"detail-activity.png"_s));
        tabs(*rated)->setCurrentIndex(3);
        QTRY_VERIFY_WITH_TIMEOUT(
            qobject_cast<DetailTabPage *>(tabs(*rated)->widget(3))->isShowingView(), 10000);
        QVERIFY(shoot(*rated, u"detail-ratings.png"_s));

        // An e-mail thread with Html bodies (remote images and all).
        for (qint64 id = 2990; id > 2000; --id) {
            if (data(u"/v1/conversations/%1"_s.arg(id))[u"channel"_s].toString() != u"Email"_s)
                continue;
            const QJsonArray messages = list(id, u"messages"_s);
            bool html = false;
            for (const QJsonValue &message : messages) {
                const QString body =
                    message[u"attributes"_s][u"emailContent"_s][u"content"_s][u"value"_s]
                        .toString();
                html = html || body.contains(u"<img"_s) || body.contains(u"<script"_s);
            }
            if (!html)
                continue;
            auto email = openPane(id);
            QTRY_VERIFY_WITH_TIMEOUT(thread(*email)->messageIds().size() == messages.size(), 10000);
            QVERIFY(shoot(*email, u"detail-email.png"_s));
            QCOMPARE(thread(*email)->resourceRequests(), QList<QUrl>());
            break;
        }
        auto empty = openPane(0);
        QVERIFY(shoot(*empty, u"detail-empty.png"_s));
    }

    void errorsAreSaidInThePane()
    {
        ScriptedPrompts prompts; // nothing may ask or tell through a box
        QVERIFY(m_sandbox->setFaults(QJsonObject{
            {u"script"_s,
             QJsonArray{QJsonObject{{u"kind"_s, u"server-error"_s},
                                    {u"method"_s, u"GET"_s},
                                    {u"path"_s, u"/conversations/%1"_s.arg(m_quiet)},
                                    {u"count"_s, 10}},
                        QJsonObject{{u"kind"_s, u"server-error"_s},
                                    {u"method"_s, u"GET"_s},
                                    {u"path"_s, u"/conversations/%1/messages"_s.arg(m_quiet)},
                                    {u"count"_s, 10}}}}}));
        auto pane = openPane(m_quiet);
        auto *status = pane->findChild<QLabel *>(u"headerStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"could not be read"_s), 10000);
        QVERIFY(status->isVisible());
        auto *page = qobject_cast<DetailTabPage *>(tabs(*pane)->widget(0));
        QTRY_VERIFY_WITH_TIMEOUT(page->stateText().startsWith(u"Could not read this list"_s),
                                 10000);
        QVERIFY(prompts.notices.isEmpty());
        QVERIFY(prompts.questions.isEmpty());
    }
};

QTEST_MAIN(TestConversationDetailPane)
#include "tst_conversationdetailpane.moc"
