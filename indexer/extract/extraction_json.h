#pragma once
// `lexindex extract --json`: one document's extraction as JSON
// (schemas/extraction.schema.json). Offsets are UTF-8 byte offsets into
// the input as given: into the file for text formats, into the document's
// extracted text (included as "text") for formats whose text is derived.

#include <string>

#include "document.h"
#include "normalize/normalizer.h"
#include "resolve/entity.h"
#include "segment/segmentation.h"

namespace lexgraph {

std::string extraction_json(const Document& doc, const NormalizedText& normalized, const Segmentation& segments,
                            const Extraction& extraction, bool pretty = false);

// Maps a span of the normalized text to the input as given (see above).
struct SourceSpan {
  std::size_t start = 0, end = 0;
};
SourceSpan source_span(const Document& doc, const NormalizedText& normalized, std::size_t start, std::size_t end);

// Index of the sentence holding byte `pos` of the normalized text (the
// nearest one before it when `pos` falls between sentences).
std::size_t sentence_at(const Segmentation& segments, std::size_t pos);

}  // namespace lexgraph
