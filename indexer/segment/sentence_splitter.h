#pragma once
// Stage 3: paragraphs and sentences of normalized text. ICU's sentence
// BreakIterator does the work; legal abbreviations (data file
// segment/legal_abbreviations.txt) keep "U.S.", "v.", "F. Supp. 2d",
// "Harry T. Edwards" and the like from ending a sentence.

#include <memory>
#include <string_view>

#include "segment/segmentation.h"

namespace lexgraph {

class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Not thread-safe (ICU iterators keep state): use one splitter per thread.
  Segmentation split(std::string_view normalized_text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lexgraph
