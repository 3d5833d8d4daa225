#pragma once

#include <QHash>
#include <QList>

#include <algorithm>

// Plans how a model's rows (the old keys, in order) become a newly read list (the new keys, in
// order) with precise change signals: remove the rows that vanished, put the survivors in their
// new order if it changed, insert the rows that are new. One pass over each list and one hash:
// a refresh of n rows costs O(n), not O(n²).
namespace ListSync {

// Rows first..last, inclusive.
struct Range
{
    int first = 0;
    int last = 0;
};

struct Plan
{
    // Ranges of old rows to remove, the last range first, so that removing one leaves the rows
    // of the ranges still to go where the plan says.
    QList<Range> removals;
    // Empty when the survivors are already in their new order; otherwise, for every row of the
    // new order, the row it had among the survivors (after the removals).
    QList<int> survivorOrder;
    // Ranges of rows of the new list that are new, the first range first: inserting them in that
    // order at those rows ends with the rows in the new list's order.
    QList<Range> insertions;

    bool isEmpty() const
    {
        return removals.isEmpty() && survivorOrder.isEmpty() && insertions.isEmpty();
    }
};

namespace Detail {
inline void extend(QList<Range> &ranges, int row)
{
    if (!ranges.isEmpty() && ranges.last().last == row - 1)
        ranges.last().last = row;
    else
        ranges.append(Range{row, row});
}
} // namespace Detail

// Both lists must hold each key once.
template<class Key>
Plan plan(const QList<Key> &oldKeys, const QList<Key> &newKeys)
{
    Plan result;
    QHash<Key, int> newIndex;
    newIndex.reserve(newKeys.size());
    for (int i = 0; i < newKeys.size(); ++i)
        newIndex.insert(newKeys.at(i), i);

    QHash<Key, int> oldIndex;
    oldIndex.reserve(oldKeys.size());
    QList<int> survivorsNewIndex; // the new row of each survivor, in old order
    survivorsNewIndex.reserve(qMin(oldKeys.size(), newKeys.size()));
    for (int i = 0; i < oldKeys.size(); ++i) {
        oldIndex.insert(oldKeys.at(i), i);
        const auto found = newIndex.constFind(oldKeys.at(i));
        if (found == newIndex.cend())
            Detail::extend(result.removals, i);
        else
            survivorsNewIndex.append(found.value());
    }
    std::reverse(result.removals.begin(), result.removals.end());

    if (!std::is_sorted(survivorsNewIndex.cbegin(), survivorsNewIndex.cend())) {
        QList<int> order(survivorsNewIndex.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&survivorsNewIndex](int a, int b) {
            return survivorsNewIndex.at(a) < survivorsNewIndex.at(b);
        });
        result.survivorOrder = order;
    }

    for (int i = 0; i < newKeys.size(); ++i) {
        if (!oldIndex.contains(newKeys.at(i)))
            Detail::extend(result.insertions, i);
    }
    return result;
}

} // namespace ListSync
