#pragma once
// Stage 4 extractors for the facts a text states in numbers and words:
//   figures  "approximately 42,695 times", "47,000 of the 1.28 million
//            people", "54 percent", "within 90 days", "not more than five
//            years"  (type "figure": value, unit, qualifier, bound)
//   money    "$430 billion", "about $1.1 million", "50 cents", "not less
//            than $1,000"  (type "money": value, currency, qualifier, bound)
//            bound: minimum | maximum | approximate | exact, what the
//            qualifier makes of the value (figure_qualifiers.tsv)
//   dates    "November 21, 2025", "11/21/2025", "in 2019", and relative ones
//            ("Thursday", "last April", "earlier this month") resolved
//            against Document::date (type "date": iso, relative, approximate,
//            role). role: what happened that day, from the words before
//            it (date_roles.tsv: "Approved March 10, 2017" -> approved,
//            "Effective Date: June 7, 2017" -> effective, "Filed 6-6-17" ->
//            filed) or a public law's masthead date (enacted)
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
