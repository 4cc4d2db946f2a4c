#include "relate/stated_relations.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <iterator>

#include "extract/data_table.h"
#include "extract/names/institution_gazetteer.h"
#include "relate/order_attributes.h"
#include "relate/sentence_rules.h"

namespace lexgraph::embedded {
extern const std::string_view data_sole_trial_courts_tsv;
}  // namespace lexgraph::embedded

namespace lexgraph {

namespace {

// "SAMSON O. AGBOSASA,\n Plaintiff, Appellant,\n v. DAVID A. COOPER,\n
// Defendant, Appellee.": the role words after each caption party's name.
void caption_parties(const ExtractionContext& ctx, const Extraction& x, relate::Focus& focus) {
  constexpr std::size_t kRoleReach = 48;  // bytes after the name where its role words stand
  static const char* roles[] = {"appellant", "appellee", "plaintiff", "defendant", "petitioner", "respondent"};
  for (const Mention& m : x.mentions) {
    auto form = m.attrs.find("form");
    const std::string* f = form == m.attrs.end() ? nullptr : std::get_if<std::string>(&form->second);
    if (!f || *f != "caption" || m.entity.empty()) continue;
    std::string after(ctx.text.substr(m.end, std::min(kRoleReach, ctx.text.size() - m.end)));
    // Up to the next party (" v.") or the end of the caption line ("Defendant, Appellee.").
    if (std::size_t at = after.find('.'); at != std::string::npos) after.resize(at);
    for (char& c : after) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::vector<std::string> found;
    for (const char* role : roles) {
      if (after.find(role) != std::string::npos) found.emplace_back(role);
    }
    if (auto role = m.attrs.find("role"); role != m.attrs.end()) {
      if (const auto* r = std::get_if<std::string>(&role->second); r && (*r == "plaintiff" || *r == "defendant")) {
        found.push_back(*r);
      }
    }
    if (!found.empty()) focus.party(m.entity, m.type, found);
  }
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// With no caption in the text, the title's "Initiative and Referendum
// Institute v. U.S. Postal Service": the entities each side names are the
// plaintiff and the defendant (petitioner and respondent before a supreme court).
void title_parties(const ExtractionContext& ctx, const Extraction& x, bool supreme, relate::Focus& focus) {
  const std::string title = lower(ctx.doc.title);
  const std::size_t v = title.find(" v. ");
  if (v == std::string::npos) return;
  const std::string sides[2] = {title.substr(0, v), title.substr(v + 4)};
  const std::vector<std::string> roles[2] = {
      supreme ? std::vector<std::string>{"petitioner", "appellant"} : std::vector<std::string>{"plaintiff"},
      supreme ? std::vector<std::string>{"respondent", "appellee"} : std::vector<std::string>{"defendant"}};
  constexpr std::size_t kShortestName = 4;  // "ICE", "Doe" name too many things
  for (const Entity& e : x.entities) {
    if (e.type != "person" && e.type != "organization" && e.type != "agency") continue;
    for (int side = 0; side < 2; ++side) {
      bool named = false;
      std::vector<std::string> names = e.aliases;
      names.push_back(e.name);
      for (const std::string& n : names) {
        const std::string l = lower(n);
        if (l.size() >= kShortestName && sides[side].find(l) != std::string::npos) named = true;
        // "Twing v. United States": a person by the surname alone.
        if (e.type == "person" && l.size() > sides[side].size() && l.ends_with(" " + sides[side])) named = true;
      }
      if (named) focus.party(e.id, e.type, roles[side]);
    }
  }
}

bool contains_word(const std::string& name, std::initializer_list<const char*> words) {
  for (const char* w : words) {
    if (name.find(w) != std::string::npos) return true;
  }
  return false;
}

// Does a court of this gazetteer level and name review other courts' judgments?
bool reviews(const std::string& level, const std::string& name) {
  return level == "supreme" || level == "appellate" ||
         (level == "state" && contains_word(name, {"Supreme", "Appeal", "Appellate", "Superior"}));
}

// "APPEAL FROM THE UNITED STATES DISTRICT COURT FOR ...", "ON WRIT OF
// CERTIORARI TO THE UNITED STATES COURT OF APPEALS ...": the court a
// mention names is the court whose judgment is under review.
bool named_as_reviewed(std::string_view text, const Mention& m) {
  constexpr std::size_t kReach = 24;  // bytes before the name where "from the" / "to the" stand
  const std::size_t from = m.start > kReach ? m.start - kReach : 0;
  std::string before;
  for (char c : text.substr(from, m.start - from)) {
    const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::isspace(static_cast<unsigned char>(l))) {
      if (!before.empty() && before.back() != ' ') before.push_back(' ');
    } else {
      before.push_back(l);
    }
  }
  while (!before.empty() && before.back() == ' ') before.pop_back();
  return before.ends_with("from the") || before.ends_with("to the") || before.ends_with("from") ||
         before.ends_with("appeal from");
}

// data/sole_trial_courts.tsv: the only trial court below `court`, or "".
std::string sole_trial_court(const std::string& court) {
  static const std::unordered_map<std::string, std::string> table = [] {
    std::unordered_map<std::string, std::string> t;
    DataTableRules rules;
    rules.filled_columns = DataTableRules::kAllColumns;
    for (const auto& row : parse_data_table(embedded::data_sole_trial_courts_tsv, "sole_trial_courts.tsv", rules).rows) {
      t.emplace(std::string(row[0]), "court:" + std::string(row[1]));
    }
    return t;
  }();
  auto it = table.find(court);
  return it == table.end() ? std::string() : it->second;
}

// The courts below a reviewing ruling, as far as the text names them: the
// only one of its level, else the one a heading says the case comes from.
void courts_below(const ExtractionContext& ctx, const Extraction& x, const std::string& own, relate::Focus& focus) {
  const names::Institution* court = names::institution_named(own, names::InstitutionKind::court);
  if (!court || !reviews(court->level, court->name)) return;
  const bool supreme = court->level == "supreme";
  const bool state = court->level == "state";
  std::vector<std::string> trial, appellate, state_supreme;
  for (const Entity& e : x.entities) {
    if (e.type != "court" || e.id == "court:" + own) continue;
    auto it = e.attrs.find("level");
    const std::string* level = it == e.attrs.end() ? nullptr : std::get_if<std::string>(&it->second);
    if (!level) continue;
    const bool reviewing = reviews(*level, e.name);
    if (*level == "state" && contains_word(e.name, {"Supreme"})) state_supreme.push_back(e.id);
    if (supreme) {
      if (reviewing) appellate.push_back(e.id);
      else if (*level == "district" || *level == "state") trial.push_back(e.id);
    } else if (state ? (*level == "state" && !reviewing) : (*level == "district" || *level == "bankruptcy")) {
      trial.push_back(e.id);
    }
  }
  // A court named only in citations ("(S. D. N. Y. 1965)") is no court below.
  auto written_out = [&](const std::string& id) {
    for (const Mention& m : x.mentions) {
      if (m.entity != id) continue;
      const std::string_view t = std::string_view(ctx.text).substr(m.start, m.end - m.start);
      if (t.find("Court") != std::string_view::npos || t.find("Circuit") != std::string_view::npos ||
          t.find("COURT") != std::string_view::npos || t.find("District of") != std::string_view::npos) {
        return true;
      }
    }
    return false;
  };
  for (auto* list : {&trial, &appellate, &state_supreme}) {
    list->erase(std::remove_if(list->begin(), list->end(), [&](const std::string& id) { return !written_out(id); }),
                list->end());
  }
  auto pick = [&](const std::vector<std::string>& ids) -> std::string {
    if (ids.size() == 1) return ids.front();
    for (const Mention& m : x.mentions) {
      if (m.type == "court" && std::find(ids.begin(), ids.end(), m.entity) != ids.end() &&
          named_as_reviewed(ctx.text, m)) {
        return m.entity;
      }
    }
    return {};
  };
  std::string trial_court = pick(trial);
  if (trial_court.empty()) trial_court = sole_trial_court(own);
  focus.reviewing(supreme, trial_court, supreme ? pick(appellate) : std::string(),
                  state_supreme.size() == 1 ? state_supreme.front() : std::string());
}

}  // namespace

void extract_stated_relations(const ExtractionContext& ctx, Extraction& extraction, std::vector<Relation>& out) {
  const std::string court = names::document_court_id(ctx.doc.court);
  std::string government;
  for (const Entity& e : extraction.entities) {
    if (e.id == "agency:united-states") government = e.id;
  }
  relate::Focus focus(court.empty() ? "" : "court:" + court, government);
  caption_parties(ctx, extraction, focus);
  if (!focus.has_parties()) title_parties(ctx, extraction, court == "scotus", focus);
  if (!court.empty()) courts_below(ctx, extraction, court, focus);
  // Mentions by sentence, in one pass (both are in text order).
  const auto& sentences = ctx.segments.sentences;
  std::size_t mi = 0;
  std::vector<std::size_t> in_sentence;
  std::vector<Relation> stated;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    in_sentence.clear();
    while (mi < extraction.mentions.size() && extraction.mentions[mi].start < sentences[si].start) ++mi;
    for (std::size_t j = mi; j < extraction.mentions.size() && extraction.mentions[j].start < sentences[si].end; ++j) {
      if (extraction.mentions[j].end <= sentences[si].end) in_sentence.push_back(j);
    }
    relate::SentenceRules(ctx, extraction, stated, focus, si).run(in_sentence);
  }
  complete_order_attributes(ctx, extraction, stated);
  // "the government" read as the United States, "the District Court" read as
  // the only court below, in a document that never names them: entities too.
  for (const Relation& r : stated) {
    for (const std::string* id : {&r.subject, &r.object}) {
      const bool us = *id == relate::Focus::kUnitedStates;
      if (!us && !id->starts_with("court:")) continue;
      bool known = false;
      for (const Entity& e : extraction.entities) known = known || e.id == *id;
      if (known) continue;
      Entity e;
      e.id = *id;
      e.type = us ? "agency" : "court";
      const names::Institution* c = us ? nullptr : names::institution_named(id->substr(6), names::InstitutionKind::court);
      e.name = us ? "United States" : (c ? c->name : id->substr(6));
      if (us) e.aliases = {"the government"};
      if (c) e.attrs["level"] = c->level;
      extraction.entities.push_back(std::move(e));
    }
  }
  out.insert(out.end(), std::make_move_iterator(stated.begin()), std::make_move_iterator(stated.end()));
}

}  // namespace lexgraph
