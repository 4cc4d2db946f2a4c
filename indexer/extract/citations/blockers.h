#pragma once
// Authorities other than cases, found between a case citation and a later
// "Id.": if one of them was cited last, the "Id." is theirs, not the case's.
//   record   "Compl. ¶ 17", "ECF No. 13", "Dkt. 5", "Tr. 45", "App. 12",
//            "J.A. 34", "Pet. App. 5a", "A.R. 123", "Ex. 4", "Decl. ¶ 3"
//   statute  "26 U.S.C. § 6103", "8 C.F.R.", "84 Stat. 1683", "Fed. Reg.",
//            "Pub. L.", "U.S. Const.", "Fed. R. Civ. P. 56", "Cong. Rec."
//   section  a bare "§ 1983" (a statute named by section alone)
//   other    law reviews ("97 Harv. L. Rev. 1"), treatises ("(3d ed. 2019)"),
//            "supra note 4"

#include <cstddef>
#include <string_view>

namespace lexgraph::citations {

struct Blockers {
  bool strong = false;   // record, statute or other authority
  bool section = false;  // a bare section sign only
  void clear() { strong = section = false; }
};

// Adds what text[from, to) cites to `found`.
void scan_blockers(std::string_view text, std::size_t from, std::size_t to, Blockers& found);

}  // namespace lexgraph::citations
