// Graph snapshot benchmark: on an existing database (built by `lexindex
// build`), times what a query pays to get the knowledge graph — open_graph
// loading <db>/graph.snapshot — over 20 runs, and what it would pay
// without the snapshot: build_graph from every stored document. Prints
// vertices, edges, snapshot bytes, load ms p50/max, build ms and peak
// memory. Loads are timed twice: repeated in this process (warm heap)
// and once per new process (cold heap, what a lexquery process pays, in
// wall and in CPU time), and the first find_by_name after a load.
// A program, not a test: it measures, it asserts nothing.
//
//   graph_load_bench DB [RUNS]     (DB path without a single quote)

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/heap_pages.h"
#include "graph/graph_snapshot.h"

using namespace lexgraph;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// CPU time of this (single-threaded) process: on a machine shared with
// other work, wall time measures the neighbours too.
double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: graph_load_bench DB [RUNS]\n");
    return 2;
  }
  if (argc == 3 && std::string(argv[1]) == "--load-once") {  // one fresh-process load: wall and cpu ms on stdout
    // As lexquery starts (cli/heap_pages.h); LEXGRAPH_SMALL_PAGES=1 measures without it.
    const char* small = std::getenv("LEXGRAPH_SMALL_PAGES");
    if (!(small && std::string(small) == "1")) lexgraph::cli::back_heap_with_huge_pages();
    auto t = Clock::now();
    const double c = cpu_ms();
    KnowledgeGraph g;
    if (!open_graph(DatabaseDir(argv[2]), g).empty()) return 1;
    const double wall = ms_since(t);
    std::printf("%.3f %.3f\n", wall, cpu_ms() - c);
    std::fflush(stdout);
    std::_Exit(0);  // the graph's destructor is not part of what a query waits for
  }
  const DatabaseDir db(argv[1]);
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;

  // First open: makes sure a fresh snapshot exists (builds it if not), so
  // the timed runs below measure loading only.
  KnowledgeGraph graph;
  bool rebuilt = false;
  if (std::string err = open_graph(db, graph, &rebuilt); !err.empty()) {
    std::fprintf(stderr, "graph_load_bench: %s\n", err.c_str());
    return 1;
  }

  std::vector<double> load_ms, load_cpu_ms;
  for (int r = 0; r < runs; ++r) {
    KnowledgeGraph g;
    auto t0 = Clock::now();
    const double c0 = cpu_ms();
    bool again = false;
    if (std::string err = open_graph(db, g, &again); !err.empty() || again) {
      std::fprintf(stderr, "graph_load_bench: run %d %s\n", r, again ? "rebuilt instead of loading" : err.c_str());
      return 1;
    }
    load_ms.push_back(ms_since(t0));
    load_cpu_ms.push_back(cpu_ms() - c0);
  }
  std::sort(load_ms.begin(), load_ms.end());
  std::sort(load_cpu_ms.begin(), load_cpu_ms.end());

  // The by-name index is built by the first find_by_name after a load
  // (knowledge_graph.h): what a query that looks a name up pays on top.
  std::vector<double> names_ms;
  for (int r = 0; r < runs; ++r) {
    KnowledgeGraph g;
    if (!open_graph(db, g).empty()) break;
    auto t0 = Clock::now();
    const auto found = g.find_by_name("Internal Revenue Service");
    names_ms.push_back(ms_since(t0));
    if (r == 0 && found.empty()) std::fprintf(stderr, "graph_load_bench: no vertex named Internal Revenue Service\n");
  }
  std::sort(names_ms.begin(), names_ms.end());

  // What one `lexquery` pays: a load in a new process, whose heap has
  // never held a graph, so every page the graph needs is faulted in (the
  // runs above reuse the pages the previous run freed). This program
  // again, with --load-once, per run.
  std::vector<double> fresh_ms, fresh_cpu_ms;
  std::error_code self_ec;
  const std::string self = std::filesystem::read_symlink("/proc/self/exe", self_ec).string();
  for (int r = 0; r < runs && !self_ec; ++r) {
    const std::string command = "'" + self + "' --load-once '" + db.path() + "'";
    FILE* child = ::popen(command.c_str(), "r");
    if (!child) break;
    double ms = -1, cpu = -1;
    if (std::fscanf(child, "%lf %lf", &ms, &cpu) == 2 && ms >= 0 && cpu >= 0) {
      fresh_ms.push_back(ms);
      fresh_cpu_ms.push_back(cpu);
    }
    ::pclose(child);
  }
  std::sort(fresh_ms.begin(), fresh_ms.end());
  std::sort(fresh_cpu_ms.begin(), fresh_cpu_ms.end());

  KnowledgeGraph built;
  auto t0 = Clock::now();
  const double c0 = cpu_ms();
  if (std::string err = build_graph(db, built); !err.empty()) {
    std::fprintf(stderr, "graph_load_bench: %s\n", err.c_str());
    return 1;
  }
  const double build_ms = ms_since(t0);
  const double build_cpu_ms = cpu_ms() - c0;

  std::error_code ec;
  const auto bytes = std::filesystem::file_size(graph_snapshot_path(db), ec);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("database        %s%s\n", db.path().c_str(), rebuilt ? " (snapshot was missing or stale: built first)" : "");
  std::printf("vertices        %zu\n", graph.vertex_count());
  std::printf("edges           %zu\n", graph.edge_count());
  std::printf("snapshot bytes  %llu\n", ec ? 0ull : static_cast<unsigned long long>(bytes));
  std::printf("load ms         p50 %.1f  max %.1f  (wall; %d runs of open_graph)\n", load_ms[load_ms.size() / 2],
              load_ms.back(), runs);
  std::printf("load cpu ms     p50 %.1f  max %.1f\n", load_cpu_ms[load_cpu_ms.size() / 2], load_cpu_ms.back());
  if (!names_ms.empty()) {
    std::printf("first by-name   p50 %.1f  max %.1f  (ms: find_by_name builds the name index)\n",
                names_ms[names_ms.size() / 2], names_ms.back());
  }
  if (!fresh_ms.empty()) {
    std::printf("fresh load ms   p50 %.1f  max %.1f  (wall; %zu new processes, as lexquery pays it)\n",
                fresh_ms[fresh_ms.size() / 2], fresh_ms.back(), fresh_ms.size());
    std::printf("fresh cpu ms    p50 %.1f  max %.1f  (user + system: what the load costs on a busy machine too)\n",
                fresh_cpu_ms[fresh_cpu_ms.size() / 2], fresh_cpu_ms.back());
  }
  std::printf("build ms        %.1f  (cpu %.1f; build_graph from the stored documents, no snapshot)\n", build_ms,
              build_cpu_ms);
  std::printf("peak memory MB  %.1f\n", usage.ru_maxrss / 1024.0);
  return 0;
}
