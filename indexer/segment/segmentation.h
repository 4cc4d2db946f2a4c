#pragma once
// Stage 3 output: paragraphs and sentences as byte spans of the
// normalized text (end exclusive, surrounding whitespace excluded).

#include <cstddef>
#include <vector>

namespace lexgraph {

struct Paragraph {
  std::size_t start = 0;
  std::size_t end = 0;
};

struct Sentence {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t paragraph = 0;  // index into Segmentation::paragraphs
};

struct Segmentation {
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;  // in text order, each inside its paragraph
};

}  // namespace lexgraph
