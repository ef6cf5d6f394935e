#pragma once

#include "storage/libraryquery.h"
#include "util/result.h"

#include <optional>

namespace trellis {

class Database;
class LoadRequest;

// One resource as the library's detail pane shows it: the resource, its files (without their
// bytes) and whom it was shared with, read on the loader's worker.
struct LibraryDetail {
    LibraryItem item;
    QList<ResourceAttachment> attachments;
    QList<ShareRow> shares;
};

// The fetch half of the detail pane's loader (a value: the worker copies the id). Nothing for a
// resource that no longer exists.
class LibraryDetailFetch {
public:
    explicit LibraryDetailFetch(Id resourceId)
        : m_resourceId(resourceId)
    {}
    [[nodiscard]] Result<std::optional<LibraryDetail>> operator()(Database &database,
                                                                  const LoadRequest &request) const;

private:
    Id m_resourceId = 0;
};

} // namespace trellis
