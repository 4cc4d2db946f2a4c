#include "extract/statutes/statute_scanner.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lexgraph::statutes {

namespace {

constexpr std::array<bool, 256> alnum_table() {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[static_cast<std::size_t>(c)] = is_alnum(static_cast<char>(c));
  return table;
}
constexpr std::array<bool, 256> kAlnum = alnum_table();
bool alnum(char c) { return kAlnum[static_cast<unsigned char>(c)]; }

// A word of the scan: letters and digits, with inner periods, hyphens,
// apostrophes and ampersands ("U.S.C", "Dodd-Frank", "Gov't", "FD&C"),
// and its closing period ("U.S.C.", "Stat.", "Id.").
std::size_t token_end(std::string_view t, std::size_t p) {
  std::size_t e = p;
  while (e < t.size()) {
    char c = t[e];
    if (alnum(c)) {
      ++e;
    } else if ((c == '.' || c == '-' || c == '\'' || c == '&') && e + 1 < t.size() && alnum(t[e + 1])) {
      ++e;
    } else {
      break;
    }
  }
  if (e < t.size() && t[e] == '.') ++e;
  return e;
}

std::string_view without_period(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

// Where the scan may have something to do, one bit per byte of the text:
// the first byte of every candidate word (a capital, "sec", "id.", "title":
// the test in scan()), and every 0xC2 byte (a "§" starts with one). The
// scan jumps from one such byte to the next instead of stepping over every
// byte between them; each position it lands on is still checked as before.
class EventBits {
 public:
  void build(std::string_view t) {
    const auto* base = reinterpret_cast<const unsigned char*>(t.data());
    const std::size_t n = t.size();
    chunks_ = n / 64 + 1;  // one more than needed: all clear past the text
    n_ = n;
    if (bits_.size() < chunks_) bits_.resize(chunks_);
    std::uint64_t carry = 0;  // the previous chunk ended in a letter or digit
    for (std::size_t c = 0; c < chunks_; ++c) {
      const std::size_t at = c * 64;
      std::uint64_t word, cand, c2;
      // A candidate looks up to four bytes past its first: read them from
      // the text only while they are in it.
      if (at + 64 + kLookAhead <= n) {
        classify64(base + at, word, cand, c2);
      } else {
        unsigned char tail[64 + kLookAhead] = {};
        if (at < n) std::memcpy(tail, base + at, std::min<std::size_t>(n - at, sizeof tail));
        classify64(tail, word, cand, c2);
      }
      const std::uint64_t starts = word & ~((word << 1) | carry);
      bits_[c] = (starts & cand) | c2;
      carry = word >> 63;
    }
  }
  // The first event at or after `p`, or the text's size.
  std::size_t next(std::size_t p) const {
    if (p >= n_) return p;
    std::size_t c = p / 64;
    std::uint64_t b = bits_[c] & (~std::uint64_t{0} << (p % 64));
    while (b == 0) {
      if (++c >= chunks_) return n_;
      b = bits_[c];
    }
    return std::min(n_, c * 64 + static_cast<std::size_t>(__builtin_ctzll(b)));
  }
  // Gives back the memory one huge text took.
  void trim() {
    if (bits_.size() > (std::size_t{1} << 18)) std::vector<std::uint64_t>().swap(bits_);
  }

 private:
  static constexpr std::size_t kLookAhead = 4;  // "t" + "itle"

  // word: ASCII letters and digits; cand: where a candidate word may begin
  // (a capital, "sec", "id.", "title"); c2: 0xC2. `p` has 64 + kLookAhead
  // readable bytes.
  static void classify64(const unsigned char* p, std::uint64_t& word, std::uint64_t& cand, std::uint64_t& c2) {
    word = cand = c2 = 0;
#if defined(__SSE2__)
    auto load = [](const unsigned char* q) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(q)); };
    auto is = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    for (int k = 0; k < 4; ++k) {
      const unsigned char* q = p + 16 * k;
      const __m128i v = load(q);
      const __m128i v1 = load(q + 1), v2 = load(q + 2);
      const __m128i upper =
          _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
      const __m128i lower =
          _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
      const __m128i digit =
          _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
      const __m128i sec = _mm_and_si128(_mm_and_si128(is(v, 's'), is(v1, 'e')), is(v2, 'c'));
      const __m128i id = _mm_and_si128(_mm_and_si128(is(v, 'i'), is(v1, 'd')), is(v2, '.'));
      const __m128i title = _mm_and_si128(_mm_and_si128(_mm_and_si128(is(v, 't'), is(v1, 'i')), is(v2, 't')),
                                          _mm_and_si128(is(load(q + 3), 'l'), is(load(q + 4), 'e')));
      const int shift = 16 * k;
      word |= std::uint64_t{static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(upper, lower), digit)))}
              << shift;
      cand |= std::uint64_t{static_cast<unsigned>(
                  _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(upper, sec), _mm_or_si128(id, title))))}
              << shift;
      c2 |= std::uint64_t{static_cast<unsigned>(_mm_movemask_epi8(is(v, static_cast<char>(0xC2))))} << shift;
    }
#else
    for (int k = 0; k < 64; ++k) {
      const char c = static_cast<char>(p[k]);
      const auto* q = reinterpret_cast<const char*>(p + k + 1);
      word |= std::uint64_t{alnum(c)} << k;
      cand |= std::uint64_t{is_upper(c) || (c == 's' && std::memcmp(q, "ec", 2) == 0) ||
                            (c == 'i' && std::memcmp(q, "d.", 2) == 0) || (c == 't' && std::memcmp(q, "itle", 4) == 0)}
              << k;
      c2 |= std::uint64_t{p[k] == 0xC2} << k;
    }
#endif
  }

  std::vector<std::uint64_t> bits_;
  std::size_t chunks_ = 0;
  std::size_t n_ = 0;
};

// The thread's event bits, reused from document to document; a scan begun
// while another runs on the same thread gets its own.
class EventBitsLease {
 public:
  EventBitsLease() : nested_(busy()), bits_(nested_ ? own_ : shared()) { busy() = true; }
  ~EventBitsLease() {
    if (!nested_) {
      bits_.trim();
      busy() = false;
    }
  }
  EventBitsLease(const EventBitsLease&) = delete;
  EventBitsLease& operator=(const EventBitsLease&) = delete;
  EventBits& bits() { return bits_; }

 private:
  static EventBits& shared() {
    thread_local EventBits bits;
    return bits;
  }
  static bool& busy() {
    thread_local bool flag = false;
    return flag;
  }
  bool nested_;
  EventBits own_;
  EventBits& bits_;
};

}  // namespace

StatuteScanner::StatuteScanner(std::string_view text)
    : t_(text), tables_(StatuteTables::get()), named_in_full_(tables_.acts().size(), false) {}

std::vector<StatuteCite> StatuteScanner::scan() {
  EventBitsLease lease;
  EventBits& events = lease.bits();
  events.build(t_);
  std::size_t p = 0;
  const std::size_t n = t_.size();
  while (p < n) {
    char c = t_[p];
    if (c == '\xC2' && p + 1 < n && t_[p + 1] == '\xA7') {
      std::size_t consumed = section_reference(p);
      p = std::max(p + 2, consumed);
      continue;
    }
    if (!alnum(c)) {
      // Every byte up to the next event is one the loop would step over.
      p = events.next(p + 1);
      continue;
    }
    // Most words start no citation: skip them whole. Of lower-case words
    // only "sec(tion)", "id." and "title" may.
    bool candidate = is_upper(c) || (c == 's' && at(t_, p + 1, "ec")) || (c == 'i' && at(t_, p + 1, "d.")) ||
                     (c == 't' && at(t_, p + 1, "itle"));
    if (!candidate) {
      while (p < n && alnum(t_[p])) ++p;
      p = events.next(p);
      continue;
    }
    std::size_t e = token_end(t_, p);
    p = std::max(e, dispatch(p, e));
  }
  return std::move(out_);
}

// The word [start, end) may anchor a citation: hand it to its reader.
// Returns the end of what was read, or 0.
std::size_t StatuteScanner::dispatch(std::size_t start, std::size_t end) {
  // "the Internal Revenue Code's protections": the name without the possessive.
  if (end - start > 3 && t_[end - 2] == '\'' && t_[end - 1] == 's') end -= 2;
  std::string_view w = t_.substr(start, end - start);
  std::string_view bare = without_period(w);
  switch (w.front()) {
    case 's':
      if (bare == "section" || bare == "sections" || bare == "sec" || bare == "secs") return section_reference(start);
      return 0;
    case 'i':
      if (w == "id.") return id_citation(start, end);
      return 0;
    case 't':
      if (w == "title") return code_title(start, end);
      return 0;
    default:
      break;
  }
  std::size_t found = 0;
  switch (w.front()) {
    case 'U':
      if (w == "U.S.C." || w == "U.S.C" || w == "U.S.C.A." || w == "U.S.C.S." || w == "USC" || w == "USCA")
        return code_citation(start, end, Body::usc);
      if (w == "U.S." && at(t_, end, " C.") && !(end + 3 < t_.size() && is_alpha(t_[end + 3])))
        return code_citation(start, end + 3, Body::usc);
      if (w == "U." && at(t_, end, " S. C.")) return code_citation(start, end + 6, Body::usc);
      if (w == "U.S.Const.") return constitution(start, end);
      break;
    case 'C':
      if (w == "C.F.R." || w == "CFR") return code_citation(start, end, Body::cfr);
      if (w == "C." && at(t_, end, " F. R.")) return code_citation(start, end + 6, Body::cfr);
      if (w == "Const.") return constitution(start, end);
      break;
    case 'S':
      if (w == "Stat." && (found = statutes_at_large(start, end)) != 0) return found;
      if (bare == "Section" || bare == "Sections" || bare == "Sec" || bare == "Secs") return section_reference(start);
      break;
    case 'F':
      if (w == "Fed." && at(t_, end, " Reg.")) return federal_register(start, end + 5);
      if (w == "FR" || w == "F.R.") return federal_register(start, end);
      if ((w == "Fed." && at(t_, end, " R")) || w.starts_with("Fed.R.")) {
        if ((found = federal_rule(start, end)) != 0) return found;
      }
      if (w == "Fed" && at(t_, end, " R ") && (found = federal_rule(start, end)) != 0) return found;
      if (w.size() >= 3 && w[1] == 'R' && (found = rule_acronym(start, end)) != 0) return found;
      if (w == "Federal" && (found = federal_rule_in_words(start, end)) != 0) return found;
      break;
    case 'E':
      if (w == "Executive" || w == "Exec.") {
        std::size_t q = end;
        if (at(t_, q, " Orders ")) q += 8;
        else if (at(t_, q, " Order ")) q += 7;
        else break;
        if (at(t_, q, "No. ")) q += 4;
        else if (at(t_, q, "Nos. ")) q += 5;
        // Only the words in full name a State's short-numbered order.
        if ((found = executive_order(start, q, w == "Executive")) != 0) return found;
      }
      if (w == "E.O." && at(t_, end, " ") && (found = executive_order(start, end + 1, false)) != 0) return found;
      break;
    case 'R':
      if ((w == "Rule" || w == "Rules") && (found = short_rule(start, end)) != 0) return found;
      break;
    case 'P':
      if (w == "Pub." && (at(t_, end, " L.") || at(t_, end, " Law "))) return public_law(start, end);
      if (w == "Pub.L." || w == "P.L.") return public_law(start, end);
      if (w == "P." && at(t_, end, " L.")) return public_law(start, end);
      if (w == "Public" && (at(t_, end, " Law ") || at(t_, end, " Law\n"))) return public_law(start, end);
      break;
    case 'L':
      if ((w == "Loc." || w == "Loc.R." || w == "Local") && (found = local_rule(start, end)) != 0) return found;
      if (w == "Laws" && (found = session_law(start, end)) != 0) return found;
      break;
    case 'I':
      if (w == "Id.") return id_citation(start, end);
      break;
    case 'T':
      if (w == "Title" && (found = code_title(start, end)) != 0) return found;
      break;
    case 'A':
      if (w == "Article" || w == "Art.") {
        if ((found = article(start, end, false)) != 0) return found;
      }
      if (w == "Amendment" || w == "Amendments") {
        if ((found = amendment(start, end)) != 0) return found;
      }
      if (w == "Acts" && (found = session_law(start, end)) != 0) return found;
      break;
    default:
      break;
  }
  bool defined = !defined_.empty() && defined_.count(bare) > 0;
  if (!defined && !tables_.may_name(w)) return 0;
  if (tables_.is_state_nosign_end(w) && (found = state_code_without_sign(start, end)) != 0) return found;
  if (tables_.is_state_code_end(w) && (found = state_code_chapter(start, end)) != 0) return found;
  return named_act(start, end);
}

}  // namespace lexgraph::statutes
