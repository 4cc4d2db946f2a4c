#pragma once
// The contract between the index writer (indexer/store) and the query
// engine (query/): term prefixes, value slots and the position layout that
// makes same-sentence and same-paragraph search exact. Changing anything
// here changes the on-disk format: bump kFormatVersion.

#include <cstdint>
#include <string>
#include <string_view>

namespace lexgraph::layout {

inline constexpr int kFormatVersion = 4;

// --- Boolean filter terms (exact, lower-cased values) -------------------
inline constexpr std::string_view kIdPrefix = "Q";      // unique document id
inline constexpr std::string_view kKindPrefix = "XK";   // kind: opinion, order, ...
inline constexpr std::string_view kYearPrefix = "Y";    // year: 2025
inline constexpr std::string_view kMonthPrefix = "M";   // month: 202511
inline constexpr std::string_view kDocketPrefix = "XD"; // docket, see docket_term()
inline constexpr std::string_view kFormatPrefix = "XF"; // reader: text, pdf, ...
inline constexpr std::string_view kFilePrefix = "XP";   // source file key, see file_key()
inline constexpr std::string_view kEntityPrefix = "XE"; // canonical entity id: "XEagency:ice"
// The court that decided the document, by id ("XOscotus"): its opinions
// rarely name it in their text, yet "a member of the Supreme Court" asks about them.
inline constexpr std::string_view kCourtIdPrefix = "XO";

// --- Free-text fields (word terms with positions, phrase-searchable) -----
inline constexpr std::string_view kTitlePrefix = "S";
inline constexpr std::string_view kCourtPrefix = "XC";
inline constexpr std::string_view kJudgePrefix = "XJ";
// Body text has no prefix.

// --- Value slots ---------------------------------------------------------
inline constexpr unsigned kDateSlot = 0;         // sortable_serialise(yyyymmdd), partial dates padded with 0
inline constexpr unsigned kContentHashSlot = 1;  // hex hash of the source file's bytes
inline constexpr unsigned kSourcePathSlot = 2;   // the path the file was read from

// --- Positions -----------------------------------------------------------
// Body words get consecutive positions inside a sentence. Between sentences
// the writer skips kSentenceGap positions and between paragraphs
// kParagraphGap, and it never lets a sentence span more than
// kSentenceWindow positions or a paragraph more than kParagraphWindow
// (overlong ones are cut into chunks at word boundaries). Therefore:
//   two words are in the same sentence  <=>  |p1 - p2| < kSentenceWindow
//   two words are in the same paragraph <=>  |p1 - p2| < kParagraphWindow
// and Xapian's own NEAR operator answers /s and /p exactly, with no
// post-filtering. Phrases and /n never cross a sentence either.
inline constexpr std::uint32_t kSentenceWindow = 256;
inline constexpr std::uint32_t kSentenceGap = kSentenceWindow;
inline constexpr std::uint32_t kParagraphWindow = 16384;
inline constexpr std::uint32_t kParagraphGap = kParagraphWindow;

// Entities shared across documents get an index term; figures, money,
// dates and orders are local to their document and do not.
inline bool is_indexed_entity(std::string_view type) {
  return type != "figure" && type != "money" && type != "date" && type != "order";
}

// Lower-cased term value for a docket number: "No. 25-5181" -> "25-5181",
// "1:25-CV-01101" -> "1:25-cv-01101". Used on both sides of the index.
std::string docket_term(std::string_view docket);

// A short, stable key for a source file path (fits in a Xapian term).
std::string file_key(std::string_view path);

// Hex digest identifying a file's bytes, for incremental builds.
std::string content_hash(std::string_view bytes);

// The unique id term of a document. Ids too long for a Xapian term
// (245 bytes) are cut and suffixed with a hash of the whole id.
std::string id_term(std::string_view id);

// yyyymmdd as a number from an ISO date ("2025-11-20", "2025-11", "2025");
// 0 when the date cannot be read.
std::uint32_t date_number(std::string_view iso_date);

}  // namespace lexgraph::layout
