// numbase: one binary, several subcommands. main() only parses the command line.
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  if (sodium_init() < 0) {
    std::cerr << "numbase: libsodium failed to initialize\n";
    return 1;
  }
  if (const char* level = std::getenv("NUMBASE_LOG_LEVEL")) spdlog::set_level(spdlog::level::from_str(level));

  numbase::Config config;
  try {
    config = numbase::Config::from_env();
  } catch (const std::exception& e) {
    std::cerr << "numbase: " << e.what() << "\n";
    return 2;
  }

  CLI::App app{"numbase: a CRM for phone-number bases of many millions of records"};
  app.require_subcommand(1);
  auto add_data_dir = [&](CLI::App* cmd) {
    cmd->add_option("--data-dir", config.data_dir, "Data directory (embedded database, keys, files) [NUMBASE_DATA_DIR]");
  };

  auto* serve = app.add_subcommand("serve", "Run the HTTP API and the web UI");
  serve->add_option("--port", config.port, "TCP port [NUMBASE_PORT, default 8000]");
  serve->add_option("--host", config.host, "Address to listen on [NUMBASE_HOST, default 127.0.0.1]");
  serve->add_option("--web-dir", config.web_dir, "Built web UI [NUMBASE_WEB_DIR, default web/dist]");
  add_data_dir(serve);

  auto* worker = app.add_subcommand("worker", "Run background-job workers only");
  add_data_dir(worker);

  auto* migrate = app.add_subcommand("migrate", "Apply database migrations and exit");
  add_data_dir(migrate);

  auto* user = app.add_subcommand("user", "Manage user accounts");
  user->require_subcommand(1);
  numbase::cli::UserCreateOptions create;
  auto* user_create = user->add_subcommand("create", "Create a user (password from --password-stdin, "
                                                     "NUMBASE_USER_PASSWORD, or generated and printed)");
  user_create->add_option("username", create.username, "Username")->required();
  user_create->add_option("--role", create.role, "administrator | manager")->check(CLI::IsMember({"administrator", "manager"}));
  user_create->add_option("--email", create.email, "Email address");
  user_create->add_flag("--password-stdin", create.password_stdin, "Read the password from standard input");
  add_data_dir(user_create);

  auto* geo = app.add_subcommand("geo", "Manage the geo dictionary and the numbering plan");
  geo->require_subcommand(1);
  std::string numbering_plan_file;
  auto* geo_load_plan = geo->add_subcommand(
      "load-numbering-plan", "Replace the numbering plan with a registry file (DEF-9xx.csv of the Russian regulator)");
  geo_load_plan->add_option("file", numbering_plan_file, "Registry CSV file")->required();
  add_data_dir(geo_load_plan);

  std::string backup_dir;
  auto* backup = app.add_subcommand("backup", "Write a backup (database, files, keys) into a new directory");
  backup->add_option("dir", backup_dir, "Directory to create")->required();
  add_data_dir(backup);
  auto* restore = app.add_subcommand("restore", "Restore a backup into an empty database and data dir");
  restore->add_option("dir", backup_dir, "A directory numbase backup wrote")->required();
  add_data_dir(restore);

  CLI11_PARSE(app, argc, argv);

  // Started from elsewhere than the repository root: find the UI next to the build.
  if (config.web_dir.is_relative() && !std::filesystem::exists(config.web_dir)) {
    std::error_code ec;
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec && std::filesystem::exists(exe.parent_path().parent_path() / config.web_dir))
      config.web_dir = exe.parent_path().parent_path() / config.web_dir;
  }

  try {
    if (*serve) return numbase::cli::serve(config);
    if (*worker) return numbase::cli::worker(config);
    if (*backup) return numbase::cli::backup(config, backup_dir);
    if (*restore) return numbase::cli::restore(config, backup_dir);
    if (*migrate) return numbase::cli::migrate(config);
    if (*user_create) return numbase::cli::user_create(config, create);
    if (*geo_load_plan) return numbase::cli::geo_load_numbering_plan(config, numbering_plan_file);
  } catch (const std::exception& e) {
    std::cerr << "numbase: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
