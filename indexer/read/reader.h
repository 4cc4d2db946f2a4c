#pragma once
// Stage 1: read a file in whatever format it comes in. The format is
// detected from the content (the extension is only a hint), then the
// matching reader turns it into Documents.

#include <string>
#include <string_view>

#include "read/read_result.h"

namespace lexgraph {

enum class Format { text, json, html, pdf, xml, unsupported };

// Decide the format from the first bytes (and the file name as a hint).
Format detect_format(std::string_view bytes, std::string_view file_name);

// Read bytes already in memory; `path` is recorded in each Document and
// used as a hint. Every Document gets `path` and `format` set; `id` is left
// empty unless the source names one (the build stage assigns ids).
ReadResult read_bytes(std::string_view bytes, const std::string& path);

// Reads the file (errors such as "cannot open" come back as a failure).
ReadResult read_file(const std::string& path);

}  // namespace lexgraph
