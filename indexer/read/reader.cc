#include "read/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <string>

#include "read/html_reader.h"
#include "read/json_reader.h"
#include "read/pdf_reader.h"
#include "read/text_reader.h"
#include "read/text_title.h"
#include "read/uslm_reader.h"

namespace lexgraph {
namespace {

// Enough to decide; the rest of the file does not change the answer.
constexpr std::size_t kSniffBytes = 8192;
// Reading is all in memory; beyond this a file is refused, not swapped in.
constexpr std::size_t kMaxFileBytes = std::size_t{1} << 30;

constexpr std::array<std::string_view, 44> kHtmlTags = {
    "html", "head", "body", "title", "meta", "link", "script", "style", "div", "span", "p", "a",
    "b", "i", "u", "em", "strong", "br", "hr", "table", "tr", "td", "th", "tbody", "thead", "ul",
    "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "center", "font", "img",
    "form", "input", "sup", "section", "article"};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view extension_of(std::string_view name) {
  std::size_t slash = name.find_last_of('/');
  std::size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  return name.substr(dot + 1);
}

bool has_extension(std::string_view name, std::initializer_list<std::string_view> exts) {
  std::string ext = lower_ascii(extension_of(name));
  return std::find(exts.begin(), exts.end(), ext) != exts.end();
}

bool looks_binary(std::string_view head) {
  if (head.find('\0') != std::string_view::npos) return true;
  std::size_t control = std::count_if(head.begin(), head.end(), [](unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
  });
  return control * 10 > head.size();  // over 10% control bytes
}

// Counts start tags in `head`, split into HTML element names and others.
struct TagCount {
  int html = 0;
  int other = 0;
};

TagCount count_tags(std::string_view head) {
  TagCount count;
  for (std::size_t i = head.find('<'); i != std::string_view::npos; i = head.find('<', i + 1)) {
    std::size_t j = i + 1;
    if (j < head.size() && head[j] == '/') ++j;
    std::size_t start = j;
    while (j < head.size() && (std::isalnum(static_cast<unsigned char>(head[j])) || head[j] == ':' ||
                               head[j] == '-' || head[j] == '_'))
      ++j;
    if (j == start || !std::isalpha(static_cast<unsigned char>(head[start]))) continue;
    if (j < head.size() && head[j] != '>' && head[j] != ' ' && head[j] != '/' && head[j] != '\n' &&
        head[j] != '\t' && head[j] != '\r')
      continue;
    std::string name = lower_ascii(head.substr(start, j - start));
    if (std::find(kHtmlTags.begin(), kHtmlTags.end(), name) != kHtmlTags.end()) ++count.html;
    else ++count.other;
  }
  return count;
}

// JSON starts with an object or array whose first member looks like JSON;
// "[PUBLISH]" or "[Docket No. ...]" at the top of a text file does not.
bool looks_like_json(std::string_view s) {
  if (s.empty() || (s[0] != '{' && s[0] != '[')) return false;
  std::size_t i = 1;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  if (i == s.size()) return true;
  char c = s[i];
  if (s[0] == '{') return c == '"' || c == '}';
  return c == '{' || c == '[' || c == '"' || c == ']' || c == '-' || c == 't' || c == 'f' || c == 'n' ||
         std::isdigit(static_cast<unsigned char>(c));
}

std::string_view skip_bom_and_space(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

// Skips leading comments and processing instructions (the XML
// declaration included), noting whether there was an XML declaration.
std::string_view skip_markup_preamble(std::string_view s, bool& xml_declaration) {
  for (;;) {
    s = skip_bom_and_space(s);
    std::string_view end_mark;
    if (s.substr(0, 4) == "<!--") end_mark = "-->";
    else if (s.substr(0, 2) == "<?") end_mark = "?>";
    else return s;
    if (s.substr(0, 5) == "<?xml" && (s.size() == 5 || std::isspace(static_cast<unsigned char>(s[5]))))
      xml_declaration = true;
    std::size_t end = s.find(end_mark);
    if (end == std::string_view::npos) return {};
    s.remove_prefix(end + end_mark.size());
  }
}

std::string first_element_name(std::string_view markup) {
  std::size_t i = 1;
  while (i < markup.size() && (std::isalnum(static_cast<unsigned char>(markup[i])) || markup[i] == ':' ||
                               markup[i] == '-' || markup[i] == '_'))
    ++i;
  return lower_ascii(markup.substr(1, i - 1));
}

bool is_html_tag(const std::string& name) {
  return std::find(kHtmlTags.begin(), kHtmlTags.end(), name) != kHtmlTags.end();
}

// `start` begins with '<' after any declaration and comments. A doctype
// decides when present; a fragment that opens with an HTML element is
// HTML; a namespace declaration means XML; otherwise the file name settles
// it, and failing that the majority of element names (CourtListener's
// Harvard case markup, <opinion> around <p> and <em>, reads as HTML).
Format detect_markup(std::string_view start, std::string_view file_name, bool xml_declaration) {
  std::string lowered = lower_ascii(start.substr(0, kSniffBytes));
  std::string_view low(lowered);
  if (low.substr(0, 14) == "<!doctype html" || low.substr(0, 5) == "<html") return Format::html;
  if (low.substr(0, 9) == "<!doctype") return Format::xml;
  if (is_html_tag(first_element_name(low))) return Format::html;
  if (low.find("xmlns") != std::string_view::npos) return Format::xml;
  if (has_extension(file_name, {"html", "htm", "xhtml"})) return Format::html;
  if (has_extension(file_name, {"xml"})) return Format::xml;
  TagCount tags = count_tags(start.substr(0, kSniffBytes));
  if (tags.html > tags.other) return Format::html;
  return tags.html == tags.other && !xml_declaration ? Format::html : Format::xml;
}

const char* format_name(Format f) {
  switch (f) {
    case Format::text: return "text";
    case Format::json: return "json";
    case Format::html: return "html";
    case Format::pdf: return "pdf";
    case Format::xml: return "xml";
    case Format::unsupported: return "unsupported";
  }
  return "unsupported";
}

ReadResult dispatch(Format format, std::string_view bytes) {
  switch (format) {
    case Format::pdf: return read_pdf(bytes);
    case Format::json: return read_json(bytes);
    case Format::html: return read_html(bytes);
    case Format::xml: return read_uslm(bytes);
    case Format::text: return read_text(bytes);
    case Format::unsupported: break;
  }
  return ReadResult::failure("unsupported binary file (no reader for this format)");
}

}  // namespace

Format detect_format(std::string_view bytes, std::string_view file_name) {
  // The PDF header may follow a little junk (the spec allows 1 KB).
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Format::pdf;
  std::string_view head = bytes.substr(0, kSniffBytes);
  if (looks_binary(head)) return Format::unsupported;
  std::string_view start = skip_bom_and_space(bytes);
  if (looks_like_json(start.substr(0, 64))) return Format::json;
  bool xml_declaration = false;
  std::string_view markup = skip_markup_preamble(start, xml_declaration);
  if (!markup.empty() && markup.front() == '<') return detect_markup(markup, file_name, xml_declaration);
  if (xml_declaration) return Format::xml;
  // A fragment that starts with words but is dense with HTML tags is HTML
  // (prose that mentions a tag or two is not); the name lowers the bar.
  TagCount tags = count_tags(head);
  if (tags.html >= 10 && static_cast<std::size_t>(tags.html) * 200 >= head.size()) return Format::html;
  if (tags.html >= 3 && has_extension(file_name, {"html", "htm"})) return Format::html;
  return Format::text;
}

ReadResult read_bytes(std::string_view bytes, const std::string& path) {
  if (bytes.empty()) return ReadResult::failure("empty file");
  if (skip_bom_and_space(bytes).empty()) return ReadResult::failure("empty file (only whitespace)");
  Format format = detect_format(bytes, path);
  ReadResult result;
  try {
    result = dispatch(format, bytes);
  } catch (const std::exception& e) {
    return ReadResult::failure(std::string("reader failed: ") + e.what());
  } catch (...) {
    return ReadResult::failure("reader failed with an unknown error");
  }
  for (Document& doc : result.documents) {
    doc.path = path;
    // A slip opinion whose source names no case names it in its caption.
    if (doc.title.empty() || is_placeholder_title(doc.title)) {
      if (std::string caption = slip_opinion_caption(doc.text); !caption.empty()) doc.title = std::move(caption);
    }
    if (doc.format.empty()) doc.format = format_name(format);
  }
  return result;
}

ReadResult read_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ReadResult::failure(std::string("cannot open: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return ReadResult::failure(std::string("cannot open: ") + std::strerror(err));
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return ReadResult::failure(std::string("cannot open: ") + std::strerror(EISDIR));
  }
  if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > kMaxFileBytes) {
    ::close(fd);
    return ReadResult::failure("file too large (" + std::to_string(st.st_size) + " bytes; the limit is 1 GiB)");
  }
  std::string bytes;
  if (S_ISREG(st.st_mode)) bytes.reserve(static_cast<std::size_t>(st.st_size));
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      return ReadResult::failure(std::string("cannot read: ") + std::strerror(err));
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > kMaxFileBytes) {
      ::close(fd);
      return ReadResult::failure("file too large (over 1 GiB)");
    }
  }
  ::close(fd);
  return read_bytes(bytes, path);
}

}  // namespace lexgraph
