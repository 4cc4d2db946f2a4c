#pragma once
// What normalization does to one Unicode character, before NFC: the
// typographic variants that legal text arrives with (curly quotes, dashes,
// exotic spaces, ligatures from PDF extraction, full-width forms) become the
// plain characters that citations, quotes and tokens are matched on.

#include <cstddef>
#include <string_view>

#include <unicode/umachine.h>
#include <unicode/utf8.h>

namespace lexgraph {

enum class CharAction {
  keep,     // copy (subject to NFC)
  space,    // a space; runs of spaces collapse to one
  remove,   // drop (soft hyphen, zero-width characters, BOM)
  replace,  // write `replacement` instead
};

struct CharMapping {
  CharAction action = CharAction::keep;
  std::string_view replacement;  // for CharAction::replace
};

// For non-ASCII code points and ASCII control characters.
CharMapping map_code_point(UChar32 c);

// True for characters that leave no visible mark: spaces and removed ones.
inline bool is_invisible(UChar32 c) {
  CharAction a = map_code_point(c).action;
  return a == CharAction::space || a == CharAction::remove;
}

// Decodes the code point that ends at `end` (not before `begin`) and moves
// `end` to its first byte; negative for ill-formed UTF-8 (then `end` moves
// back one byte). size_t-safe, unlike U8_PREV.
inline UChar32 decode_before(std::string_view s, std::size_t begin, std::size_t& end) {
  std::size_t start = end - 1;
  while (start > begin && end - start < 4 &&
         (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  std::size_t i = start;
  UChar32 c;
  U8_NEXT(s.data(), i, end, c);
  if (c < 0 || i != end) {
    end -= 1;
    return -1;
  }
  end = start;
  return c;
}

}  // namespace lexgraph
