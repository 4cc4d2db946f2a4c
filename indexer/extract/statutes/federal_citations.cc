// The federal citation forms that carry their own numbers: "26 U.S.C.
// § 6103(i)(2)", "U.S.C. Tit. 8, § 381", "8 C.F.R. § 235.3", "19 CFR part
// 12", "84 Stat. 1683", "Pub. L. No. 104-208", "84 Fed. Reg. 35,409",
// "82 FR 26341", "84 Fed. Reg. at 69,548".

#include "extract/statutes/statute_scanner.h"

namespace lexgraph::statutes {

namespace {

// The number just before `p` (a title or volume: 1-3 digits, maybe after
// "(" or "["), or npos.
std::size_t number_before(std::string_view t, std::size_t p, std::string& number) {
  std::size_t start = 0;
  std::string_view w = word_before(t, p, start);
  while (!w.empty() && (w.front() == '(' || w.front() == '[')) {
    w.remove_prefix(1);
    ++start;
  }
  if (w.empty() || w.size() > 3) return std::string_view::npos;
  for (char c : w)
    if (!is_digit(c)) return std::string_view::npos;
  if (w.front() == '0') return std::string_view::npos;
  number = std::string(w);
  return start;
}

// "(1976 ed., Supp. III)" and the like between a code and its section.
std::size_t skip_edition(std::string_view t, std::size_t p) {
  if (p >= t.size() || t[p] != '(') return p;
  std::size_t close = t.find(')', p);
  if (close == std::string_view::npos || close - p > 40) return p;
  std::string_view inside = t.substr(p, close - p);
  if (inside.find("ed.") == std::string_view::npos && inside.find("Supp.") == std::string_view::npos) return p;
  return skip_space(t, close + 1);
}

// A page as printed: "1683", "35,409", "3009-546" (dash pages of the 1996-97
// omnibus acts) when `dashed`. Returns the end; `page` gets digits only
// (commas dropped, the dash kept).
std::size_t read_page(std::string_view t, std::size_t p, bool commas, bool dashed, std::string& page) {
  page.clear();
  std::size_t i = p;
  while (i < t.size() && page.size() < 12) {
    if (is_digit(t[i])) {
      page.push_back(t[i++]);
    } else if (commas && t[i] == ',' && i + 3 < t.size() && is_digit(t[i + 1]) && is_digit(t[i + 2]) &&
               is_digit(t[i + 3]) && !(i + 4 < t.size() && is_digit(t[i + 4])) && !page.empty()) {
      ++i;
    } else {
      break;
    }
  }
  if (page.empty()) return p;
  if (dashed && i + 1 < t.size() && t[i] == '-' && is_digit(t[i + 1])) {
    // "3009-546" is one page of the 1996 omnibus acts (the number after the
    // dash is smaller); "96-97" is a page range, cited by its first page.
    std::size_t d = read_digits(t, i + 1);
    std::string after(t.substr(i + 1, d - i - 1));
    bool one_page = after.size() < page.size() || (after.size() == page.size() && after < page);
    if (one_page) {
      page += "-" + after;
    }
    i = d;
  }
  if (i < t.size() && is_alpha(t[i])) return p;
  return i;
}

// ", 1111" pin pages after a page; not a number that starts the next
// citation (", 28 U.S.C.").
std::size_t read_pin(std::string_view t, std::size_t p, bool commas, std::string& pin) {
  if (!at(t, p, ", ")) return p;
  std::string page;
  std::size_t e = read_page(t, p + 2, commas, true, page);
  if (e == p + 2) return p;
  std::size_t after = skip_space(t, e);
  if (after < t.size() && (is_upper(t[after]) || is_digit(t[after]))) return p;
  pin = page;
  return e;
}

}  // namespace

std::size_t StatuteScanner::code_citation(std::size_t token_start, std::size_t code_end, Body body) {
  if (code_end < t_.size() && is_alnum(t_[code_end])) return 0;
  std::string title;
  std::size_t start = number_before(t_, token_start, title);
  std::size_t p = code_end;
  if (start == std::string_view::npos) {
    // Code first: "U.S.C. Tit. 8, § 381", "U. S. C., Tit. 28, § 1257".
    start = token_start;
    std::size_t q = p;
    if (at(t_, q, ",")) ++q;
    q = skip_space(t_, q);
    bool tit = false;
    for (std::string_view w : {"Tit.", "tit.", "Title", "title"}) {
      if (at(t_, q, w)) {
        q = skip_space(t_, q + w.size());
        tit = true;
        break;
      }
    }
    std::size_t d = read_digits(t_, q);
    if (!tit || d == q || d - q > 2) return 0;
    title = std::string(t_.substr(q, d - q));
    p = d;
    if (at(t_, p, ",")) ++p;
  }
  p = skip_space(t_, p);
  p = skip_edition(t_, p);
  StatuteCite base;
  base.form = Form::full;
  base.body = body;
  base.code = body == Body::usc ? "U.S.C." : "C.F.R.";
  base.title = title;
  for (std::string_view w : {"App.", "app."}) {
    if (body == Body::usc && at(t_, p, w)) {
      base.appendix = true;
      p = skip_space(t_, p + w.size());
    }
  }
  if (body == Body::cfr) {
    for (std::string_view w : {"pt.", "part", "Part", "pts.", "parts"}) {
      if (!at(t_, p, w)) continue;
      std::size_t q = skip_space(t_, p + w.size());
      std::size_t d = read_digits(t_, q);
      if (d == q || d - q > 5 || (d < t_.size() && (is_alnum(t_[d]) || t_[d] == '.'))) return 0;
      StatuteCite cite = base;
      cite.start = start;
      cite.end = d;
      cite.section = std::string(t_.substr(q, d - q));
      cite.cfr_part = true;
      out_.push_back(std::move(cite));
      return d;
    }
  }
  bool plural = false;
  std::size_t q = read_section_word(t_, p, plural);
  if (q == p && !(p < t_.size() && is_digit(t_[p]))) return 0;
  std::vector<ListItem> items;
  std::size_t end = read_section_list(q, plural, SectionStyle::federal, items);
  if (items.empty()) return 0;
  add_list(items, start, base);
  return end;
}

std::size_t StatuteScanner::statutes_at_large(std::size_t token_start, std::size_t token_end) {
  std::string volume;
  std::size_t start = number_before(t_, token_start, volume);
  if (start == std::string_view::npos) return 0;
  std::size_t p = skip_space(t_, token_end);
  if (at(t_, p, "at L.")) p = skip_space(t_, p + 5);  // "34 Stat. at L. 596"
  std::string page;
  std::size_t e = read_page(t_, p, false, true, page);
  if (e == p) return 0;
  StatuteCite cite;
  cite.start = start;
  cite.form = Form::full;
  cite.body = Body::stat;
  cite.code = "Stat.";
  cite.title = volume;
  cite.section = page;
  cite.end = read_pin(t_, e, false, cite.pin);
  out_.push_back(std::move(cite));
  return out_.back().end;
}

std::size_t StatuteScanner::public_law(std::size_t token_start, std::size_t after_prefix) {
  std::size_t p = skip_space(t_, after_prefix);
  for (std::string_view w : {"L.", "Law"}) {
    if (at(t_, p, w)) {
      p = skip_space(t_, p + w.size());
      break;
    }
  }
  for (std::string_view w : {"No.", "no.", "Nos."}) {
    if (at(t_, p, w)) {
      p = skip_space(t_, p + w.size());
      break;
    }
  }
  std::size_t d = read_digits(t_, p);
  if (d == p || d - p > 3 || !at(t_, d, "-")) return 0;
  std::size_t d2 = read_digits(t_, d + 1);
  if (d2 == d + 1 || d2 - d - 1 > 4 || (d2 < t_.size() && is_alnum(t_[d2]))) return 0;
  StatuteCite cite;
  cite.start = token_start;
  cite.end = d2;
  cite.form = Form::full;
  cite.body = Body::public_law;
  cite.code = "Pub. L.";
  cite.section = std::string(t_.substr(p, d2 - p));
  // "Pub. L. No. 102-256, § 3(a)", "Pub. L. 101-649, title VI, § 601(d)":
  // the section of the law, kept as attributes.
  std::size_t sec = d2 + 2;
  if (at(t_, d2, ", title ")) {
    std::size_t s = 0;
    std::string_view title_number = word_after(t_, d2 + 8, s);
    if (!title_number.empty() && title_number.back() == ',') sec = s + title_number.size() + 1;
    sec = skip_space(t_, sec);
  }
  if ((at(t_, d2, ", ") || sec != d2 + 2) && sign_at(t_, sec)) {
    std::size_t q = skip_space(t_, sec + kSectionSign.size());
    SectionToken token;
    if (read_section(t_, q, SectionStyle::federal, false, token)) {
      std::string subsections;
      cite.end = read_subsections(t_, token.end, false, subsections);
      cite.act_section = token.section;
      if (!subsections.empty()) cite.subsections.push_back(subsections);
    }
  }
  out_.push_back(std::move(cite));
  return out_.back().end;
}

std::size_t StatuteScanner::federal_register(std::size_t token_start, std::size_t token_end) {
  std::string volume;
  std::size_t start = number_before(t_, token_start, volume);
  if (start == std::string_view::npos) return 0;
  std::size_t p = skip_space(t_, token_end);
  bool pin_only = false;
  if (at(t_, p, "at ")) {
    pin_only = true;
    p += 3;
  }
  std::string page;
  std::size_t e = read_page(t_, p, true, false, page);
  if (e == p) return 0;
  StatuteCite cite;
  cite.start = start;
  cite.form = pin_only ? Form::short_form : Form::full;
  cite.body = Body::fed_reg;
  cite.code = "Fed. Reg.";
  cite.title = volume;
  if (pin_only) {
    cite.pin = page;
    cite.needs = Needs::fed_reg_pin;
    cite.end = e;
  } else {
    cite.section = page;
    cite.end = read_pin(t_, e, true, cite.pin);
  }
  out_.push_back(std::move(cite));
  return out_.back().end;
}

}  // namespace lexgraph::statutes
