#include "read/pdf_layout.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>

namespace lexgraph {
namespace {

// Lines at the top and bottom of a page that may be running heads/footers:
// up to three, but never more than a quarter of the page's lines, so that
// the body of a short page is not mistaken for its frame.
constexpr std::size_t kRunningZoneLines = 3;

using Lines = std::vector<std::string>;

bool is_blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](unsigned char c) { return std::isspace(c); });
}

std::size_t indent_of(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

Lines split_lines(const std::string& page) {
  Lines lines;
  std::string current;
  for (char c : page) {
    if (c == '\n') {
      lines.push_back(std::move(current));
      current.clear();
    } else if (c == '\t') {
      current += ' ';
    } else if (c != '\f' && c != '\r') {
      current += c;
    }
  }
  lines.push_back(std::move(current));
  for (std::string& line : lines)
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
  return lines;
}

// "Case 1:17-cv-02 Document 40 Filed 08/05/16 Page 2 of 4" and the same
// line on page 3 share a key: digits count as one symbol, spacing ignored.
std::string running_key(std::string_view line) {
  std::string key;
  bool in_digits = false;
  bool pending_space = false;
  for (char c : line) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      pending_space = !key.empty();
      in_digits = false;
      continue;
    }
    if (pending_space) key += ' ';
    pending_space = false;
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (!in_digits) key += '#';
      in_digits = true;
    } else {
      key += c;
      in_digits = false;
    }
  }
  return key;
}

// Indexes of the non-blank lines in the first and last few of a page.
std::vector<std::size_t> zone(const Lines& lines, bool top) {
  std::size_t text_lines =
      static_cast<std::size_t>(std::count_if(lines.begin(), lines.end(), [](const std::string& l) { return !is_blank(l); }));
  std::size_t size = std::min(kRunningZoneLines, std::max<std::size_t>(1, text_lines / 4));
  std::vector<std::size_t> found;
  if (top) {
    for (std::size_t i = 0; i < lines.size() && found.size() < size; ++i)
      if (!is_blank(lines[i])) found.push_back(i);
  } else {
    for (std::size_t i = lines.size(); i-- > 0 && found.size() < size;)
      if (!is_blank(lines[i])) found.push_back(i);
  }
  return found;
}

// A line that recurs (up to its digits) at the top, or at the bottom, of at
// least half the pages is a running head or footer, as is a bare page
// number in the same place. Needs two pages or more to say.
int remove_running_lines(std::vector<Lines>& pages) {
  std::size_t with_text = 0;
  for (const Lines& p : pages)
    if (std::any_of(p.begin(), p.end(), [](const std::string& l) { return !is_blank(l); })) ++with_text;
  if (with_text < 2) return 0;
  std::size_t needed = std::max<std::size_t>(2, (with_text + 1) / 2);
  int removed = 0;
  for (bool top : {true, false}) {
    std::map<std::string, std::size_t> pages_with_key;
    for (const Lines& p : pages) {
      std::set<std::string> keys;
      for (std::size_t i : zone(p, top)) keys.insert(running_key(p[i]));
      for (const std::string& k : keys) ++pages_with_key[k];
    }
    for (Lines& p : pages) {
      for (std::size_t i : zone(p, top)) {
        if (pages_with_key[running_key(p[i])] >= needed) {
          p[i].clear();
          ++removed;
        }
      }
    }
  }
  return removed;
}

// Pleading paper numbers its lines 1, 2, 3 ... 28 down the left margin.
// When a page's leading numbers form that run, they are layout, not text.
int remove_line_numbers(Lines& lines) {
  struct Numbered {
    std::size_t line;
    std::size_t digits_end;
    int value;
  };
  std::vector<Numbered> numbered;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    std::size_t start = indent_of(l);
    if (start > 4) continue;
    std::size_t end = start;
    while (end < l.size() && end - start < 3 && std::isdigit(static_cast<unsigned char>(l[end]))) ++end;
    if (end == start || (end < l.size() && l[end] != ' ')) continue;
    if (end < l.size() && end + 1 < l.size() && l[end + 1] != ' ') continue;  // "1 The" is prose
    numbered.push_back({i, end, std::stoi(l.substr(start, end - start))});
  }
  if (numbered.size() < 10) return 0;
  for (std::size_t k = 0; k < numbered.size(); ++k)
    if (numbered[k].value != static_cast<int>(k) + 1) return 0;
  for (const Numbered& n : numbered)
    std::fill(lines[n.line].begin(), lines[n.line].begin() + static_cast<std::ptrdiff_t>(n.digits_end), ' ');
  for (const Numbered& n : numbered)
    if (is_blank(lines[n.line])) lines[n.line].clear();
  return static_cast<int>(numbered.size());
}

std::string collapse_spaces(std::string_view line) {
  std::string out;
  bool space = false;
  for (char c : line) {
    if (c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

struct LineInfo {
  std::string text;      // without indentation, inner spaces collapsed
  std::size_t indent;    // columns from the page's left margin
  std::size_t width;     // columns from the margin to the line's end
  int blank_before;      // blank lines since the previous text line
};

std::vector<LineInfo> text_lines(const Lines& lines) {
  std::size_t margin = std::string::npos;
  for (const std::string& l : lines)
    if (!is_blank(l)) margin = std::min(margin, indent_of(l));
  std::vector<LineInfo> out;
  int blanks = 0;
  for (const std::string& l : lines) {
    if (is_blank(l)) {
      ++blanks;
      continue;
    }
    out.push_back({collapse_spaces(l), indent_of(l) - margin, l.size() - margin, out.empty() ? 0 : blanks});
    blanks = 0;
  }
  return out;
}

bool ends_sentence(std::string_view line) {
  if (line.empty()) return true;
  static const std::string_view kEnders[] = {".", ":", "?", "!", "\"", ")", ";", "\xE2\x80\x9D"};
  return std::any_of(std::begin(kEnders), std::end(kEnders),
                     [&](std::string_view e) { return line.size() >= e.size() && line.substr(line.size() - e.size()) == e; });
}

// How a page uses blank lines. Single-spaced pages separate paragraphs
// with one; double-spaced pages put one after nearly every line, so only a
// wider gap separates paragraphs; pleading paper and mixed pages fall in
// between, where one blank line counts only after a sentence ends.
// On pleading paper the line numbers sit on lines of their own, so once
// they are gone the blank lines say nothing at all.
enum class Spacing { single, mixed, double_spaced, meaningless };

Spacing spacing_of(const std::vector<LineInfo>& lines) {
  int single_gaps = 0, no_gaps = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].blank_before == 0) ++no_gaps;
    if (lines[i].blank_before == 1) ++single_gaps;
  }
  int total = single_gaps + no_gaps;
  if (total == 0) return Spacing::single;
  if (single_gaps * 100 >= total * 65) return Spacing::double_spaced;
  if (single_gaps * 100 > total * 35) return Spacing::mixed;
  return Spacing::single;
}

// Paragraphs of one page. Besides blank lines (see Spacing), a line
// indented further than the one before starts a paragraph (first-line
// indent, centred heading), and a line well short of the page's width ends
// one (last line of a paragraph, heading, caption).
std::vector<std::string> paragraphs_of(const std::vector<LineInfo>& lines, bool had_line_numbers) {
  std::vector<std::string> paragraphs;
  if (lines.empty()) return paragraphs;
  Spacing spacing = had_line_numbers ? Spacing::meaningless : spacing_of(lines);
  std::vector<std::size_t> widths;
  for (const LineInfo& l : lines) widths.push_back(l.width);
  std::sort(widths.begin(), widths.end());
  std::size_t typical_width = widths[widths.size() * 3 / 4];

  std::string current = lines[0].text;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const LineInfo& prev = lines[i - 1];
    const LineInfo& line = lines[i];
    bool gap_breaks = false;
    switch (spacing) {
      case Spacing::single: gap_breaks = line.blank_before >= 1; break;
      case Spacing::mixed:
        gap_breaks = line.blank_before >= 2 || (line.blank_before == 1 && ends_sentence(prev.text));
        break;
      case Spacing::double_spaced: gap_breaks = line.blank_before >= 2; break;
      case Spacing::meaningless: break;
    }
    bool new_paragraph = gap_breaks || line.indent >= prev.indent + 2 ||
                         (typical_width > 40 && prev.width * 10 < typical_width * 7);
    if (new_paragraph) {
      paragraphs.push_back(std::move(current));
      current = line.text;
    } else {
      current += '\n';
      current += line.text;
    }
  }
  paragraphs.push_back(std::move(current));
  return paragraphs;
}

bool starts_lowercase(std::string_view s) {
  return !s.empty() && std::islower(static_cast<unsigned char>(s.front()));
}

}  // namespace

PdfLayoutText pdf_pages_to_text(const std::vector<std::string>& page_texts) {
  PdfLayoutText result;
  std::vector<Lines> pages;
  for (const std::string& p : page_texts) {
    pages.push_back(split_lines(p));
    if (std::all_of(pages.back().begin(), pages.back().end(), [](const std::string& l) { return is_blank(l); }))
      ++result.pages_without_text;
  }
  std::vector<bool> had_line_numbers;
  for (Lines& p : pages) {
    int removed = remove_line_numbers(p);
    had_line_numbers.push_back(removed > 0);
    result.running_lines_removed += removed;
  }
  result.running_lines_removed += remove_running_lines(pages);

  std::string& out = result.text;
  for (std::size_t page = 0; page < pages.size(); ++page) {
    std::vector<std::string> paragraphs = paragraphs_of(text_lines(pages[page]), had_line_numbers[page]);
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
      if (!out.empty()) {
        // A sentence running over the page break stays one paragraph.
        std::size_t last_line = out.rfind('\n');
        std::string_view tail = last_line == std::string::npos ? std::string_view(out)
                                                              : std::string_view(out).substr(last_line + 1);
        out += (i == 0 && !ends_sentence(tail) && starts_lowercase(paragraphs[i])) ? "\n" : "\n\n";
      }
      out += paragraphs[i];
    }
  }
  return result;
}

}  // namespace lexgraph
