#pragma once

#include "cli/clicommand.h"

namespace trellis::cli {

// trellis-cli chart DATABASE --goal ID | --relationship ID | --cohort ID [--kind KIND]
//                    -o OUT.png|OUT.svg [--size WxH] [--theme light|dark]
// Renders the window's chart classes (ui/charts) on the offscreen platform, so reports and
// scripts use the same drawing as the screen. Needs the QApplication main() makes for it.
class ChartCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("chart"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QString &database, const QCommandLineParser &parser, Streams streams) const override;

    static constexpr int DefaultWidth = 1200;
    static constexpr int DefaultHeight = 700;
};

} // namespace trellis::cli
