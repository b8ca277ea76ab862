#include "conversion/handlers.hpp"

#include <sodium.h>

#include <boost/json/parse.hpp>
#include <filesystem>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "conversion/recalculate.hpp"
#include "conversion/report.hpp"
#include "core/errors.hpp"
#include "core/pagination.hpp"
#include "core/query_params.hpp"
#include "exports/writers.hpp"
#include "http/file_response.hpp"
#include "jobs/queue.hpp"
#include "projects/access.hpp"
#include "core/secrets.hpp"

namespace numbase::conversion {
namespace json = boost::json;
namespace {

constexpr std::int64_t kExportMaxProjects = 100000;

// date_from / date_to (default: the 30 days up to today, the company's business day) and view.
struct RangeParams {
  Range range;
  View view = View::cohort;
};

RangeParams read_range(QueryParams& q, db::Connection& conn) {
  RangeParams p;
  auto from = q.string("date_from"), to = q.string("date_to");
  const auto view = q.one_of("view", {"cohort", "activity"});
  if (view && *view == "activity") p.view = View::activity;
  if (!from || !to) {
    auto r = conn.exec("SELECT (numbase_day(now()) - 29)::text, numbase_day(now())::text");
    if (!to) to = r.str(0, 1);
    if (!from) from = r.str(0, 0);
  }
  for (const auto* name : {"date_from", "date_to"}) {
    const auto& v = std::string(name) == "date_from" ? *from : *to;
    if (v.size() != 10 || !is_timestamp(v)) q.fail(name, "must be a date (YYYY-MM-DD)");
  }
  q.finish();
  try {
    p.range = make_range(*from, *to);
  } catch (const std::invalid_argument& e) {
    throw validation_error("date_from", std::string(e.what()) == "not a date" ? "must be a date (YYYY-MM-DD)"
                                                                               : std::string("must be on or before date_to, at most 366 days before it"));
  }
  return p;
}

SummaryQuery read_summary_query(QueryParams& q, http::RequestContext& ctx, db::Connection& conn, bool paged) {
  SummaryQuery s;
  s.state = q.one_of("state", {"active", "deleted", "all"}).value_or("active");
  s.provider_id = q.integer("provider_id", 1, 2147483647).value_or(0);
  s.geo_id = q.integer("geo_id", 1, 2147483647).value_or(0);
  if (s.provider_id && s.geo_id) q.fail("geo_id", "choose a supplier or a region, not both");
  if (auto sort = q.string("sort")) {
    const auto key = (*sort)[0] == '-' ? sort->substr(1) : *sort;
    if (std::find(sort_keys().begin(), sort_keys().end(), key) == sort_keys().end()) {
      std::string list;
      for (const auto& k : sort_keys()) list += (list.empty() ? "" : ", ") + k;
      q.fail("sort", "must be one of: " + list + " (with - for descending)");
    } else {
      s.sort = *sort;
    }
  }
  if (paged) {
    s.limit = q.integer("limit", 1, 500).value_or(100);
    s.offset = q.integer("offset", 0, 1000000000).value_or(0);
  } else {
    s.limit = kExportMaxProjects;
  }
  s.member = projects::member_filter(ctx.principal());
  auto range = read_range(q, conn);
  s.range = range.range;
  s.view = range.view;
  return s;
}

const char* view_name(View v) { return v == View::activity ? "activity" : "cohort"; }

std::string number_text(const json::value& v) {
  if (v.is_null()) return "";
  if (v.is_int64()) return std::to_string(v.as_int64());
  if (v.is_uint64()) return std::to_string(v.as_uint64());
  if (v.is_double()) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", v.as_double());
    return buf;
  }
  return "";
}

std::string percent_text(const json::value& v) {
  if (!v.is_number()) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v.to_number<double>() * 100);
  return buf;
}

}  // namespace

http::Response get_summary(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto conn = ctx.app.pool.acquire();
  const auto s = read_summary_query(q, ctx, *conn, true);
  const auto result = summary(*conn, s);
  json::object out{{"view", view_name(s.view)},
                   {"date_from", s.range.from},
                   {"date_to", s.range.to},
                   {"state", s.state},
                   {"statuses", json::parse(statuses_json(*conn))},
                   {"data", json::parse(result.rows_json)},
                   {"totals", json::parse(result.totals_json)},
                   {"pagination", offset_pagination(result.total, s.limit, s.offset)}};
  return http::Response::json(out);
}

http::Response export_summary(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  const auto format = q.one_of("format", {"csv", "xlsx"}).value_or("csv");
  const auto language = q.one_of("language", {"ru", "en"}).value_or("ru");
  auto conn = ctx.app.pool.acquire();
  const auto s = read_summary_query(q, ctx, *conn, false);
  const auto result = summary(*conn, s);
  const auto statuses = json::parse(statuses_json(*conn)).as_array();
  const bool ru = language == "ru";

  std::vector<std::string> header = {"ID", ru ? "Проект" : "Project", ru ? "Тег" : "Tag", ru ? "Тип" : "Type",
                                     ru ? "Получено" : "Received", ru ? "Дубли" : "Duplicates",
                                     ru ? "Обработано" : "Processed", ru ? "Успех" : "Success"};
  for (const auto& st : statuses) header.push_back(std::string(st.at(ru ? "name_ru" : "name_en").as_string()));
  for (const char* h : {ru ? "Конверсия от полученных, %" : "Conversion of received, %",
                        ru ? "Конверсия от обработанных, %" : "Conversion of processed, %",
                        ru ? "Стоимость базы" : "Cost of the base", ru ? "Цена успеха" : "Cost per success"})
    header.emplace_back(h);

  const auto dir = ctx.app.config.files_dir() / "spool";
  std::filesystem::create_directories(dir);
  const auto path = dir / ("conversion-" + random_hex(8) + "." + format);
  struct Remove {
    std::filesystem::path p;
    ~Remove() {
      std::error_code ignored;
      std::filesystem::remove(p, ignored);
    }
  } remove_later{path};
  auto writer = format == "xlsx" ? exports::xlsx_writer(path, header) : exports::csv_writer(path, ';', header);
  auto write = [&](const json::object& m, std::vector<std::string> first) {
    std::vector<std::string> cells = std::move(first);
    for (const char* k : {"received", "duplicates", "processed", "success"}) cells.push_back(number_text(m.at(k)));
    const auto& by_status = m.at("by_status").as_object();
    for (const auto& st : statuses) {
      const auto key = std::to_string(st.at("id").as_int64());
      cells.push_back(by_status.contains(key) ? number_text(by_status.at(key)) : "0");
    }
    const auto& conv = m.at("conversion").as_object();
    cells.push_back(percent_text(conv.at("of_received")));
    cells.push_back(percent_text(conv.at("of_processed")));
    cells.push_back(number_text(m.at("cost")));
    cells.push_back(number_text(m.at("cost_per_success")));
    std::vector<std::optional<std::string_view>> row;
    for (const auto& c : cells) row.emplace_back(c);
    writer->row(row);
  };
  const auto rows = json::parse(result.rows_json);  // kept alive: the loop refers into it
  for (const auto& r : rows.as_array()) {
    const auto& p = r.at("project").as_object();
    write(r.as_object(), {std::to_string(p.at("id").as_int64()), std::string(p.at("name").as_string()),
                          std::string(p.at("tag").as_string()), std::string(p.at("type").as_string())});
  }
  write(json::parse(result.totals_json).as_object(), {"", ru ? "Итого" : "Total", "", ""});
  writer->finish();
  // The open file outlives its name: it is streamed, then gone.
  return http::file_response(path,
                             format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                              : "text/csv; charset=utf-8",
                             "conversion-" + s.range.from + "-" + s.range.to + "." + format);
}

http::Response get_project_conversion(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Project not found");
  QueryParams q(ctx.req);
  auto conn = ctx.app.pool.acquire();
  projects::require_project(*conn, ctx.principal(), *id, true);
  const auto p = read_range(q, *conn);
  return http::Response::raw_json(200, project_report(*conn, *id, p.range, p.view));
}

http::Response recalculate_project(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Project not found");
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  projects::require_project(*conn, me, *id, true);
  auto job_id = db::transaction(*conn, [&](db::Connection& c) {
    auto job = jobs::enqueue(c, kRecalculateJobKind, {{"project_id", *id}}, me.id);
    audit::record(c, ctx.actor(), "create", "conversion_recalculate_job", std::to_string(job),
                  {{"project_id", *id}});
    return job;
  });
  return http::Response::json(
      202, json::object{{"job_id", job_id},
                        {"job", {{"id", job_id}, {"kind", kRecalculateJobKind}, {"status", "queued"}}}});
}

}  // namespace numbase::conversion
