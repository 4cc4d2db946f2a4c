#include "relate/stated_relations.h"

namespace lexgraph {

// Being written (issue 4): verb-stated relations.
void extract_stated_relations(const ExtractionContext&, Extraction&, std::vector<Relation>&) {}

}  // namespace lexgraph
