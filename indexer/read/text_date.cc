#include "read/text_date.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <vector>

namespace lexgraph {
namespace {

struct YearMonthDay {
  int year = 0;
  int month = 0;  // 0: not given
  int day = 0;    // 0: not given
};

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool plausible(const YearMonthDay& d) {
  if (d.year < 1000 || d.year > 2999) return false;
  if (d.month == 0) return d.day == 0;
  if (d.month < 1 || d.month > 12) return false;
  if (d.day == 0) return true;
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.day < 1 || d.day > kDays[d.month - 1]) return false;
  return !(d.month == 2 && d.day == 29 && !is_leap(d.year));
}

std::string iso(const YearMonthDay& d) {
  char buf[48];  // room for any int in each field, so no truncation is possible
  if (d.month == 0) std::snprintf(buf, sizeof buf, "%04d", d.year);
  else if (d.day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// A date split into words and numbers: "Nov. 20, 2025" -> [nov] [20] [2025].
struct Token {
  bool number = false;
  int value = 0;
  int digits = 0;
  std::string word;  // lower case
  char separator_after = ' ';
};

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c)) {
      Token t;
      t.number = true;
      std::size_t j = i;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])) && t.digits < 9) {
        t.value = t.value * 10 + (s[j] - '0');
        ++t.digits;
        ++j;
      }
      if (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) return {};  // absurd number
      // Ordinal suffixes: "20th", "1st".
      if (j + 1 < s.size()) {
        std::string_view suffix = s.substr(j, 2);
        if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") j += 2;
      }
      if (j < s.size()) t.separator_after = s[j];
      tokens.push_back(t);
      i = j;
    } else if (std::isalpha(c)) {
      Token t;
      std::size_t j = i;
      while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) {
        t.word += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j])));
        ++j;
      }
      tokens.push_back(t);
      i = j;
    } else {
      ++i;
    }
  }
  return tokens;
}

int month_from_word(const std::string& w) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (w.size() < 3) return 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    // Full name or an abbreviation of it ("nov", "sept").
    if (kMonths[m].substr(0, w.size()) == w) return static_cast<int>(m) + 1;
  }
  return 0;
}

std::optional<YearMonthDay> read_iso(std::string_view s) {
  // YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by a time ("T19:43:00Z").
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    auto r = std::from_chars(s.data() + at, s.data() + at + n, out);
    return r.ec == std::errc() && r.ptr == s.data() + at + n;
  };
  YearMonthDay d;
  if (!digits(0, 4, d.year)) return std::nullopt;
  std::size_t at = 4;
  if (at < s.size() && s[at] == '-') {
    if (!digits(at + 1, 2, d.month)) return std::nullopt;
    at += 3;
    if (at < s.size() && s[at] == '-') {
      if (!digits(at + 1, 2, d.day)) return std::nullopt;
      at += 3;
    }
  }
  if (at < s.size() && s[at] != 'T' && s[at] != ' ') return std::nullopt;
  return d;
}

// Words that may surround a date without changing it: "Thursday, the 20th
// day of November, 2025".
bool ignorable_word(const std::string& w) {
  static constexpr std::array<std::string_view, 7> kWeekdays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  static constexpr std::array<std::string_view, 4> kFiller = {"of", "the", "day", "a"};
  for (auto f : kFiller) if (w == f) return true;
  if (w.size() < 3) return false;
  for (auto d : kWeekdays) if (d.substr(0, w.size()) == w) return true;
  return false;
}

std::optional<YearMonthDay> read_words(const std::vector<Token>& t) {
  YearMonthDay d;
  std::vector<Token> tokens;
  for (const Token& tok : t) {
    // Weekday names and filler words carry no date information.
    if (!tok.number && month_from_word(tok.word) == 0) {
      if (!ignorable_word(tok.word)) return std::nullopt;
      continue;
    }
    tokens.push_back(tok);
  }
  if (tokens.empty()) return std::nullopt;
  auto is_month = [](const Token& x) { return !x.number && month_from_word(x.word) != 0; };
  auto is_year = [](const Token& x) { return x.number && x.digits == 4; };
  auto is_day = [](const Token& x) { return x.number && x.digits <= 2; };
  if (tokens.size() == 1 && is_year(tokens[0])) {
    d.year = tokens[0].value;
  } else if (tokens.size() == 2 && is_month(tokens[0]) && is_year(tokens[1])) {
    d.month = month_from_word(tokens[0].word);  // "November 2025"
    d.year = tokens[1].value;
  } else if (tokens.size() == 3 && is_month(tokens[0]) && is_day(tokens[1]) && is_year(tokens[2])) {
    d.month = month_from_word(tokens[0].word);  // "November 20, 2025"
    d.day = tokens[1].value;
    d.year = tokens[2].value;
  } else if (tokens.size() == 3 && is_day(tokens[0]) && is_month(tokens[1]) && is_year(tokens[2])) {
    d.day = tokens[0].value;  // "20 November 2025"
    d.month = month_from_word(tokens[1].word);
    d.year = tokens[2].value;
  } else if (tokens.size() == 3 && is_day(tokens[0]) && is_day(tokens[1]) && is_year(tokens[2]) &&
             (tokens[0].separator_after == '/' || tokens[0].separator_after == '-')) {
    d.month = tokens[0].value;  // "11/20/2025": US order, month first
    d.day = tokens[1].value;
    d.year = tokens[2].value;
  } else if (tokens.size() == 3 && is_year(tokens[0]) && is_day(tokens[1]) && is_day(tokens[2]) &&
             tokens[0].separator_after == '/') {
    d.year = tokens[0].value;  // "2025/11/20"
    d.month = tokens[1].value;
    d.day = tokens[2].value;
  } else if (tokens.size() == 2 && is_day(tokens[0]) && is_year(tokens[1]) &&
             tokens[0].separator_after == '/') {
    d.month = tokens[0].value;  // "11/2025"
    d.year = tokens[1].value;
  } else {
    return std::nullopt;
  }
  return d;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::string> normalize_date(std::string_view written) {
  std::string_view s = trim(written);
  if (s.empty()) return std::string();
  if (s.size() > 64) return std::nullopt;
  std::optional<YearMonthDay> d = read_iso(s);
  if (!d) d = read_words(tokenize(s));
  if (!d || !plausible(*d)) return std::nullopt;
  return iso(*d);
}

std::string decision_date_line(std::string_view text, std::size_t probe) {
  text = text.substr(0, probe);
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front()))) line.remove_prefix(1);
    while (!line.empty() && (std::isspace(static_cast<unsigned char>(line.back())) || line.back() == '.')) line.remove_suffix(1);
    for (std::string_view label : {"Decided:", "Decided", "Filed:", "Filed", "Dated:", "Dated"}) {
      if (line.starts_with(label) && line.size() > label.size() && line[label.size()] == ' ') {
        line.remove_prefix(label.size() + 1);
        break;
      }
    }
    // A month written as a word, a day and a year, and nothing else.
    if (line.size() < 10 || line.size() > 30 || !std::isalpha(static_cast<unsigned char>(line.front()))) continue;
    const std::optional<std::string> iso = normalize_date(line);
    if (iso && iso->size() == 10) return *iso;
  }
  return "";
}

}  // namespace lexgraph
