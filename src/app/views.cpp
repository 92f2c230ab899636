#include "app/views.h"

#include <cstring>

#include "app/views/view_assessment.h"
#include "app/views/view_audits.h"
#include "app/views/view_classify.h"
#include "app/views/view_dashboard.h"
#include "app/views/view_documents.h"
#include "app/views/view_drafts.h"
#include "app/views/view_governance.h"
#include "app/views/view_inventory.h"
#include "app/views/view_legal.h"
#include "app/views/view_organisation.h"
#include "app/views/view_plan.h"
#include "app/views/view_privacy.h"
#include "app/views/view_reports.h"
#include "app/views/view_risks.h"
#include "app/views/view_roadmap.h"
#include "app/views/view_soa.h"
#include "app/views/view_start.h"
#include "app/views/view_trainings.h"

namespace aims::app {

namespace {
const View kViews[] = {
    {"start", "nav.start", &DrawStart, false},
    {"dashboard", "nav.dashboard", &DrawDashboard, true},
    {"organisation", "nav.organisation", &DrawOrganisation, true},
    {"inventory", "nav.inventory", &DrawInventory, true},
    {"classify", "nav.classify", &DrawClassify, true},
    {"assessment", "nav.assessment", &DrawAssessment, true},
    {"soa", "nav.soa", &DrawSoa, true},
    {"governance", "nav.governance", &DrawGovernance, true},
    {"risks", "nav.risks", &DrawRisks, true},
    {"documents", "nav.documents", &DrawDocuments, true},
    {"drafts", "nav.drafts", &DrawDrafts, true},
    {"trainings", "nav.trainings", &DrawTrainings, true},
    {"audits", "nav.audits", &DrawAudits, true},
    {"objectives", "nav.objectives", &DrawPlan, true},
    {"roadmap", "nav.roadmap", &DrawRoadmap, true},
    {"reports", "nav.reports", &DrawReports, true},
    {"legal", "nav.legal", &DrawLegal, true},
    {"privacy", "nav.privacy", &DrawPrivacy, false},
};
}

const View* views() { return kViews; }
std::size_t view_count() { return sizeof(kViews) / sizeof(kViews[0]); }
int view_index(const char* id) {
  for (std::size_t i = 0; i < view_count(); ++i) {
    if (std::strcmp(kViews[i].id, id) == 0) return static_cast<int>(i);
  }
  return 0;
}

}  // namespace aims::app
