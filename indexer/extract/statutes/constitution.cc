// The federal Constitution, which the statute mentions carry too (code
// "U.S. Const."): "U.S. Const. art. I, § 8, cl. 3", "U. S. Const., Amdt.
// 14", "Art. III, § 2", "Article III", "the First Amendment", "the Fifth and
// Fourteenth Amendments", "id. art. III, §§ 1, 2". State constitutions
// ("Cal. Const., Art. VI") are left alone.

#include <array>

#include "extract/statutes/statute_scanner.h"

namespace lexgraph::statutes {

namespace {

int ordinal(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kUnits = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
      "nineteenth", "twentieth"};
  if (w.empty()) return 0;
  if (is_digit(w.front())) {
    std::size_t d = read_digits(w, 0);
    std::string_view suffix = w.substr(d);
    if (d > 2 || !(suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")) return 0;
    int n = 0;
    for (std::size_t i = 0; i < d; ++i) n = n * 10 + (w[i] - '0');
    return n >= 1 && n <= 27 ? n : 0;
  }
  if (!is_upper(w.front())) return 0;
  std::string lower;
  for (char c : w) lower.push_back(is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
  int base = 0;
  std::string_view rest = lower;
  if (rest.substr(0, 7) == "twenty-") {
    base = 20;
    rest.remove_prefix(7);
  }
  for (std::size_t i = 0; i < kUnits.size(); ++i) {
    if (rest == kUnits[i] && (base == 0 || i < 9)) return base + static_cast<int>(i) + 1;
  }
  return 0;
}

// After "Amendment(s)": "to the Agreement" means some other amendment.
bool other_amendment(std::string_view t, std::size_t p) {
  if (!at(t, p, " to the ") && !at(t, p, " to ")) return false;
  std::size_t q = p + (at(t, p, " to the ") ? 8 : 4);
  for (std::string_view w : {"Constitution", "United States Constitution", "U.S. Constitution", "federal Constitution",
                             "Federal Constitution", "U. S. Constitution"}) {
    if (at(t, q, w)) return false;
  }
  return true;
}

}  // namespace

std::size_t StatuteScanner::constitution(std::size_t const_start, std::size_t const_end) {
  std::string_view token = t_.substr(const_start, const_end - const_start);
  std::size_t start = const_start;
  if (token == "Const.") {
    std::size_t s = 0;
    std::string_view w = word_before(t_, const_start, s);
    if (w == "U.S." || w == "US") {
      start = s;
    } else if (w == "S.") {
      std::size_t s2 = 0;
      if (word_before(t_, s, s2) != "U.") return 0;
      start = s2;
    } else if (w == "States") {
      std::size_t s2 = 0;
      if (word_before(t_, s, s2) != "United") return 0;
      start = s2;
    } else {
      return 0;
    }
  }
  std::size_t p = const_end;
  if (at(t_, p, ",")) ++p;
  p = skip_space(t_, p);
  return constitution_parts(p, start, Form::full, false);
}

std::size_t StatuteScanner::constitution_parts(std::size_t p, std::size_t start, Form form, bool require_article) {
  int article_number = 0, amendment_number = 0;
  bool found = false;
  for (std::string_view w : {"art.", "Art.", "Article", "arts.", "Arts."}) {
    if (!at(t_, p, w)) continue;
    std::size_t q = skip_space(t_, p + w.size());
    std::size_t e = read_article_number(t_, q, article_number);
    if (e == q || article_number > 7) return 0;
    p = e;
    found = true;
    break;
  }
  if (!found && !require_article) {
    for (std::string_view w : {"amend.", "Amend.", "Amdt.", "amdt.", "Amendment", "amends.", "Amends."}) {
      if (!at(t_, p, w)) continue;
      std::size_t q = skip_space(t_, p + w.size());
      std::size_t e = read_article_number(t_, q, amendment_number);
      if (e == q) return 0;
      p = e;
      found = true;
      break;
    }
  }
  if (!found) return 0;
  StatuteCite base;
  base.form = form;
  base.body = Body::constitution;
  base.code = "U.S. Const.";
  if (article_number > 0) base.article = std::to_string(article_number);
  base.amendment = amendment_number;
  std::vector<ListItem> items;
  std::size_t end = p;
  if (at(t_, p, ", ")) {
    bool plural = false;
    std::size_t q = read_section_word(t_, p + 2, plural);
    if (q != p + 2) end = read_section_list(q, plural, SectionStyle::federal, items);
    if (items.empty()) end = p;
  }
  std::size_t clause_end = end;
  std::string clause;
  for (std::string_view w : {", cl. ", ", Cl. ", ", clause "}) {
    if (!at(t_, end, w)) continue;
    std::size_t d = read_digits(t_, end + w.size());
    if (d == end + w.size()) break;
    clause = std::string(t_.substr(end + w.size(), d - end - w.size()));
    clause_end = d;
  }
  if (items.empty()) {
    StatuteCite cite = base;
    cite.start = start;
    cite.end = clause_end;
    cite.clause = clause;
    out_.push_back(std::move(cite));
    return clause_end;
  }
  add_list(items, start, base);
  out_.back().clause = clause;
  out_.back().end = clause_end;
  return clause_end;
}

std::size_t StatuteScanner::article(std::size_t token_start, std::size_t token_end, bool after_id) {
  if (after_id) {
    // "id. art. III, §§ 1, 2": token_end is just after "art.", which
    // constitution_parts reads again.
    return constitution_parts(token_end - 4, token_start, Form::id, true);
  }
  // "Cal. Const., Art. VI", "N. Y. Const., 1938, Art. III": a state's.
  std::size_t window = token_start > 40 ? token_start - 40 : 0;
  if (t_.substr(window, token_start - window).find("Const.") != std::string_view::npos) return 0;
  std::size_t q = skip_space(t_, token_end);
  int number = 0;
  std::size_t e = read_article_number(t_, q, number);
  if (e == q || number > 7 || !is_upper(t_[q]) || is_digit(t_[q])) return 0;
  if (at(t_, e, " of ")) {
    std::size_t r = e + 4;
    if (at(t_, r, "the ")) r += 4;
    bool ours = false;
    for (std::string_view w : {"Constitution", "United States Constitution", "U.S. Constitution", "U. S. Constitution",
                               "federal Constitution", "Federal Constitution"}) {
      ours = ours || at(t_, r, w);
    }
    if (!ours) return 0;
  }
  std::size_t before = out_.size();
  std::size_t end = constitution_parts(token_start, token_start, Form::named, true);
  if (end == 0) return 0;
  for (std::size_t i = before; i < out_.size(); ++i)
    if (!out_[i].section.empty()) out_[i].form = Form::full;
  return end;
}

std::size_t StatuteScanner::amendment(std::size_t token_start, std::size_t token_end) {
  bool plural = at(t_, token_start, "Amendments");
  if (other_amendment(t_, token_end)) return 0;
  // The ordinals before, nearest first: "Sixth", "Fifth,", "Fourth," ...
  struct Ordinal {
    std::size_t start, end;
    int number;
  };
  std::vector<Ordinal> found;
  std::size_t pos = token_start;
  while (found.size() < 10) {
    std::size_t s = 0;
    std::string_view w = word_before(t_, pos, s);
    if (w.empty()) break;
    std::string_view bare = w.back() == ',' ? w.substr(0, w.size() - 1) : w;
    int n = ordinal(bare);
    if (n > 0) {
      found.push_back(Ordinal{s, s + bare.size(), n});
      pos = s;
      if (!plural) break;
      continue;
    }
    if (plural && !found.empty() && (w == "and" || w == "or")) {
      pos = s;
      continue;
    }
    break;
  }
  if (found.empty()) return 0;
  for (std::size_t i = 0; i < found.size(); ++i) {
    StatuteCite cite;
    cite.start = found[i].start;
    cite.end = i == 0 ? token_end : found[i].end;
    cite.form = Form::named;
    cite.body = Body::constitution;
    cite.code = "U.S. Const.";
    cite.amendment = found[i].number;
    out_.push_back(std::move(cite));
  }
  return token_end;
}

}  // namespace lexgraph::statutes
