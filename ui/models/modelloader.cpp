#include "models/modelloader.h"

#include "changenotifier.h"
#include "models/backgroundjob.h"

namespace trellis {

ModelLoader::ModelLoader(const DataSource &source, QList<Entity> watched, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_watched(std::move(watched))
{
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(DefaultThrottleMs);
    connect(&m_throttle, &QTimer::timeout, this, &ModelLoader::startPending);
    if (ChangeNotifier *notifier = m_source.notifier()) {
        connect(notifier, &ChangeNotifier::changed, this,
                [this](Entity entity, const QList<qint64> &ids, ChangeKind) { onChanged(entity, ids); });
        connect(notifier, &ChangeNotifier::changedElsewhere, this, &ModelLoader::scheduleReload);
    }
}

ModelLoader::~ModelLoader()
{
    cancelRunning();
}

void ModelLoader::setWork(Work work)
{
    m_work = std::move(work);
}

void ModelLoader::reload()
{
    m_throttle.stop();
    m_pending.reset();
    cancelRunning();
    start(LoadRequest{});
}

void ModelLoader::scheduleReload()
{
    queue(LoadRequest{});
}

void ModelLoader::onChanged(Entity entity, const QList<Id> &ids)
{
    if (m_watched.contains(entity))
        queue(LoadRequest::changes(entity, ids));
}

void ModelLoader::queue(const LoadRequest &request)
{
    if (m_pending)
        m_pending->merge(request);
    else
        m_pending = request;
    if (!m_pending->isFull() && m_pending->idCount() > m_partialLimit)
        m_pending = LoadRequest{};
    // Throttle, not debounce: the first notification of a burst fixes when the load starts, so a
    // steady stream of edits still refreshes the view every interval.
    if (!m_throttle.isActive())
        m_throttle.start();
}

void ModelLoader::startPending()
{
    if (!m_pending)
        return;
    if (m_running) {
        // A partial load waits for the running one (which may not have seen its change); a full one
        // supersedes it.
        if (!m_pending->isFull())
            return;
        cancelRunning();
    }
    LoadRequest request = *std::exchange(m_pending, std::nullopt);
    start(std::move(request));
}

void ModelLoader::start(LoadRequest request)
{
    if (!m_source.isValid() || !m_work)
        return;
    // Rows can only be patched into a model that holds a complete, successful load.
    if (!m_loaded || m_state == State::Failed)
        request = LoadRequest{};
    const quint64 generation = ++m_generation;
    m_running = request;
    m_result = std::make_shared<Apply>();
    setState(State::Loading);
    Database *database = m_source.database();
    auto job = BackgroundJob::start(
        [work = m_work, database, request, result = m_result](JobControl &control) -> Status {
            LoadRequest running = request;
            running.setControl(&control);
            auto done = work(*database, running);
            if (!done)
                return done.error();
            *result = std::move(done).value();
            return {};
        },
        this);
    m_job = job;
    connect(job, &BackgroundJob::finished, this,
            [this, generation](bool ok, const QString &error, bool) { finish(generation, ok, error); });
}

void ModelLoader::finish(quint64 generation, bool ok, const QString &error)
{
    if (generation != m_generation)
        return; // a stale load: a newer one started after it
    const LoadRequest request = *std::exchange(m_running, std::nullopt);
    const std::shared_ptr<Apply> result = std::exchange(m_result, nullptr);
    m_job = nullptr;
    if (ok && result && *result) {
        (*result)(request);
        m_loaded = true;
        m_error.clear();
        setState(State::Loaded);
        Q_EMIT loaded();
    } else {
        m_error = ok ? tr("The load returned nothing.") : error;
        setState(State::Failed);
        Q_EMIT failed(m_error);
    }
    // Changes announced while this load ran, whose throttle interval already passed.
    if (m_pending && !m_throttle.isActive())
        startPending();
}

void ModelLoader::cancelRunning()
{
    if (!m_running)
        return;
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    m_running.reset();
    m_result.reset();
    ++m_generation; // its finished() is now ignored
}

void ModelLoader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace trellis
