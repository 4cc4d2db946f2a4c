#include "extract/names/institution_gazetteer.h"

#include <algorithm>

#include "extract/data_table.h"
#include "extract/names/names.h"

namespace lexgraph::embedded {
extern const std::string_view data_courts_tsv;
extern const std::string_view data_agencies_tsv;
extern const std::string_view data_organization_names_tsv;
extern const std::string_view data_us_states_tsv;
}  // namespace lexgraph::embedded

namespace lexgraph::names {

namespace {

// The name lists may leave trailing columns out; a row needs its first.
constexpr DataTableRules kNameDataRules{.pad_short_rows = true, .filled_columns = 1};

bool starts_with_word(std::string_view s, std::string_view word) {
  return s.size() > word.size() && s.substr(0, word.size()) == word && s[word.size()] == ' ';
}

// Federal court names people write with "U.S." or "United States" in front.
bool takes_us_prefix(std::string_view alias) {
  for (std::string_view lead : {"Court", "District", "Bankruptcy", "Circuit", "Supreme", "Tax"})
    if (starts_with_word(alias, lead)) return true;
  return false;
}

}  // namespace

const InstitutionGazetteer& InstitutionGazetteer::instance() {
  static const InstitutionGazetteer gazetteer;
  return gazetteer;
}

InstitutionGazetteer::InstitutionGazetteer() {
  load_courts();
  load_agencies();
  load_organizations();
  load_states();
  trie_.freeze();
  states_.freeze();
}

std::uint32_t InstitutionGazetteer::add_institution(Institution institution) {
  institutions_.push_back(std::move(institution));
  return static_cast<std::uint32_t>(institutions_.size() - 1);
}

void InstitutionGazetteer::add_form(std::string_view written, std::uint32_t institution,
                                    bool acronym, bool us_prefixes) {
  InstitutionForm form;
  form.institution = institution;
  form.acronym = acronym;
  if (!written.empty() && written.front() == '!') {
    form.strict = true;
    written.remove_prefix(1);
  }
  if (!written.empty() && written.front() == '(') {
    form.parenthetical = true;
    written.remove_prefix(1);
  }
  if (std::size_t at = written.find('@'); at != std::string_view::npos) {
    form.required_word = std::string(written.substr(at + 1));
    written = written.substr(0, at);
  }
  if (written.empty()) return;
  form.final_period = written.back() == '.';
  auto add = [&](std::string_view phrase) {
    forms_.push_back(form);
    trie_.add(phrase, static_cast<std::uint32_t>(forms_.size() - 1), acronym);
  };
  add(written);
  if (us_prefixes && !acronym) {
    add("U.S. " + std::string(written));
    add("United States " + std::string(written));
  }
}

void InstitutionGazetteer::load_courts() {
  DataTable table = parse_data_table(embedded::data_courts_tsv, "courts.tsv", kNameDataRules);
  problems_.insert(problems_.end(), table.problems.begin(), table.problems.end());
  for (const auto& row : table.rows) {
    if (row.size() < 5) continue;
    Institution court;
    court.kind = InstitutionKind::court;
    court.id = std::string(row[0]);
    court.entity = "court:" + court.id;
    court.level = std::string(row[1]);
    court.name = std::string(row[2]);
    const bool federal = court.level != "state";
    std::uint32_t index = add_institution(std::move(court));
    add_form(row[2], index, false, false);
    for (std::string_view alias : split_list(row[3])) {
      std::string_view bare = alias.front() == '!' ? alias.substr(1) : alias;
      add_form(alias, index, false, federal && takes_us_prefix(bare));
    }
    for (std::string_view abbreviation : split_list(row[4])) add_form(abbreviation, index, true, false);
    ++court_count_;
  }
}

void InstitutionGazetteer::load_agencies() {
  DataTable table = parse_data_table(embedded::data_agencies_tsv, "agencies.tsv", kNameDataRules);
  problems_.insert(problems_.end(), table.problems.begin(), table.problems.end());
  for (const auto& row : table.rows) {
    if (row.size() < 5) continue;
    Institution agency;
    agency.kind = InstitutionKind::agency;
    agency.id = std::string(row[0]);
    agency.entity = "agency:" + agency.id;
    agency.parent = std::string(row[1]);
    agency.name = std::string(row[2]);
    std::uint32_t index = add_institution(std::move(agency));
    add_form(row[2], index, false, true);
    for (std::string_view alias : split_list(row[3])) add_form(alias, index, false, alias.front() != '!');
    for (std::string_view acronym : split_list(row[4])) add_form(acronym, index, true, false);
    ++agency_count_;
  }
  for (const Institution& a : institutions_)
    if (a.kind == InstitutionKind::agency && !a.parent.empty() &&
        find(InstitutionKind::agency, a.parent) < 0)
      problems_.push_back("agencies.tsv: " + a.id + " has unknown parent " + a.parent);
}

void InstitutionGazetteer::load_organizations() {
  DataTable table = parse_data_table(embedded::data_organization_names_tsv, "organization_names.tsv", kNameDataRules);
  problems_.insert(problems_.end(), table.problems.begin(), table.problems.end());
  for (const auto& row : table.rows) {
    if (row.size() < 4) continue;
    Institution org;
    org.kind = InstitutionKind::organization;
    org.id = std::string(row[0]);
    org.entity = "org:" + org.id;
    org.name = std::string(row[1]);
    std::uint32_t index = add_institution(std::move(org));
    add_form(row[1], index, false, false);
    for (std::string_view alias : split_list(row[2])) add_form(alias, index, false, false);
    for (std::string_view acronym : split_list(row[3])) add_form(acronym, index, true, false);
  }
}

void InstitutionGazetteer::load_states() {
  DataTable table = parse_data_table(embedded::data_us_states_tsv, "us_states.tsv", kNameDataRules);
  problems_.insert(problems_.end(), table.problems.begin(), table.problems.end());
  std::uint32_t n = 0;
  for (const auto& row : table.rows) {
    states_.add(row[0], n++, false);
    state_names_.emplace_back(row[0]);
    if (row.size() > 1 && row[1].size() == 2) state_postals_.emplace_back(row[1]);
  }
  std::sort(state_postals_.begin(), state_postals_.end());
  std::sort(state_names_.begin(), state_names_.end());
}

bool InstitutionGazetteer::is_state_name(std::string_view name) const {
  return std::binary_search(state_names_.begin(), state_names_.end(), name);
}

bool InstitutionGazetteer::is_state_postal(std::string_view word) const {
  return word.size() == 2 && std::binary_search(state_postals_.begin(), state_postals_.end(), word);
}

int InstitutionGazetteer::find(InstitutionKind kind, std::string_view id) const {
  for (std::size_t i = 0; i < institutions_.size(); ++i)
    if (institutions_[i].kind == kind && institutions_[i].id == id) return static_cast<int>(i);
  return -1;
}

// The institution of `kind` that `text` names as a whole ("ICE", "the D.C.
// Circuit", "9th Cir."), or nullptr. Typed queries are forgiving: context
// words are not required and a lone acronym may be typed in lower case.
const Institution* institution_named(std::string_view text, InstitutionKind kind) {
  const InstitutionGazetteer& g = InstitutionGazetteer::instance();
  std::string squeezed = squeeze_spaces(text);
  std::string_view t = squeezed;
  if (t.size() > 4 && iequals(t.substr(0, 4), "the ")) t.remove_prefix(4);
  std::string_view prefix = kind == InstitutionKind::court ? "court:" : "agency:";
  std::string_view id = t;
  if (id.size() > prefix.size() && iequals(id.substr(0, prefix.size()), prefix)) id.remove_prefix(prefix.size());
  for (const std::string& candidate : {std::string(id), to_lower(id)}) {
    int index = g.find(kind, candidate);
    if (index >= 0) return &g.institution(static_cast<std::size_t>(index));
  }
  for (int pass = 0; pass < 2; ++pass) {
    // Second pass: an all-lower-case acronym ("ice") read as upper case.
    std::string attempt(t);
    if (pass == 1) {
      if (attempt.find(' ') != std::string::npos) break;
      for (char& c : attempt) c = is_ascii_lower(c) ? static_cast<char>(c & ~0x20) : c;
    }
    std::vector<Word> words = split_words(attempt);
    if (words.empty()) continue;
    std::vector<PhraseTrie::Match> matches;
    g.trie().matches_at(attempt, words, 0, matches);
    for (const PhraseTrie::Match& m : matches) {
      if (m.words != words.size()) continue;
      const Institution& inst = g.institution(g.form(m.value).institution);
      if (inst.kind == kind) return &inst;
    }
  }
  return nullptr;
}

std::string document_court_id(std::string_view court_metadata) {
  std::string_view m = court_metadata;
  std::size_t open = m.rfind('(');
  std::size_t close = m.rfind(')');
  if (open != std::string_view::npos && close != std::string_view::npos && close > open + 1) {
    std::string_view inside = m.substr(open + 1, close - open - 1);
    if (const Institution* c = institution_named(inside, InstitutionKind::court)) return c->id;
    std::string_view before = m.substr(0, open);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    if (const Institution* c = institution_named(before, InstitutionKind::court)) return c->id;
    return {};
  }
  if (const Institution* c = institution_named(m, InstitutionKind::court)) return c->id;
  return {};
}

}  // namespace lexgraph::names

namespace lexgraph {

std::string agency_entity_id(std::string_view text) {
  const names::Institution* a = names::institution_named(text, names::InstitutionKind::agency);
  return a ? a->entity : std::string();
}

std::string court_entity_id(std::string_view text) {
  const names::Institution* c = names::institution_named(text, names::InstitutionKind::court);
  return c ? c->entity : std::string();
}

}  // namespace lexgraph
