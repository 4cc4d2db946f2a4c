#include "extract/statutes/docket_charges.h"

#include <array>

#include "extract/statutes/cite_text.h"

namespace lexgraph::statutes {

namespace {

// A charge-list heading within `window` bytes before `p`.
bool charge_cue_before(std::string_view t, std::size_t p, std::size_t window) {
  std::size_t from = p > window ? p - window : 0;
  std::string_view before = t.substr(from, p - from);
  static constexpr std::array<std::string_view, 6> kCues = {"Count", "Offense", "Disposition", "Cause:",
                                                            "COUNT", "OFFENSE"};
  for (std::string_view cue : kCues)
    if (before.find(cue) != std::string_view::npos) return true;
  return false;
}

// A docket's cause of action on a line of its own: "28:2254 Petition for
// Writ of Habeas Corpus (State)" (GovInfo), "28:1331 Fed. Question". A time
// or a ratio does not open a line with three digits after the colon and go
// on with a capitalized name ("10:30 Hearing held" is a time).
bool cause_line(std::string_view t, std::size_t start, std::size_t colon, std::size_t end) {
  bool line_start = start == 0 || t[start - 1] == '\n';
  bool long_section = read_digits(t, colon + 1) >= colon + 4;
  return line_start && long_section && end + 1 < t.size() && t[end] == ' ' && t[end + 1] >= 'A' &&
         t[end + 1] <= 'Z';
}

StatuteCite usc_cite(std::size_t start, std::string title, std::string section) {
  StatuteCite c;
  c.start = start;
  c.form = Form::full;
  c.body = Body::usc;
  c.code = "U.S.C.";
  c.title = std::move(title);
  c.section = std::move(section);
  return c;
}

bool time_after(std::string_view t, std::size_t p) {
  if (p < t.size() && t[p] == ':') return true;  // 14:31:20
  for (std::string_view w : {" AM", " PM", " am", " pm", " a.m.", " p.m.", "AM", "PM", "am", "pm"})
    if (at(t, p, w)) return true;
  return false;
}

// One "5322(b)" of a charge at p; false when none.
bool read_charge_section(std::string_view t, std::size_t p, const std::string& title, StatuteCite& c) {
  SectionToken token;
  if (p >= t.size() || !is_digit(t[p]) || !read_section(t, p, SectionStyle::federal, false, token)) return false;
  if (token.section.find('.') != std::string::npos || time_after(t, token.end)) return false;
  // "1:17-cr-00201": a case number.
  if (token.end < t.size() && (t[token.end] == '-' || t[token.end] == '/')) return false;
  c = usc_cite(p, title, token.section);
  c.range_end = token.range_end;
  std::string sub;
  std::size_t e = read_subsections(t, token.end, false, sub);
  // "2251(a) & (e)": more subsections of the same section.
  while (at(t, e, " & (") || at(t, e, ", (")) {
    std::string more;
    std::size_t f = read_subsections(t, e + (t[e] == ',' ? 2 : 3), false, more);
    if (more.empty()) break;
    if (!sub.empty()) c.subsections.push_back(sub);
    sub = more;
    e = f;
  }
  if (!sub.empty()) c.subsections.push_back(sub);
  std::size_t s = read_et_seq(t, e);
  c.et_seq = s != e;
  c.end = s;
  return true;
}

}  // namespace

std::vector<StatuteCite> docket_charges(std::string_view t, bool docket) {
  std::vector<StatuteCite> out;
  std::size_t i = t.find(':');
  while (i != std::string_view::npos && i + 1 < t.size()) {
    std::size_t next = i + 1;
    // 1-2 digit title right before, not part of a longer number, date or case number.
    std::size_t b = i;
    while (b > 0 && i - b < 3 && is_digit(t[b - 1])) --b;
    bool title_ok = b < i && i - b <= 2 && t[b] != '0' && is_digit(t[i + 1]);
    if (title_ok && b > 0) {
      char before = t[b - 1];
      title_ok = !(is_alnum(before) || before == ':' || before == '/' || before == '-' || before == '.' ||
                   before == ',' || before == '$');
    }
    std::string title(t.substr(b, i - b));
    StatuteCite c;
    if (title_ok && std::stoi(title) <= 54 && read_charge_section(t, i + 1, title, c) &&
        (charge_cue_before(t, b, docket ? 3000 : 300) || (docket && cause_line(t, b, i, c.end)))) {
      {
        c.start = b;
        next = c.end;
        out.push_back(c);
        // "31:5314 and 5322(b)", "18:2, 1001(a), and 3551 et seq.", "2252(a)(4) & 2252(b)(2)".
        for (int n = 0; n < 8; ++n) {
          std::size_t q = read_list_separator(t, next);
          if (q == next && at(t, next, " & ")) q = next + 3;
          if (q == next) break;
          if (q < t.size() && is_digit(t[q]) && read_digits(t, q) < t.size() && t[read_digits(t, q)] == ':') break;
          StatuteCite more;
          if (!read_charge_section(t, q, title, more)) break;
          next = more.end;
          out.push_back(more);
        }
      }
    }
    i = t.find(':', next);
  }
  return out;
}

std::vector<StatuteCite> creditors_meetings(std::string_view t) {
  std::vector<StatuteCite> out;
  for (std::size_t i = t.find("341"); i != std::string_view::npos; i = t.find("341", i + 3)) {
    if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '-' || t[i - 1] == '.' || t[i - 1] == '/')) continue;
    std::size_t e = i + 3;
    std::string sub;
    e = read_subsections(t, e, false, sub);
    if (e < t.size() && (is_alnum(t[e]) || t[e] == '-' || t[e] == ',' || t[e] == '.')) continue;
    bool meeting_after = at(t, e, " meeting") || at(t, e, " Meeting");
    std::size_t from = i > 120 ? i - 120 : 0;
    std::string_view before = t.substr(from, i - from);
    bool cue_before = before.find("eeting of Creditors") != std::string_view::npos ||
                      before.find("eeting of creditors") != std::string_view::npos;
    if (!meeting_after && !cue_before) continue;
    StatuteCite c = usc_cite(i, "11", "341");
    c.end = e;
    if (!sub.empty()) c.subsections.push_back(sub);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace lexgraph::statutes
