#pragma once
// The one HTML parse behind html_to_text and the HTML reader: the page's
// text plus the little metadata generic pages carry — <meta> tags, and the
// text of elements with given class names (CourtListener and Harvard case
// HTML mark parties, citations, docket, court and dates that way).
// Internal to the read stage.

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "read/html_text.h"

namespace lexgraph {

struct HtmlPage {
  HtmlText content;
  // <meta name|property="..." content="...">, names lower-cased.
  std::vector<std::pair<std::string, std::string>> meta;
  // For each class asked for, the flat text of the first few elements
  // carrying it, in document order.
  std::map<std::string, std::vector<std::string>> text_by_class;
};

HtmlPage parse_html_page(std::string_view html, const std::vector<std::string>& classes_wanted);

}  // namespace lexgraph
