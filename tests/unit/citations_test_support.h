#pragma once
// Runs the case-citation or docket extractor over a snippet the way the
// pipeline does (normalize, split sentences), for the extract_citations and
// extract_dockets tests.

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "extract/citations/case_citations.h"
#include "extract/extraction_context.h"
#include "extract/mention.h"
#include "normalize/normalizer.h"
#include "segment/sentence_splitter.h"

namespace citations_test {

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
    for (const auto& m : mentions)
      if (span(m) == s) return &m;
    return nullptr;
  }
  // Mentions of one form ("full", "short", "id", "supra", "reference").
  std::vector<const lexgraph::Mention*> of_form(std::string_view form) const {
    std::vector<const lexgraph::Mention*> out;
    for (const auto& m : mentions) {
      auto it = m.attrs.find("form");
      if (it != m.attrs.end() && std::get<std::string>(it->second) == form) out.push_back(&m);
    }
    return out;
  }
};

inline Found run(Extractor extractor, std::string_view raw) {
  static lexgraph::SentenceSplitter splitter;
  Found found;
  found.text = lexgraph::normalize(raw).text;
  lexgraph::Segmentation segments = splitter.split(found.text);
  lexgraph::Document doc;
  lexgraph::ExtractionContext ctx{doc, found.text, segments};
  extractor(ctx, found.mentions);
  return found;
}

inline Found cases(std::string_view raw) { return run(lexgraph::extract_case_citations, raw); }
inline Found dockets(std::string_view raw) { return run(lexgraph::extract_dockets, raw); }

inline std::string text_attr(const lexgraph::Mention& m, const std::string& key) {
  auto it = m.attrs.find(key);
  if (it == m.attrs.end()) return "";
  if (const auto* s = std::get_if<std::string>(&it->second)) return *s;
  return "<not text>";
}

inline double number_attr(const lexgraph::Mention& m, const std::string& key) {
  auto it = m.attrs.find(key);
  if (it == m.attrs.end()) return -1;
  if (const auto* d = std::get_if<double>(&it->second)) return *d;
  return -2;
}

inline std::vector<std::string> list_attr(const lexgraph::Mention& m, const std::string& key) {
  auto it = m.attrs.find(key);
  if (it == m.attrs.end()) return {};
  if (const auto* v = std::get_if<std::vector<std::string>>(&it->second)) return *v;
  return {"<not a list>"};
}

}  // namespace citations_test

