#pragma once
// Reading a person's name out of the words around a title or role:
// capitalised or all-caps words, initials ("T."), hyphenated and
// apostrophe names ("Kollar-Kotelly", "O'Connor") and suffixes ("Jr.").

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/names/name_scan.h"

namespace lexgraph::names {

struct NameSpan {
  std::size_t first_word = 0;
  std::size_t end_word = 0;     // exclusive
  std::size_t start = 0;        // bytes
  std::size_t end = 0;
  std::size_t name_words = 0;   // words that are not initials or suffixes ("Harry T. Edwards": 2)
  bool starts_with_initial = false;
  bool ok() const { return name_words > 0; }
};

// Word `i` is an initial: one capital letter and its full stop ("T.").
bool is_initial(const NameScan& scan, std::size_t i);

// A generational suffix word ("Jr", "III"), written without its period.
bool is_suffix_word(std::string_view w);

// The name starting at word `first` (up to `max_parts` parts), or !ok().
NameSpan read_name_forward(const NameScan& scan, std::size_t first, std::size_t max_parts = 5);
// The name ending with word `last` (inclusive), reading leftwards, or !ok().
NameSpan read_name_backward(const NameScan& scan, std::size_t last, std::size_t max_parts = 5);

// The name's text with line breaks squeezed and capitals title-cased:
// "KOLLAR-KOTELLY" -> "Kollar-Kotelly".
std::string name_display(const NameScan& scan, const NameSpan& name);
// Surname of a displayed name: its last part that is not a suffix.
std::string surname_of(std::string_view display_name);
// Whether the name's first part is a known given name or an initial.
bool looks_like_full_name(const NameScan& scan, const NameSpan& name);

}  // namespace lexgraph::names
