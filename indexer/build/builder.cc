#include "build/builder.h"

#include <xapian.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "build/prepared_file.h"
#include "build/source_files.h"
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

// Hands prepared files from the workers to the writer, holding at most
// `capacity` of them so memory stays bounded however large the run.
class PreparedQueue {
 public:
  explicit PreparedQueue(std::size_t capacity) : capacity_(capacity) {}

  void push(PreparedFile item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.push_back(std::move(item));
    not_empty_.notify_one();
  }

  // Returns false when every producer is done and the queue is empty.
  bool pop(PreparedFile& out) {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || producers_ == 0; });
    if (items_.empty()) return false;
    out = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return true;
  }

  void add_producer() {
    std::lock_guard lock(mu_);
    ++producers_;
  }
  void producer_done() {
    std::lock_guard lock(mu_);
    --producers_;
    not_empty_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<PreparedFile> items_;
  std::size_t capacity_;
  int producers_ = 0;
};

std::uint64_t count_files(const Xapian::Database& db) {
  std::uint64_t n = 0;
  const std::string prefix(layout::kFilePrefix);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) ++n;
  return n;
}

}  // namespace

BuildSummary build_index(const std::vector<std::string>& roots, const BuildOptions& options) {
  const auto start = Clock::now();
  BuildSummary summary;
  auto report_error = [&](const std::string& line) {
    if (options.on_error) options.on_error(line);
  };
  auto report_warning = [&](const std::string& line) {
    if (options.on_warning) options.on_warning(line);
  };

  DatabaseDir dir(options.db_path);
  if (std::string err = dir.prepare(/*create=*/true); !err.empty()) throw std::runtime_error(err);

  std::vector<std::string> walk_errors;
  const std::vector<SourceFile> files = collect_source_files(roots, walk_errors);
  for (const auto& e : walk_errors) report_error(e);
  summary.failed += walk_errors.size();

  BuildProgress progress;
  progress.files_total = files.size();
  for (const auto& f : files) progress.bytes_total += f.size;

  IndexWriter writer(dir.xapian_path());
  writer.commit();  // so that workers can open a reader even on a new database

  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(files.size(), 1))));
  PreparedQueue queue(2 * threads);
  std::atomic<std::size_t> next{0};
  auto cancelled = [&] { return options.cancel && options.cancel->load(); };

  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) queue.add_producer();
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      SentenceSplitter splitter;
      Xapian::Database reader(dir.xapian_path());
      auto indexed_hash = [&](const std::string& path) {
        const std::string term = std::string(layout::kFilePrefix) + layout::file_key(path);
        auto it = reader.postlist_begin(term);
        if (it == reader.postlist_end(term)) return std::string();
        return reader.get_document(*it).get_value(layout::kContentHashSlot);
      };
      for (std::size_t i; !cancelled() && (i = next.fetch_add(1)) < files.size();) {
        PreparedFile prepared;
        try {
          prepared = prepare_file(files[i], options.max_file_bytes, options.force, indexed_hash, splitter);
        } catch (const std::exception& e) {  // a bug or resource exhaustion: lose the file, not the run
          prepared = PreparedFile{};
          prepared.file = &files[i];
          prepared.error = std::string("internal error: ") + e.what();
        }
        queue.push(std::move(prepared));
      }
      queue.producer_done();
    });
  }

  auto last_commit = Clock::now();
  PreparedFile prepared;
  while (queue.pop(prepared)) {
    const SourceFile& file = *prepared.file;
    for (const auto& w : prepared.warnings) report_warning(file.display + ": " + w);
    if (!prepared.error.empty()) {
      report_error(file.display + ": " + prepared.error);
      ++summary.failed;
    } else if (prepared.unchanged) {
      ++summary.unchanged;
    } else if (!cancelled()) {
      const bool existed = writer.remove_file(file.path) > 0;
      for (const auto& d : prepared.documents) {
        writer.put(d.doc, d.normalized, d.segments, prepared.content_hash);
        ++summary.documents_written;
      }
      ++(existed ? summary.updated : summary.added);
    }
    summary.bytes += file.size;
    progress.files_done++;
    progress.bytes_done += file.size;
    progress.seconds = seconds_since(start);
    if (options.on_progress) options.on_progress(progress);
    if (seconds_since(last_commit) >= options.commit_seconds) {
      writer.commit();
      last_commit = Clock::now();
    }
  }
  for (auto& w : workers) w.join();
  writer.commit();
  summary.interrupted = cancelled();

  Xapian::Database db(dir.xapian_path());
  summary.database_documents = db.get_doccount();
  Manifest manifest;
  if (std::string err = dir.read_manifest(manifest); !err.empty()) throw std::runtime_error(err);
  manifest.updated = utc_now_iso();
  manifest.documents = db.get_doccount();
  manifest.files = count_files(db);
  manifest.xapian_revision = std::to_string(db.get_revision());
  if (std::string err = dir.write_manifest(manifest); !err.empty()) throw std::runtime_error(err);
  summary.seconds = seconds_since(start);
  return summary;
}

}  // namespace lexgraph
