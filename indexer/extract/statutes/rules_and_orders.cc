// Executive orders and the federal court rules, typed statute like the
// gold annotation does: "Executive Order 12866", "Executive Order No.
// 13,780", "E.O. 13563", "Exec. Order No. 14,159" (statute:eo/12866);
// "Fed. R. Civ. P. 12(b)(6)", "Fed.R.Evid. 702", "Federal Rule of Civil
// Procedure 24(a)", and after such a cite the short "Rule 24(a)"
// (statute:frcp/24; frap, fre, frcrp, frbp).

#include <algorithm>
#include <array>

#include "extract/statutes/statute_scanner.h"

namespace lexgraph::statutes {

struct RuleSet {
  std::string_view abbreviation;  // letters of the Bluebook form, periods and spaces dropped
  std::string_view variant;       // another spelling of those letters ("FedRBankP" in PACER), or ""
  std::string_view acronym;       // "FRCP", "FRAP" ...
  std::string_view in_words;      // "Civil Procedure" of "Federal Rule(s) of Civil Procedure"
  std::string_view id;            // entity id part
  std::string_view display;       // canonical abbreviation
};

namespace {

constexpr std::array<RuleSet, 5> kRuleSets = {{
    {"FedRCivP", "FedRCivProc", "FRCP", "Civil Procedure", "frcp", "Fed. R. Civ. P."},
    {"FedRAppP", "FedRAppProc", "FRAP", "Appellate Procedure", "frap", "Fed. R. App. P."},
    {"FedREvid", "FedREv", "FRE", "Evidence", "fre", "Fed. R. Evid."},
    {"FedRCrimP", "FedRCrP", "FRCrP", "Criminal Procedure", "frcrp", "Fed. R. Crim. P."},
    {"FedRBankrP", "FedRBankP", "FRBP", "Bankruptcy Procedure", "frbp", "Fed. R. Bankr. P."},
}};

// A court's own local rules: "Loc. R. 27.1" is ca1's rule in a First Circuit
// opinion; statutes.cc gives the set the document's court.
constexpr RuleSet kLocalRules = {"LocR", "", "", "", "local", "Loc. R."};

bool names_set(std::string_view letters, const RuleSet& set) {
  return letters == set.abbreviation || (!set.variant.empty() && letters == set.variant);
}

// The rule's number at p: "24", "12", "5.1", "4". Returns the end, or p.
std::size_t read_rule_number(std::string_view t, std::size_t p) {
  std::size_t d = read_digits(t, p);
  if (d == p || d - p > 4) return p;
  if (d + 1 < t.size() && t[d] == '.' && is_digit(t[d + 1])) {
    std::size_t e = read_digits(t, d + 1);
    if (e - d <= 2) d = e;
  }
  if (d < t.size() && (is_alpha(t[d]) || (t[d] == ':' && d + 1 < t.size() && is_digit(t[d + 1])))) return p;
  return d;
}

// Whether a one- or two-digit number ending at `e` stands as an order's
// number: "Executive Order 28, issued on March 31", "Executive Order 28 or",
// never "the Executive Order 2 weeks later".
bool short_number_stands(std::string_view t, std::size_t e) {
  if (e >= t.size() || t[e] != ' ') return true;  // punctuation, a line's end
  return at(t, e, " and ") || at(t, e, " or ") || at(t, e, " (");
}

// The order's number at p: "12866", "13,780"; with `short_numbers`, a
// State's "28" too. Returns the end, or p.
std::size_t read_order_number(std::string_view t, std::size_t p, std::string& number, bool short_numbers) {
  number.clear();
  std::size_t i = p;
  while (i < t.size() && number.size() < 6) {
    if (is_digit(t[i])) {
      number.push_back(t[i++]);
    } else if (t[i] == ',' && !number.empty() && number.size() <= 2 && i + 3 < t.size() && is_digit(t[i + 1]) &&
               is_digit(t[i + 2]) && is_digit(t[i + 3]) && !(i + 4 < t.size() && is_digit(t[i + 4]))) {
      ++i;
    } else {
      break;
    }
  }
  // The President's executive orders are numbered from 1 to the tens of
  // thousands, and cited by numbers of three digits or more; a Governor's
  // ("Executive Order 28" of Maine's pandemic orders) start each term anew.
  const std::size_t least = short_numbers ? 1 : 3;
  if (number.size() < least || number.size() > 5 || number.front() == '0') return p;
  if (i < t.size() && is_alnum(t[i])) return p;
  if (number.size() < 3 && !short_number_stands(t, i)) return p;
  return i;
}

}  // namespace

void StatuteScanner::assume_rules_of_case_type(std::string_view case_type) {
  std::string_view id;
  if (case_type == "cr" || case_type == "CR") id = "frcrp";
  else if (case_type == "cv" || case_type == "CV") id = "frcp";
  else if (case_type == "bk" || case_type == "BK") id = "frbp";
  for (const RuleSet& set : kRuleSets) {
    if (!id.empty() && set.id == id) last_rule_set_ = &set;
  }
}

// [token_start, number_start) is "Executive Order No. " or the like.
std::size_t StatuteScanner::executive_order(std::size_t token_start, std::size_t number_start, bool short_numbers) {
  std::size_t p = number_start;
  std::size_t start = token_start;
  std::size_t end = 0;
  for (int n = 0; n < 8; ++n) {
    std::string number;
    std::size_t e = read_order_number(t_, p, number, short_numbers);
    if (e == p) break;
    StatuteCite c;
    c.start = start;
    c.end = e;
    c.form = Form::full;
    c.body = Body::exec_order;
    c.code = "E.O.";
    c.section = number;
    out_.push_back(std::move(c));
    end = e;
    // "Executive Orders 12866 and 13563": each a mention.
    std::size_t q = read_list_separator(t_, e);
    if (q == e) break;
    if (at(t_, q, "No. ")) q += 4;
    start = p = q;
  }
  return end;
}

std::size_t StatuteScanner::rule_number(std::size_t start, std::size_t p, const RuleSet& set, Form form) {
  std::size_t end = 0;
  for (int n = 0; n < 8; ++n) {
    std::size_t e = read_rule_number(t_, p);
    if (e == p) break;
    StatuteCite c;
    c.start = start;
    c.form = form;
    c.body = Body::court_rule;
    c.code = std::string(set.display);
    c.rule_set = std::string(set.id);
    c.section = std::string(t_.substr(p, e - p));
    std::string sub;
    e = read_subsections(t_, e, false, sub);
    if (!sub.empty()) c.subsections.push_back(sub);
    c.end = e;
    out_.push_back(std::move(c));
    end = e;
    // "Fed. R. Civ. P. 12(b)(1) and 12(b)(6)" / "Rules 26 and 37".
    std::size_t q = read_list_separator(t_, e);
    if (q == e || q >= t_.size() || !is_digit(t_[q])) break;
    start = p = q;
  }
  if (end != 0) last_rule_set_ = &set;
  return end;
}

// "Fed. R. Civ. P. 24", "Fed.R.Civ.P. 59(e)", "Fed. R. Evid. 702".
std::size_t StatuteScanner::federal_rule(std::size_t token_start, std::size_t token_end) {
  (void)token_end;
  std::string letters;
  std::size_t p = token_start;
  std::size_t limit = std::min(t_.size(), token_start + 24);
  std::size_t after_abbrev = 0;
  while (p < limit) {
    char c = t_[p];
    if (is_alpha(c)) {
      letters.push_back(c);
      ++p;
    } else if (c == '.' || c == ' ') {
      ++p;
      // "Fed. R. Civ. P. 24", and PACER's "Fed R Bank P 5009" without periods.
      for (const RuleSet& set : kRuleSets) {
        if (names_set(letters, set) && (c == '.' || (p < t_.size() && is_digit(t_[p])))) after_abbrev = p;
      }
    } else {
      break;
    }
    if (p < t_.size() && is_digit(t_[p])) break;
  }
  if (after_abbrev == 0) return 0;
  std::string_view found(letters);
  for (const RuleSet& set : kRuleSets) {
    if (!names_set(found.substr(0, std::min(found.size(), set.abbreviation.size())), set) && !names_set(found, set))
      continue;
    std::size_t q = skip_space(t_, after_abbrev);
    if (q == after_abbrev && !(q < t_.size() && is_digit(t_[q]))) return 0;
    return rule_number(token_start, q, set, Form::full);
  }
  return 0;
}

// "FRAP 12(a), 32(a)", "FRCP 56": the sets' acronyms, always with a number.
std::size_t StatuteScanner::rule_acronym(std::size_t token_start, std::size_t token_end) {
  if (!at(t_, token_end, " ") || token_end + 1 >= t_.size() || !is_digit(t_[token_end + 1])) return 0;
  std::string_view w = t_.substr(token_start, token_end - token_start);
  for (const RuleSet& set : kRuleSets) {
    if (w == set.acronym) return rule_number(token_start, token_end + 1, set, Form::full);
  }
  return 0;
}

// "Loc. R. 27.1", "Loc.R. 27.1", "Local Rule 36.2(b)": the court's own rules.
// ("L.R. 1487" is mostly the American Law Reports: not read.)
std::size_t StatuteScanner::local_rule(std::size_t token_start, std::size_t token_end) {
  std::size_t p = token_end;
  std::string_view w = t_.substr(token_start, token_end - token_start);
  if (w == "Loc." && at(t_, p, " R. ")) {
    p += 4;
  } else if (w == "Loc.R." && at(t_, p, " ")) {
    p += 1;
  } else if (w == "Local" && at(t_, p, " Rule ")) {
    p += 6;
  } else {
    return 0;
  }
  if (p >= t_.size() || !is_digit(t_[p])) return 0;
  const RuleSet* before = last_rule_set_;
  std::size_t end = rule_number(token_start, p, kLocalRules, Form::full);
  last_rule_set_ = before;  // a later bare "Rule 12" is not a local rule
  return end;
}

// "Federal Rule of Civil Procedure 24(a)", "Federal Rules of Evidence 702".
std::size_t StatuteScanner::federal_rule_in_words(std::size_t token_start, std::size_t token_end) {
  std::size_t p = token_end;
  if (at(t_, p, " Rules of ")) {
    p += 10;
  } else if (at(t_, p, " Rule of ")) {
    p += 9;
  } else {
    return 0;
  }
  for (const RuleSet& set : kRuleSets) {
    if (!at(t_, p, set.in_words)) continue;
    std::size_t q = p + set.in_words.size();
    if (q < t_.size() && t_[q] == ' ' && q + 1 < t_.size() && is_digit(t_[q + 1]))
      return rule_number(token_start, q + 1, set, Form::full);
    // "the Federal Rules of Civil Procedure": the set is in focus, no rule yet.
    last_rule_set_ = &set;
    return 0;
  }
  return 0;
}

// "Rule 12(b)(6)" after the document cited a set of federal rules; not "Rule
// 2(C) of the Court's Emergency Rules" (a rule of something else).
std::size_t StatuteScanner::short_rule(std::size_t token_start, std::size_t token_end) {
  if (!at(t_, token_end, " ")) return 0;
  std::size_t q = token_end + 1;
  std::size_t e = read_rule_number(t_, q);
  if (e == q) return 0;
  std::string sub;
  e = read_subsections(t_, e, false, sub);
  // "Rule 26(a)(1) of the Federal Rules of Civil Procedure": the set follows.
  for (std::string_view of : {std::string_view(" of the Federal Rules of "), std::string_view(" of the Federal Rule of ")}) {
    if (!at(t_, e, of)) continue;
    for (const RuleSet& set : kRuleSets) {
      if (!at(t_, e + of.size(), set.in_words)) continue;
      std::size_t before = out_.size();
      std::size_t end = rule_number(token_start, q, set, Form::full);
      if (end == 0 || out_.size() != before + 1) return end;
      out_.back().end = e + of.size() + set.in_words.size();
      return out_.back().end;
    }
  }
  if (last_rule_set_ == nullptr) return 0;
  if (at(t_, e, " of ") && !at(t_, e, " of the Federal Rules of ")) return 0;
  return rule_number(token_start, q, *last_rule_set_, Form::short_form);
}

}  // namespace lexgraph::statutes
