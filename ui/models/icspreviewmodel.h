#pragma once

#include "io/icsimportreport.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace trellis {

// The calendar import preview: one row per event of the file as the import would treat it — added,
// updated (in file order) then skipped, with the reasons a skipped event was left out as its
// tooltip, and each event's date and time (the locale's short format, in the event's own zone).
// Each preview is a new answer, so setReport() replaces the rows (a reset).
class IcsPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ActionColumn, EventColumn, DateColumn, LineColumn, ColumnCount };
    enum class Action { Add, Update, Skip };
    enum Role {
        ActionRole = Qt::UserRole + 1, // int(Action)
        LineRole,                      // int: the line of BEGIN:VEVENT
        ReasonsRole,                   // QStringList: why a skipped event was left out
        StartRole,                     // QDateTime: the start in its own zone (invalid when unknown)
    };

    explicit IcsPreviewModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(IcsPreviewModel)

    void setReport(const IcsImportReport &report);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Action action = Action::Add;
        QString summary;
        int line = 0;
        QStringList reasons;
        QDateTime start; // invalid when unknown (a skipped event)
        bool allDay = false;
    };
    QList<Row> m_rows;
};

} // namespace trellis
