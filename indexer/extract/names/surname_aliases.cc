// Bare surnames of judges and people the document names in full elsewhere:
// "Kollar-Kotelly said ...", "the Romo declaration", "Romo's declaration".

#include <string.h>  // memmem (POSIX/GNU)

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "extract/names/name_lists.h"
#include "extract/names/name_passes.h"

namespace lexgraph::names {

namespace {

bool is_space_gap(std::string_view gap) { return gap == " " || gap == "\n"; }

// Whether `word` occurs in lower case as a word of the text: then the
// surname is also a common word ("Young", "Black") and a bare capitalised
// occurrence may just open a sentence.
bool occurs_in_lower_case(std::string_view text, std::string_view surname) {
  std::string lower = to_lower(surname);
  // memmem finds what text.find() finds, faster: find() stops at every byte
  // equal to the surname's first letter, a common one in any text.
  auto find = [&](std::size_t from) -> std::size_t {
    if (from > text.size()) return std::string_view::npos;
    const void* hit = memmem(text.data() + from, text.size() - from, lower.data(), lower.size());
    return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - text.data()) : std::string_view::npos;
  };
  std::size_t pos = 0;
  while ((pos = find(pos)) != std::string_view::npos) {
    std::size_t end = pos + lower.size();
    bool bounded = (pos == 0 || !is_word_byte(text[pos - 1])) && (end >= text.size() || !is_word_byte(text[end]));
    if (bounded) return true;
    pos = end;
  }
  return false;
}

// The surname written at word i ("Kollar-Kotelly" spans three words); returns
// the index past it, or i when it is not there.
std::size_t surname_end(const NameScan& scan, std::size_t i, std::string_view surname) {
  std::size_t pos = scan.words[i].start;
  if (pos + surname.size() > scan.text.size()) return i;
  std::string_view written = scan.text.substr(pos, surname.size());
  bool same = written == surname;
  if (!same && is_all_caps(written)) same = iequals(written, surname);
  if (!same) return i;
  std::size_t end = pos + surname.size();
  if (end < scan.text.size() && is_word_byte(scan.text[end])) return i;
  return scan.word_at(end);
}

// `John Talley ("Talley"), co-executor of the estate of Percy Talley`: a
// surname two people share is still the alias of the one whose full name
// the document defines it for. Whether `person` is that one: a quoted
// `("Surname")` or `(the "Surname")` right after his given name and surname.
bool defines_surname_for(std::string_view text, const KnownPerson& person) {
  if (person.given.size() < 2 || person.given.back() == '.') return false;
  for (std::string_view open : {"(\"", "(the \""}) {
    std::string quoted(open);
    quoted += person.surname;
    quoted += "\")";
    for (std::size_t at = text.find(quoted); at != std::string_view::npos; at = text.find(quoted, at + 1)) {
      constexpr std::size_t kNameReach = 48;  // "John C. Talley, " before the parenthesis
      const std::size_t from = at > kNameReach ? at - kNameReach : 0;
      std::string_view before = text.substr(from, at - from);
      while (!before.empty() && (before.back() == ' ' || before.back() == ',' || before.back() == '\n')) {
        before.remove_suffix(1);
      }
      if (!before.ends_with(person.surname)) continue;
      before.remove_suffix(person.surname.size());
      const std::size_t given = before.rfind(person.given);
      if (given == std::string_view::npos || (given > 0 && is_word_byte(before[given - 1]))) continue;
      // Only initials and spaces between ("John C. Talley"), no other word.
      const std::string_view between = before.substr(given + person.given.size());
      if (std::all_of(between.begin(), between.end(), [](char c) { return c == ' ' || c == '.' || c == '\n' || (c >= 'A' && c <= 'Z'); })) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

void find_surname_aliases(NameScan& scan) {
  const NameLists& lists = NameLists::instance();
  // First word of each surname -> people with it (full names only).
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word;
  WordFilter first_words;
  // A surname two people share is no alias of either (counted in one pass:
  // a long document names thousands of people).
  std::unordered_map<std::string_view, int> sharing;
  for (const KnownPerson& person : scan.people) ++sharing[person.surname_key];
  for (std::size_t p = 0; p < scan.people.size(); ++p) {
    const KnownPerson& person = scan.people[p];
    if (person.name_words < 2 || person.surname.size() < 3) continue;
    if (lists.is_given_name(person.surname) || lists.is_stopword(person.surname)) continue;
    if (sharing[person.surname_key] > 1 && !defines_surname_for(scan.text, person)) continue;
    std::size_t cut = person.surname.find_first_of("-'");
    std::string first = to_lower(person.surname.substr(0, cut));
    first_words.add(first);
    by_first_word[first].push_back(p);
  }
  if (by_first_word.empty()) return;
  std::vector<int> common(scan.people.size(), -1);  // -1 unknown, 0 no, 1 yes
  // Whether a surname is also written in lower case. A few searches of the
  // text are cheaper than anything else; a long document naming hundreds
  // of people gathers its lower-case words once instead, so that only
  // surnames found among them need a search.
  std::unordered_set<std::string_view> lower_words;
  std::size_t searches = 0;
  auto written_in_lower_case = [&](const std::string& surname) {
    if (++searches == 32) {
      for (std::size_t w = 0; w < scan.words.size(); ++w) {
        std::string_view word = scan.word(w);
        if (!word.empty() && word.front() >= 'a' && word.front() <= 'z') lower_words.insert(word);
      }
    }
    if (searches >= 32 && !lower_words.count(to_lower(surname.substr(0, surname.find_first_of("-'"))))) return false;
    return occurs_in_lower_case(scan.text, surname);
  };
  const std::size_t n = scan.words.size();
  for (std::uint32_t i : scan.anchors.capitalized) {
    std::string_view w = scan.word(i);
    if (!first_words.may_contain(w)) continue;
    auto it = by_first_word.find(to_lower(w));
    if (it == by_first_word.end()) continue;
    for (std::size_t p : it->second) {
      const KnownPerson& person = scan.people[p];
      std::size_t end_word = surname_end(scan, i, person.surname);
      if (end_word == i) continue;
      std::size_t start = scan.words[i].start;
      std::size_t end = scan.words[end_word - 1].end;
      if (scan.is_taken(start, end)) break;
      // Part of a longer name ("Andrew Jackson", "Jackson Hole").
      if (i > 0 && is_space_gap(scan.gap_before(i))) {
        std::string_view prev = scan.word(i - 1);
        if (is_capitalized(prev) && !lists.is_stopword(prev)) break;
      }
      if (i > 0 && scan.gap_before(i) == ". " && scan.word(i - 1).size() == 1) break;  // "J. Jackson"
      if (end_word < n && is_space_gap(scan.gap_before(end_word)) && is_capitalized(scan.word(end_word)))
        break;  // "Davidson County", "Jackson Hole"
      // A party in a case name ("United States v. Jackson", "Jackson v. Virginia").
      if (is_case_party(scan.text, start, end)) break;
      // "(Jackson, J., dissenting)": a cited opinion, left out on purpose.
      std::string_view tail = scan.text.substr(end, 7);
      if (tail.substr(0, 4) == ", J." || tail.substr(0, 5) == ", JJ." || tail.substr(0, 5) == ", C. " ||
          tail.substr(0, 5) == ", C.J")
        break;
      if (common[p] < 0) common[p] = written_in_lower_case(person.surname) ? 1 : 0;
      if (common[p] == 1) break;
      Mention m;
      m.type = person.judge ? "judge" : "person";
      m.start = start;
      m.end = end;
      m.entity = person.entity();
      m.name = person.full_name;
      m.attrs["alias_of"] = person.full_name;
      m.attrs["form"] = std::string("surname");
      scan.emit(std::move(m));
      break;
    }
  }
}

}  // namespace lexgraph::names
