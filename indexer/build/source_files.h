#pragma once
// The files a build covers: every regular file under the given roots
// (hidden files and folders skipped), in a stable order.

#include <cstdint>
#include <string>
#include <vector>

namespace lexgraph {

struct SourceFile {
  std::string path;       // canonical absolute path: the file's identity in the database
  std::string id;         // document id: root folder name + path inside it ("corpus/news/a.txt")
  std::string display;    // the path as the user named it, for messages
  std::uint64_t size = 0;
};

// Collects files under `roots` (files or directories). Problems (a root
// that does not exist, an unreadable folder) are appended to `errors` as
// one line each; the rest is still collected.
std::vector<SourceFile> collect_source_files(const std::vector<std::string>& roots,
                                             std::vector<std::string>& errors);

}  // namespace lexgraph
