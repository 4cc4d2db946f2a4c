#include "graph/graph_snapshot.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xapian.h>

#include <atomic>
#include <chrono>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <system_error>

#include "graph/snapshot_format.h"

namespace fs = std::filesystem;

namespace lexgraph {

namespace {

// Snapshots larger than this are not ours (a graph of millions of edges
// stays far below): refuse before allocating.
constexpr std::uintmax_t kMaxSnapshotBytes = std::uintmax_t(4) << 30;

// The index's current stamp, computed before the graph is built: a commit
// landing while we read makes the graph newer than its stamp, which only
// means the next query rebuilds it, never that stale facts are served.
std::string current_revision(const DatabaseDir& db, std::string& revision) {
  if (std::string err = db.prepare(/*create=*/false); !err.empty()) return err;
  Manifest manifest;
  if (std::string err = db.read_manifest(manifest); !err.empty()) return err;
  try {
    revision = db.revision_stamp(manifest.shards);
  } catch (const Xapian::Error& e) {
    return db.xapian_path() + ": " + e.get_description();
  }
  return {};
}

// The snapshot's bytes, mapped rather than read: a query process then
// neither zero-fills nor copies a buffer the size of the file, and
// MAP_POPULATE maps the cached pages in one go instead of fault by fault.
class MappedFile {
 public:
  MappedFile() = default;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile() {
    if (data_) ::munmap(data_, size_);
  }

  std::string open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return path + ": no graph snapshot (" + std::strerror(errno) + ")";
    struct stat st {};
    std::string err;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      err = path + ": not a graph snapshot file";
    } else if (static_cast<std::uintmax_t>(st.st_size) > kMaxSnapshotBytes) {
      err = path + ": too large for a graph snapshot";
    } else if (st.st_size > 0) {
      void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
      if (p == MAP_FAILED) {
        err = path + ": cannot map: " + std::strerror(errno);
      } else {
        data_ = p;
        size_ = static_cast<std::size_t>(st.st_size);
      }
    }
    ::close(fd);
    return err;
  }
  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

// Where open_graph and update_graph_snapshot differ: whether a failure to
// save is an error.
std::string refresh(const DatabaseDir& db, KnowledgeGraph& out, bool save_must_succeed, GraphSnapshotUpdate& info) {
  const auto start = std::chrono::steady_clock::now();
  std::string revision;
  if (std::string err = current_revision(db, revision); !err.empty()) return err;
  std::string result;
  if (!load_graph_snapshot(db, revision, out).empty()) {
    if (std::string err = build_graph(db, out); !err.empty()) return err;
    info.rebuilt = true;
    if (std::string err = save_graph_snapshot(db, out, revision); !err.empty() && save_must_succeed) result = err;
  }
  info.vertices = out.vertex_count();
  info.edges = out.edge_count();
  std::error_code ec;
  info.bytes = fs::file_size(graph_snapshot_path(db), ec);
  if (ec) info.bytes = 0;
  info.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace

std::string graph_snapshot_path(const DatabaseDir& db) { return db.path() + "/graph.snapshot"; }

std::string save_graph_snapshot(const DatabaseDir& db, const KnowledgeGraph& graph, const std::string& revision) {
  const std::string path = graph_snapshot_path(db);
  // A name of our own: two processes rebuilding at once must not write
  // into one temporary file; the rename makes the whole file appear at once.
  static std::atomic<unsigned> counter{0};
  const std::string tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  std::string bytes;
  try {
    bytes = encode_graph_snapshot(graph, revision);
  } catch (const std::bad_alloc&) {
    return path + ": out of memory encoding the graph";
  }
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return tmp + ": cannot write";
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::remove(tmp.c_str());
      return tmp + ": cannot write";
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    std::remove(tmp.c_str());
    return path + ": cannot replace: " + ec.message();
  }
  return {};
}

std::string load_graph_snapshot(const DatabaseDir& db, const std::string& revision, KnowledgeGraph& out) {
  const std::string path = graph_snapshot_path(db);
  // A file truncated while mapped would fault on access; snapshots are
  // only ever replaced by rename, never truncated in place.
  MappedFile file;
  if (std::string err = file.open(path); !err.empty()) {
    out = KnowledgeGraph{};
    return err;
  }
  std::string error;
  try {
    if (decode_graph_snapshot(file.bytes(), revision, out, error) == SnapshotDecode::ok) return {};
  } catch (const std::bad_alloc&) {
    out = KnowledgeGraph{};
    error = "out of memory";
  }
  return path + ": " + error;
}

std::string open_graph(const DatabaseDir& db, KnowledgeGraph& out, bool* rebuilt) {
  GraphSnapshotUpdate info;
  std::string err;
  try {
    err = refresh(db, out, /*save_must_succeed=*/false, info);
  } catch (const std::exception& e) {  // a bug or resource exhaustion: an error line, not a crash
    out = KnowledgeGraph{};
    err = graph_snapshot_path(db) + ": " + e.what();
  }
  if (rebuilt) *rebuilt = info.rebuilt;
  return err;
}

std::string update_graph_snapshot(const DatabaseDir& db, GraphSnapshotUpdate* info) {
  KnowledgeGraph graph;
  GraphSnapshotUpdate local;
  std::string err;
  try {
    err = refresh(db, graph, /*save_must_succeed=*/true, local);
  } catch (const std::exception& e) {
    err = graph_snapshot_path(db) + ": " + e.what();
  }
  if (info) *info = local;
  return err;
}

}  // namespace lexgraph
