// Governments that are parties to the document's own case: "Twing v. United
// States", "State of Hawaii v. Trump", "Bleck v. City of Alamosa". By the
// annotation convention a sovereign or municipal party is an agency; the
// case name in the metadata says which governments are parties, so their
// names in the body are tagged (a government named only as a place is not).

#include <algorithm>
#include <array>

#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_passes.h"

namespace lexgraph::names {

namespace {

constexpr std::array<std::string_view, 9> kSovereignOpeners = {
    "City of ", "County of ", "State of ", "Commonwealth of ", "Republic of ", "Town of ",
    "Village of ", "Kingdom of ", "City and County of "};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.')) s.remove_suffix(1);
  return s;
}

// The party as it names a government, or "" when it names none.
std::string_view sovereign_of(std::string_view party) {
  party = trim(party);
  // "State of Hawaii, et al", "Republic of Argentina, No. 25-1686 et al. (order)"
  std::size_t cut = party.find_first_of(",(");
  if (cut != std::string_view::npos) party = trim(party.substr(0, cut));
  if (party.size() > 4 && iequals(party.substr(0, 4), "The ")) party.remove_prefix(4);
  if (iequals(party, "United States") || iequals(party, "United States of America") || party == "USA" ||
      party == "U.S.A.")
    return party;
  for (std::string_view opener : kSovereignOpeners)
    if (party.size() > opener.size() + 2 && iequals(party.substr(0, opener.size()), opener) &&
        is_ascii_upper(party[opener.size()]))
      return party;
  return {};
}

// "David O. Cole and the City of Old Town": a government joined to another
// party of the same side; "" when none is.
std::string_view government_joined_in(std::string_view side) {
  for (std::string_view joiner : {" and the ", " and ", ", "}) {
    for (std::size_t at = side.find(joiner); at != std::string_view::npos; at = side.find(joiner, at + 1)) {
      if (std::string_view party = sovereign_of(side.substr(at + joiner.size())); !party.empty()) return party;
    }
  }
  return {};
}

bool word_boundary(std::string_view text, std::size_t start, std::size_t end) {
  auto letter = [](char c) { return is_ascii_upper(c) || is_ascii_lower(c) || is_digit(c); };
  return (start == 0 || !letter(text[start - 1])) && (end >= text.size() || !letter(text[end]));
}

// Only punctuation and spaces follow `end` on its line.
bool ends_line(std::string_view text, std::size_t end) {
  std::size_t p = end;
  while (p < text.size() && p < end + 40 && (text[p] == ' ' || text[p] == '.' || text[p] == ',' || text[p] == ')'))
    ++p;
  return p >= text.size() || text[p] == '\n';
}

void tag_party(NameScan& scan, std::string_view party, bool united_states) {
  std::string canonical = united_states ? std::string("United States") : title_case_name(party);
  std::string entity = united_states ? std::string("agency:united-states") : "agency:" + slug(canonical);
  std::string upper(party);
  for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  std::vector<std::string> forms;
  // The long form first: "UNITED STATES OF AMERICA," heads a caption, and
  // its "UNITED STATES" alone would read as the start of a longer name.
  if (united_states) forms = {"United States of America", "UNITED STATES OF AMERICA"};
  forms.push_back(std::string(party));
  forms.push_back(upper);
  if (united_states) forms.push_back("USA");
  // "County of Kane" in the caption is "Kane County" in the opinion's prose.
  if (party.size() > 10 && iequals(party.substr(0, 10), "County of ")) forms.push_back(std::string(party.substr(10)) + " County");
  for (const std::string& form : forms) {
    std::size_t pos = 0;
    int guard = 0;
    while ((pos = scan.text.find(form, pos)) != std::string_view::npos && guard++ < 10000) {
      std::size_t end = pos + form.size();
      std::size_t next = pos + 1;
      if (!word_boundary(scan.text, pos, end) || scan.is_taken(pos, end)) {
        pos = next;
        continue;
      }
      // "United States District Court", "United States Code": a longer name.
      std::size_t after = end;
      if (after + 1 < scan.text.size() && scan.text[after] == ' ' && is_ascii_upper(scan.text[after + 1])) {
        pos = next;
        continue;
      }
      // "Smith v. United States, 500 U.S. 1": a cited case, the citation's;
      // but "v.\nSTATE OF MARYLAND." ending its line is the document's caption.
      if (is_case_party(scan.text, pos, end) && !ends_line(scan.text, end)) {
        pos = next;
        continue;
      }
      Mention m;
      m.type = "agency";
      m.start = pos;
      m.end = end;
      m.entity = entity;
      m.name = canonical;
      m.attrs["role"] = std::string("party");
      scan.emit(std::move(m));
      pos = end;
    }
  }
}

}  // namespace

// "Johnson v. Maryland": a State prosecuting is named "STATE OF MARYLAND" in
// the caption; the bare state name elsewhere is mostly the place.
void tag_state_party(NameScan& scan, std::string_view state) {
  tag_party(scan, "State of " + std::string(state), false);
}

void find_sovereign_parties(NameScan& scan) {
  std::string_view title = scan.ctx.doc.title;
  std::size_t v = title.find(" v. ");
  std::size_t width = 4;
  if (v == std::string_view::npos) {
    v = title.find(" vs. ");
    width = 5;
  }
  if (v == std::string_view::npos) return;
  for (std::string_view side : {title.substr(0, v), title.substr(v + width)}) {
    std::string_view party = sovereign_of(side);
    if (party.empty()) party = government_joined_in(side);
    if (party.empty()) {
      std::string_view bare = trim(side);
      if (InstitutionGazetteer::instance().is_state_name(bare)) tag_state_party(scan, bare);
      continue;
    }
    bool united_states = iequals(party.substr(0, std::min<std::size_t>(13, party.size())), "United States") ||
                         party.starts_with("U");
    tag_party(scan, party, united_states);
    if (united_states) scan.united_states_party = true;
  }
}

}  // namespace lexgraph::names
