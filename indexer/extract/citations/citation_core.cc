#include "extract/citations/citation_core.h"

#include <vector>

#include "extract/citations/text_scan.h"

namespace lexgraph::citations {

namespace {

constexpr std::size_t kMaxVolumeDigits = 4;
constexpr std::size_t kMaxPageDigits = 8;  // Westlaw numbers have 7, LEXIS up to 6
constexpr std::size_t kMaxParenthetical = 600;
constexpr int kMaxParenDepth = 6;

bool is_year(std::string_view digits) {
  if (digits.size() != 4) return false;
  int y = (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 + (digits[3] - '0');
  return y >= 1600 && y <= 2100;
}

int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// The row among those spelled alike that fits the volume: year-volume
// series (Westlaw, LEXIS, neutral) need a year in their years of use; the
// others are preferred otherwise.
int pick_reporter(const ReporterTable& table, const std::vector<int>& rows, std::string_view volume) {
  bool year = is_year(volume);
  int fallback = -1;
  for (int row : rows) {
    const Reporter& r = table.reporter(row);
    if (r.year_is_volume()) {
      int y = year ? to_int(volume) : 0;
      if (year && (r.start == 0 || y >= r.start) && (r.end == 0 || y <= r.end)) return row;
      continue;
    }
    if (fallback < 0) fallback = row;
  }
  return fallback;
}

// "___", "__", "_", "----", "--": a page not yet known (slip opinions).
std::size_t placeholder_end(std::string_view t, std::size_t i) {
  std::size_t j = i;
  if (at(t, j) == '_') {
    while (at(t, j) == '_') ++j;
    return j;
  }
  while (at(t, j) == '-') ++j;
  return j - i >= 2 ? j : i;
}

// "(1 Cranch)" after "5 U.S.", "(3 Metc.)" after "44 Mass.": the nominative
// report of the same volume.
std::size_t nominative_end(const ReporterTable& table, int official, std::string_view t, std::size_t i,
                           std::string_view& nominative) {
  if (at(t, i) != '(') return i;
  std::size_t d = scan_digits(t, i + 1);
  if (d == i + 1 || d - i - 1 > 2) return i;
  std::size_t r = skip_spaces(t, d, 2);
  if (r == d) return i;
  std::vector<ReporterMatch> matches;
  table.match_at(t, r, matches);
  for (const auto& m : matches) {
    bool early = false;
    for (int row : *m.reporters) early = early || table.reporter(row).official == official;
    if (!early || at(t, m.end) != ')') continue;
    nominative = t.substr(i + 1, m.end - i - 1);
    return m.end + 1;
  }
  return i;
}

// "(Mass.)" in "3 Metc. (Mass.) 76", "(N.Y.)": the state of a nominative
// report, written between the reporter and the page.
std::size_t state_hint_end(std::string_view t, std::size_t i) {
  if (at(t, i) != '(' || !is_upper(at(t, i + 1))) return i;
  for (std::size_t k = i + 1; k < t.size() && k - i <= 10; ++k) {
    char c = t[k];
    if (c == ')') return k > i + 2 && t[k - 1] == '.' && is_digit(at(t, skip_spaces(t, k + 1, 2))) ? k + 1 : i;
    if (!is_alpha(c) && c != '.' && c != ' ') return i;
  }
  return i;
}

bool starts_word(std::string_view t, std::size_t i, std::string_view word) {
  return starts_with(t, i, word) && !is_alpha(at(t, i + word.size()));
}

// "p. ", "pp. ", "page ", "pages " before a pin number.
std::size_t page_word_end(std::string_view t, std::size_t i) {
  for (std::string_view w : {"pp.", "p.", "pages", "page"}) {
    if (starts_word(t, i, w)) {
      std::size_t j = skip_spaces(t, i + w.size(), 2);
      if (is_digit(at(t, j)) || at(t, j) == '*') return j;
    }
  }
  return i;
}

// One pin: "*4", "120", "120-21", "120 n. 5", "120 & n.5", "¶¶ 38-53", "119:12-14".
std::size_t pin_item_end(std::string_view t, std::size_t i) {
  std::size_t j = i;
  if (starts_with(t, j, "\xC2\xB6")) {  // ¶ or ¶¶
    j += 2;
    if (starts_with(t, j, "\xC2\xB6")) j += 2;
    j = skip_spaces(t, j, 2);
    if (!is_digit(at(t, j))) return i;
  }
  if (at(t, j) == '*') ++j;
  std::size_t d = scan_digits(t, j);
  if (d == j || d - j > 6) return i;
  j = d;
  // "119:12-14" (transcript page:line)
  if (at(t, j) == ':' && is_digit(at(t, j + 1))) j = scan_digits(t, j + 1);
  // "120-21", "*18-*24", "445- 46" (a range broken at the end of a line)
  std::size_t dash = at(t, j) == '-' && is_space(at(t, j + 1)) && is_digit(at(t, j + 2)) ? 1 : 0;
  if (at(t, j) == '-' && (is_digit(at(t, j + 1 + dash)) || (at(t, j + 1) == '*' && is_digit(at(t, j + 2))))) {
    std::size_t k = j + 1 + dash + (at(t, j + 1) == '*');
    std::size_t e = scan_digits(t, k);
    if (e - k <= 6) j = e;
  }
  if (is_alpha(at(t, j))) return i;  // "12th", "5a" (appendix pages are not case pins)
  // Footnotes: "n. 5", "n.5", "& n. 5", "nn. 3-4".
  std::size_t k = skip_spaces(t, j, 2);
  if (starts_with(t, k, "& ")) k = skip_spaces(t, k + 2, 2);
  for (std::string_view w : {"nn.", "n."}) {
    if (starts_with(t, k, w)) {
      std::size_t m = skip_spaces(t, k + w.size(), 2);
      std::size_t e = scan_digits(t, m);
      if (e > m) {
        if (at(t, e) == '-' && is_digit(at(t, e + 1))) e = scan_digits(t, e + 1);
        return e;
      }
    }
  }
  return j;
}

// "2015 TN Wrk. Comp. App. Bd. LEXIS 39": a LEXIS citation of a court the
// table does not list; the words before "LEXIS" name the database.
bool parse_any_lexis(const ReporterTable& table, std::string_view t, std::size_t pos, std::size_t rpos,
                     std::string_view volume, CiteCore& out) {
  static const int lexis = table.find("LEXIS");
  if (lexis < 0) return false;
  std::size_t i = rpos;
  for (int words = 0; words < 10 && i < t.size(); ++words) {
    std::size_t e = i;
    while (e < t.size() && !is_space(t[e])) ++e;
    std::string_view w = t.substr(i, e - i);
    if (w == "LEXIS") {
      std::size_t p = skip_spaces(t, e, 2);
      std::size_t pend = scan_digits(t, p);
      if (p == e || pend == p || pend - p > kMaxPageDigits || is_alnum(at(t, pend))) return false;
      out = CiteCore{};
      out.start = pos;
      out.end = pend;
      out.volume = volume;
      out.reporter = lexis;
      out.reporter_text = t.substr(rpos, e - rpos);
      out.page = t.substr(p, pend - p);
      return true;
    }
    if (w.empty() || !(is_upper(w[0]) || w == "&")) return false;
    i = skip_spaces(t, e, 1);
    if (i == e) return false;
  }
  return false;
}

}  // namespace

bool volume_may_start(std::string_view t, std::size_t pos) {
  if (!is_digit(at(t, pos))) return false;
  if (pos == 0) return true;
  char p = t[pos - 1];
  if (is_word_byte(p) || p == '.' || p == '$' || p == '/' || p == ':' || p == '#' || p == '-' || p == '*') return false;
  if (p == ',' && pos >= 2 && is_digit(t[pos - 2])) return false;  // "1,234"
  return true;
}

bool parse_core(const ReporterTable& table, std::string_view t, std::size_t pos, CiteCore& out) {
  std::size_t vend = scan_digits(t, pos);
  if (vend == pos || vend - pos > kMaxVolumeDigits) return false;
  std::string_view volume = t.substr(pos, vend - pos);
  std::vector<ReporterMatch> matches;

  // "2006-Ohio-2095", "2007-NMCERT-008": neutral citations written with hyphens.
  if (at(t, vend) == '-' && is_upper(at(t, vend + 1)) && is_year(volume)) {
    table.match_at(t, vend + 1, matches);
    for (const auto& m : matches) {
      if (at(t, m.end) != '-') continue;
      int row = pick_reporter(table, *m.reporters, volume);
      if (row < 0 || table.reporter(row).cite_type != "neutral") continue;
      std::size_t pend = scan_digits(t, m.end + 1);
      if (pend == m.end + 1 || pend - m.end - 1 > kMaxPageDigits || is_alnum(at(t, pend))) continue;
      out = CiteCore{};
      out.start = pos;
      out.end = pend;
      out.volume = volume;
      out.reporter = row;
      out.reporter_text = t.substr(vend + 1, m.end - vend - 1);
      out.page = t.substr(m.end + 1, pend - m.end - 1);
      return true;
    }
    return false;
  }

  // PDF text may put a paragraph break inside a citation ("58\n\nS.Ct. 630").
  std::size_t rpos = skip_spaces(t, vend, 3, true);
  if (rpos == vend || rpos >= t.size() || !table.may_start_with(t[rpos])) return false;
  table.match_at(t, rpos, matches);
  for (const auto& m : matches) {
    int row = pick_reporter(table, *m.reporters, volume);
    if (row < 0) continue;
    const Reporter& r = table.reporter(row);
    std::string_view nominative;
    std::size_t i = skip_spaces(t, m.end, 3, true);
    if (at(t, i) == '(') {
      std::size_t n = nominative_end(table, row, t, i, nominative);
      if (n == i) n = state_hint_end(t, i);
      if (n > i) i = skip_spaces(t, n, 2);
    }
    bool comma = at(t, i) == ',';
    if (comma) i = skip_spaces(t, i + 1, 3, true);
    if (i == m.end) continue;  // "U.S.113": a page needs a space or a comma before it

    CiteCore c;
    c.start = pos;
    c.volume = volume;
    c.reporter = row;
    c.reporter_text = t.substr(rpos, m.end - rpos);
    c.nominative = nominative;

    // Short form: "531 U.S., at 99", "531 U.S. at 99", "285 U.S. p. 400".
    std::size_t pin_from = i;
    if (starts_word(t, i, "at")) pin_from = skip_spaces(t, i + 2, 2);
    std::size_t after_word = page_word_end(t, pin_from);
    if (pin_from > i || after_word > pin_from) {
      std::string pin;
      std::size_t e = parse_pin(t, pin_from, pin, [&](std::size_t p) {
        CiteCore other;
        return volume_may_start(t, p) && parse_core(table, t, p, other);
      });
      if (e == pin_from) continue;
      c.is_short = true;
      c.pin = pin;
      c.end = e;
      out = c;
      return true;
    }

    if (is_digit(at(t, i))) {
      std::size_t pend = scan_digits(t, i);
      if (pend - i > kMaxPageDigits || is_alpha(at(t, pend)) || is_digit(at(t, pend))) continue;
      if (at(t, pend) == '.' && is_digit(at(t, pend + 1))) continue;  // "1.5"
      if (!r.year_is_volume() && pend - i > 5) continue;
      c.page = t.substr(i, pend - i);
      c.end = pend;
      out = c;
      return true;
    }
    std::size_t ph = placeholder_end(t, i);
    if (ph > i && !is_alnum(at(t, ph))) {
      c.end = ph;
      out = c;
      return true;
    }
  }
  return is_year(volume) && parse_any_lexis(table, t, pos, rpos, volume, out);
}

bool parse_reporter_first(const ReporterTable& table, std::string_view t, std::size_t pos, CiteCore& out) {
  std::size_t yend = scan_digits(t, pos);
  if (!is_year(t.substr(pos, yend - pos)) || at(t, yend) != '-' || !is_digit(at(t, yend + 1))) return false;
  std::size_t nend = scan_digits(t, yend + 1);
  if (nend - yend - 1 > 5 || is_alnum(at(t, nend))) return false;
  std::size_t start = 0;
  int row = table.match_before(t, pos, start);
  if (row < 0) return false;
  out = CiteCore{};
  out.start = start;
  out.end = nend;
  out.volume = t.substr(pos, yend - pos);
  out.reporter = row;
  out.reporter_text = t.substr(start, skip_spaces_back(t, pos, 2) - start);
  out.page = t.substr(yend + 1, nend - yend - 1);
  return true;
}

std::size_t parse_pin(std::string_view t, std::size_t pos, std::string& pin,
                      const std::function<bool(std::size_t)>& starts_citation) {
  std::size_t i = pos;
  if (starts_word(t, i, "at")) i = skip_spaces(t, i + 2, 2);
  i = page_word_end(t, i);
  std::size_t first_end = pin_item_end(t, i);
  if (first_end == i) return pos;
  std::size_t end = first_end;
  std::size_t pin_start = i;
  // Further items: ", 125", ", 67-68", ", ¶¶ 38-53" -- but not ", 93 S. Ct. 705".
  for (int items = 1; items < 24; ++items) {
    std::size_t j = end;
    if (at(t, j) == ',') {
      j = skip_spaces(t, j + 1, 2);
    } else if (starts_with(t, skip_spaces(t, j, 2), "& ") || starts_with(t, skip_spaces(t, j, 2), "and ")) {
      std::size_t k = skip_spaces(t, j, 2);
      j = skip_spaces(t, k + (t[k] == '&' ? 2 : 4), 2);
    } else {
      break;
    }
    j = page_word_end(t, j);
    if (!(is_digit(at(t, j)) || at(t, j) == '*' || starts_with(t, j, "\xC2\xB6"))) break;
    if (is_digit(at(t, j)) && starts_citation(j)) break;
    std::size_t e = pin_item_end(t, j);
    if (e == j) break;
    end = e;
  }
  pin = squeeze_spaces(t.substr(pin_start, end - pin_start));
  return end;
}

std::size_t parenthetical_end(std::string_view t, std::size_t pos) {
  char open = at(t, pos);
  if (open != '(' && open != '[') return pos;
  char close = open == '(' ? ')' : ']';
  int depth = 0;
  for (std::size_t i = pos; i < t.size() && i - pos < kMaxParenthetical; ++i) {
    char c = t[i];
    if (c == '\n' && at(t, i + 1) == '\n') return pos;
    if (c == open) {
      if (++depth > kMaxParenDepth) return pos;
    } else if (c == close) {
      if (--depth == 0) return i + 1;
    }
  }
  return pos;
}

bool parse_court_year(std::string_view inside, CourtYear& out) {
  std::string s = squeeze_spaces(inside);
  std::string_view v = s;
  // "1993-94": the first year counts.
  std::size_t e = v.size();
  if (e >= 3 && v[e - 3] == '-' && is_digit(v[e - 2]) && is_digit(v[e - 1])) e -= 3;
  if (e < 4 || !is_year(v.substr(e - 4, 4)) || (e > 4 && is_alnum(v[e - 5]))) return false;
  out.year = to_int(v.substr(e - 4, 4));
  std::string_view court = v.substr(0, e - 4);
  // Drop a date before the year: "Mar. 3, ", "March 3, ", "Feb. 9, ", "3/1/", ", ".
  while (!court.empty() && (court.back() == ' ' || court.back() == ',')) court.remove_suffix(1);
  std::size_t d = court.size();
  while (d > 0 && is_digit(court[d - 1])) --d;
  if (d < court.size() && d > 0 && court[d - 1] == ' ') {
    std::size_t m = d - 1;
    std::size_t w = m;
    while (w > 0 && (is_alpha(court[w - 1]) || court[w - 1] == '.')) --w;
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "June", "Jul", "July", "Aug",
                                          "Sep", "Sept", "Oct", "Nov", "Dec", "January", "February", "March",
                                          "April", "August", "September", "October", "November", "December"};
    std::string_view word = court.substr(w, m - w);
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    for (const char* month : kMonths) {
      if (word == month) {
        court = court.substr(0, w);
        break;
      }
    }
  }
  while (!court.empty() && (court.back() == ' ' || court.back() == ',')) court.remove_suffix(1);
  // A court is short and has no sentence in it.
  if (court.size() > 40) return false;
  for (char c : court)
    if (c == '(' || c == ')' || c == ';' || c == '"') return false;
  // "(holding that ... in 1990)": a lower-case word that is not part of a court.
  for (std::size_t i = 0; i < court.size(); ++i) {
    if (is_lower(court[i]) && (i == 0 || court[i - 1] == ' ')) {
      std::size_t j = i;
      while (j < court.size() && is_alpha(court[j])) ++j;
      std::string_view w = court.substr(i, j - i);
      if (w != "en" && w != "banc" && w != "per" && w != "curiam" && w != "mem" && w != "th" && w != "d" &&
          w != "table")
        return false;
    }
  }
  out.court = std::string(court);
  return true;
}

}  // namespace lexgraph::citations
