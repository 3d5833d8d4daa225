#include "editjournal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
const QString FormatKey = QStringLiteral("format");
const QString FormatName = QStringLiteral("dixa-supervisor-staged-edits");
const QString VersionKey = QStringLiteral("version");
const QString SavedAtKey = QStringLiteral("savedAt");
const QString GridsKey = QStringLiteral("grids");
const QString OriginalKey = QStringLiteral("original");
const QString ValueKey = QStringLiteral("value");
constexpr int Version = 1;

QJsonValue toJson(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QStringList)
        return QJsonArray::fromStringList(value.toStringList());
    return value.toString();
}

QVariant fromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return value.toString();
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(item.toString());
    return items;
}
} // namespace

EditJournal::EditJournal(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{}

EditJournal::~EditJournal() = default;

QString EditJournal::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

bool EditJournal::hasEntries() const
{
    for (const auto &rows : m_rows) {
        if (!rows.isEmpty())
            return true;
    }
    return false;
}

QStringList EditJournal::kinds() const
{
    QStringList kinds;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (!it->isEmpty())
            kinds.append(it.key());
    }
    kinds.sort();
    return kinds;
}

EditJournal::RowEdits EditJournal::row(const QString &kind, const QString &id) const
{
    return m_rows.value(kind).value(id);
}

bool EditJournal::load()
{
    m_rows.clear();
    m_error.clear();
    QFile file(filePath());
    if (!file.exists())
        return true;
    const auto setAside = [this, &file](const QString &why) {
        m_error = tr("The saved edits in %1 could not be read (%2); the file was kept as %3.")
                      .arg(QDir::toNativeSeparators(filePath()), why,
                           QDir::toNativeSeparators(filePath() + QStringLiteral(".unreadable")));
        file.close();
        QFile::remove(filePath() + QStringLiteral(".unreadable"));
        file.rename(filePath() + QStringLiteral(".unreadable"));
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return setAside(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return setAside(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(FormatKey).toString() != FormatName || root.value(VersionKey).toInt() != Version)
        return setAside(tr("not a file of this version"));
    const QJsonObject grids = root.value(GridsKey).toObject();
    for (auto grid = grids.begin(); grid != grids.end(); ++grid) {
        const QJsonObject records = grid->toObject();
        QHash<QString, RowEdits> &rows = m_rows[grid.key()];
        for (auto record = records.begin(); record != records.end(); ++record) {
            const QJsonObject cells = record->toObject();
            RowEdits edits;
            for (auto cell = cells.begin(); cell != cells.end(); ++cell) {
                const QJsonObject values = cell->toObject();
                edits.insert(cell.key(), Cell{fromJson(values.value(OriginalKey)),
                                              fromJson(values.value(ValueKey))});
            }
            if (!edits.isEmpty())
                rows.insert(record.key(), edits);
        }
    }
    return true;
}

void EditJournal::setRows(const QString &kind, const QHash<QString, RowEdits> &rows)
{
    bool changed = false;
    QHash<QString, RowEdits> &stored = m_rows[kind];
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it->isEmpty()) {
            changed |= stored.remove(it.key());
            continue;
        }
        auto existing = stored.find(it.key());
        if (existing != stored.end() && *existing == *it)
            continue;
        stored.insert(it.key(), *it);
        changed = true;
    }
    if (changed)
        write();
}

void EditJournal::removeRows(const QString &kind, const QStringList &ids)
{
    QHash<QString, RowEdits> removals;
    for (const QString &id : ids)
        removals.insert(id, {});
    setRows(kind, removals);
}

void EditJournal::clear(const QString &kind)
{
    if (kind.isEmpty())
        m_rows.clear();
    else
        m_rows.remove(kind);
    write();
}

bool EditJournal::write()
{
    m_error.clear();
    if (!hasEntries()) {
        // Nothing staged: no personal data left lying around.
        if (QFile::exists(filePath()) && !QFile::remove(filePath())) {
            m_error = tr("The saved edits in %1 could not be removed.")
                          .arg(QDir::toNativeSeparators(filePath()));
            Q_EMIT writeFailed(m_error);
            return false;
        }
        return true;
    }
    QJsonObject grids;
    for (auto grid = m_rows.cbegin(); grid != m_rows.cend(); ++grid) {
        if (grid->isEmpty())
            continue;
        QJsonObject records;
        for (auto record = grid->cbegin(); record != grid->cend(); ++record) {
            QJsonObject cells;
            for (auto cell = record->cbegin(); cell != record->cend(); ++cell)
                cells.insert(cell.key(), QJsonObject{{OriginalKey, toJson(cell->original)},
                                                     {ValueKey, toJson(cell->value)}});
            records.insert(record.key(), cells);
        }
        grids.insert(grid.key(), records);
    }
    const QJsonObject root{
        {FormatKey, FormatName},
        {VersionKey, Version},
        {SavedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {GridsKey, grids},
    };

    QSaveFile file(filePath());
    const bool written = QDir().mkpath(m_directory) && file.open(QIODevice::WriteOnly) &&
                         // Personal data: the owner only, whatever the umask says.
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) >= 0 &&
                         file.commit();
    if (!written) {
        m_error = tr("The staged edits could not be saved to %1: %2")
                      .arg(QDir::toNativeSeparators(filePath()), file.errorString());
        Q_EMIT writeFailed(m_error);
    }
    return written;
}
