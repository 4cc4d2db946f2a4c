#pragma once
// Is what a cue word states a fact? Negation ("did not", "declined to",
// "never"), modality ("would", "may", "could", "if", "unless", "whether",
// "likely to"), questions, and the voice that reports it: a finding of a
// judge or court ("Kollar-Kotelly found that ...") or a party's allegation
// ("Plaintiffs allege that ...").
//
// What the rules do with each (documented choice):
//  - hedged (modal, conditional, prediction, question, purpose infinitive):
//    dropped, no relation;
//  - alleged: kept with qualifier alleged:true and confidence at most 0.4;
//  - negated: the opposite predicate when one exists ("did not grant" ->
//    denies), otherwise kept with qualifier negated:true.

#include <cstddef>
#include <vector>

#include "relate/sentence_words.h"

namespace lexgraph::relate {

struct Factuality {
  bool hedged = false;
  bool negated = false;
  bool alleged = false;
  // The reporting verb before the cue ("found", "held", "said", "alleges"):
  // its index, or npos.
  std::size_t reporter_verb = static_cast<std::size_t>(-1);
  bool finding = false;
  // "that the defendants be barred from ...": sought or ordered; a fact only
  // in a decree ("It is ORDERED that ... be enjoined").
  bool subjunctive = false;  // the reporting verb is one of finding ("found", "held", "ruled", "said", "wrote")
};

// The factuality of the cue at words[cue], looking left within its sentence.
Factuality factuality(const std::vector<Word>& words, std::size_t cue);

// A clause boundary after word `k`: ; : ? ! or a dash.
bool hard_break(const Word& w);
// Words that open a new clause ("because", "although", "which" ...).
bool clause_word(const std::string& lower);
// Verbs that report a clause ("found that", "argues that"): a subject is
// not looked for across their "that".
bool reporting_verb(const std::string& lower);
bool determiner(const std::string& lower);
bool be_form(const std::string& lower);
bool adverb(const std::string& lower);

}  // namespace lexgraph::relate
