#include "extract/figures/vocabulary.h"

#include <charconv>
#include <cstdlib>
#include <string_view>

#include "extract/data_table.h"

namespace lexgraph::embedded {
extern const std::string_view data_figure_units_tsv;
extern const std::string_view data_figure_qualifiers_tsv;
extern const std::string_view data_figure_number_words_tsv;
extern const std::string_view data_figure_currencies_tsv;
extern const std::string_view data_figure_reference_words_tsv;
extern const std::string_view data_date_names_tsv;
extern const std::string_view data_date_relative_tsv;
extern const std::string_view data_date_cues_tsv;
extern const std::string_view data_date_roles_tsv;
extern const std::string_view data_order_kinds_tsv;
extern const std::string_view data_order_cues_tsv;
}  // namespace lexgraph::embedded

namespace lexgraph::figures {

namespace {

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> words;
  std::size_t pos = 0;
  while (pos < phrase.size()) {
    std::size_t space = phrase.find(' ', pos);
    if (space == std::string_view::npos) space = phrase.size();
    if (space > pos) words.emplace_back(phrase.substr(pos, space - pos));
    pos = space + 1;
  }
  return words;
}

bool parse_number(const std::string& s, double& out) {
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return end && *end == '\0' && !s.empty();
}

bool parse_int(const std::string& s, int& out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// Takes the rows of one file as strings, keeping its problems. Every
// column of these files is required, the header's too.
std::vector<std::vector<std::string>> rows_of(std::string_view data, std::string_view name, std::size_t columns,
                                              std::vector<std::string>& problems) {
  DataTable tsv = parse_data_table(data, name, {.columns = columns, .filled_columns = DataTableRules::kAllColumns});
  problems.insert(problems.end(), tsv.problems.begin(), tsv.problems.end());
  std::vector<std::vector<std::string>> rows;
  rows.reserve(tsv.rows.size());
  for (const auto& fields : tsv.rows) rows.emplace_back(fields.begin(), fields.end());
  return rows;
}

void problem(std::vector<std::string>& problems, std::string_view file, const std::vector<std::string>& row,
             std::string_view what) {
  problems.push_back(std::string(file) + ": " + row[0] + ": " + std::string(what));
}

const std::unordered_set<std::string>& order_heads() {
  static const std::unordered_set<std::string> heads = {"order",  "injunction", "stay",     "ruling", "judgment",
                                                        "decree", "vacatur",    "mandamus", "tro",    "acquittal",
                                                        "mistrial"};
  return heads;
}

FigureVocabulary load_figures() {
  FigureVocabulary v;
  using namespace lexgraph::embedded;
  for (auto& row : rows_of(data_figure_units_tsv, "figure_units.tsv", 3, v.problems)) {
    static const std::unordered_set<std::string> categories = {"count", "measure", "time", "percent", "times", "speed"};
    if (!categories.count(row[2])) problem(v.problems, "figure_units.tsv", row, "unknown category");
    if (!v.units.emplace(row[0], UnitInfo{row[1], row[2]}).second) problem(v.problems, "figure_units.tsv", row, "listed twice");
    v.max_unit_words = std::max(v.max_unit_words, split_words(row[0]).size());
  }
  for (auto& row : rows_of(data_figure_qualifiers_tsv, "figure_qualifiers.tsv", 2, v.problems)) {
    if (row[1] != "minimum" && row[1] != "maximum" && row[1] != "approximate" && row[1] != "exact") {
      problem(v.problems, "figure_qualifiers.tsv", row, "unknown bound");
      continue;
    }
    if (!v.qualifiers.emplace(row[0], row[1]).second) problem(v.problems, "figure_qualifiers.tsv", row, "listed twice");
    v.max_qualifier_words = std::max(v.max_qualifier_words, split_words(row[0]).size());
  }
  for (auto& row : rows_of(data_figure_number_words_tsv, "figure_number_words.tsv", 3, v.problems)) {
    static const std::unordered_map<std::string, NumberRole> roles = {
        {"small", NumberRole::small}, {"tens", NumberRole::tens}, {"hundred", NumberRole::hundred},
        {"scale", NumberRole::scale}, {"scale_abbreviation", NumberRole::scale_abbreviation}};
    NumberWord word;
    auto role = roles.find(row[2]);
    if (!parse_number(row[1], word.value) || role == roles.end()) {
      problem(v.problems, "figure_number_words.tsv", row, "bad value or role");
      continue;
    }
    word.role = role->second;
    if (word.role == NumberRole::small || word.role == NumberRole::tens) v.number_word_filter.add(row[0]);
    if (!v.number_words.emplace(row[0], word).second) problem(v.problems, "figure_number_words.tsv", row, "listed twice");
  }
  for (auto& row : rows_of(data_figure_currencies_tsv, "figure_currencies.tsv", 4, v.problems)) {
    Currency currency{row[1], 1};
    if (!parse_number(row[2], currency.factor) || (row[3] != "prefix" && row[3] != "suffix")) {
      problem(v.problems, "figure_currencies.tsv", row, "bad factor or position");
      continue;
    }
    auto& table = row[3] == "prefix" ? v.prefix_currencies : v.suffix_currencies;
    if (!table.emplace(row[0], currency).second) problem(v.problems, "figure_currencies.tsv", row, "listed twice");
  }
  for (auto& row : rows_of(data_figure_reference_words_tsv, "figure_reference_words.tsv", 1, v.problems)) {
    v.reference_words.insert(row[0]);  // duplicates are harmless here
  }
  return v;
}

DateVocabulary load_dates() {
  DateVocabulary v;
  using namespace lexgraph::embedded;
  for (auto& row : rows_of(data_date_names_tsv, "date_names.tsv", 3, v.problems)) {
    int number = 0;
    const bool month = row[1] == "month";
    if (!parse_int(row[2], number) || (month ? (number < 1 || number > 12) : (number < 0 || number > 6)) ||
        (!month && row[1] != "weekday")) {
      problem(v.problems, "date_names.tsv", row, "bad kind or number");
      continue;
    }
    const bool added = month ? v.months.emplace(row[0], MonthName{number, false}).second
                             : v.weekdays.emplace(row[0], number).second;
    if (!added) problem(v.problems, "date_names.tsv", row, "listed twice");
  }
  for (const auto& [name, month] : v.months) v.name_filter.add(name);
  for (const auto& [name, weekday] : v.weekdays) v.name_filter.add(name);
  for (auto& [name, month] : v.months) {
    for (const auto& [other, other_month] : v.months) {
      if (other_month.number == month.number && other.size() > name.size() && other.compare(0, name.size(), name) == 0) {
        month.abbreviation = true;
      }
    }
  }
  for (auto& row : rows_of(data_date_relative_tsv, "date_relative.tsv", 4, v.problems)) {
    RelativePhrase phrase;
    if ((row[1] != "day" && row[1] != "month" && row[1] != "year") || !parse_int(row[2], phrase.offset) ||
        (row[3] != "yes" && row[3] != "no")) {
      problem(v.problems, "date_relative.tsv", row, "bad unit, offset or approximate");
      continue;
    }
    phrase.unit = row[1][0];
    phrase.approximate = row[3] == "yes";
    if (!v.relative.emplace(row[0], phrase).second) problem(v.problems, "date_relative.tsv", row, "listed twice");
    const std::vector<std::string> words = split_words(row[0]);
    v.max_relative_words = std::max(v.max_relative_words, words.size());
    if (!words.empty()) {
      v.relative_first_words.insert(words.front());
      v.relative_filter.add(words.front());
    }
  }
  for (auto& row : rows_of(data_date_cues_tsv, "date_cues.tsv", 2, v.problems)) {
    static const std::unordered_map<std::string, unsigned> roles = {{"preposition", kCuePreposition},
                                                                    {"approximate", kCueApproximate},
                                                                    {"season", kCueSeason},
                                                                    {"future", kCueFuture}};
    auto role = roles.find(row[1]);
    if (role == roles.end()) {
      problem(v.problems, "date_cues.tsv", row, "unknown role");
      continue;
    }
    v.cues[row[0]] |= role->second;
  }
  for (auto& row : rows_of(data_date_roles_tsv, "date_roles.tsv", 2, v.problems)) {
    static const std::unordered_set<std::string> roles = {"enacted", "approved", "effective", "published",
                                                          "filed",   "signed",   "dated",     "issued",
                                                          "decided", "argued",   "deadline",  "held"};
    const std::vector<std::string> words = split_words(row[0]);
    if (!roles.count(row[1]) || words.empty() || words.size() > 4) {
      problem(v.problems, "date_roles.tsv", row, "unknown role or bad phrase");
      continue;
    }
    if (!v.roles.emplace(row[0], row[1]).second) problem(v.problems, "date_roles.tsv", row, "listed twice");
    v.max_role_words = std::max(v.max_role_words, words.size());
    v.role_filter.add(words.back());
  }
  return v;
}

OrderVocabulary load_orders() {
  OrderVocabulary v;
  using namespace lexgraph::embedded;
  for (auto& row : rows_of(data_order_kinds_tsv, "order_kinds.tsv", 4, v.problems)) {
    OrderPhrase phrase;
    phrase.words = split_words(row[0]);
    phrase.kind = row[1];
    phrase.name = row[2];
    phrase.needs_cue = row[3] == "yes";
    if (row[3] != "yes" && row[3] != "no") problem(v.problems, "order_kinds.tsv", row, "needs_cue is not yes/no");
    bool found = false;
    for (std::size_t i = 0; i < phrase.words.size() && !found; ++i) {
      std::string word = phrase.words[i];
      // "money orders" names the plural; the head is still "order".
      if (!order_heads().count(word) && word.size() > 1 && word.back() == 's') word.pop_back();
      if (order_heads().count(word)) {
        phrase.words[i] = word;
        phrase.head = i;
        found = true;
      }
    }
    if (!found) {
      problem(v.problems, "order_kinds.tsv", row, "no head word (order, injunction, stay ...)");
      continue;
    }
    v.max_phrase_words = std::max(v.max_phrase_words, phrase.words.size());
    v.by_head[phrase.words[phrase.head]].push_back(std::move(phrase));
    ++v.phrase_count;
  }
  for (const auto& [head, phrases] : v.by_head) {
    v.head_filter.add(head);
    v.head_filter.add(head + "s");
  }
  for (auto& row : rows_of(data_order_cues_tsv, "order_cues.tsv", 4, v.problems)) {
    static const std::unordered_map<std::string, CuePosition> positions = {
        {"before", CuePosition::before}, {"after", CuePosition::after}, {"either", CuePosition::either}};
    auto position = positions.find(row[1]);
    if (position == positions.end() || (row[2] != "status" && row[2] != "negated" && row[2] != "requested")) {
      problem(v.problems, "order_cues.tsv", row, "bad position or attr");
      continue;
    }
    OrderCue cue{split_words(row[0]), position->second, row[2], row[3]};
    v.max_cue_words = std::max(v.max_cue_words, cue.words.size());
    v.cues.push_back(std::move(cue));
  }
  return v;
}

}  // namespace

const FigureVocabulary& figure_vocabulary() {
  static const FigureVocabulary v = load_figures();
  return v;
}

const DateVocabulary& date_vocabulary() {
  static const DateVocabulary v = load_dates();
  return v;
}

const OrderVocabulary& order_vocabulary() {
  static const OrderVocabulary v = load_orders();
  return v;
}

}  // namespace lexgraph::figures
