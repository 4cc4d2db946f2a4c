#include "extract/statutes/statute_scanner.h"

#include <algorithm>
#include <array>

namespace lexgraph::statutes {

namespace {

constexpr std::array<bool, 256> alnum_table() {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[static_cast<std::size_t>(c)] = is_alnum(static_cast<char>(c));
  return table;
}
constexpr std::array<bool, 256> kAlnum = alnum_table();
bool alnum(char c) { return kAlnum[static_cast<unsigned char>(c)]; }

// A word of the scan: letters and digits, with inner periods, hyphens,
// apostrophes and ampersands ("U.S.C", "Dodd-Frank", "Gov't", "FD&C"),
// and its closing period ("U.S.C.", "Stat.", "Id.").
std::size_t token_end(std::string_view t, std::size_t p) {
  std::size_t e = p;
  while (e < t.size()) {
    char c = t[e];
    if (alnum(c)) {
      ++e;
    } else if ((c == '.' || c == '-' || c == '\'' || c == '&') && e + 1 < t.size() && alnum(t[e + 1])) {
      ++e;
    } else {
      break;
    }
  }
  if (e < t.size() && t[e] == '.') ++e;
  return e;
}

std::string_view without_period(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

}  // namespace

StatuteScanner::StatuteScanner(std::string_view text)
    : t_(text), tables_(StatuteTables::get()), named_in_full_(tables_.acts().size(), false) {}

std::vector<StatuteCite> StatuteScanner::scan() {
  std::size_t p = 0;
  const std::size_t n = t_.size();
  while (p < n) {
    char c = t_[p];
    if (c == '\xC2' && p + 1 < n && t_[p + 1] == '\xA7') {
      std::size_t consumed = section_reference(p);
      p = std::max(p + 2, consumed);
      continue;
    }
    if (!alnum(c)) {
      ++p;
      continue;
    }
    // Most words start no citation: skip them whole. Of lower-case words
    // only "sec(tion)", "id." and "title" may.
    bool candidate = is_upper(c) || (c == 's' && at(t_, p + 1, "ec")) || (c == 'i' && at(t_, p + 1, "d.")) ||
                     (c == 't' && at(t_, p + 1, "itle"));
    if (!candidate) {
      while (p < n && alnum(t_[p])) ++p;
      continue;
    }
    std::size_t e = token_end(t_, p);
    p = std::max(e, dispatch(p, e));
  }
  return std::move(out_);
}

// The word [start, end) may anchor a citation: hand it to its reader.
// Returns the end of what was read, or 0.
std::size_t StatuteScanner::dispatch(std::size_t start, std::size_t end) {
  // "the Internal Revenue Code's protections": the name without the possessive.
  if (end - start > 3 && t_[end - 2] == '\'' && t_[end - 1] == 's') end -= 2;
  std::string_view w = t_.substr(start, end - start);
  std::string_view bare = without_period(w);
  switch (w.front()) {
    case 's':
      if (bare == "section" || bare == "sections" || bare == "sec" || bare == "secs") return section_reference(start);
      return 0;
    case 'i':
      if (w == "id.") return id_citation(start, end);
      return 0;
    case 't':
      if (w == "title") return code_title(start, end);
      return 0;
    default:
      break;
  }
  std::size_t found = 0;
  switch (w.front()) {
    case 'U':
      if (w == "U.S.C." || w == "U.S.C" || w == "U.S.C.A." || w == "U.S.C.S." || w == "USC" || w == "USCA")
        return code_citation(start, end, Body::usc);
      if (w == "U.S." && at(t_, end, " C.") && !(end + 3 < t_.size() && is_alpha(t_[end + 3])))
        return code_citation(start, end + 3, Body::usc);
      if (w == "U." && at(t_, end, " S. C.")) return code_citation(start, end + 6, Body::usc);
      if (w == "U.S.Const.") return constitution(start, end);
      break;
    case 'C':
      if (w == "C.F.R." || w == "CFR") return code_citation(start, end, Body::cfr);
      if (w == "C." && at(t_, end, " F. R.")) return code_citation(start, end + 6, Body::cfr);
      if (w == "Const.") return constitution(start, end);
      break;
    case 'S':
      if (w == "Stat." && (found = statutes_at_large(start, end)) != 0) return found;
      if (bare == "Section" || bare == "Sections" || bare == "Sec" || bare == "Secs") return section_reference(start);
      break;
    case 'F':
      if (w == "Fed." && at(t_, end, " Reg.")) return federal_register(start, end + 5);
      if (w == "FR" || w == "F.R.") return federal_register(start, end);
      if ((w == "Fed." && at(t_, end, " R")) || w.starts_with("Fed.R.")) {
        if ((found = federal_rule(start, end)) != 0) return found;
      }
      if (w == "Fed" && at(t_, end, " R ") && (found = federal_rule(start, end)) != 0) return found;
      if (w.size() >= 3 && w[1] == 'R' && (found = rule_acronym(start, end)) != 0) return found;
      if (w == "Federal" && (found = federal_rule_in_words(start, end)) != 0) return found;
      break;
    case 'E':
      if (w == "Executive" || w == "Exec.") {
        std::size_t q = end;
        if (at(t_, q, " Orders ")) q += 8;
        else if (at(t_, q, " Order ")) q += 7;
        else break;
        if (at(t_, q, "No. ")) q += 4;
        else if (at(t_, q, "Nos. ")) q += 5;
        if ((found = executive_order(start, q)) != 0) return found;
      }
      if (w == "E.O." && at(t_, end, " ") && (found = executive_order(start, end + 1)) != 0) return found;
      break;
    case 'R':
      if ((w == "Rule" || w == "Rules") && (found = short_rule(start, end)) != 0) return found;
      break;
    case 'P':
      if (w == "Pub." && (at(t_, end, " L.") || at(t_, end, " Law "))) return public_law(start, end);
      if (w == "Pub.L." || w == "P.L.") return public_law(start, end);
      if (w == "P." && at(t_, end, " L.")) return public_law(start, end);
      if (w == "Public" && (at(t_, end, " Law ") || at(t_, end, " Law\n"))) return public_law(start, end);
      break;
    case 'L':
      if ((w == "Loc." || w == "Loc.R." || w == "Local") && (found = local_rule(start, end)) != 0) return found;
      break;
    case 'I':
      if (w == "Id.") return id_citation(start, end);
      break;
    case 'T':
      if (w == "Title" && (found = code_title(start, end)) != 0) return found;
      break;
    case 'A':
      if (w == "Article" || w == "Art.") {
        if ((found = article(start, end, false)) != 0) return found;
      }
      if (w == "Amendment" || w == "Amendments") {
        if ((found = amendment(start, end)) != 0) return found;
      }
      break;
    default:
      break;
  }
  bool defined = !defined_.empty() && defined_.count(bare) > 0;
  if (!defined && !tables_.may_name(w)) return 0;
  if (tables_.is_state_nosign_end(w) && (found = state_code_without_sign(start, end)) != 0) return found;
  return named_act(start, end);
}

}  // namespace lexgraph::statutes
