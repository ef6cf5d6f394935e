#pragma once

#include <QDeadlineTimer>

namespace trellis {

// Counts the work handed to worker threads, from the moment it is handed over until it ends.
// Closing a database waits for this count to reach zero: a worker that has been started but has
// not yet opened its connection would otherwise read through a database already gone.
class RunningWork {
public:
    // One unit of work. Taken on the thread that starts the worker, before it starts; ended by the
    // worker when its work is done (or when the ticket is destroyed, whichever comes first).
    class Ticket {
    public:
        Ticket();
        ~Ticket();
        Ticket(Ticket &&other) noexcept;
        Ticket &operator=(Ticket &&other) noexcept;
        Ticket(const Ticket &) = delete;
        Ticket &operator=(const Ticket &) = delete;

        // Called first thing on the worker thread: marks it as one (see isWorkerThread()).
        void enterWorkerThread() const;
        void end();

    private:
        bool m_live = true;
    };

    // True until every ticket has ended or the deadline passes.
    static bool waitUntilIdle(QDeadlineTimer deadline);
    // Work running on a worker must not wait for the idle count, which includes itself.
    static bool isWorkerThread();
    static int running();
};

} // namespace trellis
