#include "build/builder.h"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>

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

// Shard a file always goes to: by its path, so that a changed file is
// replaced in the shard that holds the old version.
unsigned shard_of(const SourceFile& file, unsigned shards) {
  return static_cast<unsigned>(std::stoull(layout::file_key(file.path), nullptr, 16) % shards);
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
  for (const auto& f : files) by_shard[shard_of(f, manifest.shards)].push_back(&f);
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
