#pragma once
// The one model every reader produces and every later stage consumes.

#include <cstddef>
#include <string>
#include <vector>

namespace lexgraph {

// What a source document is, in the words researchers use to filter.
// Values are free text except where noted; empty means "not known".
struct Document {
  std::string id;          // unique in a database; re-ingesting the same id replaces
  std::string title;       // case name, statute heading, headline
  std::string kind;        // opinion, order, docket, statute, regulation, news, brief, other
  std::string court;       // as given ("D.D.C.", "United States Court of Appeals (ca1)")
  std::string date;        // ISO 8601, full or partial: "2025-11-20", "2025-11", "2025"
  std::vector<std::string> judges;  // authoring / presiding judges as named
  std::vector<std::string> authors; // those of `judges` the source names as the opinion's author
  std::string docket;      // "25-5181", "1:25-cv-01101"
  std::string citation;    // the document's own citation ("26 U.S.C. § 6103", "607 F.3d 277")
  std::string source;      // where it came from (URL or description)
  std::string format;      // reader that produced it: text, json, jsonl, courtlistener, cap, html, pdf, uslm
  std::string path;        // file it was read from (the build stage sets its canonical absolute path)

  // The document body as UTF-8, before normalization. Evidence offsets
  // produced by later stages point into this string.
  std::string text;
  // Byte offset of `text` inside the file when the file *is* the text
  // (plain text after its header), so offsets can be mapped back to the
  // file as given. 0 for formats whose text is derived (HTML, PDF, JSON).
  std::size_t text_offset_in_file = 0;
};

}  // namespace lexgraph
