// Starting a conversation asks for exactly what the chosen type's schema requires (and creates
// one on the sandbox for real); anonymizing cannot proceed without the typed confirmation.
#include "dialogs/anonymizedialog.h"
#include "dialogs/newconversationdialog.h"
#include "forms/entitypicker.h"
#include "forms/specform.h"
#include "items/agenttablemodel.h"
#include "items/endusertablemodel.h"
#include "items/itemroles.h"
#include "items/queuelistmodel.h"
#include "sandboxfixture.h"
#include "testworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConversationDialogs : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    std::unique_ptr<Workspace> m_ws;

    QString agentId(int row) const
    {
        return m_ws->agents()->index(row, 0).data(ItemRoles::IdRole).toString();
    }
    QString endUserId(int row) const
    {
        return m_ws->endUsers()->index(row, 0).data(ItemRoles::IdRole).toString();
    }
    QString queueId(int row) const
    {
        return m_ws->queues()->index(row, 0).data(ItemRoles::IdRole).toString();
    }
    static QString reasonShown(const QDialog &dialog)
    {
        return dialog.findChild<QLabel *>(u"reason"_s)->text();
    }
    static void shoot(QWidget &dialog, const QString &name)
    {
        if (!qEnvironmentVariableIsSet("DIXA_DIALOG_SHOTS"))
            return;
        dialog.show();
        dialog.adjustSize();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(u"/tmp/dlg-%1.png"_s.arg(name));
    }

    // The paths of the rows the form shows for the variant, and the variant's required members
    // (the first message counted by its text).
    void checkRowsFollowTheSchema(NewConversationDialog &dialog, const QString &type)
    {
        const QString schema = m_ws->spec().variants(u"CreateConversationInput"_s).value(type);
        QVERIFY(!schema.isEmpty());
        const QStringList paths = dialog.form()->paths();
        for (const QString &required : m_ws->spec().requiredFields(schema)) {
            if (required == u"message"_s) {
                QVERIFY2(paths.contains(u"message.content.value"_s), qPrintable(type));
                continue;
            }
            QVERIFY2(paths.contains(required), qPrintable(type + u": "_s + required));
            QVERIFY2(dialog.form()->label(required)->text().endsWith(u" *"_s),
                     qPrintable(required));
        }
        // Nothing the type does not require (besides the message's own rows).
        const QStringList required = m_ws->spec().requiredFields(schema);
        for (const QString &path : paths) {
            const QString member = path.section(u'.', 0, 0);
            QVERIFY2(required.contains(member), qPrintable(type + u": "_s + path));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isRunning());
        m_ws = makeTestWorkspace(m_sandbox);
        m_ws->loadDirectories();
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->directoriesLoaded(), 10000);
        QVERIFY(m_ws->endUsers()->rowCount() > 10);
    }

    void offersTheSchemasTypes()
    {
        NewConversationDialog dialog(*m_ws);
        QCOMPARE(dialog.types(),
                 QStringList({u"Email"_s, u"Sms"_s, u"Chat"_s, u"ContactForm"_s, u"Callback"_s}));
        QCOMPARE(dialog.type(), u"Email"_s);
        QCOMPARE(dialog.form()->label(u"requesterId"_s)->text().remove(u'&'), u"Requester *"_s);
        QCOMPARE(dialog.requesterPicker()->kind(), EntityPicker::Kind::EndUser);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QCOMPARE(reasonShown(dialog), u"Requester is required."_s);
        shoot(dialog, u"new-conversation"_s);
    }

    void eachTypeAsksForWhatItRequires()
    {
        NewConversationDialog dialog(*m_ws);
        for (const QString &type : dialog.types()) {
            dialog.setType(type);
            QCOMPARE(dialog.type(), type);
            checkRowsFollowTheSchema(dialog, type);
            QVERIFY(!dialog.acceptButton()->isEnabled());
        }
        // Switching the type changes what is required.
        dialog.setType(u"Callback"_s);
        QVERIFY(dialog.form()->paths().contains(u"queueId"_s));
        QVERIFY(!dialog.form()->paths().contains(u"message.content.value"_s));
        dialog.setType(u"Email"_s);
        QVERIFY(!dialog.form()->paths().contains(u"queueId"_s));
        QVERIFY(dialog.form()->paths().contains(u"subject"_s));
        dialog.setType(u"Sms"_s);
        // Sms takes an Outbound first message only: an agent, no direction to choose.
        QVERIFY(dialog.form()->paths().contains(u"message.agentId"_s));
        QVERIFY(!dialog.form()->paths().contains(u"message._type"_s));
        shoot(dialog, u"new-conversation-sms"_s);
    }

    void callbackNeedsItsFields()
    {
        NewConversationDialog dialog(*m_ws);
        dialog.setType(u"Callback"_s);
        SpecForm *form = dialog.form();
        dialog.requesterPicker()->setCurrentId(endUserId(2));
        QCOMPARE(reasonShown(dialog), u"Direction is required."_s);
        QVERIFY(form->setValue(u"direction"_s, u"Outbound"_s));
        QCOMPARE(reasonShown(dialog), u"Contact endpoint is required."_s);
        QVERIFY(form->setValue(u"contactEndpointId"_s, u"+4570101010"_s));
        QCOMPARE(reasonShown(dialog), u"Queue is required."_s);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        form->picker(u"queueId"_s)->setCurrentId(queueId(1));
        QVERIFY(dialog.acceptButton()->isEnabled());
        shoot(dialog, u"new-conversation-callback"_s);

        const QJsonObject json = dialog.input().toJson();
        QVERIFY(m_ws->spec().validate(u"Callback"_s, json).isEmpty());
        QVERIFY(m_ws->spec().validate(u"CreateConversationInput"_s, json).isEmpty());
        QCOMPARE(json.value(u"queueId"_s).toString(), queueId(1));
    }

    void smsNumberMustBeE164()
    {
        NewConversationDialog dialog(*m_ws);
        dialog.setType(u"Sms"_s);
        SpecForm *form = dialog.form();
        dialog.requesterPicker()->setCurrentId(endUserId(3));
        form->setValue(u"contactEndpointId"_s, u"70 10 10 10"_s);
        form->picker(u"message.agentId"_s)->setCurrentId(agentId(2));
        form->setValue(u"message.content.value"_s, u"Your parcel is on its way."_s);
        QVERIFY(!dialog.acceptButton()->isEnabled());
        QVERIFY(reasonShown(dialog).startsWith(u"SMS number must be a phone number"_s));
        form->setValue(u"contactEndpointId"_s, u"+4570101010"_s);
        QVERIFY(dialog.acceptButton()->isEnabled());
        QVERIFY(m_ws->spec().validate(u"Sms"_s, dialog.input().toJson()).isEmpty());
    }

    void switchingTypeKeepsWhatWasEntered()
    {
        NewConversationDialog dialog(*m_ws);
        dialog.requesterPicker()->setCurrentId(endUserId(4));
        dialog.form()->setValue(u"subject"_s, u"Missing cushion"_s);
        dialog.setType(u"Callback"_s);
        dialog.setType(u"ContactForm"_s);
        QCOMPARE(dialog.requesterPicker()->currentId(), endUserId(4));
        QCOMPARE(dialog.form()->value(u"subject"_s).toString(), u"Missing cushion"_s);
    }

    void inboundFirstMessageNeedsNoAgent()
    {
        NewConversationDialog dialog(*m_ws);
        QVERIFY(dialog.form()->paths().contains(u"message.agentId"_s)); // Outbound by default
        dialog.setMessageDirection(u"Inbound"_s);
        QVERIFY(!dialog.form()->paths().contains(u"message.agentId"_s));
        QVERIFY(dialog.form()->paths().contains(u"message.content.value"_s));
        dialog.setMessageDirection(u"Outbound"_s);
        QVERIFY(dialog.form()->paths().contains(u"message.agentId"_s));
    }

    void createsAnEmailConversationForReal()
    {
        NewConversationDialog dialog(*m_ws);
        SpecForm *form = dialog.form();
        // The requester is picked by keyboard: type, Down.
        const QString email = m_ws->endUsers()->index(6, 0).data(ItemRoles::EmailRole).toString();
        QTest::keyClicks(dialog.requesterPicker()->filterEdit(), email);
        QTest::keyClick(dialog.requesterPicker()->filterEdit(), Qt::Key_Down);
        QCOMPARE(dialog.requesterPicker()->currentId(), endUserId(6));
        QCOMPARE(reasonShown(dialog), u"Email integration is required."_s);
        form->setValue(u"emailIntegrationId"_s, u"support@email.dixa.io"_s);
        QCOMPARE(reasonShown(dialog), u"Subject is required."_s);
        form->setValue(u"subject"_s, u"Your sofa delivery"_s);
        QCOMPARE(reasonShown(dialog), u"Sent by is required."_s);
        form->picker(u"message.agentId"_s)->setCurrentId(agentId(3));
        QCOMPARE(reasonShown(dialog), u"Text is required."_s);
        form->setValue(u"message.content.value"_s, u"Hello, your sofa arrives on Friday."_s);
        QVERIFY(dialog.acceptButton()->isEnabled());
        shoot(dialog, u"new-conversation-email"_s);

        const Dixa::CreateConversationInput input = dialog.input();
        QCOMPARE(input.type, Dixa::CreateConversationType::Email);
        QCOMPARE(input.requesterId, endUserId(6));
        QVERIFY(m_ws->spec().validate(u"Email"_s, input.toJson()).isEmpty());

        int status = 0;
        qint64 id = 0;
        m_ws->api().createConversation(input).then(
            this, [&](const ApiOutcome<Dixa::CreatedConversation> &outcome) {
                status = outcome.raw.httpStatus;
                if (outcome.ok())
                    id = outcome.value->id;
            });
        QTRY_COMPARE_WITH_TIMEOUT(status, 201, 10000);
        QVERIFY(id > 0);
        const auto created = m_sandbox.get(u"/v1/conversations/%1"_s.arg(id));
        QCOMPARE(created.status, 200);
        QCOMPARE(created.data()[u"subject"_s].toString(), u"Your sofa delivery"_s);
        QCOMPARE(created.data()[u"requesterId"_s].toString(), endUserId(6));
    }

    void anonymizingOneNeedsItsId()
    {
        std::unique_ptr<AnonymizeDialog> dialog(AnonymizeDialog::forConversations({4711}, 0));
        QCOMPARE(dialog->windowTitle(), u"Anonymize conversation 4711"_s);
        QCOMPARE(dialog->expectedConfirmation(), u"4711"_s);
        const QString erased = dialog->findChild<QLabel *>(u"erasedText"_s)->text();
        for (const QString &word :
             {u"messages"_s, u"requester"_s, u"attachments"_s, u"cannot be undone"_s})
            QVERIFY2(erased.contains(word), qPrintable(word));
        QPushButton *erase = dialog->eraseButton();
        QVERIFY(!erase->isEnabled());
        QVERIFY(!erase->isDefault());
        QVERIFY(!erase->autoDefault());
        QVERIFY(!dialog->forceBox());
        QVERIFY(!dialog->force());

        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QTest::keyClicks(dialog->confirmationEdit(), u"4712"_s);
        QVERIFY(!erase->isEnabled());
        QTest::keyClick(dialog->confirmationEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        dialog->confirmationEdit()->clear();
        QTest::keyClicks(dialog->confirmationEdit(), u"4711"_s);
        QVERIFY(erase->isEnabled());
        // Enter still does nothing: erasing takes the button.
        QTest::keyClick(dialog->confirmationEdit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        shoot(*dialog, u"anonymize-one"_s);
        erase->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }

    void anonymizingSeveralNeedsTheirNumber()
    {
        const QList<qint64> ids{101, 102, 103, 104, 105};
        std::unique_ptr<AnonymizeDialog> dialog(AnonymizeDialog::forConversations(ids, 2));
        QCOMPARE(dialog->windowTitle(), u"Anonymize 5 conversations"_s);
        QCOMPARE(dialog->expectedConfirmation(), u"5"_s);
        QVERIFY(dialog->forceBox());
        QVERIFY(!dialog->forceBox()->isHidden());
        QVERIFY(!dialog->force());
        QVERIFY(dialog->findChild<QLabel *>(u"forceNote"_s)->text().contains(u"2 of them"_s));
        dialog->confirmationEdit()->setText(u"4"_s);
        QVERIFY(!dialog->eraseButton()->isEnabled());
        dialog->confirmationEdit()->setText(u"101"_s);
        QVERIFY(!dialog->eraseButton()->isEnabled());
        dialog->confirmationEdit()->setText(u" 5 "_s);
        QVERIFY(dialog->eraseButton()->isEnabled());
        dialog->forceBox()->setChecked(true);
        QVERIFY(dialog->force());
        shoot(*dialog, u"anonymize-several"_s);

        std::unique_ptr<AnonymizeDialog> closedOnly(AnonymizeDialog::forConversations(ids, 0));
        QVERIFY(!closedOnly->forceBox());
    }

    void anonymizingAMessageNeedsTheConversationId()
    {
        std::unique_ptr<AnonymizeDialog> dialog(AnonymizeDialog::forMessage(
            90210, u"1b9adc49-62f7-4056-a9c0-c18c1f25afdb"_s,
            u"Hi, my card number is 4111 1111 1111 1111 and my address is Strandvejen 12."_s));
        QCOMPARE(dialog->messageId(), u"1b9adc49-62f7-4056-a9c0-c18c1f25afdb"_s);
        QVERIFY(dialog->findChild<QLabel *>(u"excerpt"_s)->text().contains(u"Strandvejen"_s));
        QVERIFY(!dialog->forceBox());
        dialog->confirmationEdit()->setText(u"90211"_s);
        QVERIFY(!dialog->eraseButton()->isEnabled());
        dialog->confirmationEdit()->setText(u"90210"_s);
        QVERIFY(dialog->eraseButton()->isEnabled());
        shoot(*dialog, u"anonymize-message"_s);
    }
};

QTEST_MAIN(TestConversationDialogs)
#include "tst_conversationdialogs.moc"
