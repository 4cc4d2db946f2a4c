#include "ask/pinpoints.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace lexgraph::ask {

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Roman units, i to ix; tens are x's before them.
constexpr std::array<std::string_view, 10> kUnits = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};

// Lower-case roman numerals up to 39, enough for any clause of the Code.
int roman_value(std::string_view s) {
  int tens = 0;
  while (!s.empty() && s.front() == 'x' && tens < 3) {
    ++tens;
    s.remove_prefix(1);
  }
  for (std::size_t u = 0; u < kUnits.size(); ++u) {
    if (s == kUnits[u]) return tens * 10 + static_cast<int>(u);  // 0 for ""
  }
  return 0;
}

std::string roman(int n) {
  return std::string(static_cast<std::size_t>(n / 10), 'x') + std::string(kUnits[static_cast<std::size_t>(n % 10)]);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The mark after `mark` at level `level` of a path: (c) -> (d), (2) -> (3),
// (C) -> (D), (ii) -> (iii), (II) -> (III), (aa) -> (bb).
std::string successor(const std::string& mark, std::size_t level) {
  if (all_digits(mark)) return std::to_string(std::stoi(mark) + 1);
  const bool upper = std::isupper(static_cast<unsigned char>(mark.front()));
  if (level >= 3) {
    if (const int value = roman_value(lower(mark)); value > 0) {
      std::string next = roman(value + 1);
      if (upper) {
        for (char& c : next) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
      return next;
    }
  }
  std::string next = mark;
  for (char& c : next) c = static_cast<char>(c + 1);  // "aa" -> "bb"
  return next;
}

// The run of marks starting at `from`: "(c)(2)(C)" -> {"c", "2", "C"}.
std::vector<std::string_view> marks_at(std::string_view text, std::size_t from) {
  std::vector<std::string_view> marks;
  for (std::size_t i = from; i < text.size() && text[i] == '(';) {
    const std::size_t close = text.find(')', i);
    if (close == std::string_view::npos || close - i > 6) break;
    const std::string_view mark = text.substr(i + 1, close - i - 1);
    if (mark.empty() || !std::all_of(mark.begin(), mark.end(), [](unsigned char c) { return std::isalnum(c); })) break;
    marks.push_back(mark);
    i = close + 1;
  }
  return marks;
}

// The marks opening a line: "   (2)(A) In general" -> {"2", "A"}; a
// subsection's heading may be marked up ("##### (c) Removal of aliens").
std::vector<std::string_view> leading_marks(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t#");
  return first == std::string_view::npos ? std::vector<std::string_view>{} : marks_at(line, first);
}

}  // namespace

std::vector<std::string> pinpoint_path(std::string_view citation, std::string_view section) {
  std::vector<std::string> path;
  if (section.empty()) return path;
  std::size_t at = citation.find(section);
  // The section number as a whole number: "1231" not inside "12310".
  while (at != std::string_view::npos && at + section.size() < citation.size() &&
         std::isalnum(static_cast<unsigned char>(citation[at + section.size()]))) {
    at = citation.find(section, at + 1);
  }
  if (at == std::string_view::npos) return path;
  for (std::string_view mark : marks_at(citation, at + section.size())) path.emplace_back(mark);
  return path;
}

std::optional<std::pair<std::size_t, std::size_t>> pinpoint_span(std::string_view text,
                                                                  const std::vector<std::string>& path) {
  if (path.empty()) return std::nullopt;
  std::size_t from = 0, to = text.size();
  for (std::size_t level = 0; level < path.size(); ++level) {
    const std::string& mark = path[level];
    const std::string next = successor(mark, level);
    std::size_t start = std::string_view::npos, end = to;
    for (std::size_t line = from; line < to;) {
      const std::size_t line_end = std::min(text.find('\n', line), to);
      const std::vector<std::string_view> marks = leading_marks(text.substr(line, line_end - line));
      if (start == std::string_view::npos) {
        // "(c)" opening the line, or further along its chain: "(2)(A) In general".
        if (std::find(marks.begin(), marks.end(), mark) != marks.end()) start = line;
      } else if (!marks.empty() && marks.front() == next) {
        end = line;
        break;
      }
      line = line_end + 1;
    }
    if (start == std::string_view::npos) return std::nullopt;
    from = start;
    to = end;
  }
  return std::make_pair(from, to);
}

}  // namespace lexgraph::ask
