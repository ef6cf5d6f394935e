#pragma once

namespace trellis {

class ChangeNotifier;
class Database;

// The opaque handle to the open database that widgets hand to models and loaders, so that a widget
// needs no include from core/storage: the database (which gives every thread its own connection) and
// the notifier that announces its changes. A cheap value; it owns neither.
class DataSource final {
public:
    DataSource() = default;
    DataSource(Database *database, ChangeNotifier *notifier)
        : m_database(database)
        , m_notifier(notifier)
    {}

    bool isValid() const { return m_database != nullptr; }
    Database *database() const { return m_database; }
    ChangeNotifier *notifier() const { return m_notifier; }

    bool operator==(const DataSource &) const = default;

private:
    Database *m_database = nullptr;
    ChangeNotifier *m_notifier = nullptr;
};

} // namespace trellis
