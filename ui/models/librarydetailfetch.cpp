#include "models/librarydetailfetch.h"

#include "storage/database.h"

namespace trellis {

Result<std::optional<LibraryDetail>> LibraryDetailFetch::operator()(Database &database,
                                                                    const LoadRequest &request) const
{
    Q_UNUSED(request);
    if (m_resourceId == 0)
        return std::optional<LibraryDetail>();
    const LibraryQuery query(database.connection());
    auto items = query.items({m_resourceId});
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<LibraryDetail>();
    LibraryDetail detail;
    detail.item = items->first();
    auto attachments = query.attachments(m_resourceId);
    if (!attachments)
        return attachments.error();
    detail.attachments = std::move(*attachments);
    auto shares = query.sharesOfResource(m_resourceId);
    if (!shares)
        return shares.error();
    detail.shares = std::move(*shares);
    return std::optional<LibraryDetail>(std::move(detail));
}

} // namespace trellis
