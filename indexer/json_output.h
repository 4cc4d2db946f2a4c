#pragma once
// The one way our JSON outputs write strings and document metadata
// (stored documents, lexindex extract, lexquery search), over any
// RapidJSON writer, so the same field is spelled the same everywhere.

#include <rapidjson/rapidjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "document.h"

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
void string_array(Writer& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const auto& v : values) string(w, v);
  w.EndArray();
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

}  // namespace lexgraph::json
