#include "relate/modality.h"

#include <initializer_list>
#include <string>
#include <unordered_set>

namespace lexgraph::relate {

namespace {

bool in(const std::unordered_set<std::string>& set, const std::string& w) { return set.count(w) > 0; }

bool one_of_words(const std::string& w, std::initializer_list<const char*> words) {
  for (const char* x : words) {
    if (w == x) return true;
  }
  return false;
}

const std::unordered_set<std::string> kModals = {"would", "could", "might", "may", "should", "can", "must", "cannot", "ought"};
const std::unordered_set<std::string> kConditions = {"if", "unless", "whether", "likely", "unlikely", "hypothetically",
                                                     "suppose", "assuming", "lest", "whenever", "possibility"};
const std::unordered_set<std::string> kPetitions = {
    "request", "requests", "requested", "requesting", "ask", "asks", "asked", "asking", "urge", "urges", "urged",
    "urging", "move", "moves", "moved", "moving", "pray", "prays", "praying", "request[ed", "seek", "seeks", "seeking",
    "sought", "demands", "demanded", "demanding"};
// "in cases where the court grants ...", "Where a dismissal is granted ...": a rule, not an event.
const std::unordered_set<std::string> kGenericPlaces = {"case", "cases", "situation", "situations", "circumstances",
                                                        "instances", "instance", "context", "contexts"};
const std::unordered_set<std::string> kNegators = {"not", "never", "neither", "nor", "no"};
// Verbs before "to <cue>" that deny the act: "declined to issue".
const std::unordered_set<std::string> kRefusals = {"declined", "declines", "decline", "declining", "refused", "refuses",
                                                   "refuse", "refusing", "failed", "fails", "fail", "failing"};
// Verbs before "to <cue>" that state it happened or is ordered.
// ("moved to stay" is a motion, not a stay.)
const std::unordered_set<std::string> kDone = {"voted", "agreed", "proceeded", "went", "continues", "continued", "decided"};
const std::unordered_set<std::string> kFindings = {"found", "finds", "find", "held", "holds", "hold", "ruled", "rules",
                                                   "concluded", "concludes", "conclude", "determined", "determines",
                                                   "decided", "decides", "said", "says", "wrote", "writes", "declared",
                                                   "explained", "noted", "agreed", "agrees", "reasoned"};
const std::unordered_set<std::string> kAllegations = {
    "alleges", "alleged", "allege", "alleging", "allegedly", "claims", "claimed", "claim", "claiming", "argues",
    "argued", "argue", "arguing", "contends", "contended", "contend", "contending", "asserts", "asserted",
    "assert", "asserting", "maintains", "maintain", "accuses", "accused", "accuse", "accusing", "complains",
    "complained", "purportedly", "supposedly", "insists", "insisted", "according", "believes", "believe", "believed",
    "believing", "charged", "indicted", "dissent", "dissents", "dissented", "dissenting"};
// "ordinarily enters a final judgment": what a court does as a rule.
const std::unordered_set<std::string> kHabits = {"ordinarily", "generally", "typically", "usually", "normally",
                                                 "often", "sometimes", "rarely", "seldom", "frequently", "routinely"};

// Past forms that do not end in -ed.
const std::unordered_set<std::string> kIrregularPast = {"gave", "given", "upheld", "brought", "broke", "pled", "sought",
                                                        "held", "set", "barred", "stayed"};

// "grants", "affirm", "is granted": a present-tense cue (over a passive's be-form).
bool present_tense(const std::vector<Word>& words, std::size_t cue) {
  const std::string& w = words[cue].lower;
  if (w.ends_with("ed") || w.ends_with("ing") || in(kIrregularPast, w)) {
    std::size_t j = cue;
    while (j > 0 && (words[j - 1].lower == "not" || words[j - 1].lower.ends_with("ly"))) --j;
    return j > 0 && (words[j - 1].lower == "is" || words[j - 1].lower == "are");
  }
  return true;
}

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
  static const std::unordered_set<std::string> words = {"also", "hereby", "further", "already", "still", "then", "thus", "hence",
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
  // "to stop the IRS from giving addresses to ICE", "enjoined from using and
  // disclosing": what an order forbids or a party wants stopped did not happen.
  if (words[cue].lower.ends_with("ing")) {
    for (std::size_t j = k, n = 0; j > 0 && n < 4; --j, ++n) {
      const std::string& l = words[j - 1].lower;
      if (l == "from") {
        f.hedged = true;
        break;
      }
      if (!(l == "and" || l == "or" || l.ends_with("ing") || adverb(l))) break;
    }
  }
  // "released the address without asking whether ...": not done.
  if (k > 0 && words[k - 1].lower == "without") f.negated = true;
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
    if (in(kConditions, l) || in(kHabits, l)) f.hedged = true;
    if (l == "where" && (j == 1 || in(kGenericPlaces, words[j - 2].lower))) f.hedged = true;
    // "when the Supreme Court affirms a conviction": a rule of time, not an event.
    if (l == "when" && present_tense(words, cue)) f.hedged = true;
    // "requests that the Court enjoin ...", "asked that the order be vacated",
    // "seeking a declaratory judgment that X does not violate ...": what is sought, not done.
    // ("asked the court to order, inter alia, (1) that defendants ...")
    // (Not "sought access to materials": an infinitive's "to" comes within a
    // few words and before a verb, which does not end in -s.)
    if (in(kPetitions, l) && j - 1 != cue) {
      constexpr std::size_t kPetitionReach = 10;  // words from the petition verb to its "that"
      constexpr std::size_t kInfinitiveReach = 4;  // "asked the court to"
      for (std::size_t t = j; t < cue && t < j + kPetitionReach; ++t) {
        if (words[t].lower == "that") f.hedged = true;
        if (words[t].lower == "to" && t > j && t < j + kInfinitiveReach && t + 1 < words.size() &&
            !determiner(words[t + 1].lower) && !words[t + 1].capitalized && !words[t + 1].lower.ends_with("s")) {
          f.hedged = true;
        }
      }
    }
  }
  // "(2) that the Poulos defendants be barred from ...": a bare "be" is what
  // someone asks or orders; the rules take a decree's "ORDERED that X be
  // enjoined" before asking this.
  {
    std::size_t j = cue;
    while (j > 0 && (adverb(words[j - 1].lower) || words[j - 1].lower == "not")) --j;
    if (j >= 2 && words[j - 1].lower == "be" &&
        !in(kModals, words[j - 2].lower) && !one_of_words(words[j - 2].lower, {"to", "will", "shall", "not"})) {
      f.subjunctive = true;
    }
  }
  // "we will reverse if the court committed a clear error", "will be
  // reversed only for an abuse of discretion": a standard, not a disposition.
  for (std::size_t j = cue + 1; j < words.size() && j <= cue + 4; ++j) {
    const std::string& l = words[j].lower;
    if (l == "if" || l == "unless" || l == "whenever" ||
        (words[j - 1].lower == "only" && (l == "for" || l == "when" || l == "where"))) {
      f.hedged = true;
    }
    if (words[j].punct_after && words[j].punct_after != ',') break;
  }
  // The reporting verb: the nearest finding or allegation word before the cue in the sentence.
  for (std::size_t j = cue; j > 0; --j) {
    const std::string& l = words[j - 1].lower;
    // "we believe", "the Court believes": the court's own reasoning, not a party's claim.
    const bool court_speaks = j >= 2 && (words[j - 2].lower == "we" || words[j - 2].lower == "court");
    // "his claims", "the Eleventh Amendment claim": a noun, not a party's voice.
    const bool noun = j >= 2 && (determiner(words[j - 2].lower) || words[j - 2].lower.ends_with("'s") ||
                                 (words[j - 2].capitalized && (l == "claim" || l == "claims")));
    if (in(kAllegations, l) && !court_speaks && !noun) {
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
