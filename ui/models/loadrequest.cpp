#include "models/loadrequest.h"

#include "util/jobcontrol.h"

#include <algorithm>

namespace trellis {

LoadRequest LoadRequest::changes(Entity entity, const QList<Id> &ids)
{
    LoadRequest request;
    request.m_full = false;
    request.m_ids[entity] = QSet<Id>(ids.cbegin(), ids.cend());
    return request;
}

QList<Id> LoadRequest::ids(Entity entity) const
{
    const auto found = m_ids.constFind(entity);
    if (found == m_ids.cend())
        return {};
    QList<Id> sorted(found->cbegin(), found->cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

int LoadRequest::idCount() const
{
    int count = 0;
    for (const QSet<Id> &ids : m_ids)
        count += int(ids.size());
    return count;
}

bool LoadRequest::cancelled() const
{
    return m_control && m_control->cancelled();
}

void LoadRequest::merge(const LoadRequest &other)
{
    if (m_full)
        return;
    if (other.m_full) {
        m_full = true;
        m_ids.clear();
        return;
    }
    for (auto it = other.m_ids.cbegin(); it != other.m_ids.cend(); ++it)
        m_ids[it.key()].unite(it.value());
}

} // namespace trellis
