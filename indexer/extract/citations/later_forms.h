#pragma once
// Citation forms that point back to a case cited in full earlier:
//   id         "Id.", "id. at 120", "Ibid." -> the case cited last, unless a
//              record, statute or other authority was cited after it
//   supra      "Smith, supra, at 5" -> the earlier case whose party is Smith
//   reference  "In Loper Bright, the Court ...", "Amick at 795" -> the one
//              earlier case whose first party begins with those words

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/citations/citation_groups.h"

namespace lexgraph::citations {

struct LaterForm {
  std::string form;            // "id", "supra", "reference"
  std::size_t start = 0;
  std::size_t end = 0;
  std::string pin;
  std::string parenthetical;
  std::string antecedent;      // supra and reference: the name as written
  int group = -1;              // the case, an index into FirstPass::groups
};

std::vector<LaterForm> find_later_forms(std::string_view text, const FirstPass& first);

}  // namespace lexgraph::citations
