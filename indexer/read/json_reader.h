#pragma once
// The JSON family: our own document JSON and JSON Lines
// (schemas/document.schema.json), CourtListener opinion JSON (API v3/v4),
// and Caselaw Access Project case JSON (API and 2024 static export). The
// shape is recognised from the keys, not the file name.
#include <string_view>
#include "read/read_result.h"
namespace lexgraph {
ReadResult read_json(std::string_view bytes);
}
