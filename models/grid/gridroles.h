#pragma once

#include "items/itemroles.h"

#include <QByteArray>
#include <QHash>

// The item-data roles of the editable profile grids. They start well after the last ItemRoles
// value, so the two sets never give one number two meanings.
namespace GridRoles {

enum Role : int {
    // bool: the cell holds a staged value that differs from the server's.
    CellChangedRole = ItemRoles::DefaultRole + 101,
    // The server's value of the cell (QString or QStringList), whatever is staged.
    OriginalValueRole,
    // QString: what is wrong with the cell's value per the spec; empty when nothing.
    CellErrorRole,
    // int (RowStatus): the row's place in the edit, validate, apply cycle.
    RowStatusRole,
    // QString: the validation reasons of an invalid row, the server's message of a failed one.
    RowMessageRole,
    // QString, in data() and headerData(): the JSON member the column edits ("phoneNumber").
    FieldNameRole,
    // bool, in headerData(): the spec requires the field (a form or header marks it).
    RequiredRole,
    // bool, in data() and headerData(): the column holds a list (QStringList in EditRole).
    ListColumnRole,
};

// The state of one row of a grid.
enum class RowStatus {
    Unchanged, // as the server sent it
    Edited,    // staged edits, valid
    Invalid,   // staged edits the spec rejects; Apply leaves the row alone
    Saving,    // sent, waiting for the server's answer
    Saved,     // the server accepted it and the row shows the server's record
    Failed,    // the server refused it; the edits stay staged with its message
};

inline QHash<int, QByteArray> names()
{
    return {
        {CellChangedRole, "cellChanged"}, {OriginalValueRole, "originalValue"},
        {CellErrorRole, "cellError"},     {RowStatusRole, "rowStatus"},
        {RowMessageRole, "rowMessage"},   {FieldNameRole, "fieldName"},
        {RequiredRole, "required"},       {ListColumnRole, "listColumn"},
    };
}

} // namespace GridRoles
