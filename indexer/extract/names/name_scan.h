#pragma once
// One document as the name passes share it: its words, the spans already
// given to a mention, and what earlier passes found (courts and agencies
// for judges' courts and people's organizations; judges, so that a judge is
// never also a person).

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction_context.h"
#include "extract/mention.h"
#include "extract/names/anchor_words.h"
#include "extract/names/name_text.h"

namespace lexgraph::names {

// A court, agency or organization mention found by a pass.
struct InstitutionMention {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string entity;  // "agency:irs"
  std::string name;    // canonical name
};

// A judge or person named in full (or by surname with a title), for
// entity ids and for surname aliases later in the text.
struct KnownPerson {
  std::string surname_key;  // lower case: "kollar-kotelly"
  std::string surname;      // title-cased: "Smith-Jones"
  std::string full_name;    // fullest form seen, title-cased: "Anna B. Smith-Jones"
  std::string given;        // first word of the full name ("Colleen", "J."), "" for a surname alone
  std::size_t name_words = 0;
  bool judge = false;
  std::string entity() const;  // "judge:colleen-kollar-kotelly"
};

class NameScan {
 public:
  NameScan(const ExtractionContext& ctx, std::vector<Mention>& out);
  ~NameScan();
  NameScan(const NameScan&) = delete;
  NameScan& operator=(const NameScan&) = delete;

  const ExtractionContext& ctx;
  std::string_view text;
  std::span<const Word> words;  // in a per-thread buffer, reused from document to document
  WordAnchors& anchors;      // word indices per pass (same buffer rule)
  std::string document_court;  // court id from metadata, "" if unknown
  std::string document_court_level;

  std::vector<InstitutionMention> courts;
  std::vector<InstitutionMention> agencies;
  std::vector<InstitutionMention> organizations;
  std::vector<KnownPerson> people;  // judges and persons
  bool united_states_party = false;  // the document's title names the United States as a party

  std::string_view word(std::size_t i) const { return word_text(text, words[i]); }
  // Text between words i-1 and i ("" for i == 0).
  std::string_view gap_before(std::size_t i) const;
  // Index of the first word starting at or after `pos`.
  std::size_t word_at(std::size_t pos) const;
  // Sentence index of byte `pos` (0 when there are no sentences).
  std::size_t sentence_of(std::size_t pos) const;
  // Start of sentence `index` (0 when out of range).
  std::size_t sentence_start(std::size_t index) const;
  // Whether `pos` sits inside "( ... )" opened earlier in the same sentence,
  // as in "(Scalia, J., dissenting)".
  bool inside_parentheses(std::size_t pos) const;
  // Whether the document contains `needle` (cached per needle).
  bool document_contains(std::string_view needle);

  bool is_taken(std::size_t start, std::size_t end) const;
  // Appends `m` unless its span overlaps one already emitted; returns whether it did.
  bool emit(Mention m);
  // Emits an organization named by text[start, end) (id "org:<slug>") and
  // records it in `organizations`; returns whether it was emitted.
  bool emit_organization(std::size_t start, std::size_t end);

  // Court / agency / organization mention that starts at `pos`, or nullptr.
  const InstitutionMention* institution_at(std::size_t pos) const;

 private:
  std::vector<Mention>& out_;
  std::vector<std::pair<std::size_t, std::size_t>> taken_;  // sorted by start
  std::vector<std::pair<std::string, bool>> contains_cache_;
};

// Adds `m` to `list` (courts, agencies or organizations), which stays
// sorted by start: institution_at and the passes after look spans up there.
void insert_by_start(std::vector<InstitutionMention>& list, InstitutionMention m);

// Records judge or person `name` (display form) in scan.people: forms with the
// same surname and a compatible first name ("Harry T. Edwards", "Judge
// Edwards", "H. Edwards") are one person, the fullest form kept.
void remember_person(NameScan& scan, std::string_view name, bool judge);
// Index in scan.people of the one judge (or person) `name` names, or -1 when
// none or, for a surname alone, when several people share it.
int resolve_person(const NameScan& scan, std::string_view name, bool judge);
// Whether some judge (or person) in scan.people has this surname.
bool has_surname(const NameScan& scan, std::string_view surname, bool judge);

// Entity id for a name: "judge:" / "person:" + slug of given names and
// surname, middle initials and suffixes left out ("Harry T. Edwards" ->
// "harry-edwards").
std::string person_entity(std::string_view full_name, bool judge);

}  // namespace lexgraph::names
