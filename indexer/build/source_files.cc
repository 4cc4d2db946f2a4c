#include "build/source_files.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace fs = std::filesystem;

namespace lexgraph {

namespace {

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// The folder name a root contributes to ids: "corpus/" -> "corpus".
std::string root_label(const fs::path& canonical_root) {
  std::string label = canonical_root.filename().string();
  return label.empty() ? std::string("root") : label;
}

}  // namespace

std::vector<SourceFile> collect_source_files(const std::vector<std::string>& roots,
                                             std::vector<std::string>& errors) {
  std::vector<SourceFile> files;
  std::set<std::string> seen;
  auto add = [&](const fs::path& file, std::string id) {
    std::string display = file.string();
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(fs::absolute(file, ec), ec);
    if (ec) {
      errors.push_back(file.string() + ": " + ec.message());
      return;
    }
    if (!seen.insert(canonical.string()).second) return;  // same file through two roots
    auto size = fs::file_size(canonical, ec);
    files.push_back({canonical.string(), std::move(id), std::move(display),
                     ec ? 0 : static_cast<std::uint64_t>(size)});
  };

  for (const auto& root_arg : roots) {
    std::error_code ec;
    fs::path root(root_arg);
    auto status = fs::status(root, ec);
    if (ec || !fs::exists(status)) {
      errors.push_back(root_arg + ": no such file or directory");
      continue;
    }
    fs::path canonical_root = fs::weakly_canonical(fs::absolute(root), ec);
    if (fs::is_regular_file(status)) {
      add(root, canonical_root.filename().string());
      continue;
    }
    if (!fs::is_directory(status)) {
      errors.push_back(root_arg + ": not a regular file or directory");
      continue;
    }
    const std::string label = root_label(canonical_root);
    std::vector<std::pair<std::string, fs::path>> found;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      errors.push_back(root_arg + ": " + ec.message());
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        errors.push_back(it->path().string() + ": " + ec.message());
        ec.clear();
        continue;
      }
      if (hidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      // Lexically: fs::relative follows symbolic links, and a linked file
      // would get an id naming the link's target ("corpus/../../elsewhere/x").
      std::string rel = it->path().lexically_relative(root).generic_string();
      if (rel.empty()) rel = it->path().filename().string();
      found.emplace_back(label + "/" + rel, it->path());
    }
    std::sort(found.begin(), found.end());
    for (auto& [id, path] : found) add(path, id);
  }
  return files;
}

}  // namespace lexgraph
