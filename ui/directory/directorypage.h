#pragma once

#include <QWidget>

class ApiTableModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// A read-only page over one directory (agents or end users): the table, a filter over the rows
// loaded so far, more rows as the table scrolls, and the directory's loading state and errors.
class DirectoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryPage)

public:
    DirectoryPage(ApiTableModel *model, const QString &title, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    void updateState();

    ApiTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_state = nullptr;
};
