// Figures and money: a number is reported only when it states a fact,
// which in practice means it carries a unit from figure_units.tsv ("42,695
// times", "20 million eligible borrowers"), borrows one ("47,000 of the
// 1.28 million people", "10 to 20 percent"), is scaled ("1.28 million") or
// is an amount of money. Numbers that point somewhere are recognised by
// what stands before them: a label word (figure_reference_words.tsv:
// "section", "at", "No.", "¶"), an abbreviation ("U.S.", "F.3d"), or any
// capitalised word that does not open a sentence ("Rule 12", "Title 26");
// and by what they are glued to ("6103(i)", "25-5181", "10:30", "2d").
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/figures/figures.h"
#include "extract/figures/number_reader.h"
#include "extract/figures/text_tokens.h"
#include "extract/figures/vocabulary.h"

namespace lexgraph {

namespace {

using figures::figure_vocabulary;
using figures::is_alnum;
using figures::is_alpha;
using figures::is_blank;
using figures::is_digit;
using figures::is_lower;
using figures::is_upper;
using figures::NumberSpan;
using figures::Token;
using figures::tokens_after;
using figures::tokens_before;
using figures::UnitInfo;

constexpr std::size_t kWindow = 200;  // bytes looked at on either side of a number

// Grammar words that may stand capitalised before a number when they open
// a sentence ("The 47,000 requests ...", "Of the 12 judges ...").
bool is_opener(const std::string& word) {
  static const std::unordered_set<std::string> words = {
      "the",   "a",      "an",     "of",       "in",      "on",       "for",   "with",  "by",    "from",
      "to",    "and",    "but",    "or",       "all",     "those",    "these", "each",  "its",   "their",
      "his",   "her",    "our",    "just",     "while",   "when",     "after", "before", "since", "during",
      "between", "among", "only",  "than",     "then",    "whereas",  "although", "because", "if", "so",
      "yet",   "that",   "which",  "what",     "including", "another", "nor",  "still", "even", "another"};
  return words.count(word) > 0;
}

// Words that cannot be the adjective between a number and its unit.
bool is_function_word(const std::string& word) {
  static const std::unordered_set<std::string> words = {
      "of",    "the",   "a",      "an",    "to",      "in",     "and",   "or",     "for",    "on",
      "at",    "by",    "with",   "from",  "that",    "which",  "who",   "whom",   "whose",  "is",
      "was",   "are",   "were",   "be",    "been",    "being",  "has",   "have",   "had",    "will",
      "would", "may",   "might",  "shall", "should",  "could",  "can",   "must",   "not",    "no",
      "than",  "per",   "as",     "each",  "such",    "this",   "these", "those",  "it",     "its",
      "their", "his",   "her",    "our",   "we",      "they",   "he",    "she",    "you",    "i",
      "if",    "but",   "so",     "when",  "where",   "while",  "after", "before", "since",  "under",
      "over",  "into",  "through", "about", "between", "among", "upon",  "within", "without", "during",
      "until", "most",  "least",  "only",  "also",    "all",    "any",   "some",   "same",   "both",
      "either", "neither", "nor", "there", "here",    "then",   "do",    "does",   "did",    "said",
      "says",  "say",   "out",    "up",    "down",    "off",    "ago",   "later",  "earlier", "old"};
  return words.count(word) > 0;
}

struct UnitMatch {
  const UnitInfo* info = nullptr;
  std::size_t end = 0;
  bool singular = false;  // written "page", "person" (not "pages", "people")
};

const UnitInfo* percent_unit() {
  static const UnitInfo fallback{"percent", "percent"};
  const auto& units = figure_vocabulary().units;
  auto it = units.find("percent");
  return it == units.end() ? &fallback : &it->second;
}

// An adjective between a number and its unit. With `proper`, a capitalised
// word counts too ("four Alamosa police officers"): used after numbers
// written in words, which are never labels.
bool is_modifier(const Token& t, bool proper = false) {
  if (t.punct_before || t.punct_after || t.core.empty()) return false;
  if (!is_lower(t.core.front()) && !(proper && is_upper(t.core.front()) && t.core.size() > 1)) return false;
  for (char c : t.core) {
    if (!is_alpha(c) && c != '-') return false;
  }
  // Another number is not an adjective: "2 distributing one gram" is no 2 grams.
  return !is_function_word(t.lower) && t.lower != "one" && !figure_vocabulary().number_words.count(t.lower);
}

// A unit written in capitals right after the number, as dockets and
// judgment forms write sentences ("Bureau of Prisons - 15 YEARS", "W/IN 14
// DAYS"): one word, every letter a capital, whose small letters are a unit.
// Only alone: "15 Court Street" is a capitalised name, "15 YEARS" is not.
std::optional<UnitMatch> capitalized_unit_at(std::string_view text, std::size_t first, std::size_t limit) {
  std::size_t end = first;
  std::string lower;
  while (end < limit && (is_upper(text[end]) || is_lower(text[end]))) {
    if (!is_upper(text[end])) return std::nullopt;
    lower.push_back(figures::to_lower(text[end++]));
  }
  if (lower.size() < 3 || (end < limit && figures::is_alnum(text[end]))) return std::nullopt;
  const auto& units = figure_vocabulary().units;
  auto it = units.find(lower);
  if (it == units.end()) return std::nullopt;
  const bool singular = lower != it->second.unit && lower.back() != 's';
  return UnitMatch{&it->second, end, singular};
}

// The unit right after a number ending at `pos`: "%", or up to two
// adjectives and then a unit from the table ("20 million eligible borrowers").
std::optional<UnitMatch> unit_after(std::string_view text, std::size_t pos, std::size_t ceiling,
                                    bool proper_modifiers = false) {
  if (pos < text.size() && text[pos] == '%') return UnitMatch{percent_unit(), pos + 1};
  if (pos >= text.size() || !is_blank(text[pos])) return std::nullopt;
  if (pos + 1 < text.size() && text[pos] == ' ' && text[pos + 1] == '%') return UnitMatch{percent_unit(), pos + 2};
  // Every unit and modifier starts lower case (capitalised with `proper`),
  // and most numbers are followed by something else: look before tokenizing.
  std::size_t first = pos;
  const std::size_t limit = std::min(ceiling, text.size());
  while (first < limit && is_blank(text[first])) ++first;
  if (first >= limit) return std::nullopt;
  const auto& vocab = figure_vocabulary();
  if (!(is_lower(text[first]) || (proper_modifiers && is_upper(text[first])))) {
    return is_upper(text[first]) ? capitalized_unit_at(text, first, limit) : std::nullopt;
  }
  constexpr std::size_t kMaxModifiers = 3;  // "four Alamosa police officers"
  const std::vector<Token> toks = tokens_after(text, pos, ceiling, kMaxModifiers + vocab.max_unit_words);
  for (std::size_t skip = 0; skip <= kMaxModifiers && skip < toks.size(); ++skip) {
    if (skip > 0 && !is_modifier(toks[skip - 1], proper_modifiers)) break;
    for (std::size_t w = std::min(vocab.max_unit_words, toks.size() - skip); w >= 1; --w) {
      std::string phrase;
      bool ok = true;
      std::size_t possessive = 0;  // "210 months' imprisonment", "one year's"
      for (std::size_t k = 0; k < w && ok; ++k) {
        const Token& t = toks[skip + k];
        ok = !t.punct_before && !t.core.empty() && is_lower(t.core.front()) && (k + 1 == w || !t.punct_after);
        if (k) phrase += ' ';
        std::string_view word = t.lower;
        if (k + 1 == w && word.size() > 2 && word.back() == '\'') possessive = 1;
        if (k + 1 == w && word.size() > 3 && word.substr(word.size() - 2) == "'s") possessive = 2;
        word.remove_suffix(possessive);
        phrase += word;
      }
      if (!ok) continue;
      auto it = vocab.units.find(phrase);
      if (it != vocab.units.end()) {
        const Token& last = toks[skip + w - 1];
        const bool singular = phrase != it->second.unit && phrase.back() != 's';
        return UnitMatch{&it->second, last.core_start + last.core.size() - possessive, singular};
      }
    }
  }
  return std::nullopt;
}

// Does the first word after `pos` (before `ceiling`) begin with `prefix`?
// A cheap test that lets the callers below skip tokenizing when the token
// they look for cannot be there.
bool next_word_starts_with(std::string_view text, std::size_t pos, std::size_t ceiling, std::string_view prefix) {
  ceiling = std::min(ceiling, text.size());
  while (pos < ceiling && is_blank(text[pos])) ++pos;
  return text.substr(pos, prefix.size()) == prefix;
}

// A second number that shares this one's unit or scale: "10-20 percent",
// "10 to 20 percent", "$2 to $3 million", "nine of 12 judges" is elsewhere.
std::optional<NumberSpan> range_partner(std::string_view text, std::size_t pos, std::size_t ceiling, bool money) {
  std::size_t at = 0;
  if (pos < text.size() && text[pos] == '-') {
    at = pos + 1;
  } else {
    if (!next_word_starts_with(text, pos, ceiling, "to") && !next_word_starts_with(text, pos, ceiling, "and") &&
        !next_word_starts_with(text, pos, ceiling, "or")) {
      return std::nullopt;
    }
    const std::vector<Token> toks = tokens_after(text, pos, ceiling, 2);
    if (toks.size() < 2 || (toks[0].raw != "to" && toks[0].raw != "and" && toks[0].raw != "or")) return std::nullopt;
    at = toks[1].start;
  }
  if (money && at < text.size() && text[at] == '$') ++at;
  if (at >= text.size()) return std::nullopt;
  if (is_digit(text[at])) return figures::read_digits(text, at, money);
  if (!money && is_alpha(text[at])) return figures::read_number_words(text, at);
  return std::nullopt;
}

// "owned by 68 of the railroads", "nine of the carriers": a number of the
// things a plural noun names is a count of them, whatever the noun (no
// table lists every count noun). The noun is its unit, kept per thread.
std::optional<UnitMatch> partitive_noun(const Token& t) {
  const std::string& w = t.lower;
  const bool lower_word = !t.punct_before && std::all_of(t.core.begin(), t.core.end(), [](char c) { return is_lower(c); });
  if (!lower_word || w.size() < 4 || w.back() != 's' || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") ||
      is_function_word(w)) {
    return std::nullopt;
  }
  thread_local std::unordered_map<std::string, UnitInfo> seen;  // node-based: the pointers stay valid
  auto it = seen.try_emplace(w, UnitInfo{w, "count"}).first;
  return UnitMatch{&it->second, t.core_start + t.core.size(), false};
}

// "47,000 of the 1.28 million people", "16 million of those applications".
std::optional<UnitMatch> borrowed_unit(std::string_view text, std::size_t pos, std::size_t ceiling) {
  if (!next_word_starts_with(text, pos, ceiling, "of")) return std::nullopt;
  const std::vector<Token> toks = tokens_after(text, pos, ceiling, 3);
  if (toks.size() < 2 || toks[0].raw != "of") return std::nullopt;
  static const std::unordered_set<std::string> determiners = {"the", "those", "these", "its", "their", "all", "our"};
  std::size_t k = 1;
  if (determiners.count(std::string(toks[1].raw))) ++k;
  if (k < toks.size()) {
    const Token& t = toks[k];
    std::optional<NumberSpan> n;
    if (is_digit(t.raw.front())) n = figures::read_digits(text, t.start, false);
    else if (is_alpha(t.raw.front())) n = figures::read_number_words(text, t.start);
    if (n) return unit_after(text, n->end, ceiling);
  }
  if (k == 2) {
    if (auto unit = unit_after(text, toks[1].end, ceiling)) return unit;
    if (k < toks.size()) return partitive_noun(toks[k]);
  }
  return std::nullopt;
}

struct Qualifier {
  std::string phrase;
  std::size_t start = 0;
  std::string bound;  // minimum | maximum | approximate | exact (figure_qualifiers.tsv)
};

// "approximately", "more than", "not to exceed" right before `pos`.
std::optional<Qualifier> qualifier_before(std::string_view text, std::size_t pos, std::size_t floor) {
  const auto& vocab = figure_vocabulary();
  // A qualifier ends the word right before the number (a space between):
  // that word must end the way some qualifier ends, or there is none.
  static const auto last_bytes = [&vocab] {
    std::array<bool, 256> last{};
    for (const auto& [q, bound] : vocab.qualifiers) {
      if (!q.empty()) last[static_cast<unsigned char>(q.back())] = true;
    }
    return last;
  }();
  std::size_t word_end = std::min(pos, text.size());
  while (word_end > floor && is_blank(text[word_end - 1])) --word_end;
  if (word_end <= floor || word_end == pos ||
      !last_bytes[static_cast<unsigned char>(figures::to_lower(text[word_end - 1]))]) {
    return std::nullopt;
  }
  const std::vector<Token> toks = tokens_before(text, pos, floor, vocab.max_qualifier_words);
  if (toks.empty() || toks[0].end == pos) return std::nullopt;  // glued: "(5", "~5"
  for (std::size_t w = toks.size(); w >= 1; --w) {
    std::string phrase;
    bool ok = true;
    for (std::size_t k = w; k-- > 0 && ok;) {
      const Token& t = toks[k];
      ok = !t.core.empty() && !t.punct_after && (k + 1 == w || !t.punct_before);
      phrase += t.lower;
      if (k) phrase += ' ';
    }
    if (!ok) continue;
    if (auto it = vocab.qualifiers.find(phrase); it != vocab.qualifiers.end()) {
      return Qualifier{phrase, toks[w - 1].core_start, it->second};
    }
  }
  return std::nullopt;
}

bool ordinal_like(std::string_view core) {  // "2d", "3d", "4th" (reporter series)
  std::size_t i = 0;
  while (i < core.size() && is_digit(core[i])) ++i;
  if (i == 0 || i == core.size()) return false;
  const std::string_view suffix = core.substr(i);
  return suffix == "d" || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

// Does the word before `pos` make the number there a reference (a section,
// a page, a volume, a label) rather than a figure?
bool preceded_by_reference(std::string_view text, std::size_t pos, std::size_t floor) {
  const std::vector<Token> toks = tokens_before(text, pos, floor, 1);
  if (toks.empty()) return false;
  const Token& t = toks[0];
  if (t.core.empty()) return false;  // "(", "--"
  const auto& vocab = figure_vocabulary();
  if (vocab.reference_words.count(t.lower)) return true;
  // "Estimated Total Annual Burden on Respondents: 277 hours": a form label.
  if (t.raw.back() == ':') return false;
  if (t.raw.back() == '.' && (t.capitalized() || t.core.size() <= 4 || t.core.find('.') != std::string_view::npos)) {
    return true;  // "No.", "U.S.", "n.", "pp.", "Supp."
  }
  if (ordinal_like(t.core)) return true;
  // Capitalised labels ("Rule 12", "Title 26"), but not a capitalised
  // opener or qualifier at the start of a sentence ("The 47,000", "Nearly 90%").
  return t.capitalized() && !is_opener(t.lower) && !vocab.qualifiers.count(t.lower);
}

char char_at(std::string_view text, std::size_t pos) { return pos < text.size() ? text[pos] : '\0'; }

// Past a run of digits and the separators between them.
std::size_t skip_number(std::string_view text, std::size_t pos) {
  while (pos < text.size() &&
         (is_digit(text[pos]) || ((text[pos] == ',' || text[pos] == '.') && is_digit(char_at(text, pos + 1))))) {
    ++pos;
  }
  return pos;
}

// The scan in FigureScanner::run looks at every word of a document, so it
// moves eight bytes at a time where it can (ASCII tests on a 64-bit word;
// no borrow crosses bytes below 0x80).
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

// The bytes of `x` in [lo, hi) (ASCII), as the high bit of each byte.
std::uint64_t bytes_in_range(std::uint64_t x, unsigned char lo, unsigned char hi) {
  const std::uint64_t v = x | kHigh;
  return (v - lo * kOnes) & ~(v - hi * kOnes) & ~x & kHigh;
}

std::uint64_t ascii_letters(std::uint64_t x) {
  return bytes_in_range(x, 'A', 'Z' + 1) | bytes_in_range(x, 'a', 'z' + 1);
}

// The first byte at or after `i` that may start something run() handles: a
// letter, a digit, "$", or a non-ASCII byte ("€", "£"); text.size() if none.
std::size_t next_candidate(std::string_view text, std::size_t i) {
  const std::size_t n = text.size();
  while (i + 8 <= n) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    const std::uint64_t dollar = x ^ ('$' * kOnes);
    const std::uint64_t hit =
        ascii_letters(x) | bytes_in_range(x, '0', '9' + 1) | (x & kHigh) | bytes_in_range(dollar, 0, 1);
    if (hit != 0) return i + static_cast<std::size_t>(__builtin_ctzll(hit) >> 3);
    i += 8;
  }
  while (i < n && !is_alnum(text[i]) && text[i] != '$' && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

// figures::letters_end, eight bytes at a time.
std::size_t ascii_letters_end(std::string_view text, std::size_t i) {
  const std::size_t n = text.size();
  while (i + 8 <= n) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    const std::uint64_t other = ~ascii_letters(x) & kHigh;
    if (other != 0) return i + static_cast<std::size_t>(__builtin_ctzll(other) >> 3);
    i += 8;
  }
  return figures::letters_end(text, i);
}

class FigureScanner {
 public:
  FigureScanner(std::string_view text, std::vector<Mention>& out)
      : text_(text), out_(out), vocab_(figure_vocabulary()) {}

  void run() {
    std::size_t i = 0;
    const std::size_t n = text_.size();
    while (i < n) {
      i = next_candidate(text_, i);
      if (i >= n) break;
      const char c = text_[i];
      const unsigned char u = static_cast<unsigned char>(c);
      if (is_digit(c)) {
        i = figures::word_starts_at(text_, i) ? try_digits(i) : skip_number(text_, i);
      } else if (c == '$') {
        i = try_money_symbol(i, 1);
      } else if (u == 0xE2 && char_at(text_, i + 1) == '\x82' && char_at(text_, i + 2) == '\xAC') {
        i = try_money_symbol(i, 3);  // €
      } else if (u == 0xC2 && char_at(text_, i + 1) == '\xA3') {
        i = try_money_symbol(i, 2);  // £
      } else if (is_alpha(c)) {
        const std::size_t end = ascii_letters_end(text_, i);
        if (figures::word_starts_at(text_, i)) {
          const std::size_t len = end - i;
          if (vocab_.number_word_filter.may_contain(text_.substr(i, len)) &&
              figures::starts_number_word(text_, i)) {
            i = std::max(end, try_words(i));
            continue;
          }
          if (len == 3 && (c == 'o' || c == 'O') && figures::lower(text_.substr(i, 3)) == "one") {
            i = std::max(end, try_one(i, end));
            continue;
          }
          if (len == 3 && is_upper(c) && is_upper(text_[i + 1]) && is_upper(text_[i + 2])) {
            i = std::max(end, try_money_code(i, end));
            continue;
          }
        }
        i = end;
      } else {
        ++i;
      }
    }
  }

 private:
  std::size_t floor_of(std::size_t pos) const { return pos > kWindow ? pos - kWindow : 0; }
  std::size_t ceiling_of(std::size_t pos) const { return std::min(text_.size(), pos + kWindow); }

  std::size_t try_digits(std::size_t i) {
    const char before = i > 0 ? text_[i - 1] : ' ';
    const bool after_range_hyphen = before == '-' && i >= 2 && is_digit(text_[i - 2]);
    const bool after_dash = before == '-' && i >= 2 && text_[i - 2] == '-';
    // ".3 percent", ".08%": a fraction written without its zero, as blood
    // alcohol levels are; only before a percent, since ".3" alone is as
    // often a section's or a pin cite's tail.
    const bool bare_decimal = before == '.' && (i < 2 || is_blank(text_[i - 2]) || text_[i - 2] == '(');
    if (!(is_blank(before) || before == '(' || before == '[' || before == '"' || before == '~' || after_dash ||
          after_range_hyphen || bare_decimal)) {
      return skip_number(text_, i);
    }
    std::optional<NumberSpan> n = figures::read_digits(text_, i, false);
    if (!n) return skip_number(text_, i);
    if (bare_decimal) {
      if (n->grouped || n->decimal || n->scaled() || !percent_after(n->end)) return skip_number(text_, i);
      for (std::size_t d = i; d < n->digits_end; ++d) n->value /= 10;
      n->start = i - 1;
      n->decimal = true;
      n->integer_digits = 0;
    }
    if (before == '(' && char_at(text_, n->end) == ')') return n->end;  // "(1)", "(48)"
    if (std::optional<std::size_t> fee = fee_amount(*n)) return *fee;
    if (std::optional<std::size_t> level = offense_level(i, *n)) return *level;
    if (!n->scaled()) {
      const char after = char_at(text_, n->end);
      const char next = char_at(text_, n->end + 1);
      if (is_alpha(after) || after == '\'' || after == '(' || after == '_' || after == '*') return n->end;
      if ((after == ':' || after == '/' || after == '.' || after == ',') && is_digit(next) && !n->footnote_after)
        return skip_number(text_, n->end + 1);
      if (after == '-' && !is_digit(next)) return hyphenated_unit(*n);  // "30-day", "40-pound"
      // Most numbers in legal text are cites: a capital, a comma or a
      // bracket follows. A figure needs a unit, "%", "of ...", "to ...".
      std::size_t visible = n->end;
      while (visible < text_.size() && visible < n->end + 3 && is_blank(text_[visible])) ++visible;
      const char next_visible = char_at(text_, visible);
      const bool may_continue = after == '%' || after == '-' ||
                                (is_blank(after) && (figures::is_lower(next_visible) || next_visible == '%')) ||
                                (is_blank(after) && is_upper(next_visible) &&
                                 capitalized_unit_at(text_, visible, ceiling_of(n->end)));
      if (!may_continue) return labelled_count(i, *n);
    }
    if (preceded_by_reference(text_, i, floor_of(i)) && !speed_follows(n->end)) return n->end;
    if (is_line_number(i, n->value)) return n->end;
    return complete(*n);
  }

  // "%", " percent", " per cent" right after a number's end.
  bool percent_after(std::size_t end) const {
    return char_at(text_, end) == '%' || text_.substr(end, 8) == " percent" || text_.substr(end, 9) == " per cent";
  }

  // "at seven knots", "at 55 miles per hour": "at" marks a pin cite ("at
  // 588") unless a speed follows the number.
  bool speed_follows(std::size_t end) const {
    const std::optional<UnitMatch> unit = unit_after(text_, end, ceiling_of(end));
    return unit && unit->info->category == "speed";
  }

  // Court filings number their lines ("22 claim to the cash surrender
  // value ..."): a number opening a line whose neighbour line opens with the
  // number before or after it.
  bool is_line_number(std::size_t i, double value) const {
    std::size_t line_start = i;
    while (line_start > 0 && (text_[line_start - 1] == ' ' || text_[line_start - 1] == '\t')) --line_start;
    if (line_start > 0 && text_[line_start - 1] != '\n') return false;
    auto number_opening = [&](std::size_t at) -> double {
      while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t')) ++at;
      double v = 0;
      std::size_t digits = 0;
      while (at < text_.size() && is_digit(text_[at]) && digits < 4) {
        v = v * 10 + (text_[at++] - '0');
        ++digits;
      }
      return digits > 0 && char_at(text_, at) == ' ' ? v : -1;
    };
    if (line_start >= 2) {  // the line before
      std::size_t prev = line_start - 1;
      while (prev > 0 && text_[prev - 1] != '\n') --prev;
      if (number_opening(prev) == value - 1) return true;
    }
    std::size_t next = text_.find('\n', i);
    return next != std::string_view::npos && number_opening(next + 1) == value + 1;
  }

  // "a 30-day delay", "40-pound blocks", "a 24-hour basis", "a 55-mph
  // zone": a time, a measure or a speed written as an adjective still
  // states the figure. Counts are left out ("a three-judge panel", "a
  // one-count complaint").
  std::size_t hyphenated_unit(const NumberSpan& n) {
    // "10,000-\n square-foot": the hyphen ended a line.
    std::size_t word = n.end + 1;
    while (word < text_.size() && word < n.end + 4 && (text_[word] == ' ' || text_[word] == '\n')) ++word;
    if (!is_alpha(char_at(text_, word))) return n.end;
    std::size_t word_end = figures::letters_end(text_, word);
    std::string unit = figures::lower(text_.substr(word, word_end - word));
    // "10,000-square-foot": a unit of two words, hyphenated too.
    if (char_at(text_, word_end) == '-' && is_alpha(char_at(text_, word_end + 1))) {
      const std::size_t second_end = figures::letters_end(text_, word_end + 1);
      const std::string two = unit + " " + figures::lower(text_.substr(word_end + 1, second_end - word_end - 1));
      if (figure_vocabulary().units.count(two) && !is_alnum(char_at(text_, second_end)) && char_at(text_, second_end) != '-') {
        unit = two;
        word_end = second_end;
      }
    }
    if (is_alnum(char_at(text_, word_end)) || char_at(text_, word_end) == '-') return word_end;
    if (preceded_by_reference(text_, n.start, floor_of(n.start))) return word_end;
    const auto& units = figure_vocabulary().units;
    auto it = units.find(unit);
    if (it == units.end() || (it->second.category != "time" && it->second.category != "measure" &&
                              it->second.category != "speed"))
      return word_end;
    emit_figure(n.start, word_end, n.value, it->second.unit, "");
    return word_end;
  }

  // Docket fee lines write amounts without a sign: "( 299.00) Filing Fee",
  // "Fee amount 26.00". Dollars and cents next to the word "fee" are money.
  std::optional<std::size_t> fee_amount(const NumberSpan& n) {
    if (!n.decimal || n.scaled() || n.digits_end < 3 || text_[n.digits_end - 3] != '.') return std::nullopt;
    auto is_fee = [](const std::vector<Token>& toks) {
      for (const Token& t : toks) {
        if (t.lower == "fee") return true;
      }
      return false;
    };
    const std::size_t ceiling = std::min(text_.size(), n.end + 24);
    if (!is_fee(tokens_after(text_, n.end, ceiling, 3)) &&
        !is_fee(tokens_before(text_, n.start, n.start > 24 ? n.start - 24 : 0, 2))) {
      return std::nullopt;
    }
    emit_money(n.start, n.end, n.value, "USD");
    return n.end;
  }

  // "Estimated Number of Respondents: 16." -- a count in a form's label.
  std::size_t labelled_count(std::size_t i, const NumberSpan& n) {
    if (n.decimal || n.year_like()) return n.end;
    // The label must end with ":" right before the number; most numbers
    // have no label, so look before tokenizing eight words.
    std::size_t before = i;
    while (before > floor_of(i) && is_blank(text_[before - 1])) --before;
    if (before <= floor_of(i) || text_[before - 1] != ':') return n.end;
    const std::vector<Token> label = tokens_before(text_, i, floor_of(i), 8);
    if (label.empty() || label[0].raw.back() != ':') return n.end;
    std::string unit;
    for (std::size_t k = 0; k < label.size(); ++k) {
      if (k > 0 && (label[k].punct_after || label[k].raw.back() == ':')) return n.end;
      if (k + 1 < label.size() && label[k].lower == "of" && label[k + 1].lower == "number") {
        for (std::size_t j = k; j-- > 0;) unit += (unit.empty() ? "" : " ") + label[j].lower;
        emit_figure(n.start, n.end, n.value, unit, "");
        return n.end;
      }
    }
    return n.end;
  }

  // "his base offense level should be set at 28", "a total offense level
  // of 36": a Sentencing Guidelines level (1 to 43) has no unit after it;
  // the words before it say what it counts.
  std::optional<std::size_t> offense_level(std::size_t i, const NumberSpan& n) {
    constexpr double kHighestLevel = 43;
    if (n.decimal || n.scaled() || n.value < 1 || n.value > kHighestLevel) return std::nullopt;
    // Most numbers have no "level" shortly before them: look before tokenizing.
    constexpr std::size_t kReach = 48;
    const std::size_t from = std::max(floor_of(i), i > kReach ? i - kReach : std::size_t{0});
    if (text_.substr(from, i - from).find("level") == std::string_view::npos) return std::nullopt;
    const std::vector<Token> before = tokens_before(text_, i, floor_of(i), 7);
    std::size_t k = 0;
    while (k < before.size() && k < 4 && !before[k].punct_after &&
           (before[k].lower == "of" || before[k].lower == "was" || before[k].lower == "is" || before[k].lower == "at" ||
            before[k].lower == "to" || before[k].lower == "be" || before[k].lower == "been" || before[k].lower == "set" ||
            before[k].lower == "should" || before[k].lower == "would")) {
      ++k;
    }
    if (k + 1 >= before.size() || before[k].punct_after || before[k].lower != "level" ||
        before[k + 1].lower != "offense" || before[k + 1].punct_after) {
      return std::nullopt;
    }
    emit_figure(n.start, n.end, n.value, "offense level", "");
    return n.end;
  }

  void emit_figure(std::size_t start, std::size_t end, double value, const std::string& unit,
                   const std::string& qualifier) {
    Mention m;
    m.type = "figure";
    m.start = start;
    m.end = end;
    m.attrs["value"] = value;
    if (!unit.empty()) m.attrs["unit"] = unit;
    if (!qualifier.empty()) m.attrs["qualifier"] = qualifier;
    m.name = figures::format_number(value) + (unit.empty() ? std::string() : " " + unit);
    out_.push_back(std::move(m));
  }

  // "one-eighth of the value", "two-thirds of the members": a fraction.
  std::size_t fraction(const NumberSpan& n) {
    static const std::unordered_map<std::string, double> denominators = {
        {"half", 2},     {"halves", 2},   {"third", 3},   {"thirds", 3},  {"quarter", 4}, {"quarters", 4},
        {"fourth", 4},   {"fourths", 4},  {"fifth", 5},   {"fifths", 5},  {"sixth", 6},   {"sixths", 6},
        {"seventh", 7},  {"sevenths", 7}, {"eighth", 8},  {"eighths", 8}, {"ninth", 9},   {"ninths", 9},
        {"tenth", 10},   {"tenths", 10},  {"sixteenth", 16}, {"sixteenths", 16}, {"hundredth", 100}};
    const std::size_t word = n.end + 1;
    const std::size_t word_end = figures::letters_end(text_, word);
    if (word_end == word || is_alnum(char_at(text_, word_end)) || char_at(text_, word_end) == '-') return word_end;
    auto it = denominators.find(figures::lower(text_.substr(word, word_end - word)));
    // "two-year term", "three-day hearing": a duration or measure, as "30-day" is.
    if (it == denominators.end()) return hyphenated_unit(n);
    if (n.value >= it->second) return word_end;
    emit_figure(n.start, word_end, n.value / it->second, "fraction", "");
    return word_end;
  }

  // "one" is no number word on its own ("one of the", "on the one hand"),
  // but "one-eighth" is a fraction and "one million pounds" an amount.
  std::size_t try_one(std::size_t i, std::size_t end) {
    if (i > 0 && (text_[i - 1] == '-' || is_alnum(text_[i - 1]))) return end;
    NumberSpan one;
    one.value = 1;
    one.start = i;
    one.end = one.digits_end = end;
    one.words = true;
    if (char_at(text_, end) == '-') return preceded_by_reference(text_, i, floor_of(i)) ? end : fraction(one);
    if (char_at(text_, end) != ' ') return end;
    const std::size_t scale_end = figures::letters_end(text_, end + 1);
    auto scale = vocab_.number_words.find(figures::lower(text_.substr(end + 1, scale_end - end - 1)));
    if (scale == vocab_.number_words.end() || scale->second.role != figures::NumberRole::scale) return end;
    one.value = scale->second.value;
    one.scale = scale->second.value;
    one.end = scale_end;
    if (preceded_by_reference(text_, i, floor_of(i))) return scale_end;
    return complete(one);
  }

  std::size_t try_words(std::size_t i) {
    if (i > 0 && text_[i - 1] == '-') return i + 1;
    std::optional<NumberSpan> n = figures::read_number_words(text_, i);
    if (!n) return i + 1;
    const char after = char_at(text_, n->end);
    if (after == '-' && !preceded_by_reference(text_, i, floor_of(i))) return fraction(*n);
    if (after == '-' || is_alnum(after)) return n->end;  // "three-judge panel"
    if (preceded_by_reference(text_, i, floor_of(i)) && !speed_follows(n->end)) return n->end;
    // "forty-eight (48) hours": the digits restate the words.
    if (char_at(text_, n->end) == ' ' && char_at(text_, n->end + 1) == '(') {
      std::optional<NumberSpan> digits = figures::read_digits(text_, n->end + 2, false);
      if (digits && digits->value == n->value && char_at(text_, digits->end) == ')') {
        n->end = digits->end + 1;
      }
    }
    return complete(*n);
  }

  // A number with nothing glued to it: money by a word after it, else a
  // figure if it has a unit, borrows one, or is scaled.
  std::size_t complete(const NumberSpan& n) {
    const std::size_t ceiling = ceiling_of(n.end);
    const auto& vocab = figure_vocabulary();
    if (!n.year_like() && is_blank(char_at(text_, n.end))) {
      const std::vector<Token> next = tokens_after(text_, n.end, ceiling, 1);
      if (!next.empty() && !next[0].punct_before) {
        auto currency = vocab.suffix_currencies.find(std::string(next[0].core));
        if (currency != vocab.suffix_currencies.end()) {
          const std::size_t end = next[0].core_start + next[0].core.size();
          emit_money(n.start, end, n.value * currency->second.factor, currency->second.code);
          return end;
        }
      }
    }
    std::optional<UnitMatch> unit = unit_after(text_, n.end, ceiling, n.words);
    std::size_t end = n.end;
    std::string post_qualifier;
    if (!unit && next_word_starts_with(text_, n.end, ceiling, "or")) {
      const std::vector<Token> next = tokens_after(text_, n.end, ceiling, 2);
      const bool bound = next.size() == 2 && (next[1].lower == "more" || next[1].lower == "fewer" ||
                                              next[1].lower == "less" || next[1].lower == "so");
      if (bound && next[0].raw == "or" && !next[1].punct_before) {  // "three (3) or more physicians"
        post_qualifier = "or " + next[1].lower;
        end = next[1].core_start + next[1].core.size();
        if (!next[1].punct_after) unit = unit_after(text_, next[1].end, ceiling);
      }
    }
    bool borrowed = false;
    if (!unit) {
      unit = borrowed_unit(text_, n.end, ceiling);
      if (!unit) {
        std::optional<NumberSpan> partner = range_partner(text_, n.end, ceiling, false);
        // "three or four hundred feet": the first number is 300, not 3; leave it.
        const bool shared_multiplier = partner && partner->words && partner->value >= 100 && n.value < 10;
        if (partner && !shared_multiplier) unit = unit_after(text_, partner->end, ceiling);
      }
      borrowed = unit.has_value();
    }
    if (!unit && char_at(text_, n.end) == '-') return n.end;  // "6-3", "25-5181"
    std::optional<Qualifier> qualifier = qualifier_before(text_, n.start, floor_of(n.start));
    // "two time periods": "time" in the singular after a number above one
    // is an adjective, not the times counted. A count noun so written still
    // counts what it describes: "a four page letter" has four pages.
    if (unit && !borrowed && unit->singular && n.value != 1 && unit->info->category == "times") {
      return unit->end;
    }
    const bool percent = unit && unit->info->category == "percent";
    if (n.year_like() && !qualifier && !percent) return end;
    if (!unit && !n.scaled()) return end;
    if (unit && !borrowed) end = unit->end;

    Mention m;
    m.type = "figure";
    m.start = qualifier ? qualifier->start : n.start;
    m.end = end;
    m.attrs["value"] = n.value;
    if (unit) m.attrs["unit"] = unit->info->unit;
    if (qualifier) {
      m.attrs["qualifier"] = qualifier->phrase;
      m.attrs["bound"] = qualifier->bound;
    } else if (!post_qualifier.empty()) {
      m.attrs["qualifier"] = post_qualifier;  // "three (3) or more": at least
      m.attrs["bound"] = std::string(post_qualifier == "or more" ? "minimum" : post_qualifier == "so" ? "approximate" : "maximum");
    }
    m.name = figures::format_number(n.value) + (unit ? " " + unit->info->unit : std::string());
    out_.push_back(std::move(m));
    return end;
  }

  // "$430 billion", "US$5", "€20", "£3m", "$2 to $3 million".
  std::size_t try_money_symbol(std::size_t i, std::size_t symbol_len) {
    std::size_t start = i;
    while (start > 0 && is_upper(text_[start - 1])) --start;
    if (start > 0 && is_alnum(text_[start - 1])) return i + symbol_len;
    const auto& currencies = figure_vocabulary().prefix_currencies;
    auto currency = currencies.find(std::string(text_.substr(start, i + symbol_len - start)));
    if (currency == currencies.end()) return i + symbol_len;
    std::size_t at = i + symbol_len;
    if (char_at(text_, at) == ' ') ++at;
    return money_at(start, at, currency->second);
  }

  // "USD 5,000", "EUR 20".
  std::size_t try_money_code(std::size_t i, std::size_t end) {
    const auto& currencies = figure_vocabulary().prefix_currencies;
    auto currency = currencies.find(std::string(text_.substr(i, end - i)));
    if (currency == currencies.end() || char_at(text_, end) != ' ') return end;
    return money_at(i, end + 1, currency->second);
  }

  std::size_t money_at(std::size_t start, std::size_t at, const figures::Currency& currency) {
    if (!is_digit(char_at(text_, at))) return at;
    std::optional<NumberSpan> n = figures::read_digits(text_, at, true);
    if (!n) return skip_number(text_, at);
    if (!n->scaled()) {
      const char after = char_at(text_, n->end);
      if (is_alpha(after)) return n->end;
      if ((after == '.' || after == ',' || after == ':' || after == '/') && is_digit(char_at(text_, n->end + 1)) &&
          !n->footnote_after) {
        return skip_number(text_, n->end + 1);
      }
    }
    double value = n->value;
    if (!n->scaled()) {
      std::optional<NumberSpan> partner = range_partner(text_, n->end, ceiling_of(n->end), true);
      if (partner && partner->scaled()) value *= partner->scale;
    }
    emit_money(start, n->end, value * currency.factor, currency.code);
    return n->end;
  }

  void emit_money(std::size_t start, std::size_t end, double value, const std::string& currency) {
    std::optional<Qualifier> qualifier = qualifier_before(text_, start, floor_of(start));
    Mention m;
    m.type = "money";
    m.start = qualifier ? qualifier->start : start;
    m.end = end;
    m.attrs["value"] = value;
    m.attrs["currency"] = currency;
    if (qualifier) {
      m.attrs["qualifier"] = qualifier->phrase;
      m.attrs["bound"] = qualifier->bound;
    }
    m.name = figures::format_number(value) + " " + currency;
    out_.push_back(std::move(m));
  }

  std::string_view text_;
  std::vector<Mention>& out_;
  const figures::FigureVocabulary& vocab_;
};

}  // namespace

void extract_figures(const ExtractionContext& ctx, std::vector<Mention>& out) {
  FigureScanner(ctx.text, out).run();
}

}  // namespace lexgraph
