#include "core/project_classes.h"

#include <utility>

#include "core/compliance.h"

namespace aims {

namespace {
bool same_company(const std::optional<Company>& a, const std::optional<Company>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a) return true;
  return a->turnover_eur == b->turnover_eur && a->sme == b->sme && a->small_midcap == b->small_midcap;
}

bool flag(const OrderedJson& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_boolean() && it->get<bool>();
}
}  // namespace

bool ClassesKey::operator==(const ClassesKey& o) const {
  return revision == o.revision && lang == o.lang && as_of == o.as_of && same_company(company, o.company) &&
         sector == o.sector;
}

ClassesKey classes_key(const OrderedJson& doc, std::uint64_t revision, Lang lang, std::string as_of) {
  ClassesKey k;
  k.revision = revision;
  k.lang = lang;
  k.as_of = std::move(as_of);
  if (doc.is_object()) {
    auto org = doc.find("organisation");
    if (org != doc.end() && org->is_object()) {
      auto t = org->find("turnover_eur");
      if (t != org->end() && t->is_number()) {
        k.company = Company{t->get<double>(), flag(*org, "sme"), flag(*org, "small_midcap")};
      }
      auto s = org->find("sector");
      if (s != org->end() && s->is_string()) k.sector = s->get<std::string>();
    }
  }
  return k;
}

ClassifyOptions classify_options(const ClassesKey& key) {
  ClassifyOptions opt;
  opt.lang = key.lang;
  opt.as_of = key.as_of;
  opt.company = key.company;
  return opt;
}

void apply_sector_notes(ProjectClasses& pc, const ClassesKey& key) {
  for (Classification& c : pc.classes) note_sector_rules(c, key.sector, key.lang);
}

const Classification* ProjectClasses::of_system(std::size_t i) const {
  if (i >= index.size() || index[i] < 0) return nullptr;
  return &classes[static_cast<std::size_t>(index[i])];
}

const Profile* ProjectClasses::profile_of_system(std::size_t i) const {
  if (i >= index.size() || index[i] < 0) return nullptr;
  return &profiles[static_cast<std::size_t>(index[i])];
}

std::string_view ProjectClasses::error_of_system(std::size_t i) const {
  return i < errors.size() ? std::string_view(errors[i]) : std::string_view();
}

std::shared_ptr<const ProjectClasses> classify_project(const OrderedJson& doc, const Catalog& cat, const ClassesKey& key) {
  auto out = std::make_shared<ProjectClasses>();
  out->key = key;
  const ClassifyOptions opt = classify_options(key);
  auto systems = doc.is_object() ? doc.find("systems") : doc.end();
  if (systems == doc.end() || !systems->is_array()) return out;
  const std::size_t n = systems->size();
  out->profiles.reserve(n);
  out->classes.reserve(n);
  out->index.assign(n, -1);
  out->errors.assign(n, std::string());
  for (std::size_t i = 0; i < n; ++i) {
    InputError err;
    auto p = profile_from_json((*systems)[i], cat, "", ptr_join("/systems", i), err);
    if (!p) {
      out->errors[i] = err.to_string();
      continue;
    }
    out->index[i] = static_cast<int>(out->classes.size());
    out->classes.push_back(classify(*p, cat, opt));
    out->profiles.push_back(std::move(*p));
  }
  apply_sector_notes(*out, key);
  return out;
}

std::optional<double> max_fine_eur(const Classification& c) {
  std::optional<double> m;
  for (const FineTier& f : c.fines) {
    if (f.max_eur && (!m || *f.max_eur > *m)) m = f.max_eur;
  }
  return m;
}

}  // namespace aims
