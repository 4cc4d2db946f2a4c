#include "relate/modality.h"

#include <string>
#include <unordered_set>

namespace lexgraph::relate {

namespace {

bool in(const std::unordered_set<std::string>& set, const std::string& w) { return set.count(w) > 0; }

const std::unordered_set<std::string> kModals = {"would", "could", "might", "may", "should", "can", "must", "cannot", "ought"};
const std::unordered_set<std::string> kConditions = {"if", "unless", "whether", "likely", "unlikely", "hypothetically",
                                                     "suppose", "assuming", "lest"};
const std::unordered_set<std::string> kPetitions = {"request", "requests", "requested", "ask", "asks", "asked",
                                                    "urge", "urges", "urged", "move", "moves", "moved", "pray",
                                                    "prays", "request[ed", "seeks", "sought", "demands", "demanded"};
const std::unordered_set<std::string> kNegators = {"not", "never", "neither", "nor", "no"};
// Verbs before "to <cue>" that deny the act: "declined to issue".
const std::unordered_set<std::string> kRefusals = {"declined", "declines", "decline", "declining", "refused", "refuses",
                                                   "refuse", "refusing", "failed", "fails", "fail", "failing"};
// Verbs before "to <cue>" that state it happened or is ordered.
const std::unordered_set<std::string> kDone = {"voted", "agreed", "proceeded", "went", "moved", "continues", "continued", "decided"};
const std::unordered_set<std::string> kFindings = {"found", "finds", "find", "held", "holds", "hold", "ruled", "rules",
                                                   "concluded", "concludes", "conclude", "determined", "determines",
                                                   "decided", "decides", "said", "says", "wrote", "writes", "declared",
                                                   "explained", "noted", "agreed", "agrees", "reasoned"};
const std::unordered_set<std::string> kAllegations = {
    "alleges", "alleged", "allege", "alleging", "allegedly", "claims", "claimed", "claim", "claiming", "argues",
    "argued", "argue", "arguing", "contends", "contended", "contend", "contending", "asserts", "asserted",
    "assert", "asserting", "maintains", "maintain", "accuses", "accused", "accuse", "accusing", "complains",
    "complained", "purportedly", "supposedly", "insists", "insisted", "according", "believes", "believe"};

// "ECF No. 17", "No. 20-5123": "No." before a number is not a negation.
bool number_sign(const std::vector<Word>& words, std::size_t k) {
  return words[k].lower == "no" && k + 1 < words.size() && !words[k + 1].lower.empty() &&
         words[k + 1].lower[0] >= '0' && words[k + 1].lower[0] <= '9';
}

}  // namespace

bool hard_break(const Word& w) {
  return w.punct_after == ';' || w.punct_after == ':' || w.punct_after == '?' || w.punct_after == '!' || w.punct_after == '-';
}

bool reporting_verb(const std::string& w) {
  return in(kFindings, w) || in(kAllegations, w) ||
         w == "correct" || w == "clear" || w == "true" || w == "show" || w == "shows" || w == "showed" ||
         // "appeals on the grounds that the sentence violates ...": the argument's own clause.
         w == "grounds" || w == "ground" || w == "argument" || w == "contention" || w == "theory";
}

bool clause_word(const std::string& w) {
  static const std::unordered_set<std::string> words = {"because", "although", "though", "whereas", "while", "but",
                                                        "since", "which", "who", "however", "unless", "if"};
  return in(words, w);
}

bool determiner(const std::string& w) {
  static const std::unordered_set<std::string> words = {"the", "a", "an", "this", "these", "those", "its",
                                                        "their", "his", "her", "our", "any", "no", "such", "each",
                                                        "on", "of", "for", "upon", "pending", "further"};
  return in(words, w);
}

bool be_form(const std::string& w) {
  static const std::unordered_set<std::string> words = {"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "remain", "remains"};
  return in(words, w);
}

bool adverb(const std::string& w) {
  static const std::unordered_set<std::string> words = {"also", "hereby", "further", "already", "still", "then", "thus",
                                                        "therefore", "thereby", "later", "now", "again", "subsequently",
                                                        "previously", "erroneously", "separately", "likewise", "jointly"};
  return in(words, w) || (w.size() > 4 && w.ends_with("ly") && w != "only" && w != "likely" && w != "unlikely");
}

Factuality factuality(const std::vector<Word>& words, std::size_t cue) {
  Factuality f;
  if (!words.empty() && words.back().punct_after == '?') f.hedged = true;
  // The word right before the cue, over adverbs.
  std::size_t k = cue;
  while (k > 0 && adverb(words[k - 1].lower)) --k;
  if (k > 0 && words[k - 1].lower == "to") {
    // "declined to issue", "voted to affirm"; otherwise an aim or a possibility: "sued to stop".
    std::size_t v = k - 1;
    while (v > 0 && adverb(words[v - 1].lower)) --v;
    const std::string before = v > 0 ? words[v - 1].lower : "";
    if (in(kRefusals, before)) f.negated = true;
    else if (!in(kDone, before)) f.hedged = true;
  }
  // Left within the clause: negation and modals near the cue, conditions anywhere before it.
  for (std::size_t j = cue, seen = 0; j > 0; --j, ++seen) {
    const Word& w = words[j - 1];
    if (hard_break(w) && j - 1 < cue) break;
    const std::string& l = w.lower;
    if (seen < 5) {
      if (in(kModals, l)) f.hedged = true;
      if ((in(kNegators, l) && !number_sign(words, j - 1)) || l.ends_with("n't")) f.negated = true;
    }
    if (in(kConditions, l)) f.hedged = true;
    // "requests that the Court enjoin ...", "asked that the order be vacated": what is sought, not done.
    if (in(kPetitions, l) && j < words.size() && words[j].lower == "that") f.hedged = true;
  }
  // The reporting verb: the nearest finding or allegation word before the cue in the sentence.
  for (std::size_t j = cue; j > 0; --j) {
    const std::string& l = words[j - 1].lower;
    if (in(kAllegations, l)) {
      f.alleged = true;
      f.reporter_verb = j - 1;
      break;
    }
    if (in(kFindings, l)) {
      f.finding = true;
      f.reporter_verb = j - 1;
      break;
    }
  }
  // "this Court cannot find that ...", "we need not decide whether ...".
  if (f.reporter_verb != static_cast<std::size_t>(-1)) {
    for (std::size_t j = f.reporter_verb; j > 0 && j + 3 > f.reporter_verb; --j) {
      const std::string& l = words[j - 1].lower;
      if (in(kNegators, l) || l.ends_with("n't") || l == "cannot") f.negated = true;
      if (in(kModals, l) && l != "cannot") f.hedged = true;
    }
  }
  return f;
}

}  // namespace lexgraph::relate
