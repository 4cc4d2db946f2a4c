#include "extract/statutes/cite_text.h"

#include "extract/statutes/statute_tables.h"

namespace lexgraph::statutes {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n'; }

bool is_roman_char(char c) {
  switch (c) {
    case 'i': case 'v': case 'x': case 'l': case 'I': case 'V': case 'X': case 'L': return true;
    default: return false;
  }
}

// Is "(content)" a subsection designator?
bool designator(std::string_view content) {
  if (content.empty() || content.size() > 6) return false;
  bool digits = true, letters = true, roman = true;
  for (char c : content) {
    digits = digits && is_digit(c);
    letters = letters && is_alpha(c);
    roman = roman && is_roman_char(c);
  }
  if (digits) return content.size() <= 3;
  if (letters && content.size() <= 2) return true;
  return roman;
}

int roman_value(char c) {
  switch (c | 0x20) {
    case 'i': return 1;
    case 'v': return 5;
    case 'x': return 10;
    default: return 0;
  }
}

}  // namespace

std::size_t skip_space(std::string_view t, std::size_t p) {
  bool newline = false;
  while (p < t.size() && is_space(t[p])) {
    if (t[p] == '\n') {
      if (newline) break;
      newline = true;
    }
    ++p;
  }
  return p;
}

std::size_t skip_space_back(std::string_view t, std::size_t p) {
  bool newline = false;
  while (p > 0 && is_space(t[p - 1])) {
    if (t[p - 1] == '\n') {
      if (newline) break;
      newline = true;
    }
    --p;
  }
  return p;
}

std::string_view word_before(std::string_view t, std::size_t end, std::size_t& start) {
  std::size_t e = skip_space_back(t, end);
  std::size_t s = e;
  while (s > 0 && !is_space(t[s - 1]) && e - s < 64) --s;
  start = s;
  return t.substr(s, e - s);
}

std::string_view word_after(std::string_view t, std::size_t p, std::size_t& start) {
  std::size_t s = skip_space(t, p);
  std::size_t e = s;
  while (e < t.size() && !is_space(t[e]) && e - s < 64) ++e;
  start = s;
  return t.substr(s, e - s);
}

std::size_t read_digits(std::string_view t, std::size_t p) {
  while (p < t.size() && is_digit(t[p])) ++p;
  return p;
}

std::size_t read_section_word(std::string_view t, std::size_t p, bool& plural) {
  plural = false;
  std::size_t q = p;
  if (sign_at(t, q)) {
    q += kSectionSign.size();
    if (sign_at(t, q)) {
      q += kSectionSign.size();
      plural = true;
    }
    return skip_space(t, q);
  }
  static constexpr std::string_view kWords[] = {"sections", "Sections", "section", "Section", "secs.", "Secs.", "sec.", "Sec."};
  for (std::string_view w : kWords) {
    if (!at(t, q, w)) continue;
    std::size_t after = q + w.size();
    if (after < t.size() && is_alpha(t[after])) continue;
    plural = w == "sections" || w == "Sections" || w == "secs." || w == "Secs.";
    return skip_space(t, after);
  }
  return p;
}

bool read_section(std::string_view t, std::size_t p, SectionStyle style, bool plural, SectionToken& out) {
  if (p >= t.size() || !is_digit(t[p])) return false;
  std::size_t i = p;
  if (style == SectionStyle::state) {
    while (i < t.size() && i - p < 40) {
      char c = t[i];
      if (is_alnum(c)) {
        ++i;
      } else if ((c == '.' || c == '-' || c == ':' || c == '/') && i + 1 < t.size() && is_alnum(t[i + 1])) {
        ++i;
      } else {
        break;
      }
    }
    // "745 ILCS 10/9-102.1 Elston maintained": a footnote marker glued to the
    // section, after the sentence's lost period -- ".1" with no punctuation
    // of its own, before a new sentence. Sections numbered "-102.1" go on
    // with punctuation or lower-case text.
    std::size_t dot = t.rfind('.', i);
    if (dot != std::string_view::npos && dot > p && i - dot - 1 <= 2 && read_digits(t, dot + 1) == i &&
        t.substr(p, dot - p).find_first_of("-/") != std::string_view::npos && i + 1 < t.size() && t[i] == ' ' &&
        is_upper(t[i + 1]))
      i = dot;
    out.section = std::string(t.substr(p, i - p));
    out.range_end.clear();
    out.end = i;
    return true;
  }
  while (i < t.size() && i - p < 24) {
    std::size_t d = read_digits(t, i);
    if (d == i) break;
    std::size_t l = d;
    while (l < t.size() && is_alpha(t[l]) && l - d < 5) ++l;
    if (l < t.size() && is_alpha(t[l])) return false;  // "1983The": not a section
    if (l > d && l < t.size() && is_digit(t[l])) return false;  // "3C1.1": a Guidelines section
    if (l - d > 4) return false;
    i = l;
    if (i + 1 < t.size() && (t[i] == '-' || t[i] == '.') && is_digit(t[i + 1])) {
      ++i;
      continue;
    }
    // "1711-E", "§ 403-a of the Penal Code" (state sections cited by the
    // section word or sign alone)
    if (i + 2 < t.size() && t[i] == '-' && is_alpha(t[i + 1]) && !is_alpha(t[i + 2])) i += 2;
    break;
  }
  std::string_view token = t.substr(p, i - p);
  out.section = std::string(token);
  out.range_end.clear();
  out.end = i;
  // Ranges: "701-706", "757a-757d", "2000e-2000e-17"; never "1395w-4", and
  // never inside a C.F.R.-style number ("301.6221-1").
  if (token.find('.') != std::string_view::npos) return true;
  std::size_t split = std::string_view::npos;
  std::size_t digits_left = read_digits(token, 0);
  for (std::size_t h = 0; h < token.size() && split == std::string_view::npos; ++h) {
    if (token[h] != '-') continue;
    std::size_t digits_right = read_digits(token, h + 1) - (h + 1);
    if (digits_right < digits_left) continue;
    if (!plural && digits_right != digits_left) continue;
    SectionKey first = section_key(token.substr(0, h));
    SectionKey last = section_key(token.substr(h + 1));
    if (compare_sections(first, last) < 0) split = h;
  }
  if (split != std::string_view::npos) {
    out.section = std::string(token.substr(0, split));
    out.range_end = std::string(token.substr(split + 1));
  }
  return true;
}

std::size_t read_subsections(std::string_view t, std::size_t p, bool allow_space, std::string& out) {
  for (int n = 0; n < 12; ++n) {
    std::size_t q = p;
    if (allow_space && q + 1 < t.size() && t[q] == ' ' && t[q + 1] == '(') ++q;
    if (q >= t.size() || t[q] != '(') break;
    std::size_t close = t.find(')', q + 1);
    if (close == std::string_view::npos || close - q > 8) break;
    std::string_view content = t.substr(q + 1, close - q - 1);
    if (!designator(content)) break;
    out.append(t.substr(q, close + 1 - q));
    p = close + 1;
  }
  return p;
}

std::size_t read_et_seq(std::string_view t, std::size_t p) {
  std::size_t q = skip_space(t, p);
  if (q == p) return p;
  for (std::string_view w : {std::string_view("et seq."), std::string_view("et. seq."), std::string_view("et seq")}) {
    if (at(t, q, w)) return q + w.size();
  }
  return p;
}

std::size_t read_range_word(std::string_view t, std::size_t p) {
  if (at(t, p, "--") && p + 2 < t.size() && is_digit(t[p + 2])) return p + 2;
  for (std::string_view w : {std::string_view(" to "), std::string_view(" through "), std::string_view(" thru ")}) {
    if (at(t, p, w) && p + w.size() < t.size()) {
      std::size_t q = p + w.size();
      if (sign_at(t, q)) q = skip_space(t, q + kSectionSign.size());
      if (q < t.size() && is_digit(t[q])) return q;
    }
  }
  return p;
}

std::size_t read_list_separator(std::string_view t, std::size_t p) {
  for (std::string_view w : {std::string_view(", and "), std::string_view(", or "), std::string_view(" and "),
                             std::string_view(" or "), std::string_view(", ")}) {
    if (at(t, p, w)) return p + w.size();
  }
  return p;
}

std::size_t read_article_number(std::string_view t, std::size_t p, int& value) {
  value = 0;
  std::size_t d = read_digits(t, p);
  if (d > p) {
    if (d - p > 2 || (d < t.size() && is_alpha(t[d]))) return p;
    for (std::size_t i = p; i < d; ++i) value = value * 10 + (t[i] - '0');
    return d;
  }
  std::size_t e = p;
  while (e < t.size() && roman_value(t[e]) > 0 && e - p < 6) ++e;
  if (e == p || (e < t.size() && is_alpha(t[e]))) return p;
  // Upper- or lower-case, not mixed ("Iv" is a word).
  bool upper = is_upper(t[p]);
  for (std::size_t i = p; i < e; ++i)
    if (is_upper(t[i]) != upper) return p;
  int total = 0;
  for (std::size_t i = p; i < e; ++i) {
    int v = roman_value(t[i]);
    int next = i + 1 < e ? roman_value(t[i + 1]) : 0;
    total += v < next ? -v : v;
  }
  if (total <= 0 || total > 27) return p;
  value = total;
  return e;
}

}  // namespace lexgraph::statutes
