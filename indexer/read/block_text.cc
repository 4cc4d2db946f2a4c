#include "read/block_text.h"

#include <algorithm>

namespace lexgraph {
namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Byte length of the Unicode space character starting at s[i] (no-break
// space, en/em spaces and quads, thin and ideographic spaces), or 0. Laws
// and court pages indent with them.
std::size_t unicode_space_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  unsigned char c = byte(0);
  if (c == 0xC2 && byte(1) == 0xA0) return 2;                                   // U+00A0
  if (c == 0xE1 && byte(1) == 0x9A && byte(2) == 0x80) return 3;               // U+1680
  if (c == 0xE2 && byte(1) == 0x80 && (byte(2) <= 0x8A && byte(2) >= 0x80)) return 3;  // U+2000..200A
  if (c == 0xE2 && byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9 || byte(2) == 0xAF)) return 3;
  if (c == 0xE2 && byte(1) == 0x81 && byte(2) == 0x9F) return 3;               // U+205F
  if (c == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) return 3;               // U+3000
  return 0;
}

std::size_t space_length(std::string_view s, std::size_t i) {
  if (is_ascii_space(s[i])) return 1;
  return static_cast<unsigned char>(s[i]) < 0x80 ? 0 : unicode_space_length(s, i);
}

int trailing_newlines(const std::string& s) {
  int n = 0;
  for (auto it = s.rbegin(); it != s.rend() && *it == '\n'; ++it) ++n;
  return n;
}

}  // namespace

void BlockTextBuilder::flush_pending() {
  joining_ = false;
  if (out_.empty()) {
    pending_newlines_ = 0;
    pending_separator_ = 0;
    return;
  }
  if (pending_newlines_ > 0) {
    // Trailing spaces before a break carry no meaning.
    while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\t')) out_.pop_back();
    int have = trailing_newlines(out_);
    if (pending_newlines_ > have) out_.append(static_cast<std::size_t>(pending_newlines_ - have), '\n');
  } else if (pending_separator_ != 0 && out_.back() != '\n') {
    if (out_.back() == ' ' || out_.back() == '\t') {
      if (pending_separator_ == '\t') out_.back() = '\t';
    } else {
      out_ += pending_separator_;
    }
  }
  pending_newlines_ = 0;
  pending_separator_ = 0;
}

void BlockTextBuilder::add_text(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (std::size_t n = space_length(text, i)) {
      if (pending_separator_ == 0) pending_separator_ = ' ';
      i += n;
      continue;
    }
    // Copy the run of non-space bytes in one go.
    std::size_t j = i + 1;
    while (j < text.size() && space_length(text, j) == 0) ++j;
    flush_pending();
    out_.append(text.substr(i, j - i));
    i = j;
  }
}

void BlockTextBuilder::add_preformatted(std::string_view text) {
  if (text.empty()) return;
  flush_pending();
  out_.reserve(out_.size() + text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      out_ += '\n';
      continue;
    }
    out_ += text[i];
  }
  // Leading newlines of a document carry nothing.
  if (out_.find_first_not_of('\n') == std::string::npos) out_.clear();
  else if (out_.front() == '\n') out_.erase(0, out_.find_first_not_of('\n'));
}

void BlockTextBuilder::space() {
  if (pending_separator_ == 0) pending_separator_ = ' ';
}

void BlockTextBuilder::line_break() {
  if (joining_) return;
  pending_newlines_ = std::max(pending_newlines_, 1);
}

void BlockTextBuilder::paragraph_break() {
  if (joining_) return;
  pending_newlines_ = 2;
}

void BlockTextBuilder::cell_break() { pending_separator_ = '\t'; }

void BlockTextBuilder::join_next_block() {
  joining_ = true;
  pending_newlines_ = 0;
  space();
}

std::string BlockTextBuilder::finish() {
  while (!out_.empty() && is_ascii_space(out_.back())) out_.pop_back();
  std::string result = std::move(out_);
  out_.clear();
  pending_newlines_ = 0;
  pending_separator_ = 0;
  joining_ = false;
  return result;
}

}  // namespace lexgraph
