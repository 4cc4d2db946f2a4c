#pragma once
// A lexgraph database is a directory:
//   manifest.json   format version, counts, build options (schemas/manifest.schema.json)
//   xapian/         the Xapian database: text, terms, stored documents
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
  std::string xapian_revision;  // revision of the Xapian database when written
};

class DatabaseDir {
 public:
  explicit DatabaseDir(std::string path) : path_(std::move(path)) {}

  const std::string& path() const { return path_; }
  std::string xapian_path() const { return path_ + "/xapian"; }
  std::string manifest_path() const { return path_ + "/manifest.json"; }

  // Makes sure the directory is a lexgraph database of our format,
  // creating it when `create` is true. Returns an error line, "" when ok.
  std::string prepare(bool create) const;

  // Reads the manifest; returns an error line, "" when ok.
  std::string read_manifest(Manifest& out) const;
  // Writes the manifest atomically (temporary file + rename).
  std::string write_manifest(const Manifest& manifest) const;

 private:
  std::string path_;
};

// Current UTC time as ISO 8601 ("2026-11-25T13:05:00Z").
std::string utc_now_iso();

}  // namespace lexgraph
