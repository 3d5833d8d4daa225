#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class ProfileGridModel;
struct CsvChange;

// The preview of a CSV import: one row per cell the file would change, with the spreadsheet line,
// the record, the field and the value now and after. It holds text, not grid rows, so it stays
// right while the grid moves on.
class CsvChangeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvChangeModel)

public:
    enum Column { LineColumn, RecordColumn, FieldColumn, CurrentColumn, NewColumn, ColumnCount };

    explicit CsvChangeModel(QObject *parent = nullptr);
    ~CsvChangeModel() override;

    // Shows `changes` of `grid`'s records (a model reset: a new file was read).
    void setChanges(const ProfileGridModel &grid, const QList<CsvChange> &changes);
    void clear();
    // The number of distinct records the changes touch.
    int recordCount() const { return m_recordCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int line = 0;
        QString id;
        QString record;
        QString field;
        QString current; // empty: the field is empty now
        QString next;    // empty: the file clears the field
    };

    QList<Row> m_rows;
    int m_recordCount = 0;
};
