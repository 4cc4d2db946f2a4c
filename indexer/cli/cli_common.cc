#include "cli/cli_common.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace lexgraph::cli {

std::string default_db_path() {
  const char* env = std::getenv("LEXGRAPH_DB");
  return env && *env ? env : "lexgraph.db";
}

void print_error(const std::string& program, const std::string& message) {
  std::string line = message;
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  std::fprintf(stderr, "%s: %s\n", program.c_str(), line.c_str());
}

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }
bool stdout_is_terminal() { return isatty(STDOUT_FILENO) == 1; }

}  // namespace lexgraph::cli
