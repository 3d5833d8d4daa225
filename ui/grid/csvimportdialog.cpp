#include "csvimportdialog.h"

#include "grid/csvchangemodel.h"
#include "grid/csvimport.h"
#include "grid/profilegridmodel.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>

namespace {
enum ProblemColumn { ProblemLine, ProblemOutcome, ProblemReason };

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Red enough to read as a problem on a light or a dark window.
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x1f));
    label->setPalette(palette);
    label->hide();
    return label;
}
} // namespace

CsvImportDialog::CsvImportDialog(ProfileGridModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    const bool agents = model->kind() == QLatin1String("agents");
    setWindowTitle(agents ? tr("Import agents from CSV") : tr("Import end users from CSV"));

    auto *intro = new QLabel(tr("Each line is matched to a profile by its Id, else by its Email. "
                                "The changes are staged in the grid: nothing is sent until you "
                                "apply them."),
                             this);
    intro->setWordWrap(true);

    auto *pathLabel = new QLabel(tr("&File:"), this);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("Choose a CSV file"));
    pathLabel->setBuddy(m_pathEdit);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &CsvImportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browse);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_busy->setRange(0, 0); // busy: the directory's size is not known in advance
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Reading the directory"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_busy, 1);
    m_status->hide();
    m_busy->hide();

    m_error = errorLabel(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *changesLabel = new QLabel(tr("&Changes:"), this);
    m_changes = new CsvChangeModel(this);
    m_changesView = new QTableView(this);
    m_changesView->setObjectName(QStringLiteral("changesView"));
    m_changesView->setModel(m_changes);
    m_changesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changesView->setAlternatingRowColors(true);
    m_changesView->setWordWrap(false);
    m_changesView->verticalHeader()->hide();
    m_changesView->horizontalHeader()->setStretchLastSection(true);
    m_changesView->setTabKeyNavigation(false); // Tab leaves the table, as in a form
    m_changesView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_changesView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_changesView->setColumnWidth(CsvChangeModel::LineColumn, 50);
    m_changesView->setColumnWidth(CsvChangeModel::RecordColumn, 300);
    m_changesView->setColumnWidth(CsvChangeModel::FieldColumn, 130);
    m_changesView->setColumnWidth(CsvChangeModel::CurrentColumn, 180);
    changesLabel->setBuddy(m_changesView);

    m_problemsLabel = new QLabel(this);
    m_problemsView = new QTreeWidget(this);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setUniformRowHeights(true);
    m_problemsView->setAlternatingRowColors(true);
    m_problemsView->setHeaderLabels(
        {tr("Line", "of the spreadsheet"), tr("Outcome"), tr("Reason")});
    m_problemsView->setColumnWidth(ProblemLine, 50);
    m_problemsView->setColumnWidth(ProblemOutcome, 150);
    m_problemsLabel->setBuddy(m_problemsView);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_stage = buttons->addButton(tr("&Stage changes"), QDialogButtonBox::AcceptRole);
    m_stage->setObjectName(QStringLiteral("stageButton"));
    m_stage->setDefault(true);
    connect(m_stage, &QPushButton::clicked, this, &CsvImportDialog::stage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pathRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(changesLabel);
    layout->addWidget(m_changesView, 3);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problemsView, 2);
    layout->addWidget(buttons);
    setMinimumSize(560, 420);
    resize(900, 620);

    connect(m_model, &ApiTableModel::loadFinished, this, &CsvImportDialog::directoryProgressed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_waiting)
            m_status->setText(tr("Reading the whole directory (%1 loaded)…")
                                  .arg(QLocale().toString(m_model->rowCount())));
    });
    clearPreview();
}

CsvImportDialog::~CsvImportDialog() = default;

void CsvImportDialog::browse()
{
    QString folder = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Opened, not exec()'d: the console keeps running while the file is chosen.
    auto *chooser = new QFileDialog(this, tr("Import from CSV"), folder,
                                    tr("CSV files (*.csv);;All files (*)"));
    chooser->setAcceptMode(QFileDialog::AcceptOpen);
    chooser->setFileMode(QFileDialog::ExistingFile);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, &CsvImportDialog::readFile);
    chooser->open();
}

void CsvImportDialog::readFile(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    clearPreview();
    showError({});
    if (path.isEmpty())
        return;
    m_waiting = true;
    directoryProgressed();
}

void CsvImportDialog::directoryProgressed()
{
    if (!m_waiting)
        return;
    if (m_model->atEnd()) {
        m_waiting = false;
        m_status->hide();
        m_busy->hide();
        runImport();
        return;
    }
    if (!m_model->isLoading() && m_model->error().isError()) {
        m_waiting = false;
        m_status->hide();
        m_busy->hide();
        showError(tr("The whole directory could not be read, so the file cannot be matched to "
                     "its profiles: %1")
                      .arg(m_model->errorString()));
        return;
    }
    // Does nothing while a page is in flight; after a reload or a page the model was not told to
    // chain, it starts the next one.
    m_model->loadAll();
    m_status->setText(tr("Reading the whole directory (%1 loaded)…")
                          .arg(QLocale().toString(m_model->rowCount())));
    m_status->show();
    m_busy->show();
}

void CsvImportDialog::runImport()
{
    CsvImport import(*m_model);
    if (!import.readFile(m_path)) {
        const QString reason =
            import.problems().isEmpty() ? QString() : import.problems().constFirst().reason;
        showError(tr("%1 cannot be read.\n%2", "a file path; why")
                      .arg(QDir::toNativeSeparators(m_path), reason));
        return;
    }
    m_edits = import.edits();
    m_changes->setChanges(*m_model, import.changes());
    m_changesView->resizeColumnToContents(CsvChangeModel::LineColumn);
    m_changesView->resizeColumnToContents(CsvChangeModel::FieldColumn);

    QSet<int> skippedLines;
    int partial = 0;
    bool nothing = false; // the file as a whole cannot be imported
    for (const CsvProblem &problem : import.problems()) {
        QString outcome;
        if (problem.skipped && problem.line <= 1) {
            nothing = true;
            outcome = tr("Nothing imported");
        } else if (problem.skipped) {
            skippedLines.insert(problem.line);
            outcome = tr("Line not imported");
        } else {
            ++partial;
            outcome = problem.line <= 1 ? tr("Column not imported") : tr("Value not imported");
        }
        auto *item = new QTreeWidgetItem(m_problemsView);
        item->setData(ProblemLine, Qt::DisplayRole, problem.line);
        item->setTextAlignment(ProblemLine, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ProblemOutcome, outcome);
        item->setText(ProblemReason, problem.reason);
        item->setToolTip(ProblemReason, problem.reason);
    }
    m_problemsView->resizeColumnToContents(ProblemLine);
    m_problemsView->resizeColumnToContents(ProblemOutcome);
    const int problems = m_problemsView->topLevelItemCount();
    m_problemsLabel->setText(problems == 0
                                 ? tr("&Problems: none, every line was read.")
                                 : tr("&Problems (%1), by line of the spreadsheet:").arg(problems));

    QStringList parts;
    const int changes = m_changes->rowCount();
    const int records = m_changes->recordCount();
    if (nothing) {
        parts.append(tr("Nothing in the file can be imported"));
    } else if (changes == 0) {
        parts.append(tr("No changes"));
    } else {
        parts.append(
            tr("%1 to %2", "42 changes to 17 profiles")
                .arg(changes == 1 ? tr("1 change") : tr("%n changes", nullptr, changes),
                     records == 1 ? tr("1 profile") : tr("%n profiles", nullptr, records)));
    }
    const int skipped = int(skippedLines.size());
    if (skipped > 0)
        parts.append(skipped == 1 ? tr("1 line not imported")
                                  : tr("%n lines not imported", nullptr, skipped));
    if (partial > 0)
        parts.append(partial == 1 ? tr("1 value or column not imported")
                                  : tr("%n values or columns not imported", nullptr, partial));
    const int unchanged = import.matchedCount() - records;
    if (!nothing && unchanged > 0)
        parts.append(unchanged == 1 ? tr("1 line matches the grid already")
                                    : tr("%n lines match the grid already", nullptr, unchanged));
    m_summary->setText(parts.join(QStringLiteral("; ")));
    m_summary->show();
    updateStageButton();
}

void CsvImportDialog::clearPreview()
{
    m_edits.clear();
    m_changes->clear();
    m_problemsView->clear();
    m_problemsLabel->setText(tr("&Problems:"));
    m_summary->clear();
    m_summary->hide();
    updateStageButton();
}

void CsvImportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void CsvImportDialog::updateStageButton()
{
    const int count = int(m_edits.size());
    if (count == 0)
        m_stage->setText(tr("&Stage changes"));
    else
        m_stage->setText(count == 1 ? tr("&Stage 1 change")
                                    : tr("&Stage %n changes", nullptr, count));
    m_stage->setEnabled(count > 0);
}

int CsvImportDialog::changeCount() const
{
    return m_changes->rowCount();
}

int CsvImportDialog::problemCount() const
{
    return m_problemsView->topLevelItemCount();
}

QString CsvImportDialog::summaryText() const
{
    return m_summary->text();
}

QString CsvImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool CsvImportDialog::stage()
{
    if (m_edits.isEmpty() || m_waiting)
        return false;
    Q_EMIT stageRequested(m_edits);
    accept();
    return true;
}
