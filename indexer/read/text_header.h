#pragma once
// The optional header at the top of a text file: `Key: value` lines
// ("Case: ...", "Court: ...", "Date: ...", "Authoring judge (per source
// dataset): ...") ended by a blank line. Real files also put one title
// line above the keys ("Docket report (PACER district)") and notes in
// parentheses among them; both are accepted. Anything else is body: a
// header is only recognised when it cannot be the start of the prose.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace lexgraph {

struct TextHeaderField {
  std::string key;    // canonical: lower case, qualifier in parentheses dropped
  std::string value;  // trimmed
};

struct TextHeader {
  std::string preamble;                 // title line above the keys, if any
  std::vector<TextHeaderField> fields;  // in file order
  std::size_t body_offset = 0;          // where the body starts in the given text
};

// The header at the very start of `text`, or nullopt when the text has none.
std::optional<TextHeader> find_text_header(std::string_view text);

// Does `line` read as a header's `Key: value` line ("Court: D.D.C.",
// "Authoring judge (per source dataset): ...")? Such a line is no heading.
bool is_header_key_line(std::string_view line);

// Copies what the header says into `doc` (title, court, date, judges, kind,
// docket, source, citation, id). Values that cannot be used (a date we
// cannot read) become warnings.
void apply_text_header(const TextHeader& header, Document& doc,
                       std::vector<std::string>& warnings);

}  // namespace lexgraph
