#include "ask/word_families.h"

#include <algorithm>

#include "ask/passage_shapes.h"
#include "ask/text_match.h"
#include "extract/data_table.h"

namespace lexgraph::embedded {
extern const std::string_view data_word_families_tsv;
}  // namespace lexgraph::embedded

namespace lexgraph::ask {

const std::vector<std::size_t>& WordFamilies::families_of(std::string_view lower_word) const {
  static const std::vector<std::size_t> kNone;
  auto it = by_stem.find(crude_stem(lower_word));
  return it == by_stem.end() ? kNone : it->second;
}

WordFamilies parse_word_families(std::string_view tsv) {
  WordFamilies out;
  DataTableRules rules;
  rules.columns = 1;
  rules.filled_columns = 1;
  DataTable table = parse_data_table(tsv, "word_families.tsv", rules);
  out.problems = std::move(table.problems);
  for (const auto& row : table.rows) {
    std::vector<std::string> family;
    for (std::string_view piece : split_list(row[0])) {
      std::string word = collapse_spaces(to_lower(piece));
      if (!word.empty() && std::find(family.begin(), family.end(), word) == family.end()) family.push_back(word);
    }
    if (family.size() < 2) {
      out.problems.push_back("word_families.tsv: a family of one word: " + std::string(row[0]));
      continue;
    }
    const std::size_t index = out.members.size();
    for (const auto& word : family) {
      if (word.find(' ') != std::string::npos) continue;  // phrases are matched as they stand
      auto& list = out.by_stem[crude_stem(word)];
      if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
    }
    out.members.push_back(std::move(family));
  }
  return out;
}

const WordFamilies& word_families() {
  static const WordFamilies kFamilies = parse_word_families(embedded::data_word_families_tsv);
  return kFamilies;
}

std::vector<ActiveFamily> families_in_question(const WordFamilies& families, std::string_view question,
                                               const std::vector<std::string>& terms) {
  std::vector<ActiveFamily> out;
  auto add = [&](const std::string& key, std::size_t family) {
    const bool known = std::any_of(out.begin(), out.end(), [&](const ActiveFamily& a) { return a.family == family; });
    if (!known) out.push_back(ActiveFamily{key, family});
  };
  for (const auto& t : terms) {
    for (std::size_t f : families.families_of(t)) add(crude_stem(t), f);
  }
  // Phrases ("went off", "turned down") as the question says them.
  for (std::size_t f = 0; f < families.members.size(); ++f) {
    for (const auto& m : families.members[f]) {
      if (m.find(' ') != std::string::npos && find_word(question, m, 0, /*fold=*/true) != std::string_view::npos) {
        add(m, f);
        break;
      }
    }
  }
  return out;
}

}  // namespace lexgraph::ask
