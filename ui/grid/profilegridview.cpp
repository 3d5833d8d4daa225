#include "profilegridview.h"

#include "griddelegate.h"
#include "gridproxymodel.h"
#include "gridundocommand.h"

#include "common/consolesettings.h"
#include "grid/bulkapplier.h"
#include "grid/csvcodec.h"
#include "grid/profilegridmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

ProfileGridView::ProfileGridView(ProfileGridModel *model, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_undo(undoStack ? undoStack : new QUndoStack(this))
    , m_proxy(new GridProxyModel(this))
    , m_applier(new BulkApplier(*model, this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_applyButton(new QPushButton(tr("&Apply"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_retryButton(new QPushButton(tr("&Retry failed"), this))
    , m_summary(new QLabel(this))
    , m_statusFilter(new QComboBox(this))
    , m_rowMessage(new QLabel(this))
    , m_chunkSize(new QSpinBox(this))
{
    setObjectName(QStringLiteral("profileGridView"));
    m_proxy->setSourceModel(model);

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("gridFilter"));
    m_filter->setPlaceholderText(tr("Filter loaded rows"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("gridTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new GridDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order until a header is clicked
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The header samples few sections for its width: make room for the longest status word.
    int statusWidth = 0;
    for (int status = 0; status <= int(GridRoles::RowStatus::Failed); ++status)
        statusWidth =
            qMax(statusWidth,
                 m_table->fontMetrics().horizontalAdvance(GridProxyModel::statusText(status)));
    m_table->verticalHeader()->setMinimumWidth(statusWidth + 16);

    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_progress->setVisible(false);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelApplyButton"));
    m_cancelButton->setVisible(false);
    m_retryButton->setObjectName(QStringLiteral("retryFailedButton"));
    m_summary->setObjectName(QStringLiteral("applySummary"));
    m_summary->setWordWrap(true);

    m_statusFilter->setObjectName(QStringLiteral("gridStatusFilter"));
    using GridRoles::RowStatus;
    m_statusFilter->addItem(tr("All rows"), QVariant::fromValue(QList<int>()));
    m_statusFilter->addItem(
        tr("Staged rows"),
        QVariant::fromValue(QList<int>{int(RowStatus::Edited), int(RowStatus::Invalid),
                                       int(RowStatus::Failed), int(RowStatus::Saving)}));
    m_statusFilter->addItem(tr("Failed rows"),
                            QVariant::fromValue(QList<int>{int(RowStatus::Failed)}));
    m_statusFilter->addItem(tr("Invalid rows"),
                            QVariant::fromValue(QList<int>{int(RowStatus::Invalid)}));
    m_statusFilter->addItem(tr("Saved rows"),
                            QVariant::fromValue(QList<int>{int(RowStatus::Saved)}));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(m_statusFilter->currentData().value<QList<int>>());
    });
    // The summary's links narrow the grid to the rows it speaks of.
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) {
        const int choice = m_statusFilter->findText(link);
        if (choice >= 0)
            m_statusFilter->setCurrentIndex(choice);
    });

    // Rows per PUT: 100 keeps a failed call small and progress fine-grained while the 10 calls a
    // second limit still moves 1,000 rows a second (see BulkApplier).
    auto *chunkLabel = new QLabel(tr("Rows per &request:"), this);
    chunkLabel->setBuddy(m_chunkSize);
    m_chunkSize->setObjectName(QStringLiteral("gridChunkSize"));
    m_chunkSize->setRange(1, 1000);
    m_chunkSize->setToolTip(tr("How many rows go in one bulk update request. Dixa allows 10 "
                               "requests a second; larger requests send fewer calls, smaller ones "
                               "resend less when a whole request fails."));
    m_chunkSize->setValue(ConsoleSettings().bulkChunkSize(BulkApplier::DefaultChunkSize));
    m_applier->setChunkSize(m_chunkSize->value());
    connect(m_chunkSize, &QSpinBox::valueChanged, this, [this](int rows) {
        m_applier->setChunkSize(rows);
        ConsoleSettings().setBulkChunkSize(rows);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    top->addWidget(showLabel);
    top->addWidget(m_statusFilter);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_applyButton);
    bottom->addWidget(m_retryButton);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(chunkLabel);
    bottom->addWidget(m_chunkSize);
    bottom->addWidget(m_cancelButton);
    bottom->addWidget(m_summary, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_rowMessage);
    layout->addLayout(bottom);

    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("gridUndo"));
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setObjectName(QStringLiteral("gridRedo"));
    for (QAction *action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(addGridAction(tr("&Copy"), QKeySequence::Copy, QStringLiteral("gridCopy")),
            &QAction::triggered, this, &ProfileGridView::copy);
    connect(addGridAction(tr("&Paste"), QKeySequence::Paste, QStringLiteral("gridPaste")),
            &QAction::triggered, this, &ProfileGridView::paste);
    connect(addGridAction(tr("Fill &down"), QKeySequence(Qt::CTRL | Qt::Key_D),
                          QStringLiteral("gridFillDown")),
            &QAction::triggered, this, &ProfileGridView::fillDown);
    connect(addGridAction(tr("C&lear"), QKeySequence::Delete, QStringLiteral("gridClear")),
            &QAction::triggered, this, &ProfileGridView::clearSelected);
    connect(addGridAction(tr("Revert &row"), {}, QStringLiteral("gridRevertRow")),
            &QAction::triggered, this, &ProfileGridView::revertCurrentRow);
    connect(addGridAction(tr("Revert a&ll"), {}, QStringLiteral("gridRevertAll")),
            &QAction::triggered, this, &ProfileGridView::revertAll);
    m_applyAction = addGridAction(tr("&Apply"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                  QStringLiteral("gridApply"));
    connect(m_applyAction, &QAction::triggered, this, &ProfileGridView::apply);
    m_retryAction =
        addGridAction(tr("&Retry failed"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                      QStringLiteral("gridRetryFailed"));
    connect(m_retryAction, &QAction::triggered, this, &ProfileGridView::retryFailed);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(actions());

    connect(m_applyButton, &QPushButton::clicked, this, &ProfileGridView::apply);
    connect(m_retryButton, &QPushButton::clicked, this, &ProfileGridView::retryFailed);
    connect(m_cancelButton, &QPushButton::clicked, this, &ProfileGridView::cancelApply);

    // Typing is already staged by setData(): the step is pushed done.
    connect(
        model, &ProfileGridModel::cellEdited, this,
        [this](const CellEdit &, const CellEdit &undo) { pushInverse({undo}, tr("Edit cell")); });
    connect(model, &ProfileGridModel::stagingChanged, this, &ProfileGridView::updateActions);
    connect(m_applier, &BulkApplier::started, this, [this](int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_cancelButton->setVisible(true);
        m_summary->clear();
        updateActions();
    });
    connect(m_applier, &BulkApplier::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_applier, &BulkApplier::finished, this, &ProfileGridView::applyFinished);
    connect(model, &ApiTableModel::loadFinished, this, &ProfileGridView::resumePaste);

    m_rowMessage->setObjectName(QStringLiteral("gridRowMessage"));
    m_rowMessage->setWordWrap(true);
    m_rowMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowMessage->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProfileGridView::showRowMessage);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ProfileGridView::showRowMessage);

    if (model->rowCount() == 0 && model->canFetchMore({}))
        model->fetchMore({});
    updateActions();
    showRowMessage();
}

void ProfileGridView::showRowMessage()
{
    // Why the current row is invalid or failed, in words, without hovering for a tooltip.
    const QModelIndex current = m_table->currentIndex();
    const QString message =
        current.isValid() ? current.data(GridRoles::RowMessageRole).toString() : QString();
    const int status = current.isValid() ? current.data(GridRoles::RowStatusRole).toInt() : 0;
    m_rowMessage->setVisible(!message.isEmpty());
    if (message.isEmpty())
        return;
    const QModelIndex source = m_proxy->mapToSource(current);
    const int nameColumn = m_model->columnOf(QStringLiteral("displayName"));
    QString name =
        nameColumn >= 0 ? m_model->value(source.row(), nameColumn).toString() : QString();
    if (name.isEmpty())
        name = m_model->idAt(source.row());
    m_rowMessage->setText(tr("%1 (%2): %3").arg(name, GridProxyModel::statusText(status), message));
}

ProfileGridView::~ProfileGridView() = default;

QAction *ProfileGridView::addGridAction(const QString &text, const QKeySequence &key,
                                        const QString &name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

QAction *ProfileGridView::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName, Qt::FindDirectChildrenOnly);
}

void ProfileGridView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ProfileGridView::setJournal(EditJournal *journal)
{
    m_model->setJournal(journal);
}

int ProfileGridView::pushEdits(const QList<CellEdit> &edits, const QString &text)
{
    const QList<CellEdit> inverse = m_model->applyEdits(edits);
    pushInverse(inverse, text);
    return int(inverse.size());
}

int ProfileGridView::stageEdits(const QList<CellEdit> &edits, const QString &undoText)
{
    return pushEdits(edits, undoText);
}

QList<int> ProfileGridView::selectedSourceRows() const
{
    QList<int> rows;
    QSet<int> seen;
    for (const QModelIndex &cell : selectedSourceCells()) {
        if (!seen.contains(cell.row())) {
            seen.insert(cell.row());
            rows.append(cell.row());
        }
    }
    return rows;
}

void ProfileGridView::pushInverse(const QList<CellEdit> &inverse, const QString &text)
{
    if (!inverse.isEmpty())
        m_undo->push(new GridUndoCommand(m_model, inverse, text));
}

QModelIndexList ProfileGridView::selectedSourceCells() const
{
    QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_table->currentIndex().isValid())
        cells.append(m_table->currentIndex());
    // In the order the view shows them: fill down copies the top cell of each column.
    std::sort(cells.begin(), cells.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QModelIndexList source;
    for (const QModelIndex &cell : std::as_const(cells))
        source.append(m_proxy->mapToSource(cell));
    return source;
}

void ProfileGridView::copy()
{
    const QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return;
    int top = cells.first().row(), bottom = top, left = cells.first().column(), right = left;
    for (const QModelIndex &cell : cells) {
        top = qMin(top, cell.row());
        bottom = qMax(bottom, cell.row());
        left = qMin(left, cell.column());
        right = qMax(right, cell.column());
    }
    CsvCodec::Table table;
    for (int row = top; row <= bottom; ++row) {
        QStringList line;
        for (int column = left; column <= right; ++column) {
            const QModelIndex cell = m_proxy->index(row, column);
            line.append(m_table->selectionModel()->isSelected(cell) ? cell.data().toString()
                                                                    : QString());
        }
        table.append(line);
    }
    QApplication::clipboard()->setText(CsvCodec::toTsv(table));
}

void ProfileGridView::paste()
{
    pasteText(QApplication::clipboard()->text());
}

void ProfileGridView::pasteText(const QString &tsv)
{
    pasteLines(tsv, true);
}

void ProfileGridView::pasteLines(const QString &tsv, bool mayReadMore)
{
    const CsvCodec::Table table = CsvCodec::parseTsv(tsv);
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (table.isEmpty() || (selected.isEmpty() && !m_table->currentIndex().isValid()))
        return;
    QList<int> proxyRows;
    QList<int> proxyColumns;
    const bool single = table.size() == 1 && table.first().size() == 1;
    if (single && selected.size() > 1) {
        // One value fills every selected cell.
        for (const QModelIndex &cell : selected) {
            if (!proxyRows.contains(cell.row()))
                proxyRows.append(cell.row());
            if (!proxyColumns.contains(cell.column()))
                proxyColumns.append(cell.column());
        }
        std::sort(proxyRows.begin(), proxyRows.end());
        std::sort(proxyColumns.begin(), proxyColumns.end());
    } else {
        // The table goes down and right from the top-left selected cell.
        QModelIndex start = m_table->currentIndex();
        for (const QModelIndex &cell : selected) {
            if (!start.isValid() || cell.row() < start.row() ||
                (cell.row() == start.row() && cell.column() < start.column()))
                start = cell;
        }
        if (mayReadMore && start.row() + table.size() > m_proxy->rowCount() &&
            m_model->canFetchMore({})) {
            // The lines go past the rows read so far: read the rest, then paste, rather than
            // leave lines out.
            m_pendingPaste = tsv;
            m_pendingPasteStart = start;
            m_summary->setText(tr("Reading the rest of the directory to paste %n line(s)…", nullptr,
                                  int(table.size())));
            m_model->loadAll();
            return;
        }
        const int leftOut = int(start.row() + table.size() - m_proxy->rowCount());
        if (leftOut > 0)
            m_summary->setText(tr("%n pasted line(s) went past the last row and were left out.",
                                  nullptr, leftOut));
        qsizetype width = 0;
        for (const QStringList &line : table)
            width = qMax(width, line.size());
        for (int row = start.row(); row < start.row() + table.size() && row < m_proxy->rowCount();
             ++row)
            proxyRows.append(row);
        for (int column = start.column();
             column < start.column() + width && column < m_proxy->columnCount(); ++column)
            proxyColumns.append(column);
    }
    QList<int> rows;
    QList<int> columns;
    for (int row : std::as_const(proxyRows))
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    for (int column : std::as_const(proxyColumns))
        columns.append(m_proxy->mapToSource(m_proxy->index(0, column)).column());
    pushEdits(m_model->pasteEdits(rows, columns, table), tr("Paste"));
}

void ProfileGridView::resumePaste()
{
    if (m_pendingPaste.isEmpty() || (m_model->canFetchMore({}) && m_model->errorString().isEmpty()))
        return;
    const QString tsv = std::exchange(m_pendingPaste, QString());
    if (!m_pendingPasteStart.isValid())
        return;
    m_summary->clear();
    m_table->selectionModel()->setCurrentIndex(m_pendingPasteStart,
                                               QItemSelectionModel::ClearAndSelect);
    pasteLines(tsv, false);
}

void ProfileGridView::fillDown()
{
    pushEdits(m_model->fillDownEdits(selectedSourceCells()), tr("Fill down"));
}

void ProfileGridView::clearSelected()
{
    QList<CellEdit> edits;
    for (const QModelIndex &cell : selectedSourceCells()) {
        const GridColumn &column = m_model->column(cell.column());
        if (!m_model->isEditable(cell.column()) || column.required)
            continue;
        const QVariant empty =
            column.type == GridColumn::Type::List ? QVariant(QStringList()) : QVariant(QString());
        edits.append({m_model->idAt(cell.row()), cell.column(), empty});
    }
    pushEdits(edits, tr("Clear"));
}

void ProfileGridView::revertCurrentRow()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (current.isValid())
        pushInverse(m_model->revertRow(current.row()), tr("Revert row"));
}

void ProfileGridView::revertAll()
{
    pushInverse(m_model->revertAll(), tr("Revert all"));
}

bool ProfileGridView::apply()
{
    m_retrying = false;
    return m_applier->apply();
}

bool ProfileGridView::retryFailed()
{
    m_retrying = true;
    return m_applier->retryFailed();
}

void ProfileGridView::cancelApply()
{
    m_applier->cancel();
}

void ProfileGridView::applyFinished()
{
    const BulkApplier::Summary &summary = m_applier->summary();
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    QString text;
    if (summary.cancelled)
        text = tr("Cancelled: %1 saved, %2 failed, %3 not sent.")
                   .arg(summary.succeeded)
                   .arg(summary.failed)
                   .arg(summary.notSent);
    else if (summary.failed > 0)
        text = tr("%1 saved, %2 failed — failed rows stay staged with the server's message "
                  "(<a href=\"%3\">show them</a>).")
                   .arg(summary.succeeded)
                   .arg(summary.failed)
                   .arg(tr("Failed rows"));
    else
        text = tr("%1 saved.").arg(summary.succeeded);
    if (summary.invalid > 0)
        text = tr("%1 %2 invalid rows were not sent.").arg(text).arg(summary.invalid);
    m_summary->setText(text);
    // Undo steps are staged edits to take back. Once every edit is saved there is nothing staged
    // left: undoing would stage the old values as new edits against the server's records, which
    // reads as "undo the save" but would only take effect on the next Apply. Partial failures
    // keep the stack, since the failed rows are still staged and their edits may be undone.
    if (!m_model->hasStagedEdits())
        m_undo->clear();
    updateActions();
}

void ProfileGridView::updateActions()
{
    const bool running = m_applier->isRunning();
    const bool canApply = !running && m_applier->pendingCount() > 0;
    const bool canRetry = !running && m_applier->failedCount() > 0;
    m_applyAction->setEnabled(canApply);
    m_applyButton->setEnabled(canApply);
    m_retryAction->setEnabled(canRetry);
    m_retryButton->setEnabled(canRetry);
}
