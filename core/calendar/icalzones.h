#pragma once

namespace trellis {

// libical (3.0) fills its table of built-in time zones the first time any zone is asked for,
// and a second thread asking meanwhile can read the table half filled (libical issue #1029).
// prepare() fills it once; whoever starts threads that expand recurrences or write .ics calls it
// on its own thread first (BackgroundJob::start does, before each worker thread).
class IcalZones {
public:
    static void prepare();
};

} // namespace trellis
