#include "normalize/page_furniture.h"

namespace lexgraph {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_blank_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  }
  return true;
}

// The whitespace-delimited token that ends before `end` (skipping blanks).
std::string_view token_before(std::string_view text, std::size_t end) {
  while (end > 0 && is_blank_byte(text[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0 && !is_blank_byte(text[begin - 1])) --begin;
  return text.substr(begin, end - begin);
}

// "at *3" and "WL 770964, *10" cite a page of a database copy; they are
// references, not furniture.
bool is_pin_cite_context(std::string_view text, std::size_t star) {
  std::string_view prev = token_before(text, star);
  while (!prev.empty() && (prev.front() == '(' || prev.front() == '[')) prev.remove_prefix(1);
  if (equals_ignoring_case(prev, "at")) return true;
  if (prev.size() >= 2 && prev.back() == ',' && is_digit(prev[prev.size() - 2])) {
    std::size_t prev_begin = static_cast<std::size_t>(prev.data() - text.data());
    std::string_view database = token_before(text, prev_begin);
    return database == "WL" || database == "LEXIS";
  }
  return false;
}

}  // namespace

std::size_t star_page_marker_length(std::string_view text, std::size_t pos) {
  std::size_t i = pos;
  bool bracketed = false;
  if (text[i] == '[') {
    bracketed = true;
    ++i;
  }
  std::size_t stars = 0;
  while (i < text.size() && text[i] == '*' && stars < 3) { ++i; ++stars; }
  if (stars == 0 || stars > 2) return 0;
  std::size_t digits = 0;
  while (i < text.size() && is_digit(text[i])) { ++i; ++digits; }
  if (digits == 0 || digits > 5) return 0;
  if (bracketed) return (i < text.size() && text[i] == ']') ? i + 1 - pos : 0;

  if (i < text.size()) {
    char next = text[i];
    if (next == '-' || next == '*' || next == '%' || next == '/' || next == ':') return 0;
    if (static_cast<unsigned char>(next) == 0xE2 && text.substr(i, 3) == "\xE2\x80\x93") return 0;
  }
  if (pos > 0) {
    char prev = text[pos - 1];
    if (is_digit(prev) || prev == '*' || prev == '$') return 0;
    if (prev == '-' && !(pos > 1 && is_ascii_letter(text[pos - 2]))) return 0;
  }
  if (is_pin_cite_context(text, pos)) return 0;
  return i - pos;
}

bool is_marker_only_line(std::string_view text, std::size_t begin, std::size_t end) {
  bool seen_marker = false;
  std::size_t i = begin;
  while (i < end) {
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      continue;
    }
    if (text[i] != '*' && text[i] != '[') return false;
    std::size_t n = star_page_marker_length(text.substr(0, end), i);
    if (n == 0) return false;
    seen_marker = true;
    i += n;
  }
  return seen_marker;
}

bool is_page_number_line(std::string_view s) {
  auto strip = [&s](std::string_view prefix) {
    if (s.size() >= prefix.size() && equals_ignoring_case(s.substr(0, prefix.size()), prefix)) {
      s.remove_prefix(prefix.size());
      return true;
    }
    return false;
  };
  auto skip_spaces = [&s] { while (!s.empty() && s.front() == ' ') s.remove_prefix(1); };
  auto take_number = [&s] {
    std::size_t n = 0;
    while (n < s.size() && is_digit(s[n])) ++n;
    s.remove_prefix(n);
    return n > 0 && n <= 4;
  };
  if (strip("page")) {
    skip_spaces();
    if (!take_number()) return false;
    skip_spaces();
    if (strip("of")) {
      skip_spaces();
      if (!take_number()) return false;
    }
    return s.empty();
  }
  bool dashed = strip("-");
  skip_spaces();
  if (!take_number()) return false;
  skip_spaces();
  if (dashed && !strip("-")) return false;
  return s.empty();
}

bool is_statutes_page_header(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i == 0 || i > 3 || s.substr(i, 7) != " STAT. ") return false;
  i += 7;
  std::size_t page_digits = 0;
  while (i < s.size() && is_digit(s[i])) { ++i; ++page_digits; }
  return page_digits > 0 && i == s.size();
}

std::string page_line_shape(std::string_view s) {
  std::string shape;
  shape.reserve(s.size());
  for (char c : s) {
    if (is_digit(c)) {
      if (shape.empty() || shape.back() != '#') shape += '#';
    } else if (c == ' ' || c == '\t') {
      if (shape.empty() || shape.back() != ' ') shape += ' ';
    } else {
      shape += c;
    }
  }
  return shape;
}

}  // namespace lexgraph
