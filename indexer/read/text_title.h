#pragma once
// The title a plain text file gives itself when no header names one:
//   a public law as the Government Publishing Office prints it ("Public Law
//   / 115–7 / 115th Congress / An Act / To inspire women ...") is titled by
//   its number and short title ("This Act may be cited as the “INSPIRE
//   Women Act”"), else by its long title, and dated by its masthead date;
//   any other file whose first line is a heading ("26 U.S.C. § 7431. Civil
//   damages for unauthorized inspection ...", "Supreme Court docket
//   17-5574") is titled by that line — unless the line names no case and a
//   docket caption among the first lines does ("Title: X, Petitioner / v. / Y").
// A first line that is prose is no heading: it ends a sentence ("WASHINGTON
// — A federal judge said ... law."), runs on into the next line ("Court:
// the court held\nthat ..."), is a header's `Key: value` line, a note in
// parentheses, a page marker ("128 STAT. 1193"), a court's name in a
// caption ("UNITED STATES DISTRICT COURT"), or the file's only line.
#include <string>
#include <string_view>

namespace lexgraph {

// What a document's own heading says about it; empty fields when it says nothing.
struct TextHeading {
  std::string title;     // "Public Law 115–7: INSPIRE Women Act", "26 U.S.C. § 7431. Civil damages ..."
  std::string citation;  // "Pub. L. 115-7", "26 U.S.C. § 7431" (as the USLM reader cites them)
  std::string date;      // ISO: a public law's approval date from its masthead
};

// The heading `text` (a file's body, after any header) opens with.
TextHeading heading_of(std::string_view text);

// A docket's caption line ("Title: Samuel Allen Taylor, Petitioner" / "v." /
// "North Carolina", "Case title: USA v. Stephens") as a case name without
// the parties' roles ("Samuel Allen Taylor v. North Carolina"); "" when the
// text has none among its first lines or it names no case.
std::string docket_caption(std::string_view text);

// A slip opinion's caption as a case name: the party line above a line
// "v." and the one below it, without the parties' roles ("Plaintiff,
// Appellant") or "ET AL.", capitals made title case ("NORMAN R. HARRINGTON"
// / "v." / "DAVID O. COLE AND THE CITY OF OLD TOWN, ET AL." -> "Norman R.
// Harrington v. David O. Cole and the City of Old Town"); "" when the first
// lines hold no such caption.
std::string slip_opinion_caption(std::string_view text);

// A case name a source writes when it has none ("Unknown Case Name", as
// CourtListener does): the caption should name the case instead.
bool is_placeholder_title(std::string_view title);

// heading_of(text).title.
std::string title_from_text(std::string_view text);

}  // namespace lexgraph
