#include "extract/citations/court_table.h"

#include "extract/citations/text_scan.h"
#include "extract/data_table.h"

namespace lexgraph::embedded {
extern const std::string_view data_citation_courts_tsv;
}

namespace lexgraph::citations {

const CourtTable& CourtTable::standard() {
  static const CourtTable table = [] {
    std::vector<std::string> problems;  // checked by the unit test of the data file
    return parse(embedded::data_citation_courts_tsv, problems);
  }();
  return table;
}

CourtTable CourtTable::parse(std::string_view data, std::vector<std::string>& problems) {
  CourtTable table;
  DataTable tsv = parse_data_table(data, "citation_courts.tsv");
  problems.insert(problems.end(), tsv.problems.begin(), tsv.problems.end());
  if (tsv.header != std::vector<std::string_view>{"abbreviation", "court"}) {
    problems.push_back("citation_courts.tsv: header is not \"abbreviation court\"");
    return table;
  }
  for (const auto& row : tsv.rows) {
    std::string k = key(row[0]);
    if (k.empty() || row[1].empty()) {
      problems.push_back("citation_courts.tsv: empty field in row \"" + std::string(row[0]) + "\"");
      continue;
    }
    auto [it, inserted] = table.ids_.emplace(k, row[1]);
    if (!inserted && it->second != row[1])
      problems.push_back("citation_courts.tsv: \"" + std::string(row[0]) + "\" names both " + it->second + " and " +
                         std::string(row[1]));
  }
  return table;
}

std::string CourtTable::key(std::string_view written) {
  std::string k;
  k.reserve(written.size());
  for (std::size_t i = 0; i < written.size(); ++i) {
    char c = written[i];
    if (is_space(c) || c == '.' || c == ',') continue;
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
    k.push_back(c);
    // An ordinal suffix right after a number: "2d", "2nd", "3rd", "9th", "1st".
    if (is_digit(c) && !is_digit(at(written, i + 1))) {
      std::string_view rest = written.substr(i + 1);
      for (std::string_view suffix : {"st", "nd", "rd", "th", "d"}) {
        if (rest.substr(0, suffix.size()) == suffix && !is_alpha(at(rest, suffix.size()))) {
          i += suffix.size();
          break;
        }
      }
    }
  }
  return k;
}

std::string CourtTable::lookup(std::string_view written) const {
  std::string k = key(written);
  if (k.empty()) return "";
  if (auto it = ids_.find(k); it != ids_.end()) return it->second;
  // Bankruptcy courts: "Bankr. D. Del." is the District of Delaware's "deb".
  if (k.size() > 5 && k.compare(0, 5, "bankr") == 0) {
    if (auto it = ids_.find(k.substr(5)); it != ids_.end()) {
      const std::string& district = it->second;
      if (district.size() > 1 && district.back() == 'd') return district.substr(0, district.size() - 1) + "b";
    }
  }
  return "";
}

}  // namespace lexgraph::citations
