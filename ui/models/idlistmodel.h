#pragma once

#include "domain/enums.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <functional>
#include <utility>

namespace trellis {

// A flat table of domain values keyed by their id, the base of the live list models. A full load is
// applied by diff — rows whose id vanished are removed, new ones inserted, moved ones moved, changed
// ones announced with dataChanged — and a partial load row by row, so views keep their selection,
// current index and scroll position: there is never a reset. A subclass says how to find an item's
// id, adds columnCount() and data(), and may react to a changed item (itemChanged()).
//
// Kept as a template over the value type (no Q_OBJECT here; the subclass has it), so that data()
// reads the domain value directly rather than through a virtual accessor per cell.
template <typename T>
class IdListModel : public QAbstractTableModel {
public:
    using Item = T;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }

    const QList<T> &items() const { return m_items; }
    const T &itemAt(int row) const { return m_items.at(row); }
    // The row of the item with this id, or -1.
    int rowOf(Id id) const
    {
        ensureIndex();
        return m_rowById.value(id, -1);
    }
    const T *find(Id id) const
    {
        const int row = rowOf(id);
        return row < 0 ? nullptr : &m_items.at(row);
    }

    // A complete result, in the order to show: the model becomes exactly `items`.
    void setItems(QList<T> items);
    // A partial result: the items of `ids` that still exist. Each is updated in place, or appended
    // when it is new (sort with a proxy); an id of `ids` without an item is removed.
    void updateItems(const QList<Id> &ids, QList<T> items);

protected:
    explicit IdListModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {}

    virtual Id idOf(const T &item) const = 0;
    // After the item in `row` changed from `before` (dataChanged already sent for the row): e.g. a
    // renamed person updates the rows that show their name.
    virtual void itemChanged(int row, const T &before)
    {
        Q_UNUSED(row);
        Q_UNUSED(before);
    }
    // Announces rows first..last of every column.
    void rowsChanged(int first, int last)
    {
        Q_EMIT dataChanged(index(first, 0), index(last, std::max(0, columnCount() - 1)));
    }

private:
    void ensureIndex() const;
    void replace(int row, T item, QList<std::pair<int, T>> &changed);
    void announce(QList<std::pair<int, T>> &changed);

    QList<T> m_items;
    mutable QHash<Id, int> m_rowById;
    mutable bool m_indexValid = true;
};

template <typename T>
void IdListModel<T>::ensureIndex() const
{
    if (m_indexValid)
        return;
    m_rowById.clear();
    m_rowById.reserve(m_items.size());
    for (qsizetype row = 0; row < m_items.size(); ++row)
        m_rowById.insert(idOf(m_items.at(row)), int(row));
    m_indexValid = true;
}

template <typename T>
void IdListModel<T>::replace(int row, T item, QList<std::pair<int, T>> &changed)
{
    if (m_items.at(row) == item)
        return;
    changed.append({row, std::exchange(m_items[row], std::move(item))});
}

template <typename T>
void IdListModel<T>::announce(QList<std::pair<int, T>> &changed)
{
    // One dataChanged per run of neighbouring rows, then the subclass's follow-ups.
    std::sort(changed.begin(), changed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1).first == changed.at(j).first + 1)
            ++j;
        rowsChanged(changed.at(i).first, changed.at(j).first);
        i = j + 1;
    }
    for (const auto &[row, before] : std::as_const(changed))
        itemChanged(row, before);
    changed.clear();
}

template <typename T>
void IdListModel<T>::setItems(QList<T> items)
{
    QSet<Id> wanted;
    wanted.reserve(items.size());
    for (const T &item : std::as_const(items))
        wanted.insert(idOf(item));

    // 1. Remove the rows whose id is gone, one signal per run, from the end.
    for (qsizetype last = m_items.size() - 1; last >= 0;) {
        if (wanted.contains(idOf(m_items.at(last)))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !wanted.contains(idOf(m_items.at(first - 1))))
            --first;
        beginRemoveRows({}, int(first), int(last));
        m_items.remove(first, last - first + 1);
        m_indexValid = false;
        endRemoveRows();
        last = first - 1;
    }

    // 2. Walk the wanted order: keep, move up, or insert runs of new items.
    QSet<Id> present;
    present.reserve(m_items.size());
    for (const T &item : std::as_const(m_items))
        present.insert(idOf(item));
    QList<std::pair<int, T>> changed;
    for (qsizetype row = 0; row < items.size();) {
        const Id id = idOf(items.at(row));
        if (row < m_items.size() && idOf(m_items.at(row)) == id) {
            replace(int(row), std::move(items[row]), changed);
            ++row;
            continue;
        }
        if (present.contains(id)) {
            qsizetype from = row + 1;
            while (idOf(m_items.at(from)) != id)
                ++from;
            beginMoveRows({}, int(from), int(from), {}, int(row));
            m_items.move(from, row);
            m_indexValid = false;
            endMoveRows();
            // Only rows before `row` have recorded changes yet, and a move up leaves them in place.
            replace(int(row), std::move(items[row]), changed);
            ++row;
            continue;
        }
        qsizetype end = row + 1;
        while (end < items.size() && !present.contains(idOf(items.at(end))))
            ++end;
        beginInsertRows({}, int(row), int(end - 1));
        for (qsizetype i = row; i < end; ++i)
            m_items.insert(i, std::move(items[i]));
        m_indexValid = false;
        endInsertRows();
        row = end;
    }
    announce(changed);
}

template <typename T>
void IdListModel<T>::updateItems(const QList<Id> &ids, QList<T> items)
{
    QSet<Id> found;
    QList<std::pair<int, T>> changed;
    QList<T> added;
    for (T &item : items) {
        const Id id = idOf(item);
        found.insert(id);
        const int row = rowOf(id);
        if (row >= 0)
            replace(row, std::move(item), changed);
        else
            added.append(std::move(item));
    }
    announce(changed);
    if (!added.isEmpty()) {
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_items.append(std::move(added));
        m_indexValid = false;
        endInsertRows();
    }
    // Removed: remove from the highest row down, so the lower rows keep their numbers.
    QList<int> gone;
    for (const Id id : ids) {
        if (found.contains(id))
            continue;
        if (const int row = rowOf(id); row >= 0)
            gone.append(row);
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
    for (const int row : std::as_const(gone)) {
        beginRemoveRows({}, row, row);
        m_items.remove(row);
        m_indexValid = false;
        endRemoveRows();
    }
}

} // namespace trellis
