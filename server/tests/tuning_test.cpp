#include <gtest/gtest.h>

#include "db/tuning.hpp"

using namespace numbase::db;

TEST(Tuning, SizedFromTheMachine) {
  auto small = tuned_settings(2ull << 30);
  EXPECT_EQ(small["shared_buffers"], "512MB");
  EXPECT_EQ(small["effective_cache_size"], "1536MB");
  EXPECT_EQ(small["work_mem"], "5MB");
  EXPECT_EQ(small["maintenance_work_mem"], "128MB");
  auto big = tuned_settings(24ull << 30);
  EXPECT_EQ(big["shared_buffers"], "6144MB");
  EXPECT_EQ(big["work_mem"], "61MB");
  EXPECT_EQ(big["maintenance_work_mem"], "1536MB");
  EXPECT_EQ(big["random_page_cost"], "1.1");
  EXPECT_EQ(tuned_settings(512ull << 40)["shared_buffers"], "8192MB") << "within sane bounds";
  EXPECT_GT(available_memory(), 0u);
}

TEST(Tuning, OverridesFromTheEnvironment) {
  auto s = tuned_settings(4ull << 30);
  apply_overrides(s, {"NUMBASE_PG_SHARED_BUFFERS=2GB", "NUMBASE_PG_JIT=off", "NUMBASE_PG_BIN=/usr/lib/x", "PATH=/bin"});
  EXPECT_EQ(s["shared_buffers"], "2GB");
  EXPECT_EQ(s["jit"], "off");
  EXPECT_EQ(s.count("bin"), 0u);
  EXPECT_THROW(apply_overrides(s, {"NUMBASE_PG_WORK_MEM=1MB -c ssl=on"}), std::runtime_error);
  EXPECT_THROW(apply_overrides(s, {"NUMBASE_PG_WORK'MEM=1MB"}), std::runtime_error);
}
