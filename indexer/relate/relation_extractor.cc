#include "relate/relation_extractor.h"

#include <algorithm>
#include <tuple>

#include "relate/stated_relations.h"
#include "relate/structural_relations.h"

namespace lexgraph {

namespace {

// Two rules may state the same fact from the same sentence (a citation
// that is also "applied"; "blocked ICE" seen by two patterns): keep one,
// the more confident.
void merge_duplicates(std::vector<Relation>& relations) {
  auto key = [](const Relation& r) {
    return std::tie(r.sentence, r.subject, r.predicate, r.object, r.object_text);
  };
  std::stable_sort(relations.begin(), relations.end(), [&](const Relation& a, const Relation& b) {
    if (key(a) != key(b)) return key(a) < key(b);
    return a.confidence > b.confidence;
  });
  relations.erase(std::unique(relations.begin(), relations.end(),
                              [&](const Relation& a, const Relation& b) { return key(a) == key(b); }),
                  relations.end());
  std::stable_sort(relations.begin(), relations.end(), [](const Relation& a, const Relation& b) {
    return std::tie(a.sentence, a.start) < std::tie(b.sentence, b.start);
  });
}

}  // namespace

void extract_relations(const ExtractionContext& ctx, Extraction& extraction) {
  std::vector<Relation> relations;
  extract_stated_relations(ctx, extraction, relations);
  extract_structural_relations(ctx, extraction, relations);
  merge_duplicates(relations);
  extraction.relations = std::move(relations);
}

}  // namespace lexgraph
