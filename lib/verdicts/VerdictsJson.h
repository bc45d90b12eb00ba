#pragma once

#include "verdicts/VerdictSession.h"

#include "claims/Claim.h"
#include "corpus/Document.h"
#include "reuse/ReuseResult.h"

#include <QJsonArray>

namespace parallax {

// The `verdicts` array of the analysis JSON (docs/cli.md): each verdict of the session with the
// claim id or pair it is attached to in this analysis (null when it matches nothing now).
QJsonArray verdictsToJson(const VerdictSession& session, const std::vector<Claim>& claims,
                          const std::vector<DocumentPair>& pairs, const std::vector<Document>& documents);

} // namespace parallax
