#pragma once
// HTML pages and fragments (court opinions, PACER and Supreme Court docket
// sheets, CourtListener `html` fields saved as files): the visible text,
// a title from <title> or the first <h1>, and what generic metadata the
// page offers — <meta name="date">, and the parties / case_cite / docket /
// court / date classes of CourtListener and Harvard case HTML.
#include <string_view>
#include "read/read_result.h"
namespace lexgraph {
ReadResult read_html(std::string_view bytes);
}
