// Which files a build reads, and the ids they get (build/source_files.h).

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "build/source_files.h"

using namespace lexgraph;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("lexgraph-sources-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

}  // namespace

TEST_CASE("source files: ids follow the folder as given, links included; hidden files and duplicates skipped") {
  TempDir tmp;
  write(tmp.path / "elsewhere" / "ruling.txt", "A ruling.");
  write(tmp.path / "corpus" / "news" / "report.txt", "A report.");
  write(tmp.path / "corpus" / ".hidden" / "skip.txt", "Not read.");
  // A file linked into the corpus (as `cp -s` makes them); directory links
  // are not followed by the walk.
  fs::create_symlink(tmp.path / "elsewhere" / "ruling.txt", tmp.path / "corpus" / "linked.txt");

  std::vector<std::string> errors;
  std::vector<SourceFile> files =
      collect_source_files({(tmp.path / "corpus").string(), (tmp.path / "elsewhere").string()}, errors);
  CHECK(errors.empty());
  std::vector<std::string> ids;
  for (const SourceFile& f : files) ids.push_back(f.id);
  std::sort(ids.begin(), ids.end());
  // The linked file keeps the id of the path it was found under, not its
  // target's, and is read once although two roots reach it.
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] == "corpus/linked.txt");
  CHECK(ids[1] == "corpus/news/report.txt");

  errors.clear();
  collect_source_files({(tmp.path / "missing").string()}, errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find("no such file or directory") != std::string::npos);
}
