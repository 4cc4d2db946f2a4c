#pragma once
// What every extractor sees: the document's metadata, its normalized text
// and its sentences. Extractors only read it.

#include <string_view>

#include "document.h"
#include "segment/segmentation.h"

namespace lexgraph {

struct ExtractionContext {
  const Document& doc;         // metadata: date (for relative dates), court, kind
  std::string_view text;       // the normalized text (NormalizedText::text)
  const Segmentation& segments;
};

}  // namespace lexgraph
