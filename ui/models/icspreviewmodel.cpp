#include "models/icspreviewmodel.h"

#include "models/textcontrast.h"

#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>

namespace trellis {

IcsPreviewModel::IcsPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IcsPreviewModel::setReport(const IcsImportReport &report)
{
    beginResetModel();
    m_rows.clear();
    for (const IcsImportedEvent &event : report.changedEvents) {
        auto start = MeetingTimes::localDateTime(event.start);
        m_rows.append({event.updated ? Action::Update : Action::Add,
                       event.summary,
                       event.line,
                       {},
                       start ? *start : QDateTime(),
                       event.start.allDay});
    }
    for (const IcsSkippedEvent &skipped : report.skippedEvents) {
        Row row{Action::Skip, skipped.summary, skipped.line, {}, {}, false};
        for (const IcsProblem &problem : skipped.problems)
            row.reasons.append(problem.message);
        m_rows.append(row);
    }
    endResetModel();
}

void IcsPreviewModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int IcsPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IcsPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IcsPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ActionRole:
        return int(row.action);
    case LineRole:
        return row.line;
    case ReasonsRole:
        return row.reasons;
    case StartRole:
        return row.start;
    default:
        break;
    }
    switch (index.column()) {
    case ActionColumn:
        if (role == Qt::DisplayRole) {
            switch (row.action) {
            case Action::Add:
                return tr("Add");
            case Action::Update:
                return tr("Update");
            case Action::Skip:
                return tr("Skip");
            }
        }
        if (role == Qt::DecorationRole) {
            switch (row.action) {
            case Action::Add:
                return QIcon::fromTheme(QStringLiteral("list-add"));
            case Action::Update:
                return QIcon::fromTheme(QStringLiteral("view-refresh"));
            case Action::Skip:
                return QIcon::fromTheme(QStringLiteral("dialog-cancel"));
            }
        }
        // What is left out reads quieter than what is imported.
        if (role == Qt::ForegroundRole && row.action == Action::Skip)
            return QBrush(TextContrast::secondaryOnBase(QGuiApplication::palette()));
        break;
    case EventColumn:
        if (role == Qt::DisplayRole)
            return row.summary.isEmpty() ? tr("(no title)") : row.summary;
        if (role == Qt::ToolTipRole && !row.reasons.isEmpty())
            return row.reasons.join(QLatin1Char('\n'));
        break;
    case DateColumn:
        if (role == Qt::DisplayRole) {
            if (!row.start.isValid())
                return tr("—");
            return row.allDay ? QLocale().toString(row.start.date(), QLocale::ShortFormat)
                              : QLocale().toString(row.start, QLocale::ShortFormat);
        }
        break;
    case LineColumn:
        if (role == Qt::DisplayRole)
            return row.line;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    default:
        break;
    }
    return {};
}

QVariant IcsPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return tr("Import");
    case EventColumn:
        return tr("Event");
    case DateColumn:
        return tr("Date");
    case LineColumn:
        return tr("Line");
    default:
        return {};
    }
}

} // namespace trellis
