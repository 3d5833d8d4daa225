#pragma once

#include "api/apicall.h"
#include "apitablemodel.h"
#include "conversationrow.h"
#include "entities/search.h"
#include "entities/searchinput.h"
#include "searchtextstore.h"

#include <QSet>
#include <QTimer>

#include <optional>

class ConversationReader;

// The conversations a search finds (POST /search/conversations), one row each. The search
// answers ids only, so every row is then read (GET /conversations/{id} and its tags) and shows
// a loading state until its details land. Pages come through canFetchMore()/fetchMore() with one
// page request in flight; refresh() re-runs the search for the pages loaded so far and updates
// the rows in place, so persistent indexes, selection and scroll position survive it.
class ConversationListModel final : public ApiTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    enum Column {
        Id,
        Subject,
        Requester,
        Channel,
        State,
        Queue,
        Assignee,
        Tags,
        Created,
        LastActivity,
        ColumnCount
    };
    Q_ENUM(Column)

    using NameKind = ConversationNames::Kind;

    explicit ConversationListModel(DixaApi &api, QObject *parent = nullptr);
    ~ConversationListModel() override;

    // What the list shows. A new search is a real reload: the model resets, and the first page
    // comes with the next fetchMore() (a view asks for it at once).
    void setSearch(const Dixa::SearchParametersInput &search);
    const Dixa::SearchParametersInput &search() const { return m_search; }
    // Ids per search page (Dixa's default when 0).
    void setPageLimit(int limit) { m_pageLimit = qMax(0, limit); }
    int pageLimit() const { return m_pageLimit; }

    // Display names by id, from the directory models (agents, end users, queues, tags). Requester
    // names missing from them are read (GET /endusers/{id}) once each, when a row lands.
    void setNames(NameKind kind, const QHash<QString, QString> &names);
    QString nameOf(NameKind kind, const QString &id) const { return m_names.name(kind, id); }

    // Without the virtual rowCount()/columnCount() calls of QAbstractTableModel::index(): a
    // proxy's sort of 100,000 rows asks for two indexes per comparison.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Direct access for the filter proxy and tests: no QVariant on the hot paths.
    const ConversationRow &row(int row) const { return m_rows.at(row); }
    // The case-folded text free-text filtering searches (valid until the model changes).
    QStringView searchText(int row) const
    {
        const ConversationRow &r = m_rows.at(row);
        return m_searchTexts.view(r.searchOffset, r.searchLength);
    }
    int rowOf(qint64 conversationId) const { return m_rowOf.value(conversationId, -1); }
    // <0, 0, >0 as the rows' RawValueRole of `column` compare (text case-insensitively).
    int compareRows(int left, int right, int column) const;
    // Every search page has been read.
    bool atEnd() const { return m_started && m_nextPage.isEmpty() && m_pageCall.isNull(); }

    // Appends rows as given (loading rows, or complete ones from a test or a benchmark), skipping
    // ids the model already holds. Paging uses it too.
    void appendRows(QList<ConversationRow> rows);

public Q_SLOTS:
    // Re-runs the search for the pages loaded so far and re-reads every row, in place.
    void refresh();
    // Re-reads these conversations (after an action changed them); rows update in place. Ids not
    // in the list are ignored: whether they now match the search is for the next refresh.
    void reloadConversations(const QList<qint64> &ids);

Q_SIGNALS:
    // A search page landed and added `added` rows (still loading their details).
    void pageLoaded(int added);
    // A refresh's search walk and every read it started have ended.
    void refreshed();

protected:
    bool rowsShareStaleness() const override { return false; }

private:
    struct RefreshWalk
    {
        QList<qint64> ids;
        QSet<qint64> seen;
        QString link;
        int pagesLeft = 0;
        int pagesWalked = 0;
    };

    void requestPage(const QString &link);
    void onPage(const ApiOutcome<Page<Dixa::SearchHit>> &outcome);
    void onRefreshPage(const ApiOutcome<Page<Dixa::SearchHit>> &outcome);
    void finishRefreshWalk();
    void onConversationRead(qint64 id, const Dixa::Conversation &conversation,
                            const QList<Dixa::Tag> &tags);
    void onReadFailed(qint64 id, const ApiError &error);
    void onReaderIdle();
    void read(qint64 id);
    void setRowFlags(int row, quint8 flags);
    void updateLoading();
    void rebuildRowIndex();
    // Stores the row's search text in m_searchTexts: over its old text when it fits, else at the
    // end. The store is rebuilt in row order once more than half of it is dead text.
    void setSearchText(ConversationRow &row);
    void rebuildSearchTexts();
    void compactSearchTextsIfWasteful();

    void requestRequesterName(const QString &requesterId);
    void applyNames(const QSet<QString> &ids, NameKind kind, bool all);
    void applyPendingNames();

    QVariant columnData(const ConversationRow &row, int column, bool raw) const;
    // The roles a change of a row's content affects, and those of its state.
    static const QList<int> &contentRoles();
    static const QList<int> &stateRoles();

    Dixa::SearchParametersInput m_search;
    int m_pageLimit = 50;
    QList<ConversationRow> m_rows;
    QHash<qint64, int> m_rowOf;
    QHash<qint64, ApiError> m_rowErrors; // rows whose last read failed
    SearchTextStore m_searchTexts;       // every row's search text, see setSearchText()
    qsizetype m_liveSearchChars = 0;     // the part of it rows still point at
    ConversationNames m_names;

    ConversationReader *m_reader = nullptr;
    ApiCall<Page<Dixa::SearchHit>> m_pageCall; // the one search page in flight
    std::optional<RefreshWalk> m_refresh;
    QString m_nextPage;
    int m_pagesLoaded = 0;
    quint64 m_pageGeneration = 0; // bumped when a page request is dropped: its answer is ignored
    bool m_started = false;
    bool m_failed = false;       // the last page failed: no fetchMore until refresh()
    bool m_refreshReads = false; // a refresh's reads are still landing

    QSet<QString> m_requestedNames; // requester ids read or being read
    QSet<QString> m_arrivedNames;   // requester names landed since the last applyPendingNames()
    QTimer m_namesTimer;
};
