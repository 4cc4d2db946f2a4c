#include "relate/coreference.h"

#include <algorithm>

namespace lexgraph::relate {

namespace {

constexpr std::size_t kRemembered = 64;

bool one_of(const std::string& w, std::initializer_list<const char*> words) {
  for (const char* x : words) {
    if (w == x) return true;
  }
  return false;
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
      if (who.empty() || (!plural && who.size() != 1)) return false;
      std::vector<std::string> ids;
      for (const Party* p : who) ids.push_back(p->id);
      std::size_t first = k;
      if (k > 0 && !covered[k - 1] && one_of(words[k - 1].lower, {"the", "this"})) first = k - 1;
      add(first, k, ids, who.front()->type.c_str(), 0.6);
      return true;
    }
    return false;
  };
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (covered[k]) continue;
    const std::string& w = words[k].lower;
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
    } else if (the && one_of(next, {"court", "panel", "tribunal"})) {
      // "this Court" and, in a ruling, "the Court" are the document's court.
      const bool own = next != "panel" && !document_court_.empty() && (w == "this" || words[k + 1].capitalized);
      add(k, k + 1, {own ? document_court_ : last_of("court", k)}, "court", 0.6);
      ++k;
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
      std::string id = !government_.empty() ? government_ : (!government_focus_.empty() ? government_focus_ : last_of("agency", k));
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
