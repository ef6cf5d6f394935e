#pragma once

#include "domain/enums.h"
#include "models/datasource.h"
#include "models/loadrequest.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace trellis {

class BackgroundJob;

// Keeps a model (or a page's value) in step with the database, the way Merkuro's occurrence model
// batches its rebuilds and Subsurface's models answer the divelist notifier: every load runs on a
// worker thread (Database hands that thread its own connection); the notifier's changed(entity, ids)
// for a watched entity queues a partial load of just those ids, changedElsewhere() a full one; a
// burst of notifications within the throttle interval becomes one load; a load that a newer one
// made stale is cancelled (JobControl) and its result dropped (generation counter). The result is
// applied on the GUI thread. Pages keep no timer, no loading flags and no job of their own.
//
//     auto *loader = new ModelLoader(context.dataSource(), {Entity::Person}, this);
//     loader->setLoad(&RosterTableModel::fetch, model, &RosterTableModel::apply);
//     loader->reload();
//
// The fetch runs on the worker: it must capture only values (ids, flags), never a model or widget.
class ModelLoader final : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)

    // Applies a fetched result on the GUI thread, given the request it answers.
    using Apply = std::function<void(const LoadRequest &request)>;
    // Runs on the worker thread; returns the step that applies its result.
    using Work = std::function<Result<Apply>(Database &database, const LoadRequest &request)>;

    static constexpr int DefaultThrottleMs = 150;
    // A partial load of more ids than this becomes a full load (a bulk import reads everything once).
    static constexpr int DefaultPartialLimit = 200;

    ModelLoader(const DataSource &source, QList<Entity> watched, QObject *parent = nullptr);
    ~ModelLoader() override;
    Q_DISABLE_COPY_MOVE(ModelLoader)

    void setWork(Work work);
    // `fetch(Database &, const LoadRequest &)` returns a Result<T> on the worker; `apply(T, const
    // LoadRequest &)` takes the value on the GUI thread.
    template <typename Fetch, typename ApplyFn>
    void setLoad(Fetch fetch, ApplyFn apply);
    // The same with a member function of a QObject as the apply step; nothing is applied once
    // `receiver` is gone.
    template <typename Fetch, typename Receiver, typename T>
    void setLoad(Fetch fetch, Receiver *receiver, void (Receiver::*apply)(T, const LoadRequest &));

    void setWatched(QList<Entity> watched) { m_watched = std::move(watched); }
    QList<Entity> watched() const { return m_watched; }
    void setThrottle(int milliseconds) { m_throttle.setInterval(milliseconds); }
    int throttle() const { return m_throttle.interval(); }
    void setPartialLimit(int ids) { m_partialLimit = ids; }

    // A full load now (first load, or the page changed what it shows): a running load is cancelled
    // and its result dropped.
    void reload();
    // A full load after the throttle interval, merged with other pending changes.
    void scheduleReload();

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    // Whether a result was ever applied (a page shows "Loading…" only before that).
    bool hasLoaded() const { return m_loaded; }
    QString errorMessage() const { return m_error; }
    DataSource source() const { return m_source; }

Q_SIGNALS:
    void stateChanged(trellis::ModelLoader::State state);
    // After each applied result.
    void loaded();
    void failed(const QString &message);

private:
    void onChanged(Entity entity, const QList<Id> &ids);
    void queue(const LoadRequest &request);
    void startPending();
    void start(LoadRequest request);
    void finish(quint64 generation, bool ok, const QString &error);
    void cancelRunning();
    void setState(State state);

    DataSource m_source;
    QList<Entity> m_watched;
    Work m_work;
    QTimer m_throttle;
    int m_partialLimit = DefaultPartialLimit;
    std::optional<LoadRequest> m_pending;
    std::optional<LoadRequest> m_running;
    std::shared_ptr<Apply> m_result; // filled by the running load's worker
    QPointer<BackgroundJob> m_job;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    bool m_loaded = false;
    QString m_error;
};

template <typename Fetch, typename ApplyFn>
void ModelLoader::setLoad(Fetch fetch, ApplyFn apply)
{
    using Fetched = std::invoke_result_t<const Fetch &, Database &, const LoadRequest &>;
    using Value = std::remove_cvref_t<decltype(std::declval<Fetched &>().value())>;
    // Shared, so that the worker copies a pointer rather than whatever `apply` captured.
    auto applyStep = std::make_shared<ApplyFn>(std::move(apply));
    setWork([fetch = std::move(fetch), applyStep](Database &database,
                                                  const LoadRequest &request) -> Result<Apply> {
        Fetched fetched = fetch(database, request);
        if (!fetched)
            return fetched.error();
        auto value = std::make_shared<Value>(std::move(fetched).value());
        return Apply(
            [applyStep, value](const LoadRequest &applied) { (*applyStep)(std::move(*value), applied); });
    });
}

template <typename Fetch, typename Receiver, typename T>
void ModelLoader::setLoad(Fetch fetch, Receiver *receiver, void (Receiver::*apply)(T, const LoadRequest &))
{
    QPointer<Receiver> guard(receiver);
    setLoad(std::move(fetch), [guard, apply](auto &&value, const LoadRequest &request) {
        if (guard)
            (guard.data()->*apply)(std::forward<decltype(value)>(value), request);
    });
}

} // namespace trellis
