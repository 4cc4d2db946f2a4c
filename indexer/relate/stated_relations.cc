#include "relate/stated_relations.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "extract/names/institution_gazetteer.h"
#include "relate/order_attributes.h"
#include "relate/sentence_rules.h"

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

}  // namespace

void extract_stated_relations(const ExtractionContext& ctx, Extraction& extraction, std::vector<Relation>& out) {
  const std::string court = names::document_court_id(ctx.doc.court);
  std::string government;
  for (const Entity& e : extraction.entities) {
    if (e.id == "agency:united-states") government = e.id;
  }
  relate::Focus focus(court.empty() ? "" : "court:" + court, government);
  caption_parties(ctx, extraction, focus);
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
  out.insert(out.end(), std::make_move_iterator(stated.begin()), std::make_move_iterator(stated.end()));
}

}  // namespace lexgraph
