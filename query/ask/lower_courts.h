#pragma once
// The court an appellate ruling means by a court named by its kind: "This
// is an appeal from a decision of the tax court", "the district court
// dismissed the claim", "the court below". The extractor types none of
// these (they name no court by itself); the document does: the one court
// of that kind it names besides its own, in its caption when it names
// more than one.

#include <cstddef>
#include <optional>
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

// The court (or, on a petition for review, the agency) whose decision the
// document reviews, as its caption says: "ERROR TO THE CIRCUIT COURT OF THE
// UNITED STATES FOR THE DISTRICT OF INDIANA", "Appeal from the United States
// Tax Court", "ON WRIT OF CERTIORARI TO THE UNITED STATES COURT OF APPEALS
// FOR THE FIFTH CIRCUIT". `span`: bytes into doc.text. Nullopt when the
// caption names none.
struct ReviewedCourt {
  Span span;
  const StoredEntity* court;
};
std::optional<ReviewedCourt> reviewed_court(const StoredDocument& doc);

}  // namespace lexgraph::ask
