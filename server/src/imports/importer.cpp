#include "imports/importer.hpp"

#include <algorithm>

#include "core/utf8.hpp"
#include "db/copy.hpp"
#include "phones/phone.hpp"

namespace numbase::imports {
namespace {

constexpr std::size_t kCopyChunk = 1 << 20;

// The first occurrence of each number in the file ($1 project, $2 provider, $3 default geo,
// $4 country, $5 import), with its region: a region column names the geo (a subject's name or
// a numbering-plan spelling); else the numbering plan's; else the import's geo; else the
// country. Rows go in in number order (as DISTINCT ON sorted them), which fills the number
// indexes in key order. The last column counts numbers whose region was not known.
#define NUMBASE_IMPORT_CANDIDATES                                                                              \
  "WITH candidates AS (SELECT DISTINCT ON (phone) * FROM import_staging ORDER BY phone, line),"                \
  " regions AS (SELECT DISTINCT ON (key) key, geo_id, also_geo_id FROM ("                                     \
  "   SELECT lower(alias) AS key, geo_id, also_geo_id, 1 AS pref FROM geo_region_aliases"                     \
  "   UNION ALL SELECT lower(region), id, NULL, 0 FROM geo"                                                   \
  "    WHERE country = $4 AND region IS NOT NULL AND city IS NULL) k ORDER BY key, pref),"                    \
  " located AS (SELECT c.*, coalesce(g.geo_id, c.plan_geo, $3::integer,"                                     \
  "     (SELECT id FROM geo WHERE country = $4 AND region IS NULL)) AS geo_id,"                               \
  "     CASE WHEN g.geo_id IS NOT NULL THEN g.also_geo_id ELSE c.plan_also_geo END AS also_geo_id,"           \
  "     g.geo_id IS NULL AND c.plan_geo IS NULL AND $3::integer IS NULL AS unknown"                           \
  "   FROM candidates c LEFT JOIN regions g ON g.key = lower(btrim(c.region))),"

// Into a project, unless it has the number already. A number outside the project's geo (its
// region or country matches none of the project's) is counted, and with $6 routed to the pool
// instead (when the pool does not have it yet).
constexpr const char* kIntoProject = NUMBASE_IMPORT_CANDIDATES
    " target_geo AS (SELECT g.id FROM geo g WHERE EXISTS (SELECT 1 FROM project_geo pg JOIN geo x ON x.id = pg.geo_id"
    "   WHERE pg.project_id = $1 AND x.country = g.country"
    "     AND (x.region IS NULL OR (x.region = g.region AND (x.city IS NULL OR x.city = g.city))))),"
    " placed AS (SELECT l.*, NOT EXISTS (SELECT 1 FROM project_geo pg WHERE pg.project_id = $1)"
    "     OR coalesce(l.geo_id IN (SELECT id FROM target_geo) OR l.also_geo_id IN (SELECT id FROM target_geo), false)"
    "     AS in_geo"
    "   FROM located l),"
    " added AS (INSERT INTO phone_numbers (project_id, phone, provider_id, geo_id, status_id, company, site, email,"
    "   comment)"
    "   SELECT $1, l.phone, $2, l.geo_id, (SELECT id FROM number_statuses WHERE code = 'new'),"
    "     l.company, l.site, l.email, l.comment FROM placed l WHERE l.in_geo OR NOT $6::boolean"
    "   ON CONFLICT (project_id, phone) DO NOTHING RETURNING phone),"
    " kept AS (INSERT INTO import_added SELECT phone FROM added),"
    " routed AS (INSERT INTO pool_numbers (phone, provider_id, import_id, geo_id, also_geo_id, operator, company,"
    "   site, email, comment)"
    "   SELECT l.phone, $2, $5, l.geo_id, l.also_geo_id, l.operator, l.company, l.site, l.email, l.comment"
    "   FROM placed l WHERE NOT l.in_geo AND $6::boolean ON CONFLICT (phone) DO NOTHING RETURNING 1)"
    " SELECT (SELECT count(*) FROM import_staging), (SELECT count(*) FROM candidates), (SELECT count(*) FROM added),"
    "   (SELECT count(*) FROM located WHERE unknown), (SELECT count(*) FROM placed WHERE NOT in_geo),"
    "   (SELECT count(*) FROM routed)";

// Into the pool, unless it has the number already (the first supplier keeps it; the others
// count it as their duplicate, per supplier and day).
constexpr const char* kIntoPool = NUMBASE_IMPORT_CANDIDATES
    " added AS (INSERT INTO pool_numbers (phone, provider_id, import_id, geo_id, also_geo_id, operator, company,"
    "   site, email, comment)"
    "   SELECT l.phone, $2, $5, l.geo_id, l.also_geo_id, l.operator, l.company, l.site, l.email, l.comment"
    "   FROM located l ON CONFLICT (phone) DO NOTHING RETURNING phone),"
    " kept AS (INSERT INTO import_added SELECT phone FROM added),"
    " counted AS (INSERT INTO pool_supplier_counters AS s (provider_id, day, received, duplicates)"
    "   SELECT $2, numbase_day(now()), (SELECT count(*) FROM added),"
    "     (SELECT count(*) FROM candidates) - (SELECT count(*) FROM added)"
    "   WHERE $1::bigint IS NULL"
    "   ON CONFLICT ((coalesce(provider_id, 0)), day) DO UPDATE"
    "   SET received = s.received + excluded.received, duplicates = s.duplicates + excluded.duplicates)"
    " SELECT (SELECT count(*) FROM import_staging), (SELECT count(*) FROM candidates), (SELECT count(*) FROM added),"
    "   (SELECT count(*) FROM located WHERE unknown), 0, CASE WHEN $6::boolean THEN 0 ELSE 0 END";
#undef NUMBASE_IMPORT_CANDIDATES

// The numbers this import added that another project holds too (the cross-project duplicates
// the projects list counts), with the file line and the projects' names, in file order.
constexpr const char* kInOtherProjects =
    "SELECT c.line, c.phone, string_agg(DISTINCT p.name, ', ')"
    " FROM import_added a"
    " JOIN (SELECT DISTINCT ON (phone) line, phone FROM import_staging ORDER BY phone, line) c ON c.phone = a.phone"
    " JOIN phone_numbers o ON o.phone = a.phone AND o.project_id IS DISTINCT FROM $1::bigint"
    " JOIN projects p ON p.id = o.project_id"
    " GROUP BY c.line, c.phone ORDER BY c.line";

}  // namespace

std::string RowError::reason(std::string_view language) const {
  const bool ru = language == "ru";
  switch (problem) {
    case RowProblem::BadText:
      return ru ? "в строке символ NUL или текст не в кодировке UTF-8"
                : "the row holds a NUL character or text that is not valid UTF-8";
    case RowProblem::NoPhone: return ru ? "нет номера телефона" : "no phone number";
    case RowProblem::InvalidPhone: return ru ? "неверный номер телефона" : "not a valid phone number";
    case RowProblem::InOtherProject: return (ru ? "уже есть в другом проекте: " : "already in another project: ") + detail;
  }
  return {};
}

ImportCounts import_rows(db::Connection& conn, RowSource& reader, const std::optional<std::vector<Column>>& columns,
                         const ImportTarget& target, const std::function<void(const RowError&)>& on_error,
                         const std::function<void(std::int64_t rows)>& progress) {
  std::vector<std::string> row;
  ImportCounts counts;
  // Work that yields no rows (blank spreadsheet rows) still reports, so a cancel stops it.
  reader.set_watchdog([&] { progress(counts.total_rows); });
  if (!reader.next(row)) return counts;

  std::vector<Column> map;
  bool first_is_data = true;
  if (columns) {
    map = *columns;
    first_is_data = !recognize_header(row).has_value();  // a header row is skipped all the same
  } else if (auto header = recognize_header(row)) {
    map = *header;
    first_is_data = false;
  } else {
    map = guess_columns(row);
  }
  const auto phone_at = std::find(map.begin(), map.end(), Column::Phone);
  if (phone_at == map.end()) throw FileError("no column holds phone numbers; give a column mapping", reader.line());
  auto index_of = [&](Column c) -> std::optional<std::size_t> {
    auto it = std::find(map.begin(), map.end(), c);
    return it == map.end() ? std::nullopt : std::optional<std::size_t>(it - map.begin());
  };
  const auto phone_i = static_cast<std::size_t>(phone_at - map.begin());
  const auto company_i = index_of(Column::Company), site_i = index_of(Column::Site), email_i = index_of(Column::Email),
             comment_i = index_of(Column::Comment), region_i = index_of(Column::Region);

  conn.exec(
      "CREATE TEMP TABLE import_staging (line bigint, phone bigint, company text, site text, email text,"
      " comment text, region text, plan_geo integer, plan_also_geo integer, operator text) ON COMMIT DROP");
  std::optional<db::CopyIn> copy(std::in_place, conn, "COPY import_staging FROM STDIN");
  std::string buf;
  auto field = [&](const std::optional<std::size_t>& i, std::size_t limit) -> std::optional<std::string> {
    if (!i || *i >= row.size()) return std::nullopt;
    std::string v = row[*i];
    if (v.size() > limit) {  // cut to the column's size without leaving half a letter
      v.resize(limit);
      while (!v.empty() && (static_cast<unsigned char>(v.back()) & 0xC0) == 0x80) v.pop_back();
      if (!v.empty() && (static_cast<unsigned char>(v.back()) & 0xC0) == 0xC0) v.pop_back();
    }
    return v;
  };
  // PostgreSQL's text holds neither a NUL nor invalid UTF-8: such a row is reported, not sent.
  auto unstorable = [&] {
    for (const auto& i : {std::optional<std::size_t>(phone_i), company_i, site_i, email_i, comment_i, region_i})
      if (i && *i < row.size() && (row[*i].find('\0') != std::string::npos || !is_valid_utf8(row[*i]))) return true;
    return false;
  };
  auto add_row = [&] {
    ++counts.total_rows;
    if (unstorable()) {
      ++counts.failed;
      std::string shown = phone_i < row.size() ? row[phone_i].substr(0, 100) : std::string();
      if (!is_valid_utf8(shown) || shown.find('\0') != std::string::npos) shown.clear();
      on_error({reader.line(), shown, RowProblem::BadText});
      return;
    }
    const std::string raw = phone_i < row.size() ? row[phone_i] : std::string();
    auto phone = phones::normalize(raw, target.region);
    if (!phone) {
      ++counts.failed;
      on_error({reader.line(), raw.substr(0, 100), raw.empty() ? RowProblem::NoPhone : RowProblem::InvalidPhone});
      return;
    }
    buf += std::to_string(reader.line()) + '\t' + std::to_string(phone->digits) + '\t';
    db::append_copy_value(buf, field(company_i, 500));
    buf += '\t';
    db::append_copy_value(buf, field(site_i, 500));
    buf += '\t';
    db::append_copy_value(buf, field(email_i, 255));
    buf += '\t';
    db::append_copy_value(buf, field(comment_i, 5000));
    buf += '\t';
    db::append_copy_value(buf, field(region_i, 200));
    const auto* range = target.plan ? target.plan->lookup(phone->digits) : nullptr;
    numbering::RegionHit hit;
    if (range) hit = {range->geo_id, range->also_geo_id};
    else if (target.landlines) hit = target.landlines->lookup(phone->digits);
    if (hit.geo_id) {
      buf += '\t' + std::to_string(hit.geo_id) + '\t';
      buf += hit.also_geo_id ? std::to_string(hit.also_geo_id) : std::string("\\N");
    } else {
      buf += "\t\\N\t\\N";
    }
    buf += '\t';
    db::append_copy_value(buf, range ? std::optional<std::string>(std::string(target.plan->operator_name(*range)))
                                 : std::nullopt);
    buf += '\n';
    if (buf.size() >= kCopyChunk) copy->send(buf);
    if (counts.total_rows % 10000 == 0) progress(counts.total_rows);
  };
  if (first_is_data) add_row();  // an exception abandons the COPY (CopyIn's destructor)
  while (reader.next(row)) add_row();
  copy->send(buf);
  copy->finish();
  copy.reset();

  conn.exec("CREATE TEMP TABLE import_added (phone bigint) ON COMMIT DROP");
  auto r = conn.query(target.project_id ? kIntoProject : kIntoPool, target.project_id, target.provider_id,
                      target.geo_id, target.region, target.import_id, target.outside_geo_to_pool);
  const auto staged = r.i64(0, 0), distinct = r.i64(0, 1);
  counts.imported = r.i64(0, 2);
  counts.region_unknown = r.i64(0, 3);
  counts.outside_geo = r.i64(0, 4);
  counts.routed_to_pool = r.i64(0, 5);
  counts.duplicates_in_file = staged - distinct;
  counts.already_in_project = distinct - counts.imported - (target.outside_geo_to_pool ? counts.outside_geo : 0);
  conn.stream(kInOtherProjects, {db::to_param(target.project_id)});
  while (auto row = conn.next_row()) {
    ++counts.in_other_projects;
    on_error({row->i64(0, 0), "+" + row->str(0, 1), RowProblem::InOtherProject, row->str(0, 2), true});
  }
  progress(counts.total_rows);
  return counts;
}

}  // namespace numbase::imports
