#pragma once
// Cross-document identity for people named by surname alone. Within a
// document the resolver already ties "Kollar-Kotelly" to "Colleen
// Kollar-Kotelly"; a document that only ever says "Judge Kollar-Kotelly"
// yields judge:kollar-kotelly. Across the database such an id is merged
// into the one full-name id of the same type ending in the same surname
// (judge:colleen-kollar-kotelly) — only when exactly one exists: with two
// Jacksons, "Jackson" stays as written.

#include <string>
#include <unordered_map>
#include <vector>

namespace lexgraph {

// `ids`: canonical entity ids ("judge:…", "person:…"; others are ignored).
// Returns surname-only id -> full-name id.
std::unordered_map<std::string, std::string> surname_merges(const std::vector<std::string>& ids);

}  // namespace lexgraph
