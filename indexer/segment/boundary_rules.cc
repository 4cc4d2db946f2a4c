#include "segment/boundary_rules.h"

#include <string>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lexgraph {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_letter(char c) { return is_upper(c) || is_lower(c); }
bool is_opening(char c) { return c == '(' || c == '[' || c == '"' || c == '\'' || c == '{'; }
bool is_closing(char c) { return c == ')' || c == ']' || c == '"' || c == '\'' || c == '}'; }

std::size_t token_begin_before(std::string_view p, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0 && !is_space(p[begin - 1])) --begin;
  return begin;
}

std::size_t skip_spaces_back(std::string_view p, std::size_t end) {
  while (end > 0 && is_space(p[end - 1])) --end;
  return end;
}

// What a token is after opening punctuation and anything up to a dash
// ("HISTORY--H.R." is "H.R.", '("U.S.' is "U.S.").
std::string_view strip_openers(std::string_view token) {
  if (std::size_t dash = token.rfind("--"); dash != std::string_view::npos) token.remove_prefix(dash + 2);
  while (!token.empty() && is_opening(token.front())) token.remove_prefix(1);
  return token;
}

// "T." — a single capital: an initial, a section letter, "S." of "S. Ct.".
bool is_initial(std::string_view t) { return t.size() == 2 && is_upper(t[0]) && t[1] == '.'; }

// "D.D.C.", "S.D.N.Y.", "U.S.C.", "S.Ct.", "Cal.App.": short dotted parts.
bool is_dotted_compact(std::string_view t) {
  if (t.size() < 4 || t.back() != '.') return false;
  int dots = 0;
  std::size_t part = 0;
  bool letter = false;
  for (char c : t) {
    if (c == '.') {
      if (part == 0 || part > 4) return false;
      ++dots;
      part = 0;
    } else if (is_letter(c) || is_digit(c) || c == '\'') {
      letter |= is_letter(c);
      ++part;
    } else {
      return false;
    }
  }
  return dots >= 2 && letter;
}

// "Wrk.", "Bd.", "Pltf.": a capital and consonants is an abbreviation
// even when the data file does not know it.
bool is_consonant_abbreviation(std::string_view t) {
  if (t.size() < 3 || t.size() > 6 || t.back() != '.' || !is_upper(t[0])) return false;
  for (std::size_t i = 1; i + 1 < t.size(); ++i) {
    if (!is_lower(t[i]) || std::string_view("aeiouy").find(t[i]) != std::string_view::npos) return false;
  }
  return true;
}

bool is_roman_numeral(std::string_view t) {
  if (t.empty() || t.size() > 6) return false;
  for (char c : t) {
    if (std::string_view("IVXLCivxlc").find(c) == std::string_view::npos) return false;
  }
  return true;
}

// "1.", "12.", "II.", "iv.", "a." opening a paragraph number a list item or a heading.
bool is_enumerator(std::string_view t) {
  if (t.size() < 2 || t.back() != '.') return false;
  std::string_view body = t.substr(0, t.size() - 1);
  bool digits = body.size() <= 3;
  for (char c : body) digits &= is_digit(c);
  return digits || is_roman_numeral(body) || (body.size() == 1 && is_letter(body[0]));
}

bool is_all_caps_word(std::string_view t) {
  int letters = 0;
  for (char c : t) {
    if (is_lower(c)) return false;
    letters += is_upper(c);
  }
  return letters >= 2;
}

std::string title_case(std::string_view t) {
  std::string s(t);
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (is_upper(s[i])) s[i] = static_cast<char>(s[i] - 'A' + 'a');
  }
  return s;
}

std::string lower_case(std::string_view t) {
  std::string s(t);
  for (char& c : s) {
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// A list item or heading number opens the paragraph ("II. ANALYSIS"), or a
// line after a finished line or after another item ("2. ...\n3. ..."). A
// number that wrapping put at a line start ("at\n106. Because") is not one.
bool opens_list_item(std::string_view p, std::size_t token_begin) {
  if (token_begin == 0) return true;
  if (p[token_begin - 1] != '\n') return false;
  std::size_t line_end = token_begin - 1;
  std::size_t line_begin = p.rfind('\n', line_end == 0 ? 0 : line_end - 1);
  line_begin = (line_begin == std::string_view::npos || line_end == 0) ? 0 : line_begin + 1;
  std::string_view previous = p.substr(line_begin, line_end - line_begin);
  while (!previous.empty() && is_space(previous.back())) previous.remove_suffix(1);
  if (previous.empty()) return true;
  if (std::string_view(".:;!?)").find(previous.back()) != std::string_view::npos) return true;
  std::size_t first_end = previous.find(' ');
  return is_enumerator(previous.substr(0, first_end));
}

}  // namespace

AbbreviationBehaviour BoundaryRules::lookup(std::string_view token) const {
  AbbreviationBehaviour b = table_.behaviour(token);
  if (b != AbbreviationBehaviour::unknown || !is_all_caps_word(token)) return b;
  // Captions are set in capitals: "INC.", "CORP.", "NO.", "ET AL."
  b = table_.behaviour(title_case(token));
  if (b != AbbreviationBehaviour::unknown) return b;
  // "ET AL." is "al.", but "CA." is California, not "ca." (circa): the
  // lower-case entries that never end a sentence are not caption words.
  b = table_.behaviour(lower_case(token));
  return b == AbbreviationBehaviour::continues ? AbbreviationBehaviour::unknown : b;
}

AbbreviationBehaviour BoundaryRules::classify_previous(std::string_view p, std::size_t token_begin,
                                                       std::string_view token) const {
  AbbreviationBehaviour b = lookup(token);
  if (b != AbbreviationBehaviour::unknown) return b;
  if (is_enumerator(token) && opens_list_item(p, token_begin)) return AbbreviationBehaviour::continues;
  if (is_initial(token)) {
    // "Exhibit A." is a label that can end a sentence; "Harry T." cannot.
    std::size_t before_end = skip_spaces_back(p, token_begin);
    std::string_view before = p.substr(token_begin_before(p, before_end),
                                       before_end - token_begin_before(p, before_end));
    while (!before.empty() && (before.back() == ',' || is_closing(before.back()))) before.remove_suffix(1);
    return table_.is_label_word(strip_openers(before)) ? AbbreviationBehaviour::may_end
                                                       : AbbreviationBehaviour::continues;
  }
  if (is_dotted_compact(token) || is_consonant_abbreviation(token)) return AbbreviationBehaviour::rarely_ends;
  return AbbreviationBehaviour::unknown;
}

BoundaryRules::NextWord BoundaryRules::classify_next(std::string_view p, std::size_t start) const {
  std::size_t end = start;
  while (end < p.size() && !is_space(p[end])) ++end;
  std::string_view token = p.substr(start, end - start);
  if (token.empty()) return NextWord::other;
  if (token.front() == '(' || token.front() == '[') return NextWord::bracket;
  while (!token.empty() && (token.front() == '"' || token.front() == '\'')) token.remove_prefix(1);
  if (token.empty()) return NextWord::other;
  if (is_digit(token.front())) return NextWord::digit;
  if (token.substr(0, 2) == "\xC2\xA7" || token.substr(0, 2) == "\xC2\xB6") return NextWord::section;
  std::size_t i = 0;
  UChar32 c;
  U8_NEXT(token.data(), i, token.size(), c);
  if (c < 0) return NextWord::other;
  if (u_islower(c)) return NextWord::lower;
  if (!u_isupper(c) && !u_istitle(c)) return NextWord::other;

  std::string_view word = token;
  while (!word.empty() && (word.back() == ',' || word.back() == ';' || word.back() == ':' ||
                           is_closing(word.back()))) {
    word.remove_suffix(1);
  }
  if (table_.is_sentence_opener(word)) return NextWord::opener;
  if (is_all_caps_word(word) && table_.is_sentence_opener(title_case(word))) return NextWord::opener;
  if (lookup(word) != AbbreviationBehaviour::unknown || is_initial(word) || is_dotted_compact(word) ||
      is_consonant_abbreviation(word) || table_.is_citation_word(word)) {
    return NextWord::abbreviation;
  }
  return NextWord::capitalised;
}

bool BoundaryRules::keep_after_abbreviation(AbbreviationBehaviour behaviour, NextWord next) const {
  switch (behaviour) {
    case AbbreviationBehaviour::unknown:
      return true;
    case AbbreviationBehaviour::continues:
      return false;
    case AbbreviationBehaviour::rarely_ends:
      return next == NextWord::opener;
    case AbbreviationBehaviour::may_end:
      return next == NextWord::opener || next == NextWord::capitalised;
  }
  return true;
}

namespace {

// "The Supreme Court of Georgia affirmed. 179 Ga. 431; 176 S.E. 487.": a
// citation standing after a sentence is that sentence's authority, not a
// sentence of its own: volume, a reporter with a period ("Ga.", "U.S.",
// "S. Ct.", "F.2d"), then a page.
bool opens_with_reporter_citation(std::string_view p, std::size_t at) {
  std::size_t i = at;
  while (i < p.size() && i - at < 4 && is_digit(p[i])) ++i;
  if (i == at || i - at > 3 || i >= p.size() || p[i] != ' ') return false;
  ++i;
  if (i >= p.size() || !is_upper(p[i])) return false;
  bool dotted = false;
  for (int tokens = 0; tokens < 4 && i < p.size(); ++tokens) {
    const std::size_t begin = i;
    while (i < p.size() && !is_space(p[i])) ++i;
    const std::string_view token = p.substr(begin, i - begin);
    if (i >= p.size() || p[i] != ' ') return false;
    ++i;
    if (token.find('.') != std::string_view::npos) dotted = true;
    if (!dotted) return false;
    if (i < p.size() && is_digit(p[i])) return true;
  }
  return false;
}

}  // namespace

std::size_t BoundaryRules::review(std::string_view p, std::size_t boundary) const {
  std::size_t end = skip_spaces_back(p, boundary);
  // After a sentence's last word ("affirmed."), not after another citation
  // ("128 Stat. 1193. 82 Fed. Reg. 1234": each its own).
  if (end >= 2 && p[end - 1] == '.' && is_lower(p[end - 2]) && opens_with_reporter_citation(p, boundary)) {
    return kNoBreak;
  }
  if (end > 0 && (p[end - 1] == '[' || p[end - 1] == '(')) {
    // ICU counts an opening bracket as closing punctuation of the sentence
    // before it. A footnote reference "[6]" stays with that sentence; any
    // other bracket opens the next one.
    const char closer = p[end - 1] == '[' ? ']' : ')';
    std::size_t i = boundary;
    while (i < p.size() && i - boundary < 4 && is_digit(p[i])) ++i;
    if (i > boundary && i < p.size() && p[i] == closer) {
      ++i;
      while (i < p.size() && is_space(p[i])) ++i;
      return i < p.size() ? i : kNoBreak;
    }
    boundary = end - 1;
    end = skip_spaces_back(p, boundary);
    if (end == 0) return kNoBreak;
  }

  const std::size_t begin = token_begin_before(p, end);
  std::string_view token = p.substr(begin, end - begin);
  if (token.empty()) return boundary;
  // An editor's alteration in a quotation: "preclude [Mr.] Drew".
  if (token.size() > 2 && token.back() == ']' && token[token.size() - 2] == '.' &&
      token.find('[') != std::string_view::npos) {
    token.remove_suffix(1);
  }
  if (token.back() == '.') {
    AbbreviationBehaviour behaviour = classify_previous(p, begin, strip_openers(token));
    if (behaviour == AbbreviationBehaviour::unknown) return boundary;
    return keep_after_abbreviation(behaviour, classify_next(p, boundary)) ? boundary : kNoBreak;
  }
  // A question or exclamation inside a sentence: 'He said "Stop!" and left.'
  while (!token.empty() && is_closing(token.back())) token.remove_suffix(1);
  if (!token.empty() && (token.back() == '?' || token.back() == '!') &&
      classify_next(p, boundary) == NextWord::lower) {
    return kNoBreak;
  }
  return boundary;
}

void BoundaryRules::add_missed_breaks(std::string_view p, std::vector<std::size_t>& starts) const {
  for (std::size_t dot = p.find('.', 1); dot != std::string_view::npos; dot = p.find('.', dot + 1)) {
    char before = p[dot - 1];
    if (!is_letter(before) && before != ')' && before != '"' && before != '\'') continue;
    std::size_t i = dot + 1;
    while (i < p.size() && is_digit(p[i]) && i - dot <= 3) ++i;
    if (i == dot + 1 || i - dot > 4 || i >= p.size() || !is_space(p[i])) continue;
    while (i < p.size() && is_space(p[i])) ++i;
    if (i >= p.size()) continue;
    NextWord next = classify_next(p, i);
    if (next != NextWord::opener && next != NextWord::capitalised) continue;
    std::size_t begin = token_begin_before(p, dot);
    std::string_view token = strip_openers(p.substr(begin, dot + 1 - begin));
    if (classify_previous(p, begin, token) != AbbreviationBehaviour::unknown) continue;
    starts.push_back(i);
  }
}

}  // namespace lexgraph
