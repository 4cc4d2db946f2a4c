#include "relate/coreference.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace lexgraph::relate {

namespace {

constexpr std::size_t kRemembered = 64;

bool one_of(const std::string& w, std::initializer_list<const char*> words) {
  for (const char* x : words) {
    if (w == x) return true;
  }
  return false;
}

// The first words of every anaphor `Focus::anaphors` reads: pronouns,
// determiners before a description, and the caption's role words.
bool starts_anaphor(const std::string& w) {
  static const std::unordered_set<std::string_view> kFirstWords = {
      "she", "he", "her", "his", "we", "the", "this", "that",
      "appellant", "appellants", "appellee", "appellees", "plaintiff", "plaintiffs",
      "defendant", "defendants", "petitioner", "petitioners", "respondent", "respondents"};
  return kFirstWords.count(w) > 0;
}

}  // namespace

std::string Focus::recent(const std::string& type, std::size_t n, std::vector<std::string>* more) const {
  std::string first;
  for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
    if (it->second != type) continue;
    if (first.empty()) {
      first = it->first;
      if (!more) return first;
      more->push_back(first);
    } else if (more && std::find(more->begin(), more->end(), it->first) == more->end()) {
      more->push_back(it->first);
    }
    if (more && more->size() >= n) break;
  }
  return first;
}

void Focus::saw(const std::vector<Slot>& named) {
  ++subject_age_;
  ++lower_focus_age_;
  ++order_age_;
  for (const Slot& s : named) {
    if (s.type == "order" && s.mention) last_order_ = s.ids.front(), order_age_ = 0;
  }
  if (!sentence_subject_.empty()) {
    subject_agency_ = government_focus_ = sentence_subject_;
    subject_age_ = 0;
    sentence_subject_.clear();
  }
  if (subject_age_ > 3) subject_agency_.clear();
  for (const Slot& s : named) {
    if (!s.mention) continue;
    for (const std::string& id : s.ids) {
      seen_.emplace_back(id, s.type);
    }
  }
  if (seen_.size() > kRemembered) seen_.erase(seen_.begin(), seen_.end() - kRemembered);
}

void Focus::party(const std::string& id, const std::string& type, const std::vector<std::string>& roles) {
  for (Party& p : parties_) {
    if (p.id != id) continue;
    for (const std::string& r : roles) {
      if (std::find(p.roles.begin(), p.roles.end(), r) == p.roles.end()) p.roles.push_back(r);
    }
    return;
  }
  parties_.push_back({id, type, roles});
}

std::vector<const Focus::Party*> Focus::playing(const std::string& role) const {
  std::vector<const Party*> out;
  for (const Party& p : parties_) {
    if (std::find(p.roles.begin(), p.roles.end(), role) != p.roles.end()) out.push_back(&p);
  }
  return out;
}

void Focus::reviewing(bool supreme, std::string trial_court, std::string appellate_court, std::string state_supreme_court) {
  reviewing_ = true;
  supreme_ = supreme;
  trial_court_ = std::move(trial_court);
  appellate_court_ = std::move(appellate_court);
  state_supreme_court_ = std::move(state_supreme_court);
}

void Focus::lower_court_named(const std::string& id) {
  lower_focus_ = id;
  lower_focus_age_ = 0;
}

bool Focus::is_lower_court(const std::string& id) const {
  return !id.empty() && id != document_court_ &&
         (id == trial_court_ || id == appellate_court_ || id == state_supreme_court_);
}

std::string Focus::court_below() const {
  constexpr int kFocusSentences = 2;  // "the court" refers back this far to a court below named
  if (!lower_focus_.empty() && lower_focus_age_ <= kFocusSentences) return lower_focus_;
  return supreme_ ? std::string() : trial_court_;
}

std::string Focus::government() const {
  if (!government_.empty()) return government_;
  for (const char* role : {"defendant", "respondent", "appellee", "appellant", "petitioner", "plaintiff"}) {
    for (const Party* p : playing(role)) {
      if (p->type == "agency") return p->id;
    }
  }
  // Never merely the agency last named: "ICE's request", "to ICE" are no
  // grounds for reading "the government" as ICE.
  return !government_focus_.empty() ? government_focus_ : std::string(kUnitedStates);
}

std::string Focus::last_other_court(const std::vector<Slot>& named, std::size_t before) const {
  for (auto it = named.rbegin(); it != named.rend(); ++it) {
    if (it->type == "court" && it->last < before && !it->ids.empty() && it->ids.front() != document_court_) {
      return it->ids.front();
    }
  }
  for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
    if (it->second == "court" && it->first != document_court_) return it->first;
  }
  return {};
}

void Focus::subject(const std::string& id, const std::string& type) {
  // The main clause's subject comes first: "the IRS had provided DHS with
  // ... the people that ICE requested" keeps the IRS in focus.
  if (type == "agency" && sentence_subject_.empty()) sentence_subject_ = id;
}

std::vector<Slot> Focus::anaphors(const std::vector<Word>& words, const std::vector<bool>& covered,
                                  const std::vector<Slot>& named) const {
  std::vector<Slot> out;
  auto add = [&](std::size_t first, std::size_t last, std::vector<std::string> ids, const char* type, double confidence) {
    ids.erase(std::remove(ids.begin(), ids.end(), std::string()), ids.end());
    if (ids.empty()) return;
    Slot s;
    s.first = first;
    s.last = last;
    s.ids = std::move(ids);
    s.type = type;
    s.confidence = confidence;
    out.push_back(std::move(s));
  };
  // The entity of `type` named last, this sentence's earlier words first.
  auto last_of = [&](const char* type, std::size_t before) -> std::string {
    for (auto it = named.rbegin(); it != named.rend(); ++it) {
      if (it->type == type && it->last < before && !it->ids.empty()) return it->ids.front();
    }
    return recent(type, 1);
  };
  // "Appellant", "the defendant", "plaintiffs": the caption's party in that
  // role, when exactly one party (singular) or any (plural) plays it.
  auto party_word = [&](std::size_t k) {
    static const char* roles[] = {"appellant", "appellee", "plaintiff", "defendant", "petitioner", "respondent"};
    std::string w = words[k].lower;
    const bool plural = w.ends_with("s") && !w.ends_with("'s");
    if (plural) w.pop_back();
    for (const char* role : roles) {
      if (w != role) continue;
      const std::vector<const Party*> who = playing(role);
      if (who.empty() || (!plural && who.size() != 1)) {
        // A party the caption does not name is nobody's subject ("which defendants appealed").
        add(k, k, {std::string(kUnresolved)}, kUnresolved, 0.0);
        return true;
      }
      std::vector<std::string> ids;
      for (const Party* p : who) ids.push_back(p->id);
      std::size_t first = k;
      if (k > 0 && !covered[k - 1] && one_of(words[k - 1].lower, {"the", "this"})) first = k - 1;
      add(first, k, ids, who.front()->type.c_str(), 0.6);
      return true;
    }
    return false;
  };
  auto word = [&](std::size_t k) -> std::string { return k < words.size() && !covered[k] ? words[k].lower : ""; };
  // "this Court", "the court", "the district court", "the Court of Appeals",
  // "the court below", "the panel" at word k ("the"/"this"/"that"): the words
  // used, 0 when they name no court.
  auto court_words = [&](std::size_t k) -> std::size_t {
    const std::string& w = words[k].lower;
    std::size_t j = k + 1;
    while (one_of(word(j), {"circuit", "federal"}) && word(j + 1) != "" && j < k + 2) ++j;
    // "the Court of Appeals", "the Circuit Court of Appeals".
    if (word(j) == "court" && word(j + 1) == "of" && word(j + 2) == "appeals") {
      std::string id;
      if (reviewing_) id = supreme_ ? appellate_court_ : "";
      else id = last_other_court(named, k);
      add(k, j + 2, {id.empty() ? std::string(kUnresolved) : id}, id.empty() ? kUnresolved : "court", 0.6);
      return j + 3 - k;
    }
    if (j != k + 1) return 0;
    const std::string next = word(k + 1);
    if (next == "panel" || next == "tribunal") {
      // A reviewing ruling's "the panel" is the court just named, if any: often the court below's.
      std::string id = last_of("court", k);
      if (reviewing_) {
        id.clear();
        for (const Slot& n : named) {
          if (n.type == "court" && n.last < k) id = n.ids.front();
        }
      }
      add(k, k + 1, {id.empty() ? std::string(kUnresolved) : id}, id.empty() ? kUnresolved : "court", 0.6);
      return 2;
    }
    // "the district court", "the trial court", "the lower court", "the bankruptcy court".
    if (next != "court") {
      if (word(k + 2) != "court" || w != "the") return 0;
      std::string id;
      if (reviewing_) id = next == "lower" && supreme_ ? appellate_court_ : trial_court_;
      // Outside a reviewing ruling only "the district court" may be the document's own.
      else if (next == "district") id = !document_court_.empty() ? document_court_ : last_of("court", k);
      add(k, k + 2, {id.empty() ? std::string(kUnresolved) : id}, id.empty() ? kUnresolved : "court", 0.6);
      return 3;
    }
    // "this Court" and, in a ruling, "the Court" are the document's court.
    if (w == "this" || (w == "the" && words[k + 1].capitalized)) {
      add(k, k + 1, {!document_court_.empty() ? document_court_ : last_of("court", k)}, "court", 0.6);
      return 2;
    }
    if (w == "that") {
      add(k, k + 1, {last_of("court", k)}, "court", 0.6);
      return 2;
    }
    // "the court below"; a reviewing ruling's lower-case "the court" is the court below.
    if (reviewing_) {
      const bool below = word(k + 2) == "below";
      std::string id = below ? (supreme_ ? appellate_court_ : trial_court_) : court_below();
      const std::size_t last = below ? k + 2 : k + 1;
      add(k, last, {id.empty() ? std::string(kUnresolved) : id}, id.empty() ? kUnresolved : "court", 0.6);
      return last + 1 - k;
    }
    add(k, k + 1, {!document_court_.empty() ? document_court_ : last_of("court", k)}, "court", 0.6);
    return 2;
  };
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (covered[k]) continue;
    const std::string& w = words[k].lower;
    // Most words start no anaphor: one hash lookup instead of the chain below
    // (this loop sees every word of every document).
    if (!starts_anaphor(w)) continue;
    // "Appellant's brief": a possessive is the party too.
    if (!parties_.empty() && party_word(k)) continue;
    const std::string next = k + 1 < words.size() && !covered[k + 1] ? words[k + 1].lower : "";
    const bool the = one_of(w, {"the", "this", "that"});
    if (one_of(w, {"she", "he", "her", "his"})) {
      std::string judge = last_of("judge", k);
      if (!judge.empty()) add(k, k, {judge}, "judge", 0.6);
      else add(k, k, {last_of("person", k)}, "person", 0.5);
    } else if (w == "we" && !document_court_.empty()) {
      add(k, k, {document_court_}, "court", 0.6);
    } else if (the && one_of(next, {"court", "panel", "tribunal", "district", "trial", "lower", "bankruptcy",
                                    "circuit"})) {
      const std::size_t used = court_words(k);
      if (used == 0) continue;
      k += used - 1;
    } else if (w == "the" && one_of(next, {"judge"})) {
      add(k, k + 1, {last_of("judge", k)}, "judge", 0.6);
      ++k;
    } else if (the && one_of(next, {"agency", "bureau", "department", "service"})) {
      std::string agency = !subject_agency_.empty() ? subject_agency_ : last_of("agency", k);
      add(k, k + 1, {agency}, "agency", 0.6);
      ++k;
    } else if (w == "the" && one_of(next, {"agencies", "departments"})) {
      std::vector<std::string> two;
      recent("agency", 2, &two);
      add(k, k + 1, two, "agency", 0.5);
      ++k;
    } else if (w == "the" && (next == "government" || (next == "federal" && k + 2 < words.size() &&
                                                        words[k + 2].lower == "government"))) {
      const std::size_t last = next == "federal" ? k + 2 : k + 1;
      std::string id = government();
      add(k, last, {id}, "agency", 0.5);
      k = last;
    } else if (w == "the" && one_of(next, {"groups", "nonprofits", "organizations", "nonprofit"})) {
      std::size_t last = k + 1;
      if (next == "nonprofit" && k + 2 < words.size() && one_of(words[k + 2].lower, {"groups", "organizations"})) last = k + 2;
      else if (next == "nonprofit") continue;
      std::vector<std::string> orgs;
      recent("organization", 2, &orgs);
      add(k, last, orgs, "organization", 0.5);
      k = last;
    } else if (the && one_of(next, {"case", "ruling", "decision", "judgment", "order"})) {
      // The ruling in focus: an order named in this sentence, else the last one.
      std::string order;
      for (const Slot& s : named) {
        if (s.type == "order" && !s.ids.empty()) {
          order = s.ids.front();
          break;
        }
      }
      if (order.empty()) order = recent("order", 1);
      add(k, k + 1, {order}, "order", 0.5);
      ++k;
    }
  }
  return out;
}

}  // namespace lexgraph::relate
