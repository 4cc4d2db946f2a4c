#pragma once
// Statutes and regulations: the public surface of extract/statutes.
//
//   extract_statutes    every statute-like citation in a document, as mentions
//                       of type "statute":
//     full    "26 U.S.C. § 6103(i)(2)", "26 USC 6103", "42 U. S. C. §§ 7411(a)(1),
//             (b)(1), (d)", "section 1983 of title 42", "IRC § 6103", "IRS Code
//             6103", "section 6103 of the Internal Revenue Code", "8 C.F.R.
//             § 235.3(b)(2)(iii)", "Pub. L. No. 104-208", "84 Stat. 1683",
//             "84 Fed. Reg. 35,409", "82 FR 26341", "section 287(g) of the INA",
//             "Cal. Civ. Code § 1714", "Mass. Gen. Laws ch. 93A, § 2",
//             "U.S. Const. art. I, § 8, cl. 3", "Executive Order No. 13,780",
//             "Fed. R. Civ. P. 12(b)(6)", docket charges "18:1956(h)"
//     short   "§ 1252(e)(3)", "section 6103" — the title is the one the document
//             last cited that section in, or the act in focus, or a well-known
//             section ("§ 1983"), or (after "§") the last full citation's; when
//             none applies the entity is "" and the section is kept
//     id      "id. § 1252(e)", "Id. at § 5"
//     named   "the Administrative Procedure Act", "FOIA", "the Privacy Act of
//             1974", "the First Amendment", "Article III", acronyms a document
//             defines ("the Clean Air Act (\"CAA\")")
//   Entity ids follow docs/entity-ids.md, one per section whatever the spelling:
//   statute:usc/26/6103, statute:cfr/8/235.3 (a part: statute:cfr/8/235),
//   statute:pl/104-208, statute:stat/84/1683, statute:fr/84/35409. Beyond that
//   document (see extract/statutes/README.md): a whole code is its title
//   (statute:usc/26 for the Internal Revenue Code); a named act is its codified
//   place from extract/data/acts.tsv (statute:usc/5/552a for the Privacy Act,
//   the first section for an act over a range, the public law for an act over
//   many titles) or statute:act/<slug>; state codes are
//   statute:<state>/<code>/<section> (statute:ca/civ/1714); the Constitution is
//   statute:const/art1/s8, statute:const/amend14; executive orders
//   statute:eo/12866 (a State's "Executive Order 28": statute:eo/28@<document id>); federal court rules statute:frcp/24 (frap, fre, frcrp, frbp).
//   A list ("§§ 6103 and 7213") gives one mention per section; a range
//   ("§§ 701-706") one mention with attr range_end.
//
//   statute_entity_id   the canonical id of the first statute in a user's string
//                       ("IRC 6103" -> "statute:usc/26/6103"), "" when none.
//
// Both are thread-safe and never throw; facts come from extract/data/acts.tsv,
// act_sections.tsv, well_known_sections.tsv and state_codes.tsv.

#include <string>
#include <string_view>
#include <vector>

#include "extract/extraction_context.h"
#include "extract/mention.h"

namespace lexgraph {

void extract_statutes(const ExtractionContext& ctx, std::vector<Mention>& out);

std::string statute_entity_id(std::string_view text);

}  // namespace lexgraph
