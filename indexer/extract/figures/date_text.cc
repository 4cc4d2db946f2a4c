#include "extract/figures/date_text.h"

#include <algorithm>

#include "extract/figures/text_tokens.h"

namespace lexgraph::figures {

// Reads `count` digits at `pos` when exactly that many stand there.
std::optional<int> digits_exactly(std::string_view text, std::size_t pos, std::size_t count) {
  int value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (!is_digit(char_at(text, pos + i))) return std::nullopt;
    value = value * 10 + (text[pos + i] - '0');
  }
  if (is_digit(char_at(text, pos + count))) return std::nullopt;
  return value;
}

// One or two digits at `pos`; `end` is set after them.
std::optional<int> one_or_two_digits(std::string_view text, std::size_t pos, std::size_t& end) {
  if (!is_digit(char_at(text, pos))) return std::nullopt;
  end = pos + 1;
  int value = text[pos] - '0';
  if (is_digit(char_at(text, end))) value = value * 10 + (text[end++] - '0');
  if (is_digit(char_at(text, end))) return std::nullopt;
  return value;
}

// A year that ends a date: four digits not glued to more digits, letters or
// a range ("2019-20").
std::optional<int> year_at(std::string_view text, std::size_t pos) {
  std::optional<int> year = digits_exactly(text, pos, 4);
  if (!year || *year < 1600 || *year > 2100) return std::nullopt;
  const char after = char_at(text, pos + 4);
  if (is_alpha(after) || ((after == '-' || after == '/') && is_digit(char_at(text, pos + 5)))) return std::nullopt;
  return year;
}

std::size_t ordinal_suffix(std::string_view text, std::size_t pos) {  // "21st", "3rd"
  const std::string_view rest = text.substr(std::min(pos, text.size()), 2);
  if (rest == "st" || rest == "nd" || rest == "rd" || rest == "th") {
    if (!is_alpha(char_at(text, pos + 2))) return pos + 2;
  }
  return pos;
}

namespace {

// A citation's parenthetical is abbreviations and numbers ("D.C. Cir.",
// "S.D.N.Y.", "en banc"); one telling an event has words of prose in lower
// case: "(Signed by Judge Loretta A. Preska on 4/14/2015)".
bool tells_an_event(std::string_view inside) {
  static constexpr std::string_view kCitationWords[] = {"en", "banc", "per", "curiam", "mem", "table", "slip", "op"};
  std::size_t i = 0;
  while (i < inside.size()) {
    if (!is_alpha(inside[i])) {
      ++i;
      continue;
    }
    const std::size_t word_start = i;
    while (i < inside.size() && is_alpha(inside[i])) ++i;
    const std::string_view word = inside.substr(word_start, i - word_start);
    const bool abbreviated = i < inside.size() && inside[i] == '.';
    if (word.size() < 2 || abbreviated || !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      continue;
    }
    if (std::find(std::begin(kCitationWords), std::end(kCitationWords), word) == std::end(kCitationWords)) return true;
  }
  return false;
}

}  // namespace

// "(D.C. Cir. Aug. 23, 2000)", "84 Stat. 1890 (January 2, 1971)", "ECF No.
// 13 (Jan. 5, 2017)": the date of a cited source.
bool in_citation_parenthetical(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t after = end;
  while (after < text.size() && text[after] == ' ') ++after;
  if (char_at(text, after) != ')') return false;
  std::size_t open = start;
  const std::size_t limit = start > 48 ? start - 48 : 0;
  while (open > limit && text[open - 1] != '(' && text[open - 1] != ')' && text[open - 1] != '\n') --open;
  if (open == 0 || text[open - 1] != '(') return false;
  std::string_view inside = text.substr(open, start - open);
  while (!inside.empty() && is_blank(inside.back())) inside.remove_suffix(1);
  if (inside.empty()) {
    std::size_t before = open - 1;
    while (before > 0 && text[before - 1] == ' ') --before;
    const char c = before > 0 ? text[before - 1] : '\0';
    return is_digit(c) || c == ')' || c == ']';
  }
  if (inside.find('.') == std::string_view::npos) return false;
  return !tells_an_event(inside);
}

// News speaks from its date ("said Thursday"); opinions and filings
// narrate. A document of unknown kind counts as news when it opens with a
// dateline: "WASHINGTON -- ", "SEATTLE (AP) -- ", "NEW YORK, N.Y. - ".
bool opens_with_dateline(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && is_blank(text[i])) ++i;
  const std::size_t start = i;
  int letters = 0;
  while (i < text.size() && i < start + 40 &&
         (is_upper(text[i]) || text[i] == ' ' || text[i] == ',' || text[i] == '.' || text[i] == '\'')) {
    letters += is_upper(text[i]);
    ++i;
  }
  if (letters < 3 || i == start) return false;
  if (char_at(text, i) == '(') {  // "(AP)", "(Reuters)"
    const std::size_t close = text.find(')', i);
    if (close == std::string_view::npos || close > i + 60) return false;
    i = close + 1;
    if (char_at(text, i) == ' ') ++i;
  }
  return text.substr(i, 3) == "-- " || text.substr(i, 2) == "- " || text.substr(i, 2) == "--";
}

// Prefix of a month or weekday name as the table writes it: "NOVEMBER" -> "November".
std::string capitalised(std::string_view word) {
  std::string out = lower(word);
  if (!out.empty() && is_lower(out[0])) out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace lexgraph::figures
