#pragma once
// Runs one extractor over a snippet the way the pipeline does (normalize,
// split sentences) and gives the tests its mentions by text. Shared by the
// tests of every extractor family.

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "extract/extraction_context.h"
#include "extract/mention.h"
#include "normalize/normalizer.h"
#include "segment/sentence_splitter.h"

// doctest prints lists of spans in failed CHECKs.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& items) {
    std::string out = "{";
    for (const std::string& item : items) out += (out.size() > 1 ? ", \"" : "\"") + item + "\"";
    return String((out + "}").c_str());
  }
};
}  // namespace doctest

namespace extract_test {

using Extractor = void (*)(const lexgraph::ExtractionContext&, std::vector<lexgraph::Mention>&);

struct Found {
  std::string text;  // the normalized snippet
  std::vector<lexgraph::Mention> mentions;

  std::string span(const lexgraph::Mention& m) const { return text.substr(m.start, m.end - m.start); }
  std::vector<std::string> spans() const {
    std::vector<std::string> out;
    for (const auto& m : mentions) out.push_back(span(m));
    return out;
  }
  // All spans as one printable string: "[a] [b]".
  std::string all() const {
    std::string out;
    for (const auto& m : mentions) out.append("[").append(span(m)).append("] ");
    return out;
  }
  // The first mention whose text is `s`, or nullptr.
  const lexgraph::Mention* find(std::string_view s) const {
    for (const auto& m : mentions) {
      if (span(m) == s) return &m;
    }
    return nullptr;
  }
  // Mentions of one form ("full", "short", "id", "supra", "reference").
  std::vector<const lexgraph::Mention*> of_form(std::string_view form) const {
    std::vector<const lexgraph::Mention*> out;
    for (const auto& m : mentions) {
      auto it = m.attrs.find("form");
      if (it == m.attrs.end()) continue;
      const std::string* value = std::get_if<std::string>(&it->second);
      if (value && *value == form) out.push_back(&m);
    }
    return out;
  }
};

// `date` and `kind` are the document's metadata (relative dates need them).
inline Found run(Extractor extractor, std::string_view raw, std::string date = "", std::string kind = "") {
  static lexgraph::SentenceSplitter splitter;
  Found found;
  found.text = lexgraph::normalize(raw).text;
  lexgraph::Segmentation segments = splitter.split(found.text);
  lexgraph::Document doc;
  doc.date = std::move(date);
  doc.kind = std::move(kind);
  lexgraph::ExtractionContext ctx{doc, found.text, segments};
  extractor(ctx, found.mentions);
  return found;
}

}  // namespace extract_test
