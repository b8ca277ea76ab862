// Key files in the data dir: several processes starting at once on one shared volume (serve and
// worker in deploy/docker-compose.yml) must all end up with the same key.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <set>
#include <thread>
#include <vector>

#include "core/secrets.hpp"

using namespace numbase;
namespace fs = std::filesystem;

TEST(KeyFile, EveryoneStartingAtOnceGetsTheSameKey) {
  std::string pattern = (fs::temp_directory_path() / "numbase-keys-XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  const fs::path dir = pattern;
  for (int round = 0; round < 50; ++round) {
    const auto path = dir / ("round" + std::to_string(round)) / "secret.key";
    std::vector<std::string> keys(6);
    std::vector<std::thread> threads;
    for (auto& key : keys) threads.emplace_back([&key, &path] { key = load_or_create_key_file(path, 32); });
    for (auto& t : threads) t.join();
    EXPECT_EQ(std::set<std::string>(keys.begin(), keys.end()).size(), 1u) << "round " << round;
    EXPECT_EQ(load_or_create_key_file(path, 32), keys[0]) << "and the file holds it";
    EXPECT_EQ(std::distance(fs::directory_iterator(path.parent_path()), fs::directory_iterator{}), 1)
        << "no temporary file left behind";
  }
  fs::remove_all(dir);
}
