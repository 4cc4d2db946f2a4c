// Federal offices named by title alone: "the Attorney General shall take
// into custody", "the Secretary of State shall order consular officers".
// Statutes vest their powers in such offices; a question asking who holds
// a power is answered by the office (an agency, by the annotation
// convention), a part of its department.

#include "extract/names/name_lists.h"
#include "extract/names/name_passes.h"

namespace lexgraph::names {

namespace {

bool space_gap(std::string_view g) { return g == " " || g == "\n"; }

}  // namespace

void find_federal_offices(NameScan& scan) {
  const NameLists& lists = NameLists::instance();
  const std::size_t n = scan.words.size();
  std::vector<PhraseTrie::Match> matches;
  for (std::uint32_t i : scan.anchors.capitalized) {
    if (i == 0 || !space_gap(scan.gap_before(i))) continue;
    const std::string_view the = scan.word(i - 1);
    if (the != "the" && the != "The") continue;
    matches.clear();
    lists.offices().matches_at(scan.text, scan.words, i, matches);
    if (matches.empty()) continue;
    const PhraseTrie::Match& m = matches.front();
    const std::size_t after = i + m.words;
    if (after < n && space_gap(scan.gap_before(after))) {
      const std::string_view next = scan.word(after);
      // "the Attorney General Pam Bondi": a person's title. "the Attorney
      // General of Maryland": a State's office.
      if (is_capitalized(next) || next == "of") continue;
    }
    const FederalOffice& office = lists.office(m.value);
    Mention mention;
    mention.type = "agency";
    mention.start = scan.words[i].start;
    mention.end = scan.words[after - 1].end;
    mention.entity = office.id;
    mention.name = office.name;
    mention.attrs["parent"] = office.parent;
    if (!scan.emit(std::move(mention))) continue;
    insert_by_start(scan.agencies, InstitutionMention{scan.words[i].start, scan.words[after - 1].end, office.id, office.name});
  }
}

}  // namespace lexgraph::names
