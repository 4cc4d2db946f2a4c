#include "store/index_layout.h"

#include <cctype>
#include <cstdio>

namespace lexgraph::layout {

std::string docket_term(std::string_view docket) {
  std::string out;
  // Drop a leading "No." / "Nos." / "Case No." / "Civil Action No.": they
  // are how dockets are introduced, not part of the number.
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < docket.size(); ++i) {
    if ((docket[i] == 'N' || docket[i] == 'n') && (docket[i + 1] == 'o' || docket[i + 1] == 'O')) {
      std::size_t j = i + 2;
      if (j < docket.size() && (docket[j] == 's' || docket[j] == 'S')) ++j;
      if (j < docket.size() && docket[j] == '.') {
        start = j + 1;
        break;
      }
    }
    if (std::isdigit(static_cast<unsigned char>(docket[i]))) break;
  }
  for (std::size_t i = start; i < docket.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(docket[i]);
    if (std::isspace(c)) continue;
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

namespace {

// FNV-1a, 64 bit: stable across runs and platforms, short enough for a
// term. Not cryptographic: it detects changed files and names paths.
std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string hex64(std::uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

std::string file_key(std::string_view path) { return hex64(fnv1a64(path)); }

std::string content_hash(std::string_view bytes) {
  // Two independent seeds plus the size make an accidental match of a
  // changed file vanishingly unlikely.
  return hex64(fnv1a64(bytes)) + hex64(fnv1a64(bytes, 0x84222325cbf29ce4ULL)) + "-" +
         std::to_string(bytes.size());
}

std::string id_term(std::string_view id) {
  constexpr std::size_t kMaxTerm = 240;
  std::string term(kIdPrefix);
  if (term.size() + id.size() <= kMaxTerm) return term.append(id);
  std::string key = hex64(fnv1a64(id));
  term.append(id.substr(0, kMaxTerm - term.size() - key.size() - 1));
  return term.append("#").append(key);
}

std::uint32_t date_number(std::string_view iso) {
  auto digits = [&](std::size_t pos, std::size_t n, std::uint32_t& out) {
    if (pos + n > iso.size()) return false;
    out = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(iso[i]))) return false;
      out = out * 10 + static_cast<std::uint32_t>(iso[i] - '0');
    }
    return true;
  };
  std::uint32_t y = 0, m = 0, d = 0;
  if (!digits(0, 4, y)) return 0;
  if (iso.size() >= 7 && iso[4] == '-' && digits(5, 2, m)) {
    if (iso.size() >= 10 && iso[7] == '-') digits(8, 2, d);
  }
  if (m > 12 || d > 31) return 0;
  return y * 10000 + m * 100 + d;
}

}  // namespace lexgraph::layout
