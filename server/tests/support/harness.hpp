#pragma once
// The PostgreSQL the tests run against: one throw-away cluster per test run, a migrated
// template database, and a fresh copy of it for every test that asks.
#include <filesystem>
#include <string>

namespace numbase::test {

// A new database, migrated, with nothing else in it; returns its conninfo.
std::string fresh_database();
// An empty database without any migration applied.
std::string empty_database();
// A new empty directory under the system's temporary directory.
std::filesystem::path make_temp_dir(const std::string& prefix);

}  // namespace numbase::test
