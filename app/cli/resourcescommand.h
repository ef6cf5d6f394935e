#pragma once

#include "cli/clicommand.h"

namespace trellis::cli {

// trellis-cli resources DATABASE [--search TEXT] [--kind K] [--json]: the library, by title or
// best match first, with the matched words in [brackets] (plain text) or as they are (JSON).
class ResourcesCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("resources"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QString &database, const QCommandLineParser &parser, Streams streams) const override;
};

// trellis-cli add-resource DATABASE (--url URL | --file PATH) [--title T] [--tags a,b] [--kind K]:
// one resource; a file is stored in the database with its text indexed (PDF through Poppler).
class AddResourceCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("add-resource"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QString &database, const QCommandLineParser &parser, Streams streams) const override;
};

} // namespace trellis::cli
