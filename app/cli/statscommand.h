#pragma once

#include "cli/clicommand.h"

namespace trellis::cli {

class StatsCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QString &database, const QCommandLineParser &parser, Streams streams) const override;
};

} // namespace trellis::cli
