#pragma once
// The one way our JSON outputs write strings and document metadata
// (stored documents, lexindex extract, lexquery search), over any
// RapidJSON writer, so the same field is spelled the same everywhere.

#include <rapidjson/rapidjson.h>

#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "document.h"
#include "extract/mention.h"

namespace lexgraph::json {

template <typename Writer>
void string(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename Writer>
void field(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  string(w, value);
}

template <typename Writer>
void string_array_value(Writer& w, const std::vector<std::string>& values) {
  w.StartArray();
  for (const auto& v : values) string(w, v);
  w.EndArray();
}

template <typename Writer>
void string_array(Writer& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  string_array_value(w, values);
}

// The metadata keys of a Document, inside an object the caller opened:
// id, title, kind, court, date, judges, docket, citation, source, format, path.
template <typename Writer>
void document_metadata(Writer& w, const Document& doc) {
  field(w, "id", doc.id);
  field(w, "title", doc.title);
  field(w, "kind", doc.kind);
  field(w, "court", doc.court);
  field(w, "date", doc.date);
  string_array(w, "judges", doc.judges);
  field(w, "docket", doc.docket);
  field(w, "citation", doc.citation);
  field(w, "source", doc.source);
  field(w, "format", doc.format);
  field(w, "path", doc.path);
}

// Attributes and qualifiers (Attrs) as a JSON object: text, number, flag
// or list of texts per key.
template <typename Writer>
void attrs(Writer& w, const Attrs& values) {
  w.StartObject();
  for (const auto& [key, value] : values) {
    string(w, key);
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::string>) {
            string(w, v);
          } else if constexpr (std::is_same_v<T, double>) {
            w.Double(v);
          } else if constexpr (std::is_same_v<T, bool>) {
            w.Bool(v);
          } else {
            w.StartArray();
            for (const auto& item : v) string(w, item);
            w.EndArray();
          }
        },
        value);
  }
  w.EndObject();
}

}  // namespace lexgraph::json
