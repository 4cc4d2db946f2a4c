#pragma once
// Relations a sentence states with a verb: enjoins, stays, vacates,
// grants, denies, finds_violation, violates, discloses_to, requests,
// signs, sues, appeals, affirms, reverses, remands, applies, interprets
// (schemas/predicates.json). Negation ("declined to issue") and modality
// ("would", "may", "if", "unlikely to") are respected; pronouns and
// definite descriptions ("she", "the agency", "Those preliminary
// injunctions", "the panel") are resolved to entities of earlier sentences.

#include <vector>

#include "extract/extraction_context.h"
#include "resolve/entity.h"

namespace lexgraph {

// Appends the stated relations of the document to `out`; may add
// attributes (status, action, date, court, judge) to the order entities
// of `extraction`.
void extract_stated_relations(const ExtractionContext& ctx, Extraction& extraction, std::vector<Relation>& out);

}  // namespace lexgraph
