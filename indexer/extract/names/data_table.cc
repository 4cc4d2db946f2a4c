#include "extract/names/data_table.h"

namespace lexgraph::names {

namespace {

std::vector<std::string_view> split_fields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

}  // namespace

DataTable parse_data_table(std::string_view data) {
  DataTable table;
  std::size_t pos = 0;
  std::size_t line_number = 0;
  while (pos < data.size()) {
    std::size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) eol = data.size();
    std::string_view line = data.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = split_fields(line);
    if (table.header.empty()) {
      table.header = std::move(fields);
      continue;
    }
    if (fields.size() > table.header.size()) {
      table.problems.push_back("line " + std::to_string(line_number) + ": " +
                               std::to_string(fields.size()) + " fields, header has " +
                               std::to_string(table.header.size()));
      continue;
    }
    if (fields[0].empty()) {
      table.problems.push_back("line " + std::to_string(line_number) + ": empty first field");
      continue;
    }
    fields.resize(table.header.size());
    table.rows.push_back(std::move(fields));
  }
  if (table.header.empty()) table.problems.push_back("no header row");
  return table;
}

std::vector<std::string_view> split_list(std::string_view field, char separator) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= field.size()) {
    std::size_t end = field.find(separator, start);
    if (end == std::string_view::npos) end = field.size();
    std::string_view piece = field.substr(start, end - start);
    while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
    while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
    if (!piece.empty()) out.push_back(piece);
    start = end + 1;
  }
  return out;
}

}  // namespace lexgraph::names
