// People who are not judges, read from what stands next to their names:
// a title ("Treasury Secretary Scott Bessent", "Mr. Smith"), a lower-case
// role ("plaintiff John Doe"), an apposition ("Nina Olson, founder of the
// Center for Taxpayer Rights"), a counsel line ("Theodore H. Goguen, Jr. on
// brief for appellant") or a caption ("FREDERICK GROSSMITH, Plaintiff").

#include <algorithm>
#include <cctype>

#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_lists.h"
#include "extract/names/name_passes.h"
#include "extract/names/person_name.h"

namespace lexgraph::names {

namespace {

struct PersonCandidate {
  NameSpan name;
  std::string display;
  std::string role;
  std::string organization;  // entity id
  std::string form;          // title, role, apposition, counsel, caption
};

bool is_space_gap(std::string_view gap) { return gap == " " || gap == "\n"; }

std::string lower_role(std::string_view s) { return to_lower(squeeze_spaces(s)); }

class PersonFinder {
 public:
  explicit PersonFinder(NameScan& scan) : scan_(scan), lists_(NameLists::instance()) {}

  void run() {
    for (std::uint32_t i : scan_.anchors.by_pass[3]) {
      std::string_view w = scan_.word(i);
      if (!is_ascii_lower(w[0])) continue;
      if (lists_.is_role_noun(w)) apposition(i);
      if (w == "for" || w == "argued" || w == "brief" || w == "briefs") counsel_line(i);
      if (w == "capacity") capacity_clause(i);
    }
    for (std::uint32_t i : scan_.anchors.by_pass[2]) cue(i);
    for (std::uint32_t i : scan_.anchors.by_pass[4])
      if (is_ascii_upper(scan_.word(i)[0])) caption_party(i);
    for (std::uint32_t i : scan_.anchors.capitalized) {
      given_name_start(i);
      initials_start(i);
    }
    contact_paragraphs();
    full_names_of_addressed_surnames();
    coordinated_names();
    for (PersonCandidate& c : candidates_) {
      signature_title(c);
      title_in_apposition(c);
    }
    emit_all();
  }

 private:
  // ----- titles and role cues before a name --------------------------------
  void cue(std::size_t i) {
    matches_.clear();
    lists_.cues().matches_at(scan_.text, scan_.words, i, matches_);
    if (matches_.empty()) return;
    const PhraseTrie::Match& m = matches_.front();
    CueKind kind = lists_.cue_kind(m.value);
    std::size_t cue_end = i + m.words;
    if (cue_end >= scan_.words.size()) return;
    std::size_t cue_start_pos = scan_.words[i].start;
    std::size_t cue_end_pos = scan_.words[cue_end - 1].end;
    const bool period_cue = lists_.cue_has_period(m.value);
    if (period_cue) ++cue_end_pos;  // the trie made sure the period is there
    // A lower-case cue must really be lower case ("plaintiff"), a title capitalised.
    std::string role = squeeze_spaces(scan_.text.substr(cue_start_pos, cue_end_pos - cue_start_pos));
    std::string organization;
    // "Treasury Secretary", "IRS Commissioner": the body right before the title.
    if (kind == CueKind::title || kind == CueKind::office) {
      if (const InstitutionMention* before = institution_ending_at(cue_start_pos)) {
        organization = before->entity;
        role = squeeze_spaces(scan_.text.substr(before->start, cue_end_pos - before->start));
      }
    }
    std::size_t name_first = cue_end;
    // "Secretary of Homeland Security Kristi Noem", "Secretary of State Marco Rubio".
    if ((kind == CueKind::title || kind == CueKind::office) && scan_.word(cue_end) == "of" &&
        cue_end + 1 < scan_.words.size()) {
      std::size_t k = cue_end + 1;
      if (scan_.word(k) == "the" && k + 1 < scan_.words.size()) ++k;
      if (const InstitutionMention* body = scan_.institution_at(scan_.words[k].start)) {
        organization = body->entity;
        role = squeeze_spaces(scan_.text.substr(cue_start_pos, body->end - cue_start_pos));
        name_first = scan_.word_at(body->end);
      } else if (scan_.word(k) == "State") {
        organization = "agency:state";
        role = squeeze_spaces(scan_.text.substr(cue_start_pos, scan_.words[k].end - cue_start_pos));
        name_first = k + 1;
      } else {
        return;
      }
    }
    if (name_first >= scan_.words.size()) return;
    std::string_view gap = scan_.gap_before(name_first);
    if (!(is_space_gap(gap) || (period_cue && (gap == ". " || gap == ".\n")))) return;
    bool plural = role == "Messrs." || role == "Mmes.";
    std::size_t first = name_first;
    for (int guard = 0; guard < 8 && first < scan_.words.size(); ++guard) {
      NameSpan name = read_name_forward(scan_, first, 5);
      if (!name.ok()) return;
      bool accept = false;
      switch (kind) {
        case CueKind::honorific: accept = true; break;
        case CueKind::title: accept = true; break;
        case CueKind::office: accept = looks_like_full_name(scan_, name); break;
        case CueKind::party: accept = looks_like_full_name(scan_, name) || lone_surname(name); break;
        case CueKind::role: break;
        // "an individual named Aladino Días": the words say a person's name
        // follows, known given name or not.
        case CueKind::naming: accept = looks_like_full_name(scan_, name) || name.name_words >= 2; break;
      }
      // A single word after a title must stand alone ("Secretary Noem said"),
      // not open a longer capitalised phrase.
      if (accept && name.name_words == 1 && !name.starts_with_initial && name.end_word < scan_.words.size() &&
          is_space_gap(scan_.gap_before(name.end_word)) && is_capitalized(scan_.word(name.end_word)))
        accept = false;
      if (!accept || names_a_company(name)) return;
      PersonCandidate c;
      c.name = name;
      c.display = name_display(scan_, name);
      if (kind != CueKind::honorific && kind != CueKind::naming) {
        c.role = kind == CueKind::party ? lower_role(role) : role;
      }
      c.organization = organization;
      c.form = kind == CueKind::party ? "role" : kind == CueKind::naming ? "named" : "title";
      candidates_.push_back(std::move(c));
      if (!plural) return;
      // "Messrs. Hugh L. Smith, and Benjamin L. McKinley"
      std::size_t next = name.end_word;
      if (next + 1 >= scan_.words.size()) return;
      std::string_view g = scan_.gap_before(next);
      if (scan_.word(next) == "and" && (g == " " || g == ", ")) first = next + 1;
      else if (g == ", ") first = next;
      else return;
    }
  }

  // Two words written as a name ("Burdley Jean"), neither a word of an
  // institution, a role, a place or a stopword, opening the sentence or
  // after a lower-case word: a name the given-name list does not hold.
  bool reads_as_unlisted_name(const NameSpan& name) const {
    if (name.name_words != 2 || name.starts_with_initial || name.end_word - name.first_word != 2) return false;
    // Not inside a longer capitalised phrase, nor after an article ("the
    // Constitutional Convention, a proposal", "the Status-of-Forces Agreement").
    if (name.first_word > 0) {
      const std::string_view prev = scan_.word(name.first_word - 1);
      const std::string_view gap = scan_.gap_before(name.first_word);
      if (gap == "-" || (is_capitalized(prev) && is_space_gap(gap))) return false;
      if (prev == "the" || prev == "The" || prev == "a" || prev == "an" || prev == "this" || prev == "its" ||
          prev == "their") {
        return false;
      }
    }
    for (std::size_t k = name.first_word; k < name.end_word; ++k) {
      const std::string_view w = scan_.word(k);
      if (w.size() < 2 || is_all_caps(w) || !is_ascii_upper(w[0])) return false;
      if (lists_.is_stopword(w) || lists_.is_org_head(w) || lists_.is_org_suffix(w) || lists_.is_org_lead(w) ||
          lists_.is_role_noun(to_lower(w)) || InstitutionGazetteer::instance().is_state_name(w)) {
        return false;
      }
    }
    return !names_a_company(name) && !scan_.institution_at(name.start);
  }

  // "Connecticut General Life Ins. Co.", "F.W. Woolworth Co.": a company, not a person.
  // "defendant DuBois, the Commissioner of Correction", "appellant Whitener":
  // one word after a party's role is a person's surname when it reads as one
  // (capitals and small letters, not a given name nor a word of
  // institutions) and the document never writes it inside a longer name
  // ("Mueller Company", "the Terminal Railway"): a company sued by its
  // short name has its full one elsewhere.
  bool lone_surname(const NameSpan& name) const {
    if (name.name_words != 1 || name.starts_with_initial) return false;
    const std::string_view w = scan_.word(name.first_word);
    if (w.size() < 3 || !std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
    if (lists_.is_given_name(w) || lists_.is_role_noun(to_lower(w)) || lists_.is_org_suffix(w)) return false;
    for (std::string_view generic : {"State", "States", "County", "Town", "City", "Commonwealth", "Government",
                                     "Department", "United", "Mayor", "Board", "Secretary", "Commissioner", "Company",
                                     "Union", "Bank", "Trust", "Estate", "Court", "Republic", "Territory", "Village"}) {
      if (w == generic) return false;
    }
    for (std::size_t k = 0; k < scan_.words.size(); ++k) {
      if (scan_.word(k) != w) continue;
      // "Mueller Company"; a person's full name ("Steven DuBois") has its own pass.
      if (k + 1 < scan_.words.size() && is_space_gap(scan_.gap_before(k + 1)) && is_capitalized(scan_.word(k + 1))) {
        return false;
      }
      if (k > 0 && (scan_.word(k - 1) == "the" || scan_.word(k - 1) == "The") && is_space_gap(scan_.gap_before(k))) return false;
    }
    return true;
  }

  bool names_a_company(const NameSpan& name) const {
    std::size_t next = name.end_word;
    if (next >= scan_.words.size()) return false;
    std::string_view gap = scan_.gap_before(next);
    if (!(gap == " " || gap == ". " || gap == ", ")) return false;
    std::string_view w = scan_.word(next);
    std::size_t end = scan_.words[next].end;
    bool period = end < scan_.text.size() && scan_.text[end] == '.';
    return lists_.is_org_suffix(w) || (period && lists_.is_org_suffix(std::string(w) + "."));
  }

  const InstitutionMention* institution_ending_at(std::size_t pos) const {
    std::size_t p = pos;
    if (p == 0 || scan_.text[p - 1] != ' ') return nullptr;
    --p;
    for (const auto* list : {&scan_.agencies, &scan_.organizations}) {
      auto it = std::lower_bound(list->begin(), list->end(), p,
                                 [](const InstitutionMention& m, std::size_t x) { return m.end < x; });
      if (it != list->end() && it->end == p) return &*it;
    }
    return nullptr;
  }

  // ----- "Name, [the|a] [Body's] adjectives role-noun [of|at|for the Body]" ----
  void apposition(std::size_t noun) {
    // "chief risk and control officer": the role ends at its last noun.
    for (std::size_t j = noun + 1; j < scan_.words.size() && j <= noun + 4; ++j) {
      std::string_view next = scan_.word(j);
      if (!is_space_gap(scan_.gap_before(j)) || !is_ascii_lower(next[0])) break;
      if (next == "of" || next == "at" || next == "for" || next == "with" || next == "who") break;
      if (lists_.is_role_noun(next)) return;
    }
    std::size_t k = noun;  // first word of the role phrase
    std::string organization;
    int words = 0;
    while (k > 0 && words < 7) {
      std::string_view gap = scan_.gap_before(k);
      if (gap == ", ") break;
      if (!is_space_gap(gap) && gap != "' " && gap != "'s " && gap != "-") return;
      std::size_t prev_end = scan_.words[k - 1].end;
      std::string_view prev = scan_.word(k - 1);
      // A body named inside the role: "IRS' chief risk and control officer".
      const InstitutionMention* body = nullptr;
      for (const auto* list : {&scan_.agencies, &scan_.organizations}) {
        auto it = std::lower_bound(list->begin(), list->end(), prev_end,
                                   [](const InstitutionMention& m, std::size_t x) { return m.end < x; });
        if (it != list->end() && it->end == prev_end) body = &*it;
      }
      if (body) {
        organization = body->entity;
        k = scan_.word_at(body->start);
      } else if (is_ascii_lower(prev[0]) || (gap == "-" && is_ascii_lower(scan_.word(k)[0]))) {
        if (prev == "who" || prev == "which" || prev == "is" || prev == "was" || prev == "as") return;
        --k;
      } else {
        return;
      }
      ++words;
    }
    if (k == 0 || scan_.gap_before(k) != ", ") return;
    std::size_t role_first = k;
    while (role_first < noun && (scan_.word(role_first) == "the" || scan_.word(role_first) == "a" ||
                                 scan_.word(role_first) == "an" || scan_.word(role_first) == "its"))
      ++role_first;
    // Role text without a leading body name: "chief risk and control officer".
    std::size_t role_start = scan_.words[role_first].start;
    if (!organization.empty()) {
      for (std::size_t j = role_first; j <= noun; ++j)
        if (is_ascii_lower(scan_.word(j)[0]) && scan_.word(j) != "s") {
          role_start = scan_.words[j].start;
          break;
        }
    }
    std::string role = lower_role(scan_.text.substr(role_start, scan_.words[noun].end - role_start));
    // "founder of the Center for Taxpayer Rights"
    if (organization.empty() && noun + 1 < scan_.words.size()) {
      std::size_t j = noun + 1;
      std::string_view link = scan_.word(j);
      if ((link == "of" || link == "at" || link == "for" || link == "with") && is_space_gap(scan_.gap_before(j)) &&
          j + 1 < scan_.words.size()) {
        ++j;
        if (scan_.word(j) == "the" && j + 1 < scan_.words.size()) ++j;
        if (const InstitutionMention* body = scan_.institution_at(scan_.words[j].start))
          organization = body->entity;
      }
    }
    NameSpan name = read_name_backward(scan_, k - 1, 4);
    if (!name.ok()) return;
    // "Burdley Jean, a former employee of Fleet Bank,": two name words and
    // a role set off with its article make a person, given name known or not.
    const std::string_view article = scan_.word(k);
    const bool article_role = article == "a" || article == "an" || article == "the";
    if (!looks_like_full_name(scan_, name) && !(article_role && reads_as_unlisted_name(name))) return;
    PersonCandidate c;
    c.name = name;
    c.display = name_display(scan_, name);
    c.role = role;
    c.organization = organization;
    c.form = "apposition";
    candidates_.push_back(std::move(c));
  }

  // ----- counsel lines ---------------------------------------------------------
  void counsel_line(std::size_t anchor) {
    std::string_view w = scan_.word(anchor);
    if (w == "for") {
      // "for appellant", and the older reports' "for the appellants".
      std::size_t party_word = anchor + 1;
      if (party_word < scan_.words.size() && scan_.word(party_word) == "the") ++party_word;
      if (party_word >= scan_.words.size()) return;
      std::string_view party = scan_.word(party_word);
      static constexpr std::string_view kParties[] = {
          "appellant", "appellants", "appellee", "appellees", "petitioner", "petitioners", "respondent",
          "respondents", "plaintiff", "plaintiffs", "defendant", "defendants", "amicus", "amici", "intervenor",
          "intervenors", "movant"};
      bool known = false;
      for (std::string_view p : kParties) known = known || party == p;
      if (!known) return;
    } else if (w == "argued") {
      if (!(anchor + 1 < scan_.words.size() && (scan_.word(anchor + 1) == "the" || scan_.word(anchor + 1) == "for")))
        return;
    } else {  // brief, briefs: "on brief", "on the brief"
      std::string_view prev = anchor > 0 ? scan_.word(anchor - 1) : std::string_view();
      if (!(prev == "on" || prev == "the")) return;
    }
    std::size_t anchor_pos = scan_.words[anchor].start;
    std::size_t region = scan_.sentence_start(scan_.sentence_of(anchor_pos));
    if (anchor_pos - region > 400) region = anchor_pos - 400;
    std::size_t i = scan_.word_at(region);
    bool item_start = true;
    while (i < anchor) {
      std::string_view word = scan_.word(i);
      // "with whom Messrs. Charles M. Bracelen, ...": an honorific opens a name wherever it stands.
      if ((word == "Mr" || word == "Mrs" || word == "Ms" || word == "Messrs" || word == "Dr") && i + 1 < anchor) {
        item_start = true;
        ++i;
        continue;
      }
      if (item_start && is_capitalized(word)) {
        NameSpan name = read_name_forward(scan_, i, 5);
        if (name.ok() && name.end_word <= anchor && (name.name_words >= 2 || name.starts_with_initial) &&
            ends_item(name.end_word, anchor)) {
          PersonCandidate c;
          c.name = name;
          c.display = name_display(scan_, name);
          c.role = "counsel";
          c.form = "counsel";
          candidates_.push_back(std::move(c));
          i = name.end_word;
          item_start = false;
          if (i < anchor) {
            std::string_view gap = scan_.gap_before(i);
            if (gap.find(',') != std::string_view::npos || gap.find(';') != std::string_view::npos)
              item_start = true;
            if (scan_.word(i) == "and") {
              item_start = true;
              ++i;
            }
          }
          continue;
        }
      }
      // The next item starts after ", " or " and ".
      item_start = false;
      ++i;
      if (i < anchor) {
        std::string_view gap = scan_.gap_before(i);
        if (gap.find(',') != std::string_view::npos || gap.find(';') != std::string_view::npos) item_start = true;
        if (scan_.word(i) == "and") {
          item_start = true;
          ++i;
        }
      }
    }
  }

  bool ends_item(std::size_t next, std::size_t anchor) const {
    if (next >= anchor) return true;
    std::string_view gap = scan_.gap_before(next);
    if (gap.find(',') != std::string_view::npos || gap.find(';') != std::string_view::npos) return true;
    std::string_view w = scan_.word(next);
    // "... and Leonard A. Sweney were on the brief".
    return w == "and" || w == "on" || w == "for" || w == "argued" || w == "with" || w == "of" || w == "were" ||
           w == "was";
  }

  // ----- captions ---------------------------------------------------------------
  // "FREDERICK GROSSMITH,\n\nPlaintiff, Appellant"
  void caption_party(std::size_t anchor) {
    std::string_view w = scan_.word(anchor);
    std::string role;
    for (std::string_view r : kCaptionRoles)
      if (iequals(w, r)) role = to_lower(r);
    if (role.empty() || anchor == 0) return;
    // "Thomas Gaffney,\n\nTrustee-Appellee.": the party's capacity joined to its role.
    if (scan_.gap_before(anchor) == "-" && anchor >= 2 && is_capitalized(scan_.word(anchor - 1))) --anchor;
    std::string_view gap = scan_.gap_before(anchor);
    // "DAVID BERGERON, ET AL.,\n\nPlaintiffs, Appellants,": the name before "et al.".
    std::size_t name_last = anchor - 1;
    if (name_last >= 3 && iequals(scan_.word(name_last), "al") && iequals(scan_.word(name_last - 1), "et") &&
        scan_.gap_before(name_last - 1) == ", " && gap.starts_with(".")) {
      name_last -= 2;
      gap.remove_prefix(1);
    }
    if (!(gap == ", " || gap == ",\n" || gap == ",\n\n")) return;
    // "Plaintiff, Appellant": the second role of the party the first one's
    // caption names, not an office under a name.
    if (is_caption_role(scan_.word(anchor - 1))) return;
    NameSpan name = read_name_backward(scan_, name_last, 4);
    // The name opens its line: a caption, not a sentence.
    const bool opens_line = name.ok() && (name.start == 0 || scan_.text[name.start - 1] == '\n');
    if (!opens_line || name.name_words < 2) {
      // A public officer sued in office: the office follows the name
      // ("ERIC H. HOLDER, JR., ATTORNEY GENERAL,", "MIKE JOHANNS,\nSECRETARY,
      // DEPARTMENT OF AGRICULTURE,").
      name = name_above_office(anchor);
      if (!name.ok()) return;
    }
    if (!looks_like_full_name(scan_, name) && !is_all_caps(scan_.word(name.first_word))) return;
    // "RUBBERMAID INCORPORATED,\n\nDefendant, Appellee.": a company's legal
    // form or head word ends the name.
    for (std::size_t k = name.first_word; k < name.end_word; ++k) {
      std::string part(scan_.word(k));
      // Captions write names in capitals; the lists write them as words.
      for (std::size_t i = 1; i < part.size(); ++i) part[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(part[i])));
      if (lists_.is_org_suffix(part) || lists_.is_org_head(part) || lists_.is_org_suffix(part + ".")) return;
    }
    PersonCandidate c;
    c.name = name;
    c.display = name_display(scan_, name);
    if (role.back() == 's') role.pop_back();
    c.role = role;
    c.form = "caption";
    candidates_.push_back(std::move(c));
  }

  // The name opening one of the two capitalised lines above the role word
  // `anchor`, when a comma and capitalised words (the office) follow it to
  // the line's end; !ok() otherwise. Only a known given name or an initial
  // opens it: "UNITED STATES OF AMERICA," is no person.
  NameSpan name_above_office(std::size_t anchor) const {
    std::size_t line_end = anchor;  // one past the last word of the line looked at
    for (int lines = 0; lines < 2 && line_end > 0; ++lines) {
      std::size_t first = line_end - 1;
      while (first > 0 && scan_.gap_before(first).find('\n') == std::string_view::npos) --first;
      for (std::size_t k = first; k < line_end; ++k) {
        if (!is_capitalized(scan_.word(k)) && !is_connector_word(scan_.word(k))) return {};
      }
      NameSpan name = read_name_forward(scan_, first, 5);
      // "D. M. REID ASSOCIATES, LTD.,": a company, its legal form after the comma.
      bool company = false;
      for (std::size_t k = name.first_word; name.ok() && k < line_end; ++k) {
        const std::string_view w = scan_.word(k);
        std::string with_period(w);
        with_period += '.';
        if (lists_.is_org_head(w) || lists_.is_org_suffix(w) || lists_.is_org_suffix(with_period)) company = true;
      }
      if (name.ok() && !company && name.name_words >= 2 && name.end_word < line_end + 1 && looks_like_full_name(scan_, name) &&
          (first == 0 || scan_.text[name.start - 1] == '\n' || scan_.text[name.start - 1] == ' ') &&
          scan_.text.substr(name.end, 1) == ",") {
        return name;
      }
      line_end = first;
    }
    return {};
  }

  // ----- a signature block --------------------------------------------------
  // "Gary Taverman,\n\nDeputy Assistant Secretary for Antidumping and
  // Countervailing Duty Operations.": the name alone on its line, a comma,
  // and on the next line the office it signs in, capitalised words naming a
  // role ("Acting Director, System Oversight Division"); a body after a
  // comma there ("Liaison Officer, Department of Defense") is the employer.
  void signature_title(PersonCandidate& c) {
    constexpr std::size_t kMaxTitleWords = 14;
    if (!c.role.empty() || c.name.end_word >= scan_.words.size()) return;
    if (c.name.start > 0 && scan_.text[c.name.start - 1] != '\n') return;
    std::string_view after = scan_.text.substr(c.name.end);
    if (!after.starts_with(",")) return;
    const std::size_t first = c.name.end_word;
    const std::string_view gap = scan_.gap_before(first);
    if (gap.find('\n') == std::string_view::npos || gap.find_first_not_of(", \n") != std::string_view::npos) return;
    std::size_t last = first;  // one past the title's last word
    bool role_word = false;
    std::string organization;
    for (std::size_t k = first; k < scan_.words.size() && k - first < kMaxTitleWords; ++k) {
      if (k > first && scan_.gap_before(k).find('\n') != std::string_view::npos) break;
      const std::string_view w = scan_.word(k);
      if (!is_capitalized(w) && !is_connector_word(w)) return;
      if (lists_.is_role_noun(to_lower(w))) role_word = true;
      if (organization.empty() && k > first && scan_.gap_before(k) == ", ") {
        if (const InstitutionMention* body = scan_.institution_at(scan_.words[k].start)) organization = body->entity;
      }
      last = k + 1;
    }
    // "Captain, U.S. Coast Guard": a title that opens names before a name.
    matches_.clear();
    lists_.cues().matches_at(scan_.text, scan_.words, first, matches_);
    for (const PhraseTrie::Match& m : matches_) {
      const CueKind kind = lists_.cue_kind(m.value);
      if (kind == CueKind::title || kind == CueKind::office) role_word = true;
    }
    if (last == first || !role_word) return;
    // The title line holds nothing after its words but a period.
    const std::size_t end = scan_.words[last - 1].end;
    const std::size_t line_end = std::min(scan_.text.find('\n', end), scan_.text.size());
    if (scan_.text.substr(end, line_end - end).find_first_not_of(". ") != std::string_view::npos) return;
    c.role = squeeze_spaces(scan_.text.substr(scan_.words[first].start, end - scan_.words[first].start));
    c.organization = organization;
    c.form = "signature";
  }

  // "Louis Weinstein, Assistant Attorney General of Connecticut, argued the
  // cause": an office's title set off by commas after a name is the
  // person's role. A title alone ("Secretary", "Attorney General") or an
  // office of two words or more ("Assistant Attorney General"), never a
  // one-word office ("General" of "Jane Roe, General Motors, said").
  void title_in_apposition(PersonCandidate& c) {
    constexpr std::size_t kMaxTitleWords = 10;
    if (!c.role.empty() || c.name.name_words < 2 || c.name.end_word >= scan_.words.size()) return;
    const std::size_t first = c.name.end_word;
    if (scan_.gap_before(first) != ", ") return;
    matches_.clear();
    lists_.cues().matches_at(scan_.text, scan_.words, first, matches_);
    if (matches_.empty()) return;
    const PhraseTrie::Match& m = matches_.front();
    const CueKind kind = lists_.cue_kind(m.value);
    if (!(kind == CueKind::title || (kind == CueKind::office && m.words >= 2))) return;
    // The title runs over capitalised words and "of the" to the comma or
    // period closing the apposition.
    std::size_t last = first + m.words;  // one past the title's last word
    while (last < scan_.words.size() && last - first < kMaxTitleWords && is_space_gap(scan_.gap_before(last))) {
      const std::string_view w = scan_.word(last);
      if (!is_capitalized(w) && w != "of" && w != "the") break;
      ++last;
    }
    while (last > first + m.words && !is_capitalized(scan_.word(last - 1))) --last;
    const std::size_t end = scan_.words[last - 1].end;
    if (end >= scan_.text.size() || (scan_.text[end] != ',' && scan_.text[end] != '.')) return;
    if (const InstitutionMention* body = scan_.institution_at(scan_.words[first].start); body && body->end >= end) return;
    c.role = squeeze_spaces(scan_.text.substr(scan_.words[first].start, end - scan_.words[first].start));
    for (std::size_t k = first + m.words; k < last && c.organization.empty(); ++k) {
      if (const InstitutionMention* body = scan_.institution_at(scan_.words[k].start)) c.organization = body->entity;
    }
  }

  // ----- a notice's contact ---------------------------------------------------
  // "FOR FURTHER INFORMATION CONTACT: Sau L. Lee, Center for Drug Evaluation
  // and Research, ...": a Federal Register document opens its contact
  // paragraph with the person to ask, whatever the given name ("Sau"),
  // before an office, " at " a telephone number, or another person.
  void contact_paragraphs() {
    static constexpr std::string_view kLabel = "FOR FURTHER INFORMATION CONTACT:";
    const std::string_view text = scan_.text;
    for (std::size_t at = text.find(kLabel); at != std::string_view::npos; at = text.find(kLabel, at + kLabel.size())) {
      const std::size_t pos = text.find_first_not_of(" \t\n", at + kLabel.size());
      if (pos == std::string_view::npos) return;
      std::size_t first = scan_.word_at(pos);
      if (first >= scan_.words.size() || scan_.words[first].start != pos) continue;
      const std::string_view honorific = scan_.word(first);
      if ((honorific == "Mr" || honorific == "Ms" || honorific == "Mrs" || honorific == "Dr") &&
          scan_.gap_before(first + 1) == ". ") {
        ++first;
      }
      const NameSpan name = read_name_forward(scan_, first, 4);
      if (!name.ok() || name.end_word - name.first_word < 2 || names_a_company(name)) continue;
      const std::string_view after = text.substr(name.end, 6);
      if (!(after.starts_with(",") || after.starts_with(";") || after.starts_with(" at ") ||
            after.starts_with(" of ") || after.starts_with(" or ") || after.starts_with(" and") ||
            after.starts_with(".\n") || after.starts_with(" ("))) {
        continue;
      }
      PersonCandidate c;
      c.name = name;
      c.display = name_display(scan_, name);
      c.form = "contact";
      candidates_.push_back(std::move(c));
    }
  }

  static bool is_connector_word(std::string_view w) { return w == "of" || w == "and" || w == "the" || w == "for"; }

  // ----- names without a cue ------------------------------------------------------
  // "Kevin M. Downing", "PAUL J. MANAFORT, JR.", "Andrew M Ellis": a known given
  // name, optional middle names or initials, and a surname. Docket filer
  // attributions write the name inverted: "(Radicke, Michelle)".
  void given_name_start(std::size_t i) {
    std::string_view w = scan_.word(i);
    if (w.size() < 2 || !lists_.is_given_name(w)) return;
    if (i > 0 && inverted_filer(i)) return;
    if (i > 0) {
      std::string_view gap = scan_.gap_before(i);
      std::string_view prev = scan_.word(i - 1);
      if (is_space_gap(gap)) {
        // Inside a longer capitalised phrase ("Thomas Jefferson Memorial" is
        // read from its start) or a case name ("Smith v. John Doe", "In re").
        if (is_capitalized(prev) && !lists_.is_stopword(prev) && !is_caption_role(prev)) return;
        if (prev == "v" || prev == "re" || prev == "vs") return;
        // "Law Office of Kevin M. Downing", "Estate of ...": part of a body's name.
        if ((prev == "of" || prev == "OF") && i >= 2 && is_capitalized(scan_.word(i - 2))) return;
      } else if (gap.starts_with(".") && (prev == "v" || prev == "vs")) {
        return;
      }
    }
    if (i > 0 && scan_.gap_before(i).ends_with("(") && appellate_panel(i)) return;
    NameSpan name = read_name_forward(scan_, i, 5);
    if (!name.ok()) return;
    // "Andrew M Ellis", "RUTH I ZELLEZ": a middle initial written without its period.
    if (name.name_words == 1 && name.end_word + 1 < scan_.words.size()) {
      std::size_t m = name.end_word;
      std::string_view initial = scan_.word(m);
      if (initial.size() == 1 && is_ascii_upper(initial[0]) && scan_.gap_before(m) == " " &&
          scan_.gap_before(m + 1) == " ") {
        NameSpan rest = read_name_forward(scan_, m + 1, 3);
        if (rest.ok() && is_all_caps(scan_.word(m + 1)) == is_all_caps(w)) {
          name.end_word = rest.end_word;
          name.end = rest.end;
          name.name_words += rest.name_words;
        }
      }
    }
    if (name.name_words < 2 || name.name_words > 4) return;
    // "Leonardo Calderon-" at a line end: the rest of the name is elsewhere.
    if (name.end < scan_.text.size() && scan_.text[name.end] == '-') return;
    if (names_a_company(name) || followed_by_body_or_case(name)) return;
    PersonCandidate c;
    c.name = name;
    c.display = name_display(scan_, name);
    c.form = "name";
    candidates_.push_back(std::move(c));
  }

  // "The study was made by D. L. Futransky of the Standards Division": two
  // initials and a surname are a person's name wherever they stand, as no
  // given-name list can hold the names initials hide. Two-letter
  // abbreviations written the same way ("U. S.", "N. E.", "E. D.") are not
  // initials, nor is a name inside a longer capitalised phrase.
  void initials_start(std::size_t i) {
    if (i + 2 >= scan_.words.size() || !is_initial(scan_, i) || !is_initial(scan_, i + 1) ||
        scan_.gap_before(i + 1) != ". ") {
      return;
    }
    if (i > 0) {
      const std::string_view prev = scan_.word(i - 1);
      const std::string_view gap = scan_.gap_before(i);
      if (!is_space_gap(gap) || is_initial(scan_, i - 1)) return;
      if (is_capitalized(prev) && !lists_.is_stopword(prev)) return;
      if (prev == "v" || prev == "vs" || prev == "re") return;
    }
    // Three letters are an acronym more often than a name ("F. B. I.", "C. F. R.").
    if (is_initial(scan_, i + 2)) return;
    std::string pair{scan_.word(i)[0], scan_.word(i + 1)[0]};
    for (std::string_view abbreviation : {"US", "NE", "NW", "SE", "SW", "DC", "NY", "NJ", "ND", "SD", "ED", "WD", "MD",
                                          "CD", "PR", "AD", "BC", "UK", "LA", "FR", "RS", "IR", "SC", "NC", "HR", "QJ"}) {
      if (pair == abbreviation) return;
    }
    NameSpan name = read_name_forward(scan_, i, 5);
    if (!name.ok() || name.name_words < 1 || name.name_words > 2) return;
    const std::string_view surname = scan_.word(name.end_word - 1);
    if (surname.size() < 3 || is_all_caps(surname)) return;
    // "L. Q. Rev.", "H. R. Rep. No. 94": a short word with its own period
    // abbreviates a publication, not a surname.
    const std::size_t after = scan_.words[name.end_word - 1].end;
    if (surname.size() <= 4 && after < scan_.text.size() && scan_.text[after] == '.') return;
    if (names_a_company(name) || followed_by_body_or_case(name)) return;
    if (std::any_of(candidates_.begin(), candidates_.end(),
                    [&](const PersonCandidate& c) { return c.name.start <= name.start && name.end <= c.name.end; })) {
      return;
    }
    PersonCandidate c;
    c.name = name;
    c.display = name_display(scan_, name);
    c.form = "name";
    candidates_.push_back(std::move(c));
  }

  // "Harry Van Leuven and Bienvenido Marrero were working a security
  // detail": a name of two or three capitalised words joined by "and" to a
  // person's full name is a person's too, though its given name is no list's.
  void coordinated_names() {
    const std::size_t known = candidates_.size();
    for (std::size_t c = 0; c < known; ++c) {
      const NameSpan person = candidates_[c].name;
      if (person.name_words < 2) continue;
      // After: "<person> and <Name>".
      const std::size_t conj = person.end_word;
      if (conj + 2 < scan_.words.size() && scan_.word(conj) == "and" && is_space_gap(scan_.gap_before(conj)) &&
          is_space_gap(scan_.gap_before(conj + 1))) {
        add_coordinated(read_name_forward(scan_, conj + 1, 3));
      }
      // Before: "<Name> and <person>".
      if (person.first_word < 3 || scan_.word(person.first_word - 1) != "and" ||
          !is_space_gap(scan_.gap_before(person.first_word)) || !is_space_gap(scan_.gap_before(person.first_word - 1)))
        continue;
      const NameSpan name = read_name_backward(scan_, person.first_word - 2, 3);
      // The whole name: nothing capitalised right before it ("Officer Bienvenido Marrero").
      if (!name.ok() || (name.first_word > 0 && is_space_gap(scan_.gap_before(name.first_word)) &&
                         is_capitalized(scan_.word(name.first_word - 1))))
        continue;
      add_coordinated(name);
    }
  }

  void add_coordinated(const NameSpan& name) {
    if (!name.ok() || name.name_words < 2 || name.name_words > 3 || name.starts_with_initial) return;
    for (std::size_t k = name.first_word; k < name.end_word; ++k) {
      const std::string_view w = scan_.word(k);
      if (!is_capitalized(w) || is_all_caps(w) || lists_.is_stopword(w)) return;
    }
    if (scan_.is_taken(name.start, name.end) || scan_.institution_at(name.start)) return;
    if (names_a_company(name) || followed_by_body_or_case(name)) return;
    if (InstitutionGazetteer::instance().is_state_name(name_display(scan_, name))) return;
    for (const PersonCandidate& other : candidates_) {
      if (other.name.start < name.end && name.start < other.name.end) return;
    }
    PersonCandidate c;
    c.name = name;
    c.display = name_display(scan_, name);
    c.form = "name";
    candidates_.push_back(std::move(c));
  }

  // Appellate dockets name the panel after an order or opinion entry:
  // "Order filed for PUBLICATION (MICHAEL DALY HAWKINS, RONALD M. GOULD and
  // RICHARD A. PAEZ)". Emits the judges; returns whether it did.
  bool appellate_panel(std::size_t first) {
    if (scan_.document_court_level != "appellate") return false;
    std::size_t open = scan_.words[first].start - 1;
    std::size_t line = scan_.text.rfind('\n', open);
    line = line == std::string_view::npos ? 0 : line + 1;
    std::string before = to_lower(scan_.text.substr(line, open - line));
    if (before.find("filed") == std::string::npos) return false;
    std::vector<NameSpan> names;
    std::size_t k = first;
    while (k < scan_.words.size() && names.size() < 5) {
      NameSpan name = read_name_forward(scan_, k, 4);
      if (!name.ok() || !looks_like_full_name(scan_, name)) return false;
      names.push_back(name);
      if (name.end >= scan_.text.size()) return false;
      if (scan_.text[name.end] == ')') break;
      std::size_t next = name.end_word;
      if (next + 1 >= scan_.words.size()) return false;
      std::string_view gap = scan_.gap_before(next);
      if (scan_.word(next) == "and" && (gap == " " || gap == ", ")) k = next + 1;
      else if (gap == ", ") k = next;
      else return false;
    }
    if (names.size() < 2 || names.back().end >= scan_.text.size() || scan_.text[names.back().end] != ')')
      return false;
    for (const NameSpan& name : names) {
      std::string display = name_display(scan_, name);
      Mention m;
      m.type = "judge";
      m.start = name.start;
      m.end = name.end;
      m.entity = person_entity(display, true);
      m.name = display;
      m.attrs["title"] = std::string("Circuit Judge");
      m.attrs["form"] = std::string("panel");
      if (!scan_.document_court.empty()) m.attrs["court"] = "court:" + scan_.document_court;
      remember_person(scan_, display, true);
      scan_.emit(std::move(m));
    }
    return true;
  }

  // "... Ellis University", "John Doe v. Smith", "John Smith's Estate" are not a person here.
  bool followed_by_body_or_case(const NameSpan& name) const {
    std::size_t next = name.end_word;
    if (next >= scan_.words.size()) return false;
    std::string_view gap = scan_.gap_before(next);
    std::string_view w = scan_.word(next);
    if ((w == "v" || w == "vs") && (gap == " " || gap == ", ")) return true;
    if (is_space_gap(gap) && is_capitalized(w) && lists_.is_org_head(w)) return true;
    // "William K. Nakamura\n\nCourthouse", "Thurgood Marshall United States Courthouse".
    for (std::size_t j = next; j < scan_.words.size() && j < next + 4; ++j) {
      std::string_view g = scan_.gap_before(j);
      if (!(g == " " || g == "\n" || g == "\n\n") || !is_capitalized(scan_.word(j))) break;
      if (is_place_head(scan_.word(j))) return true;
    }
    if ((gap == " & " || gap == " and ") && is_capitalized(w)) return true;  // a firm: "Smith & Jones"
    if (w == "&") return true;
    return false;
  }

  // A building, place, document or rule named after a person: "Nakamura Courthouse", "Kane Affidavit".
  static bool is_place_head(std::string_view w) {
    for (std::string_view h : {"Courthouse", "COURTHOUSE", "Building", "BUILDING", "Hall", "Street", "Avenue",
                               "Boulevard", "Road", "Bridge", "Park", "Memorial", "Library", "Airport",
                               "Highway", "Plaza", "Square", "Center", "Centre", "Lock", "Dam", "Valley",
                               "River", "Lake", "Island", "Mountain", "County", "Counties", "Affidavit",
                               "Declaration", "Report", "Memorandum", "Letter", "Doctrine", "Rule", "Act"})
      if (w == h) return true;
    return false;
  }

  static bool is_caption_role(std::string_view w) {
    for (std::string_view r : kCaptionRoles)
      if (iequals(w, r)) return true;
    return false;
  }

  // "Ms. Williams" names a person whose given name may be unusual ("Carie"):
  // "Carie Williams" elsewhere in the document, a capitalised word right
  // before that surname, is her full name.
  void full_names_of_addressed_surnames() {
    std::vector<std::string_view> surnames;
    for (const PersonCandidate& c : candidates_)
      if (c.form == "title" && c.name.name_words == 1 && !c.name.starts_with_initial &&
          c.name.end_word == c.name.first_word + 1)
        surnames.push_back(scan_.word(c.name.first_word));
    if (surnames.empty()) return;
    std::sort(surnames.begin(), surnames.end());
    surnames.erase(std::unique(surnames.begin(), surnames.end()), surnames.end());
    for (std::uint32_t i : scan_.anchors.capitalized) {
      if (i < 1 || !std::binary_search(surnames.begin(), surnames.end(), scan_.word(i))) continue;
      if (scan_.gap_before(i) != " ") continue;
      std::size_t g = i - 1;
      std::string_view given = scan_.word(g);
      if (given.size() < 2 || !is_capitalized(given) || is_all_caps(given) || lists_.is_stopword(given)) continue;
      bool lower_rest = true;
      for (char ch : given.substr(1)) lower_rest = lower_rest && is_ascii_lower(ch);
      if (!lower_rest) continue;
      matches_.clear();
      lists_.cues().matches_at(scan_.text, scan_.words, g, matches_);
      if (!matches_.empty()) continue;  // a title: "Ms. Williams", "Judge Williams"
      // The given name opens the name: nothing capitalised before it.
      if (g > 0 && is_space_gap(scan_.gap_before(g)) && is_capitalized(scan_.word(g - 1))) continue;
      NameSpan name = read_name_forward(scan_, g, 2);
      if (!name.ok() || name.end_word != i + 1 || name.name_words != 2) continue;
      if (name.end < scan_.text.size() && scan_.text[name.end] == '-') continue;
      PersonCandidate c;
      c.name = name;
      c.display = name_display(scan_, name);
      c.form = "name";
      candidates_.push_back(std::move(c));
    }
  }

  // "(Radicke, Michelle)", "(GOLDSTEIN, DAVID)": PACER's filer attribution.
  // Returns whether word i is the given name of one (handled here).
  bool inverted_filer(std::size_t i) {
    if (scan_.gap_before(i) != ", ") return false;
    std::size_t end = scan_.words[i].end;
    if (end >= scan_.text.size() || scan_.text[end] != ')') return false;
    std::size_t s = i - 1;
    std::string_view surname = scan_.word(s);
    if (!is_capitalized(surname) || surname.size() < 2 || lists_.is_stopword(surname)) return false;
    std::size_t sstart = scan_.words[s].start;
    if (sstart == 0 || scan_.text[sstart - 1] != '(') return false;
    if (is_all_caps(surname) != is_all_caps(scan_.word(i))) return false;
    NameSpan name;
    name.first_word = s;
    name.end_word = i + 1;
    name.start = sstart;
    name.end = end;
    name.name_words = 2;
    PersonCandidate c;
    c.name = name;
    c.display = title_case_name(scan_.word(i)) + " " + title_case_name(surname);
    c.role = "filer";
    c.form = "inverted";
    candidates_.push_back(std::move(c));
    return true;
  }

  // "RICHARD NOONAN, in his capacity as Sergeant of the Foxborough Police Department"
  void capacity_clause(std::size_t anchor) {
    if (anchor < 3 || anchor + 2 >= scan_.words.size()) return;
    std::string_view his = scan_.word(anchor - 1);
    if (!(his == "his" || his == "her" || his == "their" || his == "official")) return;
    std::size_t in = anchor - 1;
    while (in > 0 && scan_.word(in) != "in" && anchor - in < 3) --in;
    if (scan_.word(in) != "in" || in == 0 || scan_.gap_before(in) != ", ") return;
    NameSpan name = read_name_backward(scan_, in - 1, 4);
    if (!name.ok() || name.name_words < 2) return;
    std::string role;
    std::string organization;
    std::size_t k = anchor + 1;
    if (scan_.word(k) == "as") {
      ++k;
      std::size_t role_first = k;
      while (k < scan_.words.size() && k - role_first < 5 && is_capitalized(scan_.word(k))) ++k;
      if (k > role_first)
        role = squeeze_spaces(scan_.text.substr(scan_.words[role_first].start,
                                                scan_.words[k - 1].end - scan_.words[role_first].start));
      if (k + 1 < scan_.words.size() && scan_.word(k) == "of") {
        std::size_t j = k + 1;
        if (scan_.word(j) == "the" && j + 1 < scan_.words.size()) ++j;
        if (const InstitutionMention* body = scan_.institution_at(scan_.words[j].start))
          organization = body->entity;
      }
    }
    PersonCandidate c;
    c.name = name;
    c.display = name_display(scan_, name);
    c.role = role;
    c.organization = organization;
    c.form = "caption";
    candidates_.push_back(std::move(c));
  }

  void emit_all() {
    // Stable: of two candidates alike in rank, the one found first wins
    // ("Attorney General Pam Bondi" read at "Attorney" before "General"),
    // however many other candidates the document has.
    std::stable_sort(candidates_.begin(), candidates_.end(),
              [](const PersonCandidate& a, const PersonCandidate& b) {
                // At one start, a name read from a cue wins over a bare name, and
                // one with a role ("counsel" on a brief line) over one with none
                // ("Messrs." before the same list).
                if (a.name.start != b.name.start) return a.name.start < b.name.start;
                auto rank = [](const PersonCandidate& c) {
                  if (c.form == "name" || c.form == "inverted") return 2;
                  return c.role.empty() ? 1 : 0;
                };
                return rank(a) < rank(b);
              });
    std::vector<const PersonCandidate*> by_fullness;
    for (const PersonCandidate& c : candidates_)
      if (!scan_.is_taken(c.name.start, c.name.end) && !is_judge(c)) by_fullness.push_back(&c);
    std::stable_sort(by_fullness.begin(), by_fullness.end(), [](const PersonCandidate* a, const PersonCandidate* b) {
      return a->name.name_words > b->name.name_words;
    });
    for (const PersonCandidate* c : by_fullness) remember_person(scan_, c->display, false);
    for (const PersonCandidate& c : candidates_) {
      if (is_judge(c)) continue;  // a judge is a judge
      int index = resolve_person(scan_, c.display, false);
      KnownPerson alone;
      if (index < 0) alone.full_name = c.display;
      const KnownPerson& known = index >= 0 ? scan_.people[static_cast<std::size_t>(index)] : alone;
      Mention m;
      m.type = "person";
      m.start = c.name.start;
      m.end = c.name.end;
      m.entity = known.entity();
      m.name = known.full_name;
      if (!c.role.empty()) m.attrs["role"] = c.role;
      if (!c.organization.empty()) m.attrs["organization"] = c.organization;
      m.attrs["form"] = c.form;
      if (known.full_name != c.display) m.attrs["alias_of"] = known.full_name;
      scan_.emit(std::move(m));
    }
  }

  // A name the judge pass knows: the same surname with a fitting first name,
  // or a surname alone that only a judge carries.
  bool is_judge(const PersonCandidate& c) const { return resolve_person(scan_, c.display, true) >= 0; }

  NameScan& scan_;
  const NameLists& lists_;
  std::vector<PhraseTrie::Match> matches_;
  std::vector<PersonCandidate> candidates_;
};

}  // namespace

void find_people(NameScan& scan) { PersonFinder(scan).run(); }

}  // namespace lexgraph::names
