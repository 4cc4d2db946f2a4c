#pragma once
// CourtListener's plain_text is not always plain: for opinions converted
// from WordPerfect it is HTML-escaped ("PASTA &amp; CHEESE"), and when the
// conversion failed it holds the converter's HTML usage message while the
// opinion itself is in the html fields.
#include <string>
#include <string_view>

namespace lexgraph {

// True when the text begins with a tag: markup, not plain text.
bool starts_with_markup(std::string_view text);

// Replaces character references (&amp; &lt; &gt; &quot; &apos; &nbsp;
// &sect; &para; &#NN; &#xHH;) with their UTF-8; anything else is kept.
std::string decode_character_references(std::string_view text);

}  // namespace lexgraph
