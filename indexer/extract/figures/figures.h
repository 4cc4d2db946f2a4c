#pragma once
// Stage 4 extractors for the facts a text states in numbers and words:
//   figures  "approximately 42,695 times", "47,000 of the 1.28 million
//            people", "54 percent"  (type "figure": value, unit, qualifier)
//   money    "$430 billion", "about $1.1 million", "50 cents"
//            (type "money": value, currency, qualifier)
//   dates    "November 21, 2025", "11/21/2025", "in 2019", and relative ones
//            ("Thursday", "last April", "earlier this month") resolved
//            against Document::date (type "date": iso, relative, approximate)
//   orders   "a preliminary injunction", "two separate court orders",
//            "the Thursday ruling" (type "order": kind, status, negated,
//            requested, count)
// Numbers that point somewhere (citations, sections, pages, dockets,
// footnotes, record cites) are not figures. None of these mentions carries
// an entity id: figures, money and dates are their values, orders are
// linked later. Each function appends to `out`, never overlapping itself,
// and keeps no state between calls (thread-safe).

#include <vector>

#include "extract/extraction_context.h"
#include "extract/mention.h"

namespace lexgraph {

void extract_figures(const ExtractionContext& ctx, std::vector<Mention>& out);
void extract_dates(const ExtractionContext& ctx, std::vector<Mention>& out);
void extract_orders(const ExtractionContext& ctx, std::vector<Mention>& out);

}  // namespace lexgraph
