#include "build/prepared_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "extract/entity_extractor.h"
#include "read/reader.h"
#include "relate/relation_extractor.h"
#include "segment/sentence_splitter.h"
#include "store/index_layout.h"

namespace lexgraph {

namespace {

bool read_whole_file(const std::string& path, std::uint64_t size_hint, std::string& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  out.clear();
  out.reserve(size_hint);
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) out.append(buf, static_cast<std::size_t>(in.gcount()));
  if (in.bad()) {
    error = std::string("read error: ") + std::strerror(errno);
    return false;
  }
  return true;
}

}  // namespace

PreparedDocument analyze_document(Document doc, SentenceSplitter& splitter) {
  PreparedDocument out;
  out.doc = std::move(doc);
  out.normalized = normalize(out.doc.text);
  out.segments = splitter.split(out.normalized.text);
  const ExtractionContext ctx{out.doc, out.normalized.text, out.segments};
  out.extraction = extract_entities(ctx);
  extract_relations(ctx, out.extraction);
  return out;
}

PreparedFile prepare_file(const SourceFile& file, std::uint64_t max_bytes, bool force,
                          const std::function<std::string(const std::string&)>& indexed_hash,
                          SentenceSplitter& splitter) {
  PreparedFile out;
  out.file = &file;
  if (file.size > max_bytes) {
    out.error = "file is " + std::to_string(file.size >> 20) + " MB, over the " +
                std::to_string(max_bytes >> 20) + " MB limit (--max-file-mb)";
    return out;
  }
  std::string bytes;
  if (!read_whole_file(file.path, file.size, bytes, out.error)) return out;
  out.content_hash = layout::content_hash(bytes);
  if (!force && indexed_hash(file.path) == out.content_hash) {
    out.unchanged = true;
    return out;
  }

  ReadResult read = read_bytes(bytes, file.path);
  out.warnings = std::move(read.warnings);
  if (!read.ok()) {
    out.error = std::move(read.error);
    return out;
  }
  bytes.clear();
  bytes.shrink_to_fit();

  const bool several = read.documents.size() > 1;
  for (std::size_t i = 0; i < read.documents.size(); ++i) {
    Document& doc = read.documents[i];
    doc.path = file.path;
    if (doc.id.empty()) doc.id = several ? file.id + "#" + std::to_string(i + 1) : file.id;
    out.documents.push_back(analyze_document(std::move(doc), splitter));
  }
  if (out.documents.empty()) out.error = "no documents in file";
  return out;
}

}  // namespace lexgraph
