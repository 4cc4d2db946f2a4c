// A State's session laws, cited by year and chapter: "chapter 284, Laws of
// 1897", "chapter 284 of the Laws of 1897", "Laws 1897, ch. 284", "Laws of
// New York, 1897, c. 284", "Acts 1922, c. 1". Older opinions cite a state
// statute this way, before (or instead of) its place in a code; the act
// that imposed the tax or created the board is what a reader asks about.
// Both the year and the chapter must be there: "the Laws of 1897" alone
// names a volume, not a statute.

#include "extract/statutes/statute_scanner.h"

namespace lexgraph::statutes {

namespace {

bool is_chapter_word(std::string_view w) {
  return w == "chapter" || w == "Chapter" || w == "ch." || w == "Ch." || w == "c." || w == "chap." || w == "Chap.";
}

// A chapter number as written: digits, maybe a letter ("93A"), without a
// closing comma or period.
std::string_view chapter_number(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
  if (w.empty() || w.size() > 5 || !is_digit(w.front())) return {};
  for (char c : w)
    if (!is_alnum(c)) return {};
  return w;
}

// A session's year, 1700-2099, without a closing comma.
std::string_view session_year(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
  if (w.size() != 4 || !(w.starts_with("17") || w.starts_with("18") || w.starts_with("19") || w.starts_with("20")))
    return {};
  for (char c : w)
    if (!is_digit(c)) return {};
  return w;
}

}  // namespace

// [token_start, token_end) is "Laws" or "Acts".
std::size_t StatuteScanner::session_law(std::size_t token_start, std::size_t token_end) {
  std::size_t start = token_start;
  std::string chapter;
  // Before: "chapter 284, Laws", "chapter 284 of the Laws", "c. 284, Laws".
  {
    std::size_t s = 0;
    std::size_t p = token_start;
    std::string_view w = word_before(t_, p, s);
    if (w == "the") w = word_before(t_, p = s, s);
    if (w == "of") w = word_before(t_, p = s, s);
    std::string_view number = chapter_number(w);
    const bool comma_or_of = !w.empty() && (w.back() == ',' || t_.substr(s + w.size()).starts_with(" of"));
    std::size_t number_start = s;
    if (!number.empty() && comma_or_of) {
      std::string_view marker = word_before(t_, number_start, s);
      if (is_chapter_word(marker)) {
        chapter = std::string(number);
        start = s;
      }
    }
  }
  // After: " of New York, 1897", " 1897", " of 1897"; then ", ch. 284" when
  // the chapter did not come first.
  std::size_t p = token_end;
  std::size_t s = 0;
  std::string_view w = word_after(t_, p, s);
  if (w == "of") {
    p = s + w.size();
    w = word_after(t_, p, s);
    // A State's name of up to three capitalised words, closed by a comma.
    for (int n = 0; n < 3 && !w.empty() && is_upper(w.front()) && session_year(w).empty(); ++n) {
      const bool closes = w.back() == ',';
      p = s + w.size();
      w = word_after(t_, p, s);
      if (closes) break;
    }
  }
  std::string_view year = session_year(w);
  if (year.empty()) return 0;
  std::size_t end = s + year.size();
  if (chapter.empty()) {
    if (w.back() != ',') return 0;
    std::string_view marker = word_after(t_, s + w.size(), s);
    if (!is_chapter_word(marker)) return 0;
    std::string_view number = word_after(t_, s + marker.size(), s);
    std::string_view n = chapter_number(number);
    if (n.empty()) return 0;
    chapter = std::string(n);
    end = s + n.size();
  }
  StatuteCite c;
  c.start = start;
  c.end = end;
  c.form = Form::full;
  c.body = Body::session_law;
  c.code = std::string(t_.substr(token_start, token_end - token_start));
  c.title = std::string(year);
  c.section = chapter;
  out_.push_back(std::move(c));
  return end;
}

}  // namespace lexgraph::statutes
