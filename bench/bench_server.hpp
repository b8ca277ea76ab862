#pragma once
// What the benchmarks that drive a real `numbase serve` share: the supplier's CSV they import,
// starting the server, and waiting for a background job's resource to finish.
#include <sys/types.h>

#include <boost/json/value.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "bench_client.hpp"

namespace numbase::bench {

// The CSV a supplier would send (`+7 (916) 123-45-67;Компания N;`, `rows` distinct numbers
// in a scattered order that `seed` shifts) and, for a COPY baseline, the same rows normalized in
// COPY's text format for `project` (`tsv`; none when empty).
void write_supplier_csv(const std::filesystem::path& csv, const std::filesystem::path& tsv, std::int64_t rows,
                        std::uint32_t seed, std::int64_t project);

struct Server {
  pid_t pid = 0;
  std::uint16_t port = 0;
};

// `binary serve` on a free loopback port against `conninfo`, its data dir and log in `dir`;
// returns once /readyz answers. `env` is added to the environment (NUMBASE_* of the caller's
// is not passed on).
Server start_server(const std::string& binary, const std::string& conninfo, const std::filesystem::path& dir,
                    const std::vector<std::string>& env = {});

// Polls a job-backed resource until it leaves queued/processing (and scheduled/running);
// returns it. Signs in again when the access token expires (a large import outlasts it).
boost::json::value wait_done(Client& client, const std::string& url, std::string& token,
                             const std::function<std::string()>& login);

}  // namespace numbase::bench
