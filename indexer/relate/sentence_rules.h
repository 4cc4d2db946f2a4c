#pragma once
// The verb rules of one sentence (stated_relations.h): its words, the entity
// slots on them, and for each cue word its subject, object and object words.
// Split by concern: sentence_rules.cc (cue matching, the voice of a cue),
// rule_arguments.cc (subject and object selection), rule_object_text.cc (the
// words of an object), rule_dispositions.cc (a ruling's own dispositions,
// requests, lawsuits), rule_emit.cc (from arguments to relations).

#include <cstddef>
#include <initializer_list>
#include <string>
#include <vector>

#include "extract/extraction_context.h"
#include "relate/coreference.h"
#include "relate/modality.h"
#include "relate/relation_cues.h"
#include "relate/sentence_words.h"
#include "resolve/entity.h"

namespace lexgraph::relate {

inline constexpr std::size_t kSubjectReach = 30;  // words left of a cue where its subject may stand
inline constexpr std::size_t kObjectReach = 20;   // words right of a cue where its object may stand
inline constexpr std::size_t kTextWords = 12;     // longest object_text

inline bool one_of(const std::string& w, std::initializer_list<const char*> words) {
  for (const char* x : words) {
    if (w == x) return true;
  }
  return false;
}

inline bool participle(const std::string& w) { return w.ends_with("ed") || w.ends_with("en") || w == "upheld" || w == "set" || w == "brought"; }

// The arguments found for one cue.
struct Args {
  std::vector<const Slot*> subjects;
  std::vector<const Slot*> objects;
  std::string object_text;
  std::string what;
  bool inherited = false;
  bool bare = false;   // may state its fact with no object at all
  bool possessive = false;  // "ICE's request": not the clause's subject, not the focus of what follows
  std::string order;   // the decretal order the fact is stated by
  double confidence = 0.85;
};

// Dispositions whose object goes without saying: the judgment under review.
inline bool disposition(const std::string& predicate) { return one_of(predicate, {"affirms", "reverses", "remands"}); }
inline bool appellate(const Cue& cue) { return disposition(cue.predicate->name) || cue.predicate->name == "vacates"; }

class SentenceRules {
 public:
  SentenceRules(const ExtractionContext& ctx, Extraction& x, std::vector<Relation>& out, Focus& focus,
                std::size_t sentence)
      : ctx_(ctx), x_(x), out_(out), focus_(focus), sentence_(sentence) {}

  void run(const std::vector<std::size_t>& mentions);

 private:
  const Slot* slot(std::size_t k) const { return slot_at_[k] < 0 ? nullptr : &slots_[slot_at_[k]]; }

  bool span_words(std::size_t start, std::size_t end, std::size_t& first, std::size_t& last) const;

  // One past the cue's last word, or 0.
  std::size_t matches(const Cue& cue, std::size_t k) const;

  // Does a whole cue start at word k?
  bool cue_at(std::size_t k) const;

  bool subject_fits(const Cue& cue, const Slot& s) const;

  bool object_fits(const Cue& cue, const Slot& s) const;

  // "Treasury Secretary Scott Bessent": of slots side by side, the last one
  // is the head the others describe.
  const Slot* head_of(const Slot* s, const Cue& cue, bool as_subject) const;

  // "A and B", "A, B and C": the slots coordinated with `s` on the side `dir`.
  void coordinated(const Slot* s, bool rightward, const Cue& cue, bool as_subject, std::vector<const Slot*>& out) const;

  // Nearest fitting slot left of word `from`, within the clause. A subject
  // is not looked for across "that" ("persuade the Court that the Compact did
  // not grant"), past words naming a court the text leaves unknown, nor
  // among the objects of the sentence's earlier cues; `stop_at_comma`: nor
  // across a comma (the object of a passive: "X is reversed, the award ... is vacated").
  const Slot* left(const Cue& cue, std::size_t from, bool subject, bool stop_at_comma = false) const;

  // First fitting slot right of word `from`, before the clause ends or another cue begins.
  const Slot* right(const Cue& cue, std::size_t from, bool subject, std::size_t* stop = nullptr) const;

  // Words from `from` on, up to punctuation, a clause word or the next cue.
  std::string words_text(std::size_t from, std::size_t max_words, bool stop_at_and = true) const;

  // Object words worth keeping: not a quotation's clause, a citation or a
  // function word ("there is no statute", "537 U.S. 901", "in part", "as valid").
  static bool meaningful(const std::string& s);

  static std::string without_determiner(std::string s);

  // Is the cue word a noun here ("the appeal", "on remand", "a grant")?
  bool noun_reading(std::size_t k) const;

  // "is GRANTED", "are granted", "shall be denied": the be-form of the
  // passive at word k is present or future, not past.
  bool present_passive(std::size_t k) const;

  // Only an appellate court affirms, reverses, remands or vacates in its own
  // ruling; in a district court's opinion those words quote another court.
  bool own_disposition(const Cue& cue) const;

  // "GRANTED in part and DENIED in part": the second disposition is of the
  // first one's motion.
  void partial_partner(std::size_t k, Args& a) const;

  bool in_part(std::size_t last) const;

  bool passive_voice(std::size_t k) const;

  // Is the cue at word k the verb of an order's title in capitals ("ORDER GRANTING")?
  bool order_title(std::size_t k) const;

  // Is the noun cue at word k a lawsuit? Only "action" needs a filing verb before it.
  bool litigated_action(std::size_t k) const;

  // "ICE's request for ...", "Ghaffar's appeal": a noun cue whose
  // possessor is its subject (only for acts a party does: appeals, requests, sues).
  const Slot* possessor(const Cue& cue, std::size_t k) const;

  // "a lawsuit by the ACLU against ICE", "a suit brought by X against Y".
  void noun_by_against(const Cue& cue, std::size_t k, std::size_t last);

  // "by A and B" within a few words after the cue: the agents of a passive.
  // "by the court below" when the text leaves that court unknown sets
  // unresolved_agent_: the passive then has no subject at all.
  bool agents_after(const Cue& cue, std::size_t k, std::vector<const Slot*>& agents);

  // "requests", "appeals" are nouns as often as verbs ("FOIA requests",
  // "the Court of Appeals"): a verb only after its subject, a pronoun or an
  // auxiliary, and not inside a noun compound ("an ICE request").
  bool verb_reading(std::size_t k) const;

  // Is the entity at word `at` the direct object of a verb whose object
  // would start at word `from`? Not behind a preposition or an infinitive
  // ("denied that petition in a separate order", "granted the motion to exclude Blakey").
  bool direct_object(std::size_t from, std::size_t at) const;

  // "In Smith v. Jones, the court enjoined ...", "In Dinitz, we examined ...":
  // a case named before the cue makes the sentence that case's history.
  bool reported_history(std::size_t k) const;

  // "the State Supreme Court", "the Pennsylvania Supreme Court" read as the
  // Supreme Court of the United States: that state's court (when the text
  // names one), else an unresolved court.
  void state_supreme_courts();

  // "the district court's order enjoined ...", "the Court's order stays ...":
  // whose order acts becomes the order entity's court (another court's order
  // quoted in a ruling is not the ruling's own).
  void owned_orders();

  static bool decretal(const Slot& s);

  // The order a ruling's decretal words stand in ("PRELIMINARILY ENJOINED",
  // "ORDERED") in this sentence.
  const Slot* decretal_order() const;

  void apply(const Cue& cue, std::size_t k, std::size_t last);

  static bool judgment_words(const std::string& text);
  // What a court grants or denies: "motion", "petition", "application", "stay" ...
  static bool filing_words(const std::string& text);

  // "pled guilty to the following three counts: I) possession ... (21 U.S.C.
  // 841(a)(1)); II) ...": every statute the plea's counts name.
  void counts_pleaded(const Cue& cue, std::size_t last, Args& a) const;

  void inherit_or_find_subject(const Cue& cue, std::size_t k, Args& a);

  void object_after(const Cue& cue, std::size_t last, Args& a);

  // "from acting upon any IRS data in its possession".
  std::string from_phrase(std::size_t last, const Args& a) const;

  // "A data-sharing agreement signed by ...": the words naming the object before the cue.
  // `reach`: words looked back; `start`, when given, receives the phrase's first word.
  std::string noun_before(std::size_t k, bool appositive = false, std::size_t reach = 5,
                          std::size_t* start = nullptr) const;

  // "The motion for leave ... and the petition for certiorari are granted":
  // the filing coordinated before the passive's object phrase that starts at
  // word `start`, or "".
  std::string coordinated_filing(std::size_t start, const std::string& object_text) const;

  // The first figure after the cue (or the one its relative clause hangs on:
  // "47,000 of the 1.28 million people that ICE requested").
  const Mention* figure_near(std::size_t cue, bool relative) const;

  const Mention* date_near(std::size_t first, std::size_t last) const;

  // The judge or court reporting the fact ("Kollar-Kotelly said ... that").
  const Slot* reporter(const Factuality& f) const;

  void emit(const Cue& cue, std::size_t k, std::size_t last, const Factuality& f, Args& a);

  // "Nina Olson ... says": a person or organization speaking is a party's voice.
  bool reporter_is_party(std::size_t verb) const;

  // "the 1.28 million people that ICE requested": a request with no object
  // was made to whoever in the sentence provided the requester with it.
  void complete_requests();

  const ExtractionContext& ctx_;
  Extraction& x_;
  std::vector<Relation>& out_;
  Focus& focus_;
  std::size_t sentence_;
  std::vector<Word> words_;
  std::vector<Slot> named_;
  std::vector<Slot> slots_;
  std::vector<int> slot_at_;
  // The subjects of the sentence's relations so far, first first: the main clause's comes first.
  std::vector<std::vector<const Slot*>> subjects_so_far_;
  std::vector<std::size_t> pending_requests_;
  std::vector<const Slot*> objects_so_far_;  // the objects of the sentence's relations so far
  bool unresolved_agent_ = false;
  Slot order_in_focus_;  // the subject of "X is enjoined" when an earlier sentence names the order
  const Slot* last_decree_ = nullptr;  // the sentence's last decretal order
  Args last_args_;  // of the last cue that stated a relation in this sentence
  std::size_t cue_end_ = 0;
  bool subject_document_ = false;
};

}  // namespace lexgraph::relate
