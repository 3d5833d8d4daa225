// The triage window against the in-process sandbox: views and filters reach Dixa's search, the
// list keeps its selection through a refresh, a claim shows its new assignee in the list, a claim
// of someone else's conversation names them and asks before forcing it, and column and view
// choices survive a restart.
#include "common/consolesettings.h"
#include "dialogs/anonymizedialog.h"
#include "forms/entitypicker.h"
#include "items/agenttablemodel.h"
#include "items/conversationfilterproxy.h"
#include "items/conversationlistmodel.h"
#include "items/itemroles.h"
#include "sandboxfixture.h"
#include "scriptedprompts.h"
#include "testworkspace.h"
#include "triage/conversationactioncontroller.h"
#include "triage/conversationfilterbar.h"
#include "triage/conversationtable.h"
#include "triage/triageview.h"
#include "triage/viewlist.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTriageView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;

    static bool settled(const ConversationListModel *model)
    {
        if (model->isLoading() || model->rowCount() == 0)
            return false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->row(row).flags != 0)
                return false;
        }
        return true;
    }

    // A triage view showing the built-in view `kind`, its first page read.
    std::unique_ptr<TriageView> openView(ConversationView::Kind kind)
    {
        auto view = std::make_unique<TriageView>(*m_workspace);
        view->resize(1300, 700);
        for (const ConversationView &builtIn : ConversationView::builtIns()) {
            if (builtIn.kind == kind)
                view->showView(builtIn);
        }
        if (!QTest::qWaitFor([&] { return settled(m_workspace->conversations()); }, 20000))
            return nullptr;
        return view;
    }

    QString assigneeShown(const TriageView &view, qint64 id) const
    {
        const QAbstractItemModel *model = view.table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ConversationListModel::Assignee);
            if (index.data(ItemRoles::ConversationIdRole).toLongLong() == id)
                return index.data(ItemRoles::AssigneeIdRole).toString();
        }
        return u"<not shown>"_s;
    }

    QString agentOtherThan(const QString &agentId) const
    {
        const QAbstractItemModel *agents = m_workspace->agents();
        for (int row = 0; row < agents->rowCount(); ++row) {
            const QString id = agents->index(row, 0).data(ItemRoles::IdRole).toString();
            if (id != agentId)
                return id;
        }
        return {};
    }

    static bool pick(QDialog *dialog, const QString &id)
    {
        auto *picker = dialog->findChild<EntityPicker *>();
        if (!picker)
            return false;
        picker->setCurrentId(id);
        return picker->currentId() == id;
    }

    int searchRequests()
    {
        int count = 0;
        for (const QJsonValue &entry : m_sandbox->requestLog()) {
            if (entry[u"path"_s].toString().startsWith(u"/v1/search/conversations"_s))
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"DixaSupervisorTests"_s);
        QCoreApplication::setApplicationName(u"tst_triageview"_s);
        QSettings().clear();
        m_sandbox = std::make_unique<SandboxFixture>();
        m_workspace = makeTestWorkspace(*m_sandbox);
        m_workspace->conversations()->setPageLimit(20);
        m_workspace->loadDirectories();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_workspace->directoriesLoaded() && m_workspace->agents()->rowCount() > 2, 15000);
    }

    void cleanup() { QSettings().clear(); }

    void viewsBecomeDixaSearches()
    {
        auto view = openView(ConversationView::Kind::UnassignedOpen);
        QVERIFY(view);
        const ConversationListModel *list = m_workspace->conversations();
        for (int row = 0; row < list->rowCount(); ++row) {
            QCOMPARE(list->row(row).state, Dixa::ConversationState::Open);
            QVERIFY(list->row(row).assigneeId.isEmpty());
        }
        QCOMPARE(view->viewList()->currentViewId(), u"builtin:unassigned-open"_s);
    }

    void localFilterStaysLocalAndServerSearchAsksDixa()
    {
        auto view = openView(ConversationView::Kind::All);
        QVERIFY(view);
        const int loaded = m_workspace->conversations()->rowCount();
        const QString id = QString::number(m_workspace->conversations()->row(3).id);
        m_sandbox->clearRequestLog();
        view->filterBar()->localFilter()->setText(id);
        QVERIFY(view->proxy()->rowCount() >= 1);
        QVERIFY(view->proxy()->rowCount() < loaded);
        QCOMPARE(searchRequests(), 0);

        view->filterBar()->localFilter()->clear();
        view->filterBar()->serverSearch()->setText(u"refund"_s);
        QTest::keyClick(view->filterBar()->serverSearch(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(searchRequests() > 0, 5000);
        QCOMPARE(view->currentView().query, u"refund"_s);
    }

    void refreshKeepsTheSelection()
    {
        auto view = openView(ConversationView::Kind::All);
        QVERIFY(view);
        ConversationListModel *list = m_workspace->conversations();
        const QList<qint64> chosen{list->row(2).id, list->row(4).id, list->row(7).id};
        view->table()->selectConversations(chosen);
        const qint64 current = view->table()->currentConversationId();
        QCOMPARE(view->table()->selectedConversationIds().size(), 3);

        QSignalSpy refreshed(list, &ConversationListModel::refreshed);
        view->refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(view->table()->selectedConversationIds(), [&] {
            QList<qint64> sorted = chosen;
            std::sort(sorted.begin(), sorted.end());
            return sorted;
        }());
        QCOMPARE(view->table()->currentConversationId(), current);
    }

    void claimShowsTheNewAssigneeInTheList()
    {
        ScriptedPrompts prompts;
        auto view = openView(ConversationView::Kind::UnassignedOpen);
        QVERIFY(view);
        const qint64 id = m_workspace->conversations()->row(0).id;
        view->table()->selectConversations({id});
        QVERIFY(view->actions()->claimAction()->isEnabled());
        view->actions()->claimAction()->trigger();
        auto *dialog = view->actions()->openDialog();
        QVERIFY(dialog);
        const QString agent = agentOtherThan({});
        QVERIFY(pick(dialog, agent));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(assigneeShown(*view, id), agent, 10000);
        QVERIFY(prompts.questions.isEmpty());
        QVERIFY(prompts.notices.isEmpty());
    }

    void claimOfAnAssignedConversationNamesTheOwnerAndAsks_data()
    {
        QTest::addColumn<bool>("takeOver");
        QTest::newRow("take over") << true;
        QTest::newRow("leave it") << false;
    }

    void claimOfAnAssignedConversationNamesTheOwnerAndAsks()
    {
        QFETCH(bool, takeOver);
        ScriptedPrompts prompts;
        prompts.answers = {takeOver};
        auto view = openView(ConversationView::Kind::Open);
        QVERIFY(view);
        const ConversationListModel *list = m_workspace->conversations();
        int row = 0;
        while (row < list->rowCount() && list->row(row).assigneeId.isEmpty())
            ++row;
        QVERIFY2(row < list->rowCount(), "no assigned open conversation on the first page");
        const qint64 id = list->row(row).id;
        const QString owner = list->row(row).assigneeId;
        const QString other = agentOtherThan(owner);

        view->table()->selectConversations({id});
        view->actions()->claimAction()->trigger();
        QVERIFY(pick(view->actions()->openDialog(), other));
        view->actions()->openDialog()->accept();
        QTRY_COMPARE_WITH_TIMEOUT(prompts.questions.size(), 1, 10000);
        QVERIFY2(prompts.questions.first().contains(m_workspace->agentName(owner)),
                 qPrintable(prompts.questions.first()));
        if (takeOver) {
            QTRY_COMPARE_WITH_TIMEOUT(assigneeShown(*view, id), other, 10000);
        } else {
            QTest::qWait(300);
            QCOMPARE(assigneeShown(*view, id), owner);
            const auto reply = m_sandbox->get(u"/v1/conversations/%1"_s.arg(id));
            QCOMPARE(reply.data()[u"assignment"_s][u"agentId"_s].toString(), owner);
        }
    }

    void untagOffersTheTagsOfTheSelection()
    {
        ScriptedPrompts prompts;
        auto view = openView(ConversationView::Kind::All);
        QVERIFY(view);
        const ConversationListModel *list = m_workspace->conversations();
        int row = 0;
        while (row < list->rowCount() && list->row(row).tagIds.isEmpty())
            ++row;
        QVERIFY2(row < list->rowCount(), "no tagged conversation on the first page");
        const qint64 id = list->row(row).id;
        const QStringList tags = list->row(row).tagIds;

        view->table()->selectConversations({id});
        view->actions()->untagAction()->trigger();
        QDialog *dialog = view->actions()->openDialog();
        QVERIFY(dialog);
        auto *picker = dialog->findChild<EntityPicker *>();
        QVERIFY(picker);
        QCOMPARE(picker->visibleCount(), int(tags.size()));
        picker->setCurrentId(tags.first());
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!list->row(list->rowOf(id)).tagIds.contains(tags.first()), 10000);
    }

    void anonymizeIsConfirmedByTypingTheIdAndFollowedToTheEnd()
    {
        ScriptedPrompts prompts;
        auto view = openView(ConversationView::Kind::All);
        QVERIFY(view);
        const ConversationListModel *list = m_workspace->conversations();
        int row = 0;
        while (row < list->rowCount() && list->row(row).state != Dixa::ConversationState::Closed)
            ++row;
        QVERIFY2(row < list->rowCount(), "no closed conversation on the first page");
        const qint64 id = list->row(row).id;
        QSignalSpy status(view.get(), &TriageView::statusMessage);

        view->table()->selectConversations({id});
        view->actions()->anonymizeAction()->trigger();
        auto *dialog = qobject_cast<AnonymizeDialog *>(view->actions()->openDialog());
        QVERIFY(dialog);
        QVERIFY(!dialog->eraseButton()->isEnabled());
        dialog->confirmationEdit()->setText(QString::number(id + 1));
        QVERIFY(!dialog->eraseButton()->isEnabled());
        dialog->confirmationEdit()->setText(QString::number(id));
        QVERIFY(dialog->eraseButton()->isEnabled());
        dialog->eraseButton()->click();
        const QString processed = u"Dixa has anonymized conversation %1."_s.arg(id);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QList<QVariant> &signal : status) {
                    if (signal.first().toString() == processed)
                        return true;
                }
                return false;
            }(),
            15000);
        QVERIFY(prompts.notices.isEmpty());
    }

    void keyboardClosesTheSelection()
    {
        ScriptedPrompts prompts;
        auto view = openView(ConversationView::Kind::Open);
        QVERIFY(view);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        const qint64 id = m_workspace->conversations()->row(1).id;
        view->table()->selectConversations({id});
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_E);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_sandbox->get(u"/v1/conversations/%1"_s.arg(id)).data()[u"state"_s].toString(),
            u"Closed"_s, 10000);
        QVERIFY(prompts.notices.isEmpty());
    }

    void savedViewsAndColumnsSurviveARestart()
    {
        {
            auto view = openView(ConversationView::Kind::All);
            QVERIFY(view);
            auto *state = view->filterBar()->findChild<QComboBox *>(u"stateFilter"_s);
            QVERIFY(state);
            state->setCurrentIndex(state->findData(u"Pending"_s));
            const ConversationView saved = view->saveCurrentView(u"Pending work"_s);
            QCOMPARE(saved.states,
                     QList<Dixa::ConversationState>{Dixa::ConversationState::Pending});
            view->table()->setColumnHidden(ConversationListModel::Tags, true);
            Q_EMIT view->table()->columnLayoutChanged();
        }
        const QList<ConversationView> saved = ConsoleSettings().savedViews();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().name, u"Pending work"_s);

        TriageView again(*m_workspace);
        QVERIFY(again.viewList()->view(saved.first().id).has_value());
        QCOMPARE(again.viewList()->currentViewId(), saved.first().id);
        QCOMPARE(again.currentView().states,
                 QList<Dixa::ConversationState>{Dixa::ConversationState::Pending});
        QVERIFY(again.table()->isColumnHidden(ConversationListModel::Tags));
    }
};

QTEST_MAIN(TestTriageView)
#include "tst_triageview.moc"
