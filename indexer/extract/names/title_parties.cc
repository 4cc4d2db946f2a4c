// The companies the document's title names as its parties, by the short
// names the text uses for them: an opinion titled "Lexington Insurance
// Company v. Precision Drilling Company, L.P." may never write either name
// in full, only "Lexington" and "Precision Drilling" ("the rig's owner,
// Precision Drilling, paid him a settlement"). Without this, every sentence
// about the parties names no one.

#include <optional>
#include <string>
#include <vector>

#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_lists.h"
#include "extract/names/name_passes.h"

namespace lexgraph::names {

namespace {

// Leading words too common to stand alone for a company: "American" in
// "American Insurance Co.", "First" in "First National Bank".
bool too_common_alone(std::string_view w) {
  for (std::string_view common : {"American", "National", "United", "First", "General", "Federal", "International",
                                  "Western", "Eastern", "Northern", "Southern", "Central", "Pacific", "Atlantic",
                                  "New", "Great", "Royal", "Standard", "Security", "Mutual", "Universal", "Global",
                                  "State", "City", "County", "The"})
    if (w == common) return true;
  return false;
}

struct TitleCompany {
  std::string name;                      // "Precision Drilling Company"
  std::vector<std::string> short_names;  // longest first: "Precision Drilling", "Precision"
};

// The side of a title, when it is a company: its words up to its first legal
// form or head word ("Company"), and the shorter names its leading words make.
std::optional<TitleCompany> company_of(std::string_view side, const NameLists& lists) {
  std::vector<std::string> words;
  for (std::size_t at = 0; at < side.size();) {
    while (at < side.size() && (side[at] == ' ' || side[at] == ',')) ++at;
    std::size_t end = at;
    while (end < side.size() && side[end] != ' ' && side[end] != ',') ++end;
    if (end > at) words.emplace_back(side.substr(at, end - at));
    at = end;
  }
  std::size_t form = words.size();
  for (std::size_t k = 1; k < words.size() && form == words.size(); ++k) {
    if (lists.is_org_suffix(words[k]) || lists.is_org_head(words[k])) form = k;
  }
  if (form == words.size()) return std::nullopt;
  for (std::size_t k = 0; k < form; ++k) {
    if (words[k].empty() || !is_ascii_upper(words[k][0])) return std::nullopt;
  }
  TitleCompany c;
  for (std::size_t k = 0; k <= form; ++k) c.name += (k ? " " : "") + words[k];
  for (std::size_t n = form; n >= 1; --n) {
    if (n == 1 && (words[0].size() < 4 || too_common_alone(words[0]) || lists.is_stopword(words[0]))) break;
    std::string shorter;
    for (std::size_t k = 0; k < n; ++k) shorter += (k ? " " : "") + words[k];
    // "Texas" of "The Texas Company", "New Jersey" of "New Jersey Bell
    // Telephone Co.": the State as often as the company.
    if (InstitutionGazetteer::instance().is_state_name(shorter)) break;
    c.short_names.push_back(std::move(shorter));
  }
  // "plaintiff AMI succinctly puts it": the initials of the name's words
  // ("American Meat Institute"), as briefs and opinions abbreviate a party.
  std::string initials;
  for (std::size_t k = 0; k <= form; ++k) initials.push_back(words[k][0]);
  if (initials.size() >= 3) c.short_names.push_back(std::move(initials));
  return c;
}

}  // namespace

void find_title_parties(NameScan& scan) {
  const std::string& title = scan.ctx.doc.title;
  const std::size_t v = title.find(" v. ");
  if (v == std::string::npos || title.find(" v. ", v + 4) != std::string::npos) return;
  const NameLists& lists = NameLists::instance();
  std::vector<TitleCompany> companies;
  for (std::string_view side : {std::string_view(title).substr(0, v), std::string_view(title).substr(v + 4)}) {
    if (auto c = company_of(side, lists)) companies.push_back(std::move(*c));
  }
  if (companies.empty()) return;
  for (std::uint32_t i : scan.anchors.capitalized) {
    for (const TitleCompany& c : companies) {
      bool found = false;
      for (const std::string& short_name : c.short_names) {
        // The short name's words at word i, and no capitalized word after
        // them (not part of a longer name: "Lexington Avenue").
        std::size_t k = i, at = 0;
        bool same = true;
        while (same && at < short_name.size()) {
          const std::size_t space = short_name.find(' ', at);
          const std::string_view part =
              std::string_view(short_name).substr(at, (space == std::string::npos ? short_name.size() : space) - at);
          same = k < scan.words.size() && scan.word(k) == part && (k == i || scan.gap_before(k) == " ");
          ++k;
          at = space == std::string::npos ? short_name.size() : space + 1;
        }
        if (!same) continue;
        if (k < scan.words.size() && scan.gap_before(k) == " " && is_capitalized(scan.word(k))) continue;
        Mention m;
        m.type = "organization";
        m.start = scan.words[i].start;
        m.end = scan.words[k - 1].end;
        m.entity = "org:" + slug(c.name);
        m.name = c.name;
        InstitutionMention known{m.start, m.end, m.entity, m.name};
        if (scan.emit(std::move(m))) insert_by_start(scan.organizations, std::move(known));
        found = true;
        break;
      }
      if (found) break;
    }
  }
}

}  // namespace lexgraph::names
