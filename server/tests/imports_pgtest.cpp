// Importing a CSV into a project: counts, duplicates, invalid rows, all-or-nothing.
#include <gtest/gtest.h>

#include <sstream>

#include "db/connection.hpp"
#include "imports/csv_reader.hpp"
#include "imports/importer.hpp"
#include "numbering/loader.hpp"
#include "numbering/plan.hpp"
#include "support/harness.hpp"

using namespace numbase;
using namespace numbase::imports;

namespace {

struct Run {
  ImportCounts counts;
  std::vector<RowError> errors;
};

Run run(db::Connection& conn, const std::string& file, std::int64_t project) {
  std::istringstream in(file);
  Run out;
  out.counts = db::transaction(conn, [&](db::Connection& c) {
    CsvReader reader(in, detect_csv_format(file));
    return import_rows(c, reader, std::nullopt, {project, std::nullopt, std::nullopt, "RU"},
                       [&](const RowError& e) { out.errors.push_back(e); }, [](std::int64_t) {});
  });
  return out;
}

std::int64_t count(db::Connection& c, const std::string& sql) { return c.exec(sql).i64(0, 0); }

}  // namespace

TEST(Imports, Windows1251FileWithHeaderDuplicatesAndBadRows) {
  db::Connection conn(test::fresh_database());
  auto project = count(conn, "INSERT INTO projects (name) VALUES ('p') RETURNING id");
  conn.query("INSERT INTO phone_numbers (project_id, phone, status_id) VALUES ($1, 79160000003, 1)", project);
  // Телефон;Компания / a quoted company with a line break / duplicates / garbage.
  const std::string file =
      "\xD2\xE5\xEB\xE5\xF4\xEE\xED;\xCA\xEE\xEC\xEF\xE0\xED\xE8\xFF\r\n"
      "8 (916) 000-00-01;\"\xCE\xCE\xCE \xD0\xEE\xEC\xE0\xF8\xEA\xE0\r\n\xEC\xEE\xF1\xEA\xE2\xE0\"\r\n"
      "+7 916 000-00-02;B\r\n"
      "79160000001;dup in file\r\n"
      "79160000003;already in project\r\n"
      "12345;bad\r\n"
      ";empty\r\n";
  auto r = run(conn, file, project);
  EXPECT_EQ(r.counts.total_rows, 6);
  EXPECT_EQ(r.counts.imported, 2);
  EXPECT_EQ(r.counts.duplicates_in_file, 1);
  EXPECT_EQ(r.counts.already_in_project, 1);
  EXPECT_EQ(r.counts.failed, 2);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].line, 7) << "lines count the quoted line break";
  EXPECT_EQ(r.errors[0].raw, "12345");
  EXPECT_EQ(conn.query("SELECT company FROM phone_numbers WHERE project_id = $1 AND phone = 79160000001", project)
                .str(0, 0),
            "ООО Ромашка\r\nмосква");
  EXPECT_EQ(count(conn, "SELECT received_total FROM projects"), 3) << "counters moved with the import";
}

TEST(Imports, FileWithoutHeaderGuessesThePhoneColumn) {
  db::Connection conn(test::fresh_database());
  auto project = count(conn, "INSERT INTO projects (name) VALUES ('p') RETURNING id");
  auto r = run(conn, "ООО А,89160000001\nООО Б,89160000002\n", project);
  EXPECT_EQ(r.counts.total_rows, 2);
  EXPECT_EQ(r.counts.imported, 2);
}

TEST(Imports, AFailedImportLeavesNothingBehind) {
  db::Connection conn(test::fresh_database());
  auto project = count(conn, "INSERT INTO projects (name) VALUES ('p') RETURNING id");
  // A truncated file: the last quoted field never ends.
  EXPECT_THROW(run(conn, "phone;comment\n79160000001;ok\n79160000002;\"never closed\n", project), FileError);
  EXPECT_EQ(count(conn, "SELECT count(*) FROM phone_numbers"), 0);
  EXPECT_EQ(count(conn, "SELECT received_total FROM projects"), 0);
  // No phone column at all.
  EXPECT_THROW(run(conn, "company;site\nА;b.ru\n", project), FileError);
  EXPECT_TRUE(conn.idle());
}

TEST(Imports, ManyRowsAreStreamed) {
  db::Connection conn(test::fresh_database());
  auto project = count(conn, "INSERT INTO projects (name) VALUES ('p') RETURNING id");
  std::string file = "phone\n";
  for (int i = 0; i < 50000; ++i) file += "7916" + std::to_string(1000000 + i) + "\n";
  auto r = run(conn, file, project);
  EXPECT_EQ(r.counts.imported, 50000);
  EXPECT_EQ(count(conn, "SELECT count(*) FROM phone_numbers"), 50000);
}

// Issue 16: on a young database, a small import and the first ANALYZE used to leave the
// duplicate-counting trigger with a cached plan that scanned phone_numbers once per inserted
// row, so the next large import was quadratic. Exactly that sequence, in one long-lived
// session as the worker has; the number of sequential scans of phone_numbers during the large
// import must not depend on how many rows it brings.
TEST(Imports, StayLinearAfterASmallImportAndTheFirstAnalyze) {
  db::Connection conn(test::fresh_database());
  conn.exec("SET statement_timeout = '120s'");  // the quadratic plan would take hours
  auto project = count(conn, "INSERT INTO projects (name) VALUES ('p') RETURNING id");
  auto other = count(conn, "INSERT INTO projects (name) VALUES ('other') RETURNING id");
  auto numbers = [](int from, int n) {
    std::string file = "phone\n";
    for (int i = from; i < from + n; ++i) file += "7916" + std::to_string(1000000 + i) + "\n";
    return file;
  };
  run(conn, numbers(0, 50), project);
  conn.exec("ANALYZE phone_numbers");
  run(conn, numbers(50, 5), project);
  run(conn, numbers(0, 10), other);  // ten cross-project duplicates, counted below

  auto seq_scans = [&] {
    return count(conn, "SELECT pg_stat_get_xact_numscans('phone_numbers'::regclass)");
  };
  std::int64_t scans = 0;
  ::Run large = db::transaction(conn, [&](db::Connection& c) {
    const auto before = seq_scans();
    std::istringstream in(numbers(1000, 100000) + numbers(0, 20));
    CsvReader reader(in, detect_csv_format(in.str()));
    ::Run out;
    out.counts = import_rows(c, reader, std::nullopt, {other, std::nullopt, std::nullopt, "RU"},
                             [&](const RowError& e) { out.errors.push_back(e); }, [](std::int64_t) {});
    scans = seq_scans() - before;
    return out;
  });
  EXPECT_EQ(large.counts.imported, 100010);
  EXPECT_LE(scans, 2) << "phone_numbers was scanned sequentially per row";
  EXPECT_EQ(count(conn, "SELECT sum(duplicates) FROM project_daily_counters WHERE project_id = " +
                            std::to_string(other)),
            20)
      << "ten in the first import of 'other', ten new ones in the large one";
}

// Issue 17: an import into the pool. Mobile numbers get their region from the numbering plan;
// the same number from a second supplier stays the first supplier's and counts as the second
// supplier's duplicate.
TEST(Imports, IntoThePoolWithRegionsFromTheNumberingPlan) {
  db::Connection conn(test::fresh_database());
  numbering::ensure_numbering_plan(conn);
  const auto plan = numbering::NumberingPlan::load(conn);
  auto landlines = numbering::LandlineRegions::load(conn);
  auto b1 = count(conn, "INSERT INTO providers (code, name) VALUES ('B1', 'B1') RETURNING id");
  auto b2 = count(conn, "INSERT INTO providers (code, name) VALUES ('B2', 'B2') RETURNING id");
  auto first_of = [&](const std::string& region) {
    return conn.query("SELECT r.range_first FROM numbering_plan_ranges r JOIN geo g ON g.id = r.geo_id"
                      " WHERE g.region = $1 ORDER BY r.range_first LIMIT 1", region).i64(0, 0);
  };
  const auto nsk = first_of("Новосибирская область"), msk = first_of("Москва");
  const std::string file = "phone;site\n+" + std::to_string(nsk) + ";a.ru\n+" + std::to_string(msk) +
                           ";b.ru\n+" + std::to_string(nsk) + ";dup in file\n+7 (383) 212-34-56;landline\n+7 (700) 123-45-67;Kazakhstan\n";
  auto into_pool = [&](std::int64_t provider) {
    std::istringstream in(file);
    CsvReader reader(in, detect_csv_format(file));
    return db::transaction(conn, [&](db::Connection& c) {
      return import_rows(c, reader, std::nullopt, {std::nullopt, provider, std::nullopt, "RU", 1, &plan, &landlines},
                         [](const RowError&) {}, [](std::int64_t) {});
    });
  };
  auto first = into_pool(b1);
  EXPECT_EQ(first.total_rows, 5);
  EXPECT_EQ(first.imported, 4);
  EXPECT_EQ(first.duplicates_in_file, 1);
  EXPECT_EQ(first.region_unknown, 1) << "the Kazakh number";
  EXPECT_EQ(conn.query("SELECT g.timezone FROM pool_numbers n JOIN geo g ON g.id = n.geo_id WHERE n.phone = 73832123456")
                .str(0, 0),
            "Asia/Novosibirsk")
      << "a landline's region from the geocoder";
  EXPECT_EQ(conn.query("SELECT g.timezone FROM pool_numbers n JOIN geo g ON g.id = n.geo_id WHERE n.phone = $1", nsk)
                .str(0, 0),
            "Asia/Novosibirsk");
  EXPECT_FALSE(conn.query("SELECT operator FROM pool_numbers WHERE phone = $1", msk).is_null(0, 0));
  EXPECT_EQ(count(conn, "SELECT count(*) FROM pool_numbers WHERE geo_id = (SELECT id FROM geo WHERE country = 'RU'"
                        " AND region IS NULL)"),
            1)
      << "a number of unknown region is the country's";
  EXPECT_EQ(count(conn, "SELECT count(*) FROM phone_numbers"), 0);

  auto second = into_pool(b2);
  EXPECT_EQ(second.imported, 0);
  EXPECT_EQ(second.already_in_project, 4);
  EXPECT_EQ(count(conn, "SELECT count(*) FROM pool_numbers WHERE provider_id = " + std::to_string(b1)), 4);
  EXPECT_EQ(count(conn, "SELECT duplicates FROM pool_supplier_counters WHERE provider_id = " + std::to_string(b2)), 4);
  EXPECT_EQ(count(conn, "SELECT received FROM pool_supplier_counters WHERE provider_id = " + std::to_string(b1)), 4);
}

// Issue 17: the import's result and the projects list agree about cross-project duplicates,
// and the report lists them with the projects that hold them.
TEST(Imports, NumbersInAnotherProjectAreCountedAndListed) {
  db::Connection conn(test::fresh_database());
  auto a = count(conn, "INSERT INTO projects (name) VALUES ('Кредиты') RETURNING id");
  auto b = count(conn, "INSERT INTO projects (name) VALUES ('b') RETURNING id");
  conn.query("INSERT INTO phone_numbers (project_id, phone, status_id) VALUES ($1, 79160000002, 1)", a);
  conn.query("INSERT INTO phone_numbers (project_id, phone, status_id) VALUES ($1, 79160000003, 1)", b);
  auto r = run(conn, "phone\n79160000001\n79160000002\n79160000003\n", b);
  EXPECT_EQ(r.counts.imported, 2);
  EXPECT_EQ(r.counts.in_other_projects, 1);
  EXPECT_EQ(r.counts.failed, 0);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(r.errors[0].notice);
  EXPECT_EQ(r.errors[0].line, 3);
  EXPECT_EQ(r.errors[0].reason(), "already in another project: Кредиты");
  EXPECT_EQ(conn.query("SELECT sum(duplicates) FROM project_daily_counters WHERE project_id = $1", b).i64(0, 0),
            r.counts.in_other_projects)
      << "the projects list counts the same";
}

// Issue 17: numbers outside the project's geo are counted, and imported or routed to the pool
// as the user chose.
TEST(Imports, NumbersOutsideTheProjectsGeoAreCountedOrRoutedToThePool) {
  db::Connection conn(test::fresh_database());
  numbering::ensure_numbering_plan(conn);
  const auto plan = numbering::NumberingPlan::load(conn);
  auto first_of = [&](const std::string& region) {
    return conn.query("SELECT r.range_first FROM numbering_plan_ranges r JOIN geo g ON g.id = r.geo_id"
                      " WHERE g.region = $1 ORDER BY r.range_first LIMIT 1", region).i64(0, 0);
  };
  const auto msk = first_of("Москва"), nsk = first_of("Новосибирская область");
  auto project = count(conn, "INSERT INTO projects (name) VALUES ('Moscow') RETURNING id");
  conn.query("INSERT INTO project_geo SELECT $1, id FROM geo WHERE country = 'RU' AND region = 'Москва'", project);
  const std::string file = "phone\n+" + std::to_string(msk) + "\n+" + std::to_string(nsk) + "\n";
  auto import = [&](bool to_pool) {
    std::istringstream in(file);
    CsvReader reader(in, detect_csv_format(file));
    return db::transaction(conn, [&](db::Connection& c) {
      ImportTarget t{project, std::nullopt, std::nullopt, "RU", 1, &plan, nullptr, to_pool};
      return import_rows(c, reader, std::nullopt, t, [](const RowError&) {}, [](std::int64_t) {});
    });
  };
  ASSERT_GT(count(conn, "SELECT count(*) FROM project_geo WHERE project_id = " + std::to_string(project)), 0);
  auto routed = import(true);
  EXPECT_EQ(routed.imported, 1);
  EXPECT_EQ(routed.outside_geo, 1);
  EXPECT_EQ(routed.routed_to_pool, 1);
  EXPECT_EQ(routed.already_in_project, 0);
  EXPECT_EQ(count(conn, "SELECT count(*) FROM pool_numbers WHERE phone = " + std::to_string(nsk)), 1);
  conn.exec("DELETE FROM phone_numbers");
  auto imported = import(false);
  EXPECT_EQ(imported.imported, 2);
  EXPECT_EQ(imported.outside_geo, 1);
  EXPECT_EQ(imported.routed_to_pool, 0);
}

// Issue 16: a NUL byte or invalid UTF-8 in a cell is that row's error; the rest goes in.
TEST(Imports, ARowWithANulOrInvalidUtf8IsReportedAndTheRestImported) {
  db::Connection conn(test::fresh_database());
  auto project = count(conn, "INSERT INTO projects (name) VALUES ('p') RETURNING id");
  // The format is told from the first 64 KiB; the bad bytes come after them.
  std::string file = "phone;company\n";
  for (int i = 0; i < 4000; ++i) file += "7917" + std::to_string(1000000 + i) + ";ООО Ромашка\n";
  file += "79160000002;nul";
  file += '\0';
  file += "here\n79160000003;bad \xFF\xFE byte\n79160000004;fine\n";
  auto r = run(conn, file, project);
  EXPECT_EQ(r.counts.imported, 4001);
  EXPECT_EQ(r.counts.failed, 2);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].line, 4002);
  EXPECT_EQ(r.errors[1].line, 4003);
}
