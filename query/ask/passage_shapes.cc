#include "ask/passage_shapes.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <vector>

#include "ask/question_tables.h"
#include "ask/text_match.h"
#include "extract/names/name_lists.h"

namespace lexgraph::ask {

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// A line "Key: value" or a short capitalized "Key" line followed by its
// value on the next (docket party blocks: "Trustee\nLOTHAR GOERNITZ"):
// the key and where the value starts; nullopt for ordinary prose.
std::optional<std::pair<std::string_view, std::size_t>> key_value_line(std::string_view s) {
  const std::size_t line_end = std::min(s.find('\n'), s.size());
  // A docket entry opens with its date and number ("10/14/2015 13
  // STIPULATION AND ORDER OF DISCONTINUANCE: This action ..."): the key follows.
  std::size_t begin = 0;
  {
    std::size_t i = 0, slashes = 0;
    while (i < line_end && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '/')) slashes += s[i++] == '/';
    if (slashes == 2 && i < line_end && s[i] == ' ') {
      std::size_t j = i + 1;
      while (j < line_end && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      begin = j > i + 1 && j < line_end && s[j] == ' ' ? j + 1 : i + 1;
    }
  }
  const std::string_view first = s.substr(begin, line_end - begin);
  const std::size_t colon = first.find(':');
  auto words_in = [](std::string_view key) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < key.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(key[i]);
      if (!(std::isalpha(c) || c == ' ' || c == '.' || c == '/' || c == '\'' || c == '-')) return std::size_t{99};
      if (std::isalpha(c) && (i == 0 || key[i - 1] == ' ')) ++n;
    }
    return n;
  };
  auto value_start = [&](std::size_t from) {
    while (from < s.size() && (s[from] == ' ' || s[from] == '\n' || s[from] == '\t')) ++from;
    return from;
  };
  if (colon != std::string_view::npos && colon > 0) {
    const std::string_view key = first.substr(0, colon);
    const std::size_t n = words_in(key);
    const std::size_t from = value_start(begin + colon + 1);
    if (n >= 1 && n <= 5 && from < s.size() && is_upper_ascii(key[0])) return std::make_pair(key, from);
    return std::nullopt;
  }
  if (line_end < s.size() && !first.empty() && is_upper_ascii(first[0])) {
    const std::size_t n = words_in(first);
    const std::size_t from = value_start(line_end);
    if (n >= 1 && n <= 3 && from < s.size()) return std::make_pair(first, from);
  }
  return std::nullopt;
}

// A few short lines, not prose: a signature block, a caption, a docket's party.
bool is_short_block(std::string_view s) {
  if (s.find('\n') == std::string_view::npos) return false;
  std::size_t lines = 0, from = 0;
  while (from <= s.size()) {
    std::size_t to = std::min(s.find('\n', from), s.size());
    if (to - from > 45) return false;
    ++lines;
    if (to == s.size()) break;
    from = to + 1;
  }
  return lines <= 3;
}

// Where a person's name, given in full ("Gloria Theresa Bediamol") or in
// the question's shorter form ("Gloria Bediamol"), occurs in `s`: the
// surname, with the given name shortly before it. [start, end) or nullopt.
std::optional<Span> find_name_loosely(std::string_view s, std::string_view name) {
  std::vector<Word> parts = words_of(name);
  if (parts.size() < 2) return std::nullopt;
  const std::string_view given = name.substr(parts.front().start, parts.front().end - parts.front().start);
  const std::string_view surname = name.substr(parts.back().start, parts.back().end - parts.back().start);
  if (given.size() < 3 || surname.size() < 4) return std::nullopt;
  for (std::size_t at = find_word(s, surname, 0, true); at != std::string_view::npos;
       at = find_word(s, surname, at + 1, true)) {
    const std::size_t from = at > 40 ? at - 40 : 0;
    std::size_t g = find_word(s.substr(from, at - from), given, 0, true);
    if (g != std::string_view::npos) return std::make_pair(from + g, at + surname.size());
  }
  return std::nullopt;
}

namespace {

// Where the unit of a title [start, end) ends when ", Unit" follows it:
// a capitalized phrase of at most six words, ending the clause, that names
// an organizational unit ("Bridge Section", "Office of Policy") or follows
// a one-word title ("Chief, Highway Division"). nullopt otherwise.
std::optional<std::size_t> unit_after_title(std::string_view s, std::size_t start, std::size_t end) {
  if (end + 2 >= s.size() || s[end] != ',' || s[end + 1] != ' ' || !is_upper_ascii(s[end + 2])) return std::nullopt;
  const bool one_word_title = s.substr(start, end - start).find(' ') == std::string_view::npos;
  std::size_t i = end + 2, last = i, words = 0;
  bool names_unit = false;
  while (i < s.size() && words < 6) {
    std::size_t j = i;
    while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
    if (j == i) break;
    const std::string lower = to_lower(s.substr(i, j - i));
    const bool joiner = one_of(lower, {"of", "the", "for", "and"});
    if (!joiner && !is_upper_ascii(s[i])) return std::nullopt;  // prose goes on: not a unit
    if (one_of(lower, {"section", "division", "branch", "office", "bureau", "department", "unit", "service", "agency",
                       "administration", "program", "center", "command", "region", "board", "committee", "commission"})) {
      names_unit = true;
    }
    ++words;
    if (!joiner) last = j;
    if (j >= s.size() || s[j] != ' ') {
      i = j;
      break;
    }
    i = j + 1;
  }
  // The unit ends the clause: a line, a sentence, a parenthesis or another comma.
  if (i < s.size() && !one_of(std::string_view(&s[i], 1), {",", ".", ";", "\n", ")"})) return std::nullopt;
  if (!names_unit && !one_word_title) return std::nullopt;
  return last;
}

}  // namespace

// The capitalized phrase right after a name, set off by a comma, a line
// break or a dash: "Clerk of Court" in "Catherine O'Hagan Wolfe, Clerk of
// Court", "Law Enforcement Assistant" in "Renee Parisien--the Law
// Enforcement Assistant who processed ..." (an article may open it).
namespace {

// A determiner ends an order's phrase on the left ("the", "its", "which")
// and stands before a capacity ("as the guardian").
bool is_determiner(std::string_view lower) {
  return one_of(lower, {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "any", "which"});
}

// "Roberts, Jr.": the suffix is part of the name, not a title after it.
std::size_t past_name_suffix(std::string_view s, std::size_t name_end) {
  std::size_t i = name_end;
  while (i < s.size() && (s[i] == ',' || s[i] == ' ')) ++i;
  for (std::string_view suffix : {"Jr.", "Sr.", "III", "II", "IV"}) {
    if (s.substr(i, suffix.size()) != suffix) continue;
    const std::size_t end = i + suffix.size();
    if (end < s.size() && std::isalnum(static_cast<unsigned char>(s[end]))) continue;
    return end;
  }
  return name_end;
}

// How far past a name its set-off capacity may run ("by invitation of the Court, as amicus curiae,").
constexpr std::size_t kMaxCapacityReach = 80;

// "John G. Roberts, Jr., by invitation of the Court, as amicus curiae,
// argued": the capacity a name is set off with, "as" and a few lower-case
// words up to the comma closing it, within a short run of set-off phrases.
std::optional<Span> capacity_after_name_set_off(std::string_view s, std::size_t name_end) {
  if (name_end >= s.size() || s[name_end] != ',') return std::nullopt;
  const std::vector<Word> words = words_of(s.substr(name_end, kMaxCapacityReach));
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    if (words[k].lower != "as") continue;
    const std::string_view before = s.substr(name_end, words[k].start);
    if (!before.ends_with(", ")) return std::nullopt;  // "as" opens a set-off phrase
    std::size_t last = k;
    while (last + 1 < words.size() && last - k < 5 && !words[last + 1].capitalized) {
      ++last;
      const std::size_t after = name_end + words[last].end;
      if (after < s.size() && (s[after] == ',' || s[after] == ';')) {
        return std::make_pair(name_end + words[k + 1].start, after);
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// "Dr. Navaras, a prison psychiatrist--", "Lopes, the unit's supervisor,":
// a role in lower case after a name, its article and the comma or dash
// setting it off, from `start` (past the article) to the mark closing the
// apposition; at most eight words, none opening a clause, the first in
// lower case ("Santiago, a fellow PREPA employee,").
std::optional<Span> described_role(std::string_view s, std::size_t start) {
  constexpr std::size_t kMaxWords = 8;
  const std::vector<Word> words = words_of(s.substr(start, 120));
  // "Celestin, an account manager at Fleet's South Shore Plaza branch,":
  // past the limit, the role noun a preposition follows ends the role.
  std::optional<Span> role_noun_before_preposition;
  const auto& lists = names::NameLists::instance();
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k >= kMaxWords) return role_noun_before_preposition;
    const Word& w = words[k];
    if (one_of(w.lower, {"who", "whom", "whose", "which", "that", "and", "or", "but", "was", "is", "had", "has",
                         "were", "are", "would", "will"}))
      return std::nullopt;
    if (w.capitalized && k == 0) return std::nullopt;
    const std::size_t after = start + w.end;
    const bool closed = after >= s.size() || s[after] == ',' || s[after] == ';' || s[after] == ')' ||
                        s.substr(after, 2) == "--" || (s[after] == '.' && after + 1 >= s.size());
    if (closed) {
      if (one_of(w.lower, {"of", "the", "a", "an", "for", "to", "in"})) return std::nullopt;
      return std::make_pair(start, after);
    }
    if (!role_noun_before_preposition && k + 1 < words.size() && !w.capitalized &&
        one_of(words[k + 1].lower, {"at", "of", "for", "with", "in"}) && lists.is_role_noun(w.lower)) {
      role_noun_before_preposition = std::make_pair(start, after);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Span> role_by_copula(std::string_view s, std::size_t name_end) {
  name_end = past_name_suffix(s, name_end);
  std::size_t i = name_end;
  bool linked = false;
  // "Appellant was employed by DMA as a Marine Information Specialist": the
  // employer between, up to "as" within the clause.
  for (std::string_view link : {" was employed ", " is employed ", " was hired ", " worked "}) {
    if (s.substr(i, link.size()) != link) continue;
    constexpr std::size_t kEmployerReach = 60;
    const std::string_view clause = s.substr(i, kEmployerReach);
    const std::size_t as = clause.find(" as ");
    if (as == std::string_view::npos || clause.substr(0, as).find_first_of(".;:") != std::string_view::npos) break;
    i += as + 4;
    linked = true;
    break;
  }
  for (std::string_view link : {" was then ", " was ", " is ", " had been ", " has been ", " became ", " served as ",
                                ", then ", ", at the time "}) {
    if (!linked && s.substr(i, link.size()) == link) {
      i += link.size();
      linked = true;
      break;
    }
  }
  if (!linked) return std::nullopt;
  for (std::string_view article : {"the ", "a ", "an ", "its ", "their "}) {
    if (s.substr(i, article.size()) == article) {
      i += article.size();
      break;
    }
  }
  if (i >= s.size()) return std::nullopt;
  const std::size_t start = i;
  // A line break inside the phrase is a space ("Credit\nUnion"); a blank line ends it.
  auto space = [&](std::size_t at) { return s[at] == ' ' || (s[at] == '\n' && s.substr(at, 2) != "\n\n"); };
  auto stop = [](char c) { return c == ',' || c == ';' || c == '.' || c == '(' || c == ')' || c == '\n' || c == ':'; };
  auto word_end = [&](std::size_t from) {
    while (from < s.size() && !space(from) && !stop(s[from])) ++from;
    return from;
  };
  if (is_upper_ascii(s[i])) {
    // A title as written: capitalised words and their joiners ("Manager/CEO
    // of the Credit Union"), up to ten words; a role noun in lower case
    // after them ends it ("served as Federation president", "Union
    // treasurer").
    std::size_t last_content_end = i, previous_end = i;
    const auto& lists = names::NameLists::instance();
    for (std::size_t words = 0; i < s.size() && words < 10;) {
      if (space(i)) {
        ++i;
        continue;
      }
      if (stop(s[i])) break;
      const std::size_t j = word_end(i);
      const std::string lower = to_lower(s.substr(i, j - i));
      const bool joiner = one_of(lower, {"of", "the", "for", "to", "de"});
      if (!joiner && !is_upper_ascii(s[i])) {
        // "vice-president": the noun after the last hyphen.
        const std::size_t hyphen = lower.rfind('-');
        const std::string_view noun = hyphen == std::string::npos ? std::string_view(lower)
                                                                  : std::string_view(lower).substr(hyphen + 1);
        if (last_content_end > start && last_content_end == previous_end && lists.is_role_noun(noun))
          last_content_end = j;
        break;
      }
      ++words;
      if (!joiner) last_content_end = j;
      previous_end = j;
      i = j;
    }
    // "He was Mr. Smith": a name, not a title; the caller tells names apart.
    if (last_content_end <= start) return std::nullopt;
    return std::make_pair(start, last_content_end);
  }
  // Lower case: a role or status noun ends the phrase within three words.
  const auto& lists = names::NameLists::instance();
  for (std::size_t words = 0; i < s.size() && words < 3; ++words) {
    const std::size_t j = word_end(i);
    if (j == i) break;
    const std::string lower = to_lower(s.substr(i, j - i));
    if (lists.is_role_noun(lower) || in_lexicon("status", lower)) return std::make_pair(start, j);
    if (j >= s.size() || !space(j)) break;
    i = j + 1;
  }
  return std::nullopt;
}

std::optional<Span> later_role_of_subject(std::string_view s, std::size_t from) {
  // The predicate joined by "and" keeps the subject; a new clause (";", ":")
  // may not, so the joiner must come before one.
  constexpr std::size_t kReach = 120;
  const std::string_view rest = s.substr(std::min(from, s.size()), kReach);
  const std::size_t clause_end = rest.find_first_of(";:");
  // Each joiner and the link role_by_copula reads from, which ends it.
  constexpr std::pair<std::string_view, std::string_view> kJoiners[] = {
      {" and has served as ", " served as "}, {" and has since served as ", " served as "},
      {" and later served as ", " served as "},
      {" and then served as ", " served as "}, {" and later became ", " became "},
      {" and then became ", " became "}};
  for (const auto& [joiner, link] : kJoiners) {
    const std::size_t at = rest.find(joiner);
    if (at == std::string_view::npos || at > clause_end) continue;
    if (auto span = role_by_copula(s, from + at + joiner.size() - link.size())) return span;
  }
  return std::nullopt;
}

std::optional<Span> role_after_name(std::string_view s, std::size_t name_end) {
  name_end = past_name_suffix(s, name_end);
  if (auto capacity = capacity_after_name_set_off(s, name_end)) return capacity;
  std::size_t i = name_end;
  bool set_off = false;
  while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\n' || s[i] == '-')) {
    if (s[i] == ',' || s[i] == '\n' || s.substr(i, 2) == "--") set_off = true;
    ++i;
  }
  bool article_read = false;
  for (std::string_view article : {"the", "a", "an"}) {
    const std::size_t after = i + article.size();
    if (set_off && s.substr(i, article.size()) == article && after < s.size() && (s[after] == ' ' || s[after] == '\n')) {
      i = after;
      while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
      article_read = true;
      break;
    }
  }
  if (set_off && article_read && i < s.size() && std::islower(static_cast<unsigned char>(s[i])))
    return described_role(s, i);
  if (!set_off || i >= s.size() || !is_upper_ascii(s[i])) return std::nullopt;
  const std::size_t start = i;
  std::size_t end = i, words = 0, last_content_end = i;
  auto stop = [](char c) { return c == ',' || c == ';' || c == '.' || c == '(' || c == ')' || c == '\n' || c == ':'; };
  while (i < s.size() && words < 10) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    if (stop(s[i])) break;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && !stop(s[j])) ++j;
    const std::string lower = to_lower(s.substr(i, j - i));
    const bool joiner = one_of(lower, {"of", "the", "for", "and", "to", "de"});
    if (!joiner && !is_upper_ascii(s[i])) break;
    ++words;
    end = j;
    if (!joiner) last_content_end = j;
    i = j;
  }
  end = last_content_end;
  if (end <= start) return std::nullopt;
  // "Tomie Hill, CEVA's training and safety manager, confirmed": a
  // possessive employer, then the title in lower case up to the comma that
  // closes the apposition (and no further than six words).
  const std::string_view run = s.substr(start, end - start);
  if (run.ends_with("'s") && run.find(' ') == std::string_view::npos) {
    std::size_t k = end, taken = 0, title_end = end;
    while (k < s.size() && taken < 6) {
      while (k < s.size() && s[k] == ' ') ++k;
      if (k >= s.size() || stop(s[k])) break;
      std::size_t j = k;
      while (j < s.size() && s[j] != ' ' && !stop(s[j])) ++j;
      if (!std::islower(static_cast<unsigned char>(s[k]))) break;
      title_end = j;
      ++taken;
      k = j;
    }
    const bool closed = k >= s.size() || s[k] == ',' || s[k] == ';' || s[k] == '.' || s[k] == ')';
    if (taken > 0 && closed) return std::make_pair(start, title_end);
    return std::nullopt;  // a possessive alone is no title
  }
  // "Chief, Bridge Section", "Deputy Director, Office of Policy": a title
  // whose unit follows after a comma is one role with it.
  if (auto unit = unit_after_title(s, start, end)) end = *unit;
  return std::make_pair(start, end);
}

std::optional<Span> title_after_office_noun(std::string_view s) {
  constexpr std::size_t kMaxWords = 8;
  const std::vector<Word> words = words_of(s);
  for (std::size_t k = 0; k + 2 < words.size(); ++k) {
    if (!one_of(words[k].lower, {"position", "post", "rank", "title", "grade", "office"}) || words[k].capitalized ||
        words[k + 1].lower != "of")
      continue;
    std::size_t first = k + 2;
    if (words[first].lower == "the" && first + 1 < words.size()) ++first;
    // The words between are spaces or line breaks only: no comma, no period.
    auto joined = [&](std::size_t a, std::size_t b) {
      return s.substr(words[a].end, words[b].start - words[a].end).find_first_not_of(" \n\t") == std::string_view::npos;
    };
    if (!words[first].capitalized || !joined(k + 1, k + 2) || (first > k + 2 && !joined(k + 2, first))) continue;
    std::size_t last = first;
    while (last + 1 < words.size() && last + 1 - first < kMaxWords && joined(last, last + 1)) {
      const Word& next = words[last + 1];
      if (next.capitalized) {
        ++last;
      } else if (one_of(next.lower, {"of", "and", "for"}) && last + 2 < words.size() && words[last + 2].capitalized &&
                 joined(last + 1, last + 2)) {
        last += 2;
      } else {
        break;
      }
    }
    return std::make_pair(words[first].start, words[last].end);
  }
  return std::nullopt;
}

std::optional<Span> capacity_before_name(std::string_view s, std::size_t name_start) {
  constexpr std::size_t kMaxCapacityWords = 6;
  if (name_start > s.size()) return std::nullopt;
  const std::vector<Word> words = words_of(s.substr(0, name_start));
  // The sentence opens with "As": not "such as", not "as to".
  if (words.size() < 2 || words[0].lower != "as" || !words[0].capitalized) return std::nullopt;
  if (s.substr(0, words[0].start).find_first_not_of(" \n\"'(") != std::string_view::npos) return std::nullopt;
  std::size_t first = 1;
  if (one_of(words[first].lower, {"the", "a", "an", "its", "his", "her", "their"})) ++first;
  // The comma closing the capacity, then the name (after a courtesy title).
  std::size_t last = words.size();
  while (last > first && one_of(words[last - 1].lower, {"mr", "ms", "mrs", "dr", "judge"})) --last;
  if (last <= first || last - first > kMaxCapacityWords) return std::nullopt;
  const std::string_view gap = s.substr(words[last - 1].end, (last < words.size() ? words[last].start : name_start) -
                                                               words[last - 1].end);
  if (gap.find(',') == std::string_view::npos) return std::nullopt;
  for (std::size_t k = first; k < last; ++k) {
    if (s.substr(words[k - 1].end, words[k].start - words[k - 1].end).find_first_of(",;") != std::string_view::npos)
      return std::nullopt;  // "As noted, ..., Smith": a clause, not one capacity
  }
  return std::make_pair(words[first].start, words[last - 1].end);
}

std::optional<Span> role_before_name(std::string_view s, std::size_t name_start) {
  constexpr std::size_t kMaxRoleWords = 7;
  if (name_start > s.size()) return std::nullopt;
  const std::vector<Word> words = words_of(s.substr(0, name_start));
  if (words.empty()) return std::nullopt;
  auto gap_before = [&](std::size_t k) {
    return k == 0 ? s.substr(0, words[0].start) : s.substr(words[k - 1].end, words[k].start - words[k - 1].end);
  };
  auto spaces_only = [](std::string_view gap) { return gap.find_first_not_of(" \n") == std::string_view::npos; };
  const auto& lists = names::NameLists::instance();
  auto role_noun = [&](const Word& w) {
    if (w.capitalized) return false;
    const std::size_t hyphen = w.lower.rfind('-');  // "vice-president"
    return lists.is_role_noun(hyphen == std::string::npos ? std::string_view(w.lower)
                                                          : std::string_view(w.lower).substr(hyphen + 1));
  };
  const std::size_t last = words.size() - 1;
  if (!spaces_only(s.substr(words[last].end, name_start - words[last].end)) || !role_noun(words[last]))
    return std::nullopt;
  std::size_t first = last;
  while (first > 0 && last - first + 1 < kMaxRoleWords && spaces_only(gap_before(first))) {
    const Word& before = words[first - 1];
    if (before.capitalized || before.lower == "'s") break;
    // "vice president and loan review officer": two offices held at once.
    if (before.lower == "and" && first >= 2 && role_noun(words[first - 2]) && spaces_only(gap_before(first - 1))) {
      first -= 2;
      continue;
    }
    if (is_stopword(before.lower) || one_of(before.lower, {"then", "former"})) break;
    --first;
  }
  // What opens it: a possessive ("Bank Shares'", "the company's"), an
  // article or a possessive pronoun, or punctuation (a clause's start).
  const std::string_view opening = gap_before(first);
  const bool opened =
      first == 0 || !spaces_only(opening) ||
      one_of(words[first - 1].lower, {"'s", "the", "a", "an", "its", "his", "her", "their", "our", "former", "then"});
  if (!opened) return std::nullopt;
  return std::make_pair(words[first].start, words[last].end);
}

std::optional<Span> title_before_parenthesized_name(std::string_view s, std::size_t name_start) {
  constexpr std::size_t kMaxTitleWords = 5;
  if (name_start > s.size()) return std::nullopt;
  // "(Mr. Richard Rowe)": the parenthesis and a courtesy title before the name.
  std::size_t open = name_start;
  while (open > 0 && s[open - 1] == ' ') --open;
  for (std::string_view courtesy : {"Mr.", "Ms.", "Mrs.", "Dr."}) {
    if (open >= courtesy.size() && s.substr(open - courtesy.size(), courtesy.size()) == courtesy) {
      open -= courtesy.size();
      break;
    }
  }
  if (open == 0 || s[open - 1] != '(') return std::nullopt;
  std::size_t end = open - 1;
  while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\n')) --end;
  // The capitalised words before it ("Executive Vice-President"), back to a
  // possessive ("HMA's"), a comma or a lower-case word.
  const std::vector<Word> words = words_of(s.substr(0, end));
  std::size_t first = words.size();
  while (first > 0 && words.size() - first < kMaxTitleWords && words[first - 1].capitalized &&
         words[first - 1].lower != "'s") {
    const std::string_view gap = s.substr(words[first - 1].end, (first < words.size() ? words[first].start : end) - words[first - 1].end);
    if (gap.find_first_of(",;()") != std::string_view::npos) break;
    --first;
  }
  if (first == words.size()) return std::nullopt;
  // "Vice-President": the office's noun after the hyphen.
  std::string noun = words.back().lower;
  if (const std::size_t hyphen = noun.rfind('-'); hyphen != std::string::npos) noun.erase(0, hyphen + 1);
  if (!names::NameLists::instance().is_role_noun(noun)) return std::nullopt;
  return std::make_pair(words[first].start, words.back().end);
}

std::optional<Span> capacity_after(std::string_view s, std::size_t from) {
  if (from >= s.size()) return std::nullopt;
  const std::vector<Word> words = words_of(s.substr(from));
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    // Another clause, maybe about another person ("; Smith filed", "and Jones argued").
    const std::string_view gap = s.substr(from + (k ? words[k - 1].end : 0), words[k].start - (k ? words[k - 1].end : 0));
    if (gap.find(';') != std::string_view::npos) return std::nullopt;
    if (words[k].lower == "and" && k + 1 < words.size() && words[k + 1].capitalized) return std::nullopt;
    if (words[k].lower != "as") continue;
    std::size_t first = k + 1;
    if (first + 1 < words.size() && is_determiner(words[first].lower)) ++first;
    // The capacity, longest first: "guardian ad litem", "amicus curiae", "trustee".
    std::size_t last = words.size();
    std::string phrase;
    for (std::size_t j = first; j < words.size() && j < first + 3; ++j) {
      phrase += (j == first ? "" : " ") + words[j].lower;
      if (in_lexicon("capacity", phrase)) last = j;
    }
    if (last == words.size()) continue;
    // "counsel for the petitioner": what qualifies it, in lower case, to the next stop.
    while (last + 2 < words.size() && one_of(words[last + 1].lower, {"of", "for"}) &&
           s.substr(from + words[last].end, words[last + 1].start - words[last].end) == " ") {
      std::size_t object = last + 2;
      if (object + 1 < words.size() && is_determiner(words[object].lower)) ++object;
      if (words[object].capitalized) break;
      last = object;
    }
    return std::make_pair(from + words[first].start, from + words[last].end);
  }
  return std::nullopt;
}

std::optional<CounselSide> counsel_for(std::string_view s) {
  const std::vector<Word> words = words_of(s);
  for (std::size_t k = 1; k + 1 < words.size(); ++k) {
    // "for", "on behalf of", "in behalf of": where the side starts.
    std::size_t side = 0;
    if (words[k].lower == "for") side = k + 1;
    else if (one_of(words[k].lower, {"on", "in"}) && k + 2 < words.size() && words[k + 1].lower == "behalf" &&
             words[k + 2].lower == "of")
      side = k + 3;
    else
      continue;
    if (side < words.size() && words[side].lower == "the") ++side;
    if (side >= words.size()) break;
    // "plaintiff-appellant": the side is the word before the hyphen.
    const std::string first = words[side].lower.substr(0, words[side].lower.find('-'));
    const bool party = in_lexicon("party_side", first) ||
                       (words[side].capitalized && in_lexicon("sovereign_side", words[side].lower));
    if (!party) continue;
    // What stands before "for": a comma, a name's last word, or the brief's words.
    const std::string_view gap = s.substr(words[k - 1].end, words[k].start - words[k - 1].end);
    if (gap.find(',') == std::string_view::npos && !words[k - 1].capitalized &&
        !in_lexicon("counsel_before", words[k - 1].lower)) {
      continue;
    }
    return CounselSide{{words[k].start, words[side].end}, first};
  }
  return std::nullopt;
}

std::optional<Span> defined_as(std::string_view s, const std::string& head, const std::vector<std::string>& modifiers) {
  const std::vector<Word> words = words_of(s);
  const std::string head_stem = crude_stem(head);
  for (std::size_t k = 1; k + 2 < words.size(); ++k) {
    // The copula: "is the", "was the", "shall be the", "serves as the", "shall serve as the".
    std::size_t article = words.size();
    if (one_of(words[k].lower, {"is", "was"})) article = k + 1;
    else if (words[k].lower == "be" && one_of(words[k - 1].lower, {"shall", "will"})) article = k + 1;
    else if (one_of(words[k].lower, {"serves", "serve", "served"}) && words[k + 1].lower == "as") article = k + 2;
    if (article >= words.size() || words[article].lower != "the") continue;
    bool head_said = false, modifier_said = false;
    for (std::size_t j = article + 1; j < words.size() && j <= article + 6; ++j) {
      const std::string stem = crude_stem(words[j].lower);
      if (stem == head_stem) head_said = true;
      if (std::any_of(modifiers.begin(), modifiers.end(), [&](const std::string& m) { return crude_stem(m) == stem; })) {
        modifier_said = true;
      }
    }
    if (!head_said || !modifier_said) continue;
    // The name right before the copula (past "shall", "serves").
    std::size_t last = k - 1;
    if (words[k].lower == "be") {
      if (k < 2) continue;
      last = k - 2;
    }
    if (!words[last].capitalized) continue;
    auto span = capitalized_name_at(s, words[last].start, words[last].end);
    if (!span) continue;
    if (s.substr(span->first, 4) == "The ") span->first += 4;
    if (span->first >= span->second) continue;
    return span;
  }
  return std::nullopt;
}

std::optional<Span> role_subject_of(std::string_view s, const std::vector<std::string>& verbs) {
  const std::vector<Word> words = words_of(s);
  const auto& lists = names::NameLists::instance();
  auto role_noun = [&](const std::string& w) {
    return lists.is_role_noun(w) || one_of(w, {"judge", "magistrate", "examiner", "referee", "arbitrator", "master"});
  };
  for (std::size_t k = 2; k < words.size(); ++k) {
    const std::string stem = crude_stem(words[k].lower);
    if (stem.size() < 4 || std::none_of(verbs.begin(), verbs.end(), [&](const std::string& v) { return crude_stem(v) == stem; })) {
      continue;
    }
    // "An asylum officer shall conduct interviews": a statute's modal
    // between the office and its verb.
    std::size_t noun_at = k - 1;
    if (one_of(words[noun_at].lower, {"shall", "may", "must", "will"}) && noun_at > 1) --noun_at;
    const Word& noun = words[noun_at];
    if (noun.capitalized || !role_noun(noun.lower)) continue;
    std::size_t first = noun_at;
    auto article = [](const Word& w) { return one_of(w.lower, {"the", "a", "an"}); };
    while (first > 0 && noun_at - first < 3 && !words[first - 1].capitalized && !article(words[first - 1]) &&
           !is_stopword(words[first - 1].lower)) {
      --first;
    }
    // The office after an article ("the immigration judge", "An asylum officer").
    if (first == 0 || !article(words[first - 1])) continue;
    return std::make_pair(words[first].start, noun.end);
  }
  return std::nullopt;
}

std::optional<Span> capitalized_name_at(std::string_view s, std::size_t word_start, std::size_t word_end) {
  const std::vector<Word> words = words_of(s);
  std::size_t k = 0;
  while (k < words.size() && words[k].start != word_start) ++k;
  if (k == words.size() || words[k].end != word_end) return std::nullopt;
  // Words of one name are apart by spaces only: a line break ends a
  // caption's line ("FILED\nUnited States Court of Appeals").
  auto adjacent = [&](std::size_t a, std::size_t b) {
    for (std::size_t i = words[a].end; i < words[b].start; ++i) {
      if (s[i] != ' ' && s[i] != '\t') return false;
    }
    return true;
  };
  auto joiner = [](const Word& w) { return one_of(w.lower, {"of", "and", "the", "&"}); };
  auto capital = [](const Word& w) { return w.capitalized && w.lower != "'s"; };
  std::size_t first = k;
  if (!capital(words[k])) {
    // "employer SPIREON": the run right after the word.
    if (k + 1 >= words.size() || !capital(words[k + 1]) || !adjacent(k, k + 1)) return std::nullopt;
    first = k + 1;
  } else {
    // "Barre Savings Bank": capitalized words before the head word.
    while (first > 0 && k - first < 7 && capital(words[first - 1]) && adjacent(first - 1, first)) --first;
  }
  std::size_t last = std::max(first, k);
  while (last + 1 < words.size() && last - first < 7 && adjacent(last, last + 1)) {
    if (capital(words[last + 1])) {
      ++last;
    } else if (joiner(words[last + 1]) && last + 2 < words.size() && capital(words[last + 2]) && adjacent(last + 1, last + 2)) {
      last += 2;
    } else {
      break;
    }
  }
  return std::make_pair(words[first].start, words[last].end);
}

namespace {

// The quote marks a name may stand in, opening and closing (UTF-8). A
// straight single quote is left out: it closes inside a word ("Court's").
struct QuotePair {
  std::string_view open, close;
};
constexpr QuotePair kQuotes[] = {{"\u201C", "\u201D"}, {"\u2018", "\u2019"}, {"\"", "\""}};
// A name in quotes is at most this long: a longer quotation is a passage.
constexpr std::size_t kMaxQuotedName = 120;
constexpr std::size_t kMaxQuotedNameWords = 16;

}  // namespace

std::vector<Span> alias_names(std::string_view s) {
  std::vector<Span> out;
  const std::vector<Word> words = words_of(s);
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::size_t first = words.size();
    if (words[k].lower == "aka") first = k + 1;
    // "a/k/a": three one-letter words joined by slashes.
    if (words[k].lower == "a" && k + 2 < words.size() && words[k + 1].lower == "k" && words[k + 2].lower == "a" &&
        s.substr(words[k].end, 1) == "/" && s.substr(words[k + 1].end, 1) == "/") {
      first = k + 3;
    }
    if (words[k].lower == "also" && k + 2 < words.size() && words[k + 1].lower == "known" && words[k + 2].lower == "as") {
      first = k + 3;
    }
    if (first >= words.size() || !words[first].capitalized) continue;
    std::size_t last = first;
    while (last + 1 < words.size() && last + 1 < first + 6 && words[last + 1].capitalized) {
      const std::string_view gap = s.substr(words[last].end, words[last + 1].start - words[last].end);
      if (gap.find_first_of(",;\n()") != std::string_view::npos || gap.find(". ") != std::string_view::npos) break;
      ++last;
    }
    out.emplace_back(words[first].start, words[last].end);
    k = last;
  }
  return out;
}

std::vector<Span> quoted_names(std::string_view s) {
  std::vector<Span> out;
  for (const auto& [open, close] : kQuotes) {
    for (std::size_t at = s.find(open); at != std::string_view::npos; at = s.find(open, at + 1)) {
      const std::size_t from = at + open.size();
      const std::size_t to = s.find(close, from);
      if (to == std::string_view::npos) break;
      std::string_view inside = s.substr(from, to - from);
      while (!inside.empty() && (inside.back() == ',' || inside.back() == '.' || inside.back() == ' ')) inside.remove_suffix(1);
      // A name capitalizes its words ("Honoring the Families of Fallen
      // Soldiers Act"); a quoted sentence does not.
      std::size_t words = 0, capitalized = 0;
      for (const auto& w : words_of(inside)) {
        if (is_stopword(w.lower)) continue;
        ++words;
        if (is_upper_ascii(inside[w.start]) || std::isdigit(static_cast<unsigned char>(inside[w.start]))) ++capitalized;
      }
      if (2 * capitalized <= words) {
        at = to;
        continue;
      }
      if (!inside.empty() && is_upper_ascii(inside.front()) && inside.size() <= kMaxQuotedName && words >= 1 &&
          words <= kMaxQuotedNameWords && inside.find(". ") == std::string_view::npos &&
          inside.find('\n') == std::string_view::npos) {
        out.emplace_back(from, from + inside.size());
      }
      at = to;
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool introduces_name(std::string_view s, std::size_t at) {
  const std::size_t from = at > 40 ? at - 40 : 0;
  std::vector<Word> words = words_of(s.substr(from, at - from));
  if (!words.empty() && words.back().lower == "the") words.pop_back();
  if (words.empty()) return false;
  const std::string& last = words.back().lower;
  if (one_of(last, {"called", "named", "entitled", "titled", "designated", "renamed", "styled", "dubbed"})) return true;
  return last == "as" && words.size() >= 2 &&
         one_of(words[words.size() - 2].lower, {"cited", "known", "designated", "referred", "named", "called", "titled"});
}

std::vector<Span> numbered_identifiers(std::string_view s) {
  std::vector<Span> out;
  for (const auto& w : words_of(s)) {
    if (!one_of(w.lower, {"no", "nos", "number"})) continue;
    std::size_t at = w.end;
    if (w.lower != "number") {
      if (at >= s.size() || s[at] != '.') continue;  // "no" alone is the word
      ++at;
    }
    while (at < s.size() && s[at] == ' ') ++at;
    if (at >= s.size() || !std::isdigit(static_cast<unsigned char>(s[at]))) continue;
    std::size_t end = at;
    // Digits with the separators identifiers carry: "1,830,428", "17-5181", "2017-11475", "460".
    while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) ||
                              ((s[end] == ',' || s[end] == '-' || s[end] == '.' || s[end] == ':' || s[end] == '/') &&
                               end + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[end + 1]))))) {
      ++end;
    }
    out.emplace_back(w.start, end);
  }
  return out;
}

std::vector<Span> bill_numbers(std::string_view s) {
  std::vector<Span> out;
  auto is_alpha = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  // Longest label first: "H.J. Res." before "H."; the space after a period is optional ("H.J.Res. 37").
  static const std::vector<std::string_view> kLabels = {"H. Con. Res.", "S. Con. Res.", "H.J. Res.", "S.J. Res.", "H. Res.",
                                                        "S. Res.",      "H.J.Res.",     "S.J.Res.",  "H.R.",      "S."};
  for (std::size_t at = 0; at < s.size(); ++at) {
    if (s[at] != 'H' && s[at] != 'S') continue;
    // The label stands alone: not "U.S." nor "Ms." nor the end of a word.
    if (at > 0 && (is_alpha(s[at - 1]) || s[at - 1] == '.' || is_digit(s[at - 1]))) continue;
    // Nor the "S." of an older reporter's "251 U. S. 385".
    if (at >= 3 && s[at - 1] == ' ' && s[at - 2] == '.' && std::isupper(static_cast<unsigned char>(s[at - 3])) &&
        (at == 3 || !is_alpha(s[at - 4]))) {
      continue;
    }
    for (std::string_view label : kLabels) {
      if (s.substr(at, label.size()) != label) continue;
      std::size_t end = at + label.size();
      while (end < s.size() && s[end] == ' ') ++end;
      const std::size_t digits = end;
      while (end < s.size() && is_digit(s[end])) ++end;
      if (end == digits || end - digits > 5 || (end < s.size() && is_alpha(s[end]))) break;
      // A bare "S. 754" followed by a page ("S. 754, 760") is a reporter's citation.
      if (label == "S." && end + 1 < s.size() && s[end] == ',' && s[end + 1] == ' ' && end + 2 < s.size() && is_digit(s[end + 2])) break;
      out.emplace_back(at, end);
      at = end;
      break;
    }
  }
  return out;
}

bool ends_order_phrase(std::string_view lower) {
  return one_of(lower, {"is", "was", "are", "were", "be", "been", "and", "but", "which", "that", "because", "we", "it",
                        "will", "would", "shall", "should", "must", "may", "can", "could", "has", "have", "had", "seems",
                        "seem"});
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

// "court's", "courts'", "court’s".
bool is_possessive(std::string_view lower) {
  return lower.size() > 2 && (lower.ends_with("'s") || lower.ends_with("s'") || lower.ends_with("\u2019s"));
}

// The lower-cased word before the one starting at `word_start` ("" at the start).
std::string word_before(std::string_view s, std::size_t word_start) {
  auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  std::size_t j = word_start;
  while (j > 0 && is_space(s[j - 1])) --j;
  std::size_t i = j;
  while (i > 0 && !is_space(s[i - 1])) --i;
  return to_lower(s.substr(i, j - i));
}

// An order's number: letters and digits mixed, or digits joined by a
// hyphen ("M10-468", "2020-14"); not a bare count nor a year.
bool is_order_number(std::string_view tok) {
  const bool digits = std::any_of(tok.begin(), tok.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  const bool letters = std::any_of(tok.begin(), tok.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  const bool joined = tok.find('-') != std::string_view::npos;
  const bool plain = std::all_of(tok.begin(), tok.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
  });
  return plain && digits && (letters || joined) && !tok.ends_with("th") && !tok.ends_with("st") && !tok.ends_with("nd") &&
         !tok.ends_with("rd") && tok.front() != '-';
}

}  // namespace

// An order's mention widened to the phrase that says which order: its date
// and issuer before ("the June 3, 1992 order", "District Court's order"),
// what it does after ("order modifying the preliminary injunction",
// "order denying a preliminary injunction"), up to the clause's verb.
Span order_phrase(std::string_view s, Span span) {
  auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  auto stop = [](char c) { return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"'; };
  std::size_t start = span.first, end = span.second;
  // A bare head ("order") may take the noun modifying it; a mention already
  // longer ("court's February 1, 2016 order") has its own.
  const bool bare_head = s.substr(span.first, span.second - span.first).find_first_of(" \n\t") == std::string_view::npos;
  // Left: dates, capitalized words and possessives, at most five.
  for (int taken = 0; taken < 5 && start > 0;) {
    std::size_t j = start;
    while (j > 0 && is_space(s[j - 1])) --j;
    std::size_t i = j;
    while (i > 0 && !is_space(s[i - 1])) --i;
    if (i == j) break;
    std::string_view tok = s.substr(i, j - i);
    std::string_view bare = tok;
    while (!bare.empty() && (bare.back() == ',' || bare.back() == '.')) bare.remove_suffix(1);
    if (bare.empty() || (tok.back() == '.' && tok.size() > 4)) break;  // a sentence's end
    const std::string lower = to_lower(bare);
    if (is_determiner(lower)) break;
    const bool digits = std::any_of(bare.begin(), bare.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    // A docket entry's date and number ("10/14/2015 13 STIPULATION AND
    // ORDER"): the entry's, not the order's name. A year stays ("the 2019 order").
    const bool all_digits = !bare.empty() && std::all_of(bare.begin(), bare.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
    const bool year = all_digits && bare.size() == 4 && (bare.starts_with("19") || bare.starts_with("20"));
    if ((all_digits && tok == bare && !year) || bare.find('/') != std::string_view::npos) break;
    // A word in lower case right before a bare head modifies it when a
    // determiner or a possessive comes before the word: "the district
    // court's decertification order", "the scheduling order"; not "we affirm order".
    bool modifier = false;
    if (taken == 0 && bare_head) {
      const std::string previous = word_before(s, i);
      modifier = is_determiner(previous) || is_possessive(previous);
    }
    if (!digits && !is_possessive(lower) && !is_upper_ascii(bare.front()) && !modifier) break;
    start = i;
    ++taken;
  }
  // Right: a participle or preposition phrase, up to the verb or a comma.
  std::size_t i = end;
  bool first = true;
  for (int taken = 0; taken < 10;) {
    std::size_t j = i;
    while (j < s.size() && is_space(s[j])) ++j;
    if (j >= s.size() || stop(s[j])) break;
    std::size_t k = j;
    while (k < s.size() && !is_space(s[k]) && !stop(s[k])) ++k;
    std::string_view tok = s.substr(j, k - j);
    const bool abbreviation = tok.size() <= 4 && tok.back() == '.' && is_upper_ascii(tok.front());
    std::string_view bare = tok;
    if (!abbreviation) {
      while (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
    }
    if (bare.empty()) break;
    const std::string lower = to_lower(bare);
    if (ends_order_phrase(lower)) break;
    // "STANDING ORDER M10-468": the number it is known by.
    if (first && is_order_number(bare)) {
      end = j + bare.size();
      break;
    }
    if (first && !(lower.ends_with("ing") || one_of(lower, {"dated", "entered", "issued", "of", "to", "for", "on", "against"}))) break;
    first = false;
    end = j + bare.size();
    ++taken;
    if (bare.size() != tok.size()) break;  // the sentence ends
    i = k;
  }
  return {start, end};
}

}  // namespace lexgraph::ask
