#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace trellis::test {

// Several QtTest classes in one binary: each registers a factory; main runs all.
class TestRegistry {
public:
    using Factory = std::function<std::unique_ptr<QObject>()>;
    static void add(const char *name, Factory factory);
    // Runs every registered class (or those named with -class NAME); returns the failure count.
    static int runAll(int argc, char *argv[]);
};

template <typename T>
struct TestRegistration {
    explicit TestRegistration(const char *name)
    {
        TestRegistry::add(name, [] { return std::make_unique<T>(); });
    }
};

} // namespace trellis::test

#define TRELLIS_REGISTER_TEST(Class)                                                                         \
    static const trellis::test::TestRegistration<Class> s_register##Class(#Class)
