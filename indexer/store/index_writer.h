#pragma once
// Stage 7: write analysed documents into the Xapian database of a
// lexgraph database directory. One Xapian document per source document,
// keyed by its id term so that re-indexing replaces.

#include <memory>
#include <string>
#include <string_view>

#include "document.h"
#include "normalize/normalizer.h"
#include "resolve/entity.h"
#include "segment/segmentation.h"

namespace lexgraph {

// The Xapian document data is a JSON object written by IndexWriter:
//   { "id", "title", "kind", "court", "date", "judges": [..], "docket",
//     "citation", "source", "format", "path",
//     "text": normalized body,
//     "sentences": [[start, end], ...]   byte spans in "text"
//     "paragraphs": [[start, end], ...],
//     "entities": [[id, type, name, mention count], ...] }
// (schemas/stored-document.schema.json).
class IndexWriter {
 public:
  // Opens (creating if needed) the Xapian database at `xapian_dir`.
  // Throws Xapian::Error when the database cannot be opened: that is fatal.
  explicit IndexWriter(const std::string& xapian_dir);
  ~IndexWriter();

  // Adds or replaces `doc` (by id). `content_hash` identifies the bytes of
  // the file it came from, for incremental builds.
  void put(const Document& doc, const NormalizedText& normalized,
           const Segmentation& segments, const Extraction& extraction,
           std::string_view content_hash);

  // Deletes every document read from the file with this path; returns how many.
  unsigned remove_file(std::string_view path);
  // Deletes one document by id; returns false when it was not there.
  bool remove_id(std::string_view id);
  // Content hash stored for a source file, or "" when the file is not indexed.
  std::string file_hash(std::string_view path) const;

  // Makes everything written so far durable (atomically).
  void commit();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lexgraph
