#pragma once
// Text of an HTML document or fragment, as a reader would see it: no
// script/style, block elements become paragraph breaks, entities decoded.
// Shared by the HTML reader and the JSON readers (CourtListener html_* fields).
#include <string>
#include <string_view>
namespace lexgraph {
struct HtmlText {
  std::string title;  // <title> or first <h1>, when present
  std::string text;
  std::string error;  // one line; empty when ok
};
HtmlText html_to_text(std::string_view html);
}
