// Normalization rules, in the order a reader meets them:
//  - Invalid UTF-8 becomes U+FFFD (one per maximal ill-formed subsequence).
//  - Characters: curly quotes -> ' and "; hyphens, figure/en dashes and
//    minus -> "-"; em dash -> "--"; every kind of space -> " "; soft hyphen,
//    zero-width characters and BOM removed; ligatures and full-width ASCII
//    folded; C1 controls read as Windows-1252 (char_map.cc). Everything
//    else is put in NFC. NFKC is not used: it rewrites characters legal
//    text means literally ("½" -> "1⁄2", "²" -> "2").
//  - Lines: CRLF and CR become "\n"; leading and trailing spaces go, runs
//    of spaces inside a line become one (court plain text is laid out in
//    columns). Page furniture goes: star pages "*12" (not pin cites
//    "at *12"), page-number lines and running headers next to form feeds,
//    Statutes-at-Large page headers (page_furniture.h).
//  - Breaks: "\n" inside a paragraph, "\n\n" between paragraphs, decided
//    by the layout of the text (line_layout.h). A word hyphenated at a line
//    break is joined when the next line starts in lower case
//    ("Protec-\ntion" -> "Protection", "non-\nProfit" stays).
// Every output byte keeps its way back: OffsetMap::to_original gives the
// original offset of the character it came from.

#include "normalize/normalizer.h"

#include <array>
#include <string>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "normalize/char_map.h"
#include "normalize/line_layout.h"
#include "normalize/page_furniture.h"

namespace lexgraph {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Printable ASCII that is copied as it is: everything but the space and
// the two characters that can open a star-page marker.
constexpr std::array<bool, 256> plain_ascii_table() {
  std::array<bool, 256> table{};
  for (int c = 0x21; c < 0x7F; ++c) table[c] = c != '*' && c != '[';
  return table;
}
constexpr std::array<bool, 256> kPlainAscii = plain_ascii_table();

bool is_plain(char c) { return kPlainAscii[static_cast<unsigned char>(c)]; }

bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// The normalized text being written, with the anchors that lead back.
class Output {
 public:
  explicit Output(std::size_t capacity) { text_.reserve(capacity); }

  const std::string& text() const { return text_; }

  // Bytes copied unchanged from `original` on.
  void copy(std::string_view bytes, std::size_t original) {
    anchor(original);
    text_.append(bytes);
  }

  // Bytes that all stand for the one character at `original`.
  void substitute(std::string_view bytes, std::size_t original) {
    for (char c : bytes) {
      anchor(original);
      text_.push_back(c);
    }
  }

  void pop_back() {
    text_.pop_back();
    while (!anchors_.empty() && anchors_.back().normalized > text_.size()) anchors_.pop_back();
  }

  NormalizedText finish(std::size_t original_size) {
    anchor(original_size);
    NormalizedText result;
    for (const Anchor& a : anchors_) result.offsets.add_anchor(a.normalized, a.original);
    result.text = std::move(text_);
    return result;
  }

 private:
  struct Anchor {
    std::size_t normalized;
    std::size_t original;
  };

  void anchor(std::size_t original) {
    const std::size_t n = text_.size();
    if (anchors_.empty()) {
      if (n == original) return;
    } else {
      Anchor& last = anchors_.back();
      if (last.normalized == n) {
        last.original = original;
        return;
      }
      if (last.original + (n - last.normalized) == original) return;
    }
    anchors_.push_back({n, original});
  }

  std::string text_;
  std::vector<Anchor> anchors_;
};

class Normalizer {
 public:
  explicit Normalizer(std::string_view in) : in_(in), out_(in.size()) {
    UErrorCode status = U_ZERO_ERROR;
    nfc_ = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) nfc_ = nullptr;
  }

  NormalizedText run() {
    bool previous_soft_hyphen = false;
    for (const ContentLine& line : lay_out_lines(in_)) {
      pending_break_ = line.break_before;
      break_origin_ = line.break_origin;
      next_starts_lowercase_ = line.starts_lowercase;
      next_starts_uppercase_ = starts_uppercase(line.begin, line.end);
      join_after_soft_hyphen_ = previous_soft_hyphen;
      emit_line(line.begin, line.end);
      previous_soft_hyphen = line.ends_with_soft_hyphen;
    }
    return out_.finish(in_.size());
  }

 private:
  // Called before anything visible of a line is written: writes the break
  // from the previous line, or joins a word hyphenated across it.
  void start_visible() {
    if (pending_space_ != kNone) {
      if (out_.text().size() > line_start_) out_.substitute(" ", pending_space_);
      pending_space_ = kNone;
    }
    if (pending_break_ == BreakBefore::none) return;
    BreakBefore kind = pending_break_;
    pending_break_ = BreakBefore::none;
    if (kind == BreakBefore::line) {
      if (join_after_soft_hyphen_) {
      } else if (next_starts_lowercase_ && ends_with_letter_hyphen()) {
        out_.pop_back();
      } else if (next_starts_uppercase_ && ends_with_capitalized_hyphen()) {
        // "Nelson Cortés-\nCastillo", "Rivera-\nRuiz": a hyphenated name
        // broken at the line's end is one word, its hyphen kept.
      } else {
        out_.substitute("\n", break_origin_);
      }
    } else {
      out_.substitute("\n\n", break_origin_);
    }
    line_start_ = out_.text().size();
  }

  bool ends_with_letter_hyphen() const {
    const std::string& t = out_.text();
    if (t.size() < 2 || t.back() != '-') return false;
    std::size_t end = t.size() - 1;
    unsigned char before = static_cast<unsigned char>(t[end - 1]);
    if (before < 0x80) return is_ascii_letter(static_cast<char>(before));
    UChar32 c = decode_before(t, 0, end);
    return c >= 0 && u_isalpha(c);
  }

  // The output ends with a capitalized word of two letters or more and a
  // hyphen ("Cortés-").
  bool ends_with_capitalized_hyphen() const {
    const std::string& t = out_.text();
    if (t.size() < 3 || t.back() != '-') return false;
    std::size_t end = t.size() - 1;
    UChar32 first = -1;
    std::size_t letters = 0;
    while (end > 0) {
      std::size_t at = end;
      const UChar32 c = decode_before(t, 0, at);
      if (c < 0 || !u_isalpha(c)) break;
      first = c;
      ++letters;
      end = at;
    }
    return letters >= 2 && first >= 0 && u_isupper(first);
  }

  bool starts_uppercase(std::size_t begin, std::size_t end) const {
    if (begin >= end) return false;
    std::size_t i = begin;
    UChar32 c;
    U8_NEXT(in_.data(), i, end, c);
    return c >= 0 && u_isupper(c);
  }

  void note_space(std::size_t pos) {
    if (pending_space_ == kNone) pending_space_ = pos;
  }

  void emit_line(std::size_t b, std::size_t e) {
    line_start_ = out_.text().size();
    pending_space_ = kNone;
    last_copy_end_ = kNone;
    std::string_view line_text = in_.substr(0, e);  // markers must not look past the line
    std::size_t i = b;
    while (i < e) {
      const char c = in_[i];
      if (is_plain(c)) {
        std::size_t j = i + 1;
        for (;;) {
          if (j < e && is_plain(in_[j])) {
            ++j;
          } else if (j + 1 < e && in_[j] == ' ' && is_plain(in_[j + 1])) {
            j += 2;
          } else {
            break;
          }
        }
        start_visible();
        out_.copy(in_.substr(i, j - i), i);
        last_copy_end_ = j;
        i = j;
        continue;
      }
      const unsigned char byte = static_cast<unsigned char>(c);
      if (byte < 0x80) {
        if (c == '*' || c == '[') {
          if (std::size_t length = star_page_marker_length(line_text, i)) {
            drop_marker(i + length, e);
            i += length;
            continue;
          }
          start_visible();
          out_.copy(in_.substr(i, 1), i);
          last_copy_end_ = i + 1;
          ++i;
          continue;
        }
        note_space(i);  // space, tab, control character
        ++i;
        continue;
      }
      emit_non_ascii(i, e);
    }
  }

  // A page marker between the halves of a hyphenated word ("corn-*234pliance")
  // joins them like a line break would.
  void drop_marker(std::size_t after, std::size_t e) {
    last_copy_end_ = kNone;
    if (pending_space_ == kNone && after < e && in_[after] >= 'a' && in_[after] <= 'z' &&
        out_.text().size() > line_start_ && ends_with_letter_hyphen()) {
      out_.pop_back();
    }
  }

  void emit_non_ascii(std::size_t& i, std::size_t e) {
    const std::size_t start = i;
    UChar32 c;
    U8_NEXT(in_.data(), i, e, c);
    if (c < 0) {
      start_visible();
      out_.substitute("\xEF\xBF\xBD", start);
      last_copy_end_ = kNone;
      return;
    }
    const CharMapping mapping = map_code_point(c);
    switch (mapping.action) {
      case CharAction::space:
        note_space(start);
        return;
      case CharAction::remove:
        return;
      case CharAction::replace:
        start_visible();
        out_.substitute(mapping.replacement, start);
        last_copy_end_ = kNone;
        return;
      case CharAction::keep:
        break;
    }
    start_visible();
    if (nfc_ == nullptr || nfc_->isInert(c)) {
      out_.copy(in_.substr(start, i - start), start);
      last_copy_end_ = kNone;
      return;
    }
    // A run of characters NFC may change; it can start with a combining
    // mark that composes with the ASCII letter just written ("e" + U+0301).
    std::size_t run_end = i;
    while (run_end < e && static_cast<unsigned char>(in_[run_end]) >= 0x80) {
      std::size_t k = run_end;
      UChar32 next;
      U8_NEXT(in_.data(), k, e, next);
      if (next < 0 || map_code_point(next).action != CharAction::keep) break;
      run_end = k;
    }
    std::size_t run_start = start;
    if (!nfc_->hasBoundaryBefore(c) && last_copy_end_ == start && out_.text().size() > line_start_) {
      run_start = start - 1;
      out_.pop_back();
    }
    std::string_view run = in_.substr(run_start, run_end - run_start);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString composed = nfc_->normalize(icu::UnicodeString::fromUTF8(run), status);
    std::string utf8;
    if (U_SUCCESS(status)) {
      composed.toUTF8String(utf8);
    } else {
      utf8.assign(run);
    }
    out_.copy(utf8, run_start);
    last_copy_end_ = kNone;
    i = run_end;
  }

  std::string_view in_;
  Output out_;
  const icu::Normalizer2* nfc_ = nullptr;

  std::size_t line_start_ = 0;            // output size when the line began
  std::size_t pending_space_ = kNone;     // original offset of a space run not yet written
  std::size_t last_copy_end_ = kNone;     // original offset just after the last verbatim ASCII copy
  BreakBefore pending_break_ = BreakBefore::none;
  std::size_t break_origin_ = 0;
  bool next_starts_lowercase_ = false;
  bool next_starts_uppercase_ = false;
  bool join_after_soft_hyphen_ = false;
};

}  // namespace

NormalizedText normalize(std::string_view original) { return Normalizer(original).run(); }

}  // namespace lexgraph
