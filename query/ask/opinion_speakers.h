#pragma once
// Who says "I" in an opinion: a separate opinion speaks in the first person
// ("I join the Court's opinion except Part II-D thereof."), and only its
// heading names the judge ("MR. JUSTICE BLACKMUN, concurring in part."), as
// an opinion's "we" is its court.

#include <cstddef>
#include <optional>
#include <string_view>

#include "ask/stored_document.h"

namespace lexgraph::ask {

// Where the sentence speaks as "I" ("I join", "With Justice X, I would
// affirm"), not a numeral ("Part I", "Parts I and II", "Title I"): the
// offset of the "I"; nullopt when it does not.
std::optional<std::size_t> first_person_at(std::string_view sentence);

// A separate opinion's author and what its heading calls it.
struct SeparateOpinion {
  const StoredEntity* author = nullptr;
  bool dissent = false;  // "dissenting", "concurring in part and dissenting in part"
  bool concur = false;   // "concurring", "concurring in the judgment"
};

// The separate opinion that holds the text at `offset`: the nearest
// heading line before it that names one of the document's judges and says
// the opinion's kind ("concurring", "dissenting", "concurring in part",
// "SELYA, Circuit Judge (dissenting)"); no author when none does.
SeparateOpinion separate_opinion_at(const StoredDocument& doc, std::size_t offset);

}  // namespace lexgraph::ask
