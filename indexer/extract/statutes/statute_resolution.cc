#include "extract/statutes/statute_resolution.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "extract/statutes/statute_scanner.h"

namespace lexgraph::statutes {

namespace {

// How far back the last full citation still governs "section N" (without
// "§"), and how long an act named by name stays in focus for "such Act".
constexpr std::size_t kWordReach = 1500;
constexpr std::size_t kActReach = 5000;
// A bare "section N" belongs to an act only when the act was just named.
constexpr std::size_t kNearAct = 400;

// Where a full citation put its section: what a later short form copies.
struct Place {
  Body body = Body::unknown;
  std::string title, code, state, state_code, state_division, state_division_label, article;
  std::size_t at = 0;
};

Place place_of(const StatuteCite& c) {
  return Place{c.body, c.title, c.code, c.state, c.state_code, c.state_division, c.state_division_label, c.article, c.start};
}

void apply(const Place& place, StatuteCite& c) {
  c.body = place.body;
  c.title = place.title;
  c.code = place.code;
  c.state = place.state;
  c.state_code = place.state_code;
  c.state_division = place.state_division;
  c.state_division_label = place.state_division_label;
  if (place.body == Body::constitution) c.article = place.article;
}

std::vector<StatuteCite> without_overlaps(std::vector<StatuteCite> cites) {
  std::vector<std::size_t> order(cites.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    std::size_t la = cites[a].end - cites[a].start, lb = cites[b].end - cites[b].start;
    if (la != lb) return la > lb;
    return cites[a].start < cites[b].start;
  });
  struct Kept {
    std::size_t end;
    std::size_t index;  // in `cites`
  };
  std::map<std::size_t, Kept> kept;  // by start
  for (std::size_t i : order) {
    const StatuteCite& c = cites[i];
    if (c.end <= c.start) continue;
    auto next = kept.lower_bound(c.start);
    if (next != kept.end() && next->first < c.end) continue;
    if (next != kept.begin() && std::prev(next)->second.end > c.start) continue;
    kept.emplace(c.start, Kept{c.end, i});
  }
  // Kept citations never overlap, so `kept` (by start) is their text order:
  // move each once instead of sorting the large structs.
  std::vector<StatuteCite> out;
  out.reserve(kept.size());
  for (const auto& [start, k] : kept) out.push_back(std::move(cites[k.index]));
  return out;
}

bool has_place(Body b) { return b == Body::usc || b == Body::cfr || b == Body::state; }

long page_number(const std::string& s) {
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
  }
  return v;
}

class Settler {
 public:
  Settler(std::string_view text, const DocumentContext& context, const StatuteTables& tables)
      : text_(text), context_(context), tables_(tables) {}

  std::vector<StatuteCite> run(std::vector<StatuteCite> cites) {
    std::vector<StatuteCite> out;
    out.reserve(cites.size());
    for (std::size_t i = 0; i < cites.size(); ++i) {
      StatuteCite& c = cites[i];
      const StatuteCite* next = i + 1 < cites.size() ? &cites[i + 1] : nullptr;
      if (!settle(c, next)) continue;
      learn(c);
      out.push_back(std::move(c));
    }
    return out;
  }

 private:
  // Fills in what `c` leaves to the context; false drops it.
  bool settle(StatuteCite& c, const StatuteCite* next) {
    switch (c.needs) {
      case Needs::nothing:
        break;
      case Needs::title:
      case Needs::title_word:
        return settle_short(c);
      case Needs::such_title:
        if (last_title_ref_.body == Body::usc) {
          apply(last_title_ref_, c);
          return true;
        }
        [[fallthrough]];
      case Needs::this_title:
        if (!context_.code_title.empty()) {
          c.body = Body::usc;
          c.title = context_.code_title;
          c.code = "U.S.C.";
        } else if (last_usc_.body == Body::usc) {
          apply(last_usc_, c);
        }
        return true;
      case Needs::previous:
        if (c.body == Body::constitution) return true;
        if (last_any_.body == Body::constitution && !last_any_.article.empty()) {
          apply(last_any_, c);
          c.code = "U.S. Const.";
        } else if (has_place(last_any_.body)) {
          apply(last_any_, c);
        }
        return true;
      case Needs::act_focus:
        if (focus_act_ < 0 && focus_name_.empty()) return false;
        if (c.start > focus_at_ + kActReach) return false;
        c.act = focus_act_;
        c.act_name = focus_name_;
        break;
      case Needs::code_focus:
        if (focus_code_ < 0) return false;
        c.act = focus_code_;
        break;
      case Needs::fed_reg_pin: {
        auto it = fed_reg_pages_.find(c.title);
        if (it == fed_reg_pages_.end()) return true;
        long pin = page_number(c.pin), best = -1;
        for (long page : it->second)
          if (page <= pin && page > best) best = page;
        if (best >= 0) c.section = std::to_string(best);
        return true;
      }
    }
    if (!c.act_section.empty() && c.body == Body::unknown) settle_act_section(c, next);
    return true;
  }

  void settle_act_section(StatuteCite& c, const StatuteCite* next) {
    UscPlace place;
    if (c.act >= 0 && tables_.act_section_place(c.act, c.act_section, place)) {
      c.body = Body::usc;
      c.title = place.title;
      c.section = place.section;
      const std::string& code = tables_.acts()[static_cast<std::size_t>(c.act)].code;
      c.code = code.empty() ? "U.S.C." : code;
      return;
    }
    c.body = Body::act;
    // "section 287(g) of the INA (8 U.S.C. 1357(g))": the Code place follows.
    if (next != nullptr && next->form == Form::full && (next->body == Body::usc || next->body == Body::cfr) &&
        next->start > c.end && next->start - c.end <= 3 &&
        text_.substr(c.end, next->start - c.end).find_first_of("([") != std::string_view::npos) {
      c.body = next->body;
      c.title = next->title;
      c.section = next->section;
      c.code = next->code;
    }
  }

  bool settle_short(StatuteCite& c) {
    bool dotted = c.section.find('.') != std::string::npos;
    auto seen = seen_.find(c.section);
    if (seen != seen_.end()) {
      apply(seen->second, c);
      return true;
    }
    // "Section 308" after "Section 308 of the Clean Water Act".
    auto act_section = seen_act_sections_.find(c.section);
    if (act_section != seen_act_sections_.end() && c.needs == Needs::title_word) {
      c.form = Form::full;
      c.act = act_section->second.first;
      c.act_name = act_section->second.second;
      c.act_section = c.section;
      c.section.clear();
      settle_act_section(c, nullptr);
      return true;
    }
    // The act in focus, when the section is one the data knows it has
    // ("section 404" after "the Clean Water Act" is 33 U.S.C. § 1344).
    UscPlace place;
    if (focus_act_ >= 0 && tables_.act_section_place(focus_act_, c.section, place)) {
      c.body = Body::usc;
      c.title = place.title;
      c.section = place.section;
      c.code = "U.S.C.";
      c.act = focus_act_;
      return true;
    }
    // A public law's "section 1001" is its own, whatever 18 U.S.C. § 1001 is.
    bool own_sections = context_.public_law && c.needs == Needs::title_word;
    std::string known = dotted || own_sections ? std::string() : tables_.well_known_title(c.section);
    if (!known.empty()) {
      c.body = Body::usc;
      c.title = known;
      c.code = "U.S.C.";
      return true;
    }
    if (dotted) {
      // "§ 622.41" after "50 CFR part 622"
      auto part = cfr_parts_.find(c.section.substr(0, c.section.find('.')));
      if (part != cfr_parts_.end()) {
        apply(part->second, c);
        return true;
      }
    }
    // A code named more recently than the last full citation ("all section
    // references are to the Internal Revenue Code").
    if (!dotted && focus_code_ >= 0 && focus_code_at_ >= last_full_.at &&
        tables_.act_section_place(focus_code_, c.section, place)) {
      c.body = Body::usc;
      c.title = place.title;
      c.code = "U.S.C.";
      return true;
    }
    const Place* last = nullptr;
    if (dotted) {
      if (last_full_.body == Body::state) last = &last_full_;
      else if (last_cfr_.body == Body::cfr) last = &last_cfr_;
    } else if (last_full_.body == Body::cfr) {
      if (last_usc_.body == Body::usc) last = &last_usc_;
    } else if (last_full_.body != Body::unknown) {
      last = &last_full_;
    }
    if (c.needs == Needs::title_word && !context_.code_title.empty() && !dotted) {
      c.body = Body::usc;  // a Code section's "section N" is of its own title
      c.title = context_.code_title;
      c.code = "U.S.C.";
      return true;
    }
    if (c.needs == Needs::title_word && !context_.public_law && (focus_act_ >= 0 || !focus_name_.empty()) &&
        c.start <= focus_at_ + kNearAct &&
        (last == nullptr || focus_at_ > last->at)) {
      // "sections 706 and 729 of the National Defense Authorization Act ...
      // In implementing section 701(a)": the act just named.
      c.form = Form::full;
      c.act = focus_act_;
      c.act_name = focus_name_;
      c.act_section = c.section;
      c.section.clear();
      settle_act_section(c, nullptr);
      return true;
    }
    if (c.needs == Needs::title_word && (c.hint_act >= 0 || !c.hint_act_name.empty()) &&
        (last == nullptr || c.start > last->at + kWordReach)) {
      // A notice that calls one act "the Act" numbers its sections so.
      c.form = Form::full;
      c.act = c.hint_act;
      c.act_name = c.hint_act_name;
      c.act_section = c.section;
      c.section.clear();
      settle_act_section(c, nullptr);
      return true;
    }
    if (context_.public_law) {
      // A public law's bare sections are its own or those of the title it
      // enacts ("title 54, United States Code ... § 100101").
      if (c.needs == Needs::title_word) return false;
      last = last_title_ref_.body == Body::usc ? &last_title_ref_ : nullptr;
    }
    if (c.needs == Needs::title_word) {
      if (last != nullptr && c.start > last->at + kWordReach) last = nullptr;
      if (last == nullptr && context_.public_law) return false;
    }
    if (last != nullptr) apply(*last, c);
    return true;
  }

  // What later short forms learn from `c`.
  void learn(const StatuteCite& c) {
    if (c.form == Form::full && c.cfr_part) {
      Place place = place_of(c);
      cfr_parts_[c.section] = place;
      last_cfr_ = place;
    }
    if (c.form == Form::full && has_place(c.body) && !c.section.empty() && !c.cfr_part) {
      Place place = place_of(c);
      seen_[c.section] = place;
      if (c.range_end.empty() == false) seen_[c.range_end] = place;
      last_full_ = place;
      if (c.body == Body::usc) last_usc_ = place;
      if (c.body == Body::cfr) last_cfr_ = place;
    }
    if (c.names_title) last_title_ref_ = place_of(c);
    if ((has_place(c.body) && !c.section.empty()) || (c.body == Body::constitution && !c.article.empty()))
      last_any_ = place_of(c);
    if (c.body == Body::fed_reg && c.form == Form::full) fed_reg_pages_[c.title].push_back(page_number(c.section));
    if (!c.act_section.empty() && (c.act >= 0 || !c.act_name.empty()))
      seen_act_sections_[c.act_section] = {c.act, c.act_name};
    if (c.act >= 0 || !c.act_name.empty()) {
      focus_act_ = c.act;
      focus_name_ = c.act_name;
      focus_at_ = c.end;
      if (c.act >= 0 && tables_.acts()[static_cast<std::size_t>(c.act)].is_code()) {
        focus_code_ = c.act;
        focus_code_at_ = c.start;
      }
    }
  }

  std::string_view text_;
  const DocumentContext& context_;
  const StatuteTables& tables_;
  std::unordered_map<std::string, Place> seen_;
  Place last_full_, last_usc_, last_cfr_, last_any_, last_title_ref_;
  int focus_act_ = -1;
  std::string focus_name_;
  std::size_t focus_at_ = 0;
  int focus_code_ = -1;
  std::size_t focus_code_at_ = 0;
  std::unordered_map<std::string, Place> cfr_parts_;
  std::unordered_map<std::string, std::pair<int, std::string>> seen_act_sections_;  // act section -> act
  std::unordered_map<std::string, std::vector<long>> fed_reg_pages_;
};

}  // namespace

DocumentContext document_context(const Document& doc, std::string_view text) {
  DocumentContext context;
  std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 400));
  context.public_law = head.find("Public Law") != std::string_view::npos ||
                       doc.citation.find("Pub. L.") != std::string::npos ||
                       doc.citation.find("Public Law") != std::string::npos;
  // A bankruptcy court's docket: its bare "Sections 727 or 523" are of the
  // Bankruptcy Code.
  if (doc.kind == "docket" && (doc.court.find("Bankruptcy") != std::string::npos ||
                               doc.docket.find("-bk-") != std::string::npos ||
                               text.substr(0, std::min<std::size_t>(text.size(), 3000)).find("Bankruptcy Court") !=
                                   std::string_view::npos ||
                               text.substr(0, std::min<std::size_t>(text.size(), 3000)).find("BANKRUPTCY COURT") !=
                                   std::string_view::npos)) {
    context.code_title = "11";
    return context;
  }
  // A U.S. Code section: its citation (metadata, or the opening line).
  for (std::string_view source : {std::string_view(doc.citation), text.substr(0, std::min<std::size_t>(text.size(), 120))}) {
    if (source.empty()) continue;
    StatuteScanner scanner(source);
    for (const StatuteCite& c : scanner.scan()) {
      if (c.form == Form::full && c.body == Body::usc && c.start < 40) {
        context.code_title = c.title;
        return context;
      }
    }
  }
  return context;
}

std::vector<StatuteCite> settle_citations(std::vector<StatuteCite> cites, std::string_view text,
                                          const DocumentContext& context, const StatuteTables& tables) {
  Settler settler(text, context, tables);
  return settler.run(without_overlaps(std::move(cites)));
}

}  // namespace lexgraph::statutes
