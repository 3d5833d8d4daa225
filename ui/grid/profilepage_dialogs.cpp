// The page's dialogs: each is opened window-modal over the grid, deletes itself when closed, and
// hands what it staged to the grid view, so every change is one step of the grid's undo stack.
#include "profilepage.h"

#include "csvexportdialog.h"
#include "csvimportdialog.h"
#include "findreplacedialog.h"
#include "gridproxymodel.h"
#include "profilegridview.h"
#include "recordformdialog.h"

#include "grid/profilegridmodel.h"

#include <QDir>
#include <QTableView>

void ProfilePage::findAndReplace()
{
    auto *dialog = new FindReplaceDialog(m_grid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProfilePage::openRecord()
{
    QModelIndex current = m_grid->tableView()->currentIndex();
    if (!current.isValid() && m_grid->proxyModel()->rowCount() > 0)
        current = m_grid->proxyModel()->index(0, 0);
    if (!current.isValid()) {
        Q_EMIT statusMessage(tr("There is no row to open yet."));
        return;
    }
    auto *dialog =
        new RecordFormDialog(m_grid, m_grid->proxyModel()->mapToSource(current).row(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProfilePage::importCsv()
{
    auto *dialog = new CsvImportDialog(m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::stageRequested, this, [this](const QList<CellEdit> &edits) {
        const int cells = m_grid->stageEdits(edits, tr("Import CSV"));
        Q_EMIT statusMessage(
            tr("Staged %n cell(s) from the CSV file; Apply sends them.", nullptr, cells));
    });
    dialog->open();
}

void ProfilePage::exportCsv()
{
    auto *dialog = new CsvExportDialog(*m_model, m_grid->selectedSourceRows(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvExportDialog::exported, this, [this](const QString &path, int rows) {
        Q_EMIT statusMessage(
            tr("Exported %n row(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}
