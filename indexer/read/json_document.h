#pragma once
// lexgraph's own document JSON (schemas/document.schema.json), validated
// against that schema before it is trusted.
#include <string_view>

#include <rapidjson/document.h>

#include "read/read_result.h"

namespace lexgraph {

// One object in our own format; `format` is recorded in the Document
// ("json" or "jsonl"). A schema violation is a failure that names the
// keyword and where it failed.
ReadResult read_lexgraph_document(const rapidjson::Value& object, std::string_view format);

}  // namespace lexgraph
