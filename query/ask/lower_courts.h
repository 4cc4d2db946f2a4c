#pragma once
// The court an appellate ruling means by a court named by its kind: "This
// is an appeal from a decision of the tax court", "the district court
// dismissed the claim", "the court below". The extractor types none of
// these (they name no court by itself); the document does: the one court
// of that kind it names besides its own, in its caption when it names
// more than one.

#include <cstddef>
#include <string_view>
#include <vector>

#include "ask/passage_shapes.h"
#include "ask/stored_document.h"

namespace lexgraph::ask {

struct CourtReference {
  Span span;                   // "the tax court", bytes into the sentence
  const StoredEntity* court;   // one of doc.entities
};

// Each reference in `s` (a sentence of `doc`) that names the one court of
// its kind the document names apart from its own court.
std::vector<CourtReference> court_references(std::string_view s, const StoredDocument& doc);

}  // namespace lexgraph::ask
