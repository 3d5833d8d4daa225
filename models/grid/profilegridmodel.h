#pragma once

#include "celledit.h"
#include "gridroles.h"
#include "items/apitablemodel.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

class ApiJob;
class EditJournal;
class SpecCatalog;

// One column of a profile grid: the JSON member it shows and whether it is edited.
struct GridColumn
{
    enum class Type { Text, List, Time };

    QString field; // "displayName", "additionalEmails", "createdAt", "id"
    QString title;
    Type type = Type::Text;
    bool editable = false;
    bool required = false;
};

// What the server said about one row of a bulk update.
struct RowOutcome
{
    QString id;
    bool succeeded = false;
    QJsonObject record; // the server's record, on success
    QString message;    // the server's message, on failure
};

// The editable table of a directory (agents or end users) read page by page: one column per field
// of the bulk update schema (from the spec), read-only columns for the rest. Edits are staged,
// never sent: each row keeps the server's record and the staged value of every changed cell,
// validated against the spec once per touched row. Bulk edits go through applyEdits(), which
// answers the edits that undo it. BulkApplier sends the staged rows; an EditJournal, when set,
// holds every staged edit on disk. Agent and end-user specifics live in the subclasses.
class ProfileGridModel : public ApiTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileGridModel)

public:
    using PageHandler = std::function<void(const ApiError &error, const QList<QJsonObject> &records,
                                           const QString &nextPage)>;
    // Outcomes in the order of the items sent; a whole-call failure has an error and no outcomes.
    using BulkHandler =
        std::function<void(const ApiError &error, const QList<RowOutcome> &outcomes)>;

    ~ProfileGridModel() override;

    // The journal's name for this grid: "agents" or "endUsers".
    virtual QString kind() const = 0;
    // The spec schema of one bulk update item ("BulkUpdateAgentInput").
    QString schema() const { return m_schema; }
    const SpecCatalog &spec() const { return m_spec; }

    const QList<GridColumn> &columns() const { return m_columns; }
    const GridColumn &column(int column) const { return m_columns.at(column); }
    int columnOf(const QString &field) const { return m_columnOf.value(field, -1); }
    bool isEditable(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Paging: one page request in flight, rows appended when it lands.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int pageLimit() const { return m_pageLimit; }
    void setPageLimit(int limit) { m_pageLimit = qMax(0, limit); }
    bool atEnd() const;
    // Reads every remaining page, one after the other (CSV import by email needs them all).
    void loadAll();
    // Reads the directory again (a model reset). Staged edits survive: they are staged again on
    // their records as the pages land.
    void reload();

    // Rows.
    int rowOf(const QString &id) const { return m_rowOf.value(id, -1); }
    QString idAt(int row) const;
    QJsonObject record(int row) const { return m_rows.at(row).record; }
    QVariant originalValue(int row, int column) const;
    // The value shown: the staged one if any, else the server's.
    QVariant value(int row, int column) const;
    bool isStaged(int row, int column) const { return m_rows.at(row).staged.contains(column); }
    GridRoles::RowStatus rowStatus(int row) const { return m_rows.at(row).status; }
    QString rowMessage(int row) const { return m_rows.at(row).message; }
    QString cellError(int row, int column) const { return m_rows.at(row).errors.value(column); }

    // Staging. applyEdits() answers the inverse edits: applyEdits(inverse) undoes it exactly.
    // Edits of unknown records, read-only columns or unchanged values are left out of both.
    QList<CellEdit> applyEdits(const QList<CellEdit> &edits);
    QList<CellEdit> revertRow(int row);
    QList<CellEdit> revertAll();
    QList<int> stagedRows() const;
    int stagedRowCount() const { return int(m_stagedIds.size()); }
    bool hasStagedEdits() const { return !m_stagedIds.isEmpty(); }

    // Edits as spreadsheets make them. Paste: table[i][j] goes to (rows[i], columns[j]); a single
    // value fills every target. Fill down: the first given cell of each column is copied to the
    // other given cells of that column (pass the cells in the order the view shows them).
    // Replace: every cell of `column` (in `rows`, or all rows) containing `find`.
    QList<CellEdit> pasteEdits(const QList<int> &rows, const QList<int> &columns,
                               const QList<QStringList> &table) const;
    QList<CellEdit> fillDownEdits(const QModelIndexList &cells) const;
    QList<CellEdit> replaceEdits(int column, const QString &find, const QString &replacement,
                                 Qt::CaseSensitivity cs = Qt::CaseInsensitive,
                                 const QList<int> &rows = {}) const;

    // A value as the grid stores it: text trimmed; a list from a QStringList or from text split at
    // commas, semicolons and line breaks, entries trimmed, empty ones dropped.
    QVariant normalise(int column, const QVariant &value) const;
    // What the spec says of the row with `values` (column -> value) staged on top of its current
    // values: column -> reason; the key -1 holds problems of the row as a whole.
    QHash<int, QString> check(int row, const QHash<int, QVariant> &values = {}) const;

    // The journal every staging change is written to (nullptr: none). The model writes only the
    // rows it changes, so entries it has not restored stay in the journal.
    void setJournal(EditJournal *journal);
    EditJournal *journal() const;
    // Stages the journal's edits of this grid again. Records already loaded are staged now (the
    // count is returned); the others when their page lands (loadAll() to have them all at once).
    int restore(const EditJournal &journal);
    int pendingRestoreCount() const { return int(m_pending.size()); }

    // For BulkApplier. Rows with valid staged edits (not saving); failedOnly: those that failed.
    QList<int> rowsToApply(bool failedOnly = false) const;
    // The bulk update item of a row: its id and every editable field (the record merged with the
    // staged edits), since PUT replaces the whole profile.
    QJsonObject payload(int row) const;
    void markSaving(const QStringList &ids);
    // Success replaces the row with the server's record and clears the edits that were sent
    // (edits made while saving stay staged); failure keeps them staged with the message.
    void applyOutcomes(const QList<RowOutcome> &outcomes);
    // Sends items (payload() objects) through the kind's bulk update endpoint.
    virtual ApiJob *sendUpdates(const QList<QJsonObject> &items, QObject *context,
                                BulkHandler handler) = 0;

Q_SIGNALS:
    // A view's edit went through setData(): what changed and the edit that undoes it, for an
    // undo command that is already done when it is pushed.
    void cellEdited(const CellEdit &edit, const CellEdit &undo);
    // Staged edits changed: their count, what Apply would send.
    void stagingChanged();

protected:
    ProfileGridModel(DixaApi &api, const SpecCatalog &spec, const QString &schema,
                     const QList<GridColumn> &readOnlyColumns, QObject *parent = nullptr);

    virtual ApiJob *requestPage(int pageLimit, const QString &pageLink, QObject *context,
                                PageHandler handler) = 0;
    // The record as the kind's entity type (Dixa::Agent, Dixa::EndUser) for EntityRole.
    virtual QVariant entity(const QJsonObject &record) const = 0;

private:
    struct Row
    {
        QJsonObject record;
        QHash<int, QVariant> staged; // column -> value, only where it differs from the record
        QHash<int, QVariant> sent;   // the staged values in flight while saving
        QHash<int, QString> errors;  // column -> reason; -1: the row as a whole
        QString message;
        GridRoles::RowStatus status = GridRoles::RowStatus::Unchanged;
    };

    QVariant recordValue(const QJsonObject &record, int column) const;
    QVariant cellData(const Row &row, int column, int role) const;
    void appendRecords(const QList<QJsonObject> &records);
    // Stages without undo bookkeeping; answers whether the cell changed.
    bool stage(Row &row, int column, const QVariant &normalised);
    void validate(Row &row) const;
    void refreshStatus(Row &row);
    // After rows changed: status, one dataChanged per block, the journal, stagingChanged.
    void rowsChanged(const QSet<int> &rows, bool revalidate);
    void writeJournal(const QSet<int> &rows);
    void stagePending(int firstRow);
    QJsonObject merged(const Row &row, const QHash<int, QVariant> &values) const;
    QHash<int, QString> problems(const Row &row, const QHash<int, QVariant> &values) const;

    const SpecCatalog &m_spec;
    QString m_schema;
    QList<GridColumn> m_columns;
    QHash<QString, int> m_columnOf;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QSet<QString> m_stagedIds;
    // Edits waiting for their records (restored or kept over a reload): id -> column -> value.
    QHash<QString, QHash<int, QVariant>> m_pending;
    QPointer<EditJournal> m_journal;
    QPointer<ApiJob> m_pageJob;
    QString m_nextPage;
    int m_pageLimit = 100;
    quint64 m_generation = 0;
    bool m_fetching = false;
    bool m_started = false;
    bool m_failed = false;
    bool m_loadAll = false;
};
