#pragma once
// The pieces of written dates, read at a byte position of normalized text:
// exact digit runs, years, ordinal suffixes, and the context tests that
// tell an event's date from a source's ("(D.C. Cir. Aug. 23, 2000)") and a
// news report from a narrative (a dateline at the top).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lexgraph::figures {

inline char char_at(std::string_view text, std::size_t pos) { return pos < text.size() ? text[pos] : '\0'; }

// `count` digits at `pos`, not followed by another digit.
std::optional<int> digits_exactly(std::string_view text, std::size_t pos, std::size_t count);

// One or two digits at `pos` (not three); `end` is set after them.
std::optional<int> one_or_two_digits(std::string_view text, std::size_t pos, std::size_t& end);

// A year (1600-2100) that ends a date: four digits not glued to letters or
// to a range ("2019-20", "2019/20").
std::optional<int> year_at(std::string_view text, std::size_t pos);

// After "st", "nd", "rd", "th" at `pos` ("21st"), else `pos`.
std::size_t ordinal_suffix(std::string_view text, std::size_t pos);

// Is the date at [start, end) the date of a cited source: alone in
// parentheses after a number ("84 Stat. 1890 (Jan. 2, 1971)") or after a
// court abbreviation ("(D.C. Cir. Aug. 23, 2000)")?
bool in_citation_parenthetical(std::string_view text, std::size_t start, std::size_t end);

// Does the text open with a dateline ("WASHINGTON -- ", "SEATTLE (AP) -- ")?
bool opens_with_dateline(std::string_view text);

// A month or weekday name as the tables write it: "NOVEMBER" -> "November".
std::string capitalised(std::string_view word);

}  // namespace lexgraph::figures
