#pragma once
// "Zurich's motion is timely under Rule 24(a)", "summarily affirmed
// pursuant to Loc. R. 27.1": a ruling that decides something under a
// statute or rule in its own words applies it (document applies statute,
// low confidence). Not in quotations, parentheticals (the explanations of a
// citation), citation sentences ("See ..."), a party's argument or a
// hypothetical.

#include <cstddef>
#include <vector>

#include "extract/extraction_context.h"
#include "relate/relation.h"
#include "relate/sentence_words.h"

namespace lexgraph::relate {

// Appends `applies` relations of sentence `sentence` (its `words` and the
// entity slots `named` on them) to `out`. Does nothing for a document that
// is not a court's ruling.
void applied_law(const ExtractionContext& ctx, const std::vector<Word>& words, const std::vector<Slot>& named,
                 std::size_t sentence, std::vector<Relation>& out);

}  // namespace lexgraph::relate
