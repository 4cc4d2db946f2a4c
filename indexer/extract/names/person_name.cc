#include "extract/names/person_name.h"

#include "extract/names/name_lists.h"

namespace lexgraph::names {

bool is_suffix_word(std::string_view w) {
  return w == "Jr" || w == "Sr" || w == "JR" || w == "SR" || w == "II" || w == "III" || w == "IV";
}

namespace {

// A word that can be (part of) a name: capitalised, not a stopword, no digits.
bool is_name_word(const NameScan& scan, std::size_t i, const NameLists& lists) {
  std::string_view w = scan.word(i);
  if (!is_capitalized(w) || w.size() < 2 || is_suffix_word(w)) return false;
  for (char c : w)
    if (is_digit(c)) return false;
  return !lists.is_stopword(w);
}

bool is_space_gap(std::string_view gap) { return gap == " " || gap == "\n"; }

bool is_place_head(std::string_view w) {
  for (std::string_view h : {"Courthouse", "COURTHOUSE", "Building", "BUILDING", "Plaza", "Airport", "Library", "Center",
                             "CENTER"})
    if (w == h) return true;
  return false;
}
bool is_initial_gap(std::string_view gap) { return gap == ". " || gap == ".\n" || gap == "."; }
bool is_joiner_gap(std::string_view gap) { return gap == "-" || gap == "'"; }

}  // namespace

bool is_initial(const NameScan& scan, std::size_t i) {
  std::string_view w = scan.word(i);
  return w.size() == 1 && is_ascii_upper(w[0]) && scan.words[i].end < scan.text.size() &&
         scan.text[scan.words[i].end] == '.';
}

NameSpan read_name_forward(const NameScan& scan, std::size_t first, std::size_t max_parts) {
  const NameLists& lists = NameLists::instance();
  NameSpan name;
  std::size_t i = first;
  std::size_t parts = 0;
  bool last_was_initial = false;
  std::size_t end_word = first;
  std::size_t counted_words = 0;
  int case_style = 0;  // 1 mixed case, 2 all capitals
  while (i < scan.words.size() && parts < max_parts) {
    if (i > first) {
      std::string_view gap = scan.gap_before(i);
      if (!(is_space_gap(gap) || (last_was_initial && is_initial_gap(gap)))) break;
    }
    if (is_initial(scan, i)) {
      if (parts == 0) name.starts_with_initial = true;
      last_was_initial = true;
      ++parts;
      ++i;
      end_word = i;
      continue;
    }
    std::string_view w = scan.word(i);
    bool apostrophe_name = w.size() == 1 && is_ascii_upper(w[0]) && i + 1 < scan.words.size() &&
                           scan.gap_before(i + 1) == "'" && is_capitalized(scan.word(i + 1));
    if (counted_words > 0 && is_place_head(w)) return {};
    if (!apostrophe_name && !is_name_word(scan, i, lists)) break;
    // Two letterhead columns run together once spaces are squeezed: "ROBERT A.
    // KATZMANN CATHERINE O'HAGAN WOLFE". A given name after a surname, with
    // more name to follow, starts the next person.
    if (counted_words >= 2 && !last_was_initial && lists.is_given_name(w) && !lists.is_given_name(scan.word(i - 1)) &&
        i + 1 < scan.words.size() && is_space_gap(scan.gap_before(i + 1)) && is_capitalized(scan.word(i + 1)))
      break;
    // One style per name: "Temistocles\nSELYA" joins a running header, not a name.
    int style = is_all_caps(w) ? 2 : 1;
    if (apostrophe_name) style = is_all_caps(scan.word(i + 1)) ? 2 : 1;
    if (case_style != 0 && style != case_style) break;
    case_style = style;
    // Join "Kollar-Kotelly", "O'Connor".
    std::size_t j = i + 1;
    while (j < scan.words.size() && is_joiner_gap(scan.gap_before(j)) && is_capitalized(scan.word(j)) &&
           !(scan.gap_before(j) == "'" && scan.word(j).size() == 1))  // "WHITE'S" is a possessive
      ++j;
    // "O'Connor": "O" is one letter, so it is checked as a joined piece above.
    last_was_initial = false;
    ++parts;
    ++counted_words;
    i = j;
    end_word = i;
  }
  if (counted_words == 0) return {};
  // "Thurgood Marshall U.S. Courthouse", "Lyndon B. Johnson Space Center": a
  // place named after a person is no person.
  {
    std::size_t k = end_word;
    while (k < scan.words.size() && k < end_word + 3 && is_initial(scan, k)) ++k;
    if (k < scan.words.size() && (is_space_gap(scan.gap_before(k)) || (k > end_word && is_initial_gap(scan.gap_before(k)))) &&
        is_place_head(scan.word(k)))
      return {};
  }
  // A name does not end with an initial.
  while (end_word > first && is_initial(scan, end_word - 1)) --end_word;
  // Suffix: "Theodore H. Goguen, Jr."
  if (end_word < scan.words.size() && is_suffix_word(scan.word(end_word))) {
    std::string_view gap = scan.gap_before(end_word);
    if (gap == " " || gap == ", ") ++end_word;
  }
  name.first_word = first;
  name.end_word = end_word;
  name.start = scan.words[first].start;
  name.end = scan.words[end_word - 1].end;
  if (is_suffix_word(scan.word(end_word - 1)) && name.end < scan.text.size() &&
      scan.text[name.end] == '.')
    ++name.end;
  // "Nelson Cortés-Castillo1 experienced": a footnote's number set on the
  // last piece of a hyphenated name is no part of it. (A word with digits
  // is no name word by itself, so only a joined piece can carry one.)
  {
    const std::string_view last = scan.word(end_word - 1);
    std::size_t digits = 0;
    while (digits < last.size() && digits < 3 && is_digit(last[last.size() - 1 - digits])) ++digits;
    if (digits > 0 && digits < 3 && last.size() > digits + 2 && is_ascii_lower(last[last.size() - 1 - digits]) &&
        name.end == scan.words[end_word - 1].end)
      name.end -= digits;
  }
  name.name_words = counted_words;
  return name;
}

NameSpan read_name_backward(const NameScan& scan, std::size_t last, std::size_t max_parts) {
  const NameLists& lists = NameLists::instance();
  std::size_t end_word = last + 1;
  std::size_t i = last;
  // Suffix at the end: "GOGUEN, JR."
  if (is_suffix_word(scan.word(i)) && i > 0) {
    std::string_view gap = scan.gap_before(i);
    if (gap != " " && gap != ", ") return {};
    --i;
  }
  std::size_t first = i + 1;
  std::size_t parts = 0;
  std::size_t counted_words = 0;
  int case_style = 0;  // 1 mixed case, 2 all capitals
  while (parts < max_parts) {
    // One part ends at word i: walk left over joiners.
    std::size_t part_start = i;
    if (is_initial(scan, i)) {
      if (parts == 0) break;  // a name does not end with an initial
    } else {
      if (scan.word(i).size() == 1 && scan.gap_before(i) == "'") break;  // "WHITE'S"
      while (part_start > 0 && is_joiner_gap(scan.gap_before(part_start)) &&
             is_capitalized(scan.word(part_start - 1)))
        --part_start;
      if (!is_name_word(scan, part_start, lists) && !(part_start < i && scan.word(part_start).size() == 1))
        break;
      if (!is_name_word(scan, i, lists)) break;
      int style = is_all_caps(scan.word(i)) ? 2 : 1;
      if (case_style != 0 && style != case_style) break;
      case_style = style;
      ++counted_words;
    }
    first = part_start;
    ++parts;
    if (part_start == 0) break;
    std::string_view gap = scan.gap_before(part_start);
    bool left_is_initial = is_initial(scan, part_start - 1);
    if (!(is_space_gap(gap) || (left_is_initial && is_initial_gap(gap)))) break;
    i = part_start - 1;
  }
  if (counted_words == 0) return {};
  // Leading initials are fine ("J. Michelle Childs"); a leading lone letter
  // without a period is not a name part.
  NameSpan name;
  name.first_word = first;
  name.end_word = end_word;
  name.start = scan.words[first].start;
  name.end = scan.words[end_word - 1].end;
  if (is_suffix_word(scan.word(end_word - 1)) && name.end < scan.text.size() &&
      scan.text[name.end] == '.')
    ++name.end;
  name.name_words = counted_words;
  name.starts_with_initial = is_initial(scan, first);
  return name;
}

std::string name_display(const NameScan& scan, const NameSpan& name) {
  return title_case_name(squeeze_spaces(scan.text.substr(name.start, name.end - name.start)));
}

std::string surname_of(std::string_view display_name) {
  std::string_view best;
  std::size_t i = 0;
  while (i < display_name.size()) {
    while (i < display_name.size() && display_name[i] == ' ') ++i;
    std::size_t start = i;
    while (i < display_name.size() && display_name[i] != ' ') ++i;
    std::string_view piece = display_name.substr(start, i - start);
    while (!piece.empty() && (piece.back() == ',' || piece.back() == '.')) piece.remove_suffix(1);
    if (piece.empty() || is_suffix_word(piece) || piece.size() == 1) continue;
    best = piece;
  }
  return std::string(best);
}

bool looks_like_full_name(const NameScan& scan, const NameSpan& name) {
  if (name.starts_with_initial) return name.name_words >= 1;
  if (name.name_words < 2) return false;
  return NameLists::instance().is_given_name(scan.word(name.first_word));
}

}  // namespace lexgraph::names
