#pragma once
// The shapes of text that answering reads beyond plain sentences: docket
// "Key: value" lines and short caption or signature blocks, a role set off
// after a name, a person named more shortly than the text names them, and
// the phrase that says which order an "order" is. Offsets are bytes into
// the sentence given.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexgraph::ask {

using Span = std::pair<std::size_t, std::size_t>;  // [start, end)

bool is_upper_ascii(char c);

// "Debtor discharged: 12/09/2009", "Trustee\nLOTHAR GOERNITZ": the key and
// where the value starts; nullopt for ordinary prose. The key is a view
// into `s`, after a docket entry's date and number when it opens with them.
std::optional<std::pair<std::string_view, std::size_t>> key_value_line(std::string_view s);

// Where in `s` the key key_value_line found ends (its ':' when it has one).
inline std::size_t key_end(std::string_view s, std::string_view key) {
  return static_cast<std::size_t>(key.data() - s.data()) + key.size();
}

// At most three short lines: a signature block, a caption, a docket's party.
bool is_short_block(std::string_view s);

// "Gloria Bediamol" in "Gloria Theresa Bediamol, Court Reporter": the
// surname with the given name shortly before it.
std::optional<Span> find_name_loosely(std::string_view s, std::string_view name);

// The capitalized phrase set off by a comma, a line break or a dash right
// after a name ending at `name_end`: "Clerk of Court" in "X, Clerk of
// Court", "Law Enforcement Assistant" in "X--the Law Enforcement Assistant".
std::optional<Span> role_after_name(std::string_view s, std::size_t name_end);

// The office or status a copula gives the name ending at `name_end`:
// "Manager/CEO of the Credit Union" in "Marion Doucette was Manager/CEO of
// the Credit Union and ...", "pretrial detainee" in "Massey was a pretrial
// detainee at the jail", "Manager/CEO" in "Gene Farrell, then Manager/CEO".
// A capitalised title run, or up to three lower-case words ending in a role
// or status noun; nullopt for any other predicate ("was aware of").
std::optional<Span> role_by_copula(std::string_view s, std::size_t name_end);
// "... served as Federation vice-president from 1987 through 1988, and has
// served as Federation president since 1989": the office a predicate joined
// to the first ("and has served as", "and later became") gives the same
// subject, read from `from` (the end of the first office) to the clause's end.
std::optional<Span> later_role_of_subject(std::string_view s, std::size_t from);

// The capacity an opening "As the X," gives the name starting at
// `name_start`: "tax matters partner" in "As the tax matters partner, Mr.
// McNeill filed suit"; "Secretary of State" in "As Secretary of State,
// Clinton signed".
std::optional<Span> capacity_before_name(std::string_view s, std::size_t name_start);

// The office written in lower case right before a name, opened by a
// possessive, an article or a clause's start: "vice president and loan
// review officer" in "Bank Shares' vice president and loan review officer
// Worden informed ...", "former police chief" in "the former police chief
// Smith". Its last word is a role noun; nullopt otherwise, or when a verb
// may stand before it ("who shot officer Smith").
std::optional<Span> role_before_name(std::string_view s, std::size_t name_start);

// The office written before a name set in parentheses: "President" in
// "HMA's President (Mr. Richard Rowe), Executive Vice-President (Mr. Phillip
// Carpenter)" for the name starting at `name_start`. Capitalised words
// ending in an office's noun; nullopt otherwise.
std::optional<Span> title_before_parenthesized_name(std::string_view s, std::size_t name_start);

// The capacity a sentence gives someone after `from`: "as" (and an article),
// a capacity of question_lexicon.tsv and the lower-case words qualifying it,
// up to a preposition or a clause's end: "amicus curiae" in "filed a brief
// as amicus curiae in support of the judgment below".
std::optional<Span> capacity_after(std::string_view s, std::size_t from);

// A counsel line's "for" and the side it names: "for appellant" in "Raul
// Barrera Morales for appellant.", "for the plaintiffs in error" in "Messrs.
// W.A. Fisher, C. Marshall, and H. McAllister, for the plaintiffs in error.",
// "for petitioners" in "X argued the cause for petitioners". The phrase
// follows a name, a comma or the words of a brief ("on brief", "argued the
// cause"), never prose's "judgment for the defendant". The side is its first
// word, lower case ("appellant", "plaintiffs", "united"); nullopt when none.
struct CounselSide {
  Span phrase;
  std::string side;
};
std::optional<CounselSide> counsel_for(std::string_view s);

// "The Chief Counsel shall be the chief law officer for the Service": the
// capitalized name before a copula ("is", "shall be", "serves as") whose
// complement, within six words, holds `head` and one of `modifiers` (crude
// stems); without its article. nullopt when the sentence defines no one so.
std::optional<Span> defined_as(std::string_view s, const std::string& head, const std::vector<std::string>& modifiers);

// "The immigration judge dictated a lengthy opinion" for "who dictated the
// opinion": an office named by its role (its last word a role noun, after
// an article and at most three lower-case words) right before a verb of the
// question (`verbs`, lower case, matched by crude stem), or before a modal
// and the verb ("An asylum officer shall conduct interviews"). The role's
// words, without the article.
std::optional<Span> role_subject_of(std::string_view s, const std::vector<std::string>& verbs);

// A name the extractor may not have typed, tied to the word at [word_start,
// word_end): when that word is capitalized, the run of capitalized words
// around it ("City of Alamosa" around "City", "Barre Savings Bank" around
// "Bank"); otherwise the capitalized run right after it ("employer
// SPIREON"). Runs join through "of", "and", "the", within one line; at most
// eight words.
// "she held the career position of Executive Officer IV since 1984": the
// title a sentence names after "position of", "post of", "rank of", "title
// of", "grade of" or "office of" (lower case), capitalized words joined by
// spaces or line breaks, "of"/"and"/"for" inside; at most eight words.
std::optional<Span> title_after_office_noun(std::string_view s);

std::optional<Span> capitalized_name_at(std::string_view s, std::size_t word_start, std::size_t word_end);

// A name given in quotes: "Abie Abraham VA Clinic" in `be known and
// designated as the “Abie Abraham VA Clinic”`, the short title in `may be
// cited as the ‘SOAR Funding Availability Act’`. Curly quotes, double
// or single, or straight double quotes (a straight single quote is an
// apostrophe as often); the quoted words start with a capital and are a name's
// length, not a quoted sentence. The spans are the words inside the quotes.
std::vector<Span> quoted_names(std::string_view s);

// Another name a caption or sentence gives someone: "MELANIO ESPINAL" in
// "BERNARDO ANTONIO ALMONTE-RODRIGUEZ, A/K/A MELANIO ESPINAL,", the name
// after "a/k/a", "aka" or "also known as" (quotes left out), capitalized,
// up to a comma, a full stop or the line's end; at most six words.
std::vector<Span> alias_names(std::string_view s);

// Do the words before `at` introduce a name ("cited as the", "known as",
// "called", "entitled")?
bool introduces_name(std::string_view s, std::size_t at);

// A number given as an identifier: "No. 1,830,428" in "the Ellis Patent,
// No. 1,830,428, of November 3, 1931", "Regulation No. 460", "Number
// 2017-11475". The spans run from the label to the number's end.
std::vector<Span> numbered_identifiers(std::string_view s);

// A bill's or resolution's number as Congress writes it: "H.R. 3080",
// "S. 754", "H.J. Res. 37", "S. Con. Res. 5" (the heading of every public
// law, "[H.J. Res. 37]"); never the "S." of a reporter ("385 U.S. 1").
std::vector<Span> bill_numbers(std::string_view s);

// Line breaks and runs of spaces as single spaces, trimmed at the end.
std::string collapse_spaces(std::string_view s);

// Does this word (lower case) end a phrase naming an order or a request:
// a verb or auxiliary, a conjunction, a clause's subject ("motion to stay
// the Order pending appeal | will be denied")?
bool ends_order_phrase(std::string_view lower);

// An order's mention widened to the words that say which order: date and
// issuer before, what it does after ("June 3, 1992 order denying a
// preliminary injunction"), up to the clause's verb.
Span order_phrase(std::string_view s, Span mention);

}  // namespace lexgraph::ask
