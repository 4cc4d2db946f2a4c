// Cue matching and the voice of each cue (sentence_rules.h).
#include "relate/sentence_rules.h"

#include <algorithm>

#include "extract/names/institution_gazetteer.h"
#include "relate/applied_law.h"

namespace lexgraph::relate {

void SentenceRules::run(const std::vector<std::size_t>& mentions) {
  const Sentence& s = ctx_.segments.sentences[sentence_];
  words_ = sentence_words(ctx_.text, s.start, s.end);
  if (words_.empty()) return;
  slot_at_.assign(words_.size(), -1);
  std::vector<bool> covered(words_.size(), false);
  for (std::size_t mi : mentions) {
    const Mention& m = x_.mentions[mi];
    if (m.entity.empty() || m.type == "docket") continue;
    Slot slot;
    if (!span_words(m.start, m.end, slot.first, slot.last)) continue;
    // "We affirm the judgment": the order extractor marks the ruling's own
    // disposition on its verb; the verb is read here as a cue, with its own
    // subject ("we") and object, so that mark is no argument of it.
    if (m.type == "order" && m.attrs.count("disposition") && !participle(words_[slot.first].lower)) continue;
    slot.ids = {m.entity};
    slot.type = m.type;
    slot.mention = &m;
    named_.push_back(std::move(slot));
    for (std::size_t k = named_.back().first; k <= named_.back().last; ++k) covered[k] = true;
  }
  state_supreme_courts();
  slots_ = named_;
  for (Slot& a : focus_.anaphors(words_, covered, named_)) slots_.push_back(std::move(a));
  std::sort(slots_.begin(), slots_.end(), [](const Slot& a, const Slot& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < slots_.size(); ++i) {
    for (std::size_t k = slots_[i].first; k <= slots_[i].last; ++k) {
      if (slot_at_[k] < 0) slot_at_[k] = static_cast<int>(i);
    }
  }
  // "See, e.g., Smith v. Jones (court granted ...)", "Cf. ...": a citation
  // sentence reports other cases.
  const std::string& opening = words_[0].lower;
  const bool citation = one_of(opening, {"see", "cf", "accord", "e.g", "compare"}) ||
                        (opening == "but" && words_.size() > 1 && one_of(words_[1].lower, {"see", "cf"}));
  const CueTable& table = cue_table();
  for (std::size_t k = 0; k < words_.size() && !citation; ++k) {
    auto it = table.by_form.find(words_[k].lower);
    if (it == table.by_form.end()) continue;
    for (const Cue& cue : it->second) {
      const std::size_t end = matches(cue, k);
      if (end == 0) continue;
      // A cue that names its object's types ("relied upon McNally v. Hill":
      // applies a case) holds only when such an object follows it.
      if (cue.frame == CueFrame::rely && !cue.objects.empty()) {
        const Slot* o = right(cue, end, false);
        if (!o || o->first > end + 1) continue;
      }
      cue_end_ = end;
      apply(cue, k, end - 1);
      break;
    }
  }
  complete_requests();
  owned_orders();
  applied_law(ctx_, words_, named_, sentence_, out_);
  for (const Slot& s : slots_) {
    if (s.type == "court" && focus_.is_lower_court(s.ids.front())) focus_.lower_court_named(s.ids.front());
  }
  focus_.saw(named_);
}

void SentenceRules::owned_orders() {
  for (const Slot& s : named_) {
    if (s.type != "order" || !s.mention) continue;
    const std::string& first = words_[s.first].lower;
    const std::string before = s.first > 0 ? words_[s.first - 1].lower : "";
    std::string court;
    if (first == "court's") {
      if (one_of(before, {"district", "trial", "bankruptcy", "lower"})) court = focus_.reviewing() ? focus_.trial_court() : "";
      else if (before == "the" || before == "this") {
        court = focus_.reviewing() && !words_[s.first].capitalized && before == "the" ? focus_.court_below() : focus_.own_court();
      }
    } else if ((first == "district" || first == "trial") && s.first + 1 <= s.last && words_[s.first + 1].lower == "court's") {
      court = focus_.reviewing() ? focus_.trial_court() : "";
    }
    // Only an order that acts here ("the district court's order enjoined"):
    // a possessive alone is no statement of who issued it.
    bool acts = false;
    for (const Relation& r : out_) acts = acts || (r.sentence == sentence_ && r.subject == s.ids.front());
    if (court.empty() || !acts) continue;
    for (Entity& e : x_.entities) {
      if (e.id == s.ids.front() && !e.attrs.count("court")) e.attrs["court"] = court;
    }
  }
}

bool SentenceRules::span_words(std::size_t start, std::size_t end, std::size_t& first, std::size_t& last) const {
  bool any = false;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    if (words_[k].end <= start || words_[k].start >= end) continue;
    if (!any) first = k;
    last = k;
    any = true;
  }
  return any;
}

// One past the cue's last word, or 0.
std::size_t SentenceRules::matches(const Cue& cue, std::size_t k) const {
  std::size_t j = k + 1;
  for (const std::string& w : cue.rest) {
    if (j >= words_.size() || words_[j].lower != w || words_[j - 1].punct_after) return 0;
    ++j;
  }
  return j;
}

// Does a whole cue start at word k?
bool SentenceRules::cue_at(std::size_t k) const {
  auto it = cue_table().by_form.find(words_[k].lower);
  if (it == cue_table().by_form.end()) return false;
  for (const Cue& c : it->second) {
    if (matches(c, k)) return true;
  }
  return false;
}

bool SentenceRules::subject_fits(const Cue& cue, const Slot& s) const {
  if (!s.mention && s.type == "order") return false;
  return cue.predicate->subject_allows(s.type);
}

bool SentenceRules::object_fits(const Cue& cue, const Slot& s) const {
  if (!s.mention && s.type == "order" &&
      !one_of(cue.predicate->name, {"appeals", "affirms", "reverses", "vacates", "stays"})) {
    return false;
  }
  return cue.object_allows(s.type);
}

void SentenceRules::apply(const Cue& cue, std::size_t k, std::size_t last) {
  if (cue.frame == CueFrame::noun && cue.rest.size() == 1 && cue.rest[0] == "by") {
    noun_by_against(cue, k, last);
    return;
  }
  if (cue.frame == CueFrame::noun && !litigated_action(k)) return;
  const Slot* owner = possessor(cue, k);
  if (cue.frame == CueFrame::possessed && !owner) return;
  if (cue.frame != CueFrame::noun && noun_reading(k) && !owner) return;
  if (!owner && !verb_reading(k)) return;
  unresolved_agent_ = false;
  Factuality f = factuality(words_, k);
  if (f.hedged || (f.subjunctive && !decretal_order())) return;
  const Slot* own = slot(k);
  if (own && own->type != "order") return;  // a cue word inside a name ("Stop Act", "Block Grant")
  if (own && order_title(k) && one_of(cue.predicate->name, {"grants", "denies"})) {
    // "ORDER GRANTING PRELIMINARY INJUNCTION": the court's disposition, named by the title.
    Args a;
    a.bare = true;
    a.object_text = without_determiner(words_text(last + 1, kTextWords));
    if (!meaningful(a.object_text)) a.object_text.clear();
    if (names::document_court_id(ctx_.doc.court).empty()) a.subjects.push_back(own);
    else subject_document_ = true;
    emit(cue, k, last, f, a);
    return;
  }
  // Inside an order's name only as its decretal last word ("PRELIMINARILY ENJOINED"), not "Restraining Order".
  if (own && (own->last != last || !participle(words_[k].lower))) return;
  if (k > 0 && words_[k - 1].lower == "cert") return;  // "cert. denied, 537 U.S. 901": citation history
  Args a;
  // The ruling's own disposition ("is GRANTED", "Affirmed."), or the next
  // one joined to it ("REVERSED and REMANDED", "GRANTED in part and DENIED in part").
  const Slot* decree = own && own->mention && static_cast<const Mention*>(own->mention)->attrs.count("decretal") ? own : nullptr;
  if (!decree && last_decree_ && k >= 1 && words_[k - 1].lower == "and" && participle(words_[k].lower) &&
      !slot(k)) {
    decree = last_decree_;
  }
  if (decree) {
    // States its fact even with nothing named after it ("Affirmed.").
    a.bare = true;
    a.order = decree->ids.front();
    last_decree_ = decree;
  }
  const bool passive = cue.frame != CueFrame::rely && ((own && own->type == "order") || decree || passive_voice(k));
  std::size_t phrase_start = 0;
  std::string also_granted;  // a second filing the passive disposes of
  std::vector<const Slot*> agents;
  const bool reduced = !passive && cue.frame != CueFrame::rely && participle(words_[k].lower) &&
                       agents_after(cue, last, agents);
  if (passive || reduced) {
    // An appellate judgment is the opinion itself: "Affirmed." is the
    // document's act; a trial court's "is GRANTED" is its order's.
    if (decree && !appellate(cue)) a.subjects.push_back(decree);
    else if (own && !decree) a.subjects.push_back(own);
    else if (passive) agents_after(cue, last, agents);
    if (a.subjects.empty()) a.subjects = agents;
    if (unresolved_agent_) return;  // "was affirmed by the court below", a court the text does not name
    if (a.subjects.empty() && !decree) {
      if (const Slot* order = decretal_order()) a.subjects.push_back(order);
    }
    // "The IRS is enjoined from ...": by the order this sentence or the one before names.
    if (a.subjects.empty() && passive && !decree && cue.predicate->name == "enjoins") {
      // (Whom the order binds must be named here: "the statute which the State
      // was enjoined from enforcing" says too little.)
      const bool bound = left(cue, own ? own->first : k, false, true) != nullptr;
      for (const Slot& s : slots_) {
        if (bound && s.type == "order" && s.mention && s.last < k) a.subjects = {&s};
      }
      if (a.subjects.empty() && !focus_.order_in_focus().empty() && bound) {
        order_in_focus_.ids = {focus_.order_in_focus()};
        order_in_focus_.type = "order";
        order_in_focus_.first = order_in_focus_.last = k;
        order_in_focus_.confidence = 0.6;
        a.subjects.push_back(&order_in_focus_);
      }
    }
    std::size_t from = own ? own->first : k;
    // Not the ruling's other disposition: "GRANTED in part and DENIED in part".
    // ("ORDERED that ... is GRANTED": "ORDERED" is the decree itself.)
    if (const Slot* o = left(cue, from, false, true); o && !decretal(*o) && !(decree && o->ids == decree->ids)) {
      coordinated(o, false, cue, false, a.objects);
    }
    if (a.objects.empty()) partial_partner(k, a);
    if (a.objects.empty() && a.object_text.empty() && cue.predicate->text_object) {
      std::size_t head = from;  // "The memorandum ... was signed": back over the verb group
      while (head > 0 && (be_form(words_[head - 1].lower) || adverb(words_[head - 1].lower) ||
                          one_of(words_[head - 1].lower, {"has", "have", "had", "will", "not"}))) {
        --head;
      }
      a.object_text = noun_before(head, false, 5, &phrase_start);
      also_granted = coordinated_filing(phrase_start, a.object_text);
      // "the agreement, signed by ...": the noun the participle describes.
      if (a.object_text.empty() && reduced && head > 0 && words_[head - 1].punct_after == ',') {
        a.object_text = noun_before(head, true);
      }
    }
  } else {
    // "A notice of appeal filed by the Players Association": a noun cue's
    // agent follows it.
    std::vector<const Slot*> noun_agents;
    const bool by_agent = !owner && cue.frame == CueFrame::noun && agents_after(cue, last, noun_agents) &&
                          !unresolved_agent_ && !noun_agents.empty();
    if (owner) {
      a.subjects.push_back(owner);
      a.possessive = true;
    } else if (by_agent) {
      a.subjects = noun_agents;
    } else {
      inherit_or_find_subject(cue, k, a);
    }
    if (cue.predicate->name == "violates" && words_[k].lower.starts_with("ple")) counts_pleaded(cue, last, a);
    else object_after(cue, last, a);
    if (by_agent && a.objects.empty()) a.object_text.clear();  // "filed by ..." names no object
  }
  if (cue.frame == CueFrame::from || (passive && cue.predicate->name == "enjoins")) a.object_text = from_phrase(last, a);
  // "The judgment is affirmed.", "the petition for certiorari are granted":
  // an agentless present passive in a ruling is the document's own
  // disposition; "the decree was affirmed" is history with its agent unsaid.
  // So is a trial court's "Defendants are enjoined from ...".
  if (a.subjects.empty() && passive && (decree || (!ctx_.doc.court.empty() && present_passive(k) && own_disposition(cue))) &&
      (one_of(cue.predicate->name, {"affirms", "reverses", "remands", "vacates", "grants", "denies", "stays"}) ||
       (cue.predicate->name == "enjoins" && !focus_.reviewing() && !a.objects.empty()))) {
    subject_document_ = true;
  }
  if (a.objects.empty() && a.object_text.empty()) partial_partner(k, a);
  if (!a.object_text.empty() && !meaningful(a.object_text)) a.object_text.clear();
  // A cue that names the types of its object ("issued" an order, "entered" a
  // judgment) states nothing about other things: "the opinion is issued".
  if (!cue.objects.empty() && a.objects.empty() && !a.bare && !judgment_words(a.object_text) &&
      !filing_words(a.object_text)) {
    return;
  }
  // "we upheld the mandatory sentencing provision": upholding a law is no
  // affirmance; only a judgment, order or the like is affirmed.
  if (words_[k].lower.starts_with("uph") && a.objects.empty() && !judgment_words(a.object_text)) return;
  const bool document_subject = subject_document_;
  emit(cue, k, last, f, a);
  if (!also_granted.empty()) {
    a.object_text = also_granted;
    subject_document_ = document_subject;  // emit() consumed it
    emit(cue, k, last, f, a);
  }
}

std::string SentenceRules::coordinated_filing(std::size_t start, const std::string& object_text) const {
  if (start < 2 || words_[start - 1].lower != "and" || words_[start - 2].punct_after) return {};
  if (!filing_words(object_text)) return {};
  constexpr std::size_t kLongestFiling = 10;  // "motion for leave to proceed in forma pauperis"
  std::size_t first = start;
  std::string text = noun_before(start - 1, false, kLongestFiling, &first);
  // The phrase must open with its determiner ("The motion ..."), not be cut mid-way.
  if (text.empty() || !determiner(words_[first].lower)) return {};
  return filing_words(text) ? text : std::string();
}

// "ORDER GRANTING ...", "ORDER DENYING ...": a title in capitals, the cue's
// -ing form right after "ORDER" (not "an order granting relief", which
// may describe another court's order).
bool SentenceRules::order_title(std::size_t k) const {
  if (k == 0 || !words_[k].lower.ends_with("ing") || words_[k - 1].lower != "order" || words_[k - 1].punct_after) {
    return false;
  }
  auto capitals = [&](const Word& w) {
    for (std::size_t i = w.start; i < w.end; ++i) {
      if (ctx_.text[i] >= 'a' && ctx_.text[i] <= 'z') return false;
    }
    return true;
  };
  return capitals(words_[k - 1]) && capitals(words_[k]);
}

// "filed the instant negligence action against", "brought this action
// against": "action" is a lawsuit only when filed or brought, never in
// "without any action against X" or "took adverse action against".
bool SentenceRules::litigated_action(std::size_t k) const {
  if (!words_[k].lower.starts_with("action")) return true;
  constexpr std::size_t kReach = 5;  // "filed the instant legal action"
  for (std::size_t j = k, n = 0; j > 0 && n < kReach; --j, ++n) {
    const std::string& w = words_[j - 1].lower;
    if (j - 1 < k && words_[j - 1].punct_after) return false;
    if (one_of(w, {"filed", "file", "files", "filing", "brought", "bring", "brings", "bringing", "commenced",
                   "commence", "commences", "instituted", "initiated"})) {
      return true;
    }
  }
  return false;
}

bool SentenceRules::passive_voice(std::size_t k) const {
  if (!participle(words_[k].lower) && !one_of(words_[k].lower, {"given", "broken", "signed", "sought"})) return false;
  std::size_t j = k;
  while (j > 0 && (adverb(words_[j - 1].lower) || words_[j - 1].lower == "not" ||
                   one_of(words_[j - 1].lower, {"preliminarily", "permanently", "temporarily"}))) {
    --j;
  }
  return j > 0 && be_form(words_[j - 1].lower);
}

// Is the cue word a noun here ("the appeal", "on remand", "a grant")?
bool SentenceRules::noun_reading(std::size_t k) const {
  if (k == 0) return false;
  const std::string& prev = words_[k - 1].lower;
  return determiner(prev) || prev.ends_with("'s") || prev.ends_with("s'");
}

bool SentenceRules::decretal(const Slot& s) {
  return s.type == "order" && s.mention && static_cast<const Mention*>(s.mention)->attrs.count("decretal");
}

// The order a ruling's decretal words stand in ("PRELIMINARILY ENJOINED",
// "ORDERED") in this sentence.
const Slot* SentenceRules::decretal_order() const {
  for (const Slot& s : slots_) {
    if (s.type != "order" || !s.mention) continue;
    const auto* m = static_cast<const Mention*>(s.mention);
    if (m->attrs.count("decretal")) return &s;
  }
  return nullptr;
}

}  // namespace lexgraph::relate
