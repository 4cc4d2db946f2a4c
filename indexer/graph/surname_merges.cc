#include "graph/surname_merges.h"

#include <string_view>

namespace lexgraph {

std::unordered_map<std::string, std::string> surname_merges(const std::vector<std::string>& ids) {
  // For every id, each of its proper suffixes that starts after a hyphen
  // ("judge:colleen-kollar-kotelly" -> "judge:kollar-kotelly",
  // "judge:kotelly") -> the full ids that end with it.
  std::unordered_map<std::string, std::vector<const std::string*>> by_suffix;
  for (const std::string& id : ids) {
    const bool person = id.starts_with("judge:") || id.starts_with("person:");
    if (!person) continue;
    const std::size_t colon = id.find(':');
    const std::string_view prefix = std::string_view(id).substr(0, colon + 1);
    for (std::size_t dash = id.find('-', colon); dash != std::string::npos; dash = id.find('-', dash + 1)) {
      std::string suffix = std::string(prefix) + id.substr(dash + 1);
      by_suffix[std::move(suffix)].push_back(&id);
    }
  }
  std::unordered_map<std::string, std::string> merges;
  for (const std::string& id : ids) {
    auto it = by_suffix.find(id);
    if (it == by_suffix.end() || it->second.size() != 1) continue;
    const std::string& full = *it->second.front();
    // A surname of four letters or fewer ("judge:day", "judge:lee") is too
    // common to stand for one person across a whole database.
    if (id.size() - id.find(':') - 1 <= 4) continue;
    merges.emplace(id, full);
  }
  // No chains: a target that is itself merged away stays where it is.
  for (auto it = merges.begin(); it != merges.end();) {
    if (merges.count(it->second)) it = merges.erase(it);
    else ++it;
  }
  return merges;
}

}  // namespace lexgraph
