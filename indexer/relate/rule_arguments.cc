// Subject and object selection around a cue (sentence_rules.h).
#include "relate/sentence_rules.h"

namespace lexgraph::relate {

// "Treasury Secretary Scott Bessent": of slots side by side, the last one
// is the head the others describe.
const Slot* SentenceRules::head_of(const Slot* s, const Cue& cue, bool as_subject) const {
  for (int n = 0; n < 3 && s->last + 1 < words_.size() && !words_[s->last].punct_after; ++n) {
    // Title words between them: "Treasury Secretary Scott Bessent".
    std::size_t k = s->last + 1;
    while (k < s->last + 3 && k + 1 < words_.size() && !slot(k) && words_[k].capitalized && !words_[k].punct_after) ++k;
    const Slot* next = slot(k);
    if (!next || next == s || !(as_subject ? subject_fits(cue, *next) : object_fits(cue, *next))) break;
    s = next;
  }
  return s;
}

// "A and B", "A, B and C": the slots coordinated with `s` on the side `dir`.
void SentenceRules::coordinated(const Slot* s, bool rightward, const Cue& cue, bool as_subject, std::vector<const Slot*>& out) const {
  out.push_back(s);
  for (int n = 0; n < 4; ++n) {
    if (rightward) {
      std::size_t k = s->last + 1;
      if (k >= words_.size() || hard_break(words_[s->last])) return;
      if (!(words_[k].lower == "and" || words_[s->last].punct_after == ',')) return;
      if (words_[k].lower == "and") ++k;
      // A title before the next name: "and Secretary Marco Rubio".
      for (int t = 0; t < 2 && k + 1 < words_.size() && !slot(k) && words_[k].capitalized && !words_[k].punct_after; ++t) ++k;
      const Slot* next = k < words_.size() ? slot(k) : nullptr;
      if (!next || next->first != k || !(as_subject ? subject_fits(cue, *next) : object_fits(cue, *next))) return;
      next = head_of(next, cue, as_subject);
      out.push_back(next);
      s = next;
    } else {
      if (s->first < 2) return;
      std::size_t k = s->first - 1;
      const bool conj = words_[k].lower == "and" || words_[k].lower == "or";
      if (!conj && words_[k].punct_after != ',') return;
      if (!conj) ++k;
      if (k == 0) return;
      const Slot* prev = slot(k - 1);
      if (!prev || prev->last != k - 1 || !(as_subject ? subject_fits(cue, *prev) : object_fits(cue, *prev))) return;
      out.push_back(prev);
      s = prev;
    }
  }
}

// Nearest fitting slot left of word `from`, within the clause.
const Slot* SentenceRules::left(const Cue& cue, std::size_t from, bool subject) const {
  for (std::size_t k = from, n = 0; k > 0 && n < kSubjectReach; --k, ++n) {
    if (hard_break(words_[k - 1]) && k != from) break;
    // "this Court concludes that sovereign immunity bars ...": not across a reported clause.
    if (words_[k - 1].lower == "that" && k >= 2 && reporting_verb(words_[k - 2].lower)) break;
    const Slot* s = slot(k - 1);
    if (s && (subject ? subject_fits(cue, *s) : object_fits(cue, *s))) return s;
  }
  return nullptr;
}

// First fitting slot right of word `from`, before the clause ends or another cue begins.
const Slot* SentenceRules::right(const Cue& cue, std::size_t from, bool subject, std::size_t* stop) const {
  for (std::size_t k = from, n = 0; k < words_.size() && n < kObjectReach; ++k, ++n) {
    if (k > from && (hard_break(words_[k - 1]) || clause_word(words_[k].lower))) break;
    if (k > from && cue_at(k) && !slot(k)) break;
    const Slot* s = slot(k);
    if (s && (subject ? subject_fits(cue, *s) : object_fits(cue, *s))) {
      if (stop) *stop = k;
      return s;
    }
  }
  return nullptr;
}

// "by A and B" within a few words after the cue: the agents of a passive.
bool SentenceRules::agents_after(const Cue& cue, std::size_t k, std::vector<const Slot*>& agents) const {
  for (std::size_t j = k + 1; j < words_.size() && j <= k + 5; ++j) {
    if (hard_break(words_[j - 1])) return false;
    if (words_[j].lower != "by") continue;
    for (std::size_t a = j + 1; a < words_.size() && a <= j + 4; ++a) {
      const Slot* s = slot(a);
      if (s && subject_fits(cue, *s)) {
        coordinated(head_of(s, cue, true), true, cue, true, agents);
        return true;
      }
      if (words_[a].punct_after && words_[a].punct_after != '.') break;
    }
    return false;
  }
  return false;
}

void SentenceRules::inherit_or_find_subject(const Cue& cue, std::size_t k, Args& a) {
  // "have blocked X from ... and blocked ICE from ...": a second verb after
  // "and" with no subject of its own shares the first one's.
  for (std::size_t j = k, n = 0; j > 0 && n < 8; --j, ++n) {
    if (slot(j - 1)) break;
    if (words_[j - 1].lower == "and" || words_[j - 1].lower == "or") {
      for (const auto& group : subjects_so_far_) {
        for (const Slot* s : group) {
          if (subject_fits(cue, *s)) a.subjects.push_back(s);
        }
        if (!a.subjects.empty()) {
          a.inherited = true;
          return;
        }
      }
    }
  }
  if (const Slot* s = left(cue, k, true)) {
    coordinated(s, false, cue, true, a.subjects);
    return;
  }
  // "In declining the request, Judge Edwards wrote ...": a fronted gerund's subject follows.
  if (words_[k].lower.ends_with("ing") && k >= 1 && k <= 2 &&
      one_of(words_[k - 1].lower, {"in", "by", "after", "when", "while", "before"})) {
    for (std::size_t j = k; j < words_.size(); ++j) {
      if (words_[j].punct_after == ',') {
        if (const Slot* s = right(cue, j + 1, true)) a.subjects.push_back(s);
        break;
      }
    }
  }
}

void SentenceRules::object_after(const Cue& cue, std::size_t last, Args& a) {
  const std::size_t from = last + 1;
  std::size_t at = 0;
  switch (cue.frame) {
    case CueFrame::to: {
      // "gave ICE X", "provided DHS with X", "disclosing X to ICE", "shared X with DHS".
      const Slot* o = right(cue, from, false, &at);
      if (!o) return;
      const bool indirect = at <= from + 1;
      std::size_t mark = at;
      if (mark > from && one_of(words_[mark - 1].lower, {"the", "a", "an", "its", "their"})) --mark;
      const bool marked = mark > from && one_of(words_[mark - 1].lower, {"to", "with"});
      if (!indirect && !marked) return;
      coordinated(o, true, cue, false, a.objects);
      if (indirect) {
        std::size_t w = a.objects.back()->last + 1;
        if (w < words_.size() && words_[w].lower == "with") ++w;
        a.what = words_text(w, kTextWords);
      } else if (mark > from + 1) {
        std::size_t end = mark - 2;
        for (std::size_t w = from; w < mark - 1; ++w) {
          const Slot* s = slot(w);
          if (s && s->type == "figure") {
            end = w > from ? w - 1 : from;
            break;
          }
        }
        a.what = std::string(ctx_.text.substr(words_[from].start, words_[end].end - words_[from].start));
        while (!a.what.empty() && (a.what.back() == '"' || a.what.back() == ' ' || a.what.back() == ',')) a.what.pop_back();
      }
      return;
    }
    case CueFrame::request: {
      const Slot* o = right(cue, from, false, &at);
      if (o) coordinated(o, true, cue, false, a.objects);
      if (!hard_break(words_[last]) && !a.objects.empty()) a.what = words_text(from, kTextWords);
      return;
    }
    case CueFrame::rely: {
      static const char* kinds[] = {"declaration", "testimony", "affidavit", "report", "letter", "statement",
                                    "evidence", "record", "memorandum", "analysis", "expert"};
      for (std::size_t k = from; k < words_.size() && k < from + 6; ++k) {
        for (const char* kind : kinds) {
          if (words_[k].lower == kind) a.what = kind;
        }
        if (!a.what.empty()) break;
      }
      // "based off a declaration filed ... by Dottie Romo": the evidence's author.
      for (std::size_t k = from; k < words_.size() && k < from + kObjectReach; ++k) {
        if (k > from && hard_break(words_[k - 1])) break;
        const Slot* s = slot(k);
        if (s && object_fits(cue, *s)) {
          a.objects.push_back(s);
          break;
        }
      }
      return;
    }
    default:
      break;
  }
  const Slot* o = right(cue, from, false, &at);
  if (o && at <= from + 6) coordinated(o, true, cue, false, a.objects);
  if (a.objects.empty() && cue.predicate->text_object && cue.objects.empty() && cue.frame != CueFrame::from) {
    a.object_text = without_determiner(words_text(from, kTextWords / 2 + 4));
  }
}

// "ICE's request for ...", "Ghaffar's appeal": a noun cue whose
// possessor is its subject (only for acts a party does: appeals, requests, sues).
const Slot* SentenceRules::possessor(const Cue& cue, std::size_t k) const {
  if (k == 0 || !one_of(cue.predicate->name, {"appeals", "requests", "sues"})) return nullptr;
  const Word& w = words_[k - 1];
  if (!(w.lower.ends_with("'s") || w.lower.ends_with("s'") || w.lower.ends_with("\xE2\x80\x99s"))) return nullptr;
  const Slot* s = slot(k - 1);
  return s && s->last == k - 1 && subject_fits(cue, *s) ? s : nullptr;
}

// "pled guilty to the following three counts: I) possession ... (21 U.S.C.
// 841(a)(1)); II) ...": every statute the plea's counts name.
void SentenceRules::counts_pleaded(const Cue& cue, std::size_t last, Args& a) const {
  for (std::size_t k = last + 1; k < words_.size() && k < last + 80; ++k) {
    const Slot* s = slot(k);
    if (s && s->first == k && object_fits(cue, *s)) a.objects.push_back(s);
  }
}

}  // namespace lexgraph::relate
