#pragma once
// Merging the two sources: answers naming the same entity (or, for
// answers that are not entities, the same words) become one, with the
// evidence of both; graph evidence ranks first, then passage score.

#include <cstddef>
#include <vector>

#include "ask/answer.h"

namespace lexgraph::ask {

struct MergeOptions {
  std::size_t top = 5;
  std::size_t evidence_per_answer = 3;  // one more may come from focus_document
  // Answers of these types rank before all others (QuestionAnalysis::preferred_types).
  std::vector<std::string> preferred_types;
  // "How many pounds": the unit asked, normalized as Answer::unit. When an
  // answer carries it, figures in another unit rank after it.
  std::string asked_unit;
  // The document the search found first, the one the question is most
  // likely about: an answer it supports shows one sentence from it among
  // its evidence, however better other documents' sentences scored.
  std::string focus_document;
  // Entities that rank after every other answer of the preferred types
  // (after every other answer, when none is preferred): the
  // sovereign itself ("the Government", agency:united-states) when a
  // question asks which agency or bureau acted.
  std::vector<std::string> generic_entities;
  // "On what day", "what date", "when": a date to the day (its value
  // "1968-11-14") weighs more than one of a month or a year ("1968"), which
  // only narrows it down.
  bool prefer_full_dates = false;
  // "How many visas a year", "how many bills did the supplier attach":
  // things are counted, and a span of time ("within 10 years", "not later
  // than 90 days") answers another question; it weighs less.
  bool things_counted = false;
  // The question asks an amount or a count exactly (no "about", "roughly",
  // "approximately"): an answer the text only approximates weighs less.
  bool exact_asked = false;
};

// What makes two answers one: the entity id, or for answers that are not
// entities (and orders, local to their document) the type and the words.
std::string answer_merge_key(const Answer& a);

// The category the figure units' table gives a unit ("days" -> "time",
// "visas" -> "count"); "" for a word it does not list ("widgets").
std::string unit_category(const std::string& unit);

std::vector<Answer> merge_answers(std::vector<Answer> from_graph, std::vector<Answer> from_passages,
                                  const MergeOptions& options = {});

}  // namespace lexgraph::ask
