#pragma once
// Byte-level helpers shared by the citation scanners. The text is the
// normalized text of a document (ASCII punctuation, " " and "\n" only), so
// plain ASCII tests are enough; bytes >= 0x80 count as letters of a word.

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <vector>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace lexgraph::citations {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
inline bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
inline bool is_word_byte(char c) { return is_alnum(c) || static_cast<unsigned char>(c) >= 0x80; }
inline bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

inline char at(std::string_view t, std::size_t i) { return i < t.size() ? t[i] : '\0'; }

// Skips spaces and single line breaks from `i`, at most `limit` bytes, and
// across a paragraph break ("\n\n") only when asked. Returns the new position.
inline std::size_t skip_spaces(std::string_view t, std::size_t i, std::size_t limit = 3,
                               bool cross_paragraph = false) {
  std::size_t n = 0;
  while (i < t.size() && is_space(t[i]) && n < limit) {
    if (!cross_paragraph && t[i] == '\n' && at(t, i + 1) == '\n') break;
    ++i;
    ++n;
  }
  return i;
}

// The same, backwards: returns the position just after the last non-space
// byte before `i`.
inline std::size_t skip_spaces_back(std::string_view t, std::size_t i, std::size_t limit = 3) {
  std::size_t n = 0;
  while (i > 0 && is_space(t[i - 1]) && n < limit) {
    if (t[i - 1] == '\n' && i >= 2 && t[i - 2] == '\n') break;
    --i;
    ++n;
  }
  return i;
}

inline bool starts_with(std::string_view t, std::size_t i, std::string_view word) {
  return i <= t.size() && t.substr(i).substr(0, word.size()) == word;
}

// Digits from `i`; returns the end (== i when there are none).
inline std::size_t scan_digits(std::string_view t, std::size_t i) {
  while (i < t.size() && is_digit(t[i])) ++i;
  return i;
}

// True when no word byte touches position `i` from the left.
inline bool word_starts_at(std::string_view t, std::size_t i) { return i == 0 || !is_word_byte(t[i - 1]); }
// True when no word byte follows position `i`.
inline bool word_ends_at(std::string_view t, std::size_t i) { return i >= t.size() || !is_word_byte(t[i]); }

// The first ASCII digit at or after `i`, or t.size(). Eight bytes at a
// time: citations are rare, so most of a text is skipped here.
inline std::size_t find_digit(std::string_view t, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  const std::size_t n = t.size();
  while (i + 8 <= n) {
    std::uint64_t x;
    std::memcpy(&x, t.data() + i, 8);
    std::uint64_t d = x ^ (0x30 * kOnes);                // digits become 0x00..0x09
    std::uint64_t y = (d & ~kHigh) + (0x76 * kOnes);     // bytes <= 9 stay below 0x80
    std::uint64_t hit = ~(y | d) & kHigh;
    if (hit != 0) return i + static_cast<std::size_t>(__builtin_ctzll(hit) >> 3);
    i += 8;
  }
  while (i < n && !is_digit(t[i])) ++i;
  return i;
}

// Bytes of `x` (eight, little-endian) in [lo, hi), as the high bit of each
// byte; ASCII only. Exact for every byte (no borrow crosses bytes).
inline std::uint64_t bytes_in_range(std::uint64_t x, unsigned char lo, unsigned char hi) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  std::uint64_t v = x | kHigh;
  return (v - lo * kOnes) & ~(v - hi * kOnes) & ~x & kHigh;
}

// Bytes of `x` equal to `c`, as high bits; the lowest one is always right
// (higher ones may be false after a match), which is all a scan needs.
inline std::uint64_t bytes_equal(std::uint64_t x, unsigned char c) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  std::uint64_t v = x ^ (c * kOnes);
  return (v - kOnes) & ~v & kHigh;
}

// The first capital letter at or after `i`, or t.size().
inline std::size_t find_upper(std::string_view t, std::size_t i) {
  const std::size_t n = t.size();
  while (i + 8 <= n) {
    std::uint64_t x;
    std::memcpy(&x, t.data() + i, 8);
    std::uint64_t hit = bytes_in_range(x, 'A', 'Z' + 1);
    if (hit != 0) return i + static_cast<std::size_t>(__builtin_ctzll(hit) >> 3);
    i += 8;
  }
  while (i < n && !is_upper(t[i])) ++i;
  return i;
}

// The first position k >= i with t[k] == a and t[k + 1] == b, or npos.
// Eight positions at a time; cheaper than memchr on a letter that is common.
inline std::size_t find_pair(std::string_view t, std::size_t i, char a, char b) {
  const std::size_t n = t.size();
  while (i + 9 <= n) {
    std::uint64_t x, y;
    std::memcpy(&x, t.data() + i, 8);
    std::memcpy(&y, t.data() + i + 1, 8);
    std::uint64_t hit = bytes_equal(x, static_cast<unsigned char>(a)) & bytes_equal(y, static_cast<unsigned char>(b));
    if (hit == 0) {
      i += 8;
      continue;
    }
    std::size_t k = i + static_cast<std::size_t>(__builtin_ctzll(hit) >> 3);
    if (t[k] == a && t[k + 1] == b) return k;
    i = k + 1;  // a false hit above a true match of one byte: look again after it
  }
  for (; i + 1 < n; ++i)
    if (t[i] == a && t[i + 1] == b) return i;
  return std::string_view::npos;
}

// A fixed set of words, sorted once, searched by halving.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : words_(words) { std::sort(words_.begin(), words_.end()); }
  bool contains(std::string_view w) const { return std::binary_search(words_.begin(), words_.end(), w); }

 private:
  std::vector<std::string_view> words_;
};

// Collapses runs of whitespace to one space and trims: for attribute values.
std::string squeeze_spaces(std::string_view s);

}  // namespace lexgraph::citations
