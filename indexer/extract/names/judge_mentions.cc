// Judges and justices: "U.S. District Judge Colleen Kollar-Kotelly",
// "Justices Scalia and Thomas", "LYNCH, Chief Judge", "THOMAS, J., dissenting",
// "ROBERTS, C. J., delivered the opinion", and the judges the metadata names.

#include <algorithm>

#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_lists.h"
#include "extract/names/name_passes.h"
#include "extract/names/person_name.h"

namespace lexgraph::names {

namespace {

struct JudgeCandidate {
  NameSpan name;
  std::string display;
  std::string title;
  std::string court;       // entity id, "" unknown
  std::string court_from;  // text, title, document, context
  std::string form;        // title, postfix, metadata
  std::size_t after = 0;   // where "of the <court>" may follow
};

bool is_space_gap(std::string_view gap) { return gap == " " || gap == "\n"; }

bool followed_by_period(const NameScan& scan, std::size_t i) {
  std::size_t end = scan.words[i].end;
  return end < scan.text.size() && scan.text[end] == '.';
}

// Title modifiers that may stand before "Judge"/"Justice".
bool is_title_modifier(std::string_view w) {
  for (std::string_view m : {"Chief", "Senior", "Associate", "Circuit", "District", "Magistrate",
                             "Bankruptcy", "Presiding", "Acting", "Retired", "Immigration", "Trial",
                             "Appellate", "Visiting", "Tax"})
    if (iequals(w, m)) return true;
  return false;
}

// "Three-Judge", "three-judge": a kind of bench after a judge's title,
// where a name would stand.
bool names_a_bench(std::string_view display) {
  const std::string lower = to_lower(display);
  return lower.find("-judge") != std::string::npos || lower.find("-justice") != std::string::npos;
}

bool is_address(std::string_view w) {
  return w == "Mr" || w == "MR" || w == "Mrs" || w == "MRS" || w == "Madam" || w == "Madame" ||
         w == "MADAM" || w == "Hon" || w == "Honorable";
}

// Level of court a title implies ("" when it does not say).
std::string_view level_of_title(std::string_view title) {
  if (title.find("District") != std::string_view::npos || title.find("Magistrate") != std::string_view::npos)
    return "district";
  if (title.find("Circuit") != std::string_view::npos) return "appellate";
  if (title.find("Bankruptcy") != std::string_view::npos) return "bankruptcy";
  if (title.find("Justice") != std::string_view::npos) return "supreme";
  return "";
}

bool level_fits(std::string_view title_level, std::string_view court_level) {
  if (title_level.empty()) return true;
  if (title_level == court_level) return true;
  return title_level == "supreme" && court_level == "state";
}

class JudgeFinder {
 public:
  explicit JudgeFinder(NameScan& scan) : scan_(scan), lists_(NameLists::instance()) {}

  void run() {
    const std::size_t n = scan_.words.size();
    std::size_t next_free = 0;
    for (std::uint32_t i : scan_.anchors.by_pass[1]) {
      if (i < next_free) continue;
      std::string_view w = scan_.word(i);
      if (!is_ascii_upper(w[0])) continue;
      if (iequals(w, "Judge") || iequals(w, "Justice") || iequals(w, "Judges") || iequals(w, "Justices")) {
        if (!is_capitalized(w)) continue;
        if (!title_before_name(i)) title_after_name(i, i + 1);
      } else if ((w == "J" || w == "JJ") && followed_by_period(scan_, i)) {
        short_title_after_name(i, i + 1, w == "JJ" ? "JJ." : "J.");
      } else if ((w == "C" || w == "P") && followed_by_period(scan_, i) && i + 1 < n && scan_.word(i + 1) == "J" &&
                 followed_by_period(scan_, i + 1) &&
                 (scan_.gap_before(i + 1) == "." || scan_.gap_before(i + 1) == ". ")) {
        // "ROBERTS, C. J.", and a state panel's presiding judge "Angela T. Quigless, P.J.".
        short_title_after_name(i, i + 2, w == "C" ? "C.J." : "P.J.");
        next_free = i + 2;
      }
    }
    add_metadata_judges();
    emit_all();
  }

 private:
  // "U.S. District Judge Colleen Kollar-Kotelly", "Justices Scalia and Thomas".
  bool title_before_name(std::size_t anchor) {
    if (anchor + 1 >= scan_.words.size() || !is_space_gap(scan_.gap_before(anchor + 1))) return false;
    std::size_t first_modifier = anchor;
    std::string title = modifiers_before(anchor, first_modifier);
    // "James M. Dowd, Judge\nAngela T. Quigless, P.J., ... concur": a title
    // ending its line after "Name, " is that name's, not the next line's.
    if (first_modifier > 0 && scan_.gap_before(first_modifier) == ", " &&
        scan_.gap_before(anchor + 1).find('\n') != std::string_view::npos) {
      return false;
    }
    if (first_modifier > 0) {
      std::string_view gap = scan_.gap_before(first_modifier);
      std::string_view prev = scan_.word(first_modifier - 1);
      bool adjacent = gap == " " || gap == "-";  // "then-Judge"
      if (adjacent && (prev == "of" || prev == "for" || prev == "Equal")) return false;  // "Department of Justice"
      if (adjacent && is_capitalized(prev) && !lists_.is_stopword(prev) && !is_address(prev)) return false;
    }
    std::string_view anchor_word = scan_.word(anchor);
    bool plural = anchor_word.back() == 's' || anchor_word.back() == 'S';
    std::vector<NameSpan> names = read_name_list_forward(anchor + 1, plural);
    if (names.empty()) return false;
    std::string base = iequals(anchor_word.substr(0, 5), "Judge") ? "Judge" : "Justice";
    title += base;
    for (const NameSpan& name : names) {
      JudgeCandidate c;
      c.name = name;
      c.display = name_display(scan_, name);
      // "assigning action to Judges Three-Judge Panel": a bench, not a name.
      if (names_a_bench(c.display)) continue;
      c.title = title;
      c.form = "title";
      c.after = name.end;
      candidates_.push_back(std::move(c));
    }
    return true;
  }

  // Title words before the anchor: "U.S. District", "Senior Circuit",
  // "Chief"; returns them normalized with a trailing space.
  std::string modifiers_before(std::size_t anchor, std::size_t& first_modifier) {
    std::vector<std::string> parts;
    std::size_t j = anchor;
    while (j > 0 && anchor - j < 5) {
      std::string_view gap = scan_.gap_before(j);
      std::string_view prev = scan_.word(j - 1);
      if (!(gap == " " || gap == ". " || gap == "\n")) break;
      if (is_title_modifier(prev) && gap != ". ") {
        parts.insert(parts.begin(), title_case_name(prev));
        --j;
      } else if (prev == "S" && j >= 2 && scan_.word(j - 2) == "U" && gap == ". ") {
        parts.insert(parts.begin(), "U.S.");
        j -= 2;
      } else if (iequals(prev, "States") && j >= 2 && iequals(scan_.word(j - 2), "United")) {
        parts.insert(parts.begin(), "U.S.");
        j -= 2;
      } else if (iequals(prev, "Court") && j >= 2 && iequals(scan_.word(j - 2), "Tax") &&
                 scan_.gap_before(j - 1) == " ") {
        // "Hon. Theodore Tannenwald, Jr., Tax Court Judge": a judge of the Tax Court.
        parts.insert(parts.begin(), "Tax Court");
        j -= 2;
      } else if (iequals(prev, "Law") && j >= 2 && iequals(scan_.word(j - 2), "Administrative")) {
        parts.insert(parts.begin(), "Administrative Law");
        j -= 2;
      } else if (is_address(prev)) {
        --j;  // "Mr. Justice", "Hon." : part of the address, not the title
      } else {
        break;
      }
    }
    first_modifier = j;
    std::string title;
    for (const std::string& p : parts) title += p + " ";
    return title;
  }

  // Names after a title: one, or for plural titles "A, B, and C".
  std::vector<NameSpan> read_name_list_forward(std::size_t first, bool plural) {
    std::vector<NameSpan> names;
    std::size_t i = first;
    while (i < scan_.words.size()) {
      NameSpan name = read_name_forward(scan_, i);
      if (!name.ok()) break;
      names.push_back(name);
      if (!plural) break;
      std::size_t next = name.end_word;
      if (next >= scan_.words.size()) break;
      std::string_view gap = scan_.gap_before(next);
      if (gap == ", " && scan_.word(next) == "and" && next + 1 < scan_.words.size()) {
        i = next + 1;
      } else if (gap == ", " || (gap == " " && scan_.word(next) == "and")) {
        i = scan_.word(next) == "and" ? next + 1 : next;
      } else {
        break;
      }
      if (i >= scan_.words.size() || !is_space_gap(scan_.gap_before(i))) break;
    }
    return names;
  }

  // "LYNCH, Chief Judge", "Boudin and Lipez, Circuit Judges",
  // "William G. Young, U.S. District Judge".
  void title_after_name(std::size_t anchor, std::size_t title_end) {
    std::size_t first_modifier = anchor;
    std::string title = modifiers_before(anchor, first_modifier);
    std::string_view anchor_word = scan_.word(anchor);
    bool plural = anchor_word.back() == 's' || anchor_word.back() == 'S';
    title += iequals(anchor_word.substr(0, 5), "Judge") ? "Judge" : "Justice";
    postfix(first_modifier, title_end, title, plural);
  }

  // "THOMAS, J.", "Scalia and Thomas, JJ.", "ROBERTS, C. J.".
  void short_title_after_name(std::size_t first, std::size_t title_end, std::string_view written) {
    // What follows the title: punctuation, a line end or a word of the
    // opinion ("delivered", "dissenting"), not "& K. C. R. Co." of a name.
    std::size_t after = scan_.words[title_end - 1].end + 1;
    while (after < scan_.text.size() && scan_.text[after] == ' ') ++after;
    if (after < scan_.text.size()) {
      char c = scan_.text[after];
      bool fits = c == ',' || c == ';' || c == ':' || c == ')' || c == '\n' || c == '.' || c == '(' ||
                  is_ascii_lower(c);
      if (!fits) return;
    }
    bool supreme = scan_.document_court_level == "supreme" || scan_.document_court_level == "state";
    std::string title;
    if (written == "C.J.") title = supreme ? "Chief Justice" : "Chief Judge";
    else if (written == "P.J.") title = supreme ? "Presiding Justice" : "Presiding Judge";
    else title = supreme ? "Justice" : "Judge";
    postfix(first, title_end, title, written == "JJ.");
  }

  void postfix(std::size_t title_first, std::size_t title_end, const std::string& title, bool plural) {
    if (title_first == 0) return;
    // "DAVID O. CARTER\nUNITED STATES DISTRICT JUDGE": a signature block, the
    // name alone on the line above its title.
    // "Steven J. Menashi,\n    Circuit Judge." is the comma form across a line.
    // A layout PDF may number the title's line: "CARTER\n   8   United States ...".
    std::size_t last_of_name = title_first - 1;
    std::string_view title_gap = scan_.gap_before(title_first);
    if (title_gap.find('\n') == std::string_view::npos && last_of_name > 0 && is_line_number(last_of_name) &&
        scan_.gap_before(last_of_name).find('\n') != std::string_view::npos) {
      title_gap = scan_.gap_before(last_of_name);
      --last_of_name;
    }
    std::string_view trimmed = trim_spaces(title_gap);
    // "and Woodlock*, District Judge", "SOUTER,* Associate Justice": the
    // footnote mark of a judge sitting by designation.
    std::string unmarked;
    if (trimmed.find('*') != std::string_view::npos) {
      for (char ch : trimmed)
        if (ch != '*') unmarked += ch;
      if (unmarked == ",") trimmed = ",";
    }
    bool signature = trimmed.empty() && title_gap.find('\n') != std::string_view::npos;
    // "Theodore Tannenwald, Jr., Tax Court Judge": the suffix's period before the comma.
    const bool after_suffix = trimmed == ".," && is_suffix_word(scan_.word(last_of_name));
    if (trimmed != "," && !signature && !after_suffix) return;
    std::vector<NameSpan> names;
    std::size_t last = last_of_name;
    while (true) {
      NameSpan name = read_name_backward(scan_, last, 4);
      if (!name.ok()) break;
      names.push_back(name);
      if (!plural || name.first_word < 2) break;
      std::size_t before = name.first_word;
      std::string_view gap = scan_.gap_before(before);
      std::string_view prev = scan_.word(before - 1);
      if (prev == "and" && (is_space_gap(gap)) && before >= 2) {
        std::string_view gap2 = scan_.gap_before(before - 1);
        if (!(is_space_gap(gap2) || gap2 == ", ")) break;
        last = before - 2;
      } else if (gap == ", ") {
        last = before - 1;
      } else {
        break;
      }
    }
    if (names.empty()) return;
    if (signature) {
      std::size_t s = names.front().start;
      if (names.size() != 1 || (s > 0 && scan_.text[s - 1] != '\n')) return;
    }
    // "(Scalia, J., dissenting)" cites an opinion; it is not this judge acting.
    if (scan_.inside_parentheses(names.back().start)) return;
    // A single name must not be a party in "Smith, J." lists of initials:
    // the title is followed by a comma, a period or a verb of the opinion.
    std::size_t after = scan_.words[title_end - 1].end;
    for (const NameSpan& name : names) {
      JudgeCandidate c;
      c.name = name;
      c.display = name_display(scan_, name);
      c.title = title;
      c.form = "postfix";
      c.after = after;
      candidates_.push_back(std::move(c));
    }
  }

  bool is_line_number(std::size_t i) const {
    std::string_view w = scan_.word(i);
    if (w.empty() || w.size() > 3) return false;
    for (char ch : w)
      if (!is_digit(ch)) return false;
    return true;
  }

  static std::string_view trim_spaces(std::string_view g) {
    while (!g.empty() && (g.front() == ' ' || g.front() == '\n')) g.remove_prefix(1);
    while (!g.empty() && (g.back() == ' ' || g.back() == '\n')) g.remove_suffix(1);
    return g;
  }

  // Judges the metadata names ("Authoring judge: Neil M. Gorsuch"): known
  // full names, and mentions where the text writes them out.
  void add_metadata_judges() {
    for (const std::string& written : scan_.ctx.doc.judges) {
      std::string name = written.substr(0, written.find(','));
      for (std::string_view prefix : {"Judge ", "Justice ", "Hon. ", "Chief Judge ", "Chief Justice "})
        if (name.rfind(prefix, 0) == 0) name = name.substr(prefix.size());
      name = title_case_name(squeeze_spaces(name));
      if (name.empty() || surname_of(name).empty()) continue;
      metadata_names_.push_back(name);
      if (name.find(' ') == std::string::npos) continue;
      std::size_t pos = 0;
      while ((pos = scan_.text.find(name, pos)) != std::string_view::npos) {
        std::size_t end = pos + name.size();
        bool bounded = (pos == 0 || !is_word_byte(scan_.text[pos - 1])) &&
                       (end >= scan_.text.size() || !is_word_byte(scan_.text[end]));
        if (bounded) {
          std::size_t first = scan_.word_at(pos);
          NameSpan span = read_name_forward(scan_, first);
          if (span.ok() && span.end == end) {
            JudgeCandidate c;
            c.name = span;
            c.display = name;
            c.form = "metadata";
            c.after = end;
            candidates_.push_back(std::move(c));
          }
        }
        pos = end;
      }
    }
  }

  void find_court(JudgeCandidate& c) {
    // "Judge X of the U.S. District Court for the District of Columbia".
    std::size_t p = c.after;
    std::string_view t = scan_.text;
    if (p < t.size() && t[p] == ',') ++p;
    if (p < t.size() && t[p] == ' ') ++p;
    for (std::string_view link : {"of the ", "of ", "for the ", "on the "}) {
      if (t.substr(p, link.size()) == link) {
        const InstitutionMention* court = scan_.institution_at(p + link.size());
        if (court && court->entity.rfind("court:", 0) == 0) {
          c.court = court->entity;
          c.court_from = "text";
          return;
        }
      }
    }
    // "Hon. Joel Gerber, U.S. Tax Court Judge": the one court the title names.
    if (c.title.find("Tax Court") != std::string::npos) {
      c.court = "court:tax";
      c.court_from = "title";
      return;
    }
    std::string_view title_level = level_of_title(c.title);
    if (!scan_.document_court.empty()) {
      bool own_panel = c.form == "postfix" && title_level != "district";
      bool same_level = !title_level.empty() && level_fits(title_level, scan_.document_court_level);
      if ((own_panel && level_fits(title_level, scan_.document_court_level)) || same_level) {
        c.court = "court:" + scan_.document_court;
        c.court_from = "document";
        return;
      }
    }
    // One court named in this or the two sentences before, of a fitting level.
    std::size_t sentence = scan_.sentence_of(c.name.start);
    std::size_t window = scan_.sentence_start(sentence >= 2 ? sentence - 2 : 0);
    const InstitutionGazetteer& g = InstitutionGazetteer::instance();
    std::string found;
    for (const InstitutionMention& court : scan_.courts) {
      if (court.start < window) continue;
      if (court.start >= c.name.start) break;
      int index = g.find(InstitutionKind::court, court.entity.substr(6));
      std::string_view level = index >= 0 ? std::string_view(g.institution(static_cast<std::size_t>(index)).level)
                                          : std::string_view();
      if (!level_fits(title_level, level)) continue;
      if (!scan_.document_court.empty() && title_level.empty()) continue;
      if (found.empty()) found = court.entity;
      else if (found != court.entity) return;
    }
    if (!found.empty()) {
      c.court = found;
      c.court_from = "context";
    }
  }

  void emit_all() {
    std::sort(candidates_.begin(), candidates_.end(),
              [](const JudgeCandidate& a, const JudgeCandidate& b) { return a.name.start < b.name.start; });
    for (const std::string& name : metadata_names_) remember_person(scan_, name, true);
    // Fullest forms first, so that a surname alone finds its full name.
    std::vector<const JudgeCandidate*> by_fullness;
    for (const JudgeCandidate& c : candidates_)
      if (!scan_.is_taken(c.name.start, c.name.end)) by_fullness.push_back(&c);
    std::stable_sort(by_fullness.begin(), by_fullness.end(), [](const JudgeCandidate* a, const JudgeCandidate* b) {
      return a->name.name_words > b->name.name_words;
    });
    for (const JudgeCandidate* c : by_fullness) remember_person(scan_, c->display, true);
    for (JudgeCandidate& c : candidates_) {
      int index = resolve_person(scan_, c.display, true);
      KnownPerson alone;  // a surname several judges share stands for itself
      if (index < 0) {
        alone.full_name = c.display;
        alone.judge = true;
      }
      const KnownPerson& known = index >= 0 ? scan_.people[static_cast<std::size_t>(index)] : alone;
      find_court(c);
      Mention m;
      m.type = "judge";
      m.start = c.name.start;
      m.end = c.name.end;
      m.entity = known.entity();
      m.name = known.full_name;
      // A judge known only by surname is named with the title: "Justice Thomas".
      if (known.name_words <= 1 && known.given.empty() && !c.title.empty() &&
          known.full_name.find(' ') == std::string::npos)
        m.name = c.title + " " + known.full_name;
      if (!c.title.empty()) m.attrs["title"] = c.title;
      if (!c.court.empty()) {
        m.attrs["court"] = c.court;
        m.attrs["court_from"] = c.court_from;
      }
      m.attrs["form"] = c.form;
      if (known.full_name != c.display) m.attrs["alias_of"] = known.full_name;
      scan_.emit(std::move(m));
    }
  }

  NameScan& scan_;
  const NameLists& lists_;
  std::vector<JudgeCandidate> candidates_;
  std::vector<std::string> metadata_names_;
};

}  // namespace

void find_judges(NameScan& scan) { JudgeFinder(scan).run(); }

}  // namespace lexgraph::names
