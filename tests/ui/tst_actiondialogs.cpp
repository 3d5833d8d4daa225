// The action dialogs enforce the spec: required fields are marked, OK stays disabled with the
// reason shown until the form is valid, ids are picked from the sandbox's lists, and what comes
// out validates against the schema the request is sent with.
#include "dialogs/actinguserdialog.h"
#include "dialogs/claimdialog.h"
#include "dialogs/followupdialog.h"
#include "dialogs/notedialog.h"
#include "dialogs/replydialog.h"
#include "dialogs/tagdialog.h"
#include "dialogs/transferdialog.h"
#include "forms/entitypicker.h"
#include "forms/specform.h"
#include "items/agenttablemodel.h"
#include "items/itemroles.h"
#include "items/queuelistmodel.h"
#include "items/taglistmodel.h"
#include "sandboxfixture.h"
#include "testworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestActionDialogs : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    std::unique_ptr<Workspace> m_ws;

    QString agentId(int row) const
    {
        return m_ws->agents()->index(row, 0).data(ItemRoles::IdRole).toString();
    }
    QString queueId(int row) const
    {
        return m_ws->queues()->index(row, 0).data(ItemRoles::IdRole).toString();
    }
    QStringList tagIds(bool active) const
    {
        QStringList ids;
        for (int row = 0; row < m_ws->tags()->rowCount(); ++row) {
            const QModelIndex index = m_ws->tags()->index(row, 0);
            if (index.data(ItemRoles::ActiveRole).toBool() == active)
                ids.append(index.data(ItemRoles::IdRole).toString());
        }
        return ids;
    }
    static QStringList listedIds(const EntityPicker *picker)
    {
        QStringList ids;
        const QAbstractItemModel *model = picker->listView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(ItemRoles::IdRole).toString());
        return ids;
    }
    static QString reasonShown(const QDialog &dialog)
    {
        return dialog.findChild<QLabel *>(u"reason"_s)->text();
    }
    static QString labelOf(const SpecForm *form, const QString &path)
    {
        return form->label(path)->text().remove(u'&');
    }
    // The next widget Tab moves to from `widget`.
    static QWidget *nextTabStop(QWidget *widget)
    {
        for (QWidget *next = widget->nextInFocusChain(); next != widget;
             next = next->nextInFocusChain()) {
            if ((next->focusPolicy() & Qt::TabFocus) && next->isVisibleTo(widget->window()) &&
                next->isEnabled() && !next->focusProxy())
                return next;
        }
        return widget;
    }
    // With DIXA_DIALOG_SHOTS set, saves what the dialog looks like to /tmp/dlg-<name>.png.
    static void shoot(QWidget &dialog, const QString &name)
    {
        if (!qEnvironmentVariableIsSet("DIXA_DIALOG_SHOTS"))
            return;
        dialog.show();
        dialog.adjustSize();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(u"/tmp/dlg-%1.png"_s.arg(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isRunning());
        m_ws = makeTestWorkspace(m_sandbox);
        m_ws->loadDirectories();
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->directoriesLoaded(), 10000);
        QCOMPARE(m_ws->agents()->rowCount(), 15);
    }

    void claimNeedsAnAgent()
    {
        ClaimDialog dialog(*m_ws, 3);
        QCOMPARE(dialog.windowTitle(), u"Claim 3 conversations"_s);
        QVERIFY(dialog.introText().contains(u"all 3 conversations"_s));
        QCOMPARE(labelOf(dialog.form(), u"agentId"_s), u"Agent *"_s);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(reasonShown(dialog), u"Agent is required."_s);
        QCOMPARE(dialog.agentPicker()->visibleCount(), 15);
        shoot(dialog, u"claim"_s);

        dialog.agentPicker()->setCurrentId(agentId(2));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QVERIFY(reasonShown(dialog).isEmpty());
        QCOMPARE(dialog.agentId(), agentId(2));
        QCOMPARE(dialog.form()->json(), QJsonObject({{u"agentId"_s, agentId(2)}}));
        QCOMPARE(ClaimDialog(*m_ws, 1).windowTitle(), u"Claim conversation"_s);
    }

    void claimByKeyboardThenEnterAccepts()
    {
        ClaimDialog dialog(*m_ws, 1);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *filter = dialog.agentPicker()->filterEdit();
        const QString name =
            m_ws->agents()->index(7, 0).data(ItemRoles::DisplayNameRole).toString();
        QTest::keyClicks(filter, name);
        QVERIFY(listedIds(dialog.agentPicker()).contains(agentId(7)));
        const QString first = listedIds(dialog.agentPicker()).constFirst();
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(dialog.agentId(), first);
        QVERIFY(dialog.isVisible()); // picking does not accept
        // Enter on the row already picked is the dialog's: it claims.
        QTest::keyClick(dialog.agentPicker()->listView(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.agentId(), first);
    }

    void escapeCancels()
    {
        TransferDialog dialog(*m_ws, 2);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.queuePicker()->setCurrentId(queueId(0));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void transferNeedsAQueue()
    {
        TransferDialog dialog(*m_ws, 3);
        QCOMPARE(dialog.windowTitle(), u"Transfer 3 conversations"_s);
        QCOMPARE(labelOf(dialog.form(), u"queueId"_s), u"Target queue *"_s);
        QCOMPARE(labelOf(dialog.form(), u"userId"_s), u"Transferred by"_s);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(reasonShown(dialog), u"Target queue is required."_s);
        // The acting user alone does not make it valid.
        dialog.userPicker()->setCurrentId(agentId(1));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.queuePicker()->visibleCount(), 5);
        shoot(dialog, u"transfer"_s);

        dialog.queuePicker()->setFilterText(m_ws->queueName(queueId(3)));
        QVERIFY(listedIds(dialog.queuePicker()).contains(queueId(3)));
        dialog.queuePicker()->setCurrentId(queueId(3));
        QVERIFY(dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.queueId(), queueId(3));
        QCOMPARE(dialog.userId(), std::optional<QString>(agentId(1)));
        dialog.userPicker()->clear();
        QCOMPARE(dialog.userId(), std::nullopt);
        QVERIFY(
            m_ws->spec().validate(u"TransferConversationInput"_s, dialog.form()->json()).isEmpty());
    }

    void closeAndReopenTakeAnOptionalActingUser()
    {
        ActingUserDialog close(*m_ws, ActingUserDialog::Action::Close, 2);
        QCOMPARE(close.windowTitle(), u"Close 2 conversations"_s);
        QVERIFY(close.acceptButton()->isEnabled());
        QCOMPARE(close.userId(), std::nullopt);
        QCOMPARE(labelOf(close.form(), u"userId"_s), u"Closed by"_s);
        close.userPicker()->setCurrentId(agentId(4));
        QCOMPARE(close.userId(), std::optional<QString>(agentId(4)));
        shoot(close, u"close-as"_s);

        ActingUserDialog reopen(*m_ws, ActingUserDialog::Action::Reopen, 1);
        QCOMPARE(reopen.windowTitle(), u"Reopen conversation"_s);
        QCOMPARE(labelOf(reopen.form(), u"userId"_s), u"Reopened by"_s);
        QVERIFY(reopen.acceptButton()->isEnabled());
    }

    void tagAddOffersActiveTagsOnly()
    {
        const QStringList active = tagIds(true);
        const QStringList inactive = tagIds(false);
        QCOMPARE(inactive.size(), 3);

        TagDialog dialog(*m_ws, TagDialog::Mode::Add, 4);
        QCOMPARE(dialog.windowTitle(), u"Tag 4 conversations"_s);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(reasonShown(dialog), u"Tag name is required."_s);
        const QStringList offered = listedIds(dialog.tagPicker());
        QCOMPARE(offered.size(), active.size());
        for (const QString &id : inactive)
            QVERIFY(!offered.contains(id));
        shoot(dialog, u"tag-add"_s);

        // Type-ahead: part of a name, Enter picks the first match.
        const QString name = m_ws->tagName(active.at(5));
        QTest::keyClicks(dialog.tagPicker()->filterEdit(), name);
        QVERIFY(listedIds(dialog.tagPicker()).contains(active.at(5)));
        QTest::keyClick(dialog.tagPicker()->filterEdit(), Qt::Key_Return);
        QVERIFY(!dialog.tagId().isEmpty());
        QCOMPARE(m_ws->tagName(dialog.tagId()).toCaseFolded().contains(name.toCaseFolded()), true);
        QVERIFY(dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.form()->json(), QJsonObject({{u"name"_s, m_ws->tagName(dialog.tagId())}}));
    }

    void tagRemoveOffersEveryTagOrTheSelections()
    {
        TagDialog dialog(*m_ws, TagDialog::Mode::Remove, 1);
        QCOMPARE(dialog.tagPicker()->visibleCount(), 25);
        const QString inactive = tagIds(false).constFirst();
        QVERIFY(listedIds(dialog.tagPicker()).contains(inactive));
        dialog.setOfferedTagIds({inactive, tagIds(true).constFirst()});
        QCOMPARE(dialog.tagPicker()->visibleCount(), 2);
        dialog.tagPicker()->setCurrentId(inactive);
        QVERIFY(dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.tagId(), inactive);
        shoot(dialog, u"tag-remove"_s);
    }

    void notesNeedText()
    {
        NoteDialog dialog(*m_ws, 1);
        QCOMPARE(labelOf(dialog.noteForm(0), u"message"_s), u"Note *"_s);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(reasonShown(dialog), u"Note is required."_s);
        auto *text = qobject_cast<QPlainTextEdit *>(dialog.noteForm(0)->editor(u"message"_s));
        QVERIFY(text);
        text->setPlainText(u"   "_s); // blanks are no note
        QVERIFY(!dialog.acceptButton()->isEnabled());
        text->setPlainText(u"Called the customer back."_s);
        QVERIFY(dialog.acceptButton()->isEnabled());

        // A second, empty note among several keeps OK disabled and is named.
        dialog.addNoteButton()->click();
        QCOMPARE(dialog.noteCount(), 2);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(reasonShown(dialog), u"Note 2: Note is required."_s);
        dialog.noteForm(1)->setValue(u"message"_s, u"Refund approved."_s);
        // Tab runs through the notes in the order shown, then to "Add another note".
        QWidget *secondText = dialog.noteForm(1)->editor(u"message"_s);
        QWidget *afterFirst = nextTabStop(text);
        QCOMPARE(afterFirst->objectName(), u"removeNote"_s);
        QCOMPARE(nextTabStop(afterFirst), secondText);
        QCOMPARE(nextTabStop(secondText), dialog.addNoteButton());
        QCOMPARE(nextTabStop(dialog.addNoteButton()), dialog.authorPicker()->filterEdit());
        QVERIFY(dialog.acceptButton()->isEnabled());
        dialog.addNote();
        QCOMPARE(reasonShown(dialog), u"Note 3: Note is required."_s);
        dialog.removeNote(2);
        QVERIFY(dialog.acceptButton()->isEnabled());

        dialog.authorPicker()->setCurrentId(agentId(6));
        shoot(dialog, u"notes"_s);
        const QList<Dixa::CreateInternalNoteInput> notes = dialog.notes();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).message, u"Called the customer back."_s);
        QCOMPARE(notes.at(1).message, u"Refund approved."_s);
        for (const Dixa::CreateInternalNoteInput &note : notes) {
            QCOMPARE(note.agentId, std::optional<QString>(agentId(6)));
            QVERIFY(m_ws->spec().validate(u"CreateInternalNoteInput"_s, note.toJson()).isEmpty());
        }
    }

    void notesForSeveralConversationsSaySo()
    {
        NoteDialog dialog(*m_ws, 4);
        QCOMPARE(dialog.windowTitle(), u"Add internal notes to 4 conversations"_s);
        QVERIFY(dialog.introText().contains(u"same notes are added to each of the 4"_s));
        QVERIFY(dialog.notes().constFirst().agentId == std::nullopt);
    }

    void replyNeedsAnAgentAndContent()
    {
        ReplyDialog dialog(*m_ws, 1);
        SpecForm *form = dialog.form();
        QCOMPARE(labelOf(form, u"agentId"_s), u"Sent by *"_s);
        QCOMPARE(labelOf(form, u"content.value"_s), u"Text *"_s);
        QCOMPARE(labelOf(form, u"content._type"_s), u"Format"_s);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(reasonShown(dialog), u"Sent by is required."_s);

        // Content without an agent is still refused...
        form->setValue(u"content.value"_s, u"Your order ships tomorrow."_s);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(reasonShown(dialog), u"Sent by is required."_s);
        // ...and an agent without content.
        form->setValue(u"content.value"_s, QString());
        dialog.agentPicker()->setCurrentId(agentId(9));
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(reasonShown(dialog), u"Text is required."_s);

        form->setValue(u"content.value"_s, u"**Your order** ships tomorrow."_s);
        auto *format = qobject_cast<QComboBox *>(form->editor(u"content._type"_s));
        QCOMPARE(format->currentData().toString(), u"Text"_s); // the default
        format->setCurrentIndex(format->findData(u"Markdown"_s));
        QVERIFY(dialog.acceptButton()->isEnabled());
        shoot(dialog, u"reply"_s);

        const Dixa::CreateMessageInput message = dialog.message();
        const QJsonObject json = message.toJson();
        QVERIFY(m_ws->spec().validate(u"CreateMessageInput"_s, json).isEmpty());
        QCOMPARE(json.value(u"_type"_s).toString(), u"Outbound"_s);
        QCOMPARE(message.agentId, std::optional<QString>(agentId(9)));
        QVERIFY(message.content);
        QCOMPARE(message.content->type, Dixa::ContentType::Markdown);
        QCOMPARE(message.content->value, u"**Your order** ships tomorrow."_s);
        QCOMPARE(ReplyDialog(*m_ws, 5).windowTitle(), u"Reply to 5 conversations"_s);
    }

    void followUpDefaultsToTomorrowMorning()
    {
        FollowUpDialog dialog(*m_ws, 2);
        QCOMPARE(dialog.windowTitle(), u"Follow up 2 conversations"_s);
        QCOMPARE(labelOf(dialog.form(), u"timestamp"_s), u"Follow up until *"_s);
        const QDateTime expected(QDate::currentDate().addDays(1), QTime(9, 0), Qt::LocalTime);
        QCOMPARE(dialog.until(), expected);
        QVERIFY(dialog.acceptButton()->isEnabled());
        QCOMPARE(dialog.userId(), std::nullopt);
        const QJsonObject json = dialog.form()->json();
        QVERIFY(m_ws->spec().validate(u"FollowupConversationInput"_s, json).isEmpty());
        QCOMPARE(Dixa::DixaTime::fromString(json.value(u"timestamp"_s).toString()).toUtc(),
                 expected.toUTC());
        dialog.userPicker()->setCurrentId(agentId(0));
        QCOMPARE(dialog.userId(), std::optional<QString>(agentId(0)));
        // Dixa's API cannot clear a follow-up, so nothing offers to.
        for (const QPushButton *button : dialog.findChildren<QPushButton *>())
            QVERIFY2(!button->text().contains(u"Clear"_s, Qt::CaseInsensitive),
                     qPrintable(button->text()));
        shoot(dialog, u"followup"_s);
    }

    void firstRequiredFieldHasTheKeyboard()
    {
        TransferDialog dialog(*m_ws, 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.queuePicker()->filterEdit());
    }
};

QTEST_MAIN(TestActionDialogs)
#include "tst_actiondialogs.moc"
