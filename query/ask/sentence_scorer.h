#pragma once
// Scoring one sentence against a question: the question's entities it
// names, its relation cue (the question's own word, a synonym or a word of
// the cue's family, unless negated), its content words (a word of a
// content word's family counts as it: word_families.h), and docket "Key:
// value" lines (whose key, or value, names what is asked) or signature
// blocks. Passage answering reads the best
// sentences of each document in this order.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ask/question_analysis.h"

namespace lexgraph::ask {

// Sentence score weights: each question entity present counts most, then
// the relation cue, then other content words.
inline constexpr double kEntityWeight = 2.0;
inline constexpr double kCueWeight = 3.0;      // the question's own cue word
inline constexpr double kSynonymWeight = 2.0;  // another word for the same relation
inline constexpr double kTermWeight = 1.0;
// A docket's "Key: value" line whose key names what is asked ("Debtor
// discharged: 12/09/2009" for "when was X discharged"): the line ties to
// the question, and an answer in its value is the value asked for.
inline constexpr double kKeyMatchWeight = 2.0;
// A caption cell right of its ")" column holds a short line ("Judge Kenneth M. Switzer").
inline constexpr std::size_t kCaptionCellBytes = 45;

struct SentenceHits {
  double score = 0;
  std::size_t entities = 0;
  std::size_t cue_at = std::string::npos;  // byte offset of the cue in the sentence
  bool exact_cue = false;                  // the question's own word, not a synonym
  std::vector<std::size_t> entity_at;      // offsets of the question's entities
  std::vector<std::size_t> entity_end;     // where each of those names ends
  std::vector<std::size_t> entity_of;      // which question entity each is
  // A "Key: value" (or "Key\nValue") line whose key names what is asked:
  // where its value starts; npos otherwise.
  std::size_t value_from = std::string::npos;
  bool key_names_head = false;  // the key is the asked noun itself ("Trustee")
  // The question's content words the sentence says (stems or family keys):
  // with entity_of, what it may lend a neighbouring sentence (neighbour_bonus).
  std::vector<std::string> terms_said;
};

// "Cruz took a polygraph examination. Officer Fowler conducted the
// examination.": a question's words spread over two sentences. A
// neighbouring sentence lends this share of the weight of the question's
// words and entities it says that this one does not.
inline constexpr double kNeighbourShare = 0.5;
double neighbour_bonus(const SentenceHits& hits, const SentenceHits& neighbour);

// A sentence naming none of the question's entities, in a document that
// names them, still answers when it says this many of the question's words
// ("Quillfeather is a wholly-owned subsidiary of ..." under a short name
// the document defined): three words in common are no coincidence.
inline constexpr double kManyTermsScore = 3.0;
inline bool says_many_question_words(const SentenceHits& hits) { return hits.score >= kManyTermsScore; }

// Docket keys abbreviate ("Lower Ct", "Dist", "Atty"): the word they stand for.
std::string expand_abbreviation(const std::string& lower);

// Whether the few words before byte `at` of `s` negate what follows:
// "not", "never", "n't", "refused/declined/failed to".
bool negated_before(std::string_view s, std::size_t at);

class SentenceScorer {
 public:
  explicit SentenceScorer(const QuestionAnalysis& q);

  // `aliases[i]`: the names of question entity i in this document.
  SentenceHits score(std::string_view s, const std::vector<std::vector<std::string>>& aliases) const;

  // Whether `s` says the question's head noun ("Judge").
  bool names_head(std::string_view s) const { return !head_stem_.empty() && block_names_head(s); }

 private:
  bool block_names_head(std::string_view s) const;

  const QuestionAnalysis& q_;
  std::unordered_set<std::string> cue_words_;
  std::unordered_set<std::string> exact_words_;
  std::vector<std::string> cue_phrases_;
  std::unordered_set<std::string> term_stems_;
  std::unordered_set<std::string> term_prefixes_;  // first 3 letters of each stem (and family stem)
  // Word families (word_families.tsv): a family word counts as the
  // question's word it stands for (the key: that word's stem or phrase).
  std::unordered_map<std::string, std::string> family_stems_;       // member stem -> key
  std::vector<std::pair<std::string, std::string>> family_phrases_;  // member phrase -> key
  // The cue word's family ("withdrawal" for "rescinded"): a synonym cue.
  std::unordered_set<std::string> cue_family_stems_;
  std::vector<std::string> cue_family_phrases_;
  std::unordered_set<std::string> key_stems_;      // what a docket line's key may say
  std::string head_stem_;                          // the asked noun ("judge"), for signature blocks
};

}  // namespace lexgraph::ask
