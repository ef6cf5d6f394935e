#pragma once

#include "domain/enums.h"
#include "insights/menteesnapshot.h"
#include "util/result.h"

#include <optional>

namespace trellis {

class Database;
class LoadRequest;

// The fetch half of the mentee page's loader (a value, so the worker copies only the person's
// id): the mentee's few relationships are a small aggregate, so a change that touches one of
// them reads them all again, and a change elsewhere (another mentee's meeting) reads nothing but
// whose it was, giving no snapshot.
//
//     m_loader->setLoad(MenteeSnapshotFetch(personId), this, &MenteeGoalsPage::applySnapshot);
class MenteeSnapshotFetch {
public:
    explicit MenteeSnapshotFetch(Id personId)
        : m_personId(personId)
    {}

    [[nodiscard]] Result<std::optional<MenteeSnapshot>> operator()(Database &database,
                                                                   const LoadRequest &request) const;

private:
    Id m_personId = 0;
};

} // namespace trellis
