#pragma once
// PACER criminal dockets list the charges as "title:section": "18:371
// CONSPIRACY TO DEFRAUD THE UNITED STATES", "18:1956(h)", "31:5314 and
// 5322(b)" (5322 of the same title), "18:2 and 3551 et seq.". The form is
// read only in a docket's charge lists (a "Count", "Offense", "Disposition"
// or "Cause" heading shortly before), where it cannot be a time or a ratio.

#include <string_view>
#include <vector>

#include "extract/statutes/statute_cite.h"

namespace lexgraph::statutes {

// `docket` is true for a document of kind docket (the heading may then be
// further back: charge lists run long).
std::vector<StatuteCite> docket_charges(std::string_view text, bool docket);

// "341(a) meeting", "Meeting of Creditors 341(a)": the meeting of creditors
// of 11 U.S.C. § 341, named by its section in bankruptcy dockets.
std::vector<StatuteCite> creditors_meetings(std::string_view text);

}  // namespace lexgraph::statutes
