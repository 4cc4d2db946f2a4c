#include "search/entity_lookup.h"

#include "document.h"
#include "extract/entity_extractor.h"
#include "normalize/normalizer.h"
#include "resolve/resolver.h"
#include "segment/segmentation.h"

namespace lexgraph {

namespace {

std::string entity_type_of_field(std::string_view field) {
  if (field == "org") return "organization";
  if (field == "entity") return "";
  return std::string(field);
}

bool looks_like_id(std::string_view text) {
  std::size_t colon = text.find(':');
  return colon != std::string_view::npos && colon > 0 && text.find(' ') == std::string_view::npos;
}

}  // namespace

std::string resolve_entity_value(std::string_view field, std::string_view text) {
  const std::string type = entity_type_of_field(field);
  if (field == "entity" && looks_like_id(text)) return std::string(text);

  Document doc;
  doc.id = "query";
  doc.text = std::string(text);
  NormalizedText normalized = normalize(doc.text);
  Segmentation segments;
  segments.paragraphs.push_back({0, normalized.text.size()});
  segments.sentences.push_back({0, normalized.text.size(), 0});
  Extraction x = extract_entities(ExtractionContext{doc, normalized.text, segments});
  for (const auto& e : x.entities) {
    if (type.empty() ? e.type != "figure" && e.type != "money" && e.type != "date" : e.type == type) return e.id;
  }
  // A bare name the extractor has no context for ("Kollar-Kotelly",
  // "Acme Corp") is still a name: take it as one.
  if (type == "person" || type == "organization" || type == "judge") {
    std::string s = slug(normalized.text);
    return s.empty() ? std::string() : (type == "organization" ? "org:" : type + ":") + s;
  }
  return {};
}

}  // namespace lexgraph
