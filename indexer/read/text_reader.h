#pragma once
// Plain text and Markdown, with an optional header of `Key: value` lines
// (Case/Title, Court, Date, Judge/Authoring judge, Kind, Docket, Source,
// Citation) ended by a blank line. Without a title in a header, the title
// is the body's own: a Markdown heading, a public law's name, or a heading
// line (read/text_title.h).
#include <string_view>
#include "read/read_result.h"
namespace lexgraph {
ReadResult read_text(std::string_view bytes);
}
