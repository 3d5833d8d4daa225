// ProfileGridModel (agents and end users) against the sandbox: columns from the spec, paging,
// staging and reverting, validation, applyEdits with its inverse (undo and redo), a paste of 500
// rows in one step, fill down and replace. Nothing here is sent: the sandbox never changes.
#include "grid/agentgridmodel.h"
#include "grid/endusergridmodel.h"
#include "sandboxfixture.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using GridRoles::RowStatus;

namespace {
// A grid model under QAbstractItemModelTester with every page read.
template<class Model>
struct LoadedGrid
{
    LoadedGrid(DixaApi &api, const SpecCatalog &spec)
        : model(api, spec)
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        model.setPageLimit(250);
        model.loadAll();
    }
    Model model;
    QAbstractItemModelTester tester;
};

QList<QVariant> snapshot(const ProfileGridModel &model)
{
    QList<QVariant> values;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            values.append(model.value(row, column));
    }
    return values;
}
} // namespace

class TestProfileGridModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Workspace> m_ws;

    template<class Model>
    std::unique_ptr<LoadedGrid<Model>> load(int rows)
    {
        auto grid = std::make_unique<LoadedGrid<Model>>(m_ws->api(), m_ws->spec());
        if (!QTest::qWaitFor([&] { return grid->model.atEnd(); }, 60000))
            return {};
        if (grid->model.rowCount() != rows)
            return {};
        return grid;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isRunning());
        m_ws = makeTestWorkspace(*m_sandbox);
    }

    void columnsFollowTheSpec()
    {
        EndUserGridModel users(m_ws->api(), m_ws->spec());
        QStringList fields;
        for (const SpecField &field : m_ws->spec().fields(u"BulkUpdateEndUserInput"_s)) {
            if (field.name != u"id"_s)
                fields.append(field.name);
        }
        QCOMPARE(users.columnCount(), fields.size() + 2);
        for (int column = 0; column < fields.size(); ++column) {
            QCOMPARE(users.headerData(column, Qt::Horizontal, GridRoles::FieldNameRole).toString(),
                     fields.at(column));
            QVERIFY(users.isEditable(column));
        }
        const int displayName = users.columnOf(u"displayName"_s);
        QCOMPARE(users.headerData(displayName, Qt::Horizontal).toString(), u"Display name"_s);
        QVERIFY(users.headerData(displayName, Qt::Horizontal, GridRoles::RequiredRole).toBool());
        QVERIFY(
            !users.headerData(users.columnOf(u"email"_s), Qt::Horizontal, GridRoles::RequiredRole)
                 .toBool());
        QVERIFY(users
                    .headerData(users.columnOf(u"additionalEmails"_s), Qt::Horizontal,
                                GridRoles::ListColumnRole)
                    .toBool());
        QVERIFY(users.isEditable(users.columnOf(u"email"_s)));
        QVERIFY(!users.isEditable(users.columnOf(u"id"_s)));
        QVERIFY(!users.isEditable(users.columnOf(u"createdAt"_s)));
        QCOMPARE(users.kind(), u"endUsers"_s);

        AgentGridModel agents(m_ws->api(), m_ws->spec());
        QVERIFY(agents.columnOf(u"email"_s) >= 0);
        QVERIFY(!agents.isEditable(agents.columnOf(u"email"_s))); // not editable through the API
        QVERIFY(agents.isEditable(agents.columnOf(u"middleNames"_s)));
        QCOMPARE(agents.columnOf(u"externalId"_s), -1);
        QCOMPARE(agents.kind(), u"agents"_s);
    }

    void loadAllReadsEveryPage()
    {
        const auto grid = load<EndUserGridModel>(1000);
        QVERIFY(grid);
        const EndUserGridModel &model = grid->model;
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.idAt(row));
        QCOMPARE(ids.size(), 1000);
        QVERIFY(!model.canFetchMore({}));

        const int row = 17;
        const QJsonObject user =
            m_sandbox->get(u"/v1/endusers/"_s + model.idAt(row)).data().toObject();
        for (const QString &field : {u"displayName"_s, u"email"_s, u"phoneNumber"_s}) {
            QCOMPARE(model.index(row, model.columnOf(field)).data().toString(),
                     user.value(field).toString());
        }
        const int emails = model.columnOf(u"additionalEmails"_s);
        QStringList expected;
        for (const QJsonValue &email : user.value(u"additionalEmails"_s).toArray())
            expected.append(email.toString());
        QCOMPARE(model.index(row, emails).data(Qt::EditRole).toStringList(), expected);
        QCOMPARE(model.index(row, emails).data().toString(), expected.join(u", "_s));
        QCOMPARE(model.index(row, 0).data(ItemRoles::IdRole).toString(), model.idAt(row));
        QCOMPARE(model.index(row, 0).data(ItemRoles::EntityRole).value<Dixa::EndUser>().id,
                 model.idAt(row));
        QVERIFY(model.index(row, model.columnOf(u"createdAt"_s)).data().toDateTime().isValid());
        QCOMPARE(model.index(row, 0).data(GridRoles::RowStatusRole).toInt(),
                 int(RowStatus::Unchanged));
        QVERIFY(!model.hasStagedEdits());
    }

    void editsAreStagedAndReverted()
    {
        const auto grid = load<AgentGridModel>(15);
        QVERIFY(grid);
        AgentGridModel &model = grid->model;
        const int row = 3;
        const QString id = model.idAt(row);
        const int name = model.columnOf(u"displayName"_s);
        const int phone = model.columnOf(u"phoneNumber"_s);
        const int emails = model.columnOf(u"additionalEmails"_s);
        const QString before = model.value(row, name).toString();
        const QString phoneBefore = model.value(row, phone).toString();
        QVERIFY(!phoneBefore.isEmpty());

        QSignalSpy edited(&model, &ProfileGridModel::cellEdited);
        QSignalSpy staging(&model, &ProfileGridModel::stagingChanged);
        QVERIFY(model.setData(model.index(row, name), u"  Renamed Agent "_s));
        QCOMPARE(model.value(row, name).toString(), u"Renamed Agent"_s); // trimmed
        QCOMPARE(model.index(row, name).data(GridRoles::CellChangedRole).toBool(), true);
        QCOMPARE(model.index(row, name).data(GridRoles::OriginalValueRole).toString(), before);
        QCOMPARE(model.index(row, phone).data(GridRoles::CellChangedRole).toBool(), false);
        QCOMPARE(model.rowStatus(row), RowStatus::Edited);
        QVERIFY(model.hasStagedEdits());
        QCOMPARE(model.stagedRows(), QList<int>{row});
        QCOMPARE(staging.size(), 1);
        QCOMPARE(edited.size(), 1);
        const auto edit = edited.at(0).at(0).value<CellEdit>();
        const auto undo = edited.at(0).at(1).value<CellEdit>();
        QCOMPARE(edit, (CellEdit{id, name, u"Renamed Agent"_s}));
        QCOMPARE(undo, (CellEdit{id, name, before}));
        // Staged only: the server still has the old name.
        QCOMPARE(m_sandbox->get(u"/v1/agents/"_s + id).data()[u"displayName"_s].toString(), before);

        // Clearing an optional field stages "no value"; a list takes text or a list.
        QVERIFY(model.setData(model.index(row, phone), QString()));
        QVERIFY(model.isStaged(row, phone));
        QCOMPARE(model.payload(row).value(u"phoneNumber"_s).toString(), QString());
        QVERIFY(model.setData(model.index(row, emails), u"a@example.com; b@example.com"_s));
        QCOMPARE(model.value(row, emails).toStringList(),
                 (QStringList{u"a@example.com"_s, u"b@example.com"_s}));
        QCOMPARE(model.index(row, emails).data().toString(), u"a@example.com, b@example.com"_s);
        QCOMPARE(model.payload(row).value(u"additionalEmails"_s).toArray().size(), 2);

        // Typing the server's value back unstages the cell.
        QVERIFY(model.setData(model.index(row, phone), phoneBefore));
        QVERIFY(!model.isStaged(row, phone));

        // Read-only columns refuse edits.
        QVERIFY(!model.setData(model.index(row, model.columnOf(u"email"_s)), u"x@example.com"_s));
        QVERIFY(!(model.flags(model.index(row, model.columnOf(u"id"_s))) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(row, name)) & Qt::ItemIsEditable);

        // Revert row answers the edits that re-stage it (undo of the revert).
        const QList<CellEdit> restage = model.revertRow(row);
        QCOMPARE(restage.size(), 2);
        QVERIFY(!model.hasStagedEdits());
        QCOMPARE(model.rowStatus(row), RowStatus::Unchanged);
        QCOMPARE(model.value(row, name).toString(), before);
        model.applyEdits(restage);
        QCOMPARE(model.value(row, name).toString(), u"Renamed Agent"_s);
        QVERIFY(model.setData(model.index(0, name), u"Another"_s));
        QCOMPARE(model.stagedRowCount(), 2);
        const QList<CellEdit> all = model.revertAll();
        QCOMPARE(all.size(), 3);
        QVERIFY(!model.hasStagedEdits());
        QCOMPARE(model.rowStatus(0), RowStatus::Unchanged);
    }

    void invalidRowsAreMarkedWithTheReason()
    {
        const auto grid = load<EndUserGridModel>(1000);
        QVERIFY(grid);
        EndUserGridModel &model = grid->model;
        const int name = model.columnOf(u"displayName"_s);
        const int emails = model.columnOf(u"additionalEmails"_s);
        model.applyEdits(
            {{model.idAt(0), name, u"   "_s},
             {model.idAt(1), emails, QStringList{u"a@example.com"_s, u"a@example.com"_s}},
             {model.idAt(2), name, u"Fine Name"_s}});
        QCOMPARE(model.rowStatus(0), RowStatus::Invalid);
        QCOMPARE(model.cellError(0, name), u"is required"_s);
        QCOMPARE(model.index(0, name).data(GridRoles::CellErrorRole).toString(), u"is required"_s);
        QCOMPARE(model.rowMessage(0), u"Display name: is required"_s);
        QCOMPARE(model.index(0, 4).data(GridRoles::RowMessageRole).toString(), model.rowMessage(0));
        QCOMPARE(model.rowStatus(1), RowStatus::Invalid);
        QVERIFY(model.cellError(1, emails).contains(u"a@example.com"_s));
        QVERIFY(model.rowMessage(1).startsWith(u"Other emails: "_s));
        QCOMPARE(model.rowStatus(2), RowStatus::Edited);
        QCOMPARE(model.rowMessage(2), QString());
        // Apply would send only the valid row.
        QCOMPARE(model.rowsToApply(), QList<int>{2});
        // Fixing the value makes the row valid again.
        model.applyEdits({{model.idAt(0), name, u"Named Again"_s}});
        QCOMPARE(model.rowStatus(0), RowStatus::Edited);
        QCOMPARE(model.cellError(0, name), QString());
        // check() answers for values not staged (CSV import).
        QCOMPARE(model.check(3, {{name, QString()}}).value(name), u"is required"_s);
        QVERIFY(model.check(3, {{name, u"x"_s}}).isEmpty());
    }

    void applyEditsAnswersItsInverse()
    {
        const auto grid = load<AgentGridModel>(15);
        QVERIFY(grid);
        AgentGridModel &model = grid->model;
        const int first = model.columnOf(u"firstName"_s);
        const int middle = model.columnOf(u"middleNames"_s);
        const QList<QVariant> original = snapshot(model);
        const QList<CellEdit> edits{
            {model.idAt(0), first, u"One"_s},
            {model.idAt(0), first, u"Two"_s}, // the same cell twice: undo gives the first back
            {model.idAt(1), middle, QStringList{u"Ann"_s, u"Lee"_s}},
            {model.idAt(2), first, model.value(2, first)},    // no change: left out
            {u"no-such-id"_s, first, u"x"_s},                 // unknown record: left out
            {model.idAt(3), model.columnOf(u"id"_s), u"x"_s}, // read-only: left out
        };
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QList<CellEdit> undo = model.applyEdits(edits);
        QCOMPARE(undo.size(), 3);
        QCOMPARE(changed.size(), 1); // rows 0 and 1: one block
        QCOMPARE(model.value(0, first).toString(), u"Two"_s);
        const QList<QVariant> edited = snapshot(model);

        const QList<CellEdit> redo = model.applyEdits(undo);
        QCOMPARE(snapshot(model), original);
        QVERIFY(!model.hasStagedEdits());
        QCOMPARE(model.rowStatus(0), RowStatus::Unchanged);

        model.applyEdits(redo);
        QCOMPARE(snapshot(model), edited);
        QCOMPARE(model.stagedRows(), (QList<int>{0, 1}));
        model.applyEdits(undo);
        QCOMPARE(snapshot(model), original);
    }

    void pasteOf500RowsIsOneStep()
    {
        const auto grid = load<EndUserGridModel>(1000);
        QVERIFY(grid);
        EndUserGridModel &model = grid->model;
        const int phone = model.columnOf(u"phoneNumber"_s);
        const int last = model.columnOf(u"lastName"_s);
        // What a spreadsheet puts on the clipboard: 500 rows of two cells.
        QList<QStringList> table;
        QList<int> rows;
        for (int i = 0; i < 500; ++i) {
            table.append({u"+4570%1"_s.arg(100000 + i), u"Pasted %1"_s.arg(i)});
            rows.append(100 + i);
        }
        const QList<CellEdit> edits = model.pasteEdits(rows, {phone, last}, table);
        QCOMPARE(edits.size(), 1000);
        const QList<QVariant> before = snapshot(model);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy staging(&model, &ProfileGridModel::stagingChanged);
        QElapsedTimer timer;
        timer.start();
        const QList<CellEdit> undo = model.applyEdits(edits);
        const qint64 elapsed = timer.elapsed();
        qInfo("500 rows (1000 cells) pasted and validated in %lld ms", elapsed);
        QVERIFY2(elapsed < 3000, "a paste of 500 rows must not stall the window");
        QCOMPARE(changed.size(), 1); // one contiguous block
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 100);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 599);
        QCOMPARE(staging.size(), 1);
        QCOMPARE(undo.size(), 1000);
        QCOMPARE(model.stagedRowCount(), 500);
        QCOMPARE(model.value(350, phone).toString(), u"+4570100250"_s);
        QCOMPARE(model.value(350, last).toString(), u"Pasted 250"_s);
        QCOMPARE(model.rowStatus(350), RowStatus::Edited);

        changed.clear();
        model.applyEdits(undo);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(snapshot(model), before);
        QVERIFY(!model.hasStagedEdits());

        // One value pasted over a selection fills it.
        const QList<CellEdit> fill = model.pasteEdits({0, 1, 2}, {last}, {{u"Same"_s}});
        QCOMPARE(fill.size(), 3);
        // Cells past the table or read-only are left alone.
        QCOMPARE(
            model.pasteEdits({0, 1}, {model.columnOf(u"id"_s), last}, {{u"a"_s, u"b"_s}}).size(),
            1);
    }

    void fillDownAndReplaceAreEdits()
    {
        const auto grid = load<EndUserGridModel>(1000);
        QVERIFY(grid);
        EndUserGridModel &model = grid->model;
        const int last = model.columnOf(u"lastName"_s);
        const int external = model.columnOf(u"externalId"_s);
        QModelIndexList cells;
        for (int row = 10; row < 20; ++row)
            cells << model.index(row, last) << model.index(row, model.columnOf(u"id"_s));
        const QList<CellEdit> fill = model.fillDownEdits(cells);
        QCOMPARE(fill.size(), 9);
        const QString source = model.value(10, last).toString();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QList<CellEdit> undo = model.applyEdits(fill);
        QCOMPARE(changed.size(), 1);
        for (int row = 10; row < 20; ++row)
            QCOMPARE(model.value(row, last).toString(), source);
        model.applyEdits(undo);
        QCOMPARE(model.stagedRowCount(), 0);

        // Replace within a column: only the cells that contain the text.
        model.applyEdits(
            {{model.idAt(5), external, u"crm-77"_s}, {model.idAt(6), external, u"CRM-78"_s}});
        const QList<CellEdit> replace =
            model.replaceEdits(external, u"crm-"_s, u"sf-"_s, Qt::CaseInsensitive, {4, 5, 6, 7});
        QCOMPARE(replace.size(), 2);
        model.applyEdits(replace);
        QCOMPARE(model.value(5, external).toString(), u"sf-77"_s);
        QCOMPARE(model.value(6, external).toString(), u"sf-78"_s);
        QCOMPARE(model.replaceEdits(external, u"crm-"_s, u"sf-"_s).size(), 0);
    }

    void reloadKeepsStagedEdits()
    {
        const auto grid = load<AgentGridModel>(15);
        QVERIFY(grid);
        AgentGridModel &model = grid->model;
        const int last = model.columnOf(u"lastName"_s);
        const QString id = model.idAt(4);
        model.applyEdits({{id, last, u"Kept"_s}});
        model.reload();
        QVERIFY(!model.hasStagedEdits());
        QCOMPARE(model.pendingRestoreCount(), 1);
        model.loadAll();
        QTRY_VERIFY(model.atEnd());
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.pendingRestoreCount(), 0);
        QCOMPARE(model.value(model.rowOf(id), last).toString(), u"Kept"_s);
        QCOMPARE(model.stagedRowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProfileGridModel)
#include "tst_profilegridmodel.moc"
