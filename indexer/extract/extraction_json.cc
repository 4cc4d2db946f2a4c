#include "extract/extraction_json.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

#include "json_output.h"

namespace lexgraph {

namespace {

// Formats whose Document::text is the file's own bytes from text_offset_in_file.
bool text_is_file(const Document& doc) { return doc.format == "text" || doc.format == "markdown"; }

std::size_t utf8_char_end(const std::string& s, std::size_t pos) {
  if (pos >= s.size()) return s.size();
  ++pos;
  while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

template <typename Writer>
void write_all(Writer& w, const Document& doc, const NormalizedText& normalized, const Segmentation& segments,
               const Extraction& x) {
  w.StartObject();
  w.Key("document");
  w.StartObject();
  auto field = [&](const char* k, const std::string& v) { json::field(w, k, v); };
  json::document_metadata(w, doc);
  w.Key("offsets");
  w.String(text_is_file(doc) ? "file" : "text");
  if (!text_is_file(doc)) field("text", doc.text);
  w.EndObject();

  w.Key("sentences");
  w.StartArray();
  for (const auto& s : segments.sentences) {
    SourceSpan span = source_span(doc, normalized, s.start, s.end);
    w.StartObject();
    w.Key("start");
    w.Uint64(span.start);
    w.Key("end");
    w.Uint64(span.end);
    w.Key("paragraph");
    w.Uint64(s.paragraph);
    w.EndObject();
  }
  w.EndArray();

  w.Key("mentions");
  w.StartArray();
  for (const auto& m : x.mentions) {
    SourceSpan span = source_span(doc, normalized, m.start, m.end);
    w.StartObject();
    field("type", m.type);
    field("text", normalized.text.substr(m.start, m.end - m.start));
    w.Key("start");
    w.Uint64(span.start);
    w.Key("end");
    w.Uint64(span.end);
    w.Key("sentence");
    w.Uint64(sentence_at(segments, m.start));
    field("entity", m.entity);
    w.Key("attrs");
    json::attrs(w, m.attrs);
    w.EndObject();
  }
  w.EndArray();

  w.Key("entities");
  w.StartArray();
  for (const auto& e : x.entities) {
    w.StartObject();
    field("id", e.id);
    field("type", e.type);
    field("name", e.name);
    w.Key("aliases");
    w.StartArray();
    for (const auto& a : e.aliases) json::string(w, a);
    w.EndArray();
    w.Key("mentions");
    w.Uint64(e.mentions.size());
    w.Key("attrs");
    json::attrs(w, e.attrs);
    w.EndObject();
  }
  w.EndArray();

  w.Key("relations");
  w.StartArray();
  for (const auto& r : x.relations) {
    SourceSpan span = source_span(doc, normalized, r.start, r.end);
    w.StartObject();
    field("subject", r.subject);
    field("predicate", r.predicate);
    field("object", r.object);
    field("object_text", r.object_text);
    w.Key("qualifiers");
    json::attrs(w, r.qualifiers);
    w.Key("confidence");
    w.Double(r.confidence);
    w.Key("evidence");
    w.StartObject();
    field("doc", doc.id);
    w.Key("sentence");
    w.Uint64(r.sentence);
    w.Key("start");
    w.Uint64(span.start);
    w.Key("end");
    w.Uint64(span.end);
    if (r.sentence < segments.sentences.size()) {
      const Sentence& s = segments.sentences[r.sentence];
      field("text", normalized.text.substr(s.start, s.end - s.start));
    } else {
      field("text", "");
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

SourceSpan source_span(const Document& doc, const NormalizedText& normalized, std::size_t start, std::size_t end) {
  SourceSpan span;
  span.start = normalized.offsets.to_original(start);
  // The end is just past the original character behind the last normalized byte.
  span.end = end > start ? utf8_char_end(doc.text, normalized.offsets.to_original(end - 1)) : span.start;
  span.end = std::max(span.end, span.start);
  if (text_is_file(doc)) {
    span.start += doc.text_offset_in_file;
    span.end += doc.text_offset_in_file;
  }
  return span;
}

std::size_t sentence_at(const Segmentation& segments, std::size_t pos) {
  const auto& s = segments.sentences;
  auto it = std::upper_bound(s.begin(), s.end(), pos, [](std::size_t p, const Sentence& x) { return p < x.start; });
  return it == s.begin() ? 0 : static_cast<std::size_t>(it - s.begin() - 1);
}

std::string extraction_json(const Document& doc, const NormalizedText& normalized, const Segmentation& segments,
                            const Extraction& extraction, bool pretty) {
  rapidjson::StringBuffer buf;
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
    w.SetIndent(' ', 2);
    write_all(w, doc, normalized, segments, extraction);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    write_all(w, doc, normalized, segments, extraction);
  }
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace lexgraph
