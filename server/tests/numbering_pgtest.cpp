// The numbering plan against PostgreSQL: loading the shipped registry maps every region, known
// numbers find their region, operator and time zone, a changed file reports its difference, a
// bad file changes nothing, and the first start loads the shipped file once.
#include <gtest/gtest.h>

#include <sstream>

#include "db/connection.hpp"
#include "imports/row_source.hpp"
#include "numbering/embedded.hpp"
#include "numbering/loader.hpp"
#include "numbering/plan.hpp"
#include "support/harness.hpp"

using namespace numbase;
using numbase::numbering::LoadReport;
using numbase::numbering::NumberingPlan;

namespace {

std::string shipped() { return std::string(numbering::embedded_registry()); }

LoadReport load(db::Connection& conn, const std::string& text) {
  std::istringstream in(text);
  return numbering::load_numbering_plan(conn, in);
}

std::int32_t ru_subject(db::Connection& conn, const std::string& region) {
  auto r = conn.query("SELECT id FROM geo WHERE country = 'RU' AND region = $1 AND city IS NULL", region);
  EXPECT_EQ(r.rows(), 1) << region;
  return r.rows() == 1 ? static_cast<std::int32_t>(r.i64(0, 0)) : -1;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

class NumberingLoad : public ::testing::Test {
 protected:
  void SetUp() override { conn = std::make_unique<db::Connection>(test::fresh_database()); }
  std::int64_t table_rows() { return conn->query("SELECT count(*) FROM numbering_plan_ranges").i64(0, 0); }
  std::unique_ptr<db::Connection> conn;
};

}  // namespace

TEST_F(NumberingLoad, ShippedFileMapsEveryRegion) {
  const auto report = load(*conn, shipped());
  EXPECT_EQ(report.ranges, 9677);
  EXPECT_EQ(report.added, 9677);
  EXPECT_EQ(report.changed, 0);
  EXPECT_EQ(report.removed, 0);
  EXPECT_TRUE(report.unmapped_regions.empty()) << report.unmapped_regions.size() << " unmapped, first: "
                                               << report.unmapped_regions.front();
  EXPECT_EQ(table_rows(), 9677);
  EXPECT_EQ(conn->query("SELECT count(*) FROM numbering_plan_ranges WHERE geo_id IS NULL").i64(0, 0), 0);
  EXPECT_EQ(conn->query("SELECT count(*) FROM audit_log WHERE action = 'load' AND entity_type = 'numbering_plan'")
                .i64(0, 0),
            1);
}

TEST_F(NumberingLoad, KnownNumbersFindTheirRegionOperatorAndZone) {
  load(*conn, shipped());
  const auto plan = NumberingPlan::load(*conn);
  ASSERT_EQ(plan.size(), 9677u);

  const auto* r = plan.lookup(79000000000);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->first, 79000000000);
  EXPECT_EQ(r->last, 79000061999);
  EXPECT_EQ(r->geo_id, ru_subject(*conn, "Краснодарский край"));
  EXPECT_EQ(r->also_geo_id, 0);
  EXPECT_EQ(plan.operator_name(*r), "ООО \"Т2 Мобайл\"");
  EXPECT_EQ(plan.lookup(79000062000)->geo_id, ru_subject(*conn, "Ростовская область"));

  const auto moscow = ru_subject(*conn, "Москва"), moscow_oblast = ru_subject(*conn, "Московская область");
  for (std::int64_t number : {79999512345, 79999999999}) {  // "г. Москва * …" and "г. Москва и …"
    r = plan.lookup(number);
    ASSERT_NE(r, nullptr) << number;
    EXPECT_EQ(r->geo_id, moscow) << number;
    EXPECT_EQ(r->also_geo_id, moscow_oblast) << number;
  }
  r = plan.lookup(79130123456);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->geo_id, ru_subject(*conn, "Новосибирская область"));
  EXPECT_EQ(r->also_geo_id, 0);
  EXPECT_EQ(plan.operator_name(*r), "ПАО \"Мобильные ТелеСистемы\"");
  EXPECT_EQ(conn->query("SELECT timezone FROM geo WHERE id = $1", static_cast<int>(r->geo_id)).str(0, 0),
            "Asia/Novosibirsk");

  // Other two-subject spellings.
  auto also = [&](const std::string& region) {
    auto q = conn->query(
        "SELECT g.region, a.region FROM numbering_plan_ranges n JOIN geo g ON g.id = n.geo_id"
        " LEFT JOIN geo a ON a.id = n.also_geo_id WHERE n.region = $1 LIMIT 1",
        region);
    EXPECT_EQ(q.rows(), 1) << region;
    return q.rows() == 1 ? q.str(0, 0) + " + " + q.opt_str(0, 1).value_or("-") : std::string();
  };
  EXPECT_EQ(also("г. Санкт-Петербург * Ленинградская область"), "Санкт-Петербург + Ленинградская область");
  EXPECT_EQ(also("г. Санкт-Петербург и Ленинградская область"), "Санкт-Петербург + Ленинградская область");
  EXPECT_EQ(also("Республика Крым * г. Севастополь"), "Республика Крым + Севастополь");
  EXPECT_EQ(also("Архангельская область и Ненецкий автономный округ"),
            "Архангельская область + Ненецкий автономный округ");
  EXPECT_EQ(also("Сургутский район * г. Сургут"), "Ханты-Мансийский автономный округ — Югра + -");
  EXPECT_EQ(conn->query("SELECT count(*) FROM numbering_plan_ranges n JOIN geo g ON g.id = n.geo_id"
                        " WHERE n.region = 'Российская Федерация' AND g.country = 'RU' AND g.region IS NULL")
                .i64(0, 0),
            conn->query("SELECT count(*) FROM numbering_plan_ranges WHERE region = 'Российская Федерация'").i64(0, 0));
}

TEST_F(NumberingLoad, ChangedFileReportsItsDifference) {
  load(*conn, shipped());
  auto lines = lines_of(shipped());
  ASSERT_EQ(lines[1].rfind("900;0;61999;62000;", 0), 0u) << lines[1];
  ASSERT_EQ(lines[2].rfind("900;62000;62999;1000;", 0), 0u) << lines[2];
  const std::string t2 = "\"ООО \"\"Т2 Мобайл\"\"\"";
  lines[1] = "900;0;61999;62000;" + t2 + ";Ростовская обл.;7743895280";  // region changed
  lines[2] = "900;62500;62999;500;" + t2 + ";Ростовская обл.;7743895280";  // 62000.. removed, 62500.. added

  const auto report = load(*conn, join(lines));
  EXPECT_EQ(report.ranges, 9677);
  EXPECT_EQ(report.added, 1);
  EXPECT_EQ(report.changed, 1);
  EXPECT_EQ(report.removed, 1);
  EXPECT_TRUE(report.unmapped_regions.empty());
  EXPECT_EQ(table_rows(), 9677);

  const auto plan = NumberingPlan::load(*conn);
  const auto rostov = ru_subject(*conn, "Ростовская область");
  EXPECT_EQ(plan.lookup(79000000000)->geo_id, rostov);
  EXPECT_EQ(plan.lookup(79000062000), nullptr);
  EXPECT_EQ(plan.lookup(79000062499), nullptr);
  ASSERT_NE(plan.lookup(79000062500), nullptr);
  EXPECT_EQ(plan.lookup(79000062500)->first, 79000062500);

  // The same file again changes nothing.
  const auto again = load(*conn, join(lines));
  EXPECT_EQ(again.added + again.changed + again.removed, 0);
}

TEST_F(NumberingLoad, UnknownRegionIsReportedAndKept) {
  const auto report = load(*conn, "АВС/ DEF;От;До;Емкость;Оператор;Регион;ИНН\n"
                                  "900;0;999;1000;A;Новосибирская область;1\n"   // a subject's own name
                                  "900;1000;1999;1000;A;Атлантида;1\n"
                                  "900;2000;2999;1000;B;Гиперборея;1\n"
                                  "900;3000;3999;1000;B;г. москва * московская область;1\n");  // any case
  EXPECT_EQ(report.ranges, 4);
  EXPECT_EQ(report.unmapped_regions, (std::vector<std::string>{"Атлантида", "Гиперборея"}));
  const auto plan = NumberingPlan::load(*conn);
  EXPECT_EQ(plan.lookup(79000000500)->geo_id, ru_subject(*conn, "Новосибирская область"));
  EXPECT_EQ(plan.lookup(79000001500)->geo_id, 0);
  EXPECT_EQ(plan.lookup(79000003500)->geo_id, ru_subject(*conn, "Москва"));
  EXPECT_EQ(plan.operators().size(), 2u);
}

TEST_F(NumberingLoad, BadFileChangesNothing) {
  load(*conn, shipped());
  auto lines = lines_of(shipped());
  lines[5] = "900;abc;1;1;A;Краснодарский край;1";
  try {
    load(*conn, join(lines));
    FAIL() << "a malformed row was accepted";
  } catch (const imports::FileError& e) {
    EXPECT_EQ(e.line(), 6);
  }
  lines = lines_of(shipped());
  lines.push_back("900;61000;61999;1000;A;Краснодарский край;1");  // overlaps line 2
  try {
    load(*conn, join(lines));
    FAIL() << "overlapping ranges were accepted";
  } catch (const imports::FileError& e) {
    EXPECT_EQ(e.line(), static_cast<std::int64_t>(lines.size()));
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
  }
  EXPECT_THROW(load(*conn, "phone;name\n79000000000;x\n"), imports::FileError);
  EXPECT_EQ(table_rows(), 9677);
  EXPECT_TRUE(conn->idle());
}

TEST_F(NumberingLoad, FirstStartLoadsTheShippedFileOnce) {
  auto first = numbering::ensure_numbering_plan(*conn);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->ranges, 9677);
  EXPECT_TRUE(first->unmapped_regions.empty());
  EXPECT_FALSE(numbering::ensure_numbering_plan(*conn).has_value());
  EXPECT_EQ(table_rows(), 9677);
}
