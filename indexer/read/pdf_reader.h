#pragma once
// PDF with a text layer, read with poppler: page text in physical layout
// (the order `pdftotext -layout` gives), running heads and page numbers
// removed, page breaks turned into paragraph breaks. A PDF that is locked,
// broken, or only scanned images is a failure, not an empty document.
#include <string_view>
#include "read/read_result.h"
namespace lexgraph {
ReadResult read_pdf(std::string_view bytes);
}
