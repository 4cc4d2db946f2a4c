#include "relate/relation_cues.h"

#include <algorithm>
#include <deque>

#include "extract/data_table.h"

namespace lexgraph::embedded {
extern const std::string_view data_relation_cues_tsv;
extern const std::string_view data_relation_predicates_tsv;
extern const std::string_view data_non_disclosures_tsv;
}  // namespace lexgraph::embedded

namespace lexgraph::relate {

namespace {

bool contains(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::vector<std::string> list_of(std::string_view field) {
  std::vector<std::string> out;
  if (field == "-") return out;
  for (std::string_view piece : split_list(field)) out.emplace_back(piece);
  return out;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

CueTable build() {
  CueTable table;
  DataTableRules rules;
  rules.filled_columns = DataTableRules::kAllColumns;
  DataTable predicates = parse_data_table(embedded::data_relation_predicates_tsv, "relation_predicates.tsv", rules);
  for (auto& p : predicates.problems) table.problems.push_back(std::move(p));
  for (const auto& row : predicates.rows) {
    PredicateTypes p;
    p.name = std::string(row[0]);
    p.subjects = list_of(row[1]);
    p.objects = list_of(row[2]);
    p.text_object = row[3] == "yes";
    if (row[4] != "-") p.opposite = std::string(row[4]);
    table.predicates.push_back(std::move(p));
  }
  DataTable cues = parse_data_table(embedded::data_relation_cues_tsv, "relation_cues.tsv", rules);
  for (auto& p : cues.problems) table.problems.push_back(std::move(p));
  for (const auto& row : cues.rows) {
    const PredicateTypes* predicate = table.predicate(row[1]);
    if (!predicate) {
      table.problems.push_back("relation_cues.tsv: unknown predicate " + std::string(row[1]));
      continue;
    }
    std::vector<std::string> words;
    std::string_view cue = row[0];
    while (!cue.empty()) {
      std::size_t space = cue.find(' ');
      words.emplace_back(cue.substr(0, space));
      if (space == std::string_view::npos) break;
      cue.remove_prefix(space + 1);
    }
    if (words.empty()) continue;
    Cue c;
    c.rest.assign(words.begin() + 1, words.end());
    c.predicate = predicate;
    const std::string_view frame = row[2];
    if (frame == "from") c.frame = CueFrame::from;
    else if (frame == "to") c.frame = CueFrame::to;
    else if (frame == "request") c.frame = CueFrame::request;
    else if (frame == "rely") c.frame = CueFrame::rely;
    else if (frame == "noun") c.frame = CueFrame::noun;
    else if (frame == "possessed") c.frame = CueFrame::possessed;
    c.objects = list_of(row[3]);
    std::vector<std::string> forms = list_of(row[4]);
    if (forms.empty()) forms = inflections(words[0]);
    for (const std::string& form : forms) table.by_form[form].push_back(c);
  }
  DataTable non_disclosures = parse_data_table(embedded::data_non_disclosures_tsv, "non_disclosures.tsv", rules);
  for (auto& p : non_disclosures.problems) table.problems.push_back(std::move(p));
  for (const auto& row : non_disclosures.rows) table.non_disclosures.emplace(row[0]);
  return table;
}

}  // namespace

bool PredicateTypes::subject_allows(std::string_view type) const { return contains(subjects, type); }
bool PredicateTypes::object_allows(std::string_view type) const { return contains(objects, type); }
bool Cue::object_allows(std::string_view type) const {
  return objects.empty() ? predicate->object_allows(type) : contains(objects, type);
}

const PredicateTypes* CueTable::predicate(std::string_view name) const {
  for (const PredicateTypes& p : predicates) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

const CueTable& cue_table() {
  static const CueTable table = build();
  return table;
}

std::vector<std::string> inflections(std::string_view verb) {
  std::string v(verb);
  std::vector<std::string> out{v};
  if (v.empty()) return out;
  const char last = v.back();
  const std::string stem = v.substr(0, v.size() - 1);
  if (last == 'e') {
    out.push_back(v + "s");
    out.push_back(v + "d");
    out.push_back(stem + "ing");
  } else if (last == 'y' && v.size() > 1 && !vowel(v[v.size() - 2])) {
    out.push_back(stem + "ies");
    out.push_back(stem + "ied");
    out.push_back(v + "ing");
  } else {
    const bool sibilant = last == 's' || last == 'x' || last == 'z' || v.ends_with("sh") || v.ends_with("ch");
    out.push_back(v + (sibilant ? "es" : "s"));
    // One short vowel before a final consonant doubles it: stop -> stopped.
    const bool doubles = v.size() >= 3 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
                         vowel(v[v.size() - 2]) && !vowel(v[v.size() - 3]) &&
                         (v.size() == 3 || v.size() == 4);
    const std::string base = doubles ? v + last : v;
    out.push_back(base + "ed");
    out.push_back(base + "ing");
  }
  return out;
}

}  // namespace lexgraph::relate
