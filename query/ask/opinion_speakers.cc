// Who says "I" in an opinion (opinion_speakers.h).

#include "ask/opinion_speakers.h"

#include <algorithm>
#include <cctype>

#include "ask/passage_names.h"
#include "ask/text_match.h"

namespace lexgraph::ask {

namespace {

// A heading line is short: "MR. JUSTICE STEVENS, concurring." or
// "JUSTICE THOMAS, with whom JUSTICE ALITO joins, dissenting."
constexpr std::size_t kMaxHeadingLine = 160;
// An opinion's parts are long, but not endless: a heading farther back than
// this is not the part's own (a short opinion quoting another's "I").
constexpr std::size_t kMaxOpinionLength = 200000;
// The heading names its judge first ("MR. JUSTICE BLACKMUN, concurring"),
// not deep in a line that cites a separate opinion.
constexpr std::size_t kMaxNamePosition = 40;

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// The words a numeral "I" follows: "Part I", "Title I", "Article I".
bool numbers_a_part(std::string_view word) {
  for (std::string_view w : {"part", "parts", "title", "titles", "article", "articles", "section", "chapter", "book",
                             "volume", "phase", "count", "counts", "class", "category", "type", "war", "schedule",
                             "step", "tier", "level", "appendix", "exhibit", "division", "subtitle", "subchapter"}) {
    if (word.size() == w.size() && std::equal(word.begin(), word.end(), w.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        })) {
      return true;
    }
  }
  return false;
}

// The line says which kind of opinion follows.
bool says_opinion_kind(std::string_view line) {
  for (std::string_view kind : {"concurring", "dissenting", "concurs", "dissents"}) {
    if (find_word(line, kind, 0, true) != std::string_view::npos) return true;
  }
  return false;
}

// The Court's own opinion: an "I" in it quotes someone (a witness, another
// judge's words), and no separate opinion before it holds the text.
bool opens_court_opinion(std::string_view line) {
  return line.find("delivered the opinion") != std::string_view::npos ||
         line.find("announced the judgment") != std::string_view::npos;
}

}  // namespace

std::optional<std::size_t> first_person_at(std::string_view s) {
  for (std::size_t at = s.find('I'); at != std::string_view::npos; at = s.find('I', at + 1)) {
    if (at > 0 && is_letter(s[at - 1])) continue;
    if (at + 2 >= s.size() || s[at + 1] != ' ' || !std::islower(static_cast<unsigned char>(s[at + 2]))) continue;
    // "Parts I and II", "Part I of the opinion": a numeral after its noun.
    std::size_t end = at;
    while (end > 0 && s[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && is_letter(s[begin - 1])) --begin;
    if (begin < end && numbers_a_part(s.substr(begin, end - begin))) continue;
    // "Parts II and I are", "II, I": a numeral in a list of numerals.
    std::string_view before = s.substr(begin, end - begin);
    if (before == "and" || before == "or") {
      end = begin;
      while (end > 0 && s[end - 1] == ' ') --end;
    }
    while (end > 0 && s[end - 1] == ',') --end;
    if (end > 0 && (s[end - 1] == 'I' || s[end - 1] == 'V' || s[end - 1] == 'X')) continue;
    // Inside a quotation ("... he said, \"I was there\""): someone else's "I".
    if (std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(at), '"') % 2 == 1) return std::nullopt;
    return at;
  }
  return std::nullopt;
}

SeparateOpinion separate_opinion_at(const StoredDocument& doc, std::size_t offset) {
  const std::string_view text(doc.text);
  if (offset > text.size()) return {};
  const std::size_t floor = offset > kMaxOpinionLength ? offset - kMaxOpinionLength : 0;
  std::size_t line_end = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  // "[3] I do not read ...": the footnotes gathered at the end of the text
  // follow the last opinion whosever they are.
  const std::size_t own_line = line_end == std::string_view::npos ? 0 : line_end + 1;
  if (own_line + 1 < text.size() && text[own_line] == '[' && std::isdigit(static_cast<unsigned char>(text[own_line + 1]))) {
    return {};
  }
  while (line_end != std::string_view::npos && line_end > floor) {
    const std::size_t line_start = line_end == 0 ? 0 : text.rfind('\n', line_end - 1);
    const std::size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
    const std::string_view line = text.substr(from, line_end - from);
    if (!line.empty() && line.size() <= kMaxHeadingLine && opens_court_opinion(line)) return {};
    if (!line.empty() && line.size() <= kMaxHeadingLine && says_opinion_kind(line)) {
      // The judge named first: "JUSTICE THOMAS, with whom JUSTICE ALITO joins, dissenting."
      const StoredEntity* author = nullptr;
      std::size_t first = kMaxNamePosition;
      for (const StoredEntity& de : doc.entities) {
        if (de.type != "judge") continue;
        auto at = find_entity(line, de);
        if (!at) at = find_surname(line, de);
        if (at && at->first < first) {
          first = at->first;
          author = &de;
        }
      }
      if (author) {
        return {author, find_word(line, "dissenting", 0, true) != std::string_view::npos ||
                            find_word(line, "dissents", 0, true) != std::string_view::npos,
                find_word(line, "concurring", 0, true) != std::string_view::npos ||
                    find_word(line, "concurs", 0, true) != std::string_view::npos};
      }
    }
    if (line_start == std::string_view::npos || line_start == 0) break;
    line_end = line_start;
  }
  return {};
}

}  // namespace lexgraph::ask
