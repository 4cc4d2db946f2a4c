#pragma once
// From the physical-layout text of each PDF page (what `pdftotext -layout`
// prints) to document text: running heads and footers and pleading-paper
// line numbers removed, lines regrouped into paragraphs separated by a
// blank line. Kept apart from poppler so it can be tested on plain strings.

#include <string>
#include <vector>

namespace lexgraph {

struct PdfLayoutText {
  std::string text;
  int pages_without_text = 0;
  int running_lines_removed = 0;  // heads, footers, page numbers, line numbers
};

PdfLayoutText pdf_pages_to_text(const std::vector<std::string>& pages);

}  // namespace lexgraph
