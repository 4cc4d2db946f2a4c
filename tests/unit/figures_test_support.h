#pragma once
// Runs one of the figure/date/order extractors over a snippet the way the
// pipeline does (normalize, split sentences), for the extract_figures,
// extract_dates and extract_orders tests.

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "extract/extraction_context.h"
#include "extract/figures/figures.h"
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

namespace figures_test {

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
  // The first mention whose text is `s`, or nullptr.
  const lexgraph::Mention* find(std::string_view s) const {
    for (const auto& m : mentions) {
      if (span(m) == s) return &m;
    }
    return nullptr;
  }
};

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

inline double number(const lexgraph::Mention& m, const char* key) {
  auto it = m.attrs.find(key);
  if (it == m.attrs.end()) return -1;
  const double* v = std::get_if<double>(&it->second);
  return v ? *v : -1;
}

inline std::string string_attr(const lexgraph::Mention& m, const char* key) {
  auto it = m.attrs.find(key);
  if (it == m.attrs.end()) return "";
  const std::string* v = std::get_if<std::string>(&it->second);
  return v ? *v : "";
}

inline bool flag(const lexgraph::Mention& m, const char* key) {
  auto it = m.attrs.find(key);
  if (it == m.attrs.end()) return false;
  const bool* v = std::get_if<bool>(&it->second);
  return v && *v;
}

}  // namespace figures_test
