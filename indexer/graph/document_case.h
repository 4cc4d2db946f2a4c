#pragma once
// Which case a document *is*: its metadata citation ("603 U.S. 369",
// "144 S. Ct. 2244") read by the case-citation extractor, or else its
// metadata docket number read by the docket extractor, so that the id is
// the one every other document's citations of it resolve to.

#include <string>

#include "document.h"

namespace lexgraph {

// The canonical case id ("case:us/603/369") of `doc.citation`, or "" when
// the citation is empty or names no case.
std::string case_id_of_citation(const Document& doc);

// The id of the case a document with a docket number in its metadata
// decides ("case:docket/1:25-cv-01101", as the docket extractor names a
// document's own case), or "" when `doc.docket` is no docket number.
std::string case_id_of_docket(const Document& doc);

}  // namespace lexgraph
