#pragma once
// Parsing JSON from untrusted bytes with RapidJSON: UTF-8 is validated and
// nesting is bounded, because RapidJSON's own depth is limited only by the
// stack (a file of a million "[" must be an error, not a crash).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace lexgraph {

constexpr unsigned kMaxJsonDepth = 256;

struct JsonSyntaxError {
  std::size_t offset = 0;  // into the parsed bytes
  std::string what;        // "Missing a comma or ']' after an array element."
  bool too_deep = false;
};

// Parses the JSON value at the start of `bytes` into `doc`. With
// `stop_when_done` parsing ends after the first value and `*end` is the
// offset just past it; otherwise anything but whitespace after the value
// is an error.
std::optional<JsonSyntaxError> parse_json(std::string_view bytes, rapidjson::Document& doc,
                                          bool stop_when_done, std::size_t* end = nullptr);

// "line 3, column 14" for a byte offset (lines and columns count from 1;
// columns count bytes).
std::string json_line_column(std::string_view bytes, std::size_t offset);

}  // namespace lexgraph
