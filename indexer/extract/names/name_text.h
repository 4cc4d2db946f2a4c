#pragma once
// Words of normalized text as the name extractors see them: runs of letters
// and digits (any non-ASCII byte counts as a letter, so "Asociación" is one
// word), "&" as a word of its own. Punctuation between words is looked at
// through the text, never stored.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph::names {

constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_word_byte(char c) {
  unsigned u = static_cast<unsigned char>(c);
  return ((u | 0x20u) - 'a') < 26u || (u - '0') < 10u || u >= 0x80u;
}
constexpr char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c | 0x20) : c; }

struct Word {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
};

// A cheap, case-insensitive pre-check in front of a word set: says "no" for
// most words without hashing them, so looking up every word of a document
// costs a few instructions per word.
// A 16-bit case-insensitive key of a word from its length and three of its
// letters: cheap enough to take for every word of a document.
inline unsigned word_key(std::string_view w) {
  if (w.empty()) return 0;
  unsigned a = static_cast<unsigned char>(ascii_lower(w.front()));
  unsigned b = static_cast<unsigned char>(ascii_lower(w.back()));
  unsigned c = w.size() > 1 ? static_cast<unsigned char>(ascii_lower(w[1])) : 0u;
  // A multiplicative hash of the four: a sum of them crowds into a few
  // thousand keys, and every filter in front of a word set lets too much by.
  std::uint32_t packed = a | (b << 8) | (c << 16) | (static_cast<std::uint32_t>(w.size() & 255u) << 24);
  return (packed * 2654435761u) >> 16;
}

class WordFilter {
 public:
  void add(std::string_view w) {
    unsigned k = key(w);
    bits_[k >> 6] |= std::uint64_t{1} << (k & 63);
  }
  bool may_contain(std::string_view w) const {
    unsigned k = key(w);
    return (bits_[k >> 6] >> (k & 63)) & 1;
  }

 private:
  static unsigned key(std::string_view w) { return word_key(w); }
  std::uint64_t bits_[1024] = {};
};

// A filter holding `words`.
template <typename Words>
WordFilter filter_of(const Words& words) {
  WordFilter f;
  for (std::string_view w : words) f.add(w);
  return f;
}

// All words of `text` in order (for short texts: phrases, typed queries;
// documents go through split_and_anchor).
std::vector<Word> split_words(std::string_view text);

// The word's text.
inline std::string_view word_text(std::string_view text, const Word& w) {
  return text.substr(w.start, w.end - w.start);
}

// Starts with an ASCII capital ("Court", "IRS", "D").
inline bool is_capitalized(std::string_view w) { return !w.empty() && is_ascii_upper(w[0]); }
// Two or more letters, no lower case ("IRS", "KOLLAR").
bool is_all_caps(std::string_view w);
// Case-insensitive ASCII equality.
bool iequals(std::string_view a, std::string_view b);

// Whether the span [start, end) is a party of a case name: "v." right after
// it ("Acme Corp., v. Smith") or right before it ("Smith v. Acme Corp.").
bool is_case_party(std::string_view text, std::size_t start, std::size_t end);

// Lower-case ASCII slug: letters and digits kept (Latin-1 accents folded),
// anything else becomes one "-": "Kollar-Kotelly" -> "kollar-kotelly",
// "Asociación de X" -> "asociacion-de-x".
std::string slug(std::string_view name);

// "KOLLAR-KOTELLY" -> "Kollar-Kotelly", "O'CONNOR" -> "O'Connor",
// "MCDONALD" -> "McDonald"; words with lower case are kept as written.
std::string title_case_name(std::string_view name);

// title_case_name for a name written all in capitals ("FOXBOROUGH POLICE
// DEPARTMENT"); a name with lower case is kept as written ("Kesten, LLP").
std::string name_as_written(std::string_view name);

// Lower-case ASCII copy.
std::string to_lower(std::string_view s);

// Collapses runs of whitespace (line breaks in captions) to one space.
std::string squeeze_spaces(std::string_view s);

}  // namespace lexgraph::names
