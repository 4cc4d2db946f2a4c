// State trial courts, named by their kind and their place: "the Court of
// Common Pleas of Philadelphia County", "the Superior Court of San Bernardino
// County", "the Mason County Circuit Court", "the Criminal Court of
// Baltimore City", "the Superior Court, Onslow County". No gazetteer can list the thousands of county courts, and
// Supreme Court and circuit opinions on state cases name the trial court
// that convicted or ruled first. A State's name places its own trial courts
// too: "the Maine Superior Court", "the Kentucky Circuit Court".

#include "extract/names/name_passes.h"

namespace lexgraph::names {

namespace {

// The word before "Court" that names a state trial court's kind.
bool is_trial_court_kind(std::string_view w) {
  for (std::string_view kind : {"Circuit", "Superior", "District", "County", "Chancery", "Probate", "Municipal",
                                "Criminal", "Juvenile", "Family", "Justice", "Magistrate", "Police", "City"})
    if (w == kind) return true;
  return false;
}

// The word that closes a place's name: "Cook County", "Baltimore City".
bool is_place_marker(std::string_view w) {
  return w == "County" || w == "Parish" || w == "City" || w == "Borough";
}

bool space_gap(std::string_view gap) { return gap == " " || gap == "\n"; }

// "8 U.S.C. § 1225. ...", "26 U.S.C. § 6103": a Code section's own text.
bool opens_with_code_citation(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && i < 4 && text[i] >= '0' && text[i] <= '9') ++i;
  return i > 0 && text.substr(i).starts_with(" U.S.C. \u00a7");
}

// A kind only a State's courts have, so that one capitalized word before it
// is a county's name ("Middlesex Superior Court"); not "Circuit" or
// "District" ("the Fifth Circuit Court", "the Federal District Court").
bool named_by_county(std::string_view kind) { return kind == "Superior" || kind == "Probate" || kind == "Chancery"; }

// A kind a State's name may place: not "District", since "the Maryland
// District Court" is as often the federal court sitting there.
bool placed_by_state(std::string_view kind) {
  return kind == "Superior" || kind == "Circuit" || kind == "Chancery" || kind == "Probate" || kind == "Juvenile" ||
         kind == "Family";
}

class LocalCourtFinder {
 public:
  explicit LocalCourtFinder(NameScan& scan) : scan_(scan), n_(scan.words.size()) {}

  // Before the gazetteer, which knows "Southern District of New York" as
  // today's district court and would take the old circuit court's words.
  void run_federal_circuit_courts() {
    for (std::uint32_t i : scan_.anchors.capitalized) federal_circuit_court_at(i);
  }

  void run() {
    std::size_t next_free = 0;
    // A statute by its kind, or plain text opening with its Code citation
    // ("8 U.S.C. § 1225. Inspection by immigration officers ..."), which no
    // header gives a kind.
    const bool code_text = scan_.ctx.doc.kind == "statute" || opens_with_code_citation(scan_.text);
    for (std::uint32_t i : scan_.anchors.capitalized) {
      if (i < next_free) continue;
      // New York's intermediate court, named by its kind alone: "affirmed
      // by the Appellate Division, 271 App. Div. 829".
      if (scan_.word(i) == "Division" && i > 0 && scan_.word(i - 1) == "Appellate" && space_gap(scan_.gap_before(i))) {
        if (emit_unlisted_court(scan_, i - 1, i, "state")) next_free = i + 1;
        continue;
      }
      // "Any United States district court within the jurisdiction of which
      // ...": the federal trial courts as a class, as statutes name them.
      // (A court named in full, "... District Court for the District of
      // Columbia", is the gazetteer's, found before. An opinion's "the United
      // States District Court" is most often the one below, unnamed.)
      if (code_text && scan_.word(i) == "United" && federal_trial_courts_at(i)) {
        next_free = i + 4;
        continue;
      }
      if (scan_.word(i) != "Court") continue;
      std::size_t first = i, last = i;
      bool common_pleas = i + 3 < n_ && words_are(i + 1, {"of", "Common", "Pleas"});
      // "the Delaware Court of Chancery", "the Court of Chancery": the kind
      // after "Court", and a court even where no place is named.
      const bool chancery = !common_pleas && i + 2 < n_ && words_are(i + 1, {"of", "Chancery"});
      // "the Surrogate's Court", "the Orphans' Court": New York's and
      // Pennsylvania's probate courts, a court even where no place is named
      // ("Recorder's Court" needs its city).
      const std::size_t possessive = possessive_kind_before(i);
      const bool probate = possessive < i && scan_.word(possessive) != "Recorder";
      if (common_pleas) last = i + 3;
      else if (chancery) last = i + 2;
      else if (possessive < i) first = possessive;
      else if (i == 0 || !is_trial_court_kind(scan_.word(i - 1)) || !space_gap(scan_.gap_before(i))) continue;
      else first = i - 1;
      // The place after the name: "of Philadelphia County", "for the County of Cook".
      std::size_t place_end = place_after(last);
      // The place before it: "Mason County Circuit Court", "Philadelphia County Court of Common Pleas".
      std::size_t place_start = place_before(first);
      if (place_start == first && !common_pleas && (chancery || placed_by_state(scan_.word(first)))) {
        place_start = state_before(scan_, first);
      }
      // Massachusetts names its trial courts by county without the word:
      // "the Middlesex Superior Court", "the Gwinnett Superior Court".
      if (place_start == first && !common_pleas && named_by_county(scan_.word(first)) && county_word_before(first)) {
        place_start = first - 1;
      }
      // "County Court" is the kind and the place's marker at once: "Westchester County Court".
      if (place_start == first && scan_.word(first) == "County" && !common_pleas) place_start = name_before(first);
      // "residents of King County, Washington, brought suit ... in the
      // Superior Court of that county": the county the text last named.
      if (place_end == last && place_start == first && !common_pleas && !chancery) {
        if (std::string county = county_referred_to(last); !county.empty()) {
          const std::string kind(scan_.word(first));
          if (emit_unlisted_court(scan_, first, last + 3, "state", kind + " Court of " + county)) next_free = last + 4;
          continue;
        }
      }
      bool placed = place_end > last || place_start < first;
      if (!placed && !common_pleas && !chancery && !probate) continue;
      const std::size_t kind_first = first, kind_last = last;
      if (place_end > last) last = place_end;
      first = place_start;
      if (emit_unlisted_court(scan_, first, last, "state")) {
        next_free = last + 1;
      } else if (probate && (first < kind_first || last > kind_last) &&
                 emit_unlisted_court(scan_, kind_first, kind_last, "state")) {
        // The place's words went to another mention ("New York" the
        // State): the court by its kind alone.
        next_free = kind_last + 1;
      }
    }
  }

 private:
  bool words_are(std::size_t from, std::initializer_list<std::string_view> expected) const {
    std::size_t k = from;
    for (std::string_view w : expected) {
      if (k >= n_ || scan_.word(k) != w || !space_gap(scan_.gap_before(k))) return false;
      ++k;
    }
    return true;
  }

  // The first word of "Surrogate's", "Recorder's" or "Orphans'" ending
  // just before word `i` ("Court"), which the word scan splits at the
  // apostrophe; `i` when none stands there.
  std::size_t possessive_kind_before(std::size_t i) const {
    if (i >= 2 && scan_.word(i - 1) == "s" && is_apostrophe(scan_.gap_before(i - 1)) &&
        space_gap(scan_.gap_before(i)) && (scan_.word(i - 2) == "Surrogate" || scan_.word(i - 2) == "Recorder"))
      return i - 2;
    if (i >= 1 && scan_.word(i - 1) == "Orphans" && scan_.gap_before(i).size() > 1 &&
        is_apostrophe(scan_.gap_before(i).substr(0, scan_.gap_before(i).size() - 1)) &&
        scan_.gap_before(i).back() == ' ')
      return i - 1;
    return i;
  }

  static bool is_apostrophe(std::string_view gap) { return gap == "'" || gap == "\u2019"; }

  // "of that county", "of said county" after word `last`: the county the
  // text names last within the few hundred bytes before ("King County");
  // "" when no such words follow or no county was named.
  std::string county_referred_to(std::size_t last) const {
    constexpr std::size_t kLookBack = 400;
    if (last + 3 >= n_ || !words_are(last + 1, {"of"})) return "";
    const std::string_view that = scan_.word(last + 2);
    if (!(that == "that" || that == "said" || that == "the") || !space_gap(scan_.gap_before(last + 3))) return "";
    if (scan_.word(last + 3) != "county" && scan_.word(last + 3) != "County") return "";
    if (that == "the" && scan_.word(last + 3) == "County") return "";  // "Court of the County of Cook": place_after's
    const std::size_t from = scan_.words[last].start > kLookBack ? scan_.words[last].start - kLookBack : 0;
    for (std::size_t k = last; k-- > 0 && scan_.words[k].start >= from;) {
      if (scan_.word(k) != "County" || k == 0 || !space_gap(scan_.gap_before(k))) continue;
      const std::size_t named = name_before(k);
      if (named == k) continue;
      return name_as_written(scan_.text.substr(scan_.words[named].start, scan_.words[k].end - scan_.words[named].start));
    }
    return "";
  }

  // One capitalized word before word `first` that can be a county's name:
  // not a determiner or a word describing the court ("The", "State").
  bool county_word_before(std::size_t first) const {
    if (first == 0 || !space_gap(scan_.gap_before(first))) return false;
    const std::string_view w = scan_.word(first - 1);
    if (!is_capitalized(w) || w.size() < 3 || w.back() == '.') return false;
    for (std::string_view not_county : {"The", "This", "That", "Said", "State", "Federal", "County", "City", "Country", "Local"})
      if (w == not_county) return false;
    return true;
  }

  // Up to three capitalised words ending at word `last - 1`: the name a
  // place marker closes; `last` when there is none.
  std::size_t name_before(std::size_t last) const {
    std::size_t first = last;
    while (first > 0 && last - first < 3 && space_gap(scan_.gap_before(first)) &&
           is_capitalized(scan_.word(first - 1)) && scan_.word(first - 1) != "The" &&
           !is_place_marker(scan_.word(first - 1)))
      --first;
    return first;
  }

  // "Mason County" ending just before word `first`; the place's first word,
  // or `first` when none stands there.
  std::size_t place_before(std::size_t first) const {
    if (first == 0 || !space_gap(scan_.gap_before(first)) || !is_place_marker(scan_.word(first - 1))) return first;
    std::size_t named = name_before(first - 1);
    return named < first - 1 ? named : first;
  }

  // "of Philadelphia County", "for the County of Cook", "of Baltimore City"
  // after word `last`; the place's last word, or `last` when none follows.
  std::size_t place_after(std::size_t last) const {
    std::size_t k = last + 1;
    // North Carolina's "in the Superior Court, Onslow County".
    if (k < n_ && scan_.gap_before(k) == ", ") {
      for (std::size_t j = k; j < n_ && j - k < 4 && (j == k || space_gap(scan_.gap_before(j))); ++j) {
        std::string_view w = scan_.word(j);
        if (!is_capitalized(w)) break;
        if (is_place_marker(w)) return j > k ? j : last;
      }
      return last;
    }
    if (k >= n_ || !space_gap(scan_.gap_before(k)) || !(scan_.word(k) == "of" || scan_.word(k) == "for"))
      return last;
    ++k;
    if (k < n_ && scan_.word(k) == "the" && space_gap(scan_.gap_before(k))) ++k;
    if (std::size_t district = judicial_district_at(k); district > last) return district;
    // "the Criminal Court for the District of Knox County": a State's
    // courts sitting by districts named for a county.
    if (k + 3 < n_ && scan_.word(k) == "District" && words_are(k + 1, {"of"})) {
      for (std::size_t j = k + 2; j < n_ && j - k < 6 && space_gap(scan_.gap_before(j)); ++j) {
        std::string_view w = scan_.word(j);
        if (!is_capitalized(w)) break;
        if (is_place_marker(w)) return j > k + 2 ? j : last;
      }
    }
    // "the County of Cook", "the County of New York"
    if (k + 2 < n_ && is_place_marker(scan_.word(k)) && words_are(k + 1, {"of"}) &&
        is_capitalized(scan_.word(k + 2)) && space_gap(scan_.gap_before(k + 2))) {
      std::size_t named = k + 2;
      while (named + 1 < n_ && named < k + 4 && scan_.gap_before(named + 1) == " " &&
             is_capitalized(scan_.word(named + 1)) && !is_place_marker(scan_.word(named + 1)))
        ++named;
      return named;
    }
    for (std::size_t j = k; j < n_ && j - k < 4 && space_gap(scan_.gap_before(j)); ++j) {
      std::string_view w = scan_.word(j);
      if (!is_capitalized(w)) break;
      if (is_place_marker(w)) return j > k ? j : last;
    }
    return last;
  }

  // Words from `from` matching `expected` case-insensitively ("OF THE
  // UNITED STATES" in a caption), spaces between; how many matched.
  bool words_are_folded(std::size_t from, std::initializer_list<std::string_view> expected) const {
    std::size_t k = from;
    for (std::string_view w : expected) {
      if (k >= n_ || !iequals(scan_.word(k), w) || !space_gap(scan_.gap_before(k))) return false;
      ++k;
    }
    return true;
  }

  // The federal circuit courts before 1912 were trial courts of a district:
  // "ERROR TO THE CIRCUIT COURT OF THE UNITED STATES FOR THE DISTRICT OF
  // INDIANA", "the Circuit Court of the United States for the Southern
  // District of New York". Named by the district, at word `i` ("Circuit");
  // a circuit court of the United States the text does not place is none.
  bool federal_circuit_court_at(std::size_t i) {
    if (!iequals(scan_.word(i), "Circuit") || !is_capitalized(scan_.word(i))) return false;
    std::size_t k = i + 1;
    if (!words_are_folded(k, {"Court", "of", "the", "United", "States", "for", "the"})) return false;
    k += 7;
    std::string district;
    for (std::string_view part : {"Northern", "Southern", "Eastern", "Western", "Middle"}) {
      if (words_are_folded(k, {part})) {
        district = std::string(part) + " ";
        ++k;
        break;
      }
    }
    if (!words_are_folded(k, {"District", "of"})) return false;
    k += 2;
    std::size_t place = k;
    while (place < n_ && place - k < 3 && space_gap(scan_.gap_before(place)) && is_capitalized(scan_.word(place)) &&
           !iequals(scan_.word(place), "and") && !iequals(scan_.word(place), "on")) {
      ++place;
    }
    if (place == k) return false;
    const std::size_t start = scan_.words[k].start, end = scan_.words[place - 1].end;
    district += "District of " + name_as_written(scan_.text.substr(start, end - start));
    return emit_unlisted_court(scan_, i, place - 1, "district",
                               "Circuit Court of the United States for the " + district);
  }

  // "United States district court(s)" at word `i`, not followed by the
  // court's district: emitted as one court, whatever the case and number.
  bool federal_trial_courts_at(std::size_t i) {
    if (i + 3 >= n_ || !words_are(i + 1, {"States"})) return false;
    const std::string_view district = scan_.word(i + 2), court = scan_.word(i + 3);
    if (!(district == "district" || district == "District") || !space_gap(scan_.gap_before(i + 2))) return false;
    if (!one_of_words(court, {"court", "courts", "Court", "Courts"}) || !space_gap(scan_.gap_before(i + 3))) return false;
    if (words_are(i + 4, {"for"}) || words_are(i + 4, {"of"})) return false;
    // One class of courts, whatever the case and number it is written in.
    return emit_unlisted_court(scan_, i, i + 3, "district", "United States district courts");
  }

  static bool one_of_words(std::string_view w, std::initializer_list<std::string_view> options) {
    for (std::string_view o : options)
      if (w == o) return true;
    return false;
  }

  // "Second Judicial District of the Territory of Utah", "Eleventh
  // Judicial Circuit" from word `k`: a state's numbered trial district,
  // with the State or Territory when named. Its last word; 0 when none.
  std::size_t judicial_district_at(std::size_t k) const {
    if (k + 2 >= n_ || !is_capitalized(scan_.word(k)) || !words_are(k + 1, {"Judicial"})) return 0;
    if (!(words_are(k + 2, {"District"}) || words_are(k + 2, {"Circuit"}))) return 0;
    std::size_t end = k + 2;
    // "of the Territory of Utah", "of the State of New Mexico".
    for (std::string_view polity : {"Territory", "State", "Commonwealth"}) {
      if (!words_are(end + 1, {"of", "the", polity, "of"})) continue;
      std::size_t place = end + 5;
      while (place < n_ && place - (end + 5) < 2 && space_gap(scan_.gap_before(place)) && is_capitalized(scan_.word(place)))
        ++place;
      if (place > end + 5) end = place - 1;
      break;
    }
    return end;
  }

  NameScan& scan_;
  const std::size_t n_;
};

}  // namespace

void find_local_courts(NameScan& scan) { LocalCourtFinder(scan).run(); }

void find_federal_circuit_courts(NameScan& scan) { LocalCourtFinder(scan).run_federal_circuit_courts(); }

bool emit_unlisted_court(NameScan& scan, std::size_t first, std::size_t last, std::string_view level,
                         std::string_view canonical_name) {
  const std::size_t start = scan.words[first].start;
  const std::size_t end = scan.words[last].end;
  if (scan.is_taken(start, end)) return false;
  std::string name = canonical_name.empty() ? name_as_written(scan.text.substr(start, end - start))
                                            : std::string(canonical_name);
  Mention m;
  m.type = "court";
  m.start = start;
  m.end = end;
  m.entity = "court:" + slug(name);
  m.name = name;
  m.attrs["level"] = std::string(level);
  InstitutionMention found{start, end, m.entity, name};
  if (!scan.emit(std::move(m))) return false;
  insert_by_start(scan.courts, std::move(found));
  return true;
}

}  // namespace lexgraph::names
