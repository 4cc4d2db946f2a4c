#include "extract/citations/tsv.h"

#include <string>

#include "extract/citations/text_scan.h"

namespace lexgraph::citations {

namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t from = 0;
  while (true) {
    std::size_t tab = line.find('\t', from);
    fields.emplace_back(line.substr(from, tab == std::string_view::npos ? line.npos : tab - from));
    if (tab == std::string_view::npos) break;
    from = tab + 1;
  }
  return fields;
}

}  // namespace

Tsv read_tsv(std::string_view data, std::string_view name) {
  Tsv tsv;
  std::size_t line_no = 0;
  std::size_t from = 0;
  while (from < data.size()) {
    std::size_t nl = data.find('\n', from);
    std::string_view line = data.substr(from, nl == std::string_view::npos ? data.npos : nl - from);
    from = nl == std::string_view::npos ? data.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> fields = split_tabs(line);
    if (tsv.header.empty()) {
      tsv.header = std::move(fields);
      continue;
    }
    if (fields.size() != tsv.header.size()) {
      tsv.problems.push_back(std::string(name) + ":" + std::to_string(line_no) + ": " +
                             std::to_string(fields.size()) + " columns, expected " +
                             std::to_string(tsv.header.size()));
      continue;
    }
    tsv.rows.push_back(std::move(fields));
  }
  if (tsv.header.empty()) tsv.problems.push_back(std::string(name) + ": no header row");
  return tsv;
}

std::string squeeze_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace lexgraph::citations
