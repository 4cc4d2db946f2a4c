#pragma once
// Stage 6: the relations of one document (schemas/predicates.json), from
// its sentences and its resolved entities. Two kinds of rules:
//  - structural (structural_relations.h): facts the document's form gives
//    without a verb — a citation is `cites`, "Treasury Secretary Scott
//    Bessent" is `holds_role`, the author of a slip opinion `authored` it,
//    a gazetteer parent is `part_of`;
//  - stated (stated_relations.h): facts a sentence states with a verb —
//    "two court orders have blocked ICE from acting upon any IRS data" —
//    respecting negation and modality, with coreference across sentences.
// Order entities are completed here too: kind, status, court, judge, date
// and case, from the text and the document's metadata.

#include "extract/extraction_context.h"
#include "resolve/entity.h"

namespace lexgraph {

// Fills `extraction.relations` (text order, duplicates merged) and the
// attributes of its order entities.
void extract_relations(const ExtractionContext& ctx, Extraction& extraction);

}  // namespace lexgraph
