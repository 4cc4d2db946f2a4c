#include "extract/citations/citation_groups.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <unordered_map>

#include "extract/citations/court_table.h"
#include "extract/citations/text_scan.h"

namespace lexgraph::citations {

namespace {

constexpr std::size_t kMaxSameVolume = 256;  // earlier cases of one volume a short form is compared with

// Which of a case's parallel citations names it (lower wins): the United
// States Reports, then a state's official reports, then the other
// printed reporters, then neutral, Westlaw and LEXIS numbers.
int official_rank(const Reporter& r) {
  if (r.slug == "us") return 0;
  if (r.cite_type == "state" || r.cite_type == "state_early" || r.cite_type == "scotus_early") return 1;
  if (r.cite_type == "federal" || r.cite_type == "regional" || r.cite_type == "specialty") return 2;
  if (r.cite_type == "neutral" || r.cite_type == "reporter_first") return 3;
  return 4;
}

// "TN Wrk. Comp. App. Bd. LEXIS" -> "tnwrkcompappbdlexis"
std::string database_slug(std::string_view written) {
  std::string slug;
  for (char c : written) {
    if (is_upper(c)) slug.push_back(static_cast<char>(c - 'A' + 'a'));
    else if (is_lower(c) || is_digit(c)) slug.push_back(c);
  }
  return slug;
}

std::string strip_zeros(std::string_view digits) {
  std::size_t i = 0;
  while (i + 1 < digits.size() && digits[i] == '0') ++i;
  return std::string(digits.substr(i));
}

int to_int(std::string_view digits) {
  int v = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), v);
  return v;
}

bool is_flag(std::string_view inside, CitationGroup& g) {
  std::string s = squeeze_spaces(inside);
  for (char& c : s)
    if (is_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  if (s == "en banc") return g.en_banc = true;
  if (s == "per curiam") return g.per_curiam = true;
  return s == "plurality opinion" || s == "mem." || s == "mem" || s == "table" || s == "unpublished" ||
         s == "unpublished table decision" || s == "table decision" || s == "order";
}

class Scanner {
 public:
  Scanner(const ExtractionContext& ctx, const ReporterTable& reporters)
      : ctx_(ctx), t_(ctx.text), reporters_(reporters) {}

  FirstPass run() {
    std::size_t i = 0;
    const std::size_t n = t_.size();
    while (i < n) {
      i = find_digit(t_, i);
      if (i >= n) break;
      if (!volume_may_start(t_, i)) {
        i = scan_digits(t_, i);
        continue;
      }
      CiteCore core;
      if (!parse_core(reporters_, t_, i, core) && !parse_reporter_first(reporters_, t_, i, core)) {
        i = scan_digits(t_, i);
        continue;
      }
      i = core.is_short ? add_short(core) : add_group(core);
    }
    return std::move(out_);
  }

 private:
  // The series of a reporter without its edition: "F. Supp. 2d" and
  // "F. Supp. 3d" are one series, "L. Ed." and "L. Ed. 2d" another.
  std::string_view series(int row) const {
    std::string_view slug = reporters_.reporter(row).slug;
    for (std::string_view edition : {"2d", "3d", "4th", "5th"}) {
      if (slug.size() > edition.size() && slug.substr(slug.size() - edition.size()) == edition)
        return slug.substr(0, slug.size() - edition.size());
    }
    return slug;
  }

  bool full_cite_at(std::size_t p, CiteCore& core) const {
    return volume_may_start(t_, p) && parse_core(reporters_, t_, p, core) && !core.is_short;
  }

  // Pin cites and parallel citations after `c`, appended to `cites`.
  std::size_t parse_parallels(FullCite first, std::vector<FullCite>& cites) {
    FullCite cur = first;
    std::size_t p = cur.core.end;
    auto starts_citation = [&](std::size_t q) {
      CiteCore other;
      return full_cite_at(q, other);
    };
    while (cites.size() < 8) {
      if (at(t_, p) != ',') break;
      std::size_t r = skip_spaces(t_, p + 1, 3, true);
      CiteCore next;
      if (is_digit(at(t_, r)) && full_cite_at(r, next)) {
        // Parallel citations come from different reporters; a second cite in
        // a series already cited ("163 F. Supp. 184, 177 F. Supp. 803") is
        // another decision.
        bool repeats = series(next.reporter) == series(cur.core.reporter);
        for (const auto& c : cites) repeats = repeats || series(next.reporter) == series(c.core.reporter);
        if (repeats) break;
        cur.end = p;
        cites.push_back(cur);
        cur = FullCite{};
        cur.core = next;
        cur.end = next.end;
        p = next.end;
        continue;
      }
      if (!cur.pin.empty()) break;
      std::string pin;
      std::size_t e = parse_pin(t_, r, pin, starts_citation);
      if (e == r) break;
      cur.pin = pin;
      cur.end = e;
      p = e;
    }
    cur.end = std::max(cur.end, cur.core.end);
    cites.push_back(cur);
    return p;
  }

  std::size_t add_group(const CiteCore& core) {
    CitationGroup g;
    FullCite first;
    first.core = core;
    first.end = core.end;
    std::size_t p = parse_parallels(first, g.cites);
    std::size_t bracket_end = 0;  // inside "(... 92 SC 2726, 33 LE2d 346)"

    // "(92 SC 2726, 33 LE2d 346)" or "[92 Cal.Rptr.3d 784]": parallels in brackets.
    std::size_t q = skip_spaces(t_, p, 2);
    if ((at(t_, q) == '(' || at(t_, q) == '[') && is_digit(at(t_, q + 1))) {
      CiteCore inner;
      if (full_cite_at(q + 1, inner)) {
        std::vector<FullCite> extra;
        FullCite f;
        f.core = inner;
        f.end = inner.end;
        std::size_t e = parse_parallels(f, extra);
        char close = at(t_, q) == '(' ? ')' : ']';
        if (at(t_, e) == close) {
          g.cites.insert(g.cites.end(), extra.begin(), extra.end());
          p = e + 1;
          bracket_end = e;
        }
      }
    }

    g.end = bracket_end ? bracket_end : p;
    g.tail_end = p;
    bool have_year = false;
    for (int k = 0; k < 4; ++k) {
      std::size_t s = skip_spaces(t_, p, 2);
      std::size_t e = parenthetical_end(t_, s);
      if (e == s) break;
      std::string_view inside = t_.substr(s + 1, e - s - 2);
      CourtYear cy;
      if (!have_year && g.parenthetical.empty() && parse_court_year(inside, cy)) {
        have_year = true;
        g.court_year = cy;
        p = g.end = g.tail_end = e;
        continue;
      }
      if (g.parenthetical.empty() && is_flag(inside, g)) {
        p = g.end = g.tail_end = e;
        continue;
      }
      if (t_[s] == '(' && g.parenthetical.empty()) {
        g.parenthetical = squeeze_spaces(inside);
        g.tail_end = e;
      }
      break;
    }

    std::size_t floor = std::max(name_floor(ctx_.segments, t_, core.start), last_end_);
    g.name = find_case_name(t_, core.start, floor);
    g.start = g.name.found ? g.name.start : core.start;
    if (g.court_year.year == 0 && g.name.year > 0) g.court_year.year = g.name.year;
    std::string court = g.court_year.court.empty() ? g.name.court : g.court_year.court;
    if (!court.empty()) g.court_id = CourtTable::standard().lookup(court);
    if (g.court_id.empty()) g.court_id = reporters_.reporter(core.reporter).court;
    // The case is named by its official citation whichever parallel comes
    // first, so that documents citing "129 S. Ct. 2294, 557 U.S. 305" and
    // "557 U.S. 305" agree on one entity across the database.
    int best_rank = 1 << 30;
    for (auto& c : g.cites) {
      c.id = citation_id(reporters_, c.core);
      const int rank = official_rank(reporters_.reporter(c.core.reporter));
      if (!c.id.empty() && rank < best_rank) {
        best_rank = rank;
        g.entity = c.id;
      }
    }
    // A citation already seen among an earlier case's parallel citations is
    // that case, whichever of its reporters comes first this time.
    for (const auto& c : g.cites) {
      auto it = seen_.find(c.id);
      if (c.id.empty() || it == seen_.end()) continue;
      g.same_as = it->second;
      g.entity = out_.groups[static_cast<std::size_t>(it->second)].entity;
      break;
    }
    for (const auto& c : g.cites)
      if (!c.id.empty()) seen_.emplace(c.id, g.same_as >= 0 ? g.same_as : static_cast<int>(out_.groups.size()));
    last_end_ = g.end;
    out_.groups.push_back(std::move(g));
    index_group(static_cast<int>(out_.groups.size()) - 1);
    // Go on right after the court/year parenthetical: an explanatory
    // parenthetical may hold citations of its own.
    return std::max(out_.groups.back().end, bracket_end ? bracket_end + 1 : 0);
  }

  std::size_t add_short(const CiteCore& core) {
    ShortCite s;
    s.core = core;
    std::size_t floor = std::max(name_floor(ctx_.segments, t_, core.start), last_end_);
    s.antecedent = find_antecedent(t_, core.start, floor);
    s.start = s.antecedent.found ? s.antecedent.start : core.start;
    s.end = s.tail_end = core.end;
    std::size_t b = skip_spaces(t_, core.end, 2);
    std::size_t e = parenthetical_end(t_, b);
    if (e > b && t_[b] == '(') {
      CourtYear cy;
      std::string_view inside = t_.substr(b + 1, e - b - 2);
      if (!parse_court_year(inside, cy)) s.parenthetical = squeeze_spaces(inside);
      s.tail_end = e;
    }
    s.target = resolve(core);
    // "Later, 531 U.S., at 99": a capitalised word that does not name the
    // case it points to is not its antecedent.
    if (s.antecedent.found && s.target >= 0 &&
        !names_case(s.antecedent, out_.groups[static_cast<std::size_t>(s.target)].name)) {
      s.antecedent = CaseName{};
      s.start = core.start;
    }
    last_end_ = s.end;
    out_.shorts.push_back(std::move(s));
    return core.end;
  }

  // Series and volume of a citation as one number: the reporter row, or
  // the official series' row for a nominative report ("1 Cranch" is
  // "5 U.S."), and the volume.
  std::uint64_t volume_key(const CiteCore& core) const {
    const Reporter& r = reporters_.reporter(core.reporter);
    int volume = to_int(core.volume);
    int row = core.reporter;
    if (r.official >= 0) {
      row = r.official;
      volume += r.official_offset;
    }
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(row)) << 32) | static_cast<std::uint32_t>(volume);
  }

  void index_group(int gi) {
    for (const auto& c : out_.groups[static_cast<std::size_t>(gi)].cites) by_volume_[volume_key(c.core)].push_back(gi);
  }

  // The earlier full citation a short form points to: same reporter series
  // and volume; of several, the one with the greatest first page not after
  // the pin, else the latest.
  int resolve(const CiteCore& core) const {
    auto it = by_volume_.find(volume_key(core));
    if (it == by_volume_.end()) return -1;
    int pin = 0;
    std::size_t d = 0;
    while (d < core.pin.size() && !is_digit(core.pin[d])) ++d;
    std::size_t de = scan_digits(core.pin, d);
    if (de > d) pin = to_int(std::string_view(core.pin).substr(d, de - d));
    std::uint64_t key = volume_key(core);
    int best = -1, best_page = -1, latest = -1;
    const auto& candidates = it->second;
    std::size_t from = candidates.size() > kMaxSameVolume ? candidates.size() - kMaxSameVolume : 0;
    for (std::size_t k = from; k < candidates.size(); ++k) {
      int gi = candidates[k];
      for (const auto& c : out_.groups[static_cast<std::size_t>(gi)].cites) {
        if (volume_key(c.core) != key) continue;
        latest = gi;
        int page = c.core.page.empty() ? -1 : to_int(c.core.page);
        if (page >= 0 && page <= pin && page >= best_page) {
          best_page = page;
          best = gi;
        }
      }
    }
    return best >= 0 ? best : latest;
  }

  const ExtractionContext& ctx_;
  std::string_view t_;
  const ReporterTable& reporters_;
  FirstPass out_;
  std::size_t last_end_ = 0;
  std::unordered_map<std::string, int> seen_;  // citation id -> first group citing it
  std::unordered_map<std::uint64_t, std::vector<int>> by_volume_;  // volume_key -> groups
};

}  // namespace

std::size_t sentence_floor(const Segmentation& segments, std::size_t pos) {
  const auto& s = segments.sentences;
  auto it = std::upper_bound(s.begin(), s.end(), pos, [](std::size_t p, const Sentence& x) { return p < x.start; });
  if (it == s.begin()) return 0;
  return std::prev(it)->start;
}

namespace {

// Abbreviations that end a word of a party name, after which a sentence
// splitter may wrongly end a sentence ("Tobacco Growers' Co-op. Assn. v. ...").
bool is_name_abbreviation(std::string_view w) {
  static const std::string_view kWords[] = {
      "Co.", "Co-op.", "Coop.", "Assn.", "Ass'n.", "Inc.", "Corp.", "Bros.", "Ry.", "Mfg.", "Ins.", "Nat'l.",
      "Dept.", "Dep't.", "Bd.", "Comm'n.", "Ltd.", "Sav.", "Mut.", "Tel.", "Elec.", "Indus.", "Int'l.", "Am.",
      "Univ.", "Hosp.", "Ctr.", "Sys.", "Servs.", "Cos.", "Soc'y.", "Auth.", "Dist.", "Sch.", "Cnty.", "Cty.",
      "Gov't.", "Transp.", "Fin.", "Mgmt.", "Med.", "Prods.", "Equip.", "Inv.", "Sec.", "Envtl.", "Educ.",
      "Comm.", "Ass'n", "Tr.", "Admin.", "Adm'r.", "Bldg.", "Mkts.", "Pub.", "Util.", "Comms.", "Enters."};
  for (auto k : kWords)
    if (w == k) return true;
  // Dotted initials: "R.R.", "N.A.", "U.S.A." (but not a code: "U.S.C.").
  if (w.size() < 4 || w.size() > 8 || w == "U.S.C." || w == "C.F.R.") return false;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (!(i % 2 == 0 ? is_upper(w[i]) : w[i] == '.')) return false;
  return true;
}

}  // namespace

std::size_t name_floor(const Segmentation& segments, std::string_view text, std::size_t pos) {
  std::size_t floor = sentence_floor(segments, pos);
  for (int k = 0; k < 2 && floor > 0; ++k) {
    std::size_t e = skip_spaces_back(text, floor, 3);
    std::size_t b = e;
    while (b > 0 && !is_space(text[b - 1]) && e - b < 12) --b;
    if (!is_name_abbreviation(text.substr(b, e - b))) break;
    floor = sentence_floor(segments, b);
  }
  return floor;
}

FirstPass find_citations(const ExtractionContext& ctx, const ReporterTable& reporters) {
  return Scanner(ctx, reporters).run();
}

std::string citation_id(const ReporterTable& reporters, const CiteCore& core) {
  if (core.page.empty() || core.is_short) return "";
  const Reporter& r = reporters.reporter(core.reporter);
  std::string volume = strip_zeros(core.volume);
  std::string slug = r.slug;
  if (r.official >= 0) {
    volume = std::to_string(to_int(core.volume) + r.official_offset);
    slug = reporters.reporter(r.official).slug;
  }
  if (slug == "lexis") slug = database_slug(core.reporter_text);
  return "case:" + slug + "/" + volume + "/" + strip_zeros(core.page);
}

}  // namespace lexgraph::citations
