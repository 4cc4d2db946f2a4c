// Per-predicate special cases: a ruling's own dispositions, requests and
// lawsuits (sentence_rules.h).
#include "relate/sentence_rules.h"

#include <algorithm>

#include "extract/names/institution_gazetteer.h"

namespace lexgraph::relate {

// "is GRANTED", "are granted", "shall be denied": the be-form of the
// passive at word k is present or future, not past.
bool SentenceRules::present_passive(std::size_t k) const {
  std::size_t j = k;
  while (j > 0 && (adverb(words_[j - 1].lower) || words_[j - 1].lower == "not")) --j;
  // Not "to be issued", "would be reversed": a purpose or a possibility.
  if (j >= 2 && words_[j - 1].lower == "be" && one_of(words_[j - 2].lower, {"to", "would", "could", "might", "may"})) {
    return false;
  }
  return j > 0 && one_of(words_[j - 1].lower, {"is", "are", "be"});
}

// Only an appellate court affirms, reverses, remands or vacates in its own
// ruling; in a district court's opinion those words quote another court.
bool SentenceRules::own_disposition(const Cue& cue) const {
  if (!appellate(cue)) return true;
  const std::string court = names::document_court_id(ctx_.doc.court);
  return court == "scotus" || court == "cadc" || court == "cafc" ||
         (court.size() >= 3 && court.starts_with("ca") && court[2] >= '0' && court[2] <= '9');
}

// "GRANTED in part and DENIED in part": the second disposition is of the
// first one's motion.
void SentenceRules::partial_partner(std::size_t k, Args& a) const {
  if (k < 3 || words_[k - 1].lower != "and" || words_[k - 2].lower != "part" || words_[k - 3].lower != "in") return;
  if (!last_args_.objects.empty()) a.objects = last_args_.objects;
  else a.object_text = last_args_.object_text;
}

bool SentenceRules::in_part(std::size_t last) const {
  return last + 2 < words_.size() && words_[last + 1].lower == "in" && words_[last + 2].lower == "part";
}

bool SentenceRules::filing_words(const std::string& text) {
  for (const char* w : {"motion", "petition", "application", "request", "relief", "writ", "certiorari", "stay",
                        "injunction", "restraining"}) {
    if (text.find(w) != std::string::npos) return true;
  }
  return false;
}

bool SentenceRules::judgment_words(const std::string& text) {
  for (const char* w : {"judgment", "decision", "order", "ruling", "conviction", "sentence", "decree", "dismissal",
                        "verdict", "denial", "award"}) {
    if (text.find(w) != std::string::npos) return true;
  }
  return false;
}

// "a lawsuit by the ACLU against ICE", "a suit brought by X against Y".
void SentenceRules::noun_by_against(const Cue& cue, std::size_t k, std::size_t last) {
  Factuality f = factuality(words_, k);
  if (f.hedged) return;
  Args a;
  std::size_t at = 0;
  const Slot* by = right(cue, last + 1, true, &at);
  if (!by || at > last + 4) return;
  coordinated(by, true, cue, true, a.subjects);
  for (std::size_t j = a.subjects.back()->last + 1; j < words_.size() && j <= a.subjects.back()->last + 2; ++j) {
    if (words_[j].lower != "against") continue;
    if (const Slot* o = right(cue, j + 1, false, &at); o && at <= j + 3) coordinated(o, true, cue, false, a.objects);
  }
  if (a.objects.empty()) return;
  emit(cue, k, last, f, a);
}

// "the 1.28 million people that ICE requested": a request with no object
// was made to whoever in the sentence provided the requester with it.
void SentenceRules::complete_requests() {
  for (std::size_t i : pending_requests_) {
    if (i >= out_.size() || !out_[i].object.empty()) continue;
    for (const Relation& r : out_) {
      if (r.sentence == sentence_ && r.predicate == "discloses_to" && r.object == out_[i].subject) {
        out_[i].object = r.subject;
        out_[i].confidence = std::min(out_[i].confidence, 0.6);
        break;
      }
    }
  }
  // Requests that still name no one they were made to say too little.
  out_.erase(std::remove_if(out_.begin(), out_.end(),
                            [&](const Relation& r) {
                              return r.sentence == sentence_ && r.predicate == "requests" && r.object.empty();
                            }),
             out_.end());
}

}  // namespace lexgraph::relate
