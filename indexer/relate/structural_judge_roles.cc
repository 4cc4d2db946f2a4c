// Structural rules: judges by the role the document's form gives them.
// A researcher asks for "the district judge below", "the judge the docket
// is assigned to", "the justices who dissented" — not for every judge
// named. Each rule here reads one kind of line:
//   - labels: "Trial Judge: Derrick Kahala Watson, District Judge",
//     "Assigned to: Judge Amy Berman Jackson" (data/judge_role_labels.tsv);
//   - an appeal heading: "Appeal from the United States District Court for
//     the District of Massachusetts [Hon. William G. Young, U.S. District
//     Judge]": the judge below;
//   - a docket entry's panel: "Order filed (MICHAEL DALY HAWKINS, RONALD M.
//     GOULD and RICHARD A. PAEZ)";
//   - a signature block: "DAVID O. CARTER" over "United States District Judge";
//   - a signature block: its judge also wrote the order or ruling;
//   - "MR. JUSTICE ROBERTS took no part": presides_over, negated;
//   - dissents: "MR. JUSTICE PITNEY and MR. JUSTICE McREYNOLDS dissent.",
//     "Justice Thomas and Justice Alito would grant the application.",
//     "JUSTICE BRENNAN, with whom JUSTICE MARSHALL joins, dissenting."
// Roles are presides_over's `role` qualifier (panel, assigned, referred,
// signer); the judge below (decided_below) and dissents are predicates of
// their own (docs/relations.md).

#include <algorithm>
#include <cctype>
#include <string_view>

#include "extract/data_table.h"
#include "extract/extraction_json.h"
#include "relate/structural_rules.h"
#include "resolve/resolver.h"

namespace lexgraph {
namespace embedded {
extern const std::string_view data_judge_role_labels_tsv;
}

namespace structural {

namespace {

struct RoleWords {
  std::string words;  // lower case
  bool label = true;  // false: a signature line
  std::string role;
};

const std::vector<RoleWords>& role_words() {
  static const std::vector<RoleWords> table = [] {
    std::vector<RoleWords> t;
    DataTableRules rules;
    rules.filled_columns = DataTableRules::kAllColumns;
    for (const auto& row : parse_data_table(embedded::data_judge_role_labels_tsv, "judge_role_labels.tsv", rules).rows) {
      t.push_back({std::string(row[0]), row[1] == "label", std::string(row[2])});
    }
    return t;
  }();
  return table;
}

// A panel of more than this many judges under a "Panel:" line is not read further (en banc courts list theirs elsewhere).
constexpr int kMaxPanelLines = 4;

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }
bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }

// Words that only title a judge; stripped before the name.
bool title_word(std::string_view lower_word) {
  static constexpr std::string_view kTitles[] = {
      "mr.",   "mrs.",      "ms.",   "mr",       "justice", "justices",  "judge",     "judges",  "chief", "the",
      "hon.",  "hon",       "honorable", "circuit", "district", "senior", "associate", "magistrate", "u.s.", "united",
      "states", "bankruptcy", "presiding", "/s/"};
  return std::find(std::begin(kTitles), std::end(kTitles), lower_word) != std::end(kTitles);
}

// Where " is of opinion that the judgment ... should be" (or "are of the
// opinion", "the decree") begins in a lower-cased sentence; npos if nowhere.
// Said of named justices, it is how the older Reports note a dissent.
std::size_t noted_opinion(std::string_view lower) {
  for (std::string_view verb : {" is of opinion that the ", " is of the opinion that the ", " are of opinion that the ",
                                " are of the opinion that the "}) {
    const std::size_t at = lower.find(verb);
    if (at == std::string_view::npos) continue;
    const std::string_view rest = lower.substr(at + verb.size());
    const bool disposition = rest.starts_with("judgment") || rest.starts_with("decree") || rest.starts_with("order");
    if (disposition && rest.find(" should be ") != std::string_view::npos) return at;
  }
  return std::string_view::npos;
}

// Where "X concurs in this opinion", "X and Y join in this opinion" puts
// its verb; npos when the sentence says no such thing.
std::size_t joins_this_opinion(std::string_view lower) {
  for (std::string_view joins : {" concurs in this opinion", " concur in this opinion", " joins in this opinion",
                                 " join in this opinion", " joins this opinion", " join this opinion"}) {
    if (const std::size_t at = lower.find(joins); at != std::string_view::npos) return at;
  }
  return std::string_view::npos;
}

}  // namespace

// The opinion a sentence at `at` stands in: the last author line before
// it ("MR. JUSTICE BUTLER, dissenting."); nullptr when none comes before.
const Relation* StructuralRules::opinion_written_before(std::size_t at) const {
  const Relation* last = nullptr;
  for (const Relation& r : out_) {
    if (r.predicate != "authored" || r.object != doc_node_ || r.start > at) continue;
    if (!text_attr(r.qualifiers, "opinion")) continue;
    if (!last || r.start >= last->start) last = &r;
  }
  return last;
}

void StructuralRules::judge_roles() {
  if (ctx_.doc.kind == "news" || ctx_.doc.kind == "press" || ctx_.doc.kind == "other") return;
  labelled_judges();
  appeal_from_judges();
  docket_entry_panels();
  signing_judges();
  dissenting_judges();
  written_dissents();
}

// text[from, to) less leading titles and spaces and trailing punctuation:
// the judge's name, or an empty span when what is left is not a name
// (1 to 5 words, the first capitalized, no digits, no colon).
std::pair<std::size_t, std::size_t> StructuralRules::name_span(std::size_t from, std::size_t to) const {
  const std::string_view text = ctx_.text;
  to = std::min(to, text.size());
  auto trim = [&] {
    while (from < to && (is_space(text[from]) || text[from] == '*' || text[from] == '[' || text[from] == '(')) ++from;
    while (to > from && (is_space(text[to - 1]) || text[to - 1] == ',' || text[to - 1] == '.' || text[to - 1] == '*')) --to;
  };
  trim();
  // Leading titles: "MR. JUSTICE", "Hon.", "Judge".
  for (;;) {
    std::size_t w = from;
    while (w < to && !is_space(text[w])) ++w;
    if (w >= to || !title_word(lower_ascii(text.substr(from, w - from)))) break;
    from = w;
    trim();
  }
  // A re-initialled name keeps its final period ("Steven J."): trailing
  // periods were trimmed above only to end the span; put back an initial's.
  if (to < text.size() && text[to] == '.' && to >= 2 && is_upper(text[to - 1]) && is_space(text[to - 2])) ++to;
  if (from >= to || to - from > 60 || !is_upper(text[from])) return {0, 0};
  // Every word capitalized but a particle ("de", "van"): "MOODY concurs
  // in this" and "Haynsworth reasoned that" are not names; nor is a
  // possessive ("STEWART's dissent") or a lone letter ("I would affirm").
  static constexpr std::string_view kParticles[] = {"de", "da", "del", "della", "der", "di", "du", "la", "le", "van", "von", "y"};
  int words = 0;
  for (std::size_t i = from; i < to;) {
    while (i < to && is_space(text[i])) ++i;
    std::size_t w = i;
    while (w < to && !is_space(text[w])) ++w;
    if (w == i) break;
    const std::string_view word = text.substr(i, w - i);
    for (char c : word) {
      if (std::isdigit(static_cast<unsigned char>(c)) || c == ':' || c == ';' || c == '(' || c == ')') return {0, 0};
    }
    if (word.ends_with("'s") || word.ends_with("\u2019s")) return {0, 0};
    if (!is_upper(word.front()) &&
        std::find(std::begin(kParticles), std::end(kParticles), lower_ascii(word)) == std::end(kParticles)) {
      return {0, 0};
    }
    ++words;
    i = w;
  }
  if (words < 1 || words > 5 || to - from < 2) return {0, 0};
  // "Assigned to: Judge Part One": a calendar part, not a judge.
  if (lower_ascii(text.substr(from, std::min<std::size_t>(5, to - from))) == "part ") return {0, 0};
  return {from, to};
}

// A judge in a role over this document: presides_over with that role, or
// decided_below for the judge below. When a relation already says the
// judge presides, the role is added to it (a panel line and a signature
// name the same judge). Returns the judge's id, "" when text[start, end)
// is not a name.
std::string StructuralRules::role_judge(std::size_t start, std::size_t end, const std::string& role, const char* source,
                                 double confidence) {
  const auto [a, b] = name_span(start, end);
  if (a == b) return "";
  const std::string id = judge_named(std::string(ctx_.text.substr(a, b - a)));
  // The judge below decided the case under review, not the review.
  const bool below = role == "below";
  const std::string predicate = below ? "decided_below" : "presides_over";
  if (!below && decided_below(id)) return "";  // the judge below has no part in the review
  for (Relation& r : out_) {
    if (r.predicate == predicate && r.subject == id && r.object == doc_node_) {
      if (!below && !r.qualifiers.count("role")) r.qualifiers["role"] = role;
      return id;
    }
  }
  Relation r = at(a, b, id, predicate, doc_node_, confidence);
  if (!below) r.qualifiers["role"] = role;
  r.qualifiers["source"] = std::string(source);
  out_.push_back(std::move(r));
  return id;
}

// "Trial Judge: Derrick Kahala Watson, District Judge", "Assigned to: Judge
// Amy Berman Jackson": the name runs from the label to a comma, a
// parenthesis, a run of spaces or the end of the line.
void StructuralRules::labelled_judges() {
  const std::string_view text = ctx_.text;
  std::size_t line = 0;
  int found = 0;
  while (line < text.size() && found < 12) {
    std::size_t eol = text.find('\n', line);
    if (eol == std::string_view::npos) eol = text.size();
    // Every label has a colon or "assigned": other lines are not read twice.
    const std::string_view raw = text.substr(line, eol - line);
    if (raw.size() < 400 && (raw.find(':') != std::string_view::npos || raw.find("ssigned") != std::string_view::npos ||
                             raw.find("SSIGNED") != std::string_view::npos)) {
      const std::string lower = lower_ascii(raw);
      for (const RoleWords& w : role_words()) {
        if (!w.label) continue;
        const std::size_t at = lower.find(w.words);
        if (at == std::string::npos || (at > 0 && std::isalnum(static_cast<unsigned char>(lower[at - 1])))) continue;
        std::size_t from = at + w.words.size();
        std::size_t to = from;
        while (to < lower.size() && lower[to] != ',' && lower[to] != '(' && lower[to] != ';' && lower[to] != '[' &&
               !(lower[to] == ' ' && to + 1 < lower.size() && lower[to + 1] == ' ' && to > from + 1)) {
          ++to;
        }
        if (!role_judge(line + from, line + to, w.role, "label", 0.85).empty()) {
          ++found;
          // "Panel: Gregory W. Carman" / "Timothy C. Stanceu" / "Leo M.
          // Gordon": the panel's other judges, a name to a line below it.
          if (w.role == "panel") eol = panel_lines_below(eol, found);
        }
        break;
      }
    }
    line = eol + 1;
  }
}

// The lines after a "Panel:" label's that hold a judge's name and nothing
// else (blank lines between them skipped), up to the first that does not:
// each a judge on the panel. Returns where the last one read ends.
std::size_t StructuralRules::panel_lines_below(std::size_t eol, int& found) {
  const std::string_view text = ctx_.text;
  std::size_t last = eol;
  for (int names = 0; names < kMaxPanelLines && last < text.size();) {
    std::size_t start = last + 1;
    while (start < text.size() && text[start] == '\n') ++start;
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (start >= end) break;
    const auto [a, b] = name_span(start, end);
    // The whole line is the name: "Lead Docket:" or a sentence is not.
    std::size_t tail = b;
    while (tail < end && (is_space(text[tail]) || text[tail] == ',' || text[tail] == '.')) ++tail;
    if (a == b || a != start || tail != end) break;
    if (role_judge(a, b, "panel", "label", 0.8).empty()) break;
    ++found;
    ++names;
    last = end;
  }
  return last;
}

// "APPEAL FROM THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF
// MASSACHUSETTS [Hon. William G. Young, U.S. District Judge]": the
// honorific near an appeal heading names the judge below.
void StructuralRules::appeal_from_judges() {
  const std::size_t head = std::min<std::size_t>(ctx_.text.size(), 8000);
  const std::string top = lower_ascii(std::string_view(ctx_.text).substr(0, head));
  for (std::size_t pos = top.find("appeal from"); pos != std::string::npos; pos = top.find("appeal from", pos + 11)) {
    const std::size_t window = std::min(top.size(), pos + 600);
    for (std::string_view hon : {"[hon.", "(hon.", "hon.", "honorable "}) {
      std::size_t at = top.find(hon, pos);
      if (at == std::string::npos || at >= window) continue;
      const std::size_t from = at + hon.size();
      const std::size_t to = top.find_first_of(",])\n", from);
      if (to == std::string::npos || to - from > 60) continue;
      if (!role_judge(from, to, "below", "appeal heading", 0.85).empty()) return;
    }
  }
}

// A docket entry's panel: "Order filed (MICHAEL DALY HAWKINS, RONALD M.
// GOULD and RICHARD A. PAEZ)": two to five upper-case names in parentheses
// right after the word "filed".
void StructuralRules::docket_entry_panels() {
  if (ctx_.doc.kind != "docket") return;
  const std::string_view text = ctx_.text;
  int found = 0;
  for (std::size_t pos = text.find("filed"); pos != std::string_view::npos && found < 15;
       pos = text.find("filed", pos + 5)) {
    std::size_t open = text.find('(', pos);
    if (open == std::string_view::npos) return;
    if (open - pos > 40) continue;
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open > 200) continue;
    // Names in capitals: no lower-case letter but those of "and".
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    bool capitals = true;
    for (std::size_t i = 0; i < inside.size() && capitals; ++i) {
      if (inside.compare(i, 5, " and ") == 0) {
        i += 4;
      } else if (std::islower(static_cast<unsigned char>(inside[i]))) {
        capitals = false;
      }
    }
    if (!capitals) continue;
    const auto names = panel_names(open + 1, close);
    if (names.size() < 2 || names.size() > 5) continue;
    for (const auto& [a, b] : names) found += role_judge(a, b, "panel", "docket entry", 0.8).empty() ? 0 : 1;
  }
}

// A signature block: the judge's name on its own line, then a line that is
// only a judicial title ("United States District Judge"). Pleading paper
// numbers its lines ("  8   United States District Judge"): the number
// is not part of either line.
void StructuralRules::signing_judges() {
  const std::string_view text = ctx_.text;
  auto line_body = [&](std::size_t from, std::size_t to) {
    while (from < to && (is_space(text[from]) || std::isdigit(static_cast<unsigned char>(text[from])))) ++from;
    while (to > from && (is_space(text[to - 1]) || text[to - 1] == '.' || text[to - 1] == ',')) --to;
    return std::pair{from, to};
  };
  std::size_t prev_from = 0, prev_to = 0;  // the last non-blank line
  int found = 0;
  for (std::size_t line = 0; line < text.size() && found < 3;) {
    std::size_t eol = text.find('\n', line);
    if (eol == std::string_view::npos) eol = text.size();
    const auto [a, b] = line_body(line, eol);
    if (a < b) {
      if (b - a <= 40) {
        const std::string lower = lower_ascii(text.substr(a, b - a));
        for (const RoleWords& w : role_words()) {
          if (w.label || lower != w.words || prev_to <= prev_from) continue;
          // "[Hon. Ronald R. Lagueux," over "U.S. District Judge" is an
          // appeal heading's judge below, not a signature.
          const std::string_view name_line = text.substr(prev_from, prev_to - prev_from);
          if (name_line.find_first_of("[(,") != std::string_view::npos || text[prev_to] == ',') break;
          std::size_t from = prev_from;
          if (text.compare(from, 3, "/s/") == 0) from += 3;
          const std::string judge = role_judge(from, prev_to, w.role, "signature", 0.85);
          if (judge.empty()) break;
          ++found;
          // The judge who signs a ruling or order wrote it.
          if ((ctx_.doc.kind == "order" || ctx_.doc.kind == "opinion") && !said("authored", judge)) {
            Relation r = at(prev_from, prev_to, judge, "authored", doc_node_, 0.8);
            r.qualifiers["source"] = std::string("signature");
            out_.push_back(std::move(r));
          }
          break;
        }
      }
      prev_from = a;
      prev_to = b;
    }
    line = eol + 1;
  }
}

// The names of a list of judges between `from` and `to` — "MR. JUSTICE
// PITNEY and MR. JUSTICE McREYNOLDS", "Justice Thomas, Justice Alito, and
// Justice Gorsuch", "HOLMES and BRANDEIS, JJ." — or nothing when a piece is
// not a judge's name or no title says these are judges.
std::vector<std::pair<std::size_t, std::size_t>> StructuralRules::justice_list(std::size_t from, std::size_t to) const {
  std::vector<std::pair<std::size_t, std::size_t>> names;
  const std::string lower = lower_ascii(std::string_view(ctx_.text).substr(from, to - from));
  const bool titled = lower.find("justice") != std::string::npos || lower.find("judge") != std::string::npos ||
                      lower.find(", j.") != std::string::npos || lower.find(", jj.") != std::string::npos;
  if (!titled || to - from > 240) return {};
  std::size_t piece = 0;
  auto flush = [&](std::size_t end) {
    std::string_view p = std::string_view(lower).substr(piece, end - piece);
    while (!p.empty() && (is_space(p.front()) || p.front() == ',')) p.remove_prefix(1);
    while (!p.empty() && (is_space(p.back()) || p.back() == ',')) p.remove_suffix(1);
    if (p.empty() || p == "j." || p == "jj." || p == "j" || p == "jj" || p == "c. j." || p == "c.j.") return true;
    // "THE CHIEF JUSTICE": a judge the text does not name.
    bool titles_only = true;
    for (std::size_t i = 0; i < p.size() && titles_only;) {
      std::size_t w = p.find(' ', i);
      if (w == std::string_view::npos) w = p.size();
      if (w > i && !title_word(p.substr(i, w - i))) titles_only = false;
      i = w + 1;
    }
    if (titles_only) return true;
    const auto span = name_span(from + piece, from + end);
    if (span.first == span.second) return false;
    names.push_back(span);
    return true;
  };
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    std::size_t skip = 0;
    if (i == lower.size()) {
      skip = 0;
    } else if (lower[i] == ',' || lower[i] == '&') {
      skip = 1;
    } else if (lower.compare(i, 5, " and ") == 0) {
      skip = 5;
    } else {
      continue;
    }
    if (!flush(i)) return {};
    piece = i + skip;
    if (skip) i += skip - 1;
  }
  if (names.size() > 9) return {};
  return names;
}

// One dissenting judge, named at text[start, end).
void StructuralRules::dissents(std::size_t start, std::size_t end, const std::string& joined, const std::string& position) {
  const std::string id = judge_named(std::string(ctx_.text.substr(start, end - start)));
  if (said("dissents", id)) return;
  Relation r = at(start, end, id, "dissents", doc_node_, 0.85);
  if (!joined.empty() && joined != id) r.qualifiers["joined"] = joined;
  if (!position.empty()) r.qualifiers["position"] = position;
  out_.push_back(std::move(r));
}

// A judge who took no part: presides_over, negated; a presides_over the
// metadata or a panel line gave is negated too.
void StructuralRules::no_part(std::size_t start, std::size_t end) {
  const std::string id = judge_named(std::string(ctx_.text.substr(start, end - start)));
  for (Relation& r : out_) {
    if (r.predicate == "presides_over" && r.subject == id && r.object == doc_node_) {
      r.qualifiers["negated"] = true;
      return;
    }
  }
  Relation r = at(start, end, id, "presides_over", doc_node_, 0.85);
  r.qualifiers["negated"] = true;
  out_.push_back(std::move(r));
}

// Per sentence: a list of judges, then "dissent(s)" or "would ..." (a
// noted dissent from an order: "Justice Thomas would grant the
// application"), or "X, with whom Y and Z join, dissenting".
void StructuralRules::dissenting_judges() {
  for (const Sentence& s : ctx_.segments.sentences) {
    if (s.end - s.start > 600 || s.end <= s.start) continue;
    // Only sentences with a cue are lower-cased (the whole text otherwise).
    const std::string_view raw = std::string_view(ctx_.text).substr(s.start, s.end - s.start);
    bool cue = false;
    for (std::string_view c : {"issent", "ISSENT", "would", "WOULD", "no part", "NO PART", "of opinion", "OF OPINION",
                               "this opinion", "THIS OPINION"}) {
      cue = cue || raw.find(c) != std::string_view::npos;
    }
    if (!cue) continue;
    const std::string lower = lower_ascii(raw);
    const bool dissent = lower.find("dissent") != std::string::npos;
    const std::size_t would = lower.find(" would ");
    const std::size_t opinion = noted_opinion(lower);
    const std::size_t joins_opinion = joins_this_opinion(lower);
    if (!dissent && would == std::string::npos && opinion == std::string::npos && joins_opinion == std::string::npos &&
        lower.find(" took no part") == std::string::npos) {
      continue;
    }
    if (lower.find("justice") == std::string::npos && lower.find("judge") == std::string::npos &&
        lower.find(", j.") == std::string::npos && lower.find(", jj.") == std::string::npos) {
      continue;
    }
    // The list opens the sentence or follows a colon or semicolon inside it
    // ("Received Order from the Supreme Court: ... Justice Thomas would").
    auto list_start = [&](std::size_t verb) {
      std::size_t from = 0;
      for (std::size_t i = 0; i < verb; ++i) {
        if ((lower[i] == ':' || lower[i] == ';') && i + 1 < lower.size() && lower[i + 1] == ' ') from = i + 1;
      }
      return from;
    };
    // "JUSTICE BRENNAN, with whom JUSTICE MARSHALL joins, dissenting."
    // "Mr. Justice CLIFFORD (with whom concurred WAYNE and DAVIS, JJ.),
    // dissenting:": the joiners in parentheses, up to the closing one.
    std::size_t whom = lower.find(", with whom ");
    std::size_t whom_words = 12;
    const bool in_parentheses = whom == std::string::npos && (whom = lower.find(" (with whom ")) != std::string::npos;
    if (whom == std::string::npos && (whom = lower.find(", whom ")) != std::string::npos) whom_words = 7;
    if (whom != std::string::npos && dissent) {
      const std::size_t dissenting = lower.find("dissenting", whom);
      std::size_t join = lower.find(" join", whom);
      if (join == std::string::npos || join > dissenting) join = lower.find(" concur", whom);
      // The older Reports put the verb first: "MR. JUSTICE MATTHEWS, with
      // whom concurred MR. CHIEF JUSTICE WAITE ... and MR. JUSTICE GRAY,
      // dissenting." The joiners then run from the verb to "dissenting".
      const bool verb_first = join == whom + whom_words - 1;
      std::size_t list_from = whom + whom_words, list_to = join;
      if (verb_first && dissenting != std::string::npos) {
        list_from = lower.find(' ', join + 1);
        list_to = dissenting;
      }
      if (in_parentheses) list_to = std::min(list_to, lower.find(')', whom));
      if (join != std::string::npos && dissenting != std::string::npos && join < dissenting &&
          (verb_first || dissenting - join < 20) && list_from < list_to) {
        const auto authors = justice_list(s.start + list_start(whom), s.start + whom);
        const auto joiners = justice_list(s.start + list_from, s.start + list_to);
        if (authors.size() == 1 && !joiners.empty()) {
          const auto [a, b] = authors.front();
          const std::string author = judge_named(std::string(ctx_.text.substr(a, b - a)));
          dissents(a, b, "", "");
          for (const auto& [c, d] : joiners) dissents(c, d, author, "");
          continue;
        }
      }
    }
    // "MR. JUSTICE ROBERTS took no part in the consideration or decision
    // of this case.": the judge does not preside.
    if (const std::size_t no = lower.find(" took no part"); no != std::string::npos) {
      for (const auto& [a, b] : justice_list(s.start + list_start(no), s.start + no)) no_part(a, b);
      continue;
    }
    // "MR. JUSTICE MOODY concurs in this dissent.", "THE CHIEF JUSTICE and
    // MR. JUSTICE BURTON join in this dissent."
    bool joined_dissent = false;
    for (std::string_view joins : {" concurs in this dissent", " concur in this dissent", " joins in this dissent",
                                   " join in this dissent", " joins this dissent", " join this dissent"}) {
      const std::size_t at = lower.find(joins);
      if (at == std::string::npos) continue;
      for (const auto& [a, b] : justice_list(s.start + list_start(at), s.start + at)) dissents(a, b, "", "");
      joined_dissent = true;
      break;
    }
    if (joined_dissent) continue;
    // "MR. JUSTICE McREYNOLDS concurs in this opinion." closing a dissent:
    // "this opinion" is the dissent the sentence stands in, and its author
    // is whom the judge joins.
    if (joins_opinion != std::string::npos) {
      const Relation* written = opinion_written_before(s.start);
      const std::string* kind = written ? text_attr(written->qualifiers, "opinion") : nullptr;
      if (kind && *kind == "dissenting") {
        const std::string author = written->subject;  // out_ grows below
        for (const auto& [a, b] : justice_list(s.start + list_start(joins_opinion), s.start + joins_opinion)) {
          if (judge_named(std::string(ctx_.text.substr(a, b - a))) != author) dissents(a, b, author, "");
        }
        continue;
      }
    }
    // "MR. JUSTICE PITNEY and MR. JUSTICE McREYNOLDS dissent."
    for (std::size_t at = lower.find(" dissent"); at != std::string::npos; at = lower.find(" dissent", at + 8)) {
      const std::size_t after = at + 8;
      const bool verb = after >= lower.size() || lower[after] == '.' || lower[after] == ',' ||
                        lower.compare(after, 2, "s ") == 0 || lower.compare(after, 2, "s.") == 0 ||
                        lower.compare(after, 2, "s,") == 0 || (lower.compare(after, 1, "s") == 0 && after + 1 == lower.size()) ||
                        lower.compare(after, 5, " from") == 0;
      if (!verb) continue;
      const auto names = justice_list(s.start + list_start(at), s.start + at);
      for (const auto& [a, b] : names) dissents(a, b, "", "");
      break;
    }
    // "MR. JUSTICE McREYNOLDS is of opinion that the judgment below should
    // be reversed.": the older Reports' note of a dissent without opinion.
    if (opinion != std::string::npos) {
      const auto names = justice_list(s.start + list_start(opinion), s.start + opinion);
      std::size_t end = lower.size();
      while (end > opinion && (is_space(lower[end - 1]) || lower[end - 1] == '.')) --end;
      const std::string position(ctx_.text.substr(s.start + opinion + 1, std::min<std::size_t>(end - opinion - 1, 160)));
      for (const auto& [a, b] : names) dissents(a, b, "", position);
      if (!names.empty()) continue;
    }
    // "Justice Thomas, Justice Alito, and Justice Gorsuch would have stayed
    // the District Court order in its entirety."
    if (would != std::string::npos) {
      const auto names = justice_list(s.start + list_start(would), s.start + would);
      if (names.empty()) continue;
      std::size_t end = lower.size();
      while (end > would && (is_space(lower[end - 1]) || lower[end - 1] == '.')) --end;
      const std::string position(ctx_.text.substr(s.start + would + 1, std::min<std::size_t>(end - would - 1, 160)));
      for (const auto& [a, b] : names) dissents(a, b, "", position);
    }
  }
}

// The author of a dissenting opinion ("SUTHERLAND, J., dissenting.",
// authored with opinion=dissenting) dissents too, with the author line as
// evidence.
void StructuralRules::written_dissents() {
  const std::size_t count = out_.size();
  for (std::size_t i = 0; i < count; ++i) {
    const Relation r = out_[i];
    if (r.predicate != "authored" || r.object != doc_node_) continue;
    const std::string* opinion = text_attr(r.qualifiers, "opinion");
    if (!opinion || *opinion != "dissenting") continue;
    if (std::any_of(out_.begin(), out_.end(), [&](const Relation& o) {
          return o.predicate == "dissents" && o.subject == r.subject && o.object == doc_node_;
        })) {
      continue;
    }
    Relation d = r;
    d.predicate = "dissents";
    d.qualifiers.clear();
    d.qualifiers["opinion"] = std::string("written");
    out_.push_back(std::move(d));
  }
}

}  // namespace structural
}  // namespace lexgraph
