#include "normalize/char_map.h"

namespace lexgraph {

namespace {

CharMapping replace_with(std::string_view s) { return {CharAction::replace, s}; }

// Full-width ASCII (U+FF01..U+FF5E) is ASCII shifted by 0xFEE0. NFKC would
// fold it too, but NFKC also rewrites characters legal text means
// literally ("½" -> "1⁄2", "²" -> "2", "™" -> "TM"), so we fold only these.
// C1 controls in real text are almost always Windows-1252 bytes decoded as
// Latin-1 (the corpus has U+0097 for an em dash, U+0086 for a dagger), so
// they get the character Windows-1252 meant; "" marks unassigned ones.
constexpr std::string_view kWindows1252[32] = {
    "\u20AC", "", "'", "\u0192", "\"", "\u2026", "\u2020", "\u2021",
    "\u02C6", "\u2030", "\u0160", "\u2039", "\u0152", "", "\u017D", "",
    "", "'", "'", "\"", "\"", "\u2022", "-", "--",
    "\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", "", "\u017E", "\u0178"};

constexpr char kAscii[] =
    "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
    "abcdefghijklmnopqrstuvwxyz{|}~";

}  // namespace

CharMapping map_code_point(UChar32 c) {
  if (c < 0x20 || c == 0x7F) return {CharAction::space, {}};  // tabs, stray controls
  if (c < 0x7F) return {};
  if (c >= 0x80 && c <= 0x9F) {
    std::string_view meant = kWindows1252[c - 0x80];
    if (meant.empty()) return {CharAction::space, {}};
    return replace_with(meant);
  }
  if (c >= 0xFF01 && c <= 0xFF5E) {
    return replace_with(std::string_view(kAscii + (c - 0xFF01), 1));
  }
  switch (c) {
    // Spaces of every width are one space to a reader.
    case 0x00A0: case 0x1680: case 0x2000: case 0x2001: case 0x2002:
    case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007:
    case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000:
      return {CharAction::space, {}};
    // Invisible: soft hyphen, zero-width space/joiners, word joiner, BOM.
    case 0x00AD: case 0x180E: case 0x200B: case 0x200C: case 0x200D:
    case 0x2060: case 0x2061: case 0x2062: case 0x2063: case 0x2064:
    case 0xFEFF:
      return {CharAction::remove, {}};
    // Single quotes and apostrophes.
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x02BC:
      return replace_with("'");
    // Double quotes.
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return replace_with("\"");
    // Hyphens, figure dash, en dash, minus: "-" (ranges "622–23", "FAA–2017").
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
    case 0xFE63:
      return replace_with("-");
    // Em dash and horizontal bar: "--", the typewriter em dash that the
    // court texts already use, so a clause dash stays distinct from a
    // word hyphen ("Short Title.—This" -> "Short Title.--This").
    case 0x2014: case 0x2015:
      return replace_with("--");
    // Ligatures that PDF text extraction leaves behind.
    case 0xFB00: return replace_with("ff");
    case 0xFB01: return replace_with("fi");
    case 0xFB02: return replace_with("fl");
    case 0xFB03: return replace_with("ffi");
    case 0xFB04: return replace_with("ffl");
    case 0xFB05: case 0xFB06: return replace_with("st");
    default:
      return {};
  }
}

}  // namespace lexgraph
