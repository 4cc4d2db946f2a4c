#include "extract/figures/text_tokens.h"

#include <algorithm>

namespace lexgraph::figures {

namespace {

bool is_leading_punct(char c) { return c == '(' || c == '[' || c == '"' || c == '\'' || c == '{'; }
bool is_trailing_punct(char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == ']' || c == '"' || c == '?' ||
         c == '!' || c == '}' || c == '\'';
}

// A blank line between `a` and `b` (both inside text).
bool paragraph_break(std::string_view text, std::size_t a, std::size_t b) {
  int newlines = 0;
  for (std::size_t i = a; i < b; ++i) {
    if (text[i] == '\n' && ++newlines >= 2) return true;
  }
  return false;
}

}  // namespace

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

bool all_upper(std::string_view word) {
  int letters = 0;
  for (char c : word) {
    if (is_lower(c)) return false;
    if (is_upper(c)) ++letters;
  }
  return letters >= 2;
}

Token make_token(std::string_view text, std::size_t start, std::size_t end) {
  Token t;
  t.start = start;
  t.end = end;
  t.raw = text.substr(start, end - start);
  std::size_t a = start;
  std::size_t b = end;
  while (a < b && is_leading_punct(text[a])) ++a;
  while (b > a && is_trailing_punct(text[b - 1])) {
    // The apostrophe of a plural possessive ("States'") belongs to the word.
    if (text[b - 1] == '\'' && b - 1 > a && text[b - 2] == 's') break;
    --b;
  }
  t.punct_before = a > start;
  t.punct_after = b < end;
  t.core = text.substr(a, b - a);
  t.core_start = a;
  t.lower = lower(t.core);
  return t;
}

std::vector<Token> tokens_before(std::string_view text, std::size_t pos, std::size_t floor, std::size_t count) {
  std::vector<Token> out;
  std::size_t i = std::min(pos, text.size());
  while (out.size() < count) {
    std::size_t end = i;
    while (end > floor && is_blank(text[end - 1])) --end;
    if (end <= floor || paragraph_break(text, end, i)) break;
    std::size_t start = end;
    while (start > floor && !is_blank(text[start - 1])) --start;
    out.push_back(make_token(text, start, end));
    i = start;
  }
  return out;
}

std::vector<Token> tokens_after(std::string_view text, std::size_t pos, std::size_t ceiling, std::size_t count) {
  std::vector<Token> out;
  ceiling = std::min(ceiling, text.size());
  std::size_t i = pos;
  while (out.size() < count) {
    std::size_t start = i;
    while (start < ceiling && is_blank(text[start])) ++start;
    if (start >= ceiling || paragraph_break(text, i, start)) break;
    std::size_t end = start;
    while (end < ceiling && !is_blank(text[end])) ++end;
    out.push_back(make_token(text, start, end));
    i = end;
  }
  return out;
}

std::pair<std::size_t, std::size_t> sentence_bounds(const Segmentation& segments, std::size_t pos,
                                                    std::size_t text_size) {
  const std::vector<Sentence>& s = segments.sentences;
  auto it = std::upper_bound(s.begin(), s.end(), pos, [](std::size_t p, const Sentence& x) { return p < x.start; });
  if (it != s.begin()) {
    const Sentence& candidate = *(it - 1);
    if (pos < candidate.end) return {candidate.start, candidate.end};
  }
  return {0, text_size};
}

}  // namespace lexgraph::figures
