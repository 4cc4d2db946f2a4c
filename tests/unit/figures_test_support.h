#pragma once
// The figure, date and order extractors run as the pipeline runs them
// (extract_test_support.h), plus readers of their attributes.

#include <string>

#include "extract/figures/figures.h"
#include "extract_test_support.h"

namespace figures_test {

using extract_test::Found;
using extract_test::run;

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
