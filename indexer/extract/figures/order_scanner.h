#pragma once
// The order extractor's scanner, shared by the files that hold its stages:
//   order_extractor.cc   the entry point and the scan for head words (64 bytes at a time)
//   order_heads.cc       a head word in its phrase: which kind of order, or none
//   order_context.cc     what names a bare order (court, date, title) and the cues
//                        around it (status, negation, request)
//   order_decrees.cc     acts without a head word of order_kinds.tsv: decrees in
//                        capitals, bare dispositions, sentences, certiorari
// Private to those files: nothing else includes it.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/extraction_context.h"
#include "extract/mention.h"
#include "extract/figures/text_tokens.h"
#include "extract/figures/vocabulary.h"

namespace lexgraph::orders {

using figures::is_alpha;
using figures::is_digit;
using figures::is_upper;
using figures::OrderPhrase;
using figures::order_vocabulary;
using figures::Token;

inline bool in(const std::unordered_set<std::string>& set, const std::string& word) { return set.count(word) > 0; }

// Word lists the head and attribute stages both consult (order_heads.cc).
const std::unordered_set<std::string>& determiners();
// Words that show the head is a verb or a different sense ("to stay", "we order").
const std::unordered_set<std::string>& non_modifiers();
// A verb right after the head shows it is an order being described.
const std::unordered_set<std::string>& ordering_verbs();

inline bool possessive(const std::string& word) {
  return (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) ||
         (word.size() > 2 && word.compare(word.size() - 2, 2, "s'") == 0);
}

// A number in digits or words: "2", "two" (order_heads.cc).
bool numeric(std::string_view text, const Token& t);

struct Found {
  std::size_t start = 0;
  std::size_t end = 0;
  Mention mention;
  bool generic = false;   // a bare head ("order", "ruling", "judgment"): needs evidence of an act
  bool evidence = false;  // named by its court, date, "this", a docket verb, an ordering verb, a title
  bool footer = false;    // "28 ORDER": the running title of numbered pleading paper
};

// "sentenced James Roe to 210 months", "writ of certiorari": acts named by
// a verb or a writ rather than by a head word of order_kinds.tsv.
constexpr std::string_view kSentenced = "sentenced";
constexpr std::string_view kCertiorari = "certiorari";

// How a head word (singular or plural, as head_filter holds them) may
// begin: its first two letters. Most words of a text begin otherwise, so
// the scan need not even find their ends.
struct HeadBeginnings {
  std::string firsts, seconds;           // the pairs, lower case: firsts[k] then seconds[k]
  std::array<bool, 26 * 26> pairs = {};  // first letter * 26 + second, lower case

  static int pair_of(char a, char b) {
    const int x = figures::to_lower(a) - 'a';
    const int y = figures::to_lower(b) - 'a';
    return x >= 0 && x < 26 && y >= 0 && y < 26 ? x * 26 + y : -1;
  }
  bool may_begin(char a, char b) const {
    const int pair = pair_of(a, b);
    return pair >= 0 && pairs[static_cast<std::size_t>(pair)];
  }
};

class OrderScanner {
 public:
  OrderScanner(const ExtractionContext& ctx, std::vector<Mention>& out)
      : ctx_(ctx), text_(ctx.text), out_(out), vocab_(order_vocabulary()) {}

  // Finds every order of the text and appends the ones to keep to `out`.
  void run();

 private:
  // order_extractor.cc
  std::size_t visit_word(std::size_t i, const HeadBeginnings& beginnings);

  // order_heads.cc
  std::optional<Found> match(std::size_t i, std::size_t end);
  bool phrase_matches(const OrderPhrase& phrase, const Token& head, const std::vector<Token>& before,
                      const std::vector<Token>& after, std::size_t& start, std::size_t& end) const;
  bool noun_cue(const Token& head, const std::vector<Token>& before, const std::vector<Token>& after,
                std::size_t skip, const std::string& head_word) const;
  static bool looks_like_object(const std::string& word);
  std::optional<double> count_before(const std::vector<Token>& before, std::size_t skip) const;
  std::size_t show_cause_title(const std::vector<Token>& after, std::size_t phrase_words_after, std::size_t end) const;
  bool keep(Found& f) const;
  bool acted_on_motion(Found& f) const;

  // order_context.cc
  void named_by(const Token& head, const std::vector<Token>& before, const std::vector<Token>& after,
                std::size_t skip, std::size_t& start, std::size_t& end, Found& f) const;
  bool alone_on_line(std::size_t start, std::size_t end) const;
  bool running_title(std::size_t start, std::size_t end) const;
  bool after_line_number(std::size_t pos) const;
  void describe(std::size_t k);
  static void set_cue(Attrs& attrs, const figures::OrderCue& cue);

  // The cues by their last word and by their first, each list in the
  // vocabulary's order: a token is compared only with the cues it could
  // end or begin, and the first cue that fits is still the vocabulary's first.
  using CueIndex = std::unordered_map<std::string, std::vector<const figures::OrderCue*>>;
  static const CueIndex& cues_by_last_word();
  static const CueIndex& cues_by_first_word();
  static const figures::OrderCue* cue_ending_at(const std::vector<Token>& before, std::size_t idx, std::size_t w);
  static const figures::OrderCue* cue_starting_at(const std::vector<Token>& after, std::size_t idx, std::size_t w);

  // order_decrees.cc
  void sentences_imposed();
  void certiorari();
  void caption_certiorari();
  void add_certiorari(std::size_t start, std::size_t end);
  void decretal_injunctions();
  void decretal_dispositions();
  static const std::unordered_set<std::string>& appellate_dispositions();
  static const std::unordered_set<std::string>& trial_dispositions();
  static const char* disposition_kind(const std::string& lower);
  static bool holds_disposition_word(std::string_view words);
  static bool bare_disposition(const std::vector<Token>& toks);
  bool in_prose(std::size_t at) const;
  bool covered(std::size_t at) const;
  static std::string squeezed(std::string_view words);
  static std::string letters_of(std::string_view word);

  const ExtractionContext& ctx_;
  std::string_view text_;
  std::vector<Mention>& out_;
  std::vector<Found> found_;
  std::vector<std::size_t> sentenced_at_;   // where "sentenced" stands, from the scan
  std::vector<std::size_t> certiorari_at_;  // where "certiorari" / "CERTIORARI" stands
  const figures::OrderVocabulary& vocab_;
  mutable std::unordered_map<std::string, bool> running_titles_;
};

}  // namespace lexgraph::orders
