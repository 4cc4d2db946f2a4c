#pragma once
// Resolves what a researcher types after agency:, statute:, case:,
// person:, org: or entity: to a canonical entity id, with the extractor
// that read the documents, so every spelling the documents allow works in
// queries too ("IRC 6103" = "26 U.S.C. § 6103" = statute:usc/26/6103).

#include <string>
#include <string_view>

namespace lexgraph {

// Canonical id, or "" when the text names no entity of that kind.
// `field` is the query field; "entity" accepts any type, and a value that
// already is an id ("agency:ice") is taken as it is.
std::string resolve_entity_value(std::string_view field, std::string_view text);

}  // namespace lexgraph
