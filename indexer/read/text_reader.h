#pragma once
// Plain text and Markdown, with an optional header of `Key: value` lines
// (Case/Title, Court, Date, Judge/Authoring judge, Kind, Docket, Source,
// Citation) ended by a blank line.
#include <string_view>
#include "read/read_result.h"
namespace lexgraph {
ReadResult read_text(std::string_view bytes);
}
