#include "extract/overlaps.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace lexgraph {

namespace {

// Earlier wins a partial overlap between types.
constexpr std::array<std::string_view, 12> kTypePriority = {
    "case", "statute", "docket", "court", "judge", "agency", "organization", "person", "order", "money", "figure", "date"};

int priority(const std::string& type) {
  auto it = std::find(kTypePriority.begin(), kTypePriority.end(), type);
  return static_cast<int>(it - kTypePriority.begin());
}

bool is_citation(const std::string& type) { return type == "case" || type == "statute" || type == "docket"; }

bool nested(const Mention& inner, const Mention& outer) {
  return outer.start <= inner.start && inner.end <= outer.end && (outer.end - outer.start) > (inner.end - inner.start);
}

// Does `a` beat `b` when they overlap?
bool beats(const Mention& a, const Mention& b) {
  if (a.type == b.type) return (a.end - a.start) >= (b.end - b.start);
  if (nested(b, a)) return is_citation(a.type) && !(a.type == "case" && b.type == "court");
  if (nested(a, b)) return !(is_citation(b.type) && !(b.type == "case" && a.type == "court"));
  return priority(a.type) <= priority(b.type);
}

bool conflicting(const Mention& a, const Mention& b) {
  if (a.end <= b.start || b.end <= a.start) return false;
  if (a.type != b.type && (nested(a, b) || nested(b, a))) {
    // Nesting across types is allowed unless the outer one is a citation.
    const Mention& outer = nested(a, b) ? b : a;
    const Mention& inner = nested(a, b) ? a : b;
    return is_citation(outer.type) && !(outer.type == "case" && inner.type == "court");
  }
  return true;
}

}  // namespace

void settle_overlaps(std::vector<Mention>& mentions) {
  // Sort small keys rather than whole mentions (a map and strings each);
  // std::sort makes the same moves whatever it sorts, so ties keep the
  // order they would have had.
  struct Key {
    std::size_t start, end;
    int priority;
    std::size_t index;
  };
  std::vector<Key> keys(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    keys[i] = {mentions[i].start, mentions[i].end, priority(mentions[i].type), i};
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;
    return a.priority < b.priority;
  });
  auto at = [&](std::size_t k) -> const Mention& { return mentions[keys[k].index]; };
  std::vector<bool> dropped(keys.size(), false);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (dropped[i]) continue;
    for (std::size_t j = i + 1; j < keys.size() && keys[j].start < keys[i].end; ++j) {
      if (dropped[j] || !conflicting(at(i), at(j))) continue;
      if (beats(at(i), at(j))) {
        dropped[j] = true;
      } else {
        dropped[i] = true;
        break;
      }
    }
  }
  std::vector<Mention> kept;
  kept.reserve(keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (!dropped[k]) kept.push_back(std::move(mentions[keys[k].index]));
  }
  mentions = std::move(kept);
}

}  // namespace lexgraph
