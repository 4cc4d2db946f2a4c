// Docket numbers: "No. 25-5181", "Nos. 24-1260, 24-1261", "Civil Action No.
// 19-2369 (KBJ)", "Case No. 1:25-cv-01101-ABC", a bare "1:25-cv-01101",
// Supreme Court applications "No. 23A999". "ECF No. 13", "Pub. L. No.
// 104-208" and "H.R. Rep. No. 99-1" are not dockets: a "No." counts only
// after words that introduce a case number, after punctuation, or at the
// start of a line.

#include <algorithm>
#include <string>
#include <variant>

#include "extract/citations/case_citations.h"
#include "extract/citations/text_scan.h"
#include "store/index_layout.h"

namespace lexgraph {

namespace {

using citations::at;
using citations::WordSet;
using citations::is_alpha;
using citations::is_digit;
using citations::is_lower;
using citations::is_space;
using citations::is_upper;
using citations::scan_digits;
using citations::skip_spaces;
using citations::skip_spaces_back;
using citations::starts_with;

// Words that introduce a case number: "Civil Action No.", "Case No.".
bool is_intro_word(std::string_view w) {
  static const WordSet kWords{
      "A.", "ACTION", "Action", "Adv.", "Adversary", "Appeal", "Appellate", "Application", "Bankr.",
      "Bankruptcy", "CASE", "CIVIL", "CRIMINAL", "Case", "Cause", "Civ.", "Civil", "Consolidated", "Court",
      "Cr.", "Crim.", "Criminal", "DOCKET", "Docket", "Index", "Misc.", "Petition", "Proc.", "Supreme"};
  return kWords.contains(w);
}

// Lower-case words after which "No. 20-1234" names a case: "in No.", "with No.".
bool is_lead_word(std::string_view w) {
  static const WordSet kWords{
      "&", "In", "See", "Together", "also", "and", "cf.", "consolidated", "from", "in", "of", "see", "to",
      "under", "v.", "with"};
  return kWords.contains(w);
}

struct Number {
  std::size_t start = 0;
  std::size_t end = 0;       // after the number, its suffix and initials
  std::string number;        // as written, without the judge's initials
  std::string initials;      // "KBJ" of "(KBJ)" or "-ABC"
  bool strong = false;       // a shape only dockets have (not a bare count)
};

// The case-type letters of a federal docket: "cv" in "1:25-cv-01101".
bool is_case_type(std::string_view letters) {
  static const std::string_view kTypes[] = {"cv", "cr", "mc", "mj", "md", "bk", "ap", "po", "sw", "gj",
                                            "ml", "dp", "civ", "crim", "adv", "mdl", "pt", "CV", "CR",
                                            "MC", "MJ", "MD", "BK", "AP", "PO", "SW", "GJ", "ML", "CIV", "CRIM"};
  for (auto k : kTypes)
    if (letters == k) return true;
  return false;
}

// "ABC" in "-ABC", "(KBJ)", "(KESx)": 2-5 capitals, maybe a trailing "x".
std::size_t initials_end(std::string_view t, std::size_t i) {
  std::size_t j = i;
  while (j < t.size() && is_upper(t[j]) && j - i < 5) ++j;
  if (j - i < 2) return i;
  if (at(t, j) == 'x') ++j;
  return j;
}

// Parses a docket number at `i`. Shapes:
//   1:25-cv-01101[-ABC]   25-cv-1101   25-5181[-2]   2019-1234   23A999
//   99 Civ. 9404          185 (only when `plain_ok`)
bool parse_number(std::string_view t, std::size_t i, bool plain_ok, Number& out) {
  out = Number{};
  out.start = i;
  std::size_t j = scan_digits(t, i);
  std::size_t d1 = j - i;
  if (d1 == 0 || d1 > 6) return false;
  std::size_t end = 0;
  if (at(t, j) == ':' && d1 == 1 && is_digit(at(t, j + 1))) {  // "1:25-cv-01101"
    std::size_t k = scan_digits(t, j + 1);
    if (k - j - 1 != 2 || at(t, k) != '-') return false;
    j = k;
    d1 = 2;
  }
  if (at(t, j) == '-' && is_alpha(at(t, j + 1)) && d1 == 2) {  // "25-cv-1101"
    std::size_t k = j + 1;
    while (is_alpha(at(t, k)) && k - j <= 4) ++k;
    if (at(t, k) != '-' || !is_digit(at(t, k + 1)) || !is_case_type(t.substr(j + 1, k - j - 1))) return false;
    std::size_t e = scan_digits(t, k + 1);
    if (e - k - 1 > 6) return false;
    end = e;
    out.strong = true;
  } else if (at(t, j) == '-' && is_digit(at(t, j + 1)) && (d1 == 2 || d1 == 4)) {  // "25-5181"
    std::size_t e = scan_digits(t, j + 1);
    if (e - j - 1 > 6) return false;
    // "25-5181-2"; a state agency's "2019-06-0263" or a judicial council's "07-18-90053".
    if (at(t, e) == '-' && is_digit(at(t, e + 1)) && scan_digits(t, e + 1) - e - 1 <= (e - j - 1 <= 2 ? 5 : 3))
      e = scan_digits(t, e + 1);
    end = e;
    out.strong = true;
  } else if (d1 == 2 && at(t, j) == 'A' && is_digit(at(t, j + 1))) {  // "23A999"
    std::size_t e = scan_digits(t, j + 1);
    if (e - j - 1 > 5) return false;
    end = e;
    out.strong = true;
  } else if (d1 == 2 && (starts_with(t, j, " Civ. ") || starts_with(t, j, " Cr. ") || starts_with(t, j, " Civ ") ||
                         starts_with(t, j, " Crim. "))) {  // "99 Civ. 9404"
    std::size_t k = t.find(' ', j + 1) + 1;
    std::size_t e = scan_digits(t, k);
    if (e == k || e - k > 6) return false;
    end = e;
    out.strong = true;
  } else if (plain_ok && d1 <= 5 && !is_alpha(at(t, j))) {  // "No. 185."
    end = j;
  } else {
    return false;
  }
  if (is_alpha(at(t, end)) || (at(t, end) == '-' && is_digit(at(t, end + 1)))) return false;
  out.number = std::string(t.substr(i, end - i));
  // Judge's initials: "-ABC", "-JEB-GMH", " (KBJ)".
  std::size_t e = end;
  while (at(t, e) == '-' && is_upper(at(t, e + 1))) {
    std::size_t k = initials_end(t, e + 1);
    if (k == e + 1 || is_alpha(at(t, k))) break;
    if (!out.initials.empty()) out.initials += "-";
    out.initials += std::string(t.substr(e + 1, k - e - 1));
    e = k;
  }
  std::size_t p = skip_spaces(t, e, 1);
  if (at(t, p) == '(') {
    std::size_t k = initials_end(t, p + 1);
    if (k > p + 1 && at(t, k) == ')') {
      if (!out.initials.empty()) out.initials += "-";
      out.initials += std::string(t.substr(p + 1, k - p - 1));
      e = k + 1;
    }
  }
  out.end = e;
  return true;
}

// The word before `i` (after skipping spaces), and where it starts.
std::string_view word_before(std::string_view t, std::size_t i, std::size_t& start) {
  std::size_t e = skip_spaces_back(t, i, 2);
  std::size_t b = e;
  while (b > 0 && !is_space(t[b - 1]) && e - b < 24) --b;
  start = b;
  return t.substr(b, e - b);
}

bool at_line_start(std::string_view t, std::size_t i) {
  std::size_t b = i;
  while (b > 0 && t[b - 1] == ' ') --b;
  return b == 0 || t[b - 1] == '\n';
}

// The rest of the line after `i` is short punctuation only ("No. 185.").
bool line_ends_soon(std::string_view t, std::size_t i) {
  for (std::size_t k = i; k < t.size() && k < i + 3; ++k) {
    if (t[k] == '\n') return true;
    if (is_alpha(t[k]) || is_digit(t[k])) return false;
  }
  return i + 3 >= t.size() || t[i] == '\n';
}

std::string canonical_number(const std::string& number);

void emit(const Number& n, std::size_t start, const std::string& intro, std::vector<Mention>& out) {
  Mention m;
  m.type = "docket";
  m.start = start;
  m.end = n.end;
  // A bare count ("No. 185") is not unique across courts and terms: the
  // resolver may tie it to the document's court; no shared id here.
  // The same canonical form as the document's own case (case:docket/...),
  // so the graph can tell they are one case.
  if (n.strong) m.entity = "docket:" + layout::docket_term(canonical_number(n.number));
  m.name = "No. " + n.number;
  m.attrs["number"] = n.number;
  if (!n.initials.empty()) m.attrs["judge_initials"] = n.initials;
  if (!intro.empty()) m.attrs["prefix"] = intro;
  out.push_back(std::move(m));
}

class DocketScanner {
 public:
  DocketScanner(std::string_view t, std::vector<Mention>& out) : t_(t), out_(out) {}

  void run() {
    for (std::size_t i = citations::find_pair(t_, 0, 'N', 'o'); i != std::string_view::npos;
         i = citations::find_pair(t_, i + 2, 'N', 'o')) {
      if (i < done_) continue;
      try_no(i);
    }
    for (std::size_t i = t_.find('#'); i != std::string_view::npos; i = t_.find('#', i + 1)) try_hash(i);
    numbered_ = out_.size();
    std::stable_sort(out_.begin(), out_.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
    find_bare();
  }

 private:
  void try_no(std::size_t i) {
    if (i > 0 && !is_space(t_[i - 1]) && t_[i - 1] != '(' && t_[i - 1] != '[' && t_[i - 1] != '"') return;
    std::size_t j = i + 2;
    bool plural = at(t_, j) == 's';
    if (plural) ++j;
    if (at(t_, j) != '.') return;
    std::size_t num = skip_spaces(t_, j + 1, 2);
    if (!is_digit(at(t_, num))) return;

    // What comes before "No." decides whether it names a case.
    std::size_t start = i;
    std::size_t wstart = 0;
    std::string_view w = word_before(t_, i, wstart);
    std::string intro;
    bool intro_found = false;
    for (int k = 0; k < 3 && !w.empty() && is_intro_word(w); ++k) {
      intro_found = true;
      start = wstart;
      w = word_before(t_, wstart, wstart);
    }
    if (intro_found) intro = citations::squeeze_spaces(t_.substr(start, i - start));
    bool line_start = at_line_start(t_, start);
    bool punct_before = !w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == ':');
    bool lead = is_lead_word(w);
    if (i > 0 && (t_[i - 1] == '(' || t_[i - 1] == '[')) punct_before = true;
    if (!(intro_found || line_start || punct_before || lead)) return;

    Number n;
    bool plain_ok = intro_found || lead;
    if (!parse_number(t_, num, plain_ok || line_start, n)) return;
    if (!n.strong && !plain_ok && !line_ends_soon(t_, n.end)) return;  // "No. 185." as a heading
    emit(n, start, intro, out_);
    std::size_t p = n.end;
    // "Nos. 24-1260, 24-1261", "Nos. 12 and 13", "Nos. 08-3997, 08- 4085".
    for (int k = 0; plural && k < 16; ++k) {
      std::size_t q = p;
      if (at(t_, q) == ',') ++q;
      q = skip_spaces(t_, q, 2);
      if (starts_with(t_, q, "and ")) q = skip_spaces(t_, q + 4, 2);
      else if (starts_with(t_, q, "& ")) q = skip_spaces(t_, q + 2, 2);
      if (q == p || !is_digit(at(t_, q))) break;
      Number next;
      if (!parse_number(t_, q, !n.strong, next) || next.strong != n.strong) break;
      emit(next, q, "", out_);
      p = next.end;
    }
    done_ = p;
  }

  // "Docket #: 17-3510", "Bankruptcy Petition #: 09-34523-GMB": PACER and
  // court-notice labels put "#" where others write "No."; only after an
  // introducing word and only for shapes that only dockets have.
  void try_hash(std::size_t i) {
    std::size_t wstart = 0;
    std::string_view w = word_before(t_, i, wstart);
    if (w.empty() || !is_intro_word(w) || (i > 0 && !is_space(t_[i - 1]))) return;
    std::size_t start = wstart;
    for (int k = 0; k < 2; ++k) {
      std::size_t s2 = 0;
      std::string_view prev = word_before(t_, start, s2);
      if (prev.empty() || !is_intro_word(prev)) break;
      start = s2;
    }
    std::size_t num = i + 1;
    if (at(t_, num) == ':') ++num;
    num = skip_spaces(t_, num, 2);
    for (const Mention& m : out_) {
      if (m.start <= num && num < m.end) return;
    }
    Number n;
    if (!parse_number(t_, num, false, n) || !n.strong) return;
    emit(n, start, citations::squeeze_spaces(t_.substr(start, i - start)), out_);
  }

  // "1:25-cv-01101", "25-cv-1101" without "No.".
  void find_bare() {
    for (std::size_t i = 0; i < t_.size(); ++i) {
      std::size_t dash = t_.find('-', i);
      if (dash == std::string_view::npos) return;
      i = dash;
      // "-cv-", "-cr-", "-mc-", "-CV-" ...
      std::size_t k = dash + 1;
      while (k < t_.size() && is_alpha(t_[k]) && k - dash <= 4) ++k;
      if (k - dash < 3 || at(t_, k) != '-' || !is_digit(at(t_, k + 1)) ||
          !is_case_type(t_.substr(dash + 1, k - dash - 1)))
        continue;
      std::size_t b = dash;
      while (b > 0 && is_digit(t_[b - 1])) --b;
      if (dash - b != 2) continue;
      if (b >= 2 && t_[b - 1] == ':' && is_digit(t_[b - 2])) b -= 2;
      // Not inside a longer token: "USCOURTS-ned-8_04-cr-00107" is a package name.
      if (b > 0 && (is_alpha(t_[b - 1]) || is_digit(t_[b - 1]) || t_[b - 1] == '-' || t_[b - 1] == '/' ||
                    t_[b - 1] == '_'))
        continue;
      if (overlaps(b)) continue;
      Number n;
      if (!parse_number(t_, b, false, n) || !n.strong) continue;
      emit(n, b, "", out_);
      i = n.end;
    }
  }

  // Whether `pos` falls inside a docket found after "No." (those come in
  // text order, so a moving index suffices).
  bool overlaps(std::size_t pos) {
    while (next_ < numbered_ && out_[next_].end <= pos) ++next_;
    return next_ < numbered_ && out_[next_].start <= pos;
  }

  std::string_view t_;
  std::vector<Mention>& out_;
  std::size_t done_ = 0;
  std::size_t numbered_ = 0;  // mentions found after "No."
  std::size_t next_ = 0;
};

// A docket number's key for comparing two spellings of one case: the
// normalized term without leading zeros in its groups ("8:16-cv-1261" and
// "8:16-cv-01261" are one case).
std::string comparable(std::string_view number) {
  std::string term = layout::docket_term(number), out;
  bool group_start = true;
  for (std::size_t i = 0; i < term.size(); ++i) {
    char c = term[i];
    if (group_start && c == '0' && i + 1 < term.size() && is_digit(term[i + 1])) continue;
    group_start = c == '-' || c == ':';
    out.push_back(c);
  }
  return out;
}

// A federal docket's usual form: the serial of "8:16-cv-1261" padded to
// five digits ("8:16-cv-01261"), as PACER writes it; other numbers as written.
std::string canonical_number(const std::string& number) {
  std::size_t dash = number.rfind('-');
  if (dash == std::string::npos || dash < 2 || !is_alpha(number[dash - 1])) return number;
  std::string serial = number.substr(dash + 1);
  if (serial.empty() || serial.size() >= 5) return number;
  return number.substr(0, dash + 1) + std::string(5 - serial.size(), '0') + serial;
}

// The number of the document's own case, as written: its metadata docket,
// else a docket number in its title ("..., No. 17-3510 (docketing
// notice)"), else the first docket of the text when it heads the document
// (at a line start or after "Docket"/"Case No." within its first 6 KB).
std::string own_case_number(const ExtractionContext& ctx, const std::vector<Mention>& found) {
  for (const std::string* source : {&ctx.doc.docket, &ctx.doc.title}) {
    std::vector<Mention> in_source;
    std::string_view s = *source;
    if (source == &ctx.doc.docket && !s.empty() && is_digit(s.front())) {
      Number n;
      if (parse_number(s, 0, true, n)) return n.number;
    }
    DocketScanner(s, in_source).run();
    for (const Mention& m : in_source) {
      if (!m.entity.empty()) return std::get<std::string>(m.attrs.at("number"));
    }
  }
  if (found.empty() || found.front().entity.empty() || found.front().start > 6000) return {};
  const Mention& first = found.front();
  if (!first.attrs.count("prefix") && !at_line_start(ctx.text, first.start)) return {};
  return std::get<std::string>(first.attrs.at("number"));
}

// The case name of the title ("USA v. Kiraly" of "USA v. Kiraly"; "Diaz v.
// Create and Construct, LLC" of "Diaz v. Create and Construct, LLC (Tenn.
// Workers' Comp. Appeals Board)"), or "" when the title is no case name.
std::string_view caption_of(std::string_view title) {
  std::size_t v = title.find(" v. ");
  if (v == std::string_view::npos || v == 0) return {};
  std::size_t end = title.find(" (", v);
  if (std::size_t no = title.find(", No", v); no < end) end = no;
  if (end == std::string_view::npos) end = title.size();
  return title.substr(0, end);
}

bool same_letters_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// A line of the body that is the title's case name ("USA v. Kiraly" in a
// GovInfo record): a mention of the document's own case.
void add_caption_lines(const ExtractionContext& ctx, const std::string& entity, const std::string& own,
                       std::vector<Mention>& found) {
  std::string_view caption = caption_of(ctx.doc.title);
  if (caption.size() < 6) return;
  std::string_view t = ctx.text;
  int added = 0;
  for (std::size_t line = 0; line < t.size() && added < 8;) {
    std::size_t nl = t.find('\n', line);
    if (nl == std::string_view::npos) nl = t.size();
    std::size_t b = line, e = nl;
    while (b < e && t[b] == ' ') ++b;
    while (e > b && t[e - 1] == ' ') --e;
    if (e - b == caption.size() && same_letters_ignoring_case(t.substr(b, e - b), caption)) {
      Mention m;
      m.type = "case";
      m.start = b;
      m.end = e;
      m.entity = entity;
      m.name = canonical_number(own);
      m.attrs["role"] = std::string("this case");
      m.attrs["form"] = std::string("caption");
      found.push_back(std::move(m));
      ++added;
    }
    line = nl + 1;
  }
}

// The document's own case is a case (docs/entity-ids.md: `case:docket/<number>`
// when it has no reporter citation of its own); its docket numbers in the
// text are mentions of that case, not of a docket to look up elsewhere.
void mark_own_case(const ExtractionContext& ctx, std::vector<Mention>& found) {
  const std::string own = own_case_number(ctx, found);
  if (own.empty()) return;
  const std::string key = comparable(own);
  for (Mention& m : found) {
    auto number = m.attrs.find("number");
    if (m.entity.empty() || number == m.attrs.end()) continue;
    const std::string& written = std::get<std::string>(number->second);
    if (comparable(written) != key) continue;
    m.type = "case";
    m.entity = "case:docket/" + layout::docket_term(canonical_number(own));
    m.name = canonical_number(written);
    m.attrs["role"] = std::string("this case");
    m.attrs["docket"] = written;
  }
  add_caption_lines(ctx, "case:docket/" + layout::docket_term(canonical_number(own)), own, found);
  std::stable_sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
}

}  // namespace

void extract_dockets(const ExtractionContext& ctx, std::vector<Mention>& out) {
  std::vector<Mention> found;
  DocketScanner(ctx.text, found).run();
  std::stable_sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
  mark_own_case(ctx, found);
  for (auto& m : found) out.push_back(std::move(m));
}

}  // namespace lexgraph
