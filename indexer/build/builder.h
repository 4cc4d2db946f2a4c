#pragma once
// `lexindex build`: brings a database up to date with a set of files.
// Each file belongs to one shard (by its path); every shard is built on its
// own thread (read, normalize, segment, write) and commits periodically, so
// an interrupted build keeps everything committed before the interruption.

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lexgraph {

struct BuildProgress {
  std::uint64_t files_done = 0, files_total = 0;
  std::uint64_t bytes_done = 0, bytes_total = 0;
  double seconds = 0;
};

struct BuildOptions {
  std::string db_path;
  unsigned threads = 0;  // shards of a NEW database, one thread each; 0 = one per core.
                         // An existing database keeps the shard count it was made with.
  std::uint64_t max_file_bytes = 100ull << 20;       // larger files are refused, not indexed
  bool force = false;                                // re-index unchanged files too
  double commit_seconds = 20;                        // commit at least this often
  const std::atomic<bool>* cancel = nullptr;         // set (e.g. by SIGINT) to stop early
  std::function<void(const BuildProgress&)> on_progress;
  std::function<void(const std::string&)> on_error;    // "file: message", one per failed file
  std::function<void(const std::string&)> on_warning;  // "file: message"
};

struct BuildSummary {
  std::uint64_t added = 0, updated = 0, unchanged = 0, failed = 0;  // files
  std::uint64_t documents_written = 0;
  std::uint64_t bytes = 0;        // bytes of the files read
  double seconds = 0;
  bool interrupted = false;
  std::uint64_t database_documents = 0;  // documents in the database afterwards
  // The graph snapshot, brought up to date after the index (not when
  // interrupted: the first query builds it then). Not in `seconds`.
  std::uint64_t graph_vertices = 0, graph_edges = 0;
  double graph_seconds = 0;
};

// Throws std::runtime_error when the database cannot be opened or written
// (fatal); problems with single files are counted and reported instead.
BuildSummary build_index(const std::vector<std::string>& roots, const BuildOptions& options);

}  // namespace lexgraph
