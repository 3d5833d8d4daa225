#include "findreplacedialog.h"

#include "gridproxymodel.h"
#include "profilegridview.h"

#include "grid/profilegridmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

FindReplaceDialog::FindReplaceDialog(ProfileGridView *view, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_column(new QComboBox(this))
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_selectedOnly(new QCheckBox(tr("Only the &selected rows"), this))
    , m_count(new QLabel(this))
    , m_result(new QLabel(this))
    , m_replaceAll(new QPushButton(tr("Replace &all"), this))
    , m_recount(new QTimer(this))
{
    setObjectName(QStringLiteral("findReplaceDialog"));
    setWindowTitle(tr("Find and replace"));
    ProfileGridModel *model = view->model();

    m_column->setObjectName(QStringLiteral("findColumn"));
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->isEditable(column))
            m_column->addItem(model->column(column).title, column);
    }
    const QModelIndex current = view->proxyModel()->mapToSource(view->tableView()->currentIndex());
    if (current.isValid())
        setColumn(current.column());

    m_find->setObjectName(QStringLiteral("findText"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_replace->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Nothing: the found text is removed"));
    m_matchCase->setObjectName(QStringLiteral("matchCase"));
    m_selectedOnly->setObjectName(QStringLiteral("selectedRowsOnly"));
    m_count->setObjectName(QStringLiteral("matchCountLabel"));
    m_result->setObjectName(QStringLiteral("replaceResultLabel"));
    m_replaceAll->setObjectName(QStringLiteral("replaceAllButton"));
    // Enter in a text box must not rewrite a column by surprise.
    m_replaceAll->setAutoDefault(false);

    auto *columnLabel = new QLabel(tr("C&olumn:"), this);
    columnLabel->setBuddy(m_column);
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_find);
    auto *replaceLabel = new QLabel(tr("Replace &with:"), this);
    replaceLabel->setBuddy(m_replace);

    auto *form = new QFormLayout;
    form->addRow(columnLabel, m_column);
    form->addRow(findLabel, m_find);
    form->addRow(replaceLabel, m_replace);
    form->addRow(QString(), m_matchCase);
    form->addRow(QString(), m_selectedOnly);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_replaceAll, QDialogButtonBox::ActionRole);
    if (QPushButton *close = buttons->button(QDialogButtonBox::Close))
        close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceDialog::replaceAll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_column, &QComboBox::currentIndexChanged, this, &FindReplaceDialog::inputsChanged);
    connect(m_find, &QLineEdit::textChanged, this, &FindReplaceDialog::inputsChanged);
    connect(m_replace, &QLineEdit::textChanged, this, &FindReplaceDialog::inputsChanged);
    connect(m_matchCase, &QCheckBox::toggled, this, &FindReplaceDialog::inputsChanged);
    connect(m_selectedOnly, &QCheckBox::toggled, this, &FindReplaceDialog::inputsChanged);

    // The grid changes under the dialog (typing, undo, pages landing): count again once the
    // burst is over, not once per changed block of rows.
    m_recount->setSingleShot(true);
    m_recount->setInterval(0);
    connect(m_recount, &QTimer::timeout, this, &FindReplaceDialog::refresh);
    const auto later = [this] { m_recount->start(); };
    connect(model, &QAbstractItemModel::dataChanged, m_recount, later);
    connect(model, &QAbstractItemModel::rowsInserted, m_recount, later);
    connect(model, &QAbstractItemModel::rowsRemoved, m_recount, later);
    connect(model, &QAbstractItemModel::modelReset, m_recount, later);
    if (QItemSelectionModel *selection = view->tableView()->selectionModel()) {
        connect(selection, &QItemSelectionModel::selectionChanged, this,
                &FindReplaceDialog::updateSelectionOption);
        connect(selection, &QItemSelectionModel::currentChanged, this,
                &FindReplaceDialog::updateSelectionOption);
    }

    updateSelectionOption();
    refresh();
    resize(420, sizeHint().height());
}

FindReplaceDialog::~FindReplaceDialog() = default;

int FindReplaceDialog::column() const
{
    return m_column->currentIndex() < 0 ? -1 : m_column->currentData().toInt();
}

void FindReplaceDialog::setColumn(int column)
{
    const int at = m_column->findData(column);
    if (at >= 0)
        m_column->setCurrentIndex(at);
}

void FindReplaceDialog::setFindText(const QString &text)
{
    m_find->setText(text);
}

void FindReplaceDialog::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindReplaceDialog::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

void FindReplaceDialog::setSelectedRowsOnly(bool on)
{
    m_selectedOnly->setChecked(on && m_selectedOnly->isEnabled());
}

QList<CellEdit> FindReplaceDialog::edits() const
{
    QList<int> rows;
    if (m_selectedOnly->isEnabled() && m_selectedOnly->isChecked()) {
        rows = m_view->selectedSourceRows();
        if (rows.isEmpty())
            return {}; // no rows given means every row to the model
    }
    return m_view->model()->replaceEdits(
        column(), m_find->text(), m_replace->text(),
        m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive, rows);
}

int FindReplaceDialog::matchCount() const
{
    return int(edits().size());
}

bool FindReplaceDialog::replaceAll()
{
    const QList<CellEdit> found = edits();
    if (found.isEmpty())
        return false;
    const int changed = m_view->stageEdits(
        found, tr("Replace “%1” with “%2”").arg(m_find->text(), m_replace->text()));
    m_recount->stop();
    refresh();
    // Spelled out: no English plural forms are loaded.
    m_result->setText(changed == 1 ? tr("Replaced in 1 cell.")
                                   : tr("Replaced in %n cells.", nullptr, changed));
    return changed > 0;
}

void FindReplaceDialog::inputsChanged()
{
    m_result->clear(); // the last result speaks of other inputs
    refresh();
}

void FindReplaceDialog::refresh()
{
    if (m_find->text().isEmpty()) {
        m_count->setText(tr("Type the text to find."));
        m_replaceAll->setEnabled(false);
        return;
    }
    const int count = matchCount();
    if (count == 0)
        m_count->setText(tr("No cells match."));
    else if (count == 1)
        m_count->setText(tr("1 cell matches."));
    else
        m_count->setText(tr("%n cells match.", nullptr, count));
    m_replaceAll->setEnabled(count > 0);
}

void FindReplaceDialog::updateSelectionOption()
{
    const bool any = !m_view->selectedSourceRows().isEmpty();
    m_selectedOnly->setEnabled(any);
    if (!any)
        m_selectedOnly->setChecked(false);
    else
        m_recount->start(); // the selected rows changed
}
