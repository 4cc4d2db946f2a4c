#pragma once
// Conventions shared by lexindex and lexquery: exit codes, the --db
// default, and one-line error output.

#include <string>

namespace lexgraph::cli {

// Exit codes (documented in README and --help).
inline constexpr int kOk = 0;
inline constexpr int kNothingFound = 1;
inline constexpr int kUsage = 2;
inline constexpr int kPartialFailure = 3;
inline constexpr int kFatal = 4;

// --db default: $LEXGRAPH_DB, else ./lexgraph.db
std::string default_db_path();

// "lexindex: message" on stderr, one line.
void print_error(const std::string& program, const std::string& message);

// True when stderr / stdout is an interactive terminal.
bool stderr_is_terminal();
bool stdout_is_terminal();

}  // namespace lexgraph::cli
