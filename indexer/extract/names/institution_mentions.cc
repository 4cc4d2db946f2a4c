// Courts, agencies and well-known organizations named in the text, by the
// gazetteer, by acronyms the document defines, and "this Court".

#include <algorithm>
#include <unordered_map>

#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_lists.h"
#include "extract/names/name_passes.h"

namespace lexgraph::names {

namespace {

// How far before an agency's name a caption's " v. " may stand ("Hilton v.
// South Carolina Public Railways Commission").
constexpr std::size_t kCaseNameReach = 80;
// How many sentences back "the agency" looks for the agency it means: two,
// then (when cited cases alone named one there) six.
constexpr std::size_t kFocusSentences[] = {2, 6};

// What a document-level acronym or name stands for.
struct LocalInstitution {
  InstitutionKind kind = InstitutionKind::agency;
  std::string entity;
  std::string name;
  std::string parent;
  std::string level;
};

LocalInstitution local_of(const Institution& inst) {
  return {inst.kind, inst.entity, inst.name, inst.parent, inst.level};
}

const char* type_of(InstitutionKind kind) {
  switch (kind) {
    case InstitutionKind::court: return "court";
    case InstitutionKind::agency: return "agency";
    case InstitutionKind::organization: return "organization";
  }
  return "organization";
}

std::vector<InstitutionMention>& list_of(NameScan& scan, InstitutionKind kind) {
  switch (kind) {
    case InstitutionKind::court: return scan.courts;
    case InstitutionKind::agency: return scan.agencies;
    case InstitutionKind::organization: return scan.organizations;
  }
  return scan.organizations;
}

bool emit_institution(NameScan& scan, const LocalInstitution& inst, std::size_t start,
                      std::size_t end, Attrs extra = {}) {
  Mention m;
  m.type = type_of(inst.kind);
  m.start = start;
  m.end = end;
  m.entity = inst.entity;
  m.name = inst.name;
  m.attrs = std::move(extra);
  if (!inst.parent.empty()) m.attrs["parent"] = "agency:" + inst.parent;
  if (!inst.level.empty()) m.attrs["level"] = inst.level;
  if (!scan.emit(std::move(m))) return false;
  auto& list = list_of(scan, inst.kind);
  InstitutionMention found{start, end, inst.entity, inst.name};
  insert_by_start(list, std::move(found));
  return true;
}

bool is_space_only(std::string_view gap) {
  if (gap.empty()) return false;
  for (char c : gap)
    if (c != ' ' && c != '\n') return false;
  return true;
}

bool is_month_abbreviation(std::string_view w) {
  for (std::string_view m : {"Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Jun", "Jul", "Aug",
                             "Sept", "Sep", "Oct", "Nov", "Dec"})
    if (w == m) return true;
  return false;
}

// "(D. Mass. 2003)", "(Cal. Mar. 3, 1990)": a citation form inside parentheses
// followed by a date or the closing parenthesis.
bool in_citation_parenthetical(const NameScan& scan, std::size_t start, std::size_t end_word) {
  std::size_t p = start;
  while (p > 0 && scan.text[p - 1] == ' ') --p;
  if (p == 0 || scan.text[p - 1] != '(') return false;
  std::size_t q = scan.words[end_word - 1].end;
  if (q < scan.text.size() && scan.text[q] == '.') ++q;
  while (q < scan.text.size() && scan.text[q] == ' ') ++q;
  if (q >= scan.text.size()) return false;
  if (scan.text[q] == ')' || is_digit(scan.text[q])) return true;
  if (end_word < scan.words.size()) return is_month_abbreviation(scan.word(end_word));
  return false;
}


// "this Court" in an opinion whose court the metadata names.
bool this_court(NameScan& scan, std::size_t i) {
  if (scan.document_court.empty() || i + 1 >= scan.words.size()) return false;
  std::string_view next = scan.word(i + 1);
  if (!(next == "Court" || next == "court") || scan.gap_before(i + 1) != " ") return false;
  const InstitutionGazetteer& g = InstitutionGazetteer::instance();
  int index = g.find(InstitutionKind::court, scan.document_court);
  if (index < 0) return false;
  LocalInstitution local = local_of(g.institution(static_cast<std::size_t>(index)));
  return emit_institution(scan, local, scan.words[i].start, scan.words[i + 1].end,
                          Attrs{{"resolved_from", std::string("document")}});
}

// Capitalised words of a name defined in the text, lower case.
struct DefinedName {
  std::vector<std::string> words;
  LocalInstitution institution;
};

class InstitutionFinder {
 public:
  explicit InstitutionFinder(NameScan& scan)
      : scan_(scan), g_(InstitutionGazetteer::instance()), lists_(NameLists::instance()) {}

  void run() {
    // "the federal district court for Connecticut", "the bankruptcy court
    // for the District of Maine": no capitalised word opens these, so the
    // anchors below never reach them; read first, they keep their place
    // name from being read alone ("District of Maine", the district court).
    for (std::size_t i = 0; i + 2 < scan_.words.size(); ++i) {
      if (lower_case_court_for(i)) i += try_gazetteer(i);
    }
    // Gazetteer phrases start at anchor words; acronyms the document defines
    // may be any all-caps word, so those are looked at too once one exists.
    const auto& anchors = scan_.anchors.by_pass[0];
    const auto& capitalized = scan_.anchors.capitalized;
    std::size_t a = 0;
    std::size_t c = 0;
    std::size_t next_free = 0;
    while (a < anchors.size() || c < capitalized.size()) {
      std::size_t i;
      bool from_anchor;
      if (c >= capitalized.size() || (a < anchors.size() && anchors[a] <= capitalized[c])) {
        i = anchors[a];
        from_anchor = true;
        if (c < capitalized.size() && capitalized[c] == i) ++c;
        ++a;
      } else {
        i = capitalized[c++];
        from_anchor = false;
      }
      if (i < next_free) continue;
      std::string_view w = scan_.word(i);
      if (!(is_ascii_upper(w[0]) || is_digit(w[0]))) continue;
      std::size_t used = from_anchor ? try_gazetteer(i) : 0;
      if (used == 0 && (is_all_caps(w) || !defined_names_.empty())) used = try_defined(i);
      if (used > 0) next_free = i + used;
    }
  }

 private:
  // Longest valid gazetteer match at word i; returns words used (0: none).
  std::size_t try_gazetteer(std::size_t i) {
    matches_.clear();
    g_.trie().matches_at(scan_.text, scan_.words, i, matches_);
    for (const PhraseTrie::Match& m : matches_) {
      const InstitutionForm& form = g_.form(m.value);
      const Institution& inst = g_.institution(form.institution);
      const std::size_t end_word = i + m.words;
      std::size_t start = scan_.words[i].start;
      std::size_t end = scan_.words[end_word - 1].end;
      if (!form.required_word.empty() && !scan_.document_contains(form.required_word)) continue;
      if (form.parenthetical && !in_citation_parenthetical(scan_, start, end_word)) continue;
      if (form.strict && !strict_fits(i, end_word)) continue;
      if (!form.acronym && !case_fits(i, end_word)) continue;
      if (followed_by_act(end_word)) continue;
      // "SEC. 3407." heads a section of an act.
      if (form.acronym && !form.final_period && end + 2 < scan_.text.size() && scan_.text[end] == '.' &&
          scan_.text[end + 1] == ' ' &&
          is_digit(scan_.text[end + 2]))
        continue;
      if (form.final_period && end < scan_.text.size() && scan_.text[end] == '.')
        ++end;  // "S.D.N.Y." keeps its last period; "ICE." does not
      if (inst.kind == InstitutionKind::agency && !form.acronym) {
        std::size_t state_first = state_before(scan_, i);
        if (state_first < i) {
          emit_state_body(state_first, end);
          return m.words;
        }
      }
      LocalInstitution local = local_of(inst);
      // PACER's header: "U.S. Bankruptcy Court\nDistrict of Arizona (Phoenix)".
      if (inst.kind == InstitutionKind::court && inst.level == "district")
        start = court_header_start(i, start, local);
      if (!emit_institution(scan_, local, start, end)) continue;
      learn_acronym(end, local);
      return m.words;
    }
    return 0;
  }

  // Start of "U.S. District Court" / "U.S. Bankruptcy Court" on the line
  // just above a district named at word `first` (`start` when there is none);
  // a bankruptcy court turns `local` into the district's bankruptcy court.
  std::size_t court_header_start(std::size_t first, std::size_t start, LocalInstitution& local) const {
    if (first < 3) return start;
    std::string_view gap = scan_.gap_before(first);
    if (gap.empty() || gap.find_first_not_of("\n ") != std::string_view::npos ||
        gap.find('\n') == std::string_view::npos)
      return start;
    std::string_view court = scan_.word(first - 1);
    std::string_view kind = scan_.word(first - 2);
    if (!iequals(court, "Court") || !is_space_gap_word(first - 1)) return start;
    bool bankruptcy = iequals(kind, "Bankruptcy");
    if (!bankruptcy && !iequals(kind, "District")) return start;
    std::size_t k = first - 2;  // "U.S." or "United States" before it
    if (k >= 2 && iequals(scan_.word(k - 1), "States") && iequals(scan_.word(k - 2), "United")) k -= 2;
    else if (k >= 2 && scan_.word(k - 1) == "S" && scan_.word(k - 2) == "U") k -= 2;
    else return start;
    if (k > 0 && scan_.text[scan_.words[k].start - 1] != '\n') return start;  // the name opens its line
    if (bankruptcy) {
      const std::string& id = local.entity;  // "court:azd"
      if (id.size() < 8 || id.back() != 'd') return start;
      std::string_view bare = std::string_view(id).substr(6);
      std::string bankruptcy_id = std::string(bare.substr(0, bare.size() - 1)) + "b";
      int index = g_.find(InstitutionKind::court, bankruptcy_id);
      if (index < 0) return start;
      local = local_of(g_.institution(static_cast<std::size_t>(index)));
    }
    return scan_.words[k].start;
  }

  bool is_space_gap_word(std::size_t i) const {
    std::string_view g = scan_.gap_before(i);
    return g == " " || g == "\n";
  }

  // A phrase matched case-insensitively must be written as a name: capitalised
  // words, or all capitals (captions), not "the supreme court" in prose.
  // "the federal district court for Connecticut": a court's generic words
  // in lower case, then "for" (case_fits wants the place capitalised).
  bool lower_case_court_for(std::size_t i) const {
    if (i + 2 >= scan_.words.size()) return false;
    const std::string_view w = scan_.word(i);
    return (w == "district" || w == "bankruptcy") && scan_.word(i + 1) == "court" && scan_.word(i + 2) == "for";
  }

  // A court's generic words in lower case before "for" and a capitalised
  // place name it ("the federal district court for Connecticut") name the
  // court as well: the place is what tells one court from another.
  bool case_fits(std::size_t first, std::size_t end_word) const {
    bool generic_court_words = false, after_for = false;
    for (std::size_t k = first; k < end_word; ++k) {
      std::string_view w = scan_.word(k);
      if (w == "for") after_for = true;
      if (w.size() <= 3 && is_ascii_lower(w[0])) continue;  // of, the, and, for, on
      if (!after_for && (w == "district" || w == "court" || w == "bankruptcy" || w == "appeals")) {
        generic_court_words = true;
        continue;
      }
      if (!is_ascii_upper(w[0]) && !is_digit(w[0]) && w != "&") return false;
    }
    return !generic_court_words || after_for;
  }

  // "Supreme Court" alone is the U.S. Supreme Court only when no capitalised
  // word narrows it ("Ohio Supreme Court") and no "of" follows ("... of Guam").
  bool strict_fits(std::size_t first, std::size_t end_word) const {
    if (first > 0 && is_space_only(scan_.gap_before(first))) {
      std::string_view prev = scan_.word(first - 1);
      if (is_capitalized(prev) && !lists_.is_stopword(prev)) return false;
    }
    if (end_word < scan_.words.size() && is_space_only(scan_.gap_before(end_word))) {
      std::string_view next = scan_.word(end_word);
      if (iequals(next, "of")) return false;
    }
    return true;
  }

  // "Federal Trade Commission Act", "Homeland Security Act" name statutes.
  bool followed_by_act(std::size_t end_word) const {
    if (end_word >= scan_.words.size() || !is_space_only(scan_.gap_before(end_word))) return false;
    std::string_view next = scan_.word(end_word);
    return next == "Act" || next == "ACT";
  }

  void emit_state_body(std::size_t first, std::size_t end) {
    std::size_t start = scan_.words[first].start;
    std::string name = name_as_written(scan_.text.substr(start, end - start));
    LocalInstitution local{InstitutionKind::agency, "agency:" + slug(name), name, "", ""};
    if (emit_institution(scan_, local, start, end, Attrs{{"jurisdiction", std::string("state")}}))
      learn_acronym(end, local);
  }

  // `Name ("ACR")`, `Name (ACR)`, `Name (the "ACR")`, `Name (hereinafter "ACR")`
  // right after a mention: the acronym names it for the rest of the document.
  void learn_acronym(std::size_t after, const LocalInstitution& inst) {
    std::size_t acr_start = 0;
    std::size_t acr_end = 0;
    if (!acronym_definition_at(after, acr_start, acr_end)) return;
    std::string acronym(scan_.text.substr(acr_start, acr_end - acr_start));
    acronyms_.emplace(acronym, inst);
    emit_institution(scan_, inst, acr_start, acr_end, Attrs{{"defined", true}});
  }

  // Finds the acronym of a definition opening at or after `pos`.
  bool acronym_definition_at(std::size_t pos, std::size_t& acr_start, std::size_t& acr_end) const {
    std::string_view t = scan_.text;
    std::size_t p = pos;
    if (p < t.size() && t[p] == ',') ++p;
    while (p < t.size() && t[p] == ' ') ++p;
    if (p >= t.size() || t[p] != '(') return false;
    ++p;
    for (std::string_view lead : {"hereinafter ", "the ", "collectively, ", "collectively "})
      if (t.substr(p, lead.size()) == lead) p += lead.size();
    bool quoted = p < t.size() && t[p] == '"';
    if (quoted) ++p;
    std::size_t start = p;
    int capitals = 0;
    while (p < t.size() && (is_word_byte(t[p]) || t[p] == '&') && p - start <= 10) {
      if (is_ascii_upper(t[p])) ++capitals;
      else if (!is_ascii_lower(t[p]) && !is_digit(t[p]) && t[p] != '&') return false;
      ++p;
    }
    if (capitals < 2 || p == start) return false;
    if (quoted) {
      if (p >= t.size() || t[p] != '"') return false;
      ++p;
    }
    if (p >= t.size() || t[p] != ')') return false;
    acr_start = start;
    acr_end = start + (quoted ? p - 1 - start : p - start);
    return true;
  }

  // An acronym or name the document defined, or a new definition of a body
  // the gazetteer does not know (`the Office of Refugee Resettlement ("ORR")`).
  std::size_t try_defined(std::size_t i) {
    std::string_view w = scan_.word(i);
    if (!acronyms_.empty()) {
      if (auto it = acronyms_.find(std::string(w)); it != acronyms_.end()) {
        if (emit_institution(scan_, it->second, scan_.words[i].start, scan_.words[i].end)) return 1;
      }
    }
    for (const DefinedName& d : defined_names_) {
      if (d.words.size() > scan_.words.size() - i) continue;
      bool same = true;
      for (std::size_t k = 0; k < d.words.size() && same; ++k)
        same = iequals(scan_.word(i + k), d.words[k]) && (k == 0 || is_space_only(scan_.gap_before(i + k)));
      if (same && emit_institution(scan_, d.institution, scan_.words[i].start,
                                   scan_.words[i + d.words.size() - 1].end))
        return d.words.size();
    }
    if (is_all_caps(w)) learn_unknown_definition(i);
    return 0;
  }

  // At an acronym in parentheses: read the capitalised phrase before the
  // parenthesis; if its initials spell the acronym and it reads as a
  // government body or an organization, it becomes one for this document.
  void learn_unknown_definition(std::size_t i) {
    std::string_view t = scan_.text;
    std::size_t p = scan_.words[i].start;
    if (p > 0 && t[p - 1] == '"') --p;
    if (p == 0 || t[p - 1] != '(') return;
    std::size_t acr_start = 0;
    std::size_t acr_end = 0;
    std::size_t open = p - 1;
    std::size_t before = open;
    while (before > 0 && (t[before - 1] == ' ' || t[before - 1] == ',')) --before;
    if (!acronym_definition_at(before, acr_start, acr_end) || acr_start != scan_.words[i].start) return;
    std::string acronym(t.substr(acr_start, acr_end - acr_start));
    if (acronyms_.count(acronym)) return;
    // Phrase: words ending right before `before`, capitalised or connectors.
    std::size_t last = scan_.word_at(before);
    if (last == 0) return;
    --last;
    if (scan_.words[last].end != before) return;
    std::string initials;
    for (char c : acronym)
      if (is_ascii_upper(c)) initials += c;
    // Walk left collecting capitalised words until their initials spell the acronym.
    std::string collected;  // initials, right to left
    std::size_t first = last + 1;
    std::size_t k = last + 1;
    while (k > 0 && last + 1 - k < 14) {
      --k;
      std::string_view word = scan_.word(k);
      if (k < last && !is_space_only(scan_.gap_before(k + 1)) && scan_.gap_before(k + 1) != ", ") break;
      if (is_capitalized(word)) {
        collected.insert(collected.begin(), word[0]);
        first = k;
        if (collected == initials) break;
      } else if (!(word == "of" || word == "and" || word == "for" || word == "on" || word == "the" ||
                   word == "&" || word == "de" || word == "del" || word == "y")) {
        break;
      }
    }
    if (collected != initials || first > last) return;
    std::size_t start = scan_.words[first].start;
    std::size_t end = scan_.words[last].end;
    std::vector<std::string> phrase_words;
    bool government = false;
    bool organization = false;
    for (std::size_t k2 = first; k2 <= last; ++k2) {
      std::string_view word = scan_.word(k2);
      phrase_words.emplace_back(word);
      for (std::string_view head : {"Department", "Agency", "Office", "Bureau", "Administration",
                                    "Commission", "Board", "Authority", "Corps", "Ministry", "Division",
                                    "Directorate", "Secretariat"})
        if (iequals(word, head)) government = true;
      if (iequals(word, "Council") && k2 < last && iequals(scan_.word(k2 + 1), "of")) government = true;
      if (lists_.is_org_head(word) || lists_.is_org_lead(word) || lists_.is_org_suffix(word))
        organization = true;
    }
    if (!government && !organization) return;
    // "the South Carolina Department of Health and Environmental Control
    // (DHEC)": the state the initials leave out is part of the body's name.
    const std::size_t state_first = government ? state_before(scan_, first) : first;
    if (state_first < first) start = scan_.words[state_first].start;
    if (scan_.is_taken(start, end)) return;
    std::string name = name_as_written(t.substr(start, end - start));
    LocalInstitution local;
    local.name = name;
    if (government) {
      local.kind = InstitutionKind::agency;
      std::string id = to_lower(acronym);
      bool state = state_first < first || iequals(scan_.word(first), "State");
      if (state || g_.find(InstitutionKind::agency, id) >= 0) id = slug(name);
      local.entity = "agency:" + id;
    } else {
      local.kind = InstitutionKind::organization;
      local.entity = "org:" + slug(name);
    }
    emit_institution(scan_, local, start, end);
    acronyms_.emplace(acronym, local);
    defined_names_.push_back({std::move(phrase_words), local});
    emit_institution(scan_, local, acr_start, acr_end, Attrs{{"defined", true}});
  }

  NameScan& scan_;
  const InstitutionGazetteer& g_;
  const NameLists& lists_;
  std::vector<PhraseTrie::Match> matches_;
  std::unordered_map<std::string, LocalInstitution> acronyms_;
  std::vector<DefinedName> defined_names_;
};

}  // namespace

std::size_t state_before(const NameScan& scan, std::size_t first) {
  const PhraseTrie& states = InstitutionGazetteer::instance().states();
  std::vector<PhraseTrie::Match> matches;
  std::size_t end = first;
  if (end > 0 && scan.word(end - 1) == "State" && is_space_only(scan.gap_before(end))) --end;
  // "NC Department of Justice": a postal code in capitals names the state too.
  if (end == first && end > 0 && InstitutionGazetteer::instance().is_state_postal(scan.word(end - 1)) &&
      is_space_only(scan.gap_before(first)))
    return end - 1;
  for (std::size_t back = 1; back <= 3 && back <= end; ++back) {
    std::size_t j = end - back;
    if (!is_capitalized(scan.word(j))) continue;
    matches.clear();
    states.matches_at(scan.text, scan.words, j, matches);
    for (const auto& m : matches)
      if (j + m.words == end && is_space_only(scan.gap_before(first)))
        return j;
  }
  return first;
}

void find_institutions(NameScan& scan) { InstitutionFinder(scan).run(); }

// ---------------------------------------------------------------------------
// State, local, foreign and federal bodies the gazetteer cannot list.

namespace {

bool is_government_head(std::string_view w) {
  static const WordFilter filter = filter_of(kGovernmentHeads);
  if (!filter.may_contain(w)) return false;
  for (std::string_view head : kGovernmentHeads)
    if (iequals(w, head)) return true;
  return false;
}

// Words that end a body's "of ..." name although they stop a person's name
// ("Division of Child and Family Services").
bool is_body_name_tail(std::string_view w) {
  for (std::string_view t : {"Services", "Service", "Affairs", "Resources", "Programs", "Relations", "Standards"})
    if (w == t) return true;
  return false;
}

// A nation's adjective opening a foreign body's name: "Swiss Financial
// Markets Authority", "British Home Office". ("Indian" is left out: in US
// law it names tribes and the Indian Office, not India.)
bool is_nation_adjective(std::string_view w) {
  for (std::string_view m : {"Swiss", "German", "British", "French", "Canadian", "Mexican", "Japanese", "Chinese",
                             "Australian", "Israeli", "Italian", "Spanish", "Korean", "Brazilian", "Dutch", "Irish",
                             "Russian", "Peruvian", "Colombian", "European", "UK"})
    if (w == m) return true;
  return false;
}

// A plural possessive's apostrophe and the space or line break after it
// ("Workers' Compensation", "Workers’\nCompensation").
bool is_possessive_gap(std::string_view gap) {
  for (std::string_view mark : {"'", "\u2019"}) {
    if (gap.starts_with(mark) && is_space_only(gap.substr(mark.size()))) return true;
  }
  return false;
}

// What a company's or a school's board is "of": "the Board of Directors".
bool is_company_board(std::string_view w) {
  for (std::string_view m : {"Directors", "Trustees", "Managers", "Editors", "Advisors", "Advisers", "Governors"})
    if (w == m) return true;
  return false;
}

bool is_local_marker(std::string_view w) {
  for (std::string_view m : {"County", "City", "Town", "Township", "Village", "Borough", "Parish",
                             "Municipal", "Police", "Sheriff", "Commonwealth", "State"})
    if (iequals(w, m)) return true;
  return false;
}

}  // namespace

void find_state_bodies(NameScan& scan) {
  const NameLists& lists = NameLists::instance();
  const std::size_t n = scan.words.size();
  std::size_t next_free = 0;
  for (std::uint32_t i : scan.anchors.by_pass[5]) {
    if (i == 0 || i < next_free) continue;
    std::string_view head = scan.word(i);
    if (!is_capitalized(head) || !is_government_head(head)) continue;
    const bool caps_heading = is_all_caps(head);
    // Left: capitalised modifiers ("Illinois", "Cook County", "Sheriff's").
    std::size_t first = i;
    bool marker = false;
    while (first > 0 && i - first < 5) {
      std::string_view gap = scan.gap_before(first);
      if (!is_space_only(gap)) break;
      // A heading in capitals is one line: "TENNESSEE BUREAU OF ..." under another heading.
      if (gap.find('\n') != std::string_view::npos && (caps_heading || gap.find("\n\n") != std::string_view::npos))
        break;
      std::size_t owner = first - 1;
      // "Sheriff's Office": step over the possessive "s".
      if (scan.word(owner) == "s" && owner >= 1 && scan.gap_before(owner) == "'") --owner;
      std::string_view prev = scan.word(owner);
      if (!is_capitalized(prev)) break;
      if (lists.is_stopword(prev) && !is_local_marker(prev) && prev != "Federal") break;
      if (is_local_marker(prev)) marker = true;
      first = owner;
    }
    // "the Rumford, Maine, Police Department": a town and its State set off
    // by commas before a local body's name.
    if (marker && first > 1 && scan.gap_before(first) == ", ") {
      std::vector<PhraseTrie::Match> m;
      for (std::size_t j = first - 1; j + 3 >= first && j > 1; --j) {
        m.clear();
        InstitutionGazetteer::instance().states().matches_at(scan.text, scan.words, j, m);
        const bool state_ends_here =
            std::any_of(m.begin(), m.end(), [&](const PhraseTrie::Match& x) { return j + x.words == first; });
        if (!state_ends_here) continue;
        if (scan.gap_before(j) == ", " && is_capitalized(scan.word(j - 1)) && !lists.is_stopword(scan.word(j - 1)))
          first = j - 1;
        break;
      }
    }
    // "the Board of State Harbor Commissioners", "the Department of
    // Corrections", "the Commission on Human Rights": a body named by its
    // head and what it governs, which no modifier before places. The
    // article says it is a name; a company's own board is no agency.
    bool named_by_charge = false;
    if (first == i && i > 0 && i + 2 < n && (scan.word(i - 1) == "the" || scan.word(i - 1) == "The") &&
        scan.gap_before(i) == " " && is_space_only(scan.gap_before(i + 1)) &&
        (scan.word(i + 1) == "of" || scan.word(i + 1) == "on") && is_capitalized(scan.word(i + 2)) &&
        (!lists.is_stopword(scan.word(i + 2)) || is_local_marker(scan.word(i + 2))) &&
        !is_company_board(scan.word(i + 2)) &&
        (head == "Board" || head == "Commission" || head == "Department" || head == "Bureau" || head == "Division"))
      named_by_charge = true;
    if (first == i && !named_by_charge) continue;
    bool state = state_before(scan, first) < first;
    if (!state) {
      std::vector<PhraseTrie::Match> m;
      InstitutionGazetteer::instance().states().matches_at(scan.text, scan.words, first, m);
      state = !m.empty();
    }
    const bool foreign = !state && is_nation_adjective(scan.word(first));
    // "the Federal Farm Board", "the Federal Widget Administration":
    // a national body the gazetteer does not list (a company is no Board).
    const bool federal = !state && !marker && scan.word(first) == "Federal";
    if (!state && !marker && !foreign && !federal && !named_by_charge) continue;
    // Right: "of Public Aid", "of Health and Human Services".
    std::size_t last = i;
    if (i + 2 < n && (iequals(scan.word(i + 1), "of") || iequals(scan.word(i + 1), "for") || scan.word(i + 1) == "on") &&
        is_space_only(scan.gap_before(i + 1)) && is_capitalized(scan.word(i + 2))) {
      std::size_t k = i + 2;
      // "Bureau of Workers' Compensation": a plural possessive inside the name.
      while (k < n && k - i <= 7 && (is_space_only(scan.gap_before(k)) || is_possessive_gap(scan.gap_before(k)))) {
        if (caps_heading && scan.gap_before(k).find('\n') != std::string_view::npos) break;
        std::string_view w = scan.word(k);
        if (is_capitalized(w) && !lists.is_stopword(w)) last = k;
        else if (is_capitalized(w) && (is_government_head(w) || is_body_name_tail(w) || is_local_marker(w))) last = k;
        else if (!(iequals(w, "and") || w == "&" || iequals(w, "the") || iequals(w, "of"))) break;
        ++k;
      }
    }
    std::size_t start = scan.words[first].start;
    std::size_t end = scan.words[last].end;
    if (scan.is_taken(start, end)) continue;
    std::string name = name_as_written(scan.text.substr(start, end - start));
    // "New Hampshire's Insurance Department" is the New Hampshire Insurance
    // Department: the State's possessive is no part of the body's name.
    if (state) {
      std::vector<PhraseTrie::Match> m;
      InstitutionGazetteer::instance().states().matches_at(scan.text, scan.words, first, m);
      for (const auto& match : m) {
        const std::size_t state_end = scan.words[first + match.words - 1].end - start;
        if (name.compare(state_end, 3, "'s ") == 0) name.erase(state_end, 2);
      }
    }
    Mention mention;
    mention.type = "agency";
    mention.start = start;
    mention.end = end;
    mention.entity = "agency:" + slug(name);
    mention.name = name;
    mention.attrs["jurisdiction"] =
        std::string(state ? "state" : foreign ? "foreign" : federal ? "federal" : named_by_charge ? "unknown" : "local");
    InstitutionMention found{start, end, mention.entity, name};
    if (scan.emit(std::move(mention))) {
      insert_by_start(scan.agencies, std::move(found));
    }
    next_free = last + 1;
  }
}

// ---------------------------------------------------------------------------
// "this Court"; "the agency" / "the Bureau" in focus.

// "Hilton v. South Carolina Public Railways Commission, 502 U.S. 197": an
// agency a cited case is named after is not the agency the text is about.
bool in_case_name(const NameScan& scan, const InstitutionMention& a) {
  if (scan.text.substr(a.end).starts_with(" v. ")) return true;
  const std::size_t from = a.start > kCaseNameReach ? a.start - kCaseNameReach : 0;
  const std::string_view before = scan.text.substr(from, a.start - from);
  const std::size_t versus = before.rfind(" v. ");
  return versus != std::string_view::npos && before.find_first_of(";()", versus) == std::string_view::npos &&
         before.find(". ", versus + 4) == std::string_view::npos;
}

void resolve_references(NameScan& scan) {
  const std::size_t n = scan.words.size();
  for (std::uint32_t i : scan.anchors.by_pass[6]) {
    std::string_view w = scan.word(i);
    if (w == "this" || w == "This") {
      this_court(scan, i);
      continue;
    }
    if (i == 0) continue;
    std::string_view kind;
    if (w == "agency" || w == "Agency") kind = "";
    else if (w == "Bureau" || w == "Department" || w == "Commission" || w == "Board" || w == "Service" ||
             w == "Administration")
      kind = w;
    else
      continue;
    std::string_view the = scan.word(i - 1);
    if (!(the == "the" || the == "The") || scan.gap_before(i) != " ") continue;
    // Not "the agency's" plural or "the Department of X" (a name the gazetteer missed).
    if (i + 1 < n && scan.gap_before(i + 1) == " ") {
      std::string_view next = scan.word(i + 1);
      if (next == "of" || next == "which" || next == "that" || is_capitalized(next)) continue;
    }
    std::size_t pos = scan.words[i].start;
    std::size_t sentence = scan.sentence_of(pos);
    std::string entity;
    std::string name;
    bool ambiguous = false;
    // The one agency named in the two sentences before; when only cited
    // cases name one there, the one named in the few before them.
    for (std::size_t back : kFocusSentences) {
      std::size_t window_start = scan.sentence_start(sentence >= back ? sentence - back : 0);
      auto from = std::lower_bound(scan.agencies.begin(), scan.agencies.end(), window_start,
                                   [](const InstitutionMention& x, std::size_t p) { return x.start < p; });
      for (auto it = from; it != scan.agencies.end(); ++it) {
        const InstitutionMention& a = *it;
        if (a.start >= pos) break;
        if (!kind.empty() && a.name.find(kind) == std::string::npos) continue;
        if (in_case_name(scan, a)) continue;
        if (entity.empty()) {
          entity = a.entity;
          name = a.name;
        } else if (entity != a.entity) {
          ambiguous = true;
          break;
        }
      }
      if (!entity.empty() || ambiguous) break;
    }
    if (entity.empty() || ambiguous) continue;
    Mention m;
    m.type = "agency";
    m.start = scan.words[i - 1].start;
    m.end = scan.words[i].end;
    m.entity = entity;
    m.name = name;
    m.attrs["resolved_from"] = std::string("focus");
    scan.emit(std::move(m));
  }
}

}  // namespace lexgraph::names
