#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

// One staged change of one cell of a profile grid: the record it belongs to (by id, because rows
// move when a list is read again while ids do not), the column, and the new value (QString, or
// QStringList for a list column; an empty value clears an optional field). Lists of these are
// what paste, fill, replace, CSV import and undo hand to ProfileGridModel::applyEdits().
struct CellEdit
{
    QString id;
    int column = -1;
    QVariant value;

    friend bool operator==(const CellEdit &a, const CellEdit &b)
    {
        return a.id == b.id && a.column == b.column && a.value == b.value;
    }
};

Q_DECLARE_METATYPE(CellEdit)
