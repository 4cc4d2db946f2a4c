// Citations that start with a section word: "§ 1252(e)(3)", "§§ 241 and
// 245", "section 1983 of title 42", "sections 1075, 1075a, and 1097 of
// title 10, United States Code", "section 287(g) of the Immigration and
// Nationality Act", "section 8 of such Act", "id. § 1252(e)"; and the
// section lists every citation form shares.

#include "extract/statutes/statute_scanner.h"

#include <array>

namespace lexgraph::statutes {

namespace {

// Words after which a bare "§ N" is a statute reference, not a section of
// a treatise or an unknown code ("Restatement (Second) of Torts § 21").
bool signal_word(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kSignals = {
      "See", "see", "Cf.", "cf.", "But", "And", "Under", "In", "Also", "Compare", "Accord",
      "Contra", "E.g.,", "e.g.,", "Section", "Sections", "Thus,", "Moreover,", "Here,", "Because", "Although", "Unlike"};
  for (std::string_view s : kSignals)
    if (w == s) return true;
  return false;
}

// "of this title", "of this chapter": the document's own title; "of such
// title": the one named before.
std::size_t this_title_after(std::string_view t, std::size_t p, bool& such) {
  for (std::string_view w : {" of this title", " of such title", " of this chapter", " of this subchapter", " of this part"}) {
    if (at(t, p, w) && !(p + w.size() < t.size() && is_alpha(t[p + w.size()]))) {
      such = w == " of such title";
      return p + w.size();
    }
  }
  return p;
}

// "Penal Code", "Civil Code", "Revenue and Taxation Code" at `p`: one to
// four capitalised words (or "and") closed by "Code".
bool code_named_by_kind(std::string_view t, std::size_t p) {
  for (int words = 0; words < 5 && p < t.size(); ++words) {
    std::size_t e = p;
    while (e < t.size() && is_alpha(t[e])) ++e;
    const std::string_view word = t.substr(p, e - p);
    if (word.empty() || !(is_upper(word.front()) || word == "and")) return false;
    if (word == "Code") return words > 0 && !(e < t.size() && is_alnum(t[e]));
    if (e >= t.size() || t[e] != ' ') return false;
    p = e + 1;
  }
  return false;
}

}  // namespace

std::size_t StatuteScanner::read_section_list(std::size_t p, bool plural, SectionStyle style,
                                              std::vector<ListItem>& items) const {
  std::size_t end = p;
  std::size_t pos = p;
  while (items.size() < 40) {
    ListItem item;
    item.start = pos;
    if (!read_section(t_, pos, style, plural, item.token)) break;
    std::string subsections;
    std::size_t e = read_subsections(t_, item.token.end, true, subsections);
    if (!subsections.empty()) item.subsections.push_back(subsections);
    if (item.token.range_end.empty()) {
      std::size_t r = read_range_word(t_, e);
      SectionToken last;
      if (r != e && read_section(t_, r, style, true, last)) {
        item.token.range_end = last.section;
        std::string ignored;
        e = read_subsections(t_, last.end, false, ignored);
      }
    }
    std::size_t s = read_et_seq(t_, e);
    if (s != e) {
      item.et_seq = true;
      e = s;
    }
    if (at(t_, e, " note") && !(e + 5 < t_.size() && is_alpha(t_[e + 5]))) {
      item.note = true;
      e += 5;
    }
    // A number followed by a capitalised word starts the next citation
    // ("§§ 2, 6, 42 Stat. 388"): not part of this list; nor is a
    // regulation after a statute ("10 U.S.C. 1075 and § 199.17").
    if (!items.empty()) {
      bool dotted = item.token.section.find('.') != std::string::npos;
      if (dotted != (items.front().token.section.find('.') != std::string::npos)) break;
      std::size_t after = skip_space(t_, e);
      if (after > e && after < t_.size() && is_upper(t_[after])) break;
    }
    item.end = e;
    items.push_back(std::move(item));
    end = e;
    // Continue the list?
    std::size_t q = read_list_separator(t_, e);
    if (q == e) break;
    bool again_plural = false;
    std::size_t q2 = read_section_word(t_, q, again_plural);
    if (q2 < t_.size() && t_[q2] == '(' && !items.back().subsections.empty()) {
      // "§§ 7411(a)(1), (b)(1), (d)": more subsections of the same section.
      std::string more;
      std::size_t m = read_subsections(t_, q2, false, more);
      if (m == q2) break;
      items.back().subsections.push_back(more);
      items.back().end = m;
      end = m;
      // Loop on for further separators without a new section.
      while (true) {
        std::size_t q3 = read_list_separator(t_, m);
        if (q3 == m || q3 >= t_.size() || t_[q3] != '(') break;
        std::string next;
        std::size_t m2 = read_subsections(t_, q3, false, next);
        if (m2 == q3) break;
        items.back().subsections.push_back(next);
        items.back().end = m = end = m2;
      }
      q = read_list_separator(t_, m);
      if (q == m) break;
      q2 = read_section_word(t_, q, again_plural);
    }
    if (q2 >= t_.size() || !is_digit(t_[q2])) break;
    pos = q2;
  }
  return end;
}

void StatuteScanner::add_list(const std::vector<ListItem>& items, std::size_t first_start, const StatuteCite& base) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    StatuteCite cite = base;
    cite.start = i == 0 ? first_start : items[i].start;
    cite.end = items[i].end;
    cite.section = items[i].token.section;
    cite.range_end = items[i].token.range_end;
    cite.subsections = items[i].subsections;
    cite.et_seq = items[i].et_seq;
    cite.note = items[i].note;
    // "sections 1475-1477": the range's last section is a provision the
    // text names too, so a mention of its own (the first keeps range_end).
    const SectionToken& token = items[i].token;
    std::size_t last_start =
        token.range_end.empty() ? std::string_view::npos
                                : t_.substr(0, items[i].end).rfind(token.range_end);
    if (last_start != std::string_view::npos && last_start > cite.start) {
      std::size_t e = last_start;
      while (e > cite.start && (t_[e - 1] == ' ' || t_[e - 1] == '-')) --e;
      for (std::string_view word : {std::string_view("through"), std::string_view("thru"), std::string_view("to")}) {
        if (e - cite.start > word.size() && t_.substr(e - word.size(), word.size()) == word) {
          e -= word.size();
          while (e > cite.start && t_[e - 1] == ' ') --e;
          break;
        }
      }
      StatuteCite last = cite;
      last.start = last_start;
      last.section = token.range_end;
      last.range_end.clear();
      last.subsections.clear();
      last.et_seq = false;
      cite.end = e;
      if (cite.end > cite.start) out_.push_back(std::move(cite));
      out_.push_back(std::move(last));
      continue;
    }
    out_.push_back(std::move(cite));
  }
}

void StatuteScanner::add_act_sections(const std::vector<ListItem>& items, std::size_t first_start, std::size_t last_end,
                                      const StatuteCite& base) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    StatuteCite cite = base;
    cite.start = i == 0 ? first_start : items[i].start;
    cite.end = i + 1 == items.size() ? last_end : items[i].end;
    cite.act_section = items[i].token.section;
    cite.range_end = items[i].token.range_end;
    cite.subsections = items[i].subsections;
    out_.push_back(std::move(cite));
  }
}

std::size_t StatuteScanner::title_after_list(std::size_t end) const {
  // Only list words may stand between: numbers, subsections, ranges,
  // "and"/"or", "former", "section(s)"; 100 bytes at most.
  std::size_t p = end;
  bool item = false;
  while (p < t_.size() && p < end + 100) {
    if (at(t_, p, " of title ") || at(t_, p, ", of title ") || at(t_, p, " of Title ")) return item ? p : end;
    char c = t_[p];
    if (is_digit(c) || c == ',' || c == ' ' || c == '(' || c == ')' || c == '-') {
      item = item || is_digit(c);
      ++p;
      continue;
    }
    bool word = false;
    for (std::string_view w : {"and ", "or ", "former ", "sections ", "section "}) {
      if (at(t_, p, w) && (p == 0 || t_[p - 1] == ' ')) {
        p += w.size();
        word = true;
        break;
      }
    }
    if (!word && is_lower(c) && p > 0 && t_[p - 1] == '(') {  // "(b)"
      ++p;
      continue;
    }
    if (!word) break;
  }
  return end;
}

bool StatuteScanner::bare_reference_allowed(std::size_t designator) const {
  std::size_t e = skip_space_back(t_, designator);
  if (e == 0) return true;
  char c = t_[e - 1];
  if (c == '(' || c == '[' || c == '"' || c == ';' || c == ':' || c == '\n' || e < designator - 1) return true;
  std::size_t s = 0;
  std::string_view w = word_before(t_, designator, s);
  if (w.empty()) return true;
  if (is_lower(w.front())) return true;
  if (signal_word(w)) return true;
  if (w.size() >= 3 && w.front() == '(' && w.back() == ')') return true;  // an item of a list: "(2) section 7213A(a)"
  // A sentence that opens with "Section 5 ..." follows a full stop.
  bool capital_word = at(t_, designator, "Section") || at(t_, designator, "Sections");
  return capital_word && (w.back() == '.' || w.back() == '"' || w.back() == ')');
}

std::size_t StatuteScanner::section_reference(std::size_t p) {
  bool sign = sign_at(t_, p);
  if (sign) {
    std::size_t state = state_code_before_sign(p);
    if (state != 0) return state;
  }
  bool plural = false;
  std::size_t q = read_section_word(t_, p, plural);
  if (q == p || q >= t_.size() || !is_digit(t_[q])) return 0;
  std::vector<ListItem> items;
  std::size_t end = read_section_list(q, plural, SectionStyle::federal, items);
  if (items.empty()) return 0;

  StatuteCite base;
  base.form = Form::full;

  // "sections 1884, 1891-1902, and former section 1641(b)(2), of title 50,
  // appendix": a title named after the next item of the list is this
  // list's title too (the mentions keep their own spans).
  const std::size_t title_at = title_after_list(end);
  const bool title_later = title_at != end;
  // "section 1983 of title 42[, United States Code]"
  for (std::string_view w : {" of title ", " of Title ", ", of title "}) {
    if (!at(t_, title_at, w)) continue;
    std::size_t d0 = title_at + w.size();
    std::size_t d = read_digits(t_, d0);
    if (d == d0 || d - d0 > 2 || (d < t_.size() && is_alnum(t_[d]))) break;
    base.title = std::string(t_.substr(d0, d - d0));
    base.body = Body::usc;
    base.code = "U.S.C.";
    base.names_title = true;
    std::size_t e = d;
    // "of title 50, appendix": the title's appendix, not the title.
    if (at(t_, d, ", appendix") || at(t_, d, ", Appendix")) {
      base.appendix = true;
      e = d = d + 10;
    }
    if (title_later) {
      add_list(items, p, base);
      return end;
    }
    std::size_t c = skip_space(t_, at(t_, d, ",") ? d + 1 : d);
    for (std::string_view code : {"United States Code", "U.S.C.", "U. S. C.", "U.S. Code"}) {
      if (at(t_, c, code)) e = c + code.size();
    }
    if (at(t_, c, "Code of Federal Regulations")) {
      e = c + 27;
      base.body = Body::cfr;
      base.code = "C.F.R.";
    }
    add_list(items, p, base);
    out_.back().end = e;
    return e;
  }
  bool such = false;
  std::size_t this_end = this_title_after(t_, end, such);
  if (this_end != end) {
    base.form = Form::short_form;
    base.needs = such ? Needs::such_title : Needs::this_title;
    add_list(items, p, base);
    out_.back().end = this_end;
    return this_end;
  }

  // "section 287(g) of the Immigration and Nationality Act", "of such Act", "of the Code"
  std::size_t of = at(t_, end, " of the ") ? end + 8 : at(t_, end, " of ") ? end + 4 : 0;
  if (of != 0) {
    for (std::string_view w : {"this Act", "this act"}) {
      if (at(t_, of, w)) return of + w.size();  // the document's own sections: nothing to link
    }
    for (std::string_view w : {"such Act", "that Act", "said Act", "Act", "the Act"}) {
      if (at(t_, of, w) && !(of + w.size() < t_.size() && is_alnum(t_[of + w.size()])) &&
          !at(t_, of + w.size(), " of ")) {
        if (the_act_.act >= 0 || !the_act_.name.empty()) {
          base.act = the_act_.act;  // the document said which act it calls "the Act"
          base.act_name = the_act_.name;
        } else {
          base.needs = Needs::act_focus;
        }
        add_act_sections(items, p, of + w.size(), base);
        return of + w.size();
      }
    }
    if (at(t_, of, "Code") && !(of + 4 < t_.size() && is_alnum(t_[of + 4]))) {
      base.needs = Needs::code_focus;
      add_act_sections(items, p, of + 4, base);
      return of + 4;
    }
    if (at(t_, of, "Public Law ") || at(t_, of, "Pub. L. ")) {
      std::size_t before = out_.size();
      std::size_t law_end = public_law(of, of + (at(t_, of, "Public Law ") ? 6 : 4));
      if (law_end != 0 && out_.size() == before + 1) {
        StatuteCite law = out_.back();
        out_.pop_back();
        base = law;
        base.act_section.clear();
        for (std::size_t i = 0; i < items.size(); ++i) {
          StatuteCite cite = base;
          cite.start = i == 0 ? p : items[i].start;
          cite.end = i + 1 == items.size() ? law_end : items[i].end;
          cite.act_section = items[i].token.section;
          cite.subsections = items[i].subsections;
          out_.push_back(std::move(cite));
        }
        return law_end;
      }
    }
    ActName act;
    if (act_name_starting_at(of, act)) {
      remember_named(act);
      base.act = act.act;
      base.act_name = act.name;
      add_act_sections(items, p, act.end, base);
      note_definition(act);
      return act.end;
    }
    // "§§ 9971 and 9973 of the Compiled Oklahoma Statutes"
    std::size_t state = state_code_after_list(end, items, p);
    if (state != 0) return state;
    // "section 2 of the complaint", "§ 5 of the Act of April 5, 1906": not
    // ours. But "§ 403-a of the Penal Code of that State" cites a section
    // of a code the text names by its kind alone: a bare section.
    if (!code_named_by_kind(t_, of)) return end;
  }

  // "section 768.28, Florida Statutes"
  std::size_t state = state_code_after_list(end, items, p);
  if (state != 0) return state;

  if (!bare_reference_allowed(p)) return end;
  // "section 39, Restatement (Second) of Judgments": a treatise's section.
  for (std::string_view w : {", Restatement", " of the Restatement", " of Restatement"}) {
    if (at(t_, end, w)) return end;
  }
  base.form = Form::short_form;
  base.needs = sign ? Needs::title : Needs::title_word;
  base.hint_act = the_act_.act;
  base.hint_act_name = the_act_.name;
  add_list(items, p, base);
  return end;
}

std::size_t StatuteScanner::code_title(std::size_t token_start, std::size_t token_end) {
  // "title 54, United States Code", "Title 26 of the United States Code",
  // "title 42, United States Code, section 1983".
  std::size_t d0 = skip_space(t_, token_end);
  std::size_t d = read_digits(t_, d0);
  if (d == d0 || d0 == token_end || d - d0 > 2 || (d < t_.size() && is_alnum(t_[d]))) return 0;
  std::size_t e = 0;
  for (std::string_view w : {", United States Code", " of the United States Code", ", U.S. Code", ", U.S.C.", " U.S. Code"}) {
    if (at(t_, d, w)) {
      e = d + w.size();
      break;
    }
  }
  if (e == 0) return 0;
  StatuteCite base;
  base.form = Form::named;
  base.body = Body::usc;
  base.code = "U.S.C.";
  base.title = std::string(t_.substr(d0, d - d0));
  base.names_title = true;
  if (at(t_, e, ", ")) {
    bool plural = false;
    std::size_t q = read_section_word(t_, e + 2, plural);
    std::vector<ListItem> items;
    std::size_t end = q == e + 2 ? q : read_section_list(q, plural, SectionStyle::federal, items);
    if (!items.empty()) {
      base.form = Form::full;
      add_list(items, token_start, base);
      return end;
    }
  }
  base.start = token_start;
  base.end = e;
  out_.push_back(std::move(base));
  return e;
}

std::size_t StatuteScanner::id_citation(std::size_t token_start, std::size_t token_end) {
  std::size_t p = token_end;
  if (at(t_, p, ",")) ++p;
  p = skip_space(t_, p);
  if (at(t_, p, "at ")) p = skip_space(t_, p + 3);
  if (at(t_, p, "art.") || at(t_, p, "Art.")) return article(token_start, p + 4, true);
  if (!sign_at(t_, p)) return 0;
  bool plural = false;
  std::size_t q = read_section_word(t_, p, plural);
  std::vector<ListItem> items;
  // "id." repeats the last authority: a state code's sections keep their hyphens.
  bool state = !out_.empty() && out_.back().body == Body::state;
  std::size_t end = read_section_list(q, plural, state ? SectionStyle::state : SectionStyle::federal, items);
  if (items.empty()) return 0;
  // "See Restatement (Second) of Agency § 234 ... See id. § 234": the last
  // authority with a "§" was no statute (a treatise, an unknown code), so
  // neither is its "id.".
  const std::size_t last_cite_end = out_.empty() ? 0 : out_.back().end;
  const std::size_t last_sign = t_.rfind(kSectionSign, token_start);
  if (last_sign != std::string_view::npos && last_sign >= last_cite_end) return end;
  StatuteCite base;
  base.form = Form::id;
  base.needs = Needs::previous;
  add_list(items, token_start, base);
  return end;
}

}  // namespace lexgraph::statutes
