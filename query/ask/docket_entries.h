#pragma once
// Docket evidence is the docket entry. The indexer splits an entry into
// sentences like any text, so relations stay clause by clause; but
// "Judge Rya W. Zobel: ORDER entered." says nothing without the rest of
// its line ("MEMORANDUM of Decision; The petition ... is DENIED."), and a
// researcher cites the entry. Evidence from a document of kind docket is
// shown as the whole line (or lines) its sentence stands on.

#include <string_view>
#include <vector>

#include <xapian.h>

#include "ask/answer.h"
#include "ask/stored_document.h"

namespace lexgraph::ask {

// Widens `ev` (a sentence of `text`) to the lines it stands on, keeping its
// highlight on the same words. An entry longer than `max_bytes` stays the
// sentence.
void widen_to_lines(std::string_view text, Evidence& ev, std::size_t max_bytes = 1500);

// A docket's sentences regrouped into its entries, each line one sentence
// (an entry longer than `max_bytes` keeps its sentences), for reading answers:
// "NOTICE OF INTERLOCUTORY APPEAL from 53 Order ... Filing fee $ 505.00"
// says what the fee was paid for only as one. `doc.sentence_numbers` keeps
// each entry's first stored sentence, which evidence names.
void join_entry_sentences(StoredDocument& doc, std::size_t max_bytes = 1500);

// widen_to_lines for every evidence of `answers` whose document (read from
// `db`, each once) is a docket; an answer's evidence then holds each entry once.
void widen_docket_evidence(const Xapian::Database& db, std::vector<Answer>& answers);

}  // namespace lexgraph::ask
