#pragma once
// The structural relation rules (structural_relations.h) as one class whose
// methods are spread by concern over structural_relations.cc,
// structural_judges.cc, structural_parties.cc and structural_dockets.cc.
// Internal to relate/.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/extraction_context.h"
#include "resolve/entity.h"

namespace lexgraph::structural {

std::string lower_ascii(std::string_view s);

class StructuralRules {
 public:
  StructuralRules(const ExtractionContext& ctx, const Extraction& x, std::vector<Relation>& out)
      : ctx_(ctx), x_(x), out_(out), doc_node_(document_node_id(ctx.doc.id)) {}

  void run();

  // Judges named only by the metadata or a panel line: (id, name as listed).
  std::vector<std::pair<std::string, std::string>> metadata_judges_;

 private:
  const Mention& first(const Entity& e) const { return x_.mentions[e.mentions.front()]; }

  // structural_relations.cc: citations, parents, roles, authors
  Relation at(const Mention& m, std::string subject, std::string predicate, std::string object, double confidence);
  // Evidence at text[start, end): its sentence, that span.
  Relation at(std::size_t start, std::size_t end, std::string subject, std::string predicate, std::string object,
              double confidence) const;
  // Whether a relation found so far says `predicate`(subject, this document).
  bool said(std::string_view predicate, const std::string& subject) const;
  void cites(const Entity& e);
  void part_of(const Entity& e);
  void roles(const Entity& e);
  const Mention* counsel_mention(const Entity& e) const;
  void issued_by(const Entity& e);
  void authored(const Mention& m);
  void wrote(const Mention& m, const char* opinion);
  const char* capitals_author_line(const Mention& m) const;
  bool signs_the_opinion(const Mention& m) const;
  static std::size_t title_after_comma(std::string_view rest);
  bool has(const Relation& r) const;

  // structural_judges.cc: presiding judges, panels, concurrences
  void presiding_judges();
  bool presides(const std::string& judge) const;
  bool decided_below(const std::string& judge) const;
  void panel_judges();
  void panel_judge(std::size_t start, std::size_t end, double confidence);
  void concurring_judges();
  std::vector<std::pair<std::size_t, std::size_t>> panel_names(std::size_t from, std::size_t to) const;
  std::string judge_named(const std::string& name);
  std::string flat_lower(std::size_t from, std::size_t to) const;

  // structural_judge_roles.cc: judges by role — the judge below, the
  // assigned judge, the signer, docket-entry panels, dissenting justices
  void judge_roles();
  void labelled_judges();
  std::size_t panel_lines_below(std::size_t eol, int& found);
  void appeal_from_judges();
  const Relation* opinion_written_before(std::size_t at) const;
  void docket_entry_panels();
  void signing_judges();
  void dissenting_judges();
  void written_dissents();
  std::string role_judge(std::size_t start, std::size_t end, const std::string& role, const char* source, double confidence);
  void no_part(std::size_t start, std::size_t end);
  void dissents(std::size_t start, std::size_t end, const std::string& joined, const std::string& position);
  std::vector<std::pair<std::size_t, std::size_t>> justice_list(std::size_t from, std::size_t to) const;
  std::pair<std::size_t, std::size_t> name_span(std::size_t from, std::size_t to) const;

  // structural_parties.cc: caption parties
  void caption_parties();
  bool caption_separator(std::size_t at, std::size_t width) const;
  bool counsel_or_title(std::size_t start, std::size_t end, const Entity& e) const;
  void text_caption_parties();
  static bool contains_words(const std::string& hay, const std::string& needle);

  // structural_dockets.cc: docket order entries
  void docket_orders();

  const ExtractionContext& ctx_;
  const Extraction& x_;
  std::vector<Relation>& out_;
  std::string doc_node_;
};

}  // namespace lexgraph::structural
