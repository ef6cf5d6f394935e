#pragma once

#include "insights/cohortkpis.h"
#include "util/result.h"

#include <optional>

namespace trellis {

class Database;
class LoadRequest;

// What the Reports place asks for: a cohort, or the whole programme that cohort belongs to, over
// its own dates or a chosen period, with or without the shared notes the full report may add.
struct ReportRequest {
    Id cohortId = 0;
    bool wholeProgramme = false;
    std::optional<ReportPeriod> period; // nullopt: the cohort's dates (a programme: 12 months)
    bool includeNotes = false;
    bool operator==(const ReportRequest &) const = default;
};

// The fetch half of the Reports place's loader (a value: the worker copies the request):
// CohortKpis::load on the worker's connection, plus the shared notes when asked. Read whole
// after any change it watches: every KPI depends on every row of the cohort.
//
//     m_loader->setLoad(ReportFetch(request), this, &ReportsPage::showKpis);
class ReportFetch {
public:
    explicit ReportFetch(ReportRequest request)
        : m_request(std::move(request))
    {}

    [[nodiscard]] Result<CohortKpis> operator()(Database &database, const LoadRequest &request) const;
    // The entities whose changes can move a KPI.
    static QList<Entity> watchedEntities();
    const ReportRequest &request() const { return m_request; }

private:
    ReportRequest m_request;
};

} // namespace trellis
