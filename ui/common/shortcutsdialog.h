#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

// Every keyboard shortcut of the console in one list, read from the actions themselves, so the
// help can never disagree with the keys that work.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // "Claim…\tC" lines, for the README and tests.
    static QStringList lines(const QList<QAction *> &actions);

private:
    QTableWidget *m_table = nullptr;
};
