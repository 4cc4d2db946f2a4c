#pragma once
// Terms a statute defines: "In this Act, the term “Secretary” means the
// Secretary of the Army." A researcher asks "Who is the “Secretary” in the
// Water Resources Reform and Development Act?" or "What does ‘covered
// entity’ mean under the Act?": the answer is the definition, which the
// question shares only the quoted term with.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lexgraph::ask {

// The quoted term whose meaning the question asks ("Secretary"), "" when it
// quotes none or asks something else of it.
std::string defined_term_asked(std::string_view question);

struct Definition {
  // In the sentence: "the Secretary of the Army"; empty when the sentence
  // ends with the verb and the clauses after it give the meaning.
  std::pair<std::size_t, std::size_t> meaning;
  bool whole_law = false;  // "In this Act", "In this title": not one section's own sense
  bool extends = false;    // "“T” includes X": X is only part of the meaning
};

// The sentence's definition of `term` ("the term “T” means X", "“T” means
// X", "“T” includes X"), if it gives one; a definition by reference ("has
// the meaning given in section 2") is none.
std::optional<Definition> definition_in(std::string_view sentence, std::string_view term);

}  // namespace lexgraph::ask
