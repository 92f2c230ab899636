// Benchmark: generates N profiles (default 10,000) across every rule path, writes them to a
// file, and prints the time to parse the file alone, to classify (the complete result with its
// structured trace), to write the results as JSON the way `aims classify` does (rendering the
// trace text, straight into one buffer), and per profile.
// Usage: bench_classify [N] [file]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "core/batch.h"
#include "core/classify.h"
#include "core/json_write.h"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

aims::Json make_profile(std::mt19937& rng, int i, const aims::Catalog& cat) {
  auto pick = [&](const std::vector<const aims::CatalogEntry*>& v) { return v[rng() % v.size()]->id; };
  static const char* roles[] = {"provider", "deployer", "importer", "distributor"};
  aims::Json p;
  p["id"] = "sys-" + std::to_string(i);
  p["name"] = "Generated system " + std::to_string(i);
  p["roles"] = {roles[rng() % 4]};
  if (rng() % 3 == 0) p["roles"].push_back("deployer");
  switch (rng() % 6) {
    case 0: p["prohibited_practices"] = {pick(cat.of_kind("prohibited_practice"))}; break;
    case 1: p["annex3"] = {pick(cat.of_kind("annex3_point"))}; p["profiling"] = rng() % 2 == 0; break;
    case 2:
      p["annex3"] = {pick(cat.of_kind("annex3_point"))};
      p["art6_3"] = {{"conditions", {"art6.3.a"}}, {"no_material_influence", true}};
      break;
    case 3:
      p["annex1"] = {{"act", pick(cat.of_kind("annex1_act"))}, {"safety_component", true}, {"third_party_conformity", true}};
      break;
    case 4: p["transparency"] = {pick(cat.of_kind("transparency_duty"))}; break;
    default: p["gpai"] = {{"model", true}, {"training_flop", std::pow(10.0, 22 + static_cast<int>(rng() % 5))}}; break;
  }
  if (rng() % 5 == 0) p["deployer_type"] = {{"public_body", true}};
  if (rng() % 7 == 0) p["on_market_since"] = "2024-03-01";
  return p;
}

}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10000;
  std::string file = argc > 2 ? argv[2] : "/tmp/aims-bench-profiles.json";
  const aims::Catalog* cat = aims::ai_act_catalog();
  if (!cat) return 1;
  std::mt19937 rng(7);
  aims::Json all = aims::Json::array();
  for (int i = 0; i < n; ++i) all.push_back(make_profile(rng, i, *cat));
  {
    std::ofstream out(file, std::ios::binary);
    out << all.dump(1);
  }
  std::ifstream in(file, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const int reps = 9;
  std::vector<double> parse_ms, total_ms, classify_ms, json_ms, compact_ms, ratio;
  std::string out;
  out.reserve(static_cast<std::size_t>(n) * 6144);
  std::size_t classes = 0;
  for (int r = 0; r < reps; ++r) {
    auto t0 = Clock::now();
    aims::InputError err;
    auto b = aims::read_profiles(text, file, *cat, err);
    double tp = ms_since(t0);
    if (!b) {
      std::fprintf(stderr, "%s\n", err.to_string().c_str());
      return 1;
    }
    // classify() builds the complete Classification with the structured trace (used and
    // dropped, as a caller that classifies and moves on).
    auto t1 = Clock::now();
    for (const auto& p : b->profiles) {
      const aims::Classification c = aims::classify(p, *cat);
      classes += c.risk_class.size() + c.trace.size();
    }
    double tc = ms_since(t1);
    // The ratio of each run, classification against the parsing just before it: a load that
    // comes and goes on the machine moves both alike.
    ratio.push_back(tc / tp);
    // Writing renders the text: references, reasons and inputs of every step. Timed alone, on
    // classifications made outside the clock, into one buffer as `aims classify` does: indented
    // (its default) and compact (--compact).
    for (const int indent : {2, -1}) {
      double tj = 0;
      out.clear();
      aims::JsonWriter w(out, indent);
      w.begin_array();
      for (const auto& p : b->profiles) {
        const aims::Classification c = aims::classify(p, *cat);
        auto t2 = Clock::now();
        aims::write_json(w, c);
        tj += ms_since(t2);
      }
      w.end_array();
      w.finish();
      (indent < 0 ? compact_ms : json_ms).push_back(tj);
      classes += out.size() > 2 ? 1 : 0;
    }
    parse_ms.push_back(tp);
    classify_ms.push_back(tc);
    total_ms.push_back(tp + tc);
  }
  auto median = [](std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  double p = median(parse_ms), c = median(classify_ms), t = median(total_ms), j = median(json_ms),
         k = median(compact_ms);
  std::printf("profiles: %d in %s (%.1f KB)\n", n, file.c_str(), static_cast<double>(text.size()) / 1024.0);
  std::printf("parse alone:          %8.2f ms (median of %d)\n", p, reps);
  std::printf("parse and classify:   %8.2f ms\n", t);
  std::printf("classification only:  %8.2f ms = %.1f %% of parsing, with the full trace (goal < 10 %%; median of each "
              "run's ratio)\n",
              c, 100.0 * median(ratio));
  std::printf("write JSON:           %8.2f ms = %.2f x parsing, indented as aims classify prints it (goal <= 2 x)\n", j,
              j / p);
  std::printf("write JSON compact:   %8.2f ms = %.2f x parsing (--compact)\n", k, k / p);
  std::printf("per profile:          %8.2f us parse, %.2f us classify, %.2f us write (%.2f compact)\n", 1000.0 * p / n,
              1000.0 * c / n, 1000.0 * j / n, 1000.0 * k / n);
  return classes > 0 ? 0 : 1;
}
