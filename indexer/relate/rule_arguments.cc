// Subject and object selection around a cue (sentence_rules.h).
#include "relate/sentence_rules.h"

#include <algorithm>

#include "extract/names/institution_gazetteer.h"

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
      // A list ends with its conjunction: "A, B and C"; "In its judgment of
      // May 1, the court" is no list.
      const bool list_goes_on = s->last + 1 < words_.size() && one_of(words_[s->last + 1].lower, {"and", "or"});
      if (!conj && (words_[k].punct_after != ',' || (n == 0 && !list_goes_on))) return;
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
const Slot* SentenceRules::left(const Cue& cue, std::size_t from, bool subject, bool stop_at_comma) const {
  // The verb group right before the cue: "that" there is a relative pronoun
  // whose antecedent is the subject ("the order that enjoined ICE").
  std::size_t group = from;
  while (group > 0 && (adverb(words_[group - 1].lower) || be_form(words_[group - 1].lower) ||
                       one_of(words_[group - 1].lower, {"not", "has", "have", "had", "did", "does", "do"}))) {
    --group;
  }
  for (std::size_t k = from, n = 0; k > 0 && n < kSubjectReach; --k, ++n) {
    if (hard_break(words_[k - 1]) && k != from) break;
    // (Only a comma closing another clause: "X is reversed, the award ... is
    // vacated"; not the commas of a list of the enjoined.)
    if (stop_at_comma && k != from && words_[k - 1].punct_after == ',' &&
        (participle(words_[k - 1].lower) || cue_at(k - 1))) {
      break;
    }
    // "this Court concludes that sovereign immunity bars ...": not across a reported clause.
    if (words_[k - 1].lower == "that" && k >= 2 && reporting_verb(words_[k - 2].lower)) break;
    if (subject && words_[k - 1].lower == "that" && k < group) break;
    const Slot* s = slot(k - 1);
    if (subject && s && s->type == Focus::kUnresolved) return nullptr;
    // (An earlier cue's object is this one's subject only through a relative
    // pronoun: "issued an order that grants summary judgment".)
    if (subject && s && std::find(objects_so_far_.begin(), objects_so_far_.end(), s) != objects_so_far_.end() &&
        !(s->last + 1 < words_.size() && one_of(words_[s->last + 1].lower, {"that", "which"}))) {
      continue;
    }
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
bool SentenceRules::agents_after(const Cue& cue, std::size_t k, std::vector<const Slot*>& agents) {
  for (std::size_t j = k + 1; j < words_.size() && j <= k + 5; ++j) {
    if (hard_break(words_[j - 1])) return false;
    if (words_[j].lower != "by") continue;
    for (std::size_t a = j + 1; a < words_.size() && a <= j + 4; ++a) {
      const Slot* s = slot(a);
      if (s && s->type == Focus::kUnresolved) {
        unresolved_agent_ = true;
        return true;
      }
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
  // "we affirm the order but vacate the judgment", "the court denied X's
  // motion, granted Y's motion, and ...": so do "but" and a series of verbs.
  std::size_t verb = k;
  while (verb > 0 && (adverb(words_[verb - 1].lower) || words_[verb - 1].lower == "then")) --verb;
  const bool series = verb > 0 && !slot(verb - 1) && words_[verb - 1].punct_after == ',' && !subjects_so_far_.empty() &&
                      participle(words_[k].lower);
  for (std::size_t j = k, n = 0; j > 0 && n < 8; --j, ++n) {
    if (slot(j - 1)) break;
    if (words_[j - 1].lower == "and" || words_[j - 1].lower == "or" || words_[j - 1].lower == "but" ||
        (series && j == verb)) {
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
  // "We are in agreement with the District Court and hence reverse": a verb
  // after "and" with no subject of its own, in a sentence with no earlier
  // relation, shares the clause's opening subject.
  if (verb > 0 && one_of(words_[verb - 1].lower, {"and", "but"}) && !slot(verb - 1)) {
    std::size_t start = verb - 1;
    while (start > 0 && !hard_break(words_[start - 1])) --start;
    // The subject opens the clause ("We ...", "The Court ..."), not a phrase ("In its judgment ...").
    const std::size_t j = start + (start + 1 < verb && determiner(words_[start].lower) && !slot(start) ? 1 : 0);
    const Slot* s = j + 1 < verb ? slot(j) : nullptr;
    if (s && s->first <= j && subject_fits(cue, *s)) {
      a.subjects.push_back(s);
      a.inherited = true;
      return;
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
      // "providing information about how to file a complaint with X": the
      // "with" belongs to another verb.
      for (std::size_t w = from; !indirect && w + 1 < mark; ++w) {
        if (one_of(words_[w].lower, {"to", "how", "whether", "what", "why"})) return;
      }
      // "gives notice of a matching program with the IRS": no information passed on.
      std::size_t thing = indirect ? o->last + 1 : from;
      if (thing < words_.size() && words_[thing].lower == "with") ++thing;
      if (thing < words_.size() && one_of(words_[thing].lower, {"the", "a", "an", "any", "its", "their", "further"})) ++thing;
      if (thing < words_.size() && cue_table().non_disclosures.count(words_[thing].lower)) return;
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
      // Asked of whom: right after the verb ("asked ICE", "asked the agency
      // to"), or after "from" / "of" ("requested records from EPA").
      const Slot* o = right(cue, from, false, &at);
      const bool governed = at == from || (at == from + 1 && determiner(words_[from].lower));
      const bool from_of = at > from && (one_of(words_[at - 1].lower, {"from", "of"}) ||
                                         (at >= from + 2 && determiner(words_[at - 1].lower) &&
                                          one_of(words_[at - 2].lower, {"from", "of"})));
      if (o && !governed && !from_of) o = nullptr;
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
      // "based off a declaration filed ... by Dottie Romo": the evidence's
      // author; with no evidence named, only what the verb governs ("relied on Romo").
      const std::size_t reach = a.what.empty() ? from + 2 : from + kObjectReach;
      for (std::size_t k = from; k < words_.size() && k < reach; ++k) {
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
  // ("appeals from the District Court's judgment", "appealed to the D.C. Circuit")
  const bool appeal = cue.predicate->name == "appeals" && at > from && one_of(words_[at - 1].lower, {"from", "to"}) &&
                      direct_object(from, at - 1);
  if (o && at <= from + 6 && (direct_object(from, at) || appeal)) coordinated(o, true, cue, false, a.objects);
  // ("Bautista-Ramirez appealed, and the BIA ...": nothing after the comma is the object.)
  if (a.objects.empty() && cue.predicate->text_object && cue.objects.empty() && cue.frame != CueFrame::from &&
      !words_[last].punct_after) {
    a.object_text = without_determiner(words_text(from, kTextWords / 2 + 4));
  }
  // "summarily rejected the petitioner's application for a certificate",
  // "declined the request": a denial cue that otherwise wants an order entity
  // denies a filing it names in words (never "rejected the argument").
  if (a.objects.empty() && a.object_text.empty() && !cue.objects.empty() && cue.predicate->name == "denies" &&
      !words_[last].punct_after) {
    std::string text = without_determiner(words_text(from, kTextWords / 2 + 4));
    // The filing must be the head ("the petitioner's application"), not a
    // later word ("the argument for a stay").
    std::size_t head_end = 0;
    for (int n = 0; n < 3 && head_end != std::string::npos; ++n) {
      head_end = text.find_first_of(" \n\t\r", head_end + (n ? 1 : 0));
    }
    if (filing_words(text.substr(0, head_end))) a.object_text = std::move(text);
  }
}

// "ICE's request for ...", "Ghaffar's appeal": a noun cue whose
// possessor is its subject (only for acts a party does: appeals, requests, sues).
const Slot* SentenceRules::possessor(const Cue& cue, std::size_t k) const {
  if (k == 0 || !one_of(cue.predicate->name, {"appeals", "requests", "sues"})) return nullptr;
  const Word& w = words_[k - 1];
  if (!(w.lower.ends_with("'s") || w.lower.ends_with("s'") || w.lower.ends_with("\xE2\x80\x99s"))) return nullptr;
  const Slot* s = slot(k - 1);
  if (!s || s->last != k - 1 || !subject_fits(cue, *s)) return nullptr;
  // "ICE's request for ...", not "ICE's request listed no usable address" nor "ICE's requests were matched".
  if (cue.predicate->name == "requests" &&
      !(k + 1 < words_.size() && !words_[k].punct_after && one_of(words_[k + 1].lower, {"for", "to", "that", "seeking"}))) {
    return nullptr;
  }
  return s;
}

bool SentenceRules::verb_reading(std::size_t k) const {
  const std::string& w = words_[k].lower;
  if (!one_of(w, {"request", "requests", "appeals", "appeal"})) return true;
  if (k == 0) return false;
  std::size_t j = k;
  while (j > 0 && adverb(words_[j - 1].lower)) --j;
  if (j == 0) return false;
  const std::string& before = words_[j - 1].lower;
  if (one_of(before, {"he", "she", "they", "it", "we", "who", "which", "that", "also", "will", "to", "now", "then",
                      "shall", "hereby", "would", "may", "did", "does", "do"})) {
    return true;
  }
  const Slot* s = slot(j - 1);
  if (!s || s->last != j - 1 || words_[j - 1].punct_after) return false;
  // "an ICE request", "the IRS request": a noun compound.
  return !(s->first > 0 && determiner(words_[s->first - 1].lower));
}

bool SentenceRules::direct_object(std::size_t from, std::size_t at) const {
  for (std::size_t w = from; w < at; ++w) {
    if (one_of(words_[w].lower, {"to", "in", "by", "with", "under", "through", "via", "at", "between", "for", "against",
                                 "from", "on", "over", "about", "whether", "that"})) {
      return false;
    }
    if (words_[w].punct_after && words_[w].punct_after != '.') return false;
  }
  return true;
}

bool SentenceRules::reported_history(std::size_t k) const {
  for (const Slot& s : named_) {
    if (s.type != "case" || s.first >= k || !s.mention) continue;
    const auto* m = static_cast<const Mention*>(s.mention);
    auto name = m->attrs.find("case_name");
    if (name == m->attrs.end()) continue;
    // Not the document's own case named in its body.
    auto plaintiff = m->attrs.find("plaintiff");
    if (plaintiff != m->attrs.end()) {
      const auto* p = std::get_if<std::string>(&plaintiff->second);
      if (p && !p->empty() && ctx_.doc.title.find(*p) != std::string::npos) continue;
    }
    return true;
  }
  return false;
}

void SentenceRules::state_supreme_courts() {
  for (Slot& s : named_) {
    if (s.type != "court" || s.ids.front() != "court:scotus" || s.first == 0 || !s.mention) continue;
    const auto* m = static_cast<const Mention*>(s.mention);
    if (ctx_.text.substr(m->start, m->end - m->start) != "Supreme Court") continue;
    const Word& before = words_[s.first - 1];
    const std::string name(ctx_.text.substr(before.start, before.end - before.start));
    const bool state = before.lower == "state" || before.lower == "state's" ||
                       names::InstitutionGazetteer::instance().is_state_name(name);
    if (!state) continue;
    std::string id = focus_.state_supreme_court();
    s.first -= 1;
    s.ids = {id.empty() ? std::string(Focus::kUnresolved) : id};
    s.type = id.empty() ? Focus::kUnresolved : "court";
    s.mention = nullptr;
    s.confidence = 0.6;
  }
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
