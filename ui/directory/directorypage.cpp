#include "directorypage.h"

#include "items/apitablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

DirectoryPage::DirectoryPage(ApiTableModel *model, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    heading->setFont(headingFont);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("directoryFilter"));
    m_filter->setPlaceholderText(tr("Filter the loaded rows as you type"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("directoryTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setDefaultSectionSize(
        fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_table->sortByColumn(-1, Qt::AscendingOrder);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(model, &ApiTableModel::loadingChanged, this, &DirectoryPage::updateState);
    connect(model, &ApiTableModel::errorChanged, this, &DirectoryPage::updateState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DirectoryPage::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &DirectoryPage::updateState);
    updateState();
}

void DirectoryPage::updateState()
{
    QString text;
    if (!m_model->errorString().isEmpty())
        text = tr("Could not load: %1").arg(m_model->errorString());
    else if (m_model->isLoading())
        text = tr("Loading… %n row(s) so far.", nullptr, m_model->rowCount());
    else
        text = m_model->canFetchMore({})
                   ? tr("%n row(s) loaded; more load as you scroll. Read-only here.", nullptr,
                        m_model->rowCount())
                   : tr("%n row(s). Read-only here.", nullptr, m_model->rowCount());
    m_state->setText(text);
}
