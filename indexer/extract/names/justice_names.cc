// Justices of the Supreme Court named by surname alone — "BUTLER, J.",
// "Justice STONE", "THE CHIEF JUSTICE ... HUGHES" — become the one justice
// the surname and the opinion's year pick (data/supreme_court_justices.tsv),
// so that a justice is one entity across a century of slip opinions and
// the same entity as a full-name mention elsewhere ("Harlan F. Stone").

#include <cctype>
#include <charconv>
#include <string>
#include <unordered_map>

#include "extract/data_table.h"
#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_passes.h"
#include "extract/names/name_scan.h"

namespace lexgraph::embedded {
extern const std::string_view data_supreme_court_justices_tsv;
}  // namespace lexgraph::embedded

namespace lexgraph::names {

namespace {

struct Tenure {
  std::string name;
  int from = 0, to = 9999;
};

std::string lower_key(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalpha(c)) out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

int year_of(std::string_view s) {
  int year = 0;
  if (s.size() < 4 || std::from_chars(s.data(), s.data() + 4, year).ec != std::errc()) return 0;
  return year;
}

const std::unordered_map<std::string, std::vector<Tenure>>& justices_by_surname() {
  static const auto table = [] {
    std::unordered_map<std::string, std::vector<Tenure>> out;
    DataTable t = parse_data_table(embedded::data_supreme_court_justices_tsv, "supreme_court_justices.tsv",
                                   DataTableRules{4, false, DataTableRules::kAllColumns});
    for (const auto& row : t.rows) {
      Tenure tenure{std::string(row[0]), year_of(row[2]), row[3] == "-" ? 9999 : year_of(row[3])};
      if (tenure.from == 0 || tenure.to == 0) continue;
      out[lower_key(row[1])].push_back(std::move(tenure));
    }
    return out;
  }();
  return table;
}

bool sits_on_supreme_court(const Mention& m, bool supreme_document) {
  auto it = m.attrs.find("court");
  if (it == m.attrs.end()) return supreme_document;
  const auto* court = std::get_if<std::string>(&it->second);
  return court && *court == "court:scotus";
}

}  // namespace

void name_justices(const ExtractionContext& ctx, std::vector<Mention>& mentions, std::size_t first) {
  const bool supreme_document = document_court_id(ctx.doc.court) == "scotus";
  const int year = year_of(ctx.doc.date);
  const auto& justices = justices_by_surname();
  for (std::size_t i = first; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.type != "judge" || !sits_on_supreme_court(m, supreme_document)) continue;
    // The words as written ("BUTLER", "Van Devanter"); the display name may
    // carry the title ("Justice Butler").
    std::string_view written = ctx.text.substr(m.start, m.end - m.start);
    auto it = justices.find(lower_key(written));
    if (it == justices.end()) continue;  // a full name, or not a justice's surname
    const Tenure* pick = nullptr;
    bool ambiguous = false;
    for (const Tenure& t : it->second) {
      if (year != 0 && (year < t.from || year > t.to)) continue;
      if (pick && pick->name != t.name) ambiguous = true;
      pick = &t;
    }
    if (!pick || ambiguous) continue;
    m.attrs["alias_of"] = pick->name;
    m.name = pick->name;
    m.entity = person_entity(pick->name, /*judge=*/true);
  }
}

}  // namespace lexgraph::names
