#pragma once
// Looking a few words left and right of an anchor (a number, a month name,
// the word "injunction") without tokenizing the whole text: the scanners
// find anchors with cheap byte tests and only then read their
// neighbourhood.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "segment/segmentation.h"

namespace lexgraph::figures {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
inline bool is_blank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
inline char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower(std::string_view s);
bool all_upper(std::string_view word);  // at least two letters, no lower-case one

// A run of non-blank bytes, and its core without surrounding punctuation:
// `"injunction,"` -> `injunction`, `(No.` -> `No`, `court's` stays.
struct Token {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string_view raw;
  std::string_view core;
  std::size_t core_start = 0;
  std::string lower;         // core in lower case
  bool punct_before = false; // raw starts with punctuation ( " [
  bool punct_after = false;  // raw ends with punctuation , . ; : ) ] " ? !
  bool capitalized() const { return !core.empty() && is_upper(core.front()); }
};

Token make_token(std::string_view text, std::size_t start, std::size_t end);

// Up to `count` tokens that end at or before `pos`, nearest first, none
// starting before `floor`. A paragraph break (blank line) stops the walk.
std::vector<Token> tokens_before(std::string_view text, std::size_t pos, std::size_t floor, std::size_t count);

// Up to `count` tokens that start at or after `pos`, nearest first, none
// ending after `ceiling`. A paragraph break stops the walk.
std::vector<Token> tokens_after(std::string_view text, std::size_t pos, std::size_t ceiling, std::size_t count);

// The sentence around byte `pos`; the whole text when the segmentation has
// none there.
std::pair<std::size_t, std::size_t> sentence_bounds(const Segmentation& segments, std::size_t pos,
                                                    std::size_t text_size);

// A cheap first test for "is this word one of a few hundred": its first two
// letters (any case) and its length. No false negatives; the caller then
// looks the word up properly.
class WordFilter {
 public:
  void add(std::string_view word) {
    if (const int slot = slot_of(word); slot >= 0) bits_[slot] |= 1u << word.size();
  }
  bool may_contain(std::string_view word) const {
    const int slot = slot_of(word);
    return slot >= 0 && (bits_[slot] >> word.size()) & 1u;
  }

 private:
  static int slot_of(std::string_view word) {
    if (word.size() < 2 || word.size() > 31) return -1;
    const int a = to_lower(word[0]) - 'a';
    const int b = to_lower(word[1]) - 'a';
    return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
  }
  unsigned bits_[26 * 26] = {};
};

// The end of the ASCII word (letters only) starting at `pos`.
inline std::size_t letters_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_alpha(text[pos])) ++pos;
  return pos;
}

// Does a word start at `pos`: a letter or digit not glued to another one?
inline bool word_starts_at(std::string_view text, std::size_t pos) {
  return pos == 0 || !is_alnum(text[pos - 1]);
}

}  // namespace lexgraph::figures
