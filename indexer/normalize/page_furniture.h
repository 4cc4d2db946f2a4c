#pragma once
// Page furniture: the marks a printed page leaves in text that are not part
// of what the document says. Reporter star pages ("*12", "**455", "[*3]")
// that CourtListener and Harvard texts carry inline, page-number lines
// ("12", "-12-", "Page 3 of 10") and running headers next to form feeds,
// and Statutes-at-Large page headers ("128 STAT. 1197").

#include <cstddef>
#include <string>
#include <string_view>

namespace lexgraph {

// Length in bytes of a star-page marker that starts at `pos` of `text`, or
// 0. A pin cite is not a marker: "at *3", "2017 WL 770964, *10" and the
// ranges "*4-*5" stay, because they say where a quotation is.
std::size_t star_page_marker_length(std::string_view text, std::size_t pos);

// True when `line` holds nothing but star-page markers and spaces.
bool is_marker_only_line(std::string_view text, std::size_t begin, std::size_t end);

// "12", "-12-", "- 12 -", "Page 12", "Page 12 of 40" (trimmed line).
bool is_page_number_line(std::string_view trimmed);

// "128 STAT. 1197": a page header of the Statutes at Large (trimmed line).
bool is_statutes_page_header(std::string_view trimmed);

// The line with digit runs folded to '#' and space runs to one space, so
// that running headers of different pages compare equal
// ("Case: 20-1507 Document: 00117684624 Page: 2" -> "Case: #-# Document: # Page: #").
std::string page_line_shape(std::string_view trimmed);

}  // namespace lexgraph
