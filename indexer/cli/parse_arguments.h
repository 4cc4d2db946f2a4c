#pragma once
// One way for both programs to parse their arguments with CLI11 and map
// the outcome to our exit codes (cli_common.h).

#include <CLI/CLI.hpp>

#include <optional>

#include "cli/cli_common.h"

namespace lexgraph::cli {

// Parses; returns the exit code to stop with (0 after --help, kUsage after
// a usage error, which CLI11 has printed), or nullopt to go on.
inline std::optional<int> parse_arguments(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsage;
  }
  return std::nullopt;
}

}  // namespace lexgraph::cli
