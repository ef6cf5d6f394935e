#include "widgets/columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace trellis {

ColumnFitter::ColumnFitter(QTableView *table, QList<Column> columns)
    : QObject(table)
    , m_table(table)
    , m_columns(std::move(columns))
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    for (const Column &c : std::as_const(m_columns)) {
        header->setSectionResizeMode(c.column, c.key ? QHeaderView::Stretch : QHeaderView::Interactive);
        if (!c.key)
            header->resizeSection(c.column, c.width);
    }
    // The columns always fit, so the bar is never needed (and never shows a stray handle).
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_viewport = m_table->viewport();
    m_viewport->installEventFilter(this);
    refit();
}

void ColumnFitter::setForcedHidden(int column, bool hidden)
{
    if (hidden)
        m_forcedHidden.insert(column);
    else
        m_forcedHidden.remove(column);
    refit();
}

void ColumnFitter::refit()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int count = header->count();
    if (count == 0)
        return;
    int room = m_table->viewport()->width();
    QSet<int> shown;
    for (const Column &c : std::as_const(m_columns)) {
        if (c.key && !m_forcedHidden.contains(c.column)) {
            room -= c.width;
            shown.insert(c.column);
        }
    }
    for (const Column &c : std::as_const(m_columns)) {
        if (c.key || m_forcedHidden.contains(c.column))
            continue;
        const int width = header->isSectionHidden(c.column) ? c.width : header->sectionSize(c.column);
        if (width > room)
            break; // the rest give way, in order
        room -= width;
        shown.insert(c.column);
    }
    for (int column = 0; column < count; ++column) {
        const bool hide = !shown.contains(column);
        if (header->isSectionHidden(column) != hide)
            header->setSectionHidden(column, hide);
    }
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_viewport)
        refit();
    return false;
}

} // namespace trellis
