#pragma once
// The bytes of <db>/graph.snapshot, format version 2 (2: the body checksum
// runs four lanes and the by-name index is stored; a version-1 file is
// stale, so it is rebuilt). Integers are
// little-endian; strings are indexes into one string table, so a sentence
// or a document id stored on many edges is stored once.
//
//   header  "LXGRAPH\0"            8 bytes, magic
//           u32 format version      (kSnapshotFormatVersion)
//           u32 revision length, revision bytes  (DatabaseDir::revision_stamp)
//           u64 body length         (the rest of the file, exactly)
//           u64 body checksum       (a damaged body is refused, not half-read)
//   body    u32 S, then S x u32 string lengths, then the S strings' bytes
//           u32 V, then V vertices:
//             str id, str type, str name, u32 A, A x str alias,
//             u32 K, K x (str key, str value), u32 documents, u32 mentions
//           u32 E, then E edges:
//             u32 source, u32 target, str predicate, str object_text,
//             u32 Q, Q x (str key, str value), f64 confidence, u32 count,
//             u32 flags (bit 0: object_is_text),
//             str evidence document, u32 sentence, u32 start, u32 end,
//             str evidence text
//           u32 N, then N by-name index entries (KnowledgeGraph::name_index):
//             u64 name-key hash, u32 ~mentions, u32 vertex
//   where str = u32 index into the string table.
//
// Decoding checks every length and index against the bytes left before
// it allocates, so a truncated or damaged file is an error line, never a
// crash or a huge allocation.

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace lexgraph {

inline constexpr std::uint32_t kSnapshotFormatVersion = 2;

std::string encode_graph_snapshot(const KnowledgeGraph& graph, std::string_view revision);

// The body checksum the header holds (tests use it to forge bodies that
// pass the checksum, to reach the length checks behind it).
std::uint64_t graph_snapshot_checksum(std::string_view body);

enum class SnapshotDecode { ok, stale, damaged };

// Fills `out` (and reindexes it) when `bytes` is a sound snapshot stamped
// with `revision`; otherwise leaves it empty and says why in `error`.
SnapshotDecode decode_graph_snapshot(std::string_view bytes, std::string_view revision, KnowledgeGraph& out,
                                     std::string& error);

}  // namespace lexgraph
