#include "csvexportdialog.h"

#include "common/prompts.h"
#include "grid/csvexporter.h"
#include "grid/profilegridmodel.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

CsvExportDialog::CsvExportDialog(const ProfileGridModel &model,
                                 const QList<int> &selectedSourceRows, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_selectedRows(selectedSourceRows)
{
    setObjectName(QStringLiteral("csvExportDialog"));
    setWindowTitle(model.kind() == QLatin1String("agents") ? tr("Export agents to CSV")
                                                           : tr("Export end users to CSV"));

    auto *rowsBox = new QGroupBox(tr("Rows"), this);
    const int all = model.rowCount();
    m_allRows = new QRadioButton(
        all == 1 ? tr("&All loaded rows (1)") : tr("&All %n loaded rows", nullptr, all), rowsBox);
    m_allRows->setObjectName(QStringLiteral("allRows"));
    const int selected = int(m_selectedRows.size());
    m_selected = new QRadioButton(selected == 1 ? tr("The &selected row")
                                                : tr("The %n &selected rows", nullptr, selected),
                                  rowsBox);
    m_selected->setObjectName(QStringLiteral("selectedRows"));
    m_selected->setEnabled(selected > 0);
    // One selected row is usually just the current cell: offer it, but start with every row.
    (selected > 1 ? m_selected : m_allRows)->setChecked(true);
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->addWidget(m_allRows);
    rowsLayout->addWidget(m_selected);
    if (!model.atEnd()) {
        auto *more = new QLabel(tr("The directory has more profiles than are loaded; only loaded "
                                   "rows are exported."),
                                rowsBox);
        more->setObjectName(QStringLiteral("moreRowsNote"));
        more->setWordWrap(true);
        more->setForegroundRole(QPalette::PlaceholderText);
        rowsLayout->addWidget(more);
    }

    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    m_columns = new QListWidget(columnsBox);
    m_columns->setObjectName(QStringLiteral("columnList"));
    m_columns->setAccessibleName(tr("Columns to export"));
    for (int column = 0; column < model.columnCount(); ++column) {
        auto *item = new QListWidgetItem(model.column(column).title, m_columns);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, column);
    }
    auto *selectAll = new QPushButton(tr("Select a&ll"), columnsBox);
    selectAll->setObjectName(QStringLiteral("selectAllColumns"));
    auto *selectNone = new QPushButton(tr("Select &none"), columnsBox);
    selectNone->setObjectName(QStringLiteral("selectNoColumns"));
    connect(selectAll, &QPushButton::clicked, this, [this] { setAllColumns(true); });
    connect(selectNone, &QPushButton::clicked, this, [this] { setAllColumns(false); });
    connect(m_columns, &QListWidget::itemChanged, this, &CsvExportDialog::updateState);
    auto *columnButtons = new QVBoxLayout;
    columnButtons->addWidget(selectAll);
    columnButtons->addWidget(selectNone);
    columnButtons->addStretch(1);
    auto *columnsLayout = new QHBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns, 1);
    columnsLayout->addLayout(columnButtons);

    auto *pathLabel = new QLabel(tr("Save &to:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setClearButtonEnabled(true);
    pathLabel->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &CsvExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &CsvExportDialog::updateState);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Red enough to read as a problem on a light or a dark window.
    QPalette errorPalette = m_error->palette();
    const bool dark = errorPalette.color(QPalette::Window).lightness() < 128;
    errorPalette.setColor(QPalette::WindowText,
                          dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x1f));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *note =
        new QLabel(tr("The file holds personal data: only your user account can read it."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &CsvExportDialog::exportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rowsBox);
    layout->addWidget(columnsBox, 1);
    layout->addLayout(pathRow);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    resize(540, 500);

    m_path->setText(defaultFilePath());
    updateState();
}

CsvExportDialog::~CsvExportDialog() = default;

QString CsvExportDialog::defaultFilePath() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = m_model.kind() == QLatin1String("agents")
                             ? QStringLiteral("agents.csv")
                             : QStringLiteral("end-users.csv");
    return QDir::toNativeSeparators(QDir(folder).filePath(name));
}

void CsvExportDialog::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString CsvExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool CsvExportDialog::exportsSelectedRows() const
{
    return m_selected->isChecked();
}

void CsvExportDialog::setExportsSelectedRows(bool selected)
{
    (selected && m_selected->isEnabled() ? m_selected : m_allRows)->setChecked(true);
}

QList<int> CsvExportDialog::chosenColumns() const
{
    QList<int> columns;
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            columns.append(item->data(Qt::UserRole).toInt());
    }
    return columns;
}

void CsvExportDialog::setChosenColumns(const QList<int> &columns)
{
    for (int i = 0; i < m_columns->count(); ++i) {
        QListWidgetItem *item = m_columns->item(i);
        item->setCheckState(columns.contains(item->data(Qt::UserRole).toInt()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
}

QString CsvExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CsvExportDialog::setAllColumns(bool checked)
{
    for (int i = 0; i < m_columns->count(); ++i)
        m_columns->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void CsvExportDialog::browse()
{
    // Opened, not exec()'d: the console keeps running while the file is chosen.
    auto *chooser = new QFileDialog(this, tr("Export to CSV"),
                                    filePath().isEmpty() ? defaultFilePath() : filePath(),
                                    tr("CSV files (*.csv);;All files (*)"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(QStringLiteral("csv"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this](const QString &path) {
        // The file dialog already asked before replacing an existing file.
        m_confirmedPath = path;
        setFilePath(path);
    });
    chooser->open();
}

void CsvExportDialog::updateState()
{
    m_export->setEnabled(!filePath().isEmpty() && !chosenColumns().isEmpty());
}

void CsvExportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool CsvExportDialog::exportFile()
{
    const QString path = filePath();
    const QList<int> columns = chosenColumns();
    if (path.isEmpty() || columns.isEmpty())
        return false;
    if (path != m_confirmedPath && QFileInfo::exists(path) &&
        !Prompts::current().confirm(this, tr("Replace file"),
                                    tr("%1 already exists. Replace it with the export?")
                                        .arg(QDir::toNativeSeparators(path)),
                                    tr("&Replace"))) {
        return false;
    }
    const bool selected = exportsSelectedRows();
    CsvExporter exporter(m_model);
    // No rows means every row to the exporter.
    exporter.setRows(selected ? m_selectedRows : QList<int>());
    exporter.setColumns(columns);
    QString error;
    if (!exporter.write(path, &error)) {
        showError(error);
        return false;
    }
    showError({});
    Q_EMIT exported(path, selected ? int(m_selectedRows.size()) : m_model.rowCount());
    accept();
    return true;
}
