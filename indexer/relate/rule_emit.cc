// From the arguments of one cue to relations (sentence_rules.h).
#include "relate/sentence_rules.h"

#include <algorithm>

#include "extract/extraction_json.h"
#include "extract/names/institution_gazetteer.h"

namespace lexgraph::relate {

void SentenceRules::emit(const Cue& cue, std::size_t k, std::size_t last, const Factuality& f, Args& a) {
  std::string predicate = cue.predicate->name;
  // "the memorandum grants no new relief" says what "No new relief is granted" says.
  const bool none = a.object_text.starts_with("no ") || a.object_text.starts_with("No ");
  bool negated = f.negated || none;
  if (negated && !cue.predicate->opposite.empty()) {
    predicate = cue.predicate->opposite;
    negated = false;
  }
  const PredicateTypes* types = cue_table().predicate(predicate);
  std::vector<std::string> subjects;
  double confidence = a.confidence;
  // Another case's history: what "the court" or "we" did there is not this ruling's act.
  const bool history = reported_history(k);
  for (const Slot* s : a.subjects) {
    if (types && !types->subject_allows(s->type)) continue;
    if (history && s->type == "court" && (!s->mention || s->ids.front() == focus_.own_court())) continue;
    // "the court ... reversed and remanded": a court below read into "the
    // court" does not review judgments; the words are this court's, of an earlier appeal.
    if (!s->mention && s->type == "court" && disposition(predicate) && focus_.is_trial_court(s->ids.front())) continue;
    subjects.insert(subjects.end(), s->ids.begin(), s->ids.end());
    confidence = std::min(confidence, s->confidence + 0.2);
  }
  if (subjects.empty() && subject_document_ && !history) {
    // A trial court's own "is GRANTED" is the court's act; an appellate
    // "is affirmed" is the opinion's (the opinion is the judgment).
    const std::string court = names::document_court_id(ctx_.doc.court);
    if (!appellate(cue) && !court.empty() && a.order.empty()) subjects.push_back("court:" + court);
    else subjects.push_back(document_node_id(ctx_.doc.id));
  }
  subject_document_ = false;
  if (subjects.empty()) return;
  std::vector<std::string> objects;
  for (const Slot* o : a.objects) {
    objects.insert(objects.end(), o->ids.begin(), o->ids.end());
    confidence = std::min(confidence, o->confidence + 0.2);
  }
  if (objects.empty() && (a.object_text.empty() || !(types && types->text_object) ||
                          (cue.frame == CueFrame::from && a.object_text.empty()))) {
    // "We affirm.", "the Court of Appeals affirmed.": the judgment below is understood.
    // So is what "Plaintiffs appealed" appealed.
    const bool understood = a.bare || ((disposition(predicate) || predicate == "appeals") && a.object_text.empty() && !negated);
    if (!understood && !(cue.predicate->name == "requests" && !subjects.empty())) return;
  }
  if (a.inherited) confidence = std::min(confidence, 0.75);
  const Slot* said_by = reporter(f);
  const bool alleged = f.alleged || (f.reporter_verb != static_cast<std::size_t>(-1) && !said_by &&
                                     one_of(words_[f.reporter_verb].lower, {"says", "say", "said"}) &&
                                     reporter_is_party(f.reporter_verb));
  if (alleged) confidence = std::min(confidence, 0.4);

  // Evidence span: from the first argument to the last, within the sentence.
  std::size_t first_word = k;
  std::size_t last_word = last;
  for (const Slot* s : a.subjects) first_word = std::min(first_word, s->first), last_word = std::max(last_word, s->last);
  for (const Slot* o : a.objects) first_word = std::min(first_word, o->first), last_word = std::max(last_word, o->last);

  Relation r;
  r.predicate = predicate;
  r.object_text = a.object_text;
  r.sentence = sentence_;
  r.start = words_[first_word].start;
  r.end = words_[last_word].end;
  r.confidence = confidence;
  if (negated) r.qualifiers["negated"] = true;
  if (alleged) r.qualifiers["alleged"] = true;
  if (!a.what.empty()) r.qualifiers["what"] = a.what;
  if (!a.order.empty() && subjects.front() != a.order) r.qualifiers["order"] = a.order;
  if (in_part(last)) r.qualifiers["partial"] = true;
  if (predicate == "discloses_to" || predicate == "violates" || predicate == "requests") {
    if (const Mention* fig = figure_near(last, predicate == "requests")) {
      if (auto v = fig->attrs.find("value"); v != fig->attrs.end()) r.qualifiers["count"] = v->second;
    }
  }
  if (const Mention* d = date_near(first_word, last_word)) {
    if (auto iso = d->attrs.find("iso"); iso != d->attrs.end()) r.qualifiers["date"] = iso->second;
  }
  if (said_by && f.finding && !alleged) r.qualifiers["found_by"] = said_by->ids.front();
  // "for the immigrants' rights group, Centro ...": who sought what was denied or granted.
  if ((predicate == "denies" || predicate == "grants") && !a.objects.empty()) {
    for (std::size_t j = a.objects.back()->last + 1; j < words_.size() && j < a.objects.back()->last + 8; ++j) {
      if (words_[j].lower != "for" && words_[j].lower != "by") continue;
      for (std::size_t o = j + 1; o < words_.size() && o < j + 8; ++o) {
        const Slot* s = slot(o);
        if (s && (s->type == "organization" || s->type == "person" || s->type == "agency")) {
          r.qualifiers["sought_by"] = s->ids.front();
          break;
        }
      }
      break;
    }
  }
  const std::size_t before = out_.size();
  for (const std::string& subject : subjects) {
    if (objects.empty()) {
      Relation one = r;
      one.subject = subject;
      out_.push_back(std::move(one));
    }
    for (const std::string& object : objects) {
      if (object == subject) continue;
      Relation one = r;
      one.subject = subject;
      one.object = object;
      out_.push_back(std::move(one));
    }
  }
  if (out_.size() > before) {
    last_args_ = a;
    subjects_so_far_.push_back(a.subjects);
    objects_so_far_.insert(objects_so_far_.end(), a.objects.begin(), a.objects.end());
    for (const Slot* s : a.subjects) {
      if (a.possessive) break;
      for (const std::string& id : s->ids) focus_.subject(id, s->type);
    }
    if (predicate == "requests") pending_requests_.push_back(before);
  }
  // A judge or court finding the violation: also finds_violation.
  if (predicate == "violates" && said_by && f.finding && !alleged && !negated) {
    for (const std::string& statute : objects) {
      Relation fv = r;
      fv.subject = said_by->ids.front();
      fv.predicate = "finds_violation";
      fv.object = statute;
      fv.qualifiers.erase("found_by");
      fv.qualifiers["violator"] = subjects.front();
      fv.start = std::min(fv.start, words_[said_by->first].start);
      out_.push_back(std::move(fv));
    }
  }
}

// The judge or court reporting the fact ("Kollar-Kotelly said ... that").
const Slot* SentenceRules::reporter(const Factuality& f) const {
  if (f.reporter_verb == static_cast<std::size_t>(-1)) return nullptr;
  for (std::size_t j = f.reporter_verb, n = 0; j > 0 && n < 10; --j, ++n) {
    const Slot* s = slot(j - 1);
    if (s && (s->type == "judge" || s->type == "court")) return s;
    if (s) return nullptr;
  }
  return nullptr;
}

// "Nina Olson ... says": a person or organization speaking is a party's voice.
bool SentenceRules::reporter_is_party(std::size_t verb) const {
  for (std::size_t j = verb, n = 0; j > 0 && n < 30; --j, ++n) {
    const Slot* s = slot(j - 1);
    if (s && (s->type == "person" || s->type == "organization" || s->type == "agency")) return true;
  }
  return false;
}

}  // namespace lexgraph::relate
