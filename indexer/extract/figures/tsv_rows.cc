#include "extract/figures/tsv_rows.h"

namespace lexgraph::figures {

namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

}  // namespace

TsvRows read_tsv(std::string_view data, std::string_view name, std::size_t columns) {
  TsvRows out;
  bool header_seen = false;
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::size_t newline = data.find('\n', pos);
    std::string_view line = data.substr(pos, newline == std::string_view::npos ? std::string_view::npos : newline - pos);
    pos = newline == std::string_view::npos ? data.size() : newline + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> fields = split_tabs(line);
    bool empty_field = false;
    for (const std::string& f : fields) empty_field = empty_field || f.empty();
    if (fields.size() != columns || empty_field) {
      out.problems.push_back(std::string(name) + ":" + std::to_string(line_number) + ": " +
                             std::to_string(fields.size()) + " columns" + (empty_field ? " (one empty)" : "") +
                             ", expected " + std::to_string(columns));
      continue;
    }
    if (!header_seen) {
      header_seen = true;
      continue;
    }
    out.rows.push_back(std::move(fields));
  }
  if (!header_seen) out.problems.push_back(std::string(name) + ": no header row");
  return out;
}

}  // namespace lexgraph::figures
