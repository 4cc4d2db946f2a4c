#include "extract/names/anchor_words.h"

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

constexpr unsigned kLowerCasePasses = kCueAnchor | kLowerAnchor | kFocusAnchor;

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
  std::uint32_t i = 0;
  while (i < n) {
    std::uint8_t cls = kByteClass[base[i]];
    if (cls == 0) {
      ++i;
      continue;
    }
    std::uint32_t start = i;
    if (cls == 1) {
      do ++i;
      while (i < n && kByteClass[base[i]] == 1);
    } else {
      ++i;
    }
    const std::uint32_t index = count;
    out[count++] = Word{start, i};
    if (static_cast<unsigned>(base[start]) - 'A' < 26u) anchors.capitalized.push_back(index);
    unsigned mask = table.mask(base + start, i - start);
    // Most passes start only at a capital (or a digit: "9th Cir.").
    const unsigned first = base[start];
    if (first - 'a' < 26u) mask &= kLowerCasePasses;
    else if (!(first - 'A' < 26u || first - '0' < 10u || first >= 0x80u)) mask = 0;
    while (mask != 0) {
      anchors.by_pass[static_cast<std::size_t>(__builtin_ctz(mask))].push_back(index);
      mask &= mask - 1;
    }
  }
  return count;
}

}  // namespace lexgraph::names
