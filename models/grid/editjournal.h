#pragma once

#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>
#include <QVariant>

// Keeps every staged grid edit on disk, so that nothing typed is lost to a crash, a kill or a
// failed request: one JSON file in a given directory (the app's data directory), rewritten
// atomically (QSaveFile) on every change, readable by its owner only because it holds personal
// data. Per grid kind ("agents", "endUsers") it holds the staged cells of each record by id with
// the values the server had, so a restore can show what changed. A record leaves the journal
// when its edits are reverted or the server confirmed them, and the file goes with the last one.
class EditJournal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditJournal)

public:
    // One staged cell: the server's value when it was staged, and the staged value (QString, or
    // QStringList for a list field).
    struct Cell
    {
        QVariant original;
        QVariant value;

        friend bool operator==(const Cell &a, const Cell &b)
        {
            return a.original == b.original && a.value == b.value;
        }
    };
    using RowEdits = QMap<QString, Cell>; // field -> cell

    explicit EditJournal(const QString &directory, QObject *parent = nullptr);
    ~EditJournal() override;

    static QString fileName() { return QStringLiteral("staged-edits.json"); }
    QString filePath() const;

    // Reads the file (after a crash, at start). A missing file is an empty journal; one that
    // cannot be read is set aside as "<file>.unreadable" (never overwritten) and false returned.
    bool load();
    bool hasEntries() const;
    int rowCount(const QString &kind) const { return int(m_rows.value(kind).size()); }
    QStringList kinds() const;
    QHash<QString, RowEdits> rows(const QString &kind) const { return m_rows.value(kind); }
    RowEdits row(const QString &kind, const QString &id) const;

    // Sets the staged cells of records (an empty RowEdits removes the record) and writes.
    void setRows(const QString &kind, const QHash<QString, RowEdits> &rows);
    void removeRows(const QString &kind, const QStringList &ids);
    // Forgets a kind's entries (every kind when empty), e.g. when the user declines a restore.
    void clear(const QString &kind = {});

    // Why the last load or write failed (a sentence); empty after one that worked.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // The file could not be written: staged edits are not safe on disk.
    void writeFailed(const QString &message);

private:
    bool write();

    QString m_directory;
    QHash<QString, QHash<QString, RowEdits>> m_rows; // kind -> id -> cells
    QString m_error;
};
