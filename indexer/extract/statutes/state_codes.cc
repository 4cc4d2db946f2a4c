// State codes: "Cal. Civ. Code § 1714", "Tex. Gov't Code Ann. § 552.101",
// "42 Pa. Cons. Stat. § 9541", "Mass. Gen. Laws ch. 93A, § 2", "Okla. Stat.
// tit. 21, § 701.7", "RCW 9A.32.030", "735 ILCS 5/2-619", "section 768.28,
// Florida Statutes". The written forms are data (extract/data/state_codes.tsv).

#include <algorithm>

#include "extract/statutes/statute_scanner.h"

namespace lexgraph::statutes {

namespace {

struct CodeMatch {
  const StateCodeEntry* entry = nullptr;
  std::size_t start = 0;
  std::string division;        // title or chapter
  std::string division_label;  // "ch.", "tit.", or "" for a title number before the code
};

bool all_digits(std::string_view w) {
  if (w.empty() || w.size() > 4) return false;
  for (char c : w)
    if (!is_digit(c)) return false;
  return true;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The longest known code whose written form ends at `end` (the words just
// before it), with the chapter or title that may follow it and the title
// number that may precede it.
CodeMatch code_ending_at(std::string_view t, std::size_t end, const StatuteTables& tables) {
  CodeMatch match;
  std::vector<std::string_view> words;  // nearest first
  std::vector<std::size_t> starts;
  std::size_t pos = end;
  for (int n = 0; n < 9; ++n) {
    std::size_t s = 0;
    std::string_view w = word_before(t, pos, s);
    if (w.empty()) break;
    if (w.back() == ',') w.remove_suffix(1);
    if (w.empty() || w.front() == '(' || w.back() == ';' || w.back() == ')') break;
    words.push_back(w);
    starts.push_back(s);
    pos = s;
  }
  // "ch. 93A," / "c. 93A" / "tit. 21," between the code and "§".
  std::size_t skip = 0;
  if (words.size() >= 3) {
    std::string_view marker = words[1];
    if (marker == "ch." || marker == "c." || marker == "chap." || marker == "chapter" || marker == "tit." ||
        marker == "Tit." || marker == "title" || marker == "Title") {
      match.division = lower(words[0]);
      match.division_label = marker.front() == 't' || marker.front() == 'T' ? "tit." : "ch.";
      skip = 2;
    }
  }
  // code_key() of words[k-1] .. words[skip] (text order) for each k: the
  // words' pieces are the same every time, so take them once.
  std::string pieces[9];
  for (std::size_t i = skip; i < words.size(); ++i) pieces[i] = code_key({words[i]});
  std::string key;
  for (std::size_t k = std::min<std::size_t>(words.size(), skip + 7); k > skip; --k) {
    key.clear();
    for (std::size_t i = k; i-- > skip;) key += pieces[i];
    if (key.empty()) continue;
    const StateCodeEntry* entry = tables.find_state_code(key);
    if (entry == nullptr) continue;
    match.entry = entry;
    match.start = starts[k - 1];
    if (entry->titled && k < words.size() && all_digits(words[k])) {
      match.division = std::string(words[k]);
      match.start = starts[k];
    }
    return match;
  }
  match.division.clear();
  match.division_label.clear();
  return match;
}

}  // namespace

std::size_t StatuteScanner::state_code_before_sign(std::size_t sign) {
  CodeMatch code = code_ending_at(t_, sign, tables_);
  if (code.entry == nullptr) return 0;
  bool plural = false;
  std::size_t q = read_section_word(t_, sign, plural);
  std::vector<ListItem> items;
  std::size_t end = read_section_list(q, plural, SectionStyle::state, items);
  if (items.empty()) return 0;
  StatuteCite base;
  base.form = Form::full;
  base.body = Body::state;
  base.code = code.entry->display;
  base.state = code.entry->state;
  base.state_code = code.entry->code;
  base.state_division = code.division;
  base.state_division_label = code.division_label;
  add_list(items, code.start, base);
  return end;
}

std::size_t StatuteScanner::state_code_without_sign(std::size_t token_start, std::size_t token_end) {
  CodeMatch code = code_ending_at(t_, token_end, tables_);
  if (code.entry == nullptr || !code.entry->nosign) return 0;
  std::size_t p = skip_space(t_, token_end);
  if (p == token_end) return 0;
  bool plural = false;
  std::size_t q = read_section_word(t_, p, plural);
  std::vector<ListItem> items;
  std::size_t end = read_section_list(q, plural, SectionStyle::state, items);
  if (items.empty()) return 0;
  // Without "§" a bare number could be anything ("RSA 2048"): a code
  // section has inner punctuation ("9A.32.030", "2C:11-3", "5/2-619").
  if (q == p) {
    const std::string& s = items.front().token.section;
    if (s.find_first_of(".-:/") == std::string::npos) return 0;
  }
  StatuteCite base;
  base.form = Form::full;
  base.body = Body::state;
  base.code = code.entry->display;
  base.state = code.entry->state;
  base.state_code = code.entry->code;
  base.state_division = code.division;
  base.state_division_label = code.division_label;
  add_list(items, std::min(code.start, token_start), base);
  return end;
}

std::size_t StatuteScanner::state_code_chapter(std::size_t token_start, std::size_t token_end) {
  // "Mass. Gen. L. ch. 93A" with no section after it (or one whose "§" the
  // text lost: "ch. 93A,    2(a)"): the chapter itself is cited.
  CodeMatch code = code_ending_at(t_, token_end, tables_);
  if (code.entry == nullptr || code.entry->titled || !code.division.empty()) return 0;
  std::size_t p = skip_space(t_, token_end);
  if (p == token_end) return 0;
  std::size_t marker = 0;
  for (std::string_view m : {"ch.", "c.", "chap.", "chapter"}) {
    if (at(t_, p, m)) marker = m.size();
  }
  if (marker == 0) return 0;
  std::size_t q = skip_space(t_, p + marker);
  if (q == p + marker) return 0;
  std::size_t end = read_digits(t_, q);
  if (end == q || end - q > 4) return 0;
  while (end < t_.size() && is_upper(t_[end]) && end - q < 6) ++end;
  if (end < t_.size() && is_alnum(t_[end])) return 0;
  // A section follows: the "§" reading takes the whole citation.
  std::size_t next = end;
  if (next < t_.size() && t_[next] == ',') ++next;
  next = skip_space(t_, next);
  if (at(t_, next, "\xC2\xA7")) return 0;
  StatuteCite cite;
  cite.start = std::min(code.start, token_start);
  cite.end = end;
  cite.form = Form::full;
  cite.body = Body::state;
  cite.code = code.entry->display;
  cite.state = code.entry->state;
  cite.state_code = code.entry->code;
  cite.state_division = std::string(t_.substr(q, end - q));
  cite.state_division_label = "ch.";
  out_.push_back(std::move(cite));
  return end;
}

std::size_t StatuteScanner::state_code_after_list(std::size_t p, const std::vector<ListItem>& items, std::size_t first_start) {
  // "section 768.28, Florida Statutes": the code follows the sections.
  std::size_t pos = at(t_, p, ", ") ? p + 2 : at(t_, p, " of the ") ? p + 8 : 0;
  if (pos == 0) return 0;
  std::vector<std::string_view> words;
  std::size_t end = pos;
  for (int n = 0; n < 5; ++n) {
    std::size_t s = 0;
    std::string_view w = word_after(t_, pos, s);
    if (w.empty() || !is_upper(w.front())) break;
    bool stop = false;
    while (!w.empty() && (w.back() == ',' || w.back() == ';' || w.back() == ')' || (w.back() == '.' && w.size() > 1 && words.size() >= 1 && w != "Stat."))) {
      w.remove_suffix(1);
      stop = true;
    }
    words.push_back(w);
    end = s + w.size();
    const StateCodeEntry* entry = tables_.find_state_code(code_key(words));
    if (entry != nullptr) {
      StatuteCite base;
      base.form = Form::full;
      base.body = Body::state;
      base.code = entry->display;
      base.state = entry->state;
      base.state_code = entry->code;
      // "Compiled Oklahoma Statutes of 1921": the compilation's year is part
      // of its name (Bluebook: "Okla. Comp. Stat. § 9814 (1921)").
      std::size_t year_at = at(t_, end, " of ") ? end + 4 : at(t_, end, " for ") ? end + 5 : 0;
      std::string edition;
      if (year_at != 0 && read_digits(t_, year_at) == year_at + 4 && (at(t_, year_at, "1") || at(t_, year_at, "2")) &&
          !(year_at + 4 < t_.size() && is_alnum(t_[year_at + 4]))) {
        edition = std::string(t_.substr(year_at, 4));
        end = year_at + 4;
      }
      std::size_t first = out_.size();
      add_list(items, first_start, base);
      for (std::size_t i = first; i < out_.size(); ++i) out_[i].edition = edition;
      out_.back().end = end;
      return end;
    }
    if (stop) break;
    pos = s + w.size();
  }
  return 0;
}

}  // namespace lexgraph::statutes
