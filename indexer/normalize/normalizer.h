#pragma once
// Stage 2: normalize a document body for analysis while keeping the way
// back. Every later stage works on NormalizedText::text; evidence offsets
// are mapped back to the original with OffsetMap so that they point into
// what the user gave us.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {

// Maps byte offsets in the normalized text to byte offsets in the original.
class OffsetMap {
 public:
  // Original byte offset of normalized byte offset `pos` (0 <= pos <= size
  // of the normalized text; `size` maps to the end of the original).
  std::size_t to_original(std::size_t pos) const;

  // Records that normalized text from `normalized_pos` on corresponds to
  // original text from `original_pos` on (called in increasing order).
  void add_anchor(std::size_t normalized_pos, std::size_t original_pos);

 private:
  struct Anchor {
    std::size_t normalized;
    std::size_t original;
  };
  std::vector<Anchor> anchors_;
};

struct NormalizedText {
  std::string text;    // valid UTF-8, NFC, see normalizer.cc for the rules
  OffsetMap offsets;   // normalized -> original
};

// Never fails: invalid UTF-8 sequences become U+FFFD.
NormalizedText normalize(std::string_view original);

}  // namespace lexgraph
