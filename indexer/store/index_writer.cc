#include "store/index_writer.h"

#include <xapian.h>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cctype>

#include "extract/names/institution_gazetteer.h"
#include "json_output.h"
#include "store/index_layout.h"

namespace lexgraph {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Upper bound on the terms TermGenerator can make from one
// whitespace-free token: every term needs a byte, and two terms need a
// separator between them.
std::uint32_t max_terms(std::string_view token) {
  return static_cast<std::uint32_t>((token.size() + 1) / 2);
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Writes body text with the position layout of index_layout.h: words of a
// sentence consecutive, gaps between sentences and paragraphs, and no
// sentence or paragraph spanning its window (overlong ones are chunked).
class BodyIndexer {
 public:
  explicit BodyIndexer(Xapian::TermGenerator& tg) : tg_(tg) {}

  void paragraph_break() {
    tg_.increase_termpos(layout::kParagraphGap);
    paragraph_start_ = tg_.get_termpos();
    sentence_start_ = paragraph_start_;
  }

  void sentence(std::string_view text) {
    sentence_break();
    std::size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && is_space(text[i])) ++i;
      std::size_t j = i;
      while (j < text.size() && !is_space(text[j])) ++j;
      if (j > i) token(text.substr(i, j - i));
      i = j;
    }
  }

 private:
  void sentence_break() {
    if (tg_.get_termpos() != sentence_start_) tg_.increase_termpos(layout::kSentenceGap);
    sentence_start_ = tg_.get_termpos();
    // Keep the paragraph inside its window: room for one more full chunk.
    if (sentence_start_ - paragraph_start_ + layout::kSentenceWindow + layout::kSentenceGap >=
        layout::kParagraphWindow) {
      paragraph_break();
    }
  }

  void token(std::string_view tok) {
    // A pathological token (a long run without spaces) is cut so that one
    // piece always fits in a sentence window.
    constexpr std::size_t kMaxPiece = layout::kSentenceWindow;  // bytes -> at most window/2 terms
    while (tok.size() > kMaxPiece) {
      std::size_t cut = kMaxPiece;
      while (cut > 0 && (static_cast<unsigned char>(tok[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
      token(tok.substr(0, cut));
      tok.remove_prefix(cut);
    }
    if (tg_.get_termpos() - sentence_start_ + max_terms(tok) >= layout::kSentenceWindow) {
      sentence_break();
    }
    tg_.index_text(std::string(tok));
  }

  Xapian::TermGenerator& tg_;
  Xapian::termpos paragraph_start_ = 0;
  Xapian::termpos sentence_start_ = 0;
};

std::string stored_data(const Document& doc, const NormalizedText& normalized,
                        const Segmentation& segments, const Extraction& extraction) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  json::document_metadata(w, doc);
  json::field(w, "text", normalized.text);
  w.Key("paragraphs");
  w.StartArray();
  for (const auto& p : segments.paragraphs) {
    w.StartArray();
    w.Uint64(p.start);
    w.Uint64(p.end);
    w.EndArray();
  }
  w.EndArray();
  w.Key("sentences");
  w.StartArray();
  for (const auto& s : segments.sentences) {
    w.StartArray();
    w.Uint64(s.start);
    w.Uint64(s.end);
    w.Uint64(s.paragraph);
    w.EndArray();
  }
  w.EndArray();
  w.Key("entities");
  w.StartArray();
  for (const auto& e : extraction.entities) {
    w.StartArray();
    json::string(w, e.id);
    json::string(w, e.type);
    json::string(w, e.name);
    w.Uint64(e.mentions.size());
    json::string_array_value(w, e.aliases);
    json::attrs(w, e.attrs);
    w.EndArray();
  }
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const auto& r : extraction.relations) {
    w.StartArray();
    json::string(w, r.subject);
    json::string(w, r.predicate);
    json::string(w, r.object);
    json::string(w, r.object_text);
    json::attrs(w, r.qualifiers);
    w.Uint64(r.sentence);
    w.Uint64(r.start);
    w.Uint64(r.end);
    w.Double(r.confidence);
    w.EndArray();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace

struct IndexWriter::Impl {
  Xapian::WritableDatabase db;
  Xapian::TermGenerator tg;

  explicit Impl(const std::string& dir) : db(dir, Xapian::DB_CREATE_OR_OPEN) {
    tg.set_stemmer(Xapian::Stem("english"));
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  }
};

IndexWriter::IndexWriter(const std::string& xapian_dir) : impl_(std::make_unique<Impl>(xapian_dir)) {}
IndexWriter::~IndexWriter() = default;

void IndexWriter::put(const Document& doc, const NormalizedText& normalized,
                      const Segmentation& segments, const Extraction& extraction,
                      std::string_view content_hash) {
  Xapian::Document xdoc;
  Xapian::TermGenerator& tg = impl_->tg;
  tg.set_document(xdoc);

  const std::string id_term = layout::id_term(doc.id);
  xdoc.add_boolean_term(id_term);
  if (!doc.kind.empty()) xdoc.add_boolean_term(std::string(layout::kKindPrefix) + lower(doc.kind));
  if (!doc.format.empty()) xdoc.add_boolean_term(std::string(layout::kFormatPrefix) + lower(doc.format));
  if (!doc.docket.empty()) {
    std::string d = layout::docket_term(doc.docket);
    if (!d.empty() && d.size() < 200) xdoc.add_boolean_term(std::string(layout::kDocketPrefix) + d);
  }
  xdoc.add_boolean_term(std::string(layout::kFilePrefix) + layout::file_key(doc.path));
  if (std::uint32_t date = layout::date_number(doc.date); date != 0) {
    xdoc.add_boolean_term(std::string(layout::kYearPrefix) + std::to_string(date / 10000));
    if (date / 100 % 100 != 0) {
      xdoc.add_boolean_term(std::string(layout::kMonthPrefix) + std::to_string(date / 100));
    }
    xdoc.add_value(layout::kDateSlot, Xapian::sortable_serialise(date));
  }
  if (const std::string court = names::document_court_id(doc.court); !court.empty()) {
    xdoc.add_boolean_term(std::string(layout::kCourtIdPrefix) + court);
  }
  for (const auto& e : extraction.entities) {
    if (layout::is_indexed_entity(e.type) && e.id.size() < 200) {
      xdoc.add_boolean_term(std::string(layout::kEntityPrefix) + e.id);
    }
  }
  xdoc.add_value(layout::kContentHashSlot, std::string(content_hash));
  xdoc.add_value(layout::kSourcePathSlot, doc.path);

  // Fields, each phrase-searchable under its prefix.
  tg.index_text(doc.title, 1, std::string(layout::kTitlePrefix));
  tg.increase_termpos(layout::kParagraphGap);
  tg.index_text(doc.court, 1, std::string(layout::kCourtPrefix));
  for (const auto& judge : doc.judges) {
    tg.increase_termpos(layout::kParagraphGap);
    tg.index_text(judge, 1, std::string(layout::kJudgePrefix));
  }

  // The body, after the title as its own paragraph (a plain search for a
  // party's name should find the case even when the body omits it).
  BodyIndexer body(tg);
  body.paragraph_break();
  body.sentence(doc.title);
  std::size_t paragraph = static_cast<std::size_t>(-1);
  for (const auto& s : segments.sentences) {
    if (s.paragraph != paragraph) {
      body.paragraph_break();
      paragraph = s.paragraph;
    }
    body.sentence(std::string_view(normalized.text).substr(s.start, s.end - s.start));
  }

  xdoc.set_data(stored_data(doc, normalized, segments, extraction));
  impl_->db.replace_document(id_term, xdoc);
}

unsigned IndexWriter::remove_file(std::string_view path) {
  const std::string term = std::string(layout::kFilePrefix) + layout::file_key(path);
  std::vector<Xapian::docid> ids;
  for (auto it = impl_->db.postlist_begin(term); it != impl_->db.postlist_end(term); ++it) ids.push_back(*it);
  for (auto id : ids) impl_->db.delete_document(id);
  return static_cast<unsigned>(ids.size());
}

bool IndexWriter::remove_id(std::string_view id) {
  const std::string term = layout::id_term(id);
  if (!impl_->db.term_exists(term)) return false;
  impl_->db.delete_document(term);
  return true;
}

std::string IndexWriter::file_hash(std::string_view path) const {
  const std::string term = std::string(layout::kFilePrefix) + layout::file_key(path);
  auto it = impl_->db.postlist_begin(term);
  if (it == impl_->db.postlist_end(term)) return {};
  return impl_->db.get_document(*it).get_value(layout::kContentHashSlot);
}

void IndexWriter::commit() { impl_->db.commit(); }

}  // namespace lexgraph
