#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace trellis::cli {

// Where a command writes: results to out, the one-line error to err.
struct Streams {
    QTextStream &out;
    QTextStream &err;
};

// One `trellis-cli COMMAND DATABASE [options]` command.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's positional arguments and options (DATABASE is added by the caller).
    virtual void configure(QCommandLineParser &parser) const = 0;
    // Returns the process exit code; writes one error line to err on failure.
    virtual int run(const QString &database, const QCommandLineParser &parser, Streams streams) const = 0;
};

} // namespace trellis::cli
