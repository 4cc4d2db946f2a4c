#include "build/builder.h"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "build/prepared_file.h"
#include "build/source_files.h"
#include "graph/graph_snapshot.h"
#include "segment/sentence_splitter.h"
#include "store/database_dir.h"
#include "store/index_layout.h"
#include "store/index_writer.h"

namespace lexgraph {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// The shard each file goes to, in `files`' order. A file the database
// already holds stays in the shard holding it, so its new version replaces
// the old one there, even when it is now reached through another root and
// has another id. A new file's shard follows from its document id, not
// its absolute path: the same folder of documents, wherever it lies, fills the
// shards alike, gets the same docids, and ranks equal scores the same.
std::vector<unsigned> route_files(const DatabaseDir& dir, const std::vector<SourceFile>& files, unsigned shards) {
  std::vector<Xapian::Database> existing;
  for (unsigned s = 0; s < shards; ++s) {
    try {
      existing.emplace_back(dir.shard_path(s));
    } catch (const Xapian::Error& e) {
      throw std::runtime_error(dir.shard_path(s) + ": " + e.get_description());
    }
  }
  std::vector<unsigned> route;
  route.reserve(files.size());
  for (const auto& file : files) {
    const std::string term = std::string(layout::kFilePrefix) + layout::file_key(file.path);
    // The hash's high half: FNV-1a's low bits mix poorly (the lowest is
    // the parity of the odd bytes, so with two shards every file of a
    // renamed root would move together).
    const std::uint64_t hash = std::stoull(layout::file_key(file.id), nullptr, 16);
    unsigned shard = static_cast<unsigned>((hash >> 32) % shards);
    for (unsigned s = 0; s < shards; ++s) {
      if (existing[s].term_exists(term)) {
        shard = s;
        break;
      }
    }
    route.push_back(shard);
  }
  return route;
}

// Everything the shard threads share: counters and the callbacks, which
// are called one at a time.
class BuildState {
 public:
  BuildState(const BuildOptions& options, BuildProgress progress) : options_(options), progress_(progress) {}

  void finished(const PreparedFile& prepared, bool existed, std::size_t documents, Clock::time_point start) {
    std::lock_guard lock(mu_);
    const SourceFile& file = *prepared.file;
    for (const auto& w : prepared.warnings) {
      if (options_.on_warning) options_.on_warning(file.display + ": " + w);
    }
    if (!prepared.error.empty()) {
      if (options_.on_error) options_.on_error(file.display + ": " + prepared.error);
      ++summary_.failed;
    } else if (prepared.unchanged) {
      ++summary_.unchanged;
    } else {
      ++(existed ? summary_.updated : summary_.added);
      summary_.documents_written += documents;
    }
    summary_.bytes += file.size;
    progress_.files_done++;
    progress_.bytes_done += file.size;
    progress_.seconds = seconds_since(start);
    if (options_.on_progress) options_.on_progress(progress_);
  }

  BuildSummary summary() {
    std::lock_guard lock(mu_);
    return summary_;
  }

 private:
  std::mutex mu_;
  const BuildOptions& options_;
  BuildProgress progress_;
  BuildSummary summary_;
};

// One shard's share of the build, on its own thread with its own writer:
// Xapian writers are single-threaded, shards let every core index.
void build_shard(const DatabaseDir& dir, unsigned shard, const std::vector<const SourceFile*>& files,
                 const BuildOptions& options, BuildState& state, Clock::time_point start,
                 std::string& fatal_error) {
  try {
    IndexWriter writer(dir.shard_path(shard));
    SentenceSplitter splitter;
    auto indexed_hash = [&](const std::string& path) { return writer.file_hash(path); };
    auto last_commit = Clock::now();
    for (const SourceFile* file : files) {
      if (options.cancel && options.cancel->load()) break;
      PreparedFile prepared;
      try {
        prepared = prepare_file(*file, options.max_file_bytes, options.force, indexed_hash, splitter);
      } catch (const std::exception& e) {  // a bug or resource exhaustion: lose the file, not the run
        prepared = PreparedFile{};
        prepared.file = file;
        prepared.error = std::string("internal error: ") + e.what();
      }
      bool existed = false;
      if (prepared.error.empty() && !prepared.unchanged) {
        existed = writer.remove_file(file->path) > 0;
        for (const auto& d : prepared.documents) writer.put(d.doc, d.normalized, d.segments, d.extraction, prepared.content_hash);
      }
      state.finished(prepared, existed, prepared.documents.size(), start);
      if (seconds_since(last_commit) >= options.commit_seconds) {
        writer.commit();
        last_commit = Clock::now();
      }
    }
    writer.commit();
  } catch (const Xapian::Error& e) {
    fatal_error = dir.shard_path(shard) + ": " + e.get_description();
  } catch (const std::exception& e) {
    fatal_error = dir.shard_path(shard) + ": " + e.what();
  }
}

}  // namespace

BuildSummary build_index(const std::vector<std::string>& roots, const BuildOptions& options) {
  const auto start = Clock::now();
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  DatabaseDir dir(options.db_path);
  if (std::string err = dir.prepare(/*create=*/true, options.threads ? options.threads : cores); !err.empty()) {
    throw std::runtime_error(err);
  }
  Manifest manifest;
  if (std::string err = dir.read_manifest(manifest); !err.empty()) throw std::runtime_error(err);

  std::vector<std::string> walk_errors;
  const std::vector<SourceFile> files = collect_source_files(roots, walk_errors);
  BuildProgress progress;
  progress.files_total = files.size();
  for (const auto& f : files) progress.bytes_total += f.size;
  BuildState state(options, progress);

  std::vector<std::vector<const SourceFile*>> by_shard(manifest.shards);
  const std::vector<unsigned> route = route_files(dir, files, manifest.shards);
  for (std::size_t i = 0; i < files.size(); ++i) by_shard[route[i]].push_back(&files[i]);
  std::vector<std::string> fatal(manifest.shards);
  std::vector<std::thread> threads;
  for (unsigned s = 0; s < manifest.shards; ++s) {
    threads.emplace_back(build_shard, std::cref(dir), s, std::cref(by_shard[s]), std::cref(options),
                         std::ref(state), start, std::ref(fatal[s]));
  }
  for (auto& t : threads) t.join();
  for (const auto& e : fatal) {
    if (!e.empty()) throw std::runtime_error(e);
  }

  BuildSummary summary = state.summary();
  for (const auto& e : walk_errors) {
    if (options.on_error) options.on_error(e);
  }
  summary.failed += walk_errors.size();
  summary.interrupted = options.cancel && options.cancel->load();
  if (std::string err = dir.refresh_manifest(); !err.empty()) throw std::runtime_error(err);
  summary.database_documents = Xapian::Database(dir.xapian_path()).get_doccount();
  summary.seconds = seconds_since(start);
  if (!summary.interrupted) {
    // Now rather than at the first query, which should only load it. A
    // failure leaves the index whole; queries rebuild the snapshot then.
    GraphSnapshotUpdate graph;
    if (std::string err = update_graph_snapshot(dir, &graph); !err.empty() && options.on_warning) {
      options.on_warning(err);
    }
    summary.graph_vertices = graph.vertices;
    summary.graph_edges = graph.edges;
    summary.graph_seconds = graph.seconds;
  }
  return summary;
}

}  // namespace lexgraph
