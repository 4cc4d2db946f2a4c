#pragma once
// Stage 5: ties mentions to canonical entities (docs/entity-ids.md).
// Extractors already give ids for what a gazetteer or a citation fixes
// (agencies, courts, statutes, cases); the resolver names the rest (judges,
// people, organizations) and merges a document's partial names into the
// full one: "Kollar-Kotelly" -> "Colleen Kollar-Kotelly" when one judge of
// that surname was named in full.

#include <string>
#include <string_view>
#include <vector>

#include "resolve/entity.h"

namespace lexgraph {

// `mentions` must be in text order. `text` is the normalized text.
// `document_id` names document-local entities (orders).
Extraction resolve_entities(std::vector<Mention> mentions, std::string_view text, std::string_view document_id);

// "Colleen Kollar-Kotelly" -> "colleen-kollar-kotelly": lower-case ASCII
// letters and digits, runs of anything else as one hyphen, accents kept
// as UTF-8 lower-cased by ASCII rules only.
std::string slug(std::string_view name);

}  // namespace lexgraph
