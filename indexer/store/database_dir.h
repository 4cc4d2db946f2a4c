#pragma once
// A lexgraph database is a directory:
//   manifest.json   format version, counts, build options (schemas/manifest.schema.json)
//   xapian/         the Xapian database: a stub file (XAPIANDB) listing the
//                   shards shard-0 ... shard-N-1, each a Xapian glass database.
//                   Opening xapian/ opens every shard as one database.
// See docs/database.md for the layout and why it is so.

#include <cstdint>
#include <string>

namespace lexgraph {

struct Manifest {
  int format_version = 0;
  std::string created;       // ISO 8601 UTC
  std::string updated;       // ISO 8601 UTC
  std::uint64_t documents = 0;
  std::uint64_t files = 0;
  unsigned shards = 0;          // fixed when the database is created
  std::string xapian_revision;  // revisions of the shards when written ("12,11"), see revision_stamp()
};

class DatabaseDir {
 public:
  explicit DatabaseDir(std::string path) : path_(std::move(path)) {}

  const std::string& path() const { return path_; }
  // Open this with Xapian::Database to search every shard at once.
  std::string xapian_path() const { return path_ + "/xapian"; }
  std::string shard_path(unsigned shard) const { return xapian_path() + "/shard-" + std::to_string(shard); }
  std::string manifest_path() const { return path_ + "/manifest.json"; }

  // Makes sure the directory is a lexgraph database of our format,
  // creating it (with `shards_if_new` shards) when `create` is true.
  // Returns an error line, "" when ok.
  std::string prepare(bool create, unsigned shards_if_new = 1) const;

  // Reads the manifest; returns an error line, "" when ok.
  std::string read_manifest(Manifest& out) const;
  // The shards' current revisions, "r0,r1,...": changes whenever any
  // shard commits, so derived data stamped with it can tell it is stale.
  std::string revision_stamp(unsigned shards) const;

  // Brings the manifest's counts and revision up to date with the shards.
  std::string refresh_manifest() const;

  // Writes the manifest atomically (temporary file + rename).
  std::string write_manifest(const Manifest& manifest) const;

 private:
  std::string create(unsigned shards) const;
  std::string path_;
};

// Current UTC time as ISO 8601 ("2026-11-25T13:05:00Z").
std::string utc_now_iso();

}  // namespace lexgraph
