// Paragraphs are blocks separated by blank lines. Inside a paragraph, line
// breaks are only layout, so ICU sees them as spaces (a copy of the
// paragraph of the same length, so offsets carry over unchanged).
//
// ICU proposes the breaks with its plain English sentence rules
// (Locale "en"); BoundaryRules, driven by segment/legal_abbreviations.txt,
// reviews them. We do not use ICU's "en@ss=standard" nor a
// FilteredBreakIteratorBuilder: in ICU 72 both match an abbreviation as a
// bare suffix of the word before the break ("n." suppresses the break
// after "opinion.", the built-in list keeps "The FAA. It" together) and
// neither can suppress the break after an abbreviation with an inner full
// stop ("U.S." in "531 U.S. 98").

#include "segment/sentence_splitter.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "segment/abbreviation_table.h"
#include "segment/boundary_rules.h"

namespace lexgraph {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// "Gary Taverman," over a blank line and "Deputy Assistant Secretary.", the
// signature of a notice; "DAWN DAIGLE," over "Plaintiff, Appellee,", a
// caption: a block of one short line ending in a comma has not ended its
// sentence, so the block after it belongs to the same paragraph.
bool continues_past_blank_line(std::string_view line) {
  constexpr int kMaxWords = 6;
  while (!line.empty() && is_blank(line.back())) line.remove_suffix(1);
  if (!line.ends_with(',')) return false;
  int words = 0;
  bool in_word = false;
  for (char c : line) {
    if (is_blank(c)) in_word = false;
    else if (!in_word) in_word = true, ++words;
  }
  return words <= kMaxWords;
}

// One past the last byte of the paragraph that starts at `start`: it ends
// at a line holding nothing but spaces, or at the end of the text.
std::size_t paragraph_end(std::string_view text, std::size_t start) {
  std::size_t line_end = text.find('\n', start);
  bool first_line = true;
  while (line_end != std::string_view::npos) {
    std::size_t k = line_end + 1;
    while (k < text.size() && is_blank(text[k])) {
      if (text[k] == '\n' && !(first_line && continues_past_blank_line(text.substr(start, line_end - start))))
        return line_end;
      ++k;
    }
    if (k >= text.size()) return line_end;
    first_line = false;
    line_end = text.find('\n', k);
  }
  return text.size();
}

}  // namespace

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
  BoundaryRules rules{AbbreviationTable::legal()};
  std::string icu_text;  // the paragraph with line breaks as spaces
  std::vector<std::size_t> starts;

  void split_paragraph(std::string_view text, std::size_t begin, std::size_t end,
                       Segmentation& out);
};

SentenceSplitter::SentenceSplitter() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  // Without ICU's data every paragraph is one sentence; nothing else breaks.
  if (U_FAILURE(status)) impl_->iterator.reset();
}

SentenceSplitter::~SentenceSplitter() = default;

Segmentation SentenceSplitter::split(std::string_view text) {
  Segmentation out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && is_blank(text[pos])) ++pos;
    if (pos >= text.size()) break;
    std::size_t end = paragraph_end(text, pos);
    std::size_t trimmed_end = end;
    while (trimmed_end > pos && is_blank(text[trimmed_end - 1])) --trimmed_end;
    out.paragraphs.push_back({pos, trimmed_end});
    impl_->split_paragraph(text, pos, trimmed_end, out);
    pos = end;
  }
  return out;
}

void SentenceSplitter::Impl::split_paragraph(std::string_view text, std::size_t begin,
                                             std::size_t end, Segmentation& out) {
  const std::size_t length = end - begin;
  const std::string_view paragraph = text.substr(begin, length);
  icu_text.assign(paragraph);
  for (char& c : icu_text) {
    if (is_blank(c)) c = ' ';
  }
  starts.clear();
  if (iterator && length < static_cast<std::size_t>(INT32_MAX)) {
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, icu_text.data(), static_cast<int64_t>(length), &status);
    if (U_SUCCESS(status)) iterator->setText(utext, status);
    if (U_SUCCESS(status)) {
      for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next()) {
        if (b <= 0 || static_cast<std::size_t>(b) >= length) continue;
        std::size_t start = rules.review(paragraph, static_cast<std::size_t>(b));
        if (start != BoundaryRules::kNoBreak && start > 0 && start < length) starts.push_back(start);
      }
    }
    utext_close(utext);
  }
  rules.add_missed_breaks(paragraph, starts);
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  starts.push_back(length);

  const std::size_t paragraph_index = out.paragraphs.size() - 1;
  std::size_t from = 0;
  for (std::size_t to : starts) {
    std::size_t s = from, e = to;
    while (s < e && is_blank(paragraph[s])) ++s;
    while (e > s && is_blank(paragraph[e - 1])) --e;
    if (e > s) out.sentences.push_back({begin + s, begin + e, paragraph_index});
    from = to;
  }
}

}  // namespace lexgraph
