#include "ask/lower_courts.h"

#include <string>

#include "ask/passage_names.h"
#include "ask/text_match.h"
#include "extract/names/institution_gazetteer.h"
#include "extract/names/names.h"

namespace lexgraph::ask {

namespace {

// A caption says which court the case came from ("Appeal from the United
// States District Court for the District of Massachusetts", "ON WRIT OF
// CERTIORARI TO THE UNITED STATES COURT OF APPEALS"): its first bytes.
constexpr std::size_t kCaptionBytes = 4000;

// The words that name a court by its kind ("the tax court"); "below" and
// "lower" name any court under a supreme one.
bool names_a_kind(std::string_view kind) {
  for (std::string_view k : {"tax", "district", "trial", "bankruptcy", "below", "lower"})
    if (kind == k) return true;
  return false;
}

// Whether court `id` is of that kind, by its courts.tsv level.
bool of_kind(const std::string& id, std::string_view kind) {
  if (kind == "tax") return id == "court:tax";
  if (!id.starts_with("court:")) return false;
  const auto& gazetteer = names::InstitutionGazetteer::instance();
  const int at = gazetteer.find(names::InstitutionKind::court, id.substr(6));
  if (at < 0) return false;
  const std::string& level = gazetteer.institution(static_cast<std::uint32_t>(at)).level;
  if (kind == "below" || kind == "lower") return level != "supreme" && level != "state";
  if (kind == "bankruptcy") return level == "bankruptcy";
  return level == "district";  // "district", "trial"
}

// The one court of `kind` the document names apart from its own; nullptr
// when it names none or several that its caption does not tell apart.
const StoredEntity* court_of_kind(const StoredDocument& doc, std::string_view kind) {
  const std::string own = "court:" + names::document_court_id(doc.court);
  std::vector<const StoredEntity*> named;
  for (const auto& de : doc.entities)
    if (de.type == "court" && de.id != own && of_kind(de.id, kind)) named.push_back(&de);
  if (named.size() == 1) return named.front();
  const std::string_view caption = std::string_view(doc.text).substr(0, kCaptionBytes);
  const StoredEntity* in_caption = nullptr;
  for (const StoredEntity* de : named) {
    if (!find_entity(caption, *de)) continue;
    if (in_caption) return nullptr;
    in_caption = de;
  }
  return in_caption;
}

// How a caption says which decision is reviewed, and whether an agency's
// order may be that decision.
struct ReviewPhrase {
  std::string_view words;
  bool agency;
};
constexpr ReviewPhrase kReviewPhrases[] = {
    {"error to", false},       {"appeal from", false},           {"appeals from", false},
    {"certiorari to", false},  {"petition for review of", true}, {"petitions for review of", true},
    {"on review of", true},    {"lower ct:", true},  // a Supreme Court docket's label
};
// The court follows its phrase closely ("APPEAL FROM THE UNITED STATES
// DISTRICT COURT FOR THE DISTRICT OF MASSACHUSETTS [Hon. ...]").
constexpr std::size_t kReviewedCourtReach = 160;

}  // namespace

std::optional<ReviewedCourt> reviewed_court(const StoredDocument& doc) {
  const std::string own = "court:" + names::document_court_id(doc.court);
  const std::string_view caption = std::string_view(doc.text).substr(0, kCaptionBytes);
  std::optional<ReviewedCourt> best;
  for (const ReviewPhrase& phrase : kReviewPhrases) {
    const std::size_t at = find_word(caption, phrase.words, 0, /*fold=*/true);
    if (at == std::string_view::npos || (best && at >= best->span.first)) continue;
    const std::size_t from = at + phrase.words.size();
    const std::string_view reach = caption.substr(from, kReviewedCourtReach);
    for (const auto& de : doc.entities) {
      if (de.id == own || !(de.type == "court" || (phrase.agency && de.type == "agency"))) continue;
      const auto span = find_entity(reach, de);
      if (!span) continue;
      const Span in_text{from + span->first, from + span->second};
      if (!best || in_text.first < best->span.first) best = ReviewedCourt{in_text, &de};
    }
  }
  return best;
}

std::vector<CourtReference> court_references(std::string_view s, const StoredDocument& doc) {
  std::vector<CourtReference> out;
  const std::vector<Word> ws = words_of(s);
  for (std::size_t k = 1; k + 1 < ws.size(); ++k) {
    // "the tax court", "the district court", "the lower court"; "the court below".
    std::string_view kind;
    std::size_t first = k - 1, last = k + 1;
    if (ws[k - 1].lower == "the" && ws[k + 1].lower == "court" && !ws[k].capitalized) {
      kind = ws[k].lower;
    } else if (ws[k - 1].lower == "the" && ws[k].lower == "court" && !ws[k].capitalized && ws[k + 1].lower == "below") {
      kind = "below";
    } else {
      continue;
    }
    if (!names_a_kind(kind)) continue;
    const StoredEntity* court = court_of_kind(doc, kind);
    if (!court) continue;
    out.push_back({{ws[first].start, ws[last].end}, court});
    k = last;
  }
  return out;
}

}  // namespace lexgraph::ask
