#include "recordformdialog.h"

#include "gridproxymodel.h"
#include "listeditor.h"
#include "profilegridview.h"

#include "grid/profilegridmodel.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QDataWidgetMapper>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

using GridRoles::RowStatus;

namespace {
// The title with an '&' before a letter no other control of the form uses yet: word starts
// first, then any letter.
QString withMnemonic(const QString &title, QSet<QChar> *used)
{
    QString escaped = title;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
    const auto pick = [&](bool wordStartsOnly) -> qsizetype {
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            const QChar c = escaped.at(i).toLower();
            if (!c.isLetter() || used->contains(c))
                continue;
            if (wordStartsOnly && i > 0 && !escaped.at(i - 1).isSpace())
                continue;
            return i;
        }
        return -1;
    };
    qsizetype at = pick(true);
    if (at < 0)
        at = pick(false);
    if (at < 0)
        return escaped;
    used->insert(escaped.at(at).toLower());
    return escaped.insert(at, QLatin1Char('&'));
}

QString statusSentence(RowStatus status, const QString &message)
{
    switch (status) {
    case RowStatus::Unchanged:
        return RecordFormDialog::tr("No staged changes.");
    case RowStatus::Edited:
        return RecordFormDialog::tr("Edited: the changes are staged until Apply.");
    case RowStatus::Invalid:
        return RecordFormDialog::tr("Invalid, Apply leaves this record alone: %1").arg(message);
    case RowStatus::Saving:
        return RecordFormDialog::tr("Saving…");
    case RowStatus::Saved:
        return RecordFormDialog::tr("Saved.");
    case RowStatus::Failed:
        return RecordFormDialog::tr("The server refused the changes: %1").arg(message);
    }
    return {};
}
} // namespace

RecordFormDialog::RecordFormDialog(ProfileGridView *view, int sourceRow, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_model(view->model())
    , m_mapper(new QDataWidgetMapper(this))
    , m_status(new QLabel(this))
    , m_position(new QLabel(this))
{
    setObjectName(QStringLiteral("recordFormDialog"));
    m_mapper->setModel(m_model);
    m_mapper->setOrientation(Qt::Horizontal);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);

    m_status->setObjectName(QStringLiteral("formStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_position->setObjectName(QStringLiteral("formPosition"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // no dead Tab stop: a focused field scrolls into view
    scroll->setWidget(buildFields());

    QUndoStack *stack = view->undoStack();
    m_undoButton = new QPushButton(tr("&Undo"), this);
    m_undoButton->setObjectName(QStringLiteral("formUndo"));
    m_redoButton = new QPushButton(tr("&Redo"), this);
    m_redoButton->setObjectName(QStringLiteral("formRedo"));
    m_previousButton = new QPushButton(tr("&Previous"), this);
    m_previousButton->setObjectName(QStringLiteral("formPrevious"));
    m_nextButton = new QPushButton(tr("&Next"), this);
    m_nextButton->setObjectName(QStringLiteral("formNext"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("formButtons"));
    for (QPushButton *button : {m_undoButton, m_redoButton, m_previousButton, m_nextButton})
        button->setAutoDefault(false);

    // The grid's own stack: the form's edits and the grid's are one history. The shortcuts work
    // anywhere in the form except inside a line edit, whose own undo takes the uncommitted text
    // back first, as everywhere else.
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("formUndoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("formRedoAction"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    const auto syncButton = [](QAction *action, QPushButton *button) {
        button->setEnabled(action->isEnabled());
        button->setToolTip(tr("%1 (%2)", "tooltip: what the button does (its shortcut)")
                               .arg(action->text().remove(QLatin1Char('&')),
                                    action->shortcut().toString(QKeySequence::NativeText)));
    };
    connect(undo, &QAction::changed, m_undoButton,
            [this, undo, syncButton] { syncButton(undo, m_undoButton); });
    connect(redo, &QAction::changed, m_redoButton,
            [this, redo, syncButton] { syncButton(redo, m_redoButton); });
    syncButton(undo, m_undoButton);
    syncButton(redo, m_redoButton);
    // A click moves the focus first, which commits the field being typed in: it is undone too.
    connect(m_undoButton, &QPushButton::clicked, undo, &QAction::trigger);
    connect(m_redoButton, &QPushButton::clicked, redo, &QAction::trigger);
    connect(m_previousButton, &QPushButton::clicked, this, &RecordFormDialog::showPrevious);
    connect(m_nextButton, &QPushButton::clicked, this, &RecordFormDialog::showNext);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_undoButton);
    bottom->addWidget(m_redoButton);
    bottom->addStretch(1);
    bottom->addWidget(m_position);
    bottom->addWidget(m_previousButton);
    bottom->addWidget(m_nextButton);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    connect(m_mapper, &QDataWidgetMapper::currentIndexChanged, this, &RecordFormDialog::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_mapper->currentIndex();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    refresh();
            });
    // Rows move or come back when the directory is read again: keep showing the same record.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordFormDialog::followRecord);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordFormDialog::followRecord);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &RecordFormDialog::followRecord);
    QAbstractItemModel *proxy = m_view->proxyModel();
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &RecordFormDialog::updateNavigation);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &RecordFormDialog::updateNavigation);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &RecordFormDialog::updateNavigation);
    connect(proxy, &QAbstractItemModel::modelReset, this, &RecordFormDialog::updateNavigation);

    resize(560, 640);
    setCurrentSourceRow(sourceRow);
}

RecordFormDialog::~RecordFormDialog() = default;

QWidget *RecordFormDialog::buildFields()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("formFields"));
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // spare height goes below the fields, not between them
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // The buttons' letters are taken; the fields share the rest.
    QSet<QChar> used{u'u', u'r', u'p', u'n', u'c'};
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const GridColumn &spec = m_model->column(column);
        const bool required =
            m_model->headerData(column, Qt::Horizontal, GridRoles::RequiredRole).toBool();
        const bool list =
            m_model->headerData(column, Qt::Horizontal, GridRoles::ListColumnRole).toBool();
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();

        Field field;
        field.column = column;
        field.mapped = m_model->isEditable(column);
        if (list && field.mapped) {
            auto *editor = new ListEditor(page);
            // Room for three entries (more scroll); a taller box would only push its error
            // label away when the dialog grows.
            editor->setFixedHeight(editor->heightForLines(3));
            // The text box takes the keys and the focus: the editor says when the edit ends.
            connect(editor, &ListEditor::editingFinished, this,
                    [this, editor] { Q_EMIT m_mapper->itemDelegate()->commitData(editor); });
            field.editor = editor;
        } else {
            auto *line = new QLineEdit(page);
            line->setReadOnly(!field.mapped);
            field.editor = line;
        }
        field.editor->setObjectName(QStringLiteral("field_%1").arg(spec.field));
        field.editor->setAccessibleName(title);
        if (field.mapped)
            m_mapper->addMapping(field.editor, column);

        auto *label =
            new QLabel(required ? tr("%1 *", "a required field's label").arg(title) : title, page);
        label->setText(withMnemonic(label->text(), &used));
        label->setBuddy(field.editor);
        if (required) {
            label->setToolTip(tr("Required"));
            field.editor->setToolTip(tr("Required"));
            field.editor->setAccessibleDescription(tr("Required"));
        }
        if (!field.mapped)
            field.editor->setToolTip(tr("Read-only"));

        field.error = new QLabel(page);
        field.error->setObjectName(QStringLiteral("error_%1").arg(spec.field));
        field.error->setWordWrap(true);
        field.error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        field.error->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        field.error->setStyleSheet(QStringLiteral("color: #b00020;"));
        field.error->setVisible(false);

        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(field.editor);
        cell->addWidget(field.error);
        form->addRow(label, cell);
        m_fields.append(field);
    }
    return page;
}

QWidget *RecordFormDialog::editorFor(const QString &field) const
{
    const int column = m_model->columnOf(field);
    for (const Field &entry : m_fields) {
        if (entry.column == column)
            return entry.editor;
    }
    return nullptr;
}

QLabel *RecordFormDialog::errorLabelFor(const QString &field) const
{
    const int column = m_model->columnOf(field);
    for (const Field &entry : m_fields) {
        if (entry.column == column)
            return entry.error;
    }
    return nullptr;
}

int RecordFormDialog::currentSourceRow() const
{
    return m_mapper->currentIndex();
}

void RecordFormDialog::setCurrentSourceRow(int sourceRow)
{
    m_mapper->setCurrentIndex(sourceRow);
    // setCurrentIndex() says nothing when the row stays the same (the first row): fill anyway.
    refresh();
}

int RecordFormDialog::proxyRow() const
{
    const int row = m_mapper->currentIndex();
    if (row < 0 || row >= m_model->rowCount())
        return -1;
    const auto *proxy = m_view->proxyModel();
    return proxy->mapFromSource(m_model->index(row, 0)).row();
}

void RecordFormDialog::showPrevious()
{
    moveBy(-1);
}

void RecordFormDialog::showNext()
{
    moveBy(1);
}

void RecordFormDialog::moveBy(int step)
{
    const auto *proxy = m_view->proxyModel();
    const int from = proxyRow();
    const int to = from + step;
    if (from < 0 || to < 0 || to >= proxy->rowCount())
        return;
    m_mapper->submit(); // whatever is typed belongs to the record it was typed into
    setCurrentSourceRow(proxy->mapToSource(proxy->index(to, 0)).row());
    // Near the end of what is loaded: read on, so Next does not stop at a page boundary.
    if (to == proxy->rowCount() - 1 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void RecordFormDialog::followRecord()
{
    if (m_id.isEmpty())
        return;
    const int row = m_model->rowOf(m_id);
    if (row >= 0 && row != m_mapper->currentIndex())
        m_mapper->setCurrentIndex(row);
    else
        refresh();
}

void RecordFormDialog::refresh()
{
    const int row = m_mapper->currentIndex();
    const bool valid = row >= 0 && row < m_model->rowCount();
    if (valid)
        m_id = m_model->idAt(row);
    for (const Field &field : std::as_const(m_fields)) {
        field.editor->setEnabled(valid);
        const QModelIndex cell = valid ? m_model->index(row, field.column) : QModelIndex();
        if (!field.mapped) {
            // Read-only values as the grid shows them (times in the user's format).
            const QVariant shown = cell.data();
            static_cast<QLineEdit *>(field.editor)
                ->setText(shown.metaType().id() == QMetaType::QDateTime
                              ? locale().toString(shown.toDateTime(), QLocale::ShortFormat)
                              : shown.toString());
        }
        const QString error = cell.data(GridRoles::CellErrorRole).toString();
        field.error->setText(error);
        field.error->setVisible(!error.isEmpty());
    }
    const QString name =
        valid ? m_model->index(row, 0).data(ItemRoles::DisplayNameRole).toString() : QString();
    setWindowTitle(name.isEmpty() ? tr("Record") : tr("%1 — record").arg(name));
    refreshStatus();
    updateNavigation();
}

void RecordFormDialog::refreshStatus()
{
    const int row = m_mapper->currentIndex();
    if (row < 0 || row >= m_model->rowCount()) {
        m_status->setText(tr("This record is not loaded."));
        m_status->setStyleSheet({});
        return;
    }
    const QModelIndex cell = m_model->index(row, 0);
    const auto status = RowStatus(cell.data(GridRoles::RowStatusRole).toInt());
    m_status->setText(statusSentence(status, cell.data(GridRoles::RowMessageRole).toString()));
    switch (status) {
    case RowStatus::Invalid:
    case RowStatus::Failed:
        m_status->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        break;
    case RowStatus::Edited:
    case RowStatus::Saving:
        m_status->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        break;
    case RowStatus::Saved:
        m_status->setStyleSheet(QStringLiteral("color: #1b6e20;"));
        break;
    case RowStatus::Unchanged:
        m_status->setStyleSheet({});
        break;
    }
}

void RecordFormDialog::updateNavigation()
{
    const auto *proxy = m_view->proxyModel();
    const int row = proxyRow();
    m_previousButton->setEnabled(row > 0);
    m_nextButton->setEnabled(row >= 0 && row + 1 < proxy->rowCount());
    m_position->setText(
        row < 0 ? tr("Hidden by the filter")
                : tr("%1 of %2", "record position").arg(row + 1).arg(proxy->rowCount()));
}
