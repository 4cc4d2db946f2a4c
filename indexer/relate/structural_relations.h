#pragma once
// Relations the document's form gives without a verb: cites (document ->
// statute or case), holds_role (person -> body, from "Treasury Secretary
// Scott Bessent"), part_of (agency -> parent agency, from the gazetteer),
// member_of (judge -> court), authored / presides_over (from the
// document's judges and the opinion's author line), party_to (parties of
// the case named in the caption), issued_by (order -> court, judge).

#include <vector>

#include "extract/extraction_context.h"
#include "resolve/entity.h"

namespace lexgraph {

void extract_structural_relations(const ExtractionContext& ctx, Extraction& extraction, std::vector<Relation>& out);

}  // namespace lexgraph
