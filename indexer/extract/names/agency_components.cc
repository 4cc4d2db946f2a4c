// Components of agencies named in full ("Office of Sustainable Fisheries,
// NMFS", "Economics Division, USDA/AMS/Dairy Program"), law offices in
// counsel blocks, PACER court headers split across lines, and "the
// Government" as the United States party.

#include <algorithm>

#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_lists.h"
#include "extract/names/name_passes.h"

namespace lexgraph::names {

namespace {

bool plain_gap(std::string_view g) { return g == " "; }

// Head words that end a component's name ("Economics Division") or open it
// ("Office of the Hearing Clerk").
bool is_trailing_head(std::string_view w) {
  for (std::string_view h : {"Division", "Program", "Service", "Office", "Branch", "Staff"})
    if (w == h) return true;
  return false;
}
bool is_leading_head(std::string_view w) { return w == "Office" || w == "Bureau"; }

bool add_agency(NameScan& scan, std::size_t start, std::size_t end, const std::string& parent) {
  if (scan.is_taken(start, end)) return false;
  std::string name = name_as_written(scan.text.substr(start, end - start));
  Mention m;
  m.type = "agency";
  m.start = start;
  m.end = end;
  m.entity = "agency:" + slug(name);
  m.name = name;
  if (!parent.empty()) m.attrs["parent"] = parent;
  std::string entity = m.entity;
  if (!scan.emit(std::move(m))) return false;
  insert_by_start(scan.agencies, InstitutionMention{start, end, entity, name});
  return true;
}

// The known agency written right next to [start, end): ", NMFS" after it,
// "AMS/" or "AMS " before it. Returns its entity id or "".
std::string adjacent_agency(const NameScan& scan, std::size_t start, std::size_t end) {
  auto after = std::lower_bound(scan.agencies.begin(), scan.agencies.end(), end,
                                [](const InstitutionMention& x, std::size_t p) { return x.start < p; });
  if (after != scan.agencies.end()) {
    std::string_view gap = scan.text.substr(end, after->start - end);
    if (gap == ", " || gap == "/" || gap == ",\n" || gap == " of the " || gap == " of ") return after->entity;
  }
  if (after != scan.agencies.begin()) {
    const InstitutionMention& before = *std::prev(after);
    if (before.end <= start) {
      std::string_view gap = scan.text.substr(before.end, start - before.end);
      if (gap == "/" || gap == " " || gap == ", ") return before.entity;
    }
  }
  return "";
}

bool agency_document(NameScan& scan) {
  if (scan.agencies.empty()) return false;
  const std::string& kind = scan.ctx.doc.kind;
  if (kind == "regulation") return true;
  if (!(kind.empty() || kind == "other")) return false;
  // A Federal Register document opens with its agency's name ("DEPARTMENT OF
  // AGRICULTURE") and refers to the Federal Register; plain text has no kind.
  return scan.agencies.front().start < 300 && scan.document_contains("Federal Register");
}

}  // namespace

void find_agency_components(NameScan& scan) {
  const NameLists& lists = NameLists::instance();
  const std::size_t n = scan.words.size();
  const bool in_agency_text = agency_document(scan);
  std::size_t next_free = 0;
  for (std::uint32_t i : scan.anchors.capitalized) {
    if (i < next_free) continue;
    std::string_view w = scan.word(i);
    // "Office of the Hearing Clerk", "Bureau of Land Management".
    if (is_leading_head(w) && i + 2 < n && scan.word(i + 1) == "of" && plain_gap(scan.gap_before(i + 1))) {
      std::size_t k = i + 2;
      std::size_t last = i;
      while (k < n && k - i <= 8 && plain_gap(scan.gap_before(k))) {
        std::string_view x = scan.word(k);
        if (is_capitalized(x) && !is_all_caps(x)) last = k;
        else if (!(x == "the" || x == "and" || x == "of")) break;
        ++k;
      }
      if (last > i + 1) {
        std::size_t start = scan.words[i].start;
        std::size_t end = scan.words[last].end;
        std::string parent = adjacent_agency(scan, start, end);
        if ((!parent.empty() || in_agency_text) && add_agency(scan, start, end, parent)) next_free = last + 1;
      }
      continue;
    }
    // "Economics Division", "Dairy Program", "Compliance Program": capitalised
    // words before a head, next to a known agency.
    if (!is_trailing_head(w) || i == 0) continue;
    std::size_t first = i;
    while (first > 0 && i - first < 4 && plain_gap(scan.gap_before(first))) {
      std::string_view prev = scan.word(first - 1);
      if (!is_capitalized(prev) || is_all_caps(prev) || lists.is_stopword(prev)) break;
      --first;
    }
    if (first == i) continue;
    std::size_t start = scan.words[first].start;
    std::size_t end = scan.words[i].end;
    std::string parent = adjacent_agency(scan, start, end);
    if (parent.empty()) continue;
    if (add_agency(scan, start, end, parent)) next_free = i + 1;
  }
}

void find_law_offices(NameScan& scan) {
  // "LAW OFFICE OF KEVIN M. DOWNING", "Law Offices of Jane Roe": to the end of the line.
  const std::size_t n = scan.words.size();
  for (std::uint32_t i : scan.anchors.capitalized) {
    if (i + 3 >= n || !iequals(scan.word(i), "Law")) continue;
    std::string_view office = scan.word(i + 1);
    if (!(iequals(office, "Office") || iequals(office, "Offices")) || !iequals(scan.word(i + 2), "of")) continue;
    if (!plain_gap(scan.gap_before(i + 1)) || !plain_gap(scan.gap_before(i + 2))) continue;
    std::size_t last = i + 2;
    for (std::size_t k = i + 3; k < n && k - i < 10; ++k) {
      std::string_view g = scan.gap_before(k);
      if (!(g == " " || g == ". ")) break;
      if (!is_capitalized(scan.word(k))) break;
      last = k;
    }
    if (last == i + 2) continue;
    std::size_t start = scan.words[i].start;
    std::size_t end = scan.words[last].end;
    if (scan.is_taken(start, end)) continue;
    scan.emit_organization(start, end);
  }
}

void find_split_court_headers(NameScan& scan) {
  // PACER: "U.S. District Court\n\nDistrict of Columbia (Washington, DC)".
  // Other districts are gazetteer names; "District of Columbia" alone is
  // usually the place, so only this header shape makes it the court.
  const std::size_t n = scan.words.size();
  for (std::uint32_t i : scan.anchors.capitalized) {
    if (i < 2 || i + 2 >= n || scan.word(i) != "District" || scan.word(i + 1) != "of" ||
        scan.word(i + 2) != "Columbia")
      continue;
    std::string_view gap = scan.gap_before(i);
    if (gap.find('\n') == std::string_view::npos || gap.find_first_not_of("\n ") != std::string_view::npos)
      continue;
    if (scan.word(i - 1) != "Court" || scan.word(i - 2) != "District") continue;
    std::size_t k = i - 2;
    if (k >= 2 && scan.word(k - 1) == "S" && scan.word(k - 2) == "U") k -= 2;
    else if (k >= 2 && scan.word(k - 1) == "States" && scan.word(k - 2) == "United") k -= 2;
    else continue;
    const InstitutionGazetteer& g = InstitutionGazetteer::instance();
    int index = g.find(InstitutionKind::court, "dcd");
    if (index < 0) return;
    const Institution& inst = g.institution(static_cast<std::size_t>(index));
    std::size_t start = scan.words[k].start;
    std::size_t end = scan.words[i + 2].end;
    if (scan.is_taken(start, end)) continue;
    Mention m;
    m.type = "court";
    m.start = start;
    m.end = end;
    m.entity = inst.entity;
    m.name = inst.name;
    InstitutionMention found{start, end, m.entity, m.name};
    if (scan.emit(std::move(m))) {
      insert_by_start(scan.courts, std::move(found));
    }
  }
}

void resolve_government(NameScan& scan) {
  // "the Government" is the United States when the United States is a party
  // the document names; otherwise it is left alone.
  if (!scan.united_states_party) return;
  const std::size_t n = scan.words.size();
  for (std::uint32_t i : scan.anchors.capitalized) {
    if (i == 0 || scan.word(i) != "Government") continue;
    std::string_view the = scan.word(i - 1);
    if (!(the == "the" || the == "The") || !plain_gap(scan.gap_before(i))) continue;
    if (i + 1 < n && plain_gap(scan.gap_before(i + 1)) && is_capitalized(scan.word(i + 1))) continue;
    if (i + 1 < n && plain_gap(scan.gap_before(i + 1)) && scan.word(i + 1) == "of") continue;
    Mention m;
    m.type = "agency";
    m.start = scan.words[i].start;
    m.end = scan.words[i].end;
    m.entity = "agency:united-states";
    m.name = "United States";
    m.attrs["role"] = std::string("party");
    m.attrs["resolved_from"] = std::string("party");
    scan.emit(std::move(m));
  }
}

void resolve_statutory_service(NameScan& scan) {
  // "the Service" in the US Code: Title 8 defines it as the Immigration and
  // Naturalization Service (8 U.S.C. 1101(a)(34)); Title 26 uses it for the
  // Internal Revenue Service. Runs after the focus rule, which wins.
  // The section is known from the citation metadata or from the heading the
  // text opens with ("8 U.S.C. § 1226. Apprehension and detention of aliens").
  const std::string& kind = scan.ctx.doc.kind;
  if (!(kind.empty() || kind == "statute" || kind == "other")) return;
  std::string_view cite = scan.ctx.doc.citation;
  if (cite.empty()) cite = scan.text.substr(0, std::min<std::size_t>(scan.text.size(), 16));
  std::string_view id;
  if (cite.substr(0, 11) == "8 U.S.C. §") id = "ins";
  else if (cite.substr(0, 12) == "26 U.S.C. §") id = "irs";
  else return;
  const InstitutionGazetteer& g = InstitutionGazetteer::instance();
  int index = g.find(InstitutionKind::agency, id);
  if (index < 0) return;
  const Institution& inst = g.institution(static_cast<std::size_t>(index));
  for (std::uint32_t i : scan.anchors.capitalized) {
    if (i == 0 || scan.word(i) != "Service" || !plain_gap(scan.gap_before(i))) continue;
    std::string_view the = scan.word(i - 1);
    if (!(the == "the" || the == "The")) continue;
    if (i + 1 < scan.words.size() && plain_gap(scan.gap_before(i + 1)) &&
        (scan.word(i + 1) == "of" || is_capitalized(scan.word(i + 1))))
      continue;
    Mention m;
    m.type = "agency";
    m.start = scan.words[i - 1].start;
    m.end = scan.words[i].end;
    m.entity = inst.entity;
    m.name = inst.name;
    if (!inst.parent.empty()) m.attrs["parent"] = "agency:" + inst.parent;
    m.attrs["resolved_from"] = std::string("statute");
    scan.emit(std::move(m));
  }
}

void find_tribunals(NameScan& scan) {
  // Tribunals that decide cases but are not in the gazetteer: "COURT OF
  // WORKERS' COMPENSATION CLAIMS", "Workers' Compensation Appeals Board".
  const NameLists& lists = NameLists::instance();
  const std::size_t n = scan.words.size();
  auto name_gap = [&](std::size_t k) {
    std::string_view g = scan.gap_before(k);
    return g == " " || g == "' ";
  };
  std::size_t next_free = 0;
  for (std::uint32_t i : scan.anchors.capitalized) {
    if (i < next_free) continue;
    std::string_view w = scan.word(i);
    std::size_t first = i;
    std::size_t last = i;
    if (iequals(w, "Court") && i + 2 < n && iequals(scan.word(i + 1), "of") && plain_gap(scan.gap_before(i + 1))) {
      for (std::size_t k = i + 2; k < n && k - i <= 6 && name_gap(k) && is_capitalized(scan.word(k)); ++k) {
        std::string_view x = scan.word(k);
        if (iequals(x, "Claims")) {
          last = k;
          break;
        }
      }
      if (last == i || last == i + 2) continue;  // "Court of Claims" alone is the gazetteer's
    } else if (iequals(w, "Board") && i > 0 && iequals(scan.word(i - 1), "Appeals") &&
               plain_gap(scan.gap_before(i)) && is_capitalized(scan.word(i - 1))) {
      first = i - 1;
      while (first > 0 && i - first < 5 && name_gap(first)) {
        std::string_view prev = scan.word(first - 1);
        if (!is_capitalized(prev) || lists.is_stopword(prev)) break;
        --first;
      }
      if (i + 1 < n && plain_gap(scan.gap_before(i + 1)) && iequals(scan.word(i + 1), "of")) continue;
    } else {
      continue;
    }
    if (emit_unlisted_court(scan, first, last, "tribunal")) next_free = last + 1;
  }
}

}  // namespace lexgraph::names
