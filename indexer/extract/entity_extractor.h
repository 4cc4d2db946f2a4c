#pragma once
// Stages 4 and 5 together: run every extractor over a document, settle
// overlaps between them, and resolve mentions to entities.

#include "extract/extraction_context.h"
#include "resolve/entity.h"

namespace lexgraph {

// Thread-safe: extractors keep no state between calls.
Extraction extract_entities(const ExtractionContext& ctx);

}  // namespace lexgraph
