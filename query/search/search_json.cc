#include "search/search_json.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "json_output.h"

namespace lexgraph {

namespace {

// Drops ANSI escape sequences (ESC [ ... final byte) that a terminal
// highlighter may have put into snippets.
std::string without_terminal_codes(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\x1b') {
      out += text[i];
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '[') {
      std::size_t j = i + 2;
      while (j < text.size() && !(text[j] >= 0x40 && text[j] <= 0x7E)) ++j;
      i = j;  // the final byte is skipped by the loop
    }
  }
  return out;
}

template <typename Writer>
void write_results(Writer& w, const SearchResults& results) {
  auto string = [&](const char* key, const std::string& value) { json::field(w, key, value); };
  w.StartObject();
  string("query", results.query);
  string("parsed", results.parsed);
  w.Key("estimated_matches");
  w.Uint64(results.estimated_matches);
  w.Key("offset");
  w.Uint64(results.offset);
  w.Key("limit");
  w.Uint64(results.limit);
  w.Key("exact");
  w.Bool(results.exact);
  w.Key("warnings");
  w.StartArray();
  for (const std::string& warning : results.warnings) {
    json::string(w, warning);
  }
  w.EndArray();
  w.Key("hits");
  w.StartArray();
  for (const SearchHit& hit : results.hits) {
    w.StartObject();
    w.Key("rank");
    w.Uint64(hit.rank);
    w.Key("score");
    w.Double(hit.score);
    string("id", hit.id);
    string("title", hit.title);
    string("kind", hit.kind);
    string("court", hit.court);
    string("date", hit.date);
    string("docket", hit.docket);
    string("citation", hit.citation);
    json::string_array(w, "judges", hit.judges);
    string("path", hit.path);
    string("format", hit.format);
    string("snippet", without_terminal_codes(hit.snippet));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::string search_json(const SearchResults& results, bool pretty) {
  rapidjson::StringBuffer buffer;
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    write_results(writer, results);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    write_results(writer, results);
  }
  return std::string(buffer.GetString(), buffer.GetSize());
}

void write_search_json(std::ostream& out, const SearchResults& results, bool pretty) {
  out << search_json(results, pretty) << '\n';
}

}  // namespace lexgraph
