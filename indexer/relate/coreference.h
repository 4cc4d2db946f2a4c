#pragma once
// Who "she", "the agency", "the panel", "this Court", "the government",
// "the nonprofit groups" and "the ruling" are: the entities in focus from
// earlier sentences (the last judge or person named; the agency that was
// last the subject of a relation, else the last named; the document's own
// court for "this Court"). In a ruling that reviews another court's, "the
// district court", "the Court of Appeals", "the court below" and a bare
// lower-case "the court" are the courts below, never the document's own;
// when the text does not say which court that is, the words become an
// unresolved slot that no rule takes as an argument (better no fact than a
// fact about the wrong court). Only what the relation rules need; every
// resolved slot carries a confidence below 1.

#include <cstddef>
#include <string>
#include <vector>

#include "relate/sentence_words.h"

namespace lexgraph::relate {

class Focus {
 public:
  // `document_court`: the court id of a ruling's metadata ("" when none);
  // `government`: the id "the government" names when the document has one
  // ("agency:united-states"), else "".
  Focus(std::string document_court, std::string government)
      : document_court_(std::move(document_court)), government_(std::move(government)) {}

  // A ruling that reviews the judgment of other courts (an appellate or
  // supreme court) and the courts below it that the text names: the trial
  // court and, for a supreme court, the intermediate court ("" when the
  // text leaves it open).
  void reviewing(bool supreme, std::string trial_court, std::string appellate_court, std::string state_supreme_court);
  bool reviewing() const { return reviewing_; }

  // Slots for the anaphors among `words` that no entity slot covers
  // (`covered[k]`: word k is inside an entity).
  std::vector<Slot> anaphors(const std::vector<Word>& words, const std::vector<bool>& covered,
                             const std::vector<Slot>& named) const;

  // A party of the caption and the role words standing by its name there
  // ("AMIR GHAFFAR, Defendant, Appellant": defendant, appellant): the text's
  // "Appellant", "the defendant", "plaintiffs" then name it.
  void party(const std::string& id, const std::string& type, const std::vector<std::string>& roles);
  bool has_parties() const { return !parties_.empty(); }

  // After a sentence: its named entities, in text order.
  void saw(const std::vector<Slot>& named);
  // An agency, person or organization that was the subject of a relation.
  void subject(const std::string& id, const std::string& type);
  // A court below that the sentence just read named or described: a
  // following lower-case "the court" is that court.
  void lower_court_named(const std::string& id);
  bool is_lower_court(const std::string& id) const;
  bool is_trial_court(const std::string& id) const { return !id.empty() && id == trial_court_; }
  const std::string& trial_court() const { return trial_court_; }
  // The court "the court" (lower case) names in a reviewing ruling.
  std::string court_below() const;
  const std::string& own_court() const { return document_court_; }
  // The state's highest court when the text names exactly one ("" otherwise).
  const std::string& state_supreme_court() const { return state_supreme_court_; }

  // The order named in the last sentence or the one before ("" when none):
  // "The IRS is enjoined from ..." after "PRELIMINARY INJUNCTION GRANTED".
  std::string order_in_focus() const { return order_age_ <= 1 ? last_order_ : std::string(); }

  // The federal government as a party ("the government appeals").
  static constexpr const char* kUnitedStates = "agency:united-states";

  // The slot type of words that name a court the text leaves unknown.
  static constexpr const char* kUnresolved = "unresolved";

 private:
  std::string recent(const std::string& type, std::size_t n, std::vector<std::string>* more = nullptr) const;

  struct Party {
    std::string id;
    std::string type;
    std::vector<std::string> roles;  // singular, lower case
  };
  // The parties playing `role` ("appellant"): none when no caption says.
  std::vector<const Party*> playing(const std::string& role) const;
  // "the government": the United States when the document names it, else the
  // caption's agency party, else the agency last the subject of a relation.
  std::string government() const;
  // The court last named, in this sentence before word `before` or earlier, other than the document's.
  std::string last_other_court(const std::vector<Slot>& named, std::size_t before) const;

  std::vector<Party> parties_;
  std::string document_court_;
  std::string government_;
  // Most recent last: (id, type).
  std::vector<std::pair<std::string, std::string>> seen_;
  std::string subject_agency_;
  std::string sentence_subject_;  // the first agency subject of the current sentence
  std::string government_focus_;  // the last agency subject, however long ago
  int subject_age_ = 0;  // sentences since subject_agency_ was set
  bool reviewing_ = false;
  bool supreme_ = false;
  std::string trial_court_;
  std::string appellate_court_;
  std::string state_supreme_court_;
  std::string lower_focus_;  // the court below last named or described
  int lower_focus_age_ = 0;  // sentences since
  std::string last_order_;
  int order_age_ = 0;  // sentences since last_order_ was named
};

}  // namespace lexgraph::relate
