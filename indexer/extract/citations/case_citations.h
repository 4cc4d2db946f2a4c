#pragma once
// Case citations and docket numbers: the public surface of extract/citations.
//
//   extract_case_citations  "Loper Bright Enterprises v. Raimondo, 603 U.S. 369
//                           (2024)", parallel citations, short forms
//                           ("531 U.S., at 99"), "Id.", "supra" and references
//                           by name ("In Loper Bright, ...") -> mentions of type
//                           "case" whose entity is "case:<slug>/<volume>/<page>".
//   extract_dockets         "No. 25-5181", "Civil Action No. 19-2369 (KBJ)",
//                           "1:25-cv-01101" -> mentions of type "docket" whose
//                           entity is "docket:" + layout::docket_term(number).
//
// Both append to `out` and never throw; reporters and courts come from the
// data files extract/data/reporters.tsv and citation_courts.tsv.

#include <vector>

#include "extract/extraction_context.h"
#include "extract/mention.h"

namespace lexgraph {

void extract_case_citations(const ExtractionContext& ctx, std::vector<Mention>& out);
void extract_dockets(const ExtractionContext& ctx, std::vector<Mention>& out);

}  // namespace lexgraph
