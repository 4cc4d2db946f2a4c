#pragma once
// Orders are nodes: after the stated relations of a document are known,
// its order entities get what the text and the metadata say about them —
//  - "Those preliminary injunctions are still in place" refers to the orders
//    of the sentence before: their status and kind go to those orders;
//  - a ruling's own decretal words ("DHS will be PRELIMINARILY ENJOINED",
//    "the motion ... is GRANTED", "Affirmed.") are an order of that ruling:
//    the court, judge, date and docket of the document's metadata; the
//    dispositions of one ruling are one order per kind (the first one; the
//    others get same_as and their relations move to it);
//  - "Judge X issued a preliminary injunction": the order's court or judge.
// structural_relations.cc turns court/judge attributes into issued_by.

#include <vector>

#include "extract/extraction_context.h"
#include "resolve/entity.h"

namespace lexgraph {

void complete_order_attributes(const ExtractionContext& ctx, Extraction& extraction, std::vector<Relation>& stated);

}  // namespace lexgraph
