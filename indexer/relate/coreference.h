#pragma once
// Who "she", "the agency", "the panel", "this Court", "the government",
// "the nonprofit groups" and "the ruling" are: the entities in focus from
// earlier sentences (the last judge or person named; the agency that was
// last the subject of a relation, else the last named; the document's own
// court for "this Court"). Only what the relation rules need; every
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

  // Slots for the anaphors among `words` that no entity slot covers
  // (`covered[k]`: word k is inside an entity).
  std::vector<Slot> anaphors(const std::vector<Word>& words, const std::vector<bool>& covered,
                             const std::vector<Slot>& named) const;

  // A party of the caption and the role words standing by its name there
  // ("AMIR GHAFFAR, Defendant, Appellant": defendant, appellant): the text's
  // "Appellant", "the defendant", "plaintiffs" then name it.
  void party(const std::string& id, const std::string& type, const std::vector<std::string>& roles);

  // After a sentence: its named entities, in text order.
  void saw(const std::vector<Slot>& named);
  // An agency, person or organization that was the subject of a relation.
  void subject(const std::string& id, const std::string& type);

 private:
  std::string recent(const std::string& type, std::size_t n, std::vector<std::string>* more = nullptr) const;

  struct Party {
    std::string id;
    std::string type;
    std::vector<std::string> roles;  // singular, lower case
  };
  // The parties playing `role` ("appellant"): none when no caption says.
  std::vector<const Party*> playing(const std::string& role) const;

  std::vector<Party> parties_;
  std::string document_court_;
  std::string government_;
  // Most recent last: (id, type).
  std::vector<std::pair<std::string, std::string>> seen_;
  std::string subject_agency_;
  std::string sentence_subject_;  // the first agency subject of the current sentence
  std::string government_focus_;  // the last agency subject, however long ago
  int subject_age_ = 0;  // sentences since subject_agency_ was set
};

}  // namespace lexgraph::relate
