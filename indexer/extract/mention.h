#pragma once
// Stage 4 output: a mention is a span of the normalized text that names an
// entity (a judge, a statute, a case, a figure ...), with what the text
// says about it. Extractors produce mentions; the resolver (stage 5) ties
// them to canonical entities shared across documents.

#include <cstddef>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace lexgraph {

// Attribute values: text, number, flag, or a list of texts.
using AttrValue = std::variant<std::string, double, bool, std::vector<std::string>>;
using Attrs = std::map<std::string, AttrValue>;

// Mention and entity types (schemas/extraction.schema.json):
//   judge court agency statute case docket person organization order
//   figure money date
struct Mention {
  std::string type;
  std::size_t start = 0;  // byte span in the normalized text, end exclusive
  std::size_t end = 0;
  // Canonical entity id when the extractor can tell on its own (see
  // docs/entity-ids.md): "agency:ice", "statute:usc/26/6103",
  // "court:cadc", "case:us/467/837". Empty: the resolver decides.
  std::string entity;
  std::string name;  // canonical display name: "Immigration and Customs Enforcement"
  Attrs attrs;       // per type, see the schema: form, volume, reporter, section, value, iso, role ...
};

// The text attribute `key` when it is set and not empty, else nullptr.
inline const std::string* text_attr(const Attrs& attrs, const std::string& key) {
  auto it = attrs.find(key);
  if (it == attrs.end()) return nullptr;
  const auto* s = std::get_if<std::string>(&it->second);
  return s && !s->empty() ? s : nullptr;
}

}  // namespace lexgraph
