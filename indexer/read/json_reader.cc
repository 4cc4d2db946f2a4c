#include "read/json_reader.h"

#include <cctype>
#include <exception>
#include <string>

#include "read/cap_case.h"
#include "read/courtlistener_opinion.h"
#include "read/json_document.h"
#include "read/json_fields.h"
#include "read/json_parse.h"
#include "read/json_scotus_docket.h"

namespace lexgraph {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

void append(ReadResult& into, ReadResult&& from, const std::string& where) {
  for (std::string& w : from.warnings) into.warnings.push_back(where + w);
  for (Document& d : from.documents) into.documents.push_back(std::move(d));
}

ReadResult read_value(const rapidjson::Value& value, std::string_view own_format);

// One object: the shape is recognised from its keys.
ReadResult read_object(const rapidjson::Value& object, std::string_view own_format) {
  if (looks_like_courtlistener_opinion(object)) return read_courtlistener_opinion(object);
  if (looks_like_cap_case(object)) return read_cap_case(object);
  if (looks_like_scotus_docket(object)) return read_scotus_docket(object);
  // An API page ({"count": ..., "results": [...]}) from CourtListener or CAP.
  const rapidjson::Value* results = json_array(object, "results");
  if (results && !json_has(object, "text") && (json_has(object, "count") || json_has(object, "next")))
    return read_value(*results, own_format);
  return read_lexgraph_document(object, own_format);
}

// An object, or an array of objects (exports hold many cases).
ReadResult read_value(const rapidjson::Value& value, std::string_view own_format) {
  if (value.IsObject()) return read_object(value, own_format);
  if (!value.IsArray())
    return ReadResult::failure("JSON holds " + std::string(json_type_name(value)) + ", not a document object");
  if (value.Empty()) return ReadResult::failure("JSON holds an empty array: no documents");
  ReadResult all;
  rapidjson::SizeType index = 0;
  for (const rapidjson::Value& element : value.GetArray()) {
    std::string where = "element " + std::to_string(index++) + ": ";
    if (!element.IsObject())
      return ReadResult::failure(where + "is " + std::string(json_type_name(element)) + ", not a document object");
    ReadResult one = read_object(element, own_format);
    if (!one.ok()) return ReadResult::failure(where + one.error);
    append(all, std::move(one), where);
  }
  return all;
}

std::string syntax_message(std::string_view bytes, std::size_t base, const JsonSyntaxError& e) {
  std::size_t offset = base + e.offset;
  if (e.too_deep) return "JSON " + e.what + " at offset " + std::to_string(offset);
  return "JSON parse error at " + json_line_column(bytes, e.offset) + " (offset " + std::to_string(offset) +
         "): " + e.what;
}

// JSON Lines: one value per line, blank lines allowed. A line that does not
// parse, or is not a document, fails the file and names the line.
ReadResult read_json_lines(std::string_view content, std::size_t base) {
  ReadResult all;
  std::size_t pos = 0;
  std::size_t line_number = 0;
  while (pos < content.size()) {
    ++line_number;
    std::size_t nl = content.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? content.size() : nl;
    std::string_view line = content.substr(pos, end - pos);
    std::size_t line_start = pos;
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    if (is_blank_text(line)) continue;

    std::string where = "line " + std::to_string(line_number) + ": ";
    rapidjson::Document doc;
    if (auto e = parse_json(line, doc, false)) {
      std::size_t offset = base + line_start + e->offset;
      if (e->too_deep) return ReadResult::failure(where + "JSON " + e->what + " at offset " + std::to_string(offset));
      return ReadResult::failure(where + "JSON parse error at column " + std::to_string(e->offset + 1) +
                                 " (offset " + std::to_string(offset) + "): " + e->what);
    }
    ReadResult one = read_value(doc, "jsonl");
    if (!one.ok()) return ReadResult::failure(where + one.error);
    append(all, std::move(one), where);
  }
  if (all.documents.empty()) return ReadResult::failure("JSON Lines file holds no documents");
  return all;
}

ReadResult read_json_bytes(std::string_view bytes) {
  std::size_t base = bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom ? kUtf8Bom.size() : 0;
  std::string_view content = bytes.substr(base);
  if (is_blank_text(content)) return ReadResult::failure("empty JSON file");

  rapidjson::Document doc;
  std::size_t end = 0;
  if (auto e = parse_json(content, doc, true, &end)) return ReadResult::failure(syntax_message(content, base, *e));

  std::size_t rest = end;
  while (rest < content.size() && std::isspace(static_cast<unsigned char>(content[rest]))) ++rest;
  if (rest == content.size()) return read_value(doc, "json");

  // More follows the first value. That is JSON Lines when the first value
  // sat on one line; after a value spread over several lines it is junk.
  std::size_t begin = content.find_first_not_of(" \t\r\n");
  if (content.substr(begin, end - begin).find('\n') != std::string_view::npos)
    return ReadResult::failure("JSON parse error at " + json_line_column(content, rest) + " (offset " +
                               std::to_string(base + rest) + "): unexpected content after the JSON value");
  return read_json_lines(content, base);
}

}  // namespace

ReadResult read_json(std::string_view bytes) {
  // RapidJSON reports errors as values; what can still throw is the
  // allocator (std::bad_alloc on absurd input). A reader never throws.
  try {
    return read_json_bytes(bytes);
  } catch (const std::exception& e) {
    return ReadResult::failure(std::string("cannot read JSON: ") + e.what());
  }
}

}  // namespace lexgraph
