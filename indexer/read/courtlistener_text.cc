#include "read/courtlistener_text.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>

namespace lexgraph {
namespace {

struct NamedReference {
  std::string_view name;
  std::string_view utf8;
};

constexpr std::array<NamedReference, 8> kNamed = {{{"amp", "&"},
                                                   {"lt", "<"},
                                                   {"gt", ">"},
                                                   {"quot", "\""},
                                                   {"apos", "'"},
                                                   {"nbsp", "\xC2\xA0"},
                                                   {"sect", "\xC2\xA7"},
                                                   {"para", "\xC2\xB6"}}};

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The reference starting at text[0] == '&': its length and UTF-8, if known.
bool decode_one(std::string_view text, std::size_t& length, std::string& out) {
  std::size_t semi = text.find(';', 1);
  if (semi == std::string_view::npos || semi > 10) return false;
  std::string_view body = text.substr(1, semi - 1);
  length = semi + 1;
  if (body.size() >= 2 && body[0] == '#') {
    bool hex = body[1] == 'x' || body[1] == 'X';
    std::string_view digits = body.substr(hex ? 2 : 1);
    std::uint32_t cp = 0;
    auto r = std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
    if (digits.empty() || r.ec != std::errc() || r.ptr != digits.data() + digits.size()) return false;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    append_utf8(out, cp);
    return true;
  }
  for (const NamedReference& n : kNamed) {
    if (n.name == body) {
      out += n.utf8;
      return true;
    }
  }
  return false;
}

}  // namespace

bool starts_with_markup(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  return i + 1 < text.size() && text[i] == '<' &&
         (std::isalpha(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '!' || text[i + 1] == '?');
}

std::string decode_character_references(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    if (text[i] == '&' && decode_one(text.substr(i), length, out)) {
      i += length;
    } else {
      out += text[i];
      ++i;
    }
  }
  return out;
}

}  // namespace lexgraph
