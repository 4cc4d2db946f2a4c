#include "extract/names/anchor_words.h"

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_lists.h"

namespace lexgraph::names {

namespace {

inline unsigned anchor_key(const unsigned char* w, std::uint32_t size) {
  // 16 KB of masks: small enough to stay in L1 cache while splitting.
  return word_key(std::string_view(reinterpret_cast<const char*>(w), size)) & 16383u;
}

class AnchorTable {
 public:
  static const AnchorTable& instance() {
    static const AnchorTable table;
    return table;
  }
  std::uint8_t mask(const unsigned char* w, std::uint32_t size) const { return masks_[anchor_key(w, size)]; }

 private:
  AnchorTable() : masks_(16384, 0) {
    const InstitutionGazetteer& g = InstitutionGazetteer::instance();
    const NameLists& lists = NameLists::instance();
    for (const std::string& w : g.trie().first_words()) add(w, kInstitutionAnchor);
    add("this", kFocusAnchor);
    for (std::string_view w : kJudgeAnchorWords) add(w, kJudgeAnchor);
    for (const std::string& w : lists.cues().first_words()) add(w, kCueAnchor);
    for (const std::string& w : lists.role_nouns()) add(w, kLowerAnchor);
    for (std::string_view w : kLowerAnchorWords) add(w, kLowerAnchor);
    for (std::string_view w : kCaptionRoles) add(w, kCaptionAnchor);
    for (std::string_view w : kGovernmentHeads) add(w, kGovernmentAnchor);
    for (std::string_view w : kFocusWords) add(w, kFocusAnchor);
    for (const std::string& w : lists.organization_words()) add(w, kOrganizationAnchor);
  }
  void add(std::string_view w, std::uint8_t bit) {
    if (w.empty()) return;
    masks_[anchor_key(reinterpret_cast<const unsigned char*>(w.data()), static_cast<std::uint32_t>(w.size()))] |= bit;
  }
  std::vector<std::uint8_t> masks_;
};

// 1: word byte, 2: "&" (a word of its own), 0: anything else.
constexpr std::array<std::uint8_t, 256> byte_classes() {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = is_word_byte(static_cast<char>(c)) ? 1 : 0;
  table['&'] = 2;
  return table;
}
constexpr std::array<std::uint8_t, 256> kByteClass = byte_classes();

// Organizations: "the Choctaw and Chickasaw tribes" (people words).
constexpr unsigned kLowerCasePasses = kCueAnchor | kLowerAnchor | kFocusAnchor | kOrganizationAnchor;

// The passes a word may anchor by its first byte: most start only at a
// capital (or a digit: "9th Cir."), a few at a lower-case word. A table, not
// branches: capitals and lower case alternate too irregularly to predict.
constexpr std::array<std::uint8_t, 256> passes_by_first_byte() {
  std::array<std::uint8_t, 256> table{};
  for (unsigned c = 0; c < 256; ++c) {
    if (c - 'a' < 26u) table[c] = kLowerCasePasses;
    else if (c - 'A' < 26u || c - '0' < 10u || c >= 0x80u) table[c] = 0xFF;
  }
  return table;
}
constexpr std::array<std::uint8_t, 256> kPassesByFirstByte = passes_by_first_byte();

// The text as two bitmaps, one bit per byte, built 16 bytes at a time:
// `word` marks word bytes, `starts` marks the first byte of every word ("&"
// included). Walking the set bits of `starts` visits the words without a
// branch per byte, which is what splitting byte by byte paid for most.
struct WordBits {
  std::vector<std::uint64_t> word;
  std::vector<std::uint64_t> starts;
};

WordBits& word_bits_buffer() {
  thread_local WordBits buffer;
  return buffer;
}

#if defined(__SSE2__)
// Bits of 16 bytes: word bytes (kByteClass 1) and "&" (kByteClass 2).
inline void classify16(const unsigned char* p, unsigned& word, unsigned& amp) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                       _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
  const __m128i digit =
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  const __m128i high = _mm_cmplt_epi8(v, _mm_setzero_si128());  // bytes 0x80..0xFF
  word = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), high)));
  amp = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('&'))));
}
#endif

// Bits of 64 bytes at `p` (all readable).
inline void classify64(const unsigned char* p, std::uint64_t& word, std::uint64_t& amp) {
#if defined(__SSE2__)
  word = amp = 0;
  for (int k = 0; k < 4; ++k) {
    unsigned w = 0, a = 0;
    classify16(p + 16 * k, w, a);
    word |= std::uint64_t{w} << (16 * k);
    amp |= std::uint64_t{a} << (16 * k);
  }
#else
  word = amp = 0;
  for (int k = 0; k < 64; ++k) {
    word |= std::uint64_t{kByteClass[p[k]] == 1} << k;
    amp |= std::uint64_t{kByteClass[p[k]] == 2} << k;
  }
#endif
}

// Fills `bits` for text[0, n); one chunk more than the text needs, all
// clear past the text, so every word ends at a clear bit.
void build_word_bits(const unsigned char* base, std::size_t n, WordBits& bits) {
  const std::size_t chunks = n / 64 + 1;
  if (bits.word.size() < chunks) {
    bits.word.resize(chunks);
    bits.starts.resize(chunks);
  }
  std::uint64_t carry = 0;  // last byte of the previous chunk was a word byte
  for (std::size_t c = 0; c < chunks; ++c) {
    std::uint64_t word, amp;
    const std::size_t at = c * 64;
    if (at + 64 <= n) {
      classify64(base + at, word, amp);
    } else {
      unsigned char tail[64] = {};
      if (at < n) std::memcpy(tail, base + at, n - at);
      classify64(tail, word, amp);
    }
    bits.word[c] = word;
    bits.starts[c] = (word & ~((word << 1) | carry)) | amp;
    carry = word >> 63;
  }
}

}  // namespace

std::size_t split_and_anchor(std::string_view text, std::vector<Word>& buffer, WordAnchors& anchors) {
  const AnchorTable& table = AnchorTable::instance();
  anchors.clear();
  // At most one word per two bytes, plus one: write through a raw pointer
  // rather than push_back, which reloads the vector's end on every word.
  const std::size_t most = text.size() / 2 + 2;
  if (buffer.size() < most) buffer.resize(most);
  Word* out = buffer.data();
  std::uint32_t count = 0;
  const unsigned char* base = reinterpret_cast<const unsigned char*>(text.data());
  const std::uint32_t n = static_cast<std::uint32_t>(text.size());
  WordBits& bits = word_bits_buffer();
  build_word_bits(base, n, bits);
  const std::size_t chunks = std::size_t{n} / 64 + 1;
  for (std::size_t c = 0; c < chunks; ++c) {
    std::uint64_t pending = bits.starts[c];
    while (pending != 0) {
      const unsigned bit = static_cast<unsigned>(__builtin_ctzll(pending));
      pending &= pending - 1;
      const std::uint32_t start = static_cast<std::uint32_t>(c * 64 + bit);
      std::uint32_t i;  // end of the word
      if (!((bits.word[c] >> bit) & 1)) {
        i = start + 1;  // "&"
      } else {
        // The first clear bit of `word` after `start`; the last chunk has one.
        std::size_t k = c;
        std::uint64_t clear = ~bits.word[k] & (~std::uint64_t{0} << bit);
        while (clear == 0) clear = ~bits.word[++k];
        i = static_cast<std::uint32_t>(k * 64 + static_cast<unsigned>(__builtin_ctzll(clear)));
      }
      const std::uint32_t index = count;
      out[count++] = Word{start, i};
      if (static_cast<unsigned>(base[start]) - 'A' < 26u) anchors.capitalized.push_back(index);
      unsigned mask = table.mask(base + start, i - start) & kPassesByFirstByte[base[start]];
      while (mask != 0) {
        anchors.by_pass[static_cast<std::size_t>(__builtin_ctz(mask))].push_back(index);
        mask &= mask - 1;
      }
    }
  }
  // Keep the bitmaps for the next document unless one huge text grew them.
  constexpr std::size_t kKeptChunks = std::size_t{1} << 18;  // 2 MB each: a 16 MB text
  if (bits.word.size() > kKeptChunks) bits = WordBits();
  return count;
}

}  // namespace lexgraph::names
