#include "testlib/testregistry.h"

#include <QByteArray>
#include <QTest>

#include <vector>

namespace trellis::test {

namespace {
struct Entry {
    const char *name;
    TestRegistry::Factory factory;
};
std::vector<Entry> &entries()
{
    static std::vector<Entry> all;
    return all;
}
} // namespace

void TestRegistry::add(const char *name, Factory factory)
{
    entries().push_back({name, std::move(factory)});
}

int TestRegistry::runAll(int argc, char *argv[])
{
    // "-class Name" picks one class; the remaining arguments go to QTest.
    QByteArray only;
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (qstrcmp(argv[i], "-class") == 0 && i + 1 < argc) {
            only = argv[++i];
            continue;
        }
        args.push_back(argv[i]);
    }
    int failures = 0;
    for (const Entry &entry : entries()) {
        if (!only.isEmpty() && only != entry.name)
            continue;
        const auto object = entry.factory();
        failures += QTest::qExec(object.get(), int(args.size()), args.data());
    }
    return failures;
}

} // namespace trellis::test
