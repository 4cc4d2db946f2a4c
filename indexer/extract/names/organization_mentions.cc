// Organizations the gazetteer does not know, by the shape of their names:
// a legal form ("Brody, Hardoon, Perkins & Kesten, LLP", "Acme Widgets,
// Inc."), a head word ("American Meat Institute"), or a leading word with a
// complement ("Center for Taxpayer Rights", "Centro de Trabajadores Unidos").

#include <algorithm>

#include "extract/names/name_lists.h"
#include "extract/names/name_passes.h"

namespace lexgraph::names {

namespace {

bool is_connector(std::string_view w) {
  return w == "&" || w == "and" || w == "of" || w == "the" || w == "for" || w == "on" || w == "de" ||
         w == "del" || w == "la" || w == "los" || w == "las" || w == "y" || w == "para" || w == "to" ||
         w == "in";
}

bool is_space_gap(std::string_view gap) { return gap == " " || gap == "\n"; }

// A gap inside a company name: spaces, "R.J.", "Wal-Mart", "McDonald's".
bool is_name_gap(std::string_view gap) {
  return is_space_gap(gap) || gap == ". " || gap == "." || gap == "-" || gap == "'" || gap == " & " ||
         gap == "'s " ;
}

bool is_government_word(std::string_view w) {
  for (std::string_view g : {"County", "City", "Town", "Township", "Village", "Borough", "Parish",
                             "Municipal", "State", "Federal", "Congressional", "Judicial", "Legislative",
                             "Governor's", "Senate", "House", "Government", "Department", "Police"})
    if (iequals(w, g)) return true;
  return false;
}

// "Boston City Hospital", "Ohio State University", "Citizens State Bank": a
// government's level inside the name of an institution it need not run.
bool is_level_word(std::string_view w) {
  return w == "City" || w == "County" || w == "State" || w == "Municipal";
}
bool is_institution_head(std::string_view w) {
  for (std::string_view h : {"Hospital", "University", "College", "Bank", "Clinic", "Academy"})
    if (w == h) return true;
  return false;
}

// Capitalised words that are no people's own name before "tribes" or
// "nations" ("Indian tribes", "the Five Civilized Tribes", "Member Nations").
bool is_people_descriptor(std::string_view w) {
  for (std::string_view d : {"Indian", "Indians", "Native", "American", "Civilized", "Foreign", "Sovereign",
                             "Allied", "Member", "Confederated", "Affiliated", "Associated", "Christian",
                             "Western", "Eastern", "Northern", "Southern", "Plains", "Pueblo", "Five", "Six"})
    if (w == d) return true;
  return false;
}

class OrganizationFinder {
 public:
  explicit OrganizationFinder(NameScan& scan) : scan_(scan), lists_(NameLists::instance()) {}

  void run() {
    std::size_t next_free = 0;
    for (std::uint32_t i : scan_.anchors.by_pass[7]) {
      if (i == 0 || i < next_free) continue;
      std::string_view w = scan_.word(i);
      if (lists_.is_people_word(w)) {
        if (std::size_t used = by_people(i); used > i) next_free = used + 1;
        continue;
      }
      if (w.empty() || !(is_ascii_upper(w[0]) || (w[0] & 0x80))) continue;
      std::size_t used = 0;
      if (!lists_.may_be_org_word(w)) continue;
      if (lists_.is_party_head(w)) used = by_party(i);
      else if (is_suffix_at(i)) used = by_suffix(i);
      else if (lists_.is_org_lead(w) && lead_complement(i) > i) used = by_lead(i);
      else if (lists_.is_org_head(w)) used = by_head(i);
      if (used > i) next_free = used + 1;
    }
    // Legal forms the anchor table cannot see: dotted letters ("P.C.", "L.P.",
    // "S.A.U.") and capitals ("INC.", "CORP."). The first letter of a dotted
    // form is a word of its own, so the capitalised words are walked instead.
    next_free = 0;
    for (std::uint32_t i : scan_.anchors.capitalized) {
      if (i == 0 || i < next_free) continue;
      std::size_t last = i;
      std::size_t end = 0;
      if (!spelled_suffix_at(i, last, end)) continue;
      std::size_t used = by_suffix_span(i, end);
      next_free = used > 0 ? last + 1 : i + 1;
    }
    // Partnerships named by two partners' names without a legal form:
    // "the accounting firm of Coopers & Lybrand", "Gorman's employer,
    // Coopers & Lybrand", "Owen Pell, White & Case, for appellant". Where
    // the words around one say it is a firm, every mention of the name is;
    // elsewhere "A & B" is as often a journal ("Law & Contemp. Probs."), a
    // treatise ("11 Wright & Miller") or a heading ("Hours & Directions").
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    std::vector<std::string_view> firms;
    for (std::uint32_t i : scan_.anchors.capitalized) {
      if (i + 2 >= scan_.words.size() || scan_.word(i + 1) != "&" || !is_space_gap(scan_.gap_before(i + 1)) ||
          !is_space_gap(scan_.gap_before(i + 2))) {
        continue;
      }
      if (!partner_name(scan_.word(i)) || !partner_name(scan_.word(i + 2))) continue;
      // Inside a longer name ("Texas & Pacific Railway", "Brody, Hardoon,
      // Perkins & Kesten"): the longer name's pass decides.
      if (i > 0 && (is_space_gap(scan_.gap_before(i)) || scan_.gap_before(i) == ", ") &&
          is_capitalized(scan_.word(i - 1)) && !lists_.is_stopword(scan_.word(i - 1))) {
        continue;
      }
      if (i + 3 < scan_.words.size() && is_space_gap(scan_.gap_before(i + 3)) && is_capitalized(scan_.word(i + 3))) continue;
      const std::size_t start = scan_.words[i].start, end = scan_.words[i + 2].end;
      pairs.emplace_back(start, end);
      if (said_to_be_firm(start, end)) firms.push_back(scan_.text.substr(start, end - start));
    }
    for (auto [start, end] : pairs) {
      const std::string_view name = scan_.text.substr(start, end - start);
      if (std::find(firms.begin(), firms.end(), name) == firms.end() || scan_.is_taken(start, end)) continue;
      scan_.emit_organization(start, end);
    }
  }

 private:
  // The words before a name at [start, end) call it a firm or an employer
  // ("the accounting firm of", "his employer,"), or a counsel line follows
  // it (", for appellant", ", of counsel").
  bool said_to_be_firm(std::size_t start, std::size_t end) const {
    const std::size_t from = start > 48 ? start - 48 : 0;
    std::string before = to_lower(scan_.text.substr(from, start - from));
    for (std::string_view cue : {"firm", "employer", "accountants", "accounting", "auditor", "partnership", "company"})
      if (before.find(cue) != std::string::npos) return true;
    const std::string_view after = scan_.text.substr(end, 16);
    return after.starts_with(", for ") || after.starts_with(", of counsel") || after.starts_with(", LLP") ||
           after.starts_with(", L.L.P.");
  }

  // A partner's name: a capitalized word in lower case after its first
  // letter ("Coopers", "Lybrand"), not a word that opens a clause.
  bool partner_name(std::string_view w) const {
    if (w.size() < 3 || !is_capitalized(w) || is_all_caps(w) || lists_.is_stopword(w)) return false;
    return std::all_of(w.begin() + 1, w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '\''; });
  }

  bool is_suffix_at(std::size_t i) const {
    std::string_view w = scan_.word(i);
    if (!lists_.may_be_org_word(w)) return false;
    std::size_t end = scan_.words[i].end;
    if (end < scan_.text.size() && scan_.text[end] == '.') {
      std::string with_period(w);
      with_period += '.';
      if (lists_.is_org_suffix(with_period)) return true;
    }
    return lists_.is_org_suffix(w);
  }

  // Capitalised words (with connectors inside) ending at word `last`,
  // reading leftwards; law-firm commas allowed between single words.
  std::size_t read_left(std::size_t last, std::size_t max_words, bool commas, bool head_name = false) const {
    std::size_t first = last + 1;
    std::size_t k = last + 1;
    std::size_t segment_words = 0;  // words since the last comma or "&", for law-firm lists
    while (k > 0 && last + 1 - k < max_words) {
      std::string_view w = scan_.word(k - 1);
      if (k <= last) {
        std::string_view gap = scan_.gap_before(k);
        // "Brody, Hardoon, Perkins & Kesten, LLP": commas only between single names.
        bool comma = commas && gap == ", " && segment_words == 1 && is_capitalized(w) &&
                     is_capitalized(scan_.word(k)) && !lists_.is_stopword(w) && !lists_.is_stopword(scan_.word(k));
        bool ok = is_name_gap(gap) || comma;
        if (!ok) break;
        if (comma || gap == " & " || w == "&") segment_words = 0;
      }
      if (w != "&") ++segment_words;
      if (is_capitalized(w) && !lists_.is_stopword(w)) first = k - 1;
      else if (is_capitalized(w) && lists_.is_stopword(w)) {
        // "National", "American", "Federal" ... may open a name; "The", "See" may not.
        if (w == "The" || w == "THE" || w == "See" || w == "In" || w == "And" || w == "But" || w == "For")
          break;
        first = k - 1;
      } else if (w == "of" || w == "de" || w == "del") {
        // "Bank of America Corp." but not "Michael T. Cone of Neville Peterson, LLP".
        if (k < 2 || !(lists_.is_org_head(scan_.word(k - 2)) || lists_.is_org_lead(scan_.word(k - 2)))) break;
      } else if (w == "and" && k >= 2 && segment_words == 2 &&
                 (caption_word_at(k - 2) || named_before(k - 2, last))) {
        // A caption's "Create and Construct, LLC": "and" inside a two-word
        // name that opens a caption line or follows "v.", and that name again
        // later ("working for Create\nand Construct, LLC"). Elsewhere "Google
        // and Facebook, Inc." stays two names.
        first = k - 2;
        break;
      } else if (w == "and" && head_name && k >= 2 && segment_words == 2 && single_word_before_and(k - 2)) {
        // "Initiative and Referendum Institute", "Trial and Appellate Advocacy
        // Institute": one word on each side of "and" before the head word.
        // "Sierra Club and Audubon Society" stays two names (a head before "and").
        first = k - 2;
        break;
      } else if (w == "and" && head_name && k >= 2 && segment_words == 2) {
        // "National Legal Aid and Defender Association", "United Nations Food
        // and Agriculture Organization": several words before "and" when a
        // word of scope opens them.
        std::size_t opener = scope_opened_before_and(k - 2);
        if (opener > k - 2) break;
        first = opener;
        break;
      } else if (w != "&") {
        break;
      }
      --k;
    }
    // Drop leading connectors and words that open sentences.
    while (first <= last && (is_connector(scan_.word(first)) || starts_clause(scan_.word(first)))) ++first;
    return first;
  }

  // Whether words [first, last] (spaces squeezed) are the start of an
  // organization already named in the document.
  bool named_before(std::size_t first, std::size_t last) const {
    std::string words;
    for (std::size_t i = first; i <= last && i < scan_.words.size(); ++i) {
      if (i > first) words += ' ';
      words += scan_.word(i);
    }
    for (const InstitutionMention& org : scan_.organizations) {
      if (org.start >= scan_.words[first].start) break;
      if (org.name.starts_with(words) && org.name.find(" and ") != std::string::npos) return true;
    }
    return false;
  }

  // Word `i` is one capitalised word standing alone before "and" (no
  // capitalised word before it on the same line), and no name of its own.
  bool single_word_before_and(std::size_t i) const {
    std::string_view w = scan_.word(i);
    if (!is_capitalized(w) || lists_.is_stopword(w) || starts_clause(w)) return false;
    if (lists_.is_org_head(w) || lists_.is_org_suffix(w) || lists_.is_org_lead(w)) return false;
    if (i == 0) return true;
    std::string_view gap = scan_.gap_before(i);
    if (gap.find('\n') != std::string_view::npos) return true;
    if (!is_space_gap(gap)) return false;  // "Smith, Initiative and ...": not one name
    std::string_view before = scan_.word(i - 1);
    return !before.empty() && (!is_capitalized(before) || before == "The");
  }

  // The first word of "National Legal Aid" / "United Nations Food" ending at
  // word `i` before "and": up to four capitalised words opened by a word of
  // scope, none of them a head, legal form or plural ("Indian Tribes and
  // Native Hawaiian Organization" is two), after a lower-case word or a line
  // start; `i + 1` when there is no such run.
  std::size_t scope_opened_before_and(std::size_t i) const {
    auto is_scope = [](std::string_view w) {
      for (std::string_view s : {"National", "American", "International", "United", "World", "Global"})
        if (w == s) return true;
      return false;
    };
    for (std::size_t first = i + 1; first-- > 0 && i - first < 4;) {
      std::string_view w = scan_.word(first);
      if (!is_capitalized(w) || lists_.is_org_head(w) || lists_.is_org_suffix(w) || lists_.is_org_lead(w) ||
          is_government_word(w))
        return i + 1;
      if (first == i && w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's') return i + 1;
      if (is_scope(w)) {
        if (first == 0) return first;
        std::string_view gap = scan_.gap_before(first);
        if (gap.find('\n') != std::string_view::npos) return first;
        if (!is_space_gap(gap)) return i + 1;
        std::string_view before = scan_.word(first - 1);
        return !before.empty() && (!is_capitalized(before) || before == "The") ? first : i + 1;
      }
      if (first > 0 && !is_space_gap(scan_.gap_before(first))) return i + 1;
    }
    return i + 1;
  }

  // Word `i` is capitalised and opens a line or follows "v." (a caption party).
  bool caption_word_at(std::size_t i) const {
    std::string_view w = scan_.word(i);
    if (!is_capitalized(w) || lists_.is_stopword(w)) return false;
    if (i == 0) return true;
    std::string_view gap = scan_.gap_before(i);
    if (gap.find('\n') != std::string_view::npos) return true;
    return gap == ". " && (scan_.word(i - 1) == "v" || scan_.word(i - 1) == "vs");
  }

  bool starts_clause(std::string_view w) const {
    for (std::string_view s : {"The", "A", "An", "In", "On", "See", "Cf", "But", "And", "For", "Plaintiff",
                               "Plaintiffs", "Defendant", "Defendants", "Petitioner", "Respondent",
                               "Appellant", "Appellee", "Under", "While", "When", "Both", "Neither",
                               "Before", "After", "Although", "Because", "If", "Since", "That", "This",
                               "Was", "Is", "Were", "Did", "Does", "Has", "Had", "Whether", "Where"})
      if (w == s) return true;
    return false;
  }

  // Word index just past the complement of a leading word ("for Taxpayer
  // Rights", "de Trabajadores Unidos"), or `lead` when there is none.
  std::size_t lead_complement(std::size_t lead) const {
    const std::size_t n = scan_.words.size();
    std::size_t k = lead + 1;
    if (k + 1 >= n || !is_space_gap(scan_.gap_before(k))) return lead;
    // "Banco Popular de Puerto Rico", "Centro Legal de la Raza": a Spanish
    // name puts a word or two of its own before "de".
    for (std::size_t own = k; own < k + 2 && own + 2 < n && is_capitalized(scan_.word(own)) &&
                              is_space_gap(scan_.gap_before(own + 1));
         ++own) {
      const std::string_view after = scan_.word(own + 1);
      if (after == "de" || after == "del" || after == "DE" || after == "DEL") {
        k = own + 1;
        break;
      }
    }
    std::string_view link = scan_.word(k);
    if (!(link == "for" || link == "of" || link == "on" || link == "de" || link == "del" || link == "para" ||
          link == "FOR" || link == "OF" || link == "ON" || link == "DE" || link == "DEL"))
      return lead;
    ++k;
    std::size_t last = lead;
    while (k < n && k - lead <= 10 && is_space_gap(scan_.gap_before(k))) {
      std::string_view w = scan_.word(k);
      bool capital = is_ascii_upper(w[0]) || (static_cast<unsigned char>(w[0]) >= 0xC3);
      if (capital && !is_month_or_day(w)) last = k;
      // "the Bank of New England on Rockdale Street": past the complement a
      // place preposition opens where the body stands, not more of its name.
      else if (!is_connector(w) || w == "on" || w == "in" || w == "at") break;
      ++k;
    }
    return last > lead + 1 ? last + 1 : lead;
  }

  bool is_month_or_day(std::string_view w) const { return lists_.is_stopword(w) && !is_capitalized_word_kept(w); }
  bool is_capitalized_word_kept(std::string_view w) const {
    // Stopwords that do belong in organization names.
    for (std::string_view k : {"National", "American", "Federal", "Internal", "Employees", "Members",
                               "Immigration", "Security", "Taxpayer", "Taxpayers", "Tax", "Justice",
                               "Government", "Congressional", "Executive", "Legislative", "Police",
                               "Trust", "Bank", "Services", "Service", "Union", "Center", "Institute",
                               "Foundation", "Association", "Council", "Committee", "Fund", "Program",
                               "University", "College", "Company", "Corporation", "State", "States",
                               "United", "America", "County", "City", "Counsel", "Attorneys"})
      if (iequals(w, k)) return true;
    return false;
  }

  // Whether a legal form written as dotted letters or in capitals starts at
  // word i; sets its last word and end byte.
  bool spelled_suffix_at(std::size_t i, std::size_t& last, std::size_t& end) const {
    std::string_view w = scan_.word(i);
    const std::size_t n = scan_.words.size();
    auto period_after = [&](std::size_t k) {
      std::size_t e = scan_.words[k].end;
      return e < scan_.text.size() && scan_.text[e] == '.';
    };
    if (w.size() == 1) {
      std::string form;
      std::size_t k = i;
      while (k < n && k - i < 4 && scan_.word(k).size() == 1 && period_after(k) &&
             (k == i || scan_.gap_before(k) == ".")) {
        form += scan_.word(k);
        form += '.';
        ++k;
      }
      if (k - i < 2 || !lists_.is_org_suffix(form)) return false;
      last = k - 1;
      end = scan_.words[last].end + 1;
      return true;
    }
    if (w.size() < 3 || w.size() > 11 || !is_all_caps(w)) return false;  // "CO" is Colorado
    std::string title = title_case_name(w);
    bool period = period_after(i);
    if ((period && lists_.is_org_suffix(title + ".")) || lists_.is_org_suffix(title) ||
        lists_.is_org_suffix(std::string(w))) {
      last = i;
      end = scan_.words[i].end + (period && lists_.is_org_suffix(title + ".") ? 1 : 0);
      return true;
    }
    return false;
  }

  // The company whose legal form runs from word `suffix` to byte `end`.
  std::size_t by_suffix_span(std::size_t suffix, std::size_t end) {
    std::string_view gap = scan_.gap_before(suffix);
    if (!(gap == ", " || gap == " " || gap == ",\n" || gap == "\n")) return 0;
    std::size_t last = suffix - 1;
    std::size_t first = read_left(last, 8, true);
    if (first > last) return 0;
    // Capitals before capitals, mixed case before mixed: "HYMSON GOLDSTEIN & PANTILIAT, P.C.".
    if (is_all_caps(scan_.word(suffix)) && scan_.word(suffix).size() > 1 && !is_all_caps(scan_.word(last)))
      return 0;
    return emit(first, suffix, scan_.words[first].start, end) ? suffix : 0;
  }

  std::size_t by_suffix(std::size_t suffix) {
    std::size_t last = suffix - 1;
    std::string_view gap = scan_.gap_before(suffix);
    if (!(gap == ", " || gap == " " || gap == ",\n" || gap == "\n")) return 0;
    std::size_t first = read_left(last, 8, true);
    if (first > last) return 0;
    std::size_t end = scan_.words[suffix].end;
    if (end < scan_.text.size() && scan_.text[end] == '.' &&
        lists_.is_org_suffix(std::string(scan_.word(suffix)) + "."))
      ++end;
    return emit(first, suffix, scan_.words[first].start, end) ? suffix : 0;
  }

  std::size_t by_head(std::size_t head) {
    if (!is_space_gap(scan_.gap_before(head)) && scan_.gap_before(head) != " & ") return 0;
    // "Trans Union Corp.", "Oil Company, Inc.": the legal form ends the name.
    if (head + 1 < scan_.words.size() && is_suffix_at(head + 1)) {
      std::string_view gap = scan_.gap_before(head + 1);
      if (gap == " " || gap == ", ") return 0;
    }
    std::size_t first = read_left(head - 1, 6, false, true);
    if (first > head - 1) return 0;
    std::size_t last = numbered_tail(head);
    return emit(first, last, scan_.words[first].start, scan_.words[last].end) ? last : 0;
  }

  // "Interregional Research Project Number 4", "Watershed Research Project No. 12": a
  // number after the head word is part of the name; the number's word, or
  // `head` when none follows.
  std::size_t numbered_tail(std::size_t head) const {
    if (head + 2 >= scan_.words.size()) return head;
    std::string_view label = scan_.word(head + 1);
    std::string_view gap = scan_.gap_before(head + 2);
    bool numbered = (label == "Number" && gap == " ") || (label == "No" && gap == ". ");
    if (!numbered || scan_.gap_before(head + 1) != " ") return head;
    std::string_view number = scan_.word(head + 2);
    if (number.empty() || number.size() > 5 || !std::all_of(number.begin(), number.end(), is_digit)) return head;
    return head + 2;
  }

  // "the Popular Democratic Party", "the New Progressive Party", "the
  // Socialist Workers Party": up to four capitalised words before "Party",
  // one of them a political word.
  std::size_t by_party(std::size_t head) {
    if (!is_space_gap(scan_.gap_before(head))) return 0;
    std::size_t first = read_left(head - 1, 4, false);
    if (first > head - 1) return 0;
    bool political = false;
    for (std::size_t k = first; k < head; ++k) political = political || lists_.is_political_word(scan_.word(k));
    if (!political) return 0;
    return emit(first, head, scan_.words[first].start, scan_.words[head].end) ? head : 0;
  }

  std::size_t by_lead(std::size_t lead) {
    std::size_t end_word = lead_complement(lead);
    std::size_t first = lead;
    if (lead > 0 && is_space_gap(scan_.gap_before(lead))) {
      std::size_t left = read_left(lead - 1, 4, false);
      if (left <= lead - 1) first = left;
    }
    return emit(first, end_word - 1, scan_.words[first].start, scan_.words[end_word - 1].end) ? end_word - 1
                                                                                             : 0;
  }

  // "the Osage Tribe", "the Choctaw and Chickasaw tribes", "the Cherokee,
  // Creek, and Seminole nations": names of peoples before a word for their
  // body. One name with a capitalised singular is a name with its head
  // ("Cherokee Nation"); otherwise each name is a body of its own. Returns
  // the last word used, or 0.
  std::size_t by_people(std::size_t noun) {
    std::string_view head = scan_.word(noun);
    if (!is_space_gap(scan_.gap_before(noun)) || !is_people_name(noun - 1)) return 0;
    std::vector<std::size_t> names = {noun - 1};
    bool listed = false;  // an "and" seen: commas may join more names
    for (std::size_t j = noun - 1; j >= 2;) {
      std::string_view link = scan_.word(j - 1);
      if (link == "and" && is_space_gap(scan_.gap_before(j)) && !listed) {
        std::string_view gap = scan_.gap_before(j - 1);
        if (!(is_space_gap(gap) || gap == ", ") || !is_people_name(j - 2)) break;
        listed = true;
        names.push_back(j - 2);
        j -= 2;
      } else if (listed && scan_.gap_before(j) == ", " && is_people_name(j - 1)) {
        names.push_back(j - 1);
        j -= 1;
      } else {
        break;
      }
    }
    // "the Cheyenne River Sioux tribe": a longer name than its last word.
    const std::size_t leftmost = names.back();
    if (leftmost > 0 && is_space_gap(scan_.gap_before(leftmost)) && is_capitalized(scan_.word(leftmost - 1)) &&
        !lists_.is_stopword(scan_.word(leftmost - 1)) && !starts_clause(scan_.word(leftmost - 1)))
      return names.size() == 1 && is_capitalized(head) && head.back() != 's' ? by_head(noun) : 0;
    if (names.size() == 1 && is_capitalized(head) && head.back() != 's') return by_head(noun);
    // "Every nation acquiring territory": a lone word opening its sentence
    // is capitalised for that alone.
    if (names.size() == 1 && opens_sentence(leftmost)) return 0;
    bool any = false;
    for (std::size_t k : names) {
      const std::size_t start = scan_.words[k].start, end = scan_.words[k].end;
      if (scan_.is_taken(start, end) || is_case_party(scan_.text, start, end)) continue;
      any = scan_.emit_organization(start, end) || any;
    }
    return any ? noun : 0;
  }

  bool opens_sentence(std::size_t k) const {
    const std::size_t pos = scan_.words[k].start;
    const std::size_t start = scan_.sentence_start(scan_.sentence_of(pos));
    if (start > pos) return false;
    for (std::size_t p = start; p < pos; ++p)
      if (is_word_byte(scan_.text[p])) return false;
    return true;
  }

  bool is_people_name(std::size_t k) const {
    std::string_view w = scan_.word(k);
    return is_capitalized(w) && !is_all_caps(w) && !lists_.is_stopword(w) && !is_government_word(w) &&
           !is_people_descriptor(w) && !starts_clause(w) && !lists_.is_org_head(w) && !lists_.is_org_suffix(w);
  }

  bool emit(std::size_t first, std::size_t last, std::size_t start, std::size_t end) {
    if (scan_.is_taken(start, end)) return false;
    for (std::size_t k = first; k <= last; ++k) {
      // "Boston City Hospital": a level of government inside an institution's name.
      if (k > first && is_level_word(scan_.word(k)) && is_institution_head(scan_.word(last))) continue;
      if (is_government_word(scan_.word(k))) return false;
    }
    if (excluded(first, last)) return false;
    // Part of a longer name: "Corporation Business Tax Act", "Standard Oil Co. of New Jersey".
    std::size_t next = scan_.word_at(end);
    if (next < scan_.words.size() && next > last && is_space_gap(scan_.gap_before(next))) {
      std::string_view w = scan_.word(next);
      if (w == "of" || w == "Act" || (is_capitalized(w) && !lists_.is_stopword(w))) return false;
    }
    // Parties in a case name belong to the case citation ("Acme Corp. v. Smith").
    if (is_case_party(scan_.text, start, end)) return false;
    std::string_view after = scan_.text.substr(end, 4);
    if (after.size() >= 3 && after[0] == ',' && after[1] == ' ' && is_digit(after[2])) return false;
    // "Tripoli Company, Inc.", "Fund for Animals, Inc.": the legal form ends the name.
    if (next < scan_.words.size() && next > last) {
      std::string_view gap = scan_.gap_before(next);
      if ((gap == ", " || gap == " ") && is_suffix_at(next)) return false;
    }
    return scan_.emit_organization(start, end);
  }

  bool excluded(std::size_t first, std::size_t last) const {
    std::vector<PhraseTrie::Match> matches;
    for (std::size_t k = first; k <= last; ++k) {
      matches.clear();
      lists_.org_exclusions().matches_at(scan_.text, scan_.words, k, matches);
      for (const auto& m : matches)
        if (k + m.words - 1 <= last) return true;
    }
    return false;
  }

  NameScan& scan_;
  const NameLists& lists_;
};

}  // namespace

void find_organizations(NameScan& scan) { OrganizationFinder(scan).run(); }

}  // namespace lexgraph::names
