#pragma once
// Answers from passages: Xapian finds the documents (the question's
// entities as boolean filters, cue words, synonyms and content words as
// terms), then every sentence of the best documents is scored by the
// question's entities, cue and words it holds, and typed answers are taken
// from the best sentences: mentions of the asked type (through the
// document's own entity aliases), figures whose unit matches the
// question's, a person's stated role.

#include <cstddef>
#include <vector>

#include <xapian.h>

#include "ask/answer.h"
#include "ask/question_analysis.h"

namespace lexgraph::ask {

struct PassageSearch {
  std::size_t documents = 12;  // best documents whose sentences are read
  std::size_t closest = 3;     // passages kept for "nothing answers"
  std::size_t sentences_per_document = 40;  // best sentences of a document whose answers are read
};

struct PassageResults {
  std::vector<Answer> answers;    // unmerged: one per mention found
  std::vector<Passage> closest;   // best sentences, answer or not
  std::string query;              // what ran, for --explain
  std::vector<std::string> documents;  // the documents read, best first (ids)
};

// Throws Xapian::Error on database trouble.
PassageResults passage_answers(const Xapian::Database& db, const QuestionAnalysis& q,
                               const PassageSearch& options = {});

// The same answer read from several sentences shows first the sentence that
// ties best to the question (`sentence_scores[i]`: the sentence score of
// answers[i]; below 0: its own score), whatever bonus each answer earned
// where it stands in its sentence: evidence moves between the answers of
// one merge key (answer_merge_key), best sentence to best-scored answer.
void order_evidence_by_sentence(std::vector<Answer>& answers, const std::vector<double>& sentence_scores);

}  // namespace lexgraph::ask
