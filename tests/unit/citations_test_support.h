#pragma once
// The case-citation and docket extractors run as the pipeline runs them
// (extract_test_support.h), plus readers of their attributes.

#include <string>
#include <vector>

#include "extract/citations/case_citations.h"
#include "extract_test_support.h"

namespace citations_test {

using extract_test::Found;
using extract_test::run;

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

