#pragma once

#include "domain/enums.h"
#include "models/idlistmodel.h"
#include "storage/libraryquery.h"

#include <QDate>
#include <QList>

namespace trellis {

class Database;
class LoadRequest;

// Job leads shared within relationships, soonest deadline first: the mentee's "Job leads" (every
// open lead shared with them, with its application deadline) and the mentor's Today (the leads of
// their mentees closing within Resource::ClosingSoonDays). Rows are shares (ShareRow), so one lead
// shared with two mentees is two rows on Today.
class JobLeadListModel final : public IdListModel<ShareRow> {
    Q_OBJECT
public:
    enum Column { Lead, Deadline, Mentee, Note, ColumnCount };
    enum Role {
        ShareIdRole = Qt::UserRole + 1,
        ShareRowRole,
        ClosesSoonRole, // bool: the deadline is within Resource::ClosingSoonDays
    };

    // Whose leads a load reads: a mentee's (all open ones) or a mentor's (those closing soon).
    // The entities the loader watches are watched().
    class Fetch {
    public:
        Fetch(trellis::Role viewer, Id personId)
            : m_viewer(viewer)
            , m_personId(personId)
        {}
        [[nodiscard]] Result<QList<ShareRow>> operator()(Database &database,
                                                         const LoadRequest &request) const;

    private:
        trellis::Role m_viewer;
        Id m_personId = 0;
    };
    [[nodiscard]] static QList<Entity> watched();

    explicit JobLeadListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobLeadListModel)

    // The day the deadlines are counted from (Clock::today() unless set; tests pin the clock).
    void setToday(const QDate &today);
    [[nodiscard]] QDate today() const { return m_today; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Apply by 9 Dec 2026 · in 3 days", "Apply by today", "No deadline".
    [[nodiscard]] static QString deadlineText(const std::optional<QDate> &deadline, const QDate &today);
    // "Junior analyst · Acme, Lisboa"
    [[nodiscard]] static QString leadText(const ShareRow &row);

protected:
    Id idOf(const ShareRow &row) const override { return row.id(); }

private:
    QDate m_today;
};

} // namespace trellis
