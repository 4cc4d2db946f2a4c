#pragma once
// Quoting for the export formats. Text in the graph comes from documents
// of any origin: each function returns valid UTF-8 (bad bytes become
// U+FFFD) that the format's reader accepts whatever the input held.

#include <string>
#include <string_view>

namespace lexgraph {

// Valid UTF-8: malformed sequences replaced by U+FFFD.
std::string valid_utf8(std::string_view text);
// XML 1.0 character data or attribute value: & < > " ' escaped, control
// characters XML forbids (all below 0x20 except tab, LF, CR) dropped.
std::string xml_escaped(std::string_view text);
// A DOT double-quoted string, with the quotes: " and \ escaped, line
// breaks as \n.
std::string dot_quoted(std::string_view text);
// One CSV field as Neo4j's importer reads it: line breaks as spaces,
// quoted when it holds a comma or quote, quotes doubled.
std::string csv_field(std::string_view text);

}  // namespace lexgraph
