#include <algorithm>

#include "normalize/normalizer.h"

namespace lexgraph {

void OffsetMap::add_anchor(std::size_t normalized_pos, std::size_t original_pos) {
  if (!anchors_.empty()) {
    Anchor& last = anchors_.back();
    if (last.normalized == normalized_pos) {
      last.original = original_pos;
      return;
    }
    // Text that moves in lockstep with the last anchor needs no new one.
    if (original_pos >= last.original &&
        original_pos - last.original == normalized_pos - last.normalized) {
      return;
    }
  } else if (normalized_pos == original_pos) {
    return;  // identity so far: an empty map already says that
  }
  anchors_.push_back({normalized_pos, original_pos});
}

std::size_t OffsetMap::to_original(std::size_t pos) const {
  auto after = std::upper_bound(
      anchors_.begin(), anchors_.end(), pos,
      [](std::size_t p, const Anchor& a) { return p < a.normalized; });
  if (after == anchors_.begin()) return pos;
  const Anchor& a = *(after - 1);
  std::size_t original = a.original + (pos - a.normalized);
  // Inside a replacement that grew (one invalid byte -> three bytes of
  // U+FFFD) lockstep would run past the next anchor; stop at it.
  if (after != anchors_.end()) original = std::min(original, after->original);
  return original;
}

}  // namespace lexgraph
