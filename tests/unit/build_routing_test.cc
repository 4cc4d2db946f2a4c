// Which shard the builder puts each file in (build/builder.cc): the same
// folder of documents gets the same shards and docids wherever it lies, so
// search ranks equal scores the same; and a file the database already holds
// is replaced in its own shard even when it comes back under another id.
#include <doctest/doctest.h>

#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "build/builder.h"
#include "store/index_layout.h"

using namespace lexgraph;
namespace fs = std::filesystem;

namespace {

class ScratchDir {
 public:
  ScratchDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() /
            ("lexgraph-routing-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Twelve short rulings in `folder/opinions/`: enough files that two shards
// chosen by chance would almost surely differ somewhere (2^-12).
void write_rulings(const fs::path& folder, const std::string& extra = "") {
  fs::create_directories(folder / "opinions");
  for (int i = 0; i < 12; ++i) {
    std::ofstream(folder / "opinions" / ("ruling-" + std::to_string(i) + ".txt"))
        << "Title: Ruling " << i << "\n\nThe court granted motion number " << i << ". " << extra << "\n";
  }
}

BuildSummary build(const fs::path& db, const fs::path& root) {
  BuildOptions options;
  options.db_path = db.string();
  options.threads = 2;
  BuildSummary summary = build_index({root.string()}, options);
  REQUIRE(summary.failed == 0);
  return summary;
}

// Xapian docid -> document id, over every shard.
std::map<Xapian::docid, std::string> ids_by_docid(const fs::path& db) {
  Xapian::Database xapian((db / "xapian").string());
  std::map<Xapian::docid, std::string> ids;
  const std::string prefix(layout::kIdPrefix);
  for (auto it = xapian.allterms_begin(prefix); it != xapian.allterms_end(prefix); ++it) {
    for (auto p = xapian.postlist_begin(*it); p != xapian.postlist_end(*it); ++p) ids[*p] = (*it).substr(prefix.size());
  }
  return ids;
}

}  // namespace

TEST_CASE("the same folder of documents gets the same docids wherever it lies") {
  ScratchDir tmp;
  write_rulings(tmp.path() / "here" / "rulings");
  write_rulings(tmp.path() / "there" / "deeper" / "rulings");
  build(tmp.path() / "db-here", tmp.path() / "here" / "rulings");
  build(tmp.path() / "db-there", tmp.path() / "there" / "deeper" / "rulings");
  const auto here = ids_by_docid(tmp.path() / "db-here");
  CHECK(here.size() == 12);
  CHECK(here == ids_by_docid(tmp.path() / "db-there"));
}

TEST_CASE("a file reached again through another root replaces its old version") {
  ScratchDir tmp;
  const fs::path corpus = tmp.path() / "corpus";
  write_rulings(corpus);
  REQUIRE(build(tmp.path() / "db", corpus).database_documents == 12);
  // Changed, and now named "opinions/..." rather than "corpus/opinions/...":
  // its new id may hash to the other shard; the old version must still go.
  write_rulings(corpus, "The order was affirmed.");
  const BuildSummary again = build(tmp.path() / "db", corpus / "opinions");
  CHECK(again.updated == 12);
  CHECK(again.added == 0);
  CHECK(again.database_documents == 12);
}
