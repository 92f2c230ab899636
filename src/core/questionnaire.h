// The classification questionnaire (assets/ai-act/questionnaire.json): plain-language
// questions that fill a system profile, each with help and its article, and the conditions
// under which a question can matter (others are skipped).
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/profile.h"

namespace aims {

struct Question {
  std::string id;
  std::string field;    // profile field, dotted for nested ones ("annex1.act")
  std::string type;     // roles | choice | bool | multi | single | exceptions | number | date
  std::string when;     // condition id (see question_visible)
  std::string options_kind;          // catalog kind the options come from
  std::vector<std::string> options;  // fixed options (choice) or a subset of the kind
  std::string of_field;              // for exceptions: the list they refer to
  bool selectable_only = false;      // exclusions: only those a profile may claim
  Text text, help, ref;
  // JSON pointer of the field inside a system object ("/annex1/act").
  std::string pointer() const;
};

const std::vector<Question>& questionnaire();
std::vector<Question> load_questionnaire(std::string_view text, std::string& error);

// True when the question can change the result for these answers.
bool question_visible(const Question& q, const Profile& p, const Catalog& cat);

// Options a question offers for these answers (catalog ids or fixed values).
std::vector<std::string> question_options(const Question& q, const Profile& p, const Catalog& cat);

}  // namespace aims
