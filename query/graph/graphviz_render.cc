#include "graph/graphviz_render.h"

#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <vector>

extern char** environ;

namespace lexgraph {

std::string find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    std::size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    // An empty entry means the current directory.
    const std::string dir = end > start ? dirs.substr(start, end - start) : std::string(".");
    const std::string candidate = dir + "/" + program;
    struct stat st{};
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(candidate.c_str(), X_OK) == 0)
      return candidate;
    start = end + 1;
  }
  return {};
}

std::string render_svg(const std::string& dot_text, const std::string& output_path) {
  const std::string dot = find_on_path("dot");
  if (dot.empty()) return "--svg needs Graphviz's `dot` on PATH (apt-get install graphviz), or use --format dot";

  // dot reads a file, so nothing here has to pump a pipe both ways.
  char input[] = "/tmp/lexgraph-export-XXXXXX";
  const int fd = ::mkstemp(input);
  if (fd < 0) return "cannot create a temporary file for dot";
  ::close(fd);
  {
    std::ofstream file(input, std::ios::binary);
    file << dot_text;
    if (!file) {
      ::unlink(input);
      return "cannot write a temporary file for dot";
    }
  }
  std::vector<std::string> args = {"dot", "-Tsvg", input};
  if (!output_path.empty()) {
    args.push_back("-o");
    args.push_back(output_path);
  }
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, dot.c_str(), nullptr, nullptr, argv.data(), environ);
  int status = 0;
  if (spawned == 0) ::waitpid(pid, &status, 0);
  ::unlink(input);
  if (spawned != 0) return "cannot run " + dot;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return "dot failed to render the graph";
  return {};
}

}  // namespace lexgraph
