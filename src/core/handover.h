// The hand-over to CISO Assistant (the open-source GRC server, intuitem/ciso-assistant-community):
// four spreadsheets its Data Wizard imports (one object type per file, first sheet, header row)
// and a README in German and English (assets/handover/ciso-assistant-README.md):
//   1-assets.xlsx            the AI systems as primary assets            (X-Model-Type: Asset)
//   2-applied-controls.xlsx  tasks, roadmap and SoA controls in progress  (AppliedControl)
//   3-iso42001-audit.xlsx    the gap assessment as an ISO/IEC 42001 audit (ComplianceAssessment)
//   4-risk-assessment.xlsx   the risk register                           (RiskAssessment)
// Column names and values are those their importer reads (backend/data_wizard/views.py); the
// ISO/IEC 42001 node ids those of their library iso42001-2023; impact and probability the labels
// of their 5x5 ISO-27005 risk matrix. The mapping rules are written in the README.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/report.h"
#include "core/workbook.h"

namespace aims {

// The framework and the risk matrix of their library the files are made for.
inline constexpr const char* kCisoFramework = "urn:intuitem:risk:framework:iso42001-2023";
inline constexpr const char* kCisoMatrix = "urn:intuitem:risk:matrix:5x5-iso27005";

// The four workbooks (content only), in the order of import.
struct CisoHandover {
  Workbook assets, applied_controls, audit, risks;
};
CisoHandover build_ciso_handover(const ReportInput& in);

// compliance_result of an ISO/IEC 42001 requirement from maturity and applicability (the rule
// of the README): not applicable in the SoA -> not_applicable; never assessed -> not_assessed;
// maturity 0-1 -> non_compliant; 2 -> partially_compliant; 3-5 -> compliant.
const char* ciso_compliance_result(bool applicable, bool assessed, int maturity);
// requirement_progress from our implementation status: not_started -> to_do, in_progress ->
// in_progress, implemented and not_applicable -> done.
const char* ciso_progress(const std::string& status);

// The files: names and bytes (xlsx and README.md); an xlsx is empty when it could not be made.
std::vector<std::pair<std::string, std::string>> ciso_handover_files(const ReportInput& in);

}  // namespace aims
