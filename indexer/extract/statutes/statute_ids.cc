#include "extract/statutes/statute_ids.h"

#include <array>

namespace lexgraph::statutes {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string roman(int n) {
  static constexpr std::array<const char*, 28> kRoman = {
      "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
      "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII"};
  return n > 0 && n < 28 ? kRoman[static_cast<std::size_t>(n)] : std::to_string(n);
}

// "35409" -> "35,409" (the Federal Register prints its pages so).
std::string thousands(const std::string& digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

const ActEntry* act_of(const StatuteCite& cite, const StatuteTables& tables) {
  if (cite.act < 0 || cite.act >= static_cast<int>(tables.acts().size())) return nullptr;
  return &tables.acts()[static_cast<std::size_t>(cite.act)];
}

// An act cited by section but not mapped to the Code stays with the act.
bool act_section_unmapped(const StatuteCite& cite) { return cite.body == Body::act && !cite.act_section.empty(); }

std::string act_slug(const StatuteCite& cite, const StatuteTables& tables) {
  const ActEntry* act = act_of(cite, tables);
  if (act != nullptr) return act->slug;
  return slug(cite.act_name);
}

std::string act_display(const StatuteCite& cite, const StatuteTables& tables) {
  const ActEntry* act = act_of(cite, tables);
  return act != nullptr ? act->name : cite.act_name;
}

double number(const std::string& s) {
  double v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::string entity_id(const StatuteCite& c, const StatuteTables& tables) {
  switch (c.body) {
    case Body::usc:
      if (c.title.empty()) return "";
      if (c.section.empty()) return "statute:usc/" + c.title;
      return "statute:usc/" + c.title + (c.appendix ? "-app/" : "/") + lower(c.section);
    case Body::cfr:
      return c.title.empty() || c.section.empty() ? "" : "statute:cfr/" + c.title + "/" + lower(c.section);
    case Body::stat:
      return "statute:stat/" + c.title + "/" + c.section;
    case Body::public_law:
      return "statute:pl/" + c.section;
    case Body::fed_reg:
      return c.section.empty() ? "" : "statute:fr/" + c.title + "/" + c.section;
    case Body::act: {
      const ActEntry* act = act_of(c, tables);
      if (act == nullptr || act_section_unmapped(c)) {
        std::string s = act_slug(c, tables);
        return s.empty() ? "" : "statute:act/" + s;
      }
      switch (act->place) {
        case ActEntry::Place::usc_section: return "statute:usc/" + act->title + "/" + lower(act->section);
        case ActEntry::Place::usc_title: return "statute:usc/" + act->title;
        case ActEntry::Place::public_law: return "statute:pl/" + act->section;
        case ActEntry::Place::stat: return "statute:stat/" + act->volume + "/" + act->section;
        case ActEntry::Place::none: return "statute:act/" + act->slug;
      }
      return "";
    }
    case Body::state: {
      std::string id = "statute:" + c.state + "/" + c.state_code + "/";
      // "Mass. Gen. Laws ch. 93A": a chapter cited whole.
      if (c.section.empty()) return id + lower(c.state_division);
      if (!c.state_division.empty()) id += lower(c.state_division) + "/";
      return id + lower(c.section);
    }
    case Body::constitution:
      if (c.amendment > 0) return "statute:const/amend" + std::to_string(c.amendment);
      if (c.article.empty()) return "";
      return "statute:const/art" + c.article + (c.section.empty() ? "" : "/s" + lower(c.section));
    case Body::exec_order:
      return "statute:eo/" + c.section + (c.scope.empty() ? "" : "@" + c.scope);
    case Body::court_rule:
      return "statute:" + c.rule_set + "/" + lower(c.section);
    case Body::session_law:
      return "statute:session-laws/" + c.title + "/ch" + lower(c.section);
    case Body::unknown:
      return "";
  }
  return "";
}

std::string display_name(const StatuteCite& c, const StatuteTables& tables) {
  const std::string sign = "\xC2\xA7 ";
  switch (c.body) {
    case Body::usc:
      if (c.section.empty()) return c.title + " U.S.C.";
      return c.title + " U.S.C. " + (c.appendix ? "app. " : "") + sign + c.section;
    case Body::cfr:
      return c.title + " C.F.R. " + (c.cfr_part ? "pt. " : sign) + c.section;
    case Body::stat:
      return c.title + " Stat. " + c.section;
    case Body::public_law:
      return "Pub. L. No. " + c.section;
    case Body::fed_reg:
      return c.section.empty() ? c.title + " Fed. Reg." : c.title + " Fed. Reg. " + thousands(c.section);
    case Body::act: {
      const ActEntry* act = act_of(c, tables);
      if (act == nullptr || act_section_unmapped(c)) return act_display(c, tables);
      switch (act->place) {
        case ActEntry::Place::usc_section: return act->title + " U.S.C. " + sign + act->section;
        case ActEntry::Place::usc_title: return act->title + " U.S.C.";
        case ActEntry::Place::public_law: return "Pub. L. No. " + act->section;
        case ActEntry::Place::stat: return act->volume + " Stat. " + act->section;
        case ActEntry::Place::none: return act->name;
      }
      return act->name;
    }
    case Body::state:
      if (!c.edition.empty()) return c.code + " " + sign + c.section + " (" + c.edition + ")";
      if (c.state_division.empty()) return c.code + " " + sign + c.section;
      if (c.section.empty()) return c.code + " " + c.state_division_label + " " + c.state_division;
      if (c.state_division_label.empty()) return c.state_division + " " + c.code + " " + sign + c.section;
      return c.code + " " + c.state_division_label + " " + c.state_division + ", " + sign + c.section;
    case Body::constitution:
      if (c.amendment > 0) return "U.S. Const. amend. " + roman(c.amendment);
      return "U.S. Const. art. " + roman(static_cast<int>(number(c.article))) +
             (c.section.empty() ? "" : ", " + sign + c.section);
    case Body::exec_order:
      return "Executive Order " + c.section;
    case Body::court_rule:
      return c.code + " " + c.section;
    case Body::session_law:
      return "ch. " + c.section + ", " + c.code + " of " + c.title;
    case Body::unknown:
      return sign + c.section;
  }
  return "";
}

Mention to_mention(const StatuteCite& c, const StatuteTables& tables) {
  Mention m;
  m.type = "statute";
  m.start = c.start;
  m.end = c.end;
  m.entity = entity_id(c, tables);
  m.name = display_name(c, tables);
  static constexpr std::array<const char*, 4> kForms = {"full", "short", "id", "named"};
  m.attrs["form"] = std::string(kForms[static_cast<std::size_t>(c.form)]);
  if (!c.code.empty()) m.attrs["code"] = c.code;
  switch (c.body) {
    case Body::usc:
    case Body::cfr:
      m.attrs["title"] = number(c.title);
      if (!c.section.empty()) m.attrs[c.cfr_part ? "part" : "section"] = c.section;
      break;
    case Body::stat:
    case Body::fed_reg:
      m.attrs["volume"] = number(c.title);
      if (!c.section.empty()) m.attrs["page"] = c.section;
      break;
    case Body::public_law:
      m.attrs["law"] = c.section;
      if (!c.act_section.empty()) m.attrs["section"] = c.act_section;
      break;
    case Body::act: {
      const ActEntry* act = act_of(c, tables);
      if (act != nullptr && !act_section_unmapped(c) &&
          (act->place == ActEntry::Place::usc_section || act->place == ActEntry::Place::usc_title))
        m.attrs["title"] = number(act->title);
      if (!c.act_section.empty()) m.attrs["section"] = c.act_section;
      break;
    }
    case Body::state:
      m.attrs["state"] = c.state;
      if (!c.section.empty()) m.attrs["section"] = c.section;
      if (!c.state_division.empty()) m.attrs[c.state_division_label == "ch." ? "chapter" : "division"] = c.state_division;
      break;
    case Body::constitution:
      if (!c.article.empty()) m.attrs["article"] = roman(static_cast<int>(number(c.article)));
      if (c.amendment > 0) m.attrs["amendment"] = static_cast<double>(c.amendment);
      if (!c.section.empty()) m.attrs["section"] = c.section;
      if (!c.clause.empty()) m.attrs["clause"] = c.clause;
      break;
    case Body::exec_order:
      m.attrs["number"] = number(c.section);
      break;
    case Body::court_rule:
      m.attrs["rule"] = c.section;
      break;
    case Body::session_law:
      m.attrs["year"] = number(c.title);
      m.attrs["chapter"] = c.section;
      break;
    case Body::unknown:
      if (!c.section.empty()) m.attrs["section"] = c.section;
      break;
  }
  if (!c.act_section.empty() && c.body != Body::act && c.body != Body::public_law && c.act_section != c.section)
    m.attrs["act_section"] = c.act_section;
  if (!c.subsections.empty()) {
    m.attrs["subsection"] = c.subsections.front();
    if (c.subsections.size() > 1) m.attrs["subsections"] = c.subsections;
  }
  if (!c.range_end.empty()) m.attrs["range_end"] = c.range_end;
  if (!c.pin.empty()) m.attrs["pin"] = c.pin;
  if (c.et_seq) m.attrs["et_seq"] = true;
  if (c.note) m.attrs["note"] = true;
  if (c.appendix) m.attrs["appendix"] = true;
  std::string act = act_display(c, tables);
  if (!act.empty()) m.attrs["act"] = act;
  return m;
}

}  // namespace lexgraph::statutes
