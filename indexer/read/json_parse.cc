#include "read/json_parse.h"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace lexgraph {
namespace {

// Forwards SAX events to `inner` (a rapidjson::Document building itself)
// and stops the parse as soon as arrays/objects nest deeper than allowed.
template <typename Inner>
class DepthLimitedHandler {
 public:
  DepthLimitedHandler(Inner& inner, unsigned max_depth) : inner_(inner), max_depth_(max_depth) {}

  bool Null() { return inner_.Null(); }
  bool Bool(bool b) { return inner_.Bool(b); }
  bool Int(int i) { return inner_.Int(i); }
  bool Uint(unsigned u) { return inner_.Uint(u); }
  bool Int64(int64_t i) { return inner_.Int64(i); }
  bool Uint64(uint64_t u) { return inner_.Uint64(u); }
  bool Double(double d) { return inner_.Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return inner_.RawNumber(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) { return inner_.String(s, n, copy); }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) { return inner_.Key(s, n, copy); }
  bool StartObject() { return enter() && inner_.StartObject(); }
  bool EndObject(rapidjson::SizeType members) { --depth_; return inner_.EndObject(members); }
  bool StartArray() { return enter() && inner_.StartArray(); }
  bool EndArray(rapidjson::SizeType elements) { --depth_; return inner_.EndArray(elements); }

  bool too_deep() const { return too_deep_; }

 private:
  bool enter() {
    if (++depth_ > max_depth_) too_deep_ = true;
    return !too_deep_;
  }
  Inner& inner_;
  unsigned max_depth_;
  unsigned depth_ = 0;
  bool too_deep_ = false;
};

// The iterative parser keeps RapidJSON itself off the call stack.
constexpr unsigned kBaseFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;

struct BoundedParse {
  std::string_view bytes;
  bool stop_when_done;
  rapidjson::ParseResult result;
  bool too_deep = false;
  std::size_t end = 0;

  bool operator()(rapidjson::Document& doc) {
    rapidjson::MemoryStream stream(bytes.data(), bytes.size());
    rapidjson::Reader reader;
    DepthLimitedHandler<rapidjson::Document> handler(doc, kMaxJsonDepth);
    result = stop_when_done
                 ? reader.Parse<kBaseFlags | rapidjson::kParseStopWhenDoneFlag>(stream, handler)
                 : reader.Parse<kBaseFlags>(stream, handler);
    too_deep = handler.too_deep();
    end = stream.Tell();
    return !result.IsError();
  }
};

}  // namespace

std::optional<JsonSyntaxError> parse_json(std::string_view bytes, rapidjson::Document& doc,
                                          bool stop_when_done, std::size_t* end) {
  BoundedParse parse{bytes, stop_when_done, {}, false, 0};
  doc.Populate(parse);
  if (end) *end = parse.end;
  if (!parse.result.IsError()) return std::nullopt;
  JsonSyntaxError error;
  error.offset = parse.result.Offset();
  error.too_deep = parse.too_deep;
  error.what = parse.too_deep ? "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels"
                              : rapidjson::GetParseError_En(parse.result.Code());
  return error;
}

std::string json_line_column(std::string_view bytes, std::size_t offset) {
  offset = std::min(offset, bytes.size());
  std::size_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(offset - line_start + 1);
}

}  // namespace lexgraph
