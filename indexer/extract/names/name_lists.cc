#include "extract/names/name_lists.h"

#include "extract/data_table.h"

namespace lexgraph::embedded {
extern const std::string_view data_person_titles_tsv;
extern const std::string_view data_federal_offices_tsv;
extern const std::string_view data_given_names_tsv;
extern const std::string_view data_name_stopwords_tsv;
extern const std::string_view data_organization_words_tsv;
}  // namespace lexgraph::embedded

namespace lexgraph::names {

namespace {

// The name lists may leave trailing columns out; a row needs its first.
constexpr DataTableRules kNameDataRules{.pad_short_rows = true, .filled_columns = 1};

bool contains(const auto& set, std::string_view key) { return set.find(key) != set.end(); }

// Lower-case copy in a caller's buffer; empty when it does not fit.
std::string_view lowered(std::string_view w, char* buffer, std::size_t capacity) {
  if (w.size() > capacity) return {};
  for (std::size_t i = 0; i < w.size(); ++i) buffer[i] = ascii_lower(w[i]);
  return std::string_view(buffer, w.size());
}

// 16 bits of a case-insensitive FNV-1a hash of the whole word.
unsigned given_key(std::string_view w) {
  std::uint32_t h = 2166136261u;
  for (char c : w) h = (h ^ static_cast<unsigned char>(ascii_lower(c))) * 16777619u;
  return (h ^ (h >> 16)) & 65535u;
}

}  // namespace

const NameLists& NameLists::instance() {
  static const NameLists lists;
  return lists;
}

NameLists::NameLists() {
  DataTable titles = parse_data_table(embedded::data_person_titles_tsv, "person_titles.tsv", kNameDataRules);
  problems_.insert(problems_.end(), titles.problems.begin(), titles.problems.end());
  for (const auto& row : titles.rows) {
    std::string_view kind = row[1];
    CueKind k;
    if (kind == "honorific") k = CueKind::honorific;
    else if (kind == "title") k = CueKind::title;
    else if (kind == "office") k = CueKind::office;
    else if (kind == "party") k = CueKind::party;
    else if (kind == "role") k = CueKind::role;
    else if (kind == "naming") k = CueKind::naming;
    else {
      problems_.push_back("person_titles.tsv: unknown kind " + std::string(kind));
      continue;
    }
    if (k == CueKind::role) {
      role_nouns_.insert(to_lower(row[0]));
      role_filter_.add(row[0]);
      role_noun_list_.emplace_back(row[0]);
      continue;
    }
    cue_kinds_.push_back(k);
    cue_periods_.push_back(row[0].back() == '.');
    cues_.add(row[0], static_cast<std::uint32_t>(cue_kinds_.size() - 1), true);
  }

  DataTable given = parse_data_table(embedded::data_given_names_tsv, "given_names.tsv", kNameDataRules);
  problems_.insert(problems_.end(), given.problems.begin(), given.problems.end());
  for (const auto& row : given.rows) {
    given_names_.insert(std::string(row[0]));
    const unsigned key = given_key(row[0]);
    given_bits_[key >> 6] |= std::uint64_t{1} << (key & 63);
  }

  DataTable stop = parse_data_table(embedded::data_name_stopwords_tsv, "name_stopwords.tsv", kNameDataRules);
  problems_.insert(problems_.end(), stop.problems.begin(), stop.problems.end());
  for (const auto& row : stop.rows) {
    stopwords_.insert(to_lower(row[0]));
    stopword_filter_.add(row[0]);
  }

  DataTable org = parse_data_table(embedded::data_organization_words_tsv, "organization_words.tsv", kNameDataRules);
  problems_.insert(problems_.end(), org.problems.begin(), org.problems.end());
  std::uint32_t exclusions = 0;
  for (const auto& row : org.rows) {
    std::string_view kind = row[1];
    if (kind != "exclude" && kind != "political") {
      org_filter_.add(row[0]);
      org_word_list_.emplace_back(row[0]);
      if (row[0].back() == '.') {
        org_filter_.add(row[0].substr(0, row[0].size() - 1));
        org_word_list_.emplace_back(row[0].substr(0, row[0].size() - 1));
      }
    }
    if (kind == "suffix") org_suffixes_.insert(std::string(row[0]));
    else if (kind == "head") org_heads_.insert(to_lower(row[0]));
    else if (kind == "lead") org_leads_.insert(to_lower(row[0]));
    else if (kind == "people") people_words_.insert(std::string(row[0]));
    else if (kind == "exclude") org_exclusions_.add(row[0], exclusions++, false);
    else if (kind == "party") party_heads_.insert(std::string(row[0]));
    else if (kind == "political") political_words_.insert(std::string(row[0]));
    else problems_.push_back("organization_words.tsv: unknown kind " + std::string(kind));
  }
  DataTable offices = parse_data_table(embedded::data_federal_offices_tsv, "federal_offices.tsv",
                                       DataTableRules{.filled_columns = DataTableRules::kAllColumns});
  problems_.insert(problems_.end(), offices.problems.begin(), offices.problems.end());
  for (const auto& row : offices.rows) {
    office_list_.push_back(FederalOffice{"agency:" + std::string(row[1]), std::string(row[2]), "agency:" + std::string(row[3])});
    offices_.add(row[0], static_cast<std::uint32_t>(office_list_.size() - 1), true);
  }
  offices_.freeze();
  cues_.freeze();
  org_exclusions_.freeze();
}

bool NameLists::is_given_name(std::string_view word) const {
  // Every capitalised word of a document comes here: most are no given
  // name, and the filter says so without hashing (title-casing keeps the key).
  const unsigned key = given_key(word);
  if (!((given_bits_[key >> 6] >> (key & 63)) & 1)) return false;
  if (contains(given_names_, word)) return true;
  if (!is_all_caps(word)) return false;
  std::string title = title_case_name(word);
  return contains(given_names_, std::string_view(title));
}

bool NameLists::is_stopword(std::string_view word) const {
  if (!stopword_filter_.may_contain(word)) return false;
  char buffer[32];
  std::string_view key = lowered(word, buffer, sizeof buffer);
  return !key.empty() && contains(stopwords_, key);
}

bool NameLists::is_role_noun(std::string_view word) const {
  if (!role_filter_.may_contain(word)) return false;
  char buffer[32];
  std::string_view key = lowered(word, buffer, sizeof buffer);
  return !key.empty() && contains(role_nouns_, key);
}

bool NameLists::is_org_suffix(std::string_view word_with_period) const {
  if (!org_filter_.may_contain(word_with_period)) return false;
  return contains(org_suffixes_, word_with_period);
}

bool NameLists::is_party_head(std::string_view word) const {
  return org_filter_.may_contain(word) && contains(party_heads_, word);
}

bool NameLists::is_political_word(std::string_view word) const { return contains(political_words_, word); }

bool NameLists::is_org_head(std::string_view word) const {
  if (!org_filter_.may_contain(word)) return false;
  char buffer[32];
  std::string_view key = lowered(word, buffer, sizeof buffer);
  return !key.empty() && contains(org_heads_, key);
}

bool NameLists::is_people_word(std::string_view word) const {
  return org_filter_.may_contain(word) && contains(people_words_, word);
}

bool NameLists::is_org_lead(std::string_view word) const {
  if (!org_filter_.may_contain(word)) return false;
  char buffer[32];
  std::string_view key = lowered(word, buffer, sizeof buffer);
  return !key.empty() && contains(org_leads_, key);
}

}  // namespace lexgraph::names
