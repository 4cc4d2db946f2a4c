#include "read/text_reader.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "read/text_date.h"
#include "read/text_header.h"
#include "read/text_title.h"

namespace lexgraph {
namespace {

// A NUL this early means a binary file (PDF, image, archive, UTF-16), not text.
constexpr std::size_t kBinaryProbeBytes = 8192;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Offset of the first byte that is not well-formed UTF-8 (overlong forms,
// surrogates and code points past U+10FFFF included), and how many such
// places there are. The text is kept as is: the normalizer repairs it.
struct Utf8Problems {
  std::optional<std::size_t> first;
  std::size_t count = 0;
};

Utf8Problems find_invalid_utf8(std::string_view s) {
  Utf8Problems problems;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t length = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c < 0x80) length = 1;
    else if (c >= 0xC2 && c <= 0xDF) length = 2;
    else if (c == 0xE0) { length = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) length = 3;
    else if (c == 0xED) { length = 3; hi = 0x9F; }
    else if (c >= 0xEE && c <= 0xEF) length = 3;
    else if (c == 0xF0) { length = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) length = 4;
    else if (c == 0xF4) { length = 4; hi = 0x8F; }
    bool ok = length > 0 && i + length <= s.size();
    for (std::size_t k = 1; ok && k < length; ++k) {
      unsigned char b = static_cast<unsigned char>(s[i + k]);
      ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    }
    if (ok) {
      i += length;
    } else {
      if (!problems.first) problems.first = i;
      ++problems.count;
      ++i;
    }
  }
  return problems;
}

// Markdown is still text to us; the format only tells later stages that
// "#" and "*" may be markup. The cues are a code fence or at least two ATX
// headings (one "# Docket Text" line in a docket report is a table column).
bool looks_like_markdown(std::string_view text) {
  text = text.substr(0, 65536);
  int headings = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ' && ++headings >= 2)
      return true;
    if (line.substr(0, 3) == "```") return true;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return false;
}

// The first line of the body when it is an ATX heading ("# Title"): the
// title of a Markdown note that has no header.
std::string leading_heading(std::string_view text) {
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || text[start] != '#') return {};
  std::string_view line = text.substr(start, text.find('\n', start) - start);
  std::size_t hashes = line.find_first_not_of('#');
  if (hashes == std::string_view::npos || hashes > 6 || line[hashes] != ' ') return {};
  line.remove_prefix(hashes);
  std::size_t b = line.find_first_not_of(" \t"), e = line.find_last_not_of(" \t\r#");
  return b == std::string_view::npos || e < b ? std::string() : std::string(line.substr(b, e - b + 1));
}

}  // namespace

ReadResult read_text(std::string_view bytes) {
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")
    return ReadResult::failure("UTF-16 text (byte order mark); only UTF-8 is read");
  std::size_t nul = bytes.substr(0, kBinaryProbeBytes).find('\0');
  if (nul != std::string_view::npos)
    return ReadResult::failure("binary content, not text (NUL byte at offset " + std::to_string(nul) + ")");

  ReadResult result;
  std::size_t start = bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom ? kUtf8Bom.size() : 0;
  std::string_view content = bytes.substr(start);

  Document doc;
  doc.format = looks_like_markdown(content) ? "markdown" : "text";
  std::size_t body = 0;
  if (std::optional<TextHeader> header = find_text_header(content)) {
    apply_text_header(*header, doc, result.warnings);
    body = header->body_offset;
  }
  std::string_view text = content.substr(body);
  if (std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
    return ReadResult::failure(body > 0 ? "no text after the header" : "no text (file is empty or blank)");

  Utf8Problems utf8 = find_invalid_utf8(bytes);
  if (utf8.first) {
    std::string w = "invalid UTF-8 at byte " + std::to_string(*utf8.first);
    if (utf8.count > 1) w += " (" + std::to_string(utf8.count) + " bytes in all)";
    result.warnings.push_back(std::move(w));
  }

  if (doc.title.empty()) doc.title = leading_heading(text);
  if (doc.title.empty()) {
    // The document's own heading speaks where no header did.
    TextHeading heading = heading_of(text);
    doc.title = std::move(heading.title);
    if (doc.citation.empty()) doc.citation = std::move(heading.citation);
    if (doc.date.empty()) doc.date = std::move(heading.date);
  }
  // A slip opinion the header leaves undated dates itself under its caption.
  if (doc.date.empty()) doc.date = decision_date_line(text);
  doc.text = std::string(text);
  doc.text_offset_in_file = start + body;
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace lexgraph
