// Acts by name: "the Administrative Procedure Act", "FOIA", "the Privacy Act
// of 1974", "Title VII", acts not in the table ("the Water Resources
// Development Act of 1986"), acronyms a document defines ("the Clean Air
// Act (\"CAA\")"), and sections cited after a name ("IRC § 6103", "IRS Code
// 6103", "CAA section 110(a)(2)(D)(i)").
//
// A name is found from its last word ("Act", "Code", "Statute", ...): the
// words before it are read back while they are capitalised or connectors
// ("of", "and", "the" ...), then the longest run that is a known name wins,
// provided it is not the tail of a longer proper name ("California
// Administrative Procedure Act" is not the federal APA).

#include <array>

#include "extract/statutes/statute_scanner.h"

namespace lexgraph::statutes {

namespace {

struct Word {
  std::size_t start = 0, end = 0;
  std::string_view text;  // without a trailing comma
  bool comma = false;     // a comma followed it
};

bool connector(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kConnectors = {"of", "and", "for", "on", "to", "in", "the", "&", "de", "with", "from"};
  for (std::string_view c : kConnectors)
    if (w == c) return true;
  return false;
}

// Capitalised words that open sentences, clauses or questions ("Does the
// Dealers' Act of Puerto Rico apply") rather than names.
bool stop_capital(std::string_view w) {
  static constexpr std::array<std::string_view, 77> kStops = {
      "The", "This", "That", "These", "Those", "Such", "Said", "An", "A", "In", "Under", "See", "Cf.", "Compare",
      "Accord", "Although", "Because", "When", "Whether", "If", "Both", "Neither", "Each", "Its", "Our", "His", "Her",
      "Their", "Pursuant", "Prior", "Before", "After", "Since", "Unlike", "Like", "Even", "Notwithstanding", "And",
      "But", "Or", "Nor", "For", "By", "With", "Without", "As", "At", "On", "To", "From", "Of", "Also", "Moreover",
      "However", "Thus", "Here", "There", "Yet", "While", "Where", "Any", "Every", "Does", "Did", "Do", "Is", "Are",
      "Was", "Were", "Can", "Could", "Should", "Must", "Would", "Has", "Have", "Had"};
  for (std::string_view s : kStops)
    if (w == s) return true;
  return false;
}

bool roman_numeral(std::string_view w) {
  if (w.empty() || w.size() > 5) return false;
  for (char c : w)
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  return true;
}

// "Section 2 of the", "Title II of the": what comes before "of" inside an act.
bool structural(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kParts = {
      "Section", "Sections", "Sec.", "Title", "Titles", "Chapter", "Part", "Subtitle", "Division", "Article",
      "Paragraph", "Clause", "Subchapter", "Amendment"};
  for (std::string_view s : kParts)
    if (w == s) return true;
  bool number = true;
  for (char c : w) number = number && is_digit(c);
  return roman_numeral(w) || number || w.front() == '(' || w.back() == ')';
}

bool month(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March", "April", "May", "June",
                                                              "July", "August", "September", "October", "November", "December"};
  for (std::string_view m : kMonths)
    if (w.substr(0, m.size()) == m || (w.size() >= 3 && w.back() == '.' && m.substr(0, w.size() - 1) == w.substr(0, w.size() - 1)))
      return true;
  return false;
}

bool capitalised(std::string_view w) { return !w.empty() && (is_upper(w.front()) || is_digit(w.front())); }

// An abbreviation that may sit inside a name: "U.S.", "D.C.", "T." in
// "Robert T. Stafford".
bool inner_abbreviation(std::string_view w) {
  if (w.size() == 2 && is_upper(w[0])) return true;
  return w.find('.') < w.size() - 1;
}

// The words before `p` that may belong to a name, left to right.
std::vector<Word> name_words_before(std::string_view t, std::size_t p) {
  std::vector<Word> back;
  std::size_t pos = p;
  while (back.size() < 16) {
    std::size_t s = 0;
    std::string_view w = word_before(t, pos, s);
    if (w.empty()) break;
    Word word{s, s + w.size(), w, false};
    if (w.back() == ',') {
      if (back.empty() || !(capitalised(back.back().text) || back.back().text == "and")) break;
      word.comma = true;
      w.remove_suffix(1);
      word.end = s + w.size();
    }
    bool last = false;
    if (w.front() == '(' || w.front() == '"' || w.front() == '\'') {
      w.remove_prefix(1);
      word.start = s + 1;
      last = true;
    }
    if (w.empty()) break;
    char tail = w.back();
    if (tail == '\'' && w.size() > 2 && w[w.size() - 2] == 's') {
      // "Workers' Compensation Act", "Employers' Liability Act"
    } else if (tail == ')' || tail == ';' || tail == ':' || tail == '"' || tail == '\'') {
      break;
    }
    if (tail == '.' && !inner_abbreviation(w)) break;
    if (!connector(w) && !capitalised(w)) break;
    word.text = w;
    back.push_back(word);
    pos = s;
    if (last) break;
  }
  return std::vector<Word>(back.rbegin(), back.rend());
}

std::string joined(const std::vector<Word>& words, std::size_t from, std::string_view anchor, std::string_view year) {
  std::string s;
  for (std::size_t i = from; i < words.size(); ++i) {
    s.append(words[i].text);
    s.push_back(' ');
  }
  s.append(anchor);
  if (!year.empty()) {
    s.append(" of ");
    s.append(year);
  }
  return s;
}

// " of 1974" after a name: the year's end, or p.
std::size_t year_after(std::string_view t, std::size_t p, std::string_view& year) {
  if (!at(t, p, " of ") && !at(t, p, "\nof ")) return p;
  std::size_t d = read_digits(t, p + 4);
  if (d - (p + 4) != 4 || (d < t.size() && is_alnum(t[d]))) return p;
  if (t[p + 4] != '1' && t[p + 4] != '2') return p;
  year = t.substr(p + 4, 4);
  return d;
}

// Is the word [start, end) inside a run of capitals ("DISTRICT OF PUERTO
// RICO")? An acronym there is just a word of a heading.
bool in_capitals(std::string_view t, std::size_t start, std::size_t end) {
  auto shouting = [](std::string_view w) {
    int letters = 0;
    for (char c : w) {
      if (is_lower(c)) return false;
      letters += is_upper(c) ? 1 : 0;
    }
    return letters >= 2;
  };
  std::size_t s = 0;
  if (shouting(word_before(t, start, s))) return true;
  return shouting(word_after(t, end, s));
}

}  // namespace

bool StatuteScanner::act_name_ending_at(std::size_t anchor_start, std::size_t anchor_end, ActName& found) {
  std::string_view anchor = t_.substr(anchor_start, anchor_end - anchor_start);
  if (!anchor.empty() && anchor.back() == '.') {
    anchor.remove_suffix(1);
    --anchor_end;
  }
  bool is_act = anchor == "Act";
  if (!is_act && anchor != "Amendments" && !tables_.is_name_end(anchor)) return false;
  // "Title VII of the Higher Education Act": the name ends later.
  if (roman_numeral(anchor) && at(t_, anchor_end, " of ")) return false;
  std::string_view year;
  std::size_t end = year_after(t_, anchor_end, year);
  if (is_act && year.empty() && at(t_, anchor_end, " of ")) {
    std::size_t s = 0;
    if (month(word_after(t_, anchor_end + 4, s))) return false;  // "Act of June 29, 1906": a session law
  }
  std::vector<Word> words = name_words_before(t_, anchor_start);

  for (std::size_t i = 0; i < words.size(); ++i) {
    if (connector(words[i].text) || stop_capital(words[i].text)) continue;
    bool boundary = i == 0 || connector(words[i - 1].text) || stop_capital(words[i - 1].text) ||
                    words[i - 1].comma || words[i - 1].text == "Federal" || words[i - 1].text == "federal";
    if (!boundary) continue;
    for (int with_year = year.empty() ? 0 : 1; with_year >= 0; --with_year) {
      AliasHit hit = tables_.find_name(name_key(joined(words, i, anchor, with_year ? year : std::string_view())));
      if (hit.act < 0 || (hit.weak && !named_in_full_[static_cast<std::size_t>(hit.act)])) continue;
      found = ActName{words[i].start, end, hit.act, {}, false};
      return true;
    }
  }
  // "the state's Anti-Indemnity Statute": a statute named by its subject, as
  // Acts are, though no table knows it; so are "the Medical Device
  // Amendments of 1976" (with their year: "the First and Fourteenth
  // Amendments" are the Constitution's).
  if (!is_act && anchor != "Statute" && !(anchor == "Amendments" && !year.empty())) return false;

  // A name not in the table: cut what cannot be part of it.
  std::size_t from = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].comma) from = i + 1;
    // "the Texas Insurance Code and the Deceptive Trade Practices Act": two names.
    if (words[i].text == "Act" || words[i].text == "Code") from = i + 1;
    if (words[i].text == "the" && i > 0 && words[i - 1].text == "and") from = i + 1;
    if (words[i].text == "of" && i > 0 && structural(words[i - 1].text)) from = i + 1;
    if (words[i].text == "v." || words[i].text == "v") from = i + 1;
  }
  while (from < words.size() && (connector(words[from].text) || stop_capital(words[from].text) ||
                                 structural(words[from].text) || is_digit(words[from].text.front()) ||
                                 // "division G of the ... Act": a part's letter
                                 (words[from].text.size() == 1 && from + 1 < words.size() &&
                                  words[from + 1].text == "of")))
    ++from;
  if (from >= words.size() || connector(words.back().text)) return false;  // "Constitutionality of the Act"
  bool named = false;
  for (std::size_t i = from; i < words.size(); ++i)
    named = named || (is_upper(words[i].text.front()) && words[i].text.size() >= 2 && !roman_numeral(words[i].text));
  if (!named || month(words[from].text)) return false;
  std::size_t start = words[from].start;
  // "Department of Defense Appropriations Act, 2013": appropriations acts
  // are titled with their fiscal year after a comma, and each year's is a
  // law of its own.
  bool appropriations = false;
  for (std::size_t i = from; i < words.size(); ++i)
    appropriations = appropriations || words[i].text == "Appropriations" || words[i].text == "Appropriation";
  if (appropriations && year.empty() && at(t_, end, ", ") && end + 6 <= t_.size() &&
      (at(t_, end + 2, "19") || at(t_, end + 2, "20")) && read_digits(t_, end + 2) == end + 6 &&
      !(end + 6 < t_.size() && is_alnum(t_[end + 6])))
    end += 6;
  std::string name;
  for (char c : t_.substr(start, end - start)) name.push_back(c == '\n' ? ' ' : c);
  found = ActName{start, end, -1, std::move(name), false};
  return true;
}

bool StatuteScanner::act_name_starting_at(std::size_t p, ActName& found) {
  bool any = false;
  std::size_t pos = p;
  for (int n = 0; n < 18 && pos < t_.size(); ++n) {
    std::size_t s = 0;
    std::string_view w = word_after(t_, pos, s);
    if (w.empty()) break;
    std::size_t e = s;
    while (e < t_.size() && (is_alnum(t_[e]) || ((t_[e] == '.' || t_[e] == '-' || t_[e] == '\'' || t_[e] == '&') &&
                                                 e + 1 < t_.size() && is_alnum(t_[e + 1]))))
      ++e;
    if (e < t_.size() && t_[e] == '.') ++e;
    std::string_view token = t_.substr(s, e - s);
    if (token.empty()) break;
    if (s == p) {
      std::string_view bare = token.back() == '.' ? token.substr(0, token.size() - 1) : token;
      auto def = defined_.find(bare);
      if (def != defined_.end()) {
        found = def->second;
        found.start = s;
        found.end = s + bare.size();
        return true;
      }
      AliasHit hit = tables_.find_token(token);
      if (hit.act < 0) hit = tables_.find_token(bare);
      if (hit.act >= 0 && (!hit.weak || named_in_full_[static_cast<std::size_t>(hit.act)])) {
        found = ActName{s, s + (tables_.find_token(token).act >= 0 ? token.size() : bare.size()), hit.act, {}, false};
        return true;
      }
    }
    ActName candidate;
    if (act_name_ending_at(s, e, candidate) && candidate.start == p) {
      found = candidate;
      any = true;
    }
    if (!connector(token) && !capitalised(token)) break;
    if (e < t_.size() && (t_[e] == ',' || t_[e] == ';' || t_[e] == ')' || t_[e] == '(')) break;
    pos = e;
  }
  return any;
}

std::size_t StatuteScanner::named_act(std::size_t anchor_start, std::size_t anchor_end) {
  std::string_view w = t_.substr(anchor_start, anchor_end - anchor_start);
  std::string_view bare = w.back() == '.' ? w.substr(0, w.size() - 1) : w;
  ActName act;
  bool found = false;
  bool in_full = false;
  auto def = defined_.find(bare);
  if (def != defined_.end()) {
    act = def->second;
    act.start = anchor_start;
    act.end = anchor_start + bare.size();
    found = true;
  }
  if (!found) {
    AliasHit hit = tables_.find_token(w);
    std::size_t end = anchor_end;
    if (hit.act < 0 && bare.size() != w.size()) {
      hit = tables_.find_token(bare);
      end = anchor_start + bare.size();
    }
    if (hit.act >= 0 && (!hit.weak || named_in_full_[static_cast<std::size_t>(hit.act)]) &&
        !in_capitals(t_, anchor_start, end)) {
      act = ActName{anchor_start, end, hit.act, {}, false};
      found = true;
    }
  }
  if (!found && (bare == "Act" || bare == "Amendments" || tables_.is_name_end(bare))) {
    found = act_name_ending_at(anchor_start, anchor_end, act);
    in_full = found;
  }
  if (!found) return 0;
  if (in_full) remember_named(act);
  std::size_t sections = act_sections_after(act, act.end);
  if (sections != 0) return sections;
  StatuteCite cite;
  cite.start = act.start;
  cite.end = act.end;
  cite.form = Form::named;
  cite.body = Body::act;
  cite.act = act.act;
  cite.act_name = act.name;
  out_.push_back(std::move(cite));
  note_definition(act);
  return act.end;
}

std::size_t StatuteScanner::act_sections_after(const ActName& act, std::size_t p) {
  std::size_t q = p;
  if (at(t_, q, ",") && sign_at(t_, skip_space(t_, q + 1))) ++q;
  q = skip_space(t_, q);
  bool plural = false;
  std::size_t s = read_section_word(t_, q, plural);
  bool code_number = s == q && act.act >= 0 && tables_.acts()[static_cast<std::size_t>(act.act)].is_code() && q > p &&
                     q < t_.size() && is_digit(t_[q]);
  if (s == q && !code_number) return 0;
  std::vector<ListItem> items;
  std::size_t end = read_section_list(s, plural, SectionStyle::federal, items);
  if (items.empty()) return 0;
  StatuteCite base;
  base.form = Form::full;
  base.act = act.act;
  base.act_name = act.name;
  add_act_sections(items, act.start, end, base);
  return end;
}

void StatuteScanner::note_definition(const ActName& act) {
  // ' ("CAA")', ' (CAA)', ', ("FOIA" or "the Act")'
  std::size_t p = act.end;
  bool comma = at(t_, p, ",");
  if (comma) ++p;
  p = skip_space(t_, p);
  if (!at(t_, p, "(")) return;
  ++p;
  // After a comma only a quoted definition counts: ", (II) for purposes" is a list.
  if (comma && !at(t_, p, "\"")) return;
  for (std::string_view w : {"the \"Act\")", "\"the Act\")", "\"Act\")", "the Act)"}) {
    if (at(t_, p, w)) {
      the_act_ = act;
      the_act_.defined = true;
      return;
    }
  }
  if (at(t_, p, "\"")) ++p;
  if (at(t_, p, "the ")) return;
  std::size_t e = p;
  int capitals = 0;
  while (e < t_.size() && e - p < 14 && (is_alnum(t_[e]) || t_[e] == '&' || t_[e] == '-' || t_[e] == '.')) {
    capitals += is_upper(t_[e]) ? 1 : 0;
    ++e;
  }
  if (e == p || capitals < 2 || !is_upper(t_[p])) return;
  if (!(at(t_, e, "\"") || at(t_, e, ")"))) return;
  std::string_view acronym = t_.substr(p, e - p);
  if (!acronym.empty() && acronym.back() == '.') return;
  if (roman_numeral(acronym)) return;
  // A table's own acronym keeps its meaning ("FOIA" after a garbled name).
  AliasHit known = tables_.find_token(acronym);
  if (known.act >= 0 && !known.weak) return;
  ActName defined = act;
  defined.defined = true;
  defined_[acronym] = defined;
}

void StatuteScanner::remember_named(const ActName& act) {
  if (act.act >= 0 && !act.defined) named_in_full_[static_cast<std::size_t>(act.act)] = true;
}

}  // namespace lexgraph::statutes
