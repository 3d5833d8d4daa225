// The form machinery: rows come from the spec schemas (titles, required marks, descriptions),
// values are checked against the schema on every change, and ids are picked from the sandbox's
// directories with the keyboard or the mouse, never typed.
#include "forms/entitypicker.h"
#include "forms/specform.h"
#include "items/agenttablemodel.h"
#include "items/endusertablemodel.h"
#include "items/itemroles.h"
#include "items/queuelistmodel.h"
#include "items/taglistmodel.h"
#include "sandboxfixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestSpecForm : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    std::unique_ptr<Workspace> m_ws;

    // Ids the list of a picker shows, top to bottom.
    static QStringList listedIds(const EntityPicker &picker)
    {
        QStringList ids;
        const QAbstractItemModel *model = picker.listView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(ItemRoles::IdRole).toString());
        return ids;
    }

    QStringList tagIds(bool active) const
    {
        QStringList ids;
        const TagListModel *tags = m_ws->tags();
        for (int row = 0; row < tags->rowCount(); ++row) {
            const QModelIndex index = tags->index(row, 0);
            if (index.data(ItemRoles::ActiveRole).toBool() == active)
                ids.append(index.data(ItemRoles::IdRole).toString());
        }
        return ids;
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

    void marksRequiredFieldsFromTheSchema()
    {
        SpecForm form(*m_ws, u"TransferConversationInput"_s);
        form.addField(u"queueId"_s);
        form.addField(u"userId"_s);
        QVERIFY(form.hasRequiredRows());
        const QString queueLabel = form.label(u"queueId"_s)->text().remove(u'&');
        QCOMPARE(queueLabel, u"Target queue *"_s);
        QCOMPARE(form.label(u"userId"_s)->text().remove(u'&'), u"Transferred by"_s);
        QCOMPARE(form.label(u"queueId"_s)->buddy(), form.editor(u"queueId"_s));
        QCOMPARE(form.editor(u"queueId"_s)->toolTip(), u"The queue the conversation moves to."_s);
        QVERIFY(form.picker(u"queueId"_s)
                    ->filterEdit()
                    ->accessibleDescription()
                    .startsWith(u"Required."_s));
        QVERIFY(!form.picker(u"userId"_s)
                     ->filterEdit()
                     ->accessibleDescription()
                     .startsWith(u"Required."_s));
        // Pickers come from x-pick.
        QCOMPARE(form.picker(u"queueId"_s)->kind(), EntityPicker::Kind::Queue);
        QCOMPARE(form.picker(u"userId"_s)->kind(), EntityPicker::Kind::Agent);
    }

    void validatesOnEveryChange()
    {
        SpecForm form(*m_ws, u"ClaimConversationInput"_s);
        form.addField(u"agentId"_s);
        QSignalSpy validity(&form, &SpecForm::validityChanged);
        QVERIFY(!form.isValid());
        QCOMPARE(form.violations().size(), 1);
        QCOMPARE(form.violations().constFirst().path, u"agentId"_s);
        QCOMPARE(form.firstReason(), u"Agent is required."_s);

        const QString agent = m_ws->agents()->index(3, 0).data(ItemRoles::IdRole).toString();
        form.picker(u"agentId"_s)->setCurrentId(agent);
        QVERIFY(form.isValid());
        QCOMPARE(validity.size(), 1);
        QCOMPARE(validity.constFirst().constFirst().toBool(), true);
        QCOMPARE(form.json(), QJsonObject({{u"agentId"_s, agent}}));
        QVERIFY(form.firstReason().isEmpty());

        form.picker(u"agentId"_s)->clear();
        QVERIFY(!form.isValid());
        QCOMPARE(validity.size(), 2);
        QVERIFY(form.json().isEmpty()); // an empty value is left out, so "required" catches it

        form.setCaption(u"Claim"_s);
        QCOMPARE(form.firstReason(), u"Claim: Agent is required."_s);
    }

    void choosesTheEditorTheFieldCallsFor()
    {
        SpecForm content(*m_ws, u"Content"_s);
        auto *format = qobject_cast<QComboBox *>(content.addField(u"_type"_s));
        QVERIFY(format);
        QStringList values;
        for (int i = 0; i < format->count(); ++i)
            values.append(format->itemData(i).toString());
        QCOMPARE(values, QStringList({QString(), u"Html"_s, u"Markdown"_s, u"Text"_s}));
        QVERIFY(qobject_cast<QPlainTextEdit *>(content.addField(u"value"_s, {}, true)));
        QCOMPARE(content.firstReason(), u"Text is required."_s);

        SpecForm followUp(*m_ws, u"FollowupConversationInput"_s);
        auto *time = qobject_cast<QDateTimeEdit *>(followUp.addField(u"timestamp"_s));
        QVERIFY(time);
        time->setDateTime(QDateTime(QDate(2025, 1, 8), QTime(8, 31, 25), Qt::UTC));
        QCOMPARE(followUp.json().value(u"timestamp"_s).toString(), u"2025-01-08T08:31:25Z"_s);
        QVERIFY(followUp.isValid());

        SpecForm claim(*m_ws, u"ClaimConversationInput"_s);
        auto *force = qobject_cast<QCheckBox *>(claim.addField(u"force"_s));
        QVERIFY(force);
        force->setChecked(true);
        QCOMPARE(claim.json().value(u"force"_s), QJsonValue(true));

        SpecForm email(*m_ws, u"Email"_s);
        auto *subject = qobject_cast<QLineEdit *>(email.addField(u"subject"_s));
        QVERIFY(subject);
        QVERIFY(email.setValue(u"subject"_s, u"Where is my sofa?"_s));
        QCOMPARE(subject->text(), u"Where is my sofa?"_s);
        QCOMPARE(email.value(u"subject"_s).toString(), u"Where is my sofa?"_s);
    }

    void nestedPathsAndConstantsBuildTheBody()
    {
        SpecForm form(*m_ws, u"CreateMessageInput"_s);
        form.setConstant(u"_type"_s, u"Outbound"_s);
        form.setConstant(u"content"_s, QJsonObject());
        form.addField(u"agentId"_s, u"Outbound"_s);
        form.addField(u"content.value"_s, u"Content"_s, true);
        QCOMPARE(form.firstReason(), u"Sent by is required."_s);
        const QString agent = m_ws->agents()->index(0, 0).data(ItemRoles::IdRole).toString();
        form.picker(u"agentId"_s)->setCurrentId(agent);
        QCOMPARE(form.violations().constFirst().path, u"content.value"_s);
        QCOMPARE(form.firstReason(), u"Text is required."_s);
        form.setValue(u"content.value"_s, u"Hello"_s);
        QVERIFY(form.isValid());
        QCOMPARE(form.json(),
                 QJsonObject({{u"_type"_s, u"Outbound"_s},
                              {u"agentId"_s, agent},
                              {u"content"_s, QJsonObject({{u"value"_s, u"Hello"_s}})}}));
        form.truncate(1);
        QCOMPARE(form.rowCount(), 1);
        QCOMPARE(form.paths(), QStringList({u"agentId"_s}));
    }

    void pickersListTheSandboxDirectories()
    {
        EntityPicker agents(*m_ws, EntityPicker::Kind::Agent);
        QCOMPARE(agents.visibleCount(), 15);
        EntityPicker queues(*m_ws, EntityPicker::Kind::Queue);
        QCOMPARE(queues.visibleCount(), 5);
        // Sorted by name for a quick eye.
        QStringList names;
        for (int row = 0; row < queues.listView()->model()->rowCount(); ++row)
            names.append(queues.listView()->model()->index(row, 0).data().toString());
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded()) < 0;
        });
        QCOMPARE(names, sorted);
    }

    void tagPickerForAddingOffersActiveTagsOnly()
    {
        const QStringList active = tagIds(true);
        const QStringList inactive = tagIds(false);
        QCOMPARE(inactive.size(), 3);
        QCOMPARE(active.size() + inactive.size(), 25);

        EntityPicker picker(*m_ws, EntityPicker::Kind::Tag);
        QCOMPARE(picker.visibleCount(), 25);
        picker.setActiveOnly(true);
        QCOMPARE(picker.visibleCount(), active.size());
        const QStringList listed = listedIds(picker);
        for (const QString &id : inactive)
            QVERIFY2(!listed.contains(id), qPrintable(id));

        picker.setActiveOnly(false);
        picker.setOfferedIds({active.at(0), inactive.at(0)});
        QCOMPARE(picker.visibleCount(), 2);
    }

    void pickListModelPassesTheModelTester()
    {
        EntityPicker tags(*m_ws, EntityPicker::Kind::Tag);
        QAbstractItemModelTester tagTester(tags.listView()->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        tags.setActiveOnly(true);
        tags.setFilterText(u"a"_s);
        tags.setOfferedIds(tagIds(true).mid(0, 4));
        tags.setActiveOnly(false);
        tags.setOfferedIds({});
        tags.setFilterText(QString());
        QCOMPARE(tags.visibleCount(), 25);
        // Tags carry their colour as a swatch.
        QVERIFY(tags.listView()->model()->index(0, 0).data(Qt::DecorationRole).isValid());

        // A workspace of its own: the pages read here must not be read for the tests after.
        const auto ws = makeTestWorkspace(m_sandbox);
        ws->loadDirectories();
        QTRY_VERIFY_WITH_TIMEOUT(ws->directoriesLoaded(), 10000);
        EntityPicker users(*ws, EntityPicker::Kind::EndUser);
        QAbstractItemModelTester userTester(users.listView()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = ws->endUsers()->rowCount();
        users.setFilterText(u"zz-nobody-zz"_s); // reads further pages, rows land under the filter
        QTRY_VERIFY_WITH_TIMEOUT(ws->endUsers()->rowCount() > before, 10000);
        users.setFilterText(QString());
        QCOMPARE(users.visibleCount(), ws->endUsers()->rowCount());
    }

    void filterMatchesNameAndEmail()
    {
        EntityPicker picker(*m_ws, EntityPicker::Kind::Agent);
        const QModelIndex agent = m_ws->agents()->index(5, 0);
        const QString id = agent.data(ItemRoles::IdRole).toString();
        const QString name = agent.data(ItemRoles::DisplayNameRole).toString();
        const QString email = agent.data(ItemRoles::EmailRole).toString();

        QTest::keyClicks(picker.filterEdit(), name.toUpper());
        QVERIFY(picker.visibleCount() >= 1);
        QVERIFY(listedIds(picker).contains(id));
        QVERIFY(picker.visibleCount() < 15);

        picker.filterEdit()->clear();
        QCOMPARE(picker.visibleCount(), 15);
        picker.setFilterText(email);
        QCOMPARE(listedIds(picker), QStringList{id});
        QVERIFY(picker.listView()->model()->index(0, 0).data().toString().contains(email));

        picker.setFilterText(u"no such person anywhere"_s);
        QCOMPARE(picker.visibleCount(), 0);
    }

    void keyboardPicksFromTheList()
    {
        EntityPicker picker(*m_ws, EntityPicker::Kind::Agent);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        picker.activateWindow();
        picker.filterEdit()->setFocus();
        QSignalSpy changed(&picker, &EntityPicker::changed);

        // Enter in the filter picks the top match.
        const QStringList all = listedIds(picker);
        QTest::keyClick(picker.filterEdit(), Qt::Key_Return);
        QCOMPARE(picker.currentId(), all.at(0));
        QCOMPARE(changed.size(), 1);

        // Down moves into the list; each move picks the row it lands on.
        picker.clear();
        QTest::keyClick(picker.filterEdit(), Qt::Key_Down);
        QCOMPARE(picker.currentId(), all.at(0));
        QTest::keyClick(picker.listView(), Qt::Key_Down);
        QTest::keyClick(picker.listView(), Qt::Key_Down);
        QCOMPARE(picker.currentId(), all.at(2));
        QCOMPARE(picker.listView()->currentIndex().row(), 2);
        QVERIFY(picker.findChild<QLabel *>(u"selection"_s)->text().contains(picker.currentName()));

        // Typing in the list goes on in the filter; the pick stays while the filter hides it.
        const QString name = picker.currentName();
        QTest::keyClicks(picker.listView(), u"zzqx"_s);
        QCOMPARE(picker.filterText(), u"zzqx"_s);
        QCOMPARE(picker.visibleCount(), 0);
        QCOMPARE(picker.currentId(), all.at(2));
        QCOMPARE(picker.currentName(), name);

        // Back to every row: the picked one is highlighted again.
        picker.setFilterText(QString());
        QCOMPARE(picker.listView()->currentIndex().data(ItemRoles::IdRole).toString(), all.at(2));

        // A click picks too.
        const QModelIndex fourth = picker.listView()->model()->index(4, 0);
        QTest::mouseClick(picker.listView()->viewport(), Qt::LeftButton, {},
                          picker.listView()->visualRect(fourth).center());
        QCOMPARE(picker.currentId(), all.at(4));
    }

    void optionalPickerCanBeCleared()
    {
        EntityPicker picker(*m_ws, EntityPicker::Kind::Queue);
        picker.setOptional(true);
        picker.show();
        auto *clear = picker.findChild<QToolButton *>(u"clear"_s);
        QVERIFY(clear);
        QVERIFY(!clear->isVisible());
        const QString queue = m_ws->queues()->index(1, 0).data(ItemRoles::IdRole).toString();
        picker.setCurrentId(queue);
        QCOMPARE(picker.currentName(), m_ws->queueName(queue));
        QVERIFY(clear->isVisible());
        clear->click();
        QVERIFY(picker.currentId().isEmpty());
        QVERIFY(!clear->isVisible());
    }

    void endUserPickerPagesAndFindsLaterPagesByEmail()
    {
        // An end user far beyond the first page the directory has read.
        const auto reply = m_sandbox.get(u"/v1/endusers?pageLimit=300"_s);
        QCOMPARE(reply.status, 200);
        const QJsonArray users = reply.data().toArray();
        QVERIFY(users.size() > 250);
        const QJsonObject late = users.at(250).toObject();
        const QString email = late.value(u"email"_s).toString();
        QVERIFY(!email.isEmpty());

        EntityPicker picker(*m_ws, EntityPicker::Kind::EndUser);
        const int firstPage = picker.visibleCount();
        QVERIFY(firstPage > 0);
        QVERIFY(firstPage < 250);
        picker.setFilterText(email);
        // The filter reads further pages until the person turns up.
        QTRY_COMPARE_WITH_TIMEOUT(picker.visibleCount(), 1, 10000);
        QCOMPARE(listedIds(picker), QStringList{late.value(u"id"_s).toString()});

        // Scrolling to the end of the list reads the next page.
        picker.setFilterText(QString());
        picker.resize(300, 300);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        const int before = m_ws->endUsers()->rowCount();
        if (m_ws->endUsers()->canFetchMore({})) {
            picker.listView()->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(m_ws->endUsers()->rowCount() > before, 10000);
        }
    }
};

QTEST_MAIN(TestSpecForm)
#include "tst_specform.moc"
