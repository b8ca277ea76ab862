// The streaming multipart/form-data parser: fields, a file part written to disk, boundaries
// split across pieces at every position, malformed bodies.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "http/multipart.hpp"

using namespace numbase::http;
namespace fs = std::filesystem;

namespace {

class Multipart : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "numbase-multipart-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Feeds `body` in pieces of `piece` bytes.
  FormData parse(const std::string& body, std::size_t piece) {
    MultipartParser p("XyZ", dir_);
    for (std::size_t at = 0; at < body.size(); at += piece) p.feed(std::string_view(body).substr(at, piece));
    return p.finish();
  }
  static std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  fs::path dir_;
};

// The file's content looks like a boundary on purpose: "\r\n--XyZ" never appears whole in it.
const std::string kContent = "a;b\r\n--XyY\r\n--Xy\r\nlast line without a break";
const std::string kBody =
    "preamble is ignored\r\n"
    "--XyZ\r\nContent-Disposition: form-data; name=\"project_id\"\r\n\r\n42\r\n"
    "--XyZ\r\ncontent-disposition: form-data; name=\"file\"; filename=\"C:\\\\data\\\\база.csv\"\r\n"
    "Content-Type: text/csv\r\n\r\n" +
    kContent +
    "\r\n"
    "--XyZ\r\nContent-Disposition: form-data; name=\"columns\"\r\n\r\n[\"phone\"]\r\n"
    "--XyZ--\r\nepilogue";

}  // namespace

TEST_F(Multipart, FieldsAndAFileWhateverThePieces) {
  for (std::size_t piece : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{7}, std::size_t{64},
                            kBody.size()}) {
    auto form = parse(kBody, piece);
    EXPECT_EQ(form.fields.at("project_id"), "42") << "piece " << piece;
    EXPECT_EQ(form.fields.at("columns"), "[\"phone\"]");
    ASSERT_EQ(form.files.count("file"), 1u);
    const auto& f = form.files.at("file");
    EXPECT_EQ(f.filename, "база.csv") << "directories are dropped";
    EXPECT_EQ(f.size, kContent.size());
    EXPECT_EQ(slurp(f.path), kContent);
    EXPECT_EQ(f.path.parent_path(), dir_);
    fs::remove(f.path);
  }
}

TEST_F(Multipart, BoundaryFromTheContentType) {
  EXPECT_EQ(multipart_boundary("multipart/form-data; boundary=abc"), "abc");
  EXPECT_EQ(multipart_boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b\""), "a b");
  EXPECT_FALSE(multipart_boundary("application/json"));
  EXPECT_FALSE(multipart_boundary("multipart/form-data"));
}

TEST_F(Multipart, MalformedBodiesAreErrors) {
  MultipartParser unfinished("XyZ", dir_);
  unfinished.feed("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue");
  EXPECT_THROW(unfinished.finish(), MultipartError);
  unfinished.remove_files();

  MultipartParser no_name("XyZ", dir_);
  EXPECT_THROW(no_name.feed("--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--"), MultipartError);

  MultipartParser huge_field("XyZ", dir_);
  huge_field.feed("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n");
  EXPECT_THROW(huge_field.feed(std::string(MultipartParser::kMaxFieldBytes + 100, 'x')), MultipartError);

  MultipartParser headers("XyZ", dir_);
  EXPECT_THROW(headers.feed("--XyZ\r\n" + std::string(MultipartParser::kMaxHeaderBytes + 10, 'h')), MultipartError);
}

TEST_F(Multipart, RemoveFilesDeletesWhatWasWritten) {
  MultipartParser p("XyZ", dir_);
  p.feed("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n" + std::string(1000, 'x'));
  p.remove_files();
  EXPECT_TRUE(fs::is_empty(dir_));
}
