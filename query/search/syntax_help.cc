#include "search/syntax_help.h"

namespace lexgraph {

const char* const kSyntaxHelp = R"(Query syntax: terms and connectors (Westlaw and Lexis spellings)

Terms
  word              the word as written; case does not matter. Punctuation
                    splits words as in the index: Smith-Jones is the
                    phrase "smith jones", D.D.C. is ddc, 6103(a) is "6103 a"
  "a phrase"        the words in this order, next to each other
  disclos!          root expander: disclose, disclosed, disclosure, ...
  wom*n             universal character: exactly one character (woman, women)
  object***         at the end: up to that many more characters
                    (object, objected, objection; not objectionable)
                    ! and * also work inside "phrases". A pattern that stands
                    for more than 2000 different words is refused.

Connectors, tightest first
  "..."             phrase
  a b   a or b      either (space means OR)
  a /n b   a w/n b  within n words: |position a - position b| <= n (1-255);
                    a /3 b allows at most 2 words between them
  a NEAR b  a NEAR/n b   Xapian's spelling (upper case): within 10 / n words
  a +n b   a pre/n b   a precedes b by at most n words
  a /s b   a w/s b  in the same sentence        a +s b   a precedes b in it
  a /p b   a w/p b  in the same paragraph       a +p b   a precedes b in it
  a & b    a and b  both, anywhere in the document
  a % b    a but not b    a and not b    a not b
                    documents with a that do not contain b
  Connectors of one level group left to right; use ( ) to group otherwise:
  tax /s (disclos! reveal!) & "internal revenue" % penalty
  AND, OR, NOT, W/5, /S ... may be written in any case; to search for the
  words and, or, not themselves, quote them: "and". The two sides of a
  connector are different occurrences: x /s x needs two x in a sentence.
  /n never reaches across a sentence.

Connectors over groups
  (a b) /s c        (a /s c) or (b /s c)                    exact
  a /s b /s c       a, b and c in one sentence               exact
  a +s b +s c       a, b, c in this order in one sentence    exact
  "x y" /s c        the phrase and c in one sentence         exact *
  (a /3 b) /p c     a within 3 words of b, in a paragraph with c  exact *
  (a & b) /s c      defined as (a /s c) & (b /s c)
  (a % b) /s c      defined as (a /s c) % b
  * Xapian's NEAR takes single words only, so these are first searched
    with a wider query (each side, and all the words within the widest
    span a match can have) and every candidate is then checked on its
    word positions. Only a document with an extreme number of positions
    (or a remote database) can stay unchecked; the results then say so.

Fields
  title:word  title:"a phrase"  title:(a /s b)     words of the title
  court:ddc   court:"district of columbia"         words of the court name
  judge:smith-jones                                words of a judge's name
  ti(...) co(...) ju(...)                          Westlaw spellings of these
  agency:ICE  agency:"Immigration and Customs Enforcement"
  statute:"IRC 6103"  statute:"26 U.S.C. § 6103"  case:"467 U.S. 837"
  person:"Jane Roe"  org:"Sierra Club"  entity:agency:ice
                    documents that mention the entity, however they spell
                    it: the value is read by the same extractor as the
                    documents (see lexindex extract)
  kind:opinion   format:pdf   id:ID                exact values
  year:2019   month:2019-05   docket:25-5181       (docket as in "No. 25-5181")
  date:2019-05-01   date:2019-05   date:2019       a day, a month, a year
  date:2019-01-01..2019-12-31   date:2019..2020   date:..2020-06-30
  date:2019-05-01..                                ranges, both ends included
  Filters (kind year month docket format id date and the entity fields) outside parentheses
  restrict the whole query wherever they stand, without changing ranking:
  several values of one field mean any of them, different fields all of
  them. Inside parentheses or after % they are ordinary operands:
  tax /s disclos! kind:opinion kind:order date:2019..
)";

}  // namespace lexgraph
