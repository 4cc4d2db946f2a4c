#include "extract/citations/reporter_table.h"

#include <algorithm>
#include <charconv>

#include "extract/citations/text_scan.h"
#include "extract/data_table.h"

namespace lexgraph::embedded {
extern const std::string_view data_reporters_tsv;
}

namespace lexgraph::citations {

namespace {

int parse_year(std::string_view field) {
  int value = 0;
  if (field.empty()) return 0;
  auto [ptr, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
  if (ec != std::errc() || ptr != field.data() + field.size()) return -1;
  return value;
}

std::vector<std::string> split_bars(std::string_view field) {
  std::vector<std::string> parts;
  std::size_t from = 0;
  while (from <= field.size()) {
    std::size_t bar = field.find('|', from);
    std::string part =
        squeeze_spaces(field.substr(from, bar == std::string_view::npos ? std::string_view::npos : bar - from));
    if (!part.empty()) parts.push_back(part);
    if (bar == std::string_view::npos) break;
    from = bar + 1;
  }
  return parts;
}

bool is_slug(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return is_lower(c) || is_digit(c); });
}

}  // namespace

const ReporterTable& ReporterTable::standard() {
  static const ReporterTable table = [] {
    std::vector<std::string> problems;  // checked by the unit test of the data file
    return parse(embedded::data_reporters_tsv, problems);
  }();
  return table;
}

ReporterTable ReporterTable::parse(std::string_view data, std::vector<std::string>& problems) {
  ReporterTable table;
  DataTable tsv = parse_data_table(data, "reporters.tsv");
  problems.insert(problems.end(), tsv.problems.begin(), tsv.problems.end());
  const std::vector<std::string_view> expected = {"reporter", "slug", "name", "cite_type", "level", "jurisdiction",
                                                  "court", "start", "end", "official", "variants"};
  if (tsv.header != expected) {
    problems.push_back("reporters.tsv: header is not " + std::to_string(expected.size()) + " expected columns");
    return table;
  }
  std::vector<std::pair<int, std::string>> officials;  // nominative row, official abbreviation
  for (const auto& row : tsv.rows) {
    Reporter r;
    r.abbreviation = squeeze_spaces(row[0]);
    r.slug = row[1];
    r.name = row[2];
    r.cite_type = row[3];
    r.level = row[4];
    r.jurisdiction = row[5];
    r.court = row[6];
    r.start = parse_year(row[7]);
    r.end = parse_year(row[8]);
    int offset = 0;
    std::string official_name;
    if (!row[9].empty()) {  // "U.S.+4"
      std::size_t plus = row[9].rfind('+');
      offset = plus == std::string_view::npos ? -1 : parse_year(row[9].substr(plus + 1));
      official_name = plus == std::string_view::npos ? std::string() : std::string(row[9].substr(0, plus));
      if (offset < 0 || official_name.empty()) offset = -1;
    }
    if (r.abbreviation.empty() || !is_slug(r.slug) || r.start < 0 || r.end < 0 || offset < 0 ||
        (r.end != 0 && r.start > r.end)) {
      problems.push_back("reporters.tsv: bad row for \"" + std::string(row[0]) + "\"");
      continue;
    }
    int index = static_cast<int>(table.reporters_.size());
    r.official_offset = offset;
    if (!official_name.empty()) officials.emplace_back(index, official_name);
    table.reporters_.push_back(r);
    table.add(r.abbreviation, index, problems);
    for (const auto& v : split_bars(row[10])) table.add(v, index, problems);
  }
  for (const auto& [index, name] : officials) {
    int official = table.find(name);
    if (official < 0) {
      problems.push_back("reporters.tsv: official series \"" + name + "\" is not a row");
      continue;
    }
    table.reporters_[static_cast<std::size_t>(index)].official = official;
  }
  return table;
}

int ReporterTable::child(int node, char c) const {
  for (const auto& [ch, next] : nodes_[static_cast<std::size_t>(node)].next)
    if (ch == c) return next;
  return -1;
}

void ReporterTable::add(std::string_view spelling, int reporter, std::vector<std::string>& problems) {
  int node = 0;
  bool any = false;
  for (char c : spelling) {
    if (is_space(c)) continue;
    if (!any) first_bytes_[static_cast<unsigned char>(c)] = true;
    any = true;
    int next = child(node, c);
    if (next < 0) {
      next = static_cast<int>(nodes_.size());
      nodes_[static_cast<std::size_t>(node)].next.emplace_back(c, next);
      nodes_.emplace_back();
    }
    node = next;
  }
  if (!any) return;
  auto& list = nodes_[static_cast<std::size_t>(node)].reporters;
  if (std::find(list.begin(), list.end(), reporter) != list.end()) {
    problems.push_back("reporters.tsv: spelling \"" + std::string(spelling) + "\" listed twice for one reporter");
    return;
  }
  list.push_back(reporter);
  ++spellings_;
  if (reporters_[static_cast<std::size_t>(reporter)].reporter_first()) {
    std::string compact;
    for (char c : spelling)
      if (!is_space(c)) compact.push_back(c);
    reporter_first_.emplace_back(compact, reporter);
  }
}

void ReporterTable::match_at(std::string_view text, std::size_t pos, std::vector<ReporterMatch>& out) const {
  out.clear();
  int node = 0;
  std::size_t i = pos;
  // Bounded: the longest abbreviation is a few dozen bytes.
  for (std::size_t steps = 0; i < text.size() && steps < 64; ++steps) {
    char c = text[i];
    if (is_space(c)) {
      std::size_t j = skip_spaces(text, i, 2);
      if (j == i || j >= text.size() || is_space(text[j])) break;
      i = j;
      continue;
    }
    int next = child(node, c);
    if (next < 0) break;
    node = next;
    ++i;
    const auto& list = nodes_[static_cast<std::size_t>(node)].reporters;
    if (!list.empty() && !is_alnum(at(text, i))) out.push_back({i, &list});
  }
  std::reverse(out.begin(), out.end());
}

int ReporterTable::match_before(std::string_view text, std::size_t pos, std::size_t& start) const {
  std::size_t end = skip_spaces_back(text, pos, 2);
  if (end == pos) return -1;
  for (const auto& [compact, row] : reporter_first_) {
    std::size_t i = end, k = compact.size();
    while (k > 0 && i > 0) {
      char c = text[i - 1];
      if (is_space(c) && c != '\n') {
        --i;
        continue;
      }
      if (c != compact[k - 1]) break;
      --i;
      --k;
    }
    if (k == 0 && word_starts_at(text, i)) {
      start = i;
      return row;
    }
  }
  return -1;
}

int ReporterTable::find(std::string_view spelling) const {
  int node = 0;
  for (char c : spelling) {
    if (is_space(c)) continue;
    node = child(node, c);
    if (node < 0) return -1;
  }
  const auto& list = nodes_[static_cast<std::size_t>(node)].reporters;
  return list.empty() ? -1 : list.front();
}

}  // namespace lexgraph::citations
