#include "extract/statutes/statute_tables.h"

#include <cctype>

#include "extract/data_table.h"

namespace lexgraph::embedded {
extern const std::string_view data_acts_tsv;
extern const std::string_view data_act_sections_tsv;
extern const std::string_view data_well_known_sections_tsv;
extern const std::string_view data_state_codes_tsv;
}  // namespace lexgraph::embedded

namespace lexgraph::statutes {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return parts;
}

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> words;
  for (std::string_view w : split(s, ' '))
    if (!w.empty()) words.push_back(w);
  return words;
}

// Rows of a TSV data file with exactly `columns` columns, its problems
// added to `problems`.
std::vector<std::vector<std::string_view>> tsv_rows(std::string_view data, std::string_view file,
                                                    std::size_t columns, std::vector<std::string>& problems) {
  DataTable table = parse_data_table(data, file, {.columns = columns});
  problems.insert(problems.end(), table.problems.begin(), table.problems.end());
  return std::move(table.rows);
}

bool none(std::string_view field) { return field.empty() || field == "-"; }

// Where "551-559" or "2000e-2000e-17" splits into first and last section:
// the first hyphen whose right side has at least as many leading digits as
// the left ("1395w-4" is one section). npos: a single section.
std::size_t range_split(std::string_view text) {
  std::size_t digits_left = 0;
  while (digits_left < text.size() && is_digit(text[digits_left])) ++digits_left;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '-') continue;
    std::size_t d = i + 1;
    while (d < text.size() && is_digit(text[d])) ++d;
    if (d - (i + 1) >= digits_left) return i;
  }
  return std::string_view::npos;
}

bool parse_range(std::string_view text, SectionRange& range) {
  std::size_t split_at = range_split(text);
  range.first = section_key(text.substr(0, split_at));
  range.last = split_at == std::string_view::npos ? range.first : section_key(text.substr(split_at + 1));
  return range.first.number >= 0 && range.last.number >= 0;
}

}  // namespace

SectionKey section_key(std::string_view s) {
  SectionKey key;
  std::size_t i = 0;
  long n = 0;
  while (i < s.size() && is_digit(s[i]) && n < 100000000) n = n * 10 + (s[i++] - '0');
  if (i == 0) return key;
  key.number = n;
  while (i < s.size() && is_alpha(s[i])) key.letters.push_back(lower(s[i++]));
  if (i + 1 < s.size() && s[i] == '-' && is_digit(s[i + 1])) {
    long sub = 0;
    ++i;
    while (i < s.size() && is_digit(s[i]) && sub < 100000000) sub = sub * 10 + (s[i++] - '0');
    key.sub = sub;
  }
  return key;
}

int compare_sections(const SectionKey& a, const SectionKey& b) {
  if (a.number != b.number) return a.number < b.number ? -1 : 1;
  if (a.letters.size() != b.letters.size()) return a.letters.size() < b.letters.size() ? -1 : 1;
  if (a.letters != b.letters) return a.letters < b.letters ? -1 : 1;
  if (a.sub != b.sub) return a.sub < b.sub ? -1 : 1;
  return 0;
}

std::string name_key(std::string_view text) {
  // Words as written, but connectors in any case ("Freedom Of Information
  // Act" in a heading); "TITLE VII" in a public law's heading is its own.
  static constexpr std::string_view kConnectors[] = {"of", "and", "for", "on", "to", "in", "the", "with", "from", "a", "an"};
  std::string out;
  out.reserve(text.size());
  std::string word;
  auto flush = [&]() {
    if (word.empty()) return;
    std::string lowered;
    for (char c : word) lowered.push_back(lower(c));
    bool connector = false;
    for (std::string_view k : kConnectors) connector = connector || lowered == k;
    if (!out.empty()) out.push_back(' ');
    out += connector ? lowered : word;
    word.clear();
  };
  for (char c : text) {
    if (is_alpha(c) || is_digit(c)) {
      word.push_back(c);
    } else if (c == '&') {
      flush();
      word = "and";
      flush();
    } else if (c == '\'') {
      // "Employees'" and "Owners'" keep their letters together.
    } else {
      flush();
    }
  }
  flush();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::string code_key(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view w : words) {
    std::string lw;
    for (char c : w)
      if (is_alpha(c) || is_digit(c)) lw.push_back(lower(c));
    if (lw == "ann" || lw == "annotated") continue;
    out += lw;
  }
  return out;
}

std::string slug(std::string_view text) {
  std::string out;
  bool dash = true;
  for (char c : text) {
    if (is_alpha(c) || is_digit(c)) {
      out.push_back(lower(c));
      dash = false;
    } else if (c == '\'') {
      continue;
    } else if (!dash) {
      out.push_back('-');
      dash = true;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

namespace {

// A 16-bit key of a word, exact letter case, without one closing period.
unsigned name_word_key(std::string_view w) {
  if (w.size() > 1 && w.back() == '.') w.remove_suffix(1);
  if (w.empty()) return 0;
  unsigned a = static_cast<unsigned char>(w.front());
  unsigned b = static_cast<unsigned char>(w.back());
  unsigned c = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0u;
  std::uint32_t packed = a | (b << 8) | (c << 16) | (static_cast<std::uint32_t>(w.size() & 255u) << 24);
  return (packed * 2654435761u) >> 16;  // multiplicative: spreads similar words apart
}

}  // namespace

StatuteTables::StatuteTables() {
  std::unordered_map<std::string, int> act_by_name;
  auto add_alias = [&](std::string_view alias, int act, bool weak) {
    if (alias.find(' ') == std::string_view::npos) {
      tokens_.emplace(std::string(alias), AliasHit{act, weak});
    } else {
      names_.emplace(name_key(alias), AliasHit{act, weak});
      std::vector<std::string_view> words = words_of(alias);
      name_ends_[std::string(words.back())] = true;
    }
  };

  for (const auto& row : tsv_rows(embedded::data_acts_tsv, "acts.tsv", 6, problems)) {
    ActEntry act;
    act.name = std::string(row[0]);
    act.slug = slug(act.name);
    int index = static_cast<int>(acts_.size());
    std::string_view place = row[3];
    if (!none(place)) {
      std::vector<std::string_view> parts = split(place, '/');
      if (parts[0] == "usc" && parts.size() == 2) {
        act.place = ActEntry::Place::usc_title;
        act.title = std::string(parts[1]);
      } else if (parts[0] == "usc" && parts.size() == 3) {
        act.place = ActEntry::Place::usc_section;
        act.title = std::string(parts[1]);
        for (std::string_view r : split(parts[2], ',')) {
          SectionRange range;
          if (!parse_range(r, range)) {
            problems.push_back("acts.tsv: " + act.name + ": bad section range " + std::string(r));
            continue;
          }
          if (act.covers.empty()) act.section = std::string(r.substr(0, range_split(r)));
          act.covers.push_back(range);
        }
      } else if (parts[0] == "pl" && parts.size() == 2) {
        act.place = ActEntry::Place::public_law;
        act.section = std::string(parts[1]);
      } else if (parts[0] == "stat" && parts.size() == 3) {
        act.place = ActEntry::Place::stat;
        act.volume = std::string(parts[1]);
        act.section = std::string(parts[2]);
      } else {
        problems.push_back("acts.tsv: " + act.name + ": bad place " + std::string(place));
      }
    }
    act.usc_numbering = row[4] == "usc";
    if (row[4] != "usc" && row[4] != "own") problems.push_back("acts.tsv: " + act.name + ": bad numbering");
    if (!none(row[5])) act.code = std::string(row[5]);
    acts_.push_back(std::move(act));
    act_by_name[acts_.back().name] = index;
    add_alias(acts_.back().name, index, false);
    if (!none(row[1]))
      for (std::string_view a : split(row[1], '|')) add_alias(a, index, false);
    if (!none(row[2]))
      for (std::string_view a : split(row[2], '|')) add_alias(a, index, true);
  }
  act_rows = acts_.size();

  for (const auto& row : tsv_rows(embedded::data_act_sections_tsv, "act_sections.tsv", 4, problems)) {
    auto it = act_by_name.find(std::string(row[0]));
    if (it == act_by_name.end()) {
      problems.push_back("act_sections.tsv: unknown act " + std::string(row[0]));
      continue;
    }
    act_sections_[std::to_string(it->second) + "/" + std::string(row[1])] = UscPlace{std::string(row[2]), std::string(row[3])};
    ++act_section_rows;
  }

  for (const auto& row : tsv_rows(embedded::data_well_known_sections_tsv, "well_known_sections.tsv", 3, problems)) {
    if (!well_known_.emplace(std::string(row[0]), std::string(row[1])).second)
      problems.push_back("well_known_sections.tsv: section " + std::string(row[0]) + " twice");
    ++well_known_rows;
  }

  for (const auto& row : tsv_rows(embedded::data_state_codes_tsv, "state_codes.tsv", 5, problems)) {
    StateCodeEntry entry{std::string(row[1]), std::string(row[2]), std::string(row[3]),
                         row[4] == "titled" || row[4] == "titled+nosign", row[4] == "nosign" || row[4] == "titled+nosign"};
    if (row[4] != "plain" && row[4] != "titled" && row[4] != "nosign" && row[4] != "titled+nosign")
      problems.push_back("state_codes.tsv: " + std::string(row[0]) + ": bad style");
    std::vector<std::string_view> words = words_of(row[0]);
    if (entry.nosign && words.back().size() >= 3) state_nosign_ends_[std::string(words.back())] = true;
    if (words.back().size() >= 2) state_code_ends_[std::string(words.back())] = true;
    state_codes_.emplace(code_key(words), std::move(entry));
    ++state_code_rows;
  }

  name_words_storage_.push_back("Act");
  name_words_storage_.push_back("Amendments");  // "the Medical Device Amendments of 1976"
  for (const auto& [token, hit] : tokens_) name_words_storage_.push_back(token);
  for (const auto& [word, yes] : name_ends_) name_words_storage_.push_back(word);
  for (const auto& [word, yes] : state_nosign_ends_) name_words_storage_.push_back(word);
  for (const auto& [word, yes] : state_code_ends_) name_words_storage_.push_back(word);
  name_words_storage_.shrink_to_fit();
  for (const std::string& w : name_words_storage_) {
    name_words_.insert(w);
    if (!w.empty()) name_word_shapes_[static_cast<unsigned char>(w.front())][w.size() < 32 ? w.size() : 31] = true;
    // "Act" and "Act." both pass when either is a name word.
    for (unsigned key : {name_word_key(w), name_word_key(w + ".")})
      name_word_bits_[key >> 6] |= std::uint64_t{1} << (key & 63);
  }
}

bool StatuteTables::may_name(std::string_view word) const {
  // Most capitalised words fail on their first letter and length alone.
  std::size_t size = word.size() < 32 ? word.size() : 31;
  if (!name_word_shapes_[static_cast<unsigned char>(word.front())][size] &&
      !(size > 1 && word.back() == '.' && name_word_shapes_[static_cast<unsigned char>(word.front())][size - 1]))
    return false;
  const unsigned key = name_word_key(word);
  if (!((name_word_bits_[key >> 6] >> (key & 63)) & 1)) return false;
  if (name_words_.count(word) > 0) return true;
  return word.size() > 1 && word.back() == '.' && name_words_.count(word.substr(0, word.size() - 1)) > 0;
}

const StatuteTables& StatuteTables::get() {
  static const StatuteTables tables;
  return tables;
}

AliasHit StatuteTables::find_token(std::string_view token) const {
  auto it = tokens_.find(std::string(token));
  return it == tokens_.end() ? AliasHit{} : it->second;
}

AliasHit StatuteTables::find_name(std::string_view key) const {
  auto it = names_.find(std::string(key));
  return it == names_.end() ? AliasHit{} : it->second;
}

bool StatuteTables::is_name_end(std::string_view word) const { return name_ends_.count(std::string(word)) > 0; }

bool StatuteTables::act_section_place(int act, std::string_view section, UscPlace& place) const {
  if (act < 0 || act >= static_cast<int>(acts_.size())) return false;
  const ActEntry& entry = acts_[static_cast<std::size_t>(act)];
  if (entry.usc_numbering && (entry.place == ActEntry::Place::usc_title || entry.place == ActEntry::Place::usc_section)) {
    SectionKey key = section_key(section);
    if (key.number < 0) return false;
    bool covered = entry.place == ActEntry::Place::usc_title;
    for (const SectionRange& r : entry.covers)
      covered = covered || (compare_sections(r.first, key) <= 0 && compare_sections(key, r.last) <= 0);
    if (covered) {
      place = UscPlace{entry.title, std::string(section)};
      return true;
    }
  }
  auto it = act_sections_.find(std::to_string(act) + "/" + std::string(section));
  if (it == act_sections_.end()) return false;
  place = it->second;
  return true;
}

std::string StatuteTables::well_known_title(std::string_view section) const {
  auto it = well_known_.find(std::string(section));
  return it == well_known_.end() ? std::string() : it->second;
}

const StateCodeEntry* StatuteTables::find_state_code(std::string_view key) const {
  auto it = state_codes_.find(std::string(key));
  return it == state_codes_.end() ? nullptr : &it->second;
}

bool StatuteTables::is_state_nosign_end(std::string_view word) const {
  return state_nosign_ends_.count(std::string(word)) > 0;
}

bool StatuteTables::is_state_code_end(std::string_view word) const {
  return state_code_ends_.count(std::string(word)) > 0;
}

}  // namespace lexgraph::statutes
