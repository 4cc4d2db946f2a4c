#pragma once
// Settles mentions that different extractors found on the same words.

#include <vector>

#include "extract/mention.h"

namespace lexgraph {

// Sorts mentions into text order and removes the ones that lose:
// - of two overlapping mentions of the same type, the shorter;
// - of two partly overlapping mentions of different types, the later-listed
//   type in kTypePriority (a case citation beats a figure inside it);
// - a mention nested inside a citation (case, statute, docket) unless it
//   is the court of a case citation's parenthetical — the numbers and
//   names inside a citation belong to the citation.
void settle_overlaps(std::vector<Mention>& mentions);

}  // namespace lexgraph
