#pragma once
// Reading the pieces of a statute citation at a byte position of normalized
// text: words, section numbers, subsection chains. Every reader returns the
// position after what it read and never reads past the text.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph::statutes {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
constexpr bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

inline constexpr std::string_view kSectionSign = "\xC2\xA7";  // §

inline bool at(std::string_view t, std::size_t p, std::string_view lit) {
  return p <= t.size() && t.size() - p >= lit.size() && t.compare(p, lit.size(), lit) == 0;
}
inline bool sign_at(std::string_view t, std::size_t p) { return at(t, p, kSectionSign); }

// Spaces and at most one line break (a citation never crosses a paragraph).
std::size_t skip_space(std::string_view t, std::size_t p);
// Back from `p` over spaces and at most one line break.
std::size_t skip_space_back(std::string_view t, std::size_t p);

// The whitespace-delimited word ending at `end` (after skip_space_back), or
// an empty span. `start` receives its first byte.
std::string_view word_before(std::string_view t, std::size_t end, std::size_t& start);
// The whitespace-delimited word starting at `p` (after skip_space).
std::string_view word_after(std::string_view t, std::size_t p, std::size_t& start);

// Digits at p..; returns the end (p when none).
std::size_t read_digits(std::string_view t, std::size_t p);

// "§", "§§", "sec.", "secs.", "section", "sections" (either case) at p; the
// position after it and its trailing space, or p. `plural` set for the
// plural forms.
std::size_t read_section_word(std::string_view t, std::size_t p, bool& plural);

enum class SectionStyle {
  federal,  // 6103, 552a, 1395w-4, 2000e-5, 235.3, 301.6221-1
  state,    // 13-21-111.5, 2C:11-3, 5/2-619, 8.01-195.1
};

struct SectionToken {
  std::string section;
  std::string range_end;  // "706" of "701-706"
  std::size_t end = 0;
};

// A section number at p. A hyphen between two numbers of the same size
// ("701-706", "757a-757d") makes a range; in a plural context ("§§") any
// ascending pair does. State sections keep their hyphens.
bool read_section(std::string_view t, std::size_t p, SectionStyle style, bool plural, SectionToken& out);

// "(i)(2)", or in older opinions "(b) (6)" (allow_space): appended to `out`
// as one string. Only designator-like contents count: 1-3 digits, 1-2
// letters, a roman numeral — never "(2012)" or "(West)".
std::size_t read_subsections(std::string_view t, std::size_t p, bool allow_space, std::string& out);

// " et seq." / " et. seq." at p: the position after it, or p.
std::size_t read_et_seq(std::string_view t, std::size_t p);

// A range continuation at p: "--706", " to 706", " through 706": position of
// the second section, or p.
std::size_t read_range_word(std::string_view t, std::size_t p);

// A list separator at p (", ", " and ", ", and ", " or ", ", or "): the
// position after it, or p.
std::size_t read_list_separator(std::string_view t, std::size_t p);

// Roman numeral I..XXVII or digits at p (either case for roman). Returns the
// end and the value; 0 when none.
std::size_t read_article_number(std::string_view t, std::size_t p, int& value);

}  // namespace lexgraph::statutes
