#pragma once
// How a court disposed of the judgment before it: "The judgment is reversed
// and the case remanded", "we affirm", "Affirmed.", "the Tenth Circuit
// reversed". A researcher asks "What did the Tenth Circuit do with the
// district court's judgment?", "How did the appeals court dispose of the
// dismissal?", "What became of the lower court's decision?": the answer is
// the disposition, which no entity names.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexgraph::ask {

struct Disposition {
  std::pair<std::size_t, std::size_t> span;  // the disposing words in the sentence
  std::string text;                          // as participles: "reversed and remanded", "summarily affirmed"
  bool own = false;  // the court's own decree ("we affirm", "is reversed", "Affirmed."), not another court's
};

// The dispositions a sentence states. `courts` are names of the court asked
// about: "the Tenth Circuit reversed" counts only for one of them.
std::vector<Disposition> dispositions_in(std::string_view sentence, const std::vector<std::string>& courts = {});

}  // namespace lexgraph::ask
