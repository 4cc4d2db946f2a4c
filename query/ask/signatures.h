#pragma once
// Who signed a document and in what office: a Federal Register notice or
// rule ends with its signature, the name on a line of its own and the office
// on the next ("Gary Taverman," / "Deputy Assistant Secretary for
// Antidumping and Countervailing Duty Operations."), which the segmenter
// keeps as one sentence. "Who signed the notice?" and "What title does the
// official who signed the rule hold?" are answered by it, though the
// sentence says neither "signed" nor anything else the question says.

#include <cstddef>
#include <utility>
#include <vector>

#include "ask/stored_document.h"

namespace lexgraph::ask {

struct Signature {
  std::size_t sentence = 0;
  const StoredEntity* signer = nullptr;            // a person of the document
  std::pair<std::size_t, std::size_t> name;        // in the sentence
  std::pair<std::size_t, std::size_t> office;      // in the sentence, without its final period
};

// The document's signatures: sentences that are a person's name, a comma, a
// line break and a capitalised office, and nothing more.
std::vector<Signature> signatures_of(const StoredDocument& doc);

}  // namespace lexgraph::ask
