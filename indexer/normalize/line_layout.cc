#include "normalize/line_layout.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "normalize/char_map.h"
#include "normalize/page_furniture.h"

namespace lexgraph {

namespace {

struct RawLine {
  std::size_t begin = 0;          // visible content, trimmed
  std::size_t end = 0;
  unsigned indent = 0;            // leading columns before the content
  bool page_break_before = false;  // a form feed precedes the line
  bool removed = false;            // page furniture
  bool ends_page = false;          // a removed "-3-" that stands where a page ended
  bool starts_lowercase = false;
  bool starts_digit = false;
  bool ends_with_soft_hyphen = false;
  bool blank() const { return begin >= end; }
  std::size_t length() const { return end - begin; }
};

// Paragraphs in wrapped text start indented; anything from three columns on
// counts (pdftotext indents paragraphs by 5 to 15).
constexpr unsigned kParagraphIndent = 3;
// No wrapped layout has lines this long; a line break after one ends a paragraph.
constexpr std::size_t kUnwrappedLineLength = 200;

UChar32 decode_at(std::string_view t, std::size_t& i) {
  UChar32 c;
  U8_NEXT(t.data(), i, t.size(), c);
  return c;
}

RawLine describe_line(std::string_view t, std::size_t begin, std::size_t end,
                      bool page_break_before) {
  RawLine line;
  line.page_break_before = page_break_before;
  std::size_t i = begin;
  unsigned indent = 0;
  while (i < end) {
    unsigned char byte = static_cast<unsigned char>(t[i]);
    if (byte == ' ') { ++indent; ++i; continue; }
    if (byte == '\t') { indent += 4; ++i; continue; }
    std::size_t next = i;
    UChar32 c = decode_at(t.substr(0, end), next);
    if (c >= 0 && is_invisible(c)) {
      ++indent;
      i = next;
      continue;
    }
    line.starts_lowercase = c >= 0 && (c < 0x80 ? (byte >= 'a' && byte <= 'z') : u_islower(c));
    line.starts_digit = byte >= '0' && byte <= '9';
    break;
  }
  line.begin = i;
  line.indent = indent;
  std::size_t e = end;
  while (e > i) {
    unsigned char byte = static_cast<unsigned char>(t[e - 1]);
    if (byte < 0x80) {
      if (byte > ' ' && byte != 0x7F) break;
      --e;
      continue;
    }
    std::size_t prev = e;
    UChar32 c = decode_before(t, i, prev);
    if (c < 0 || !is_invisible(c)) break;
    if (c == 0x00AD) line.ends_with_soft_hyphen = true;
    e = prev;
  }
  line.end = e;
  return line;
}

std::vector<RawLine> split_lines(std::string_view t) {
  std::vector<RawLine> lines;
  const std::size_t n = t.size();
  std::size_t i = 0;
  bool page_break = false;
  for (;;) {
    // A form feed opening a line is a page break, not a line of its own.
    while (i < n && t[i] == '\f') { page_break = true; ++i; }
    std::size_t begin = i, end = n, next = n;
    bool found = false, next_page_break = false, paragraph_separator = false;
    for (; i < n; ++i) {
      unsigned char c = static_cast<unsigned char>(t[i]);
      if (c > '\r' && c != 0xE2) continue;
      if (c == '\n' || c == '\v') {
        end = i; next = i + 1; found = true; break;
      }
      if (c == '\r') {
        end = i; next = (i + 1 < n && t[i + 1] == '\n') ? i + 2 : i + 1; found = true; break;
      }
      if (c == '\f') {
        end = i; next = i + 1; next_page_break = true; found = true; break;
      }
      if (c == 0xE2 && i + 2 < n && t[i + 1] == '\x80' && (t[i + 2] == '\xA8' || t[i + 2] == '\xA9')) {
        end = i; next = i + 3; paragraph_separator = t[i + 2] == '\xA9'; found = true; break;
      }
    }
    lines.push_back(describe_line(t, begin, end, page_break));
    page_break = next_page_break;
    if (paragraph_separator) lines.push_back(describe_line(t, next, next, false));
    if (!found) break;
    i = next;
  }
  return lines;
}

std::string_view trimmed(std::string_view t, const RawLine& line) {
  return t.substr(line.begin, line.length());
}

// Pleading paper and slip opinions number their lines down the left margin
// ("19   Thomas Gaffney,"), and text extracted from their PDFs keeps the
// numbers (the PDF reader removes them page by page: read/pdf_layout.cc).
// A line opening with a number of one or two digits, then two spaces and
// text or nothing, is in the margin when it continues a run of such numbers
// in steps of one, each within two lines of the one before; a document with
// at least kMarginNumbersWithText of them carrying text has that margin,
// and those numbers go. Paragraph numbers standing alone ("1", "2" over
// each paragraph) and footnotes ("1 The court ...") are no such run.
constexpr int kMarginNumbersWithText = 10;

void remove_line_numbers(std::string_view t, std::vector<RawLine>& lines) {
  struct Numbered {
    std::size_t line;
    std::size_t digits_end;
    int value;
    bool has_text;
    int lines_since_previous;  // non-blank unnumbered lines since the numbered line before
    bool in_run = false;
  };
  std::vector<Numbered> numbered;
  int unnumbered = 0;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const RawLine& line = lines[k];
    if (line.blank()) continue;
    std::size_t e = line.begin;
    while (e < line.end && e - line.begin < 3 && t[e] >= '0' && t[e] <= '9') ++e;
    const std::size_t digits = e - line.begin;
    const bool bare = e == line.end;
    const bool spaced = e + 2 < line.end && t[e] == ' ' && t[e + 1] == ' ';
    if (digits == 0 || digits > 2 || (!bare && !spaced)) {
      ++unnumbered;
      continue;
    }
    const int value = std::stoi(std::string(t.substr(line.begin, digits)));
    numbered.push_back({k, e, value, !bare, unnumbered});
    unnumbered = 0;
  }
  int with_text = 0;
  for (std::size_t n = 1; n < numbered.size(); ++n) {
    if (numbered[n].value != numbered[n - 1].value + 1 || numbered[n].lines_since_previous > 2) continue;
    for (Numbered* x : {&numbered[n - 1], &numbered[n]}) {
      if (!x->in_run && x->has_text) ++with_text;
      x->in_run = true;
    }
  }
  if (with_text < kMarginNumbersWithText) return;
  // The text after a number starts past the margin's gap: its narrowest
  // width is no indentation.
  unsigned gap = ~0u;
  std::vector<std::pair<std::size_t, RawLine>> stripped;
  for (const Numbered& x : numbered) {
    if (!x.in_run) continue;
    const RawLine& old = lines[x.line];
    RawLine line = describe_line(t, x.digits_end, old.end, old.page_break_before);
    if (!line.blank()) gap = std::min(gap, line.indent);
    stripped.emplace_back(x.line, line);
  }
  for (auto& [k, line] : stripped) {
    line.indent = line.blank() || gap == ~0u ? 0 : line.indent - gap;
    lines[k] = line;
  }
}

// Page numbers and running headers sit next to page breaks. A page number
// line goes wherever it is; any other line goes when its shape recurs next
// to at least two page breaks (a header that only repeats the page number).
void remove_page_furniture(std::string_view t, std::vector<RawLine>& lines) {
  bool has_page_breaks = false;
  for (const RawLine& line : lines) has_page_breaks |= line.page_break_before;

  std::vector<std::size_t> candidates;
  auto collect = [&](std::size_t boundary) {
    int found = 0;
    for (std::size_t k = boundary; k < lines.size() && found < 2; ++k) {
      if (k > boundary && lines[k].page_break_before) break;
      if (!lines[k].blank()) { candidates.push_back(k); ++found; }
    }
    found = 0;
    for (std::size_t k = boundary; k > 0 && found < 2; --k) {
      if (!lines[k - 1].blank()) { candidates.push_back(k - 1); ++found; }
      if (lines[k - 1].page_break_before) break;
    }
  };
  if (has_page_breaks) {
    collect(0);
    for (std::size_t k = 1; k < lines.size(); ++k) {
      if (lines[k].page_break_before) collect(k);
    }
    collect(lines.size());
  }
  // A short page puts the same line next to two breaks; count it once.
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::unordered_map<std::string, int> shape_count;
  std::vector<std::string> shapes(candidates.size());
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    shapes[c] = page_line_shape(trimmed(t, lines[candidates[c]]));
    ++shape_count[shapes[c]];
  }
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    RawLine& line = lines[candidates[c]];
    if (is_page_number_line(trimmed(t, line)) || shape_count[shapes[c]] >= 2) line.removed = true;
  }

  // A slip opinion typed without form feeds still numbers its pages "-3-",
  // on a line of its own between blank lines where the page ended: the
  // dashes say it is no list number or figure.
  for (std::size_t k = 0; k < lines.size(); ++k) {
    RawLine& line = lines[k];
    if (line.blank() || line.removed) continue;
    const std::string_view text = trimmed(t, line);
    if (!text.starts_with('-') || !is_page_number_line(text)) continue;
    if ((k == 0 || lines[k - 1].blank()) && (k + 1 == lines.size() || lines[k + 1].blank())) {
      line.removed = true;
      line.ends_page = true;
    }
  }

  bool first_content = true;
  for (RawLine& line : lines) {
    if (line.blank() || line.removed) continue;
    if (is_marker_only_line(t, line.begin, line.end) ||
        (!first_content && is_statutes_page_header(trimmed(t, line)))) {
      line.removed = true;
      continue;
    }
    first_content = false;
  }
}

// Typewritten slip opinions printed bold and underlined words by striking
// them twice, and the text extracted from them repeats the struck words on
// a line of their own right under the line that holds them:
//   "BOWNES,  Senior Circuit Judge.   This is  an appeal"
//   "BOWNES,  Senior Circuit Judge."
// Left in, the repeat lands inside the sentence. A line goes when it comes
// straight under a line at its indentation and says, up to spacing, what
// that line opens with, ending where a word ends there. A repeat without
// a letter (a docket's second date column, a rule of underscores) stays.
bool words_open(std::string_view line, std::string_view repeat) {
  std::size_t i = 0, j = 0;
  auto skip_spaces = [](std::string_view s, std::size_t& k) {
    while (k < s.size() && (s[k] == ' ' || s[k] == '\t')) ++k;
  };
  while (j < repeat.size()) {
    if (repeat[j] == ' ' || repeat[j] == '\t') {
      if (i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return false;
      skip_spaces(repeat, j);
      skip_spaces(line, i);
      continue;
    }
    if (i >= line.size() || line[i] != repeat[j]) return false;
    ++i;
    ++j;
  }
  const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  return i == line.size() || !alnum(line[i]) || !alnum(repeat.back());
}

void remove_overstruck_repeats(std::string_view t, std::vector<RawLine>& lines) {
  for (std::size_t k = 1; k < lines.size(); ++k) {
    RawLine& line = lines[k];
    const RawLine& above = lines[k - 1];
    if (line.blank() || above.blank() || above.removed || line.indent != above.indent) continue;
    const std::string_view text = trimmed(t, line);
    if (std::none_of(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) continue;
    if (words_open(trimmed(t, above), text)) line.removed = true;
  }
}

bool ends_sentence_like(std::string_view s) {
  while (!s.empty()) {
    char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']') { s.remove_suffix(1); continue; }
    if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xE2\x80\x99")) {
      s.remove_suffix(3);
      continue;
    }
    break;
  }
  if (s.empty()) return false;
  char c = s.back();
  return c == '.' || c == ':' || c == ';' || c == '!' || c == '?';
}

bool ends_with_versus(std::string_view s) {
  for (std::string_view v : {"v.", "vs.", "V.", "VS."}) {
    if (s.size() >= v.size() && s.substr(s.size() - v.size()) == v &&
        (s.size() == v.size() || s[s.size() - v.size() - 1] == ' ')) {
      return true;
    }
  }
  return false;
}

struct Gap {
  std::size_t from = 0;  // previous content line
  std::size_t to = 0;    // next content line
  int blank_lines = 0;
  bool page_break = false;
};

}  // namespace

std::vector<ContentLine> lay_out_lines(std::string_view t) {
  std::vector<RawLine> lines = split_lines(t);
  remove_line_numbers(t, lines);
  remove_page_furniture(t, lines);
  remove_overstruck_repeats(t, lines);

  std::vector<std::size_t> content;
  std::vector<Gap> gaps;  // gaps[j] is the gap before content[j + 1]
  Gap pending;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const RawLine& line = lines[k];
    // The blank lines around a page's number are the page's end, as a form feed is.
    pending.page_break |= line.page_break_before || line.ends_page;
    if (line.removed) continue;
    if (line.blank()) { ++pending.blank_lines; continue; }
    if (!content.empty()) {
      pending.from = content.back();
      pending.to = k;
      gaps.push_back(pending);
    }
    content.push_back(k);
    pending = Gap{};
  }

  // Double-spaced: many single blank lines sit inside sentences (a long
  // line without final punctuation, then a flush-left lower-case line).
  // Unwrapped: most single line breaks follow a paragraph-long line.
  std::size_t single_blank = 0, mid_sentence = 0, no_blank = 0, after_long = 0;
  for (const Gap& g : gaps) {
    if (g.page_break) continue;
    const RawLine& a = lines[g.from];
    const RawLine& b = lines[g.to];
    if (g.blank_lines == 1) {
      ++single_blank;
      if (a.length() >= 40 && !ends_sentence_like(trimmed(t, a)) && b.indent == 0 && b.starts_lowercase) {
        ++mid_sentence;
      }
    } else if (g.blank_lines == 0) {
      ++no_blank;
      if (a.length() > kUnwrappedLineLength) ++after_long;
    }
  }
  const bool double_spaced = mid_sentence >= 3 && mid_sentence * 100 >= single_blank * 12;
  const bool unwrapped = after_long >= 3 && after_long * 2 >= no_blank;

  std::vector<ContentLine> out;
  out.reserve(content.size());
  for (std::size_t j = 0; j < content.size(); ++j) {
    const RawLine& b = lines[content[j]];
    ContentLine line{b.begin, b.end, BreakBefore::none, b.begin, b.starts_lowercase,
                     b.ends_with_soft_hyphen};
    if (j > 0) {
      const Gap& g = gaps[j - 1];
      const RawLine& a = lines[g.from];
      bool same_paragraph;
      if (b.starts_lowercase) {
        same_paragraph = true;  // paragraphs do not start in lower case
      } else if (ends_with_versus(trimmed(t, a))) {
        same_paragraph = true;  // "Nebbia\n\nv.\n\nNew York": a case name split by markup
      } else if (trimmed(t, a).back() == ',' && b.starts_digit) {
        same_paragraph = true;  // "Hill,\n\n293 U. S. 131": a citation split by markup
      } else if (g.page_break) {
        same_paragraph = b.indent < kParagraphIndent;
      } else if (g.blank_lines == 0) {
        // A line indented deeper than the one before opens a paragraph
        // (single-spaced PDF text); a block quote indents all its lines alike.
        bool indented = b.indent >= kParagraphIndent && b.indent >= a.indent + 2;
        same_paragraph = !unwrapped && !indented && a.length() <= kUnwrappedLineLength;
      } else {
        same_paragraph = double_spaced && g.blank_lines == 1 && b.indent < kParagraphIndent;
      }
      line.break_before = same_paragraph ? BreakBefore::line : BreakBefore::paragraph;
      line.break_origin = a.end;
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace lexgraph
