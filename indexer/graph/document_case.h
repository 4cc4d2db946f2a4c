#pragma once
// Which case a document *is*: its metadata citation ("603 U.S. 369",
// "144 S. Ct. 2244") read by the case-citation extractor, so that the id is
// the one every other document's citations of it resolve to.

#include <string>

#include "document.h"

namespace lexgraph {

// The canonical case id ("case:us/603/369") of `doc.citation`, or "" when
// the citation is empty or names no case.
std::string case_id_of_citation(const Document& doc);

}  // namespace lexgraph
