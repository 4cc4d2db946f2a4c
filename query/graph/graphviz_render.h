#pragma once
// `lexquery export --svg`: the DOT export drawn by Graphviz's `dot`, when
// it is installed.

#include <string>

namespace lexgraph {

// The path of an executable named `program` on $PATH, or "".
std::string find_on_path(const std::string& program);

// Runs `dot -Tsvg` on `dot_text`, writing the SVG to `output_path`, or to
// standard output when it is "". Returns an error line, "" when ok (a
// missing `dot` says how to get it).
std::string render_svg(const std::string& dot_text, const std::string& output_path);

}  // namespace lexgraph
