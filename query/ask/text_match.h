#pragma once
// Word-level matching shared by question analysis and answering: words
// with their byte offsets, a crude stem that lets "addresses" meet
// "address" without a full stemmer on every sentence, and whole-word
// search for entity aliases.

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph::ask {

struct Word {
  std::string lower;  // lower-cased ASCII; other bytes kept
  std::size_t start = 0, end = 0;
  bool capitalized = false;
};

// Letters, digits and inner apostrophes / hyphens ("ICE's" -> "ice's",
// "data-sharing"); a possessive 's is split off ("ice", "'s").
std::vector<Word> words_of(std::string_view text);

// The parts Xapian indexes a hyphenated word by ("tax-return" -> "tax",
// "return"; "Almonte-Rodriguez" -> "almonte", "rodriguez"), a document may
// write apart. A word with a digit ("17-3510", "2:09-bk-20833") or no hyphen
// is its own one part: a number's parts say nothing alone.
std::vector<std::string> hyphen_parts(std::string_view word);

// "disclosing" -> "disclos", "addresses" -> "address", "sued" -> "su":
// strips one common English suffix; the same on both sides is all we need.
std::string crude_stem(std::string_view lower_word);

// The inflected forms of a verb's base form: "block" -> block, blocks,
// blocked, blocking; "stop" -> stopped, stopping; "deny" -> denied, denies.
// A phrase inflects its first word ("file suit" -> "filed suit").
std::vector<std::string> inflections(std::string_view base);

// Byte offset of `needle` in `text` as a whole word (not inside a longer
// word), from `from`; npos when absent. Case-sensitive unless `fold`.
std::size_t find_word(std::string_view text, std::string_view needle, std::size_t from = 0, bool fold = false);

std::string to_lower(std::string_view s);

// Whether `text` names `name` as a whole word, as written or in the
// capitals of a caption or heading ("DISTRICT OF MASSACHUSETTS").
bool says_name(std::string_view text, std::string_view name);

// A court as an answer names it: a citation form ("D.P.R.", "9th Cir.")
// gives the court's name with the form the text cites ("United States
// District Court for the District of Puerto Rico (D.P.R.)"); any other
// wording stays as written.
std::string court_as_cited(std::string_view written, std::string_view name);

// Whether `w` is one of `set`.
inline bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Common words that carry no content in a question.
bool is_stopword(std::string_view lower_word);

// "1927", "2022": four digits a year of the reporters' range (1700-2099).
bool is_year_word(std::string_view word);

}  // namespace lexgraph::ask
