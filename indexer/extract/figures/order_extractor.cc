// Court orders and rulings the text talks about as acts. Head words
// (order, injunction, stay, ruling, judgment, decree, vacatur, mandamus,
// TRO) are found with a cheap word scan; the longest phrase of
// order_kinds.tsv around the head decides the kind, or says the words are
// not a court order at all ("in order to", "executive order"). Ambiguous
// heads count only as nouns: after a determiner or possessive ("the
// Thursday ruling", "the court's order"), a number, "for"/"of", or before a
// verb of ordering ("ORDER granting ..."). What the same sentence says
// about the order (order_cues.tsv: denied, lifted, still in place, on
// appeal, requested) becomes attributes.
//
// The stages live in order_heads.cc, order_context.cc and
// order_decrees.cc (see order_scanner.h); this file holds the entry point
// and the scan that visits the words that may begin a head word.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "extract/figures/figures.h"
#include "extract/figures/order_scanner.h"
#include "extract/figures/text_tokens.h"
#include "extract/figures/vocabulary.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lexgraph {

namespace orders {

namespace {

constexpr std::array<std::string_view, 2> kActWords = {kSentenced, kCertiorari};

const HeadBeginnings& head_beginnings() {
  static const HeadBeginnings beginnings = [] {
    HeadBeginnings b;
    for (const auto& entry : order_vocabulary().by_head) {
      for (const std::string& word : {entry.first, entry.first + "s"}) {
        // The same words as head_filter, which takes none shorter than two letters.
        if (word.size() < 2) continue;
        const int pair = HeadBeginnings::pair_of(word[0], word[1]);
        if (pair < 0 || b.pairs[static_cast<std::size_t>(pair)]) continue;
        b.pairs[static_cast<std::size_t>(pair)] = true;
        b.firsts.push_back(figures::to_lower(word[0]));
        b.seconds.push_back(figures::to_lower(word[1]));
      }
    }
    // Words that begin acts without a head word, found in the same pass.
    for (std::string_view word : kActWords) {
      const int pair = HeadBeginnings::pair_of(word[0], word[1]);
      if (pair < 0 || b.pairs[static_cast<std::size_t>(pair)]) continue;
      b.pairs[static_cast<std::size_t>(pair)] = true;
      b.firsts.push_back(word[0]);
      b.seconds.push_back(word[1]);
    }
    return b;
  }();
  return beginnings;
}

// One bit per byte of 64: a word starts there (a letter after a byte that
// is no letter or digit; `glued` says the byte before the 64 is one) and
// its first two letters, in either case, begin some head word. `p` has 65
// readable bytes.
std::uint64_t head_starts64(const unsigned char* p, bool glued, const HeadBeginnings& beginnings) {
  std::uint64_t word = 0, head = 0;
#if defined(__SSE2__)
  __m128i folded[4], folded1[4], hit[4];
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const auto between = [&](char lo, char hi) {
      return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                           _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
    };
    const __m128i alnum = _mm_or_si128(_mm_or_si128(between('A', 'Z'), between('a', 'z')), between('0', '9'));
    word |= std::uint64_t{static_cast<unsigned>(_mm_movemask_epi8(alnum))} << (16 * k);
    // Setting 0x20 folds capitals to small letters and maps no other byte onto one.
    folded[k] = _mm_or_si128(v, _mm_set1_epi8(0x20));
    folded1[k] = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k + 1)), _mm_set1_epi8(0x20));
    hit[k] = _mm_setzero_si128();
  }
  // Each pair once for all 64 bytes: its two letters stay in registers.
  for (std::size_t j = 0; j < beginnings.firsts.size(); ++j) {
    const __m128i first = _mm_set1_epi8(beginnings.firsts[j]);
    const __m128i second = _mm_set1_epi8(beginnings.seconds[j]);
    for (int k = 0; k < 4; ++k) {
      hit[k] = _mm_or_si128(hit[k], _mm_and_si128(_mm_cmpeq_epi8(folded[k], first), _mm_cmpeq_epi8(folded1[k], second)));
    }
  }
  for (int k = 0; k < 4; ++k) head |= std::uint64_t{static_cast<unsigned>(_mm_movemask_epi8(hit[k]))} << (16 * k);
#else
  for (int k = 0; k < 64; ++k) {
    const char c = static_cast<char>(p[k]);
    word |= std::uint64_t{figures::is_alnum(c)} << k;
    head |= std::uint64_t{beginnings.may_begin(c, static_cast<char>(p[k + 1]))} << k;
  }
#endif
  return head & ~((word << 1) | std::uint64_t{glued});
}
}  // namespace

void OrderScanner::run() {
  // Visits only the word starts that may begin a head word, 64 bytes at
  // a time; `next` is where the scan goes on (past a found order).
  const HeadBeginnings& beginnings = head_beginnings();
  const auto* base = reinterpret_cast<const unsigned char*>(text_.data());
  const std::size_t n = text_.size();
  std::size_t next = 0;
  for (std::size_t at = 0; at < n; at += 64) {
    if (at + 64 <= next) continue;
    const bool glued = at > 0 && figures::is_alnum(text_[at - 1]);
    std::uint64_t starts;
    if (at + 65 <= n) {
      starts = head_starts64(base + at, glued, beginnings);
    } else {
      unsigned char tail[65] = {};  // zeros start no word
      std::memcpy(tail, base + at, std::min<std::size_t>(n - at, sizeof tail));
      starts = head_starts64(tail, glued, beginnings);
    }
    for (; starts != 0; starts &= starts - 1) {
      const std::size_t i = at + static_cast<std::size_t>(__builtin_ctzll(starts));
      if (i < next) continue;
      next = visit_word(i, beginnings);
    }
  }
  for (std::size_t k = 0; k < found_.size(); ++k) describe(k);
  for (Found& f : found_) {
    if (keep(f)) out_.push_back(std::move(f.mention));
  }
  decretal_injunctions();
  decretal_dispositions();
  sentences_imposed();
  certiorari();
}

// The word starting at `i`: an order when it is a head word in a phrase.
// Gives back where the scan goes on.
std::size_t OrderScanner::visit_word(std::size_t i, const HeadBeginnings& beginnings) {
  if (i + 1 >= text_.size() || !beginnings.may_begin(text_[i], text_[i + 1])) return i + 1;
  const std::size_t end = figures::letters_end(text_, i);
  const std::string_view word = text_.substr(i, end - i);
  if (word.size() == kSentenced.size() && word == kSentenced) {
    sentenced_at_.push_back(i);
    return end;
  }
  if (word.size() == kCertiorari.size() && (word == kCertiorari || word == "CERTIORARI")) {
    certiorari_at_.push_back(i);
    return end;
  }
  if (vocab_.head_filter.may_contain(word)) {
    if (std::optional<Found> found = match(i, end)) {
      const std::size_t found_end = found->end;
      found_.push_back(std::move(*found));
      return found_end;
    }
  }
  return end;
}

}  // namespace orders

void extract_orders(const ExtractionContext& ctx, std::vector<Mention>& out) {
  orders::OrderScanner(ctx, out).run();
}

}  // namespace lexgraph
