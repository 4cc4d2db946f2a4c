#pragma once
// The line structure of a raw body: which lines carry content, which are
// page furniture, and whether the gap before each content line is a line
// break inside a paragraph or a paragraph break. Texts arrive in three
// layouts and the same blank line means different things in each:
//   - wrapped, blank line between paragraphs (most opinions, statutes);
//   - double-spaced (pdftotext of court filings: a blank line after every
//     line, paragraphs start indented);
//   - unwrapped (one line per paragraph, no blank lines: HTML-derived texts).

#include <cstddef>
#include <string_view>
#include <vector>

namespace lexgraph {

enum class BreakBefore {
  none,       // first content line
  line,       // same paragraph: becomes "\n"
  paragraph,  // becomes "\n\n"
};

struct ContentLine {
  std::size_t begin = 0;  // first visible byte
  std::size_t end = 0;    // one past the last visible byte
  BreakBefore break_before = BreakBefore::none;
  std::size_t break_origin = 0;  // where the break starts in the original
  bool starts_lowercase = false;
  bool ends_with_soft_hyphen = false;  // "Representa\u00AD" + line break
};

std::vector<ContentLine> lay_out_lines(std::string_view text);

}  // namespace lexgraph
