#include "extract/citations/later_forms.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <unordered_map>

#include "extract/citations/blockers.h"
#include "extract/citations/text_scan.h"

namespace lexgraph::citations {

namespace {

constexpr std::size_t kMaxReferenceWords = 4;
constexpr std::size_t kMaxSupraLookback = 2000;    // earlier cases compared with a "supra" name
constexpr std::size_t kMaxGroupsPerWord = 64;      // cases sharing a first word, for references

// Words too common to name a case on their own ("In National, ...").
bool is_common_word(std::string_view w) {
  static const WordSet kWords{
      "Act", "Administration", "Agency", "Alabama", "Alaska", "Amendment", "America", "American",
      "Application", "Arizona", "Arkansas", "Article", "Association", "Attorney", "Baltimore", "Bank",
      "Board", "Boston", "Britain", "Bureau", "California", "Canada", "Carolina", "Center", "Chicago",
      "Chief", "China", "Circuit", "City", "Co", "College", "Colorado", "Columbia", "Commission",
      "Commissioner", "Committee", "Commonwealth", "Company", "Congress", "Connecticut", "Constitution",
      "Corp", "Council", "County", "Court", "Cuba", "Dakota", "Delaware", "Department", "Detroit",
      "Director", "District", "Doe", "England", "Estate", "Ex", "Federal", "First", "Florida", "France",
      "Fund", "General", "Georgia", "Germany", "Government", "Group", "Guam", "Hampshire", "Hawaii",
      "Health", "Holdings", "Idaho", "Illinois", "In", "Inc", "Indiana", "Insurance", "International",
      "Iowa", "Iran", "Iraq", "Israel", "Japan", "Jersey", "Johnson", "Judge", "Justice", "Kansas",
      "Kentucky", "Life", "Louisiana", "Maine", "Maryland", "Massachusetts", "Matter", "Mexico", "Michigan",
      "Minnesota", "Mississippi", "Missouri", "Montana", "Mutual", "National", "Nebraska", "Nevada", "New",
      "North", "Office", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "People", "Petition", "Philadelphia",
      "Puerto", "Rhode", "Richmond", "Rico", "Roe", "Russia", "School", "Secretary", "Section", "Securities",
      "Service", "Services", "Smith", "South", "State", "States", "Supreme", "Tennessee", "Texas", "The",
      "Title", "Trust", "Union", "United", "University", "Utah", "Vermont", "Virginia", "Washington", "West",
      "Wisconsin", "Wyoming", "York", "in Maine,"};
  return kWords.contains(w);
}

struct CaseEvent {
  std::size_t start;
  std::size_t tail_end;
  int group;  // -1: a case cited without a known entity
};

// The first page of every citation of a group, to check a pin against.
bool pin_fits(const CitationGroup& g, const std::string& pin) {
  if (pin.empty() || !is_digit(pin[0])) return true;  // "*4", "¶ 12", none
  int p = 0;
  for (std::size_t i = 0; i < pin.size() && is_digit(pin[i]) && p < 10000000; ++i) p = p * 10 + (pin[i] - '0');
  for (const auto& c : g.cites) {
    if (c.core.page.empty()) return true;
    int first = 0;
    for (char ch : c.core.page) first = first * 10 + (ch - '0');
    if (p >= first) return true;
  }
  return false;
}

// Words of a name, as written: "Loper Bright Enterprises" -> 3 words.
std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    std::size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// The party a case is called by: the plaintiff, or the defendant when the
// plaintiff is the government ("United States v. Jackson" is "Jackson").
std::string_view calling_party(const CitationGroup& g) {
  if (!g.name.plaintiff.empty() && !is_generic_party(g.name.plaintiff)) return g.name.plaintiff;
  return g.name.defendant;
}

class Pass {
 public:
  Pass(std::string_view t, const FirstPass& first) : t_(t), first_(first) {
    starts_citation_ = [this](std::size_t p) {
      CiteCore core;
      return volume_may_start(t_, p) && parse_core(ReporterTable::standard(), t_, p, core);
    };
    for (const auto& g : first.groups) occupied_.insert({g.start, g.end});
    keys_.resize(first.groups.size());
    for (const auto& s : first.shorts) occupied_.insert({s.start, s.end});
  }

  std::vector<LaterForm> run() {
    find_references();
    std::vector<std::pair<std::size_t, int>> items;  // position, kind: 0 case event, 1 id, 2 supra
    std::vector<CaseEvent> events;
    for (std::size_t gi = 0; gi < first_.groups.size(); ++gi) {
      const auto& g = first_.groups[gi];
      // A repeat of an earlier case's parallel citation stands for that case.
      int root = g.same_as >= 0 ? g.same_as : static_cast<int>(gi);
      events.push_back({g.start, g.tail_end, g.entity.empty() ? -1 : root});
    }
    for (const auto& s : first_.shorts) {
      int target = s.target >= 0 && !first_.groups[static_cast<std::size_t>(s.target)].entity.empty() ? s.target : -1;
      events.push_back({s.start, s.tail_end, target});
    }
    for (const auto& r : out_) events.push_back({r.start, r.end, r.group});
    std::sort(events.begin(), events.end(), [](const CaseEvent& a, const CaseEvent& b) { return a.start < b.start; });

    std::vector<std::size_t> ids, supras;
    find_candidates(ids, supras);
    std::size_t ei = 0, ii = 0, si = 0;
    int last = -1;  // group of the case cited last
    bool any_case = false;
    Blockers blockers;
    std::size_t scanned = 0;
    // Citations inside an explanatory parenthetical ("(quoting X, 417 F.3d at
    // 150)") are not what a later "Id." points to.
    std::size_t nested_until = 0;
    while (true) {
      std::size_t pe = ei < events.size() ? events[ei].start : t_.size() + 1;
      std::size_t pi = ii < ids.size() ? ids[ii] : t_.size() + 1;
      std::size_t ps = si < supras.size() ? supras[si] : t_.size() + 1;
      std::size_t p = std::min({pe, pi, ps});
      if (p > t_.size()) break;
      if (p == pe) {
        const CaseEvent& e = events[ei++];
        if (e.start < nested_until) continue;
        last = e.group;
        any_case = true;
        blockers.clear();
        scanned = std::max(scanned, e.tail_end);
        nested_until = e.tail_end;
        continue;
      }
      if (scanned < p) {
        scan_blockers(t_, scanned, p, blockers);
        scanned = p;
      }
      if (p == pi) {
        ++ii;
        handle_id(p, last, any_case, blockers, scanned);
        nested_until = std::max(nested_until, scanned);
      } else {
        ++si;
        int g = handle_supra(p, scanned);
        if (g == -2) {
          blockers.strong = true;  // "supra note 4": a secondary source
        } else if (g >= 0) {
          last = g;
          any_case = true;
          blockers.clear();
        }
      }
    }
    std::sort(out_.begin(), out_.end(), [](const LaterForm& a, const LaterForm& b) { return a.start < b.start; });
    return std::move(out_);
  }

 private:
  bool is_occupied(std::size_t b, std::size_t e) const {
    auto it = occupied_.upper_bound(std::make_pair(b, static_cast<std::size_t>(-1)));
    if (it != occupied_.end() && it->first < e) return true;
    if (it != occupied_.begin() && std::prev(it)->second > b) return true;
    return false;
  }

  void find_candidates(std::vector<std::size_t>& ids, std::vector<std::size_t>& supras) const {
    // "Id." / "id." / "Ibid." / "ibid." all end in "d."; "supra" is a word.
    for (std::size_t i = find_pair(t_, 0, 'd', '.'); i != std::string_view::npos; i = find_pair(t_, i + 2, 'd', '.')) {
      std::size_t b = std::string_view::npos;
      if (i >= 1 && (t_[i - 1] == 'I' || t_[i - 1] == 'i')) b = i - 1;
      if (i >= 3 && (t_.substr(i - 3, 3) == "Ibi" || t_.substr(i - 3, 3) == "ibi")) b = i - 3;
      if (b == std::string_view::npos) continue;
      if (b > 0 && (is_alpha(t_[b - 1]) || t_[b - 1] == '.' || static_cast<unsigned char>(t_[b - 1]) >= 0x80)) continue;
      if (!is_occupied(b, i + 2)) ids.push_back(b);
    }
    for (std::size_t s = find_pair(t_, 0, 's', 'u'); s != std::string_view::npos; s = find_pair(t_, s + 2, 's', 'u')) {
      if (t_.substr(s, 5) == "supra" && word_starts_at(t_, s) && word_ends_at(t_, s + 5) && !is_occupied(s, s + 5))
        supras.push_back(s);
    }
  }

  void handle_id(std::size_t b, int last, bool any_case, const Blockers& blockers, std::size_t& scanned) {
    std::size_t e = t_.find('.', b) + 1;
    std::size_t j = e;
    if (at(t_, j) == ',') ++j;
    j = skip_spaces(t_, j, 2);
    scanned = std::max(scanned, e);
    if (starts_with(t_, j, "\xC2\xA7") || starts_with(t_, j, "at \xC2\xA7") || starts_with(t_, j, "art.") ||
        starts_with(t_, j, "amend.") || starts_with(t_, j, "cl."))
      return;  // "Id. § 6103(b)": a statute's id
    LaterForm f;
    f.form = "id";
    f.start = b;
    f.end = e;
    bool at_page = starts_with(t_, j, "at ") || starts_with(t_, j, "at\n");
    std::string pin;
    std::size_t pe = parse_pin(t_, j, pin, starts_citation_);
    if (pe > j) {
      // A bare number after "Id." is a pin only when punctuation closes it.
      char c = at(t_, pe);
      if (at_page || starts_with(t_, j, "\xC2\xB6") || c == '.' || c == ',' || c == ';' || c == ')' || c == '\n' ||
          pe == t_.size()) {
        f.pin = pin;
        f.end = pe;
      }
    }
    scanned = std::max(scanned, f.end);
    std::size_t pb = skip_spaces(t_, f.end, 2);
    std::size_t pend = parenthetical_end(t_, pb);
    if (pend > pb && t_[pb] == '(') {
      f.parenthetical = squeeze_spaces(t_.substr(pb + 1, pend - pb - 2));
      scanned = std::max(scanned, pend);
    }
    if (!any_case || last < 0) return;
    if (blockers.strong || (blockers.section && !at_page)) return;
    // "Id. at 237" after a case reported from page 1238 is some other source's.
    if (!pin_fits(first_.groups[static_cast<std::size_t>(last)], f.pin)) return;
    f.group = last;
    out_.push_back(std::move(f));
  }

  // Returns the group resolved, -1 when none, -2 for a "supra note".
  int handle_supra(std::size_t s, std::size_t& scanned) {
    std::size_t e = s + 5;
    std::size_t j = e;
    if (at(t_, j) == ',') ++j;
    j = skip_spaces(t_, j, 2);
    if (starts_with(t_, j, "note") || starts_with(t_, j, "n.")) return -2;
    // "See note 24, supra.": a cross-reference to a footnote, not a case.
    std::size_t before = skip_spaces_back(t_, s, 2);
    if (before > 0 && t_[before - 1] == ',') {
      std::size_t d = skip_spaces_back(t_, before - 1, 2), b = d;
      while (b > 0 && is_digit(t_[b - 1])) --b;
      std::size_t w = skip_spaces_back(t_, b, 2);
      if (b < d && w >= 4 && (t_.substr(w - 4, 4) == "note" || t_.substr(w - 2, 2) == "n.")) return -2;
    }
    CaseName a = find_antecedent(t_, s, s > 120 ? s - 120 : 0);
    if (!a.found) return -1;
    int found = -1;
    NameKeys ak = keys_of(a);
    std::size_t tried = 0;
    for (std::size_t gi = first_.groups.size(); gi-- > 0 && tried < kMaxSupraLookback; ++tried) {
      const auto& g = first_.groups[gi];
      if (g.end > a.start || g.entity.empty()) continue;
      if (names_case(ak, group_keys(gi))) {
        found = static_cast<int>(gi);
        break;
      }
    }
    if (found < 0) return -1;
    LaterForm f;
    f.form = "supra";
    f.start = a.start;
    f.end = e;
    f.antecedent = a.full;
    std::string pin;
    std::size_t pe = parse_pin(t_, j, pin, starts_citation_);
    if (pe > j && starts_with(t_, j, "at")) {
      f.pin = pin;
      f.end = pe;
    }
    std::size_t pb = skip_spaces(t_, f.end, 2);
    std::size_t pend = parenthetical_end(t_, pb);
    if (pend > pb && t_[pb] == '(') f.parenthetical = squeeze_spaces(t_.substr(pb + 1, pend - pb - 2));
    if (is_occupied(f.start, f.end)) return -1;
    scanned = std::max(scanned, f.end);
    f.group = found;
    out_.push_back(std::move(f));
    return found;
  }

  // "In Loper Bright, the Court ..." / "Amick at 795": a case called by its
  // party name after its full citation. Conservative: the name must begin
  // one cited case's party and no other's, and be framed as a reference.
  void find_references() {
    std::unordered_map<std::string_view, std::vector<int>> by_first_word;
    party_words_.assign(first_.groups.size(), {});
    for (std::size_t gi = 0; gi < first_.groups.size(); ++gi) {
      const auto& g = first_.groups[gi];
      if (!g.name.found || g.entity.empty()) continue;
      party_words_[gi] = words_of(calling_party(g));
      const auto& words = party_words_[gi];
      if (words.empty() || words[0].size() < 3 || !is_upper(words[0][0])) continue;
      auto& list = by_first_word[words[0]];
      if (list.size() < kMaxGroupsPerWord) list.push_back(static_cast<int>(gi));
    }
    if (by_first_word.empty()) return;
    // A cheap filter before the hash lookup: the lengths of the words that
    // begin with each letter (longer words than the mask holds always pass).
    std::uint64_t lengths_by_letter[256] = {};
    for (const auto& [word, groups] : by_first_word) {
      lengths_by_letter[static_cast<unsigned char>(word[0])] |= word.size() < 64 ? 1ULL << word.size() : 1ULL << 63;
    }
    for (std::size_t i = find_upper(t_, 0); i < t_.size(); i = find_upper(t_, i + 1)) {
      const std::uint64_t lengths = lengths_by_letter[static_cast<unsigned char>(t_[i])];
      if (lengths == 0 || !word_starts_at(t_, i)) continue;
      std::size_t we = i;
      while (we < t_.size() && (is_alpha(t_[we]) || t_[we] == '\'' || t_[we] == '-')) ++we;
      const std::size_t len = we - i;
      if ((lengths >> std::min<std::size_t>(len, 63)) & 1) {
        auto it = by_first_word.find(t_.substr(i, len));
        if (it != by_first_word.end()) try_reference(i, it->second);
      }
      i = we > i ? we - 1 : i;
    }
  }

  void try_reference(std::size_t s, const std::vector<int>& groups) {
    // The distinct cases this name could mean, among those cited before it.
    int chosen = -1;
    std::size_t best_end = 0;
    std::string chosen_key;
    for (int gi : groups) {
      const auto& g = first_.groups[static_cast<std::size_t>(gi)];
      if (g.end > s) continue;
      const auto& words = party_words_[static_cast<std::size_t>(gi)];
      // Match 1..kMaxReferenceWords words of the party name.
      std::size_t p = s, end = 0, matched = 0;
      for (std::size_t w = 0; w < words.size() && w < kMaxReferenceWords; ++w) {
        std::string_view word = words[w];
        if (word.back() == '.') word.remove_suffix(1);
        if (!starts_with(t_, p, word) || is_alpha(at(t_, p + word.size()))) break;
        end = p + word.size();
        if (words[w].back() == '.' && at(t_, end) == '.') ++end;  // "Co."
        ++matched;
        if (at(t_, end) != ' ') break;
        p = end + 1;
      }
      if (matched == 0) continue;
      if (matched == 1 && is_common_word(words[0])) continue;
      if (chosen >= 0 && first_.groups[static_cast<std::size_t>(chosen)].entity != g.entity)
        return;  // two different cases share the name
      if (chosen < 0 || end > best_end) {
        chosen = gi;
        best_end = end;
      }
    }
    if (chosen < 0) return;
    std::size_t e = best_end;
    // Framing: "In Name," / "in Name." or "Name at 795" / "Name, at 795".
    std::size_t before = skip_spaces_back(t_, s, 2);
    bool after_in = before >= 2 && (t_.substr(before - 2, 2) == "In" || t_.substr(before - 2, 2) == "in") &&
                    (before == 2 || !is_alpha(t_[before - 3])) && before < s;
    char next = at(t_, e);
    std::size_t k = skip_spaces(t_, e + (next == ',' ? 1 : 0), 2);
    bool at_pin = starts_with(t_, k, "at ") && (is_digit(at(t_, k + 3)) || at(t_, k + 3) == '*');
    if (starts_with(t_, skip_spaces(t_, e, 2), "v.") || starts_with(t_, skip_spaces(t_, e, 2), "v ")) return;  // a name in full
    if (!(at_pin || (after_in && (next == ',' || next == '.' || next == ';' || next == ')')))) return;
    LaterForm f;
    f.form = "reference";
    f.start = s;
    f.end = e;
    if (at_pin) {
      std::string pin;
      std::size_t pe = parse_pin(t_, k, pin, starts_citation_);
      if (pe > k) {
        f.pin = pin;
        f.end = pe;
      }
    }
    if (is_occupied(f.start, f.end)) return;
    f.antecedent = squeeze_spaces(t_.substr(s, e - s));
    f.group = chosen;
    out_.push_back(std::move(f));
    occupied_.insert({out_.back().start, out_.back().end});
  }

  std::string_view t_;
  const FirstPass& first_;
  std::function<bool(std::size_t)> starts_citation_;
  // Per group, its name keys, made when a "supra" first asks: most
  // documents have few supras and many groups.
  const NameKeys& group_keys(std::size_t gi) {
    if (!keys_[gi]) keys_[gi] = keys_of(first_.groups[gi].name);
    return *keys_[gi];
  }
  std::vector<std::optional<NameKeys>> keys_;  // per group
  // Per group, the words of the party it is called by (find_references).
  std::vector<std::vector<std::string_view>> party_words_;
  std::set<std::pair<std::size_t, std::size_t>> occupied_;  // spans of case mentions
  std::vector<LaterForm> out_;
};

}  // namespace

std::vector<LaterForm> find_later_forms(std::string_view text, const FirstPass& first) {
  return Pass(text, first).run();
}

}  // namespace lexgraph::citations
