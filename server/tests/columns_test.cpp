#include <gtest/gtest.h>

#include "imports/columns.hpp"

using namespace numbase::imports;

TEST(ImportColumns, NormalizesHeaderCells) {
  EXPECT_EQ(normalize_header("  Эл.  Почта: "), "эл почта");
  EXPECT_EQ(normalize_header("ТЕЛЕФОН"), "телефон");
  EXPECT_EQ(normalize_header("E-Mail"), "e mail");
  EXPECT_EQ(normalize_header("Ёлка"), "елка");
}

TEST(ImportColumns, RecognizesRussianAndEnglishHeaders) {
  auto ru = recognize_header({"Телефон", "Компания", "Сайт", "Эл. почта", "Комментарий", "Регион", "Прочее"});
  ASSERT_TRUE(ru);
  EXPECT_EQ(*ru, (std::vector<Column>{Column::Phone, Column::Company, Column::Site, Column::Email, Column::Comment,
                                      Column::Region, Column::Ignore}));
  auto en = recognize_header({"Company", "PHONE NUMBER", "notes"});
  ASSERT_TRUE(en);
  EXPECT_EQ(*en, (std::vector<Column>{Column::Company, Column::Phone, Column::Comment}));
}

TEST(ImportColumns, ARowWithoutAPhoneNameIsNotAHeader) {
  EXPECT_FALSE(recognize_header({"79161234567", "ООО Ромашка"}));
  EXPECT_FALSE(recognize_header({"Компания", "Сайт"}));
}

TEST(ImportColumns, DuplicateNamesKeepTheFirst) {
  auto c = recognize_header({"Телефон", "Phone"});
  ASSERT_TRUE(c);
  EXPECT_EQ(*c, (std::vector<Column>{Column::Phone, Column::Ignore}));
}

TEST(ImportColumns, GuessesThePhoneColumnWithoutHeader) {
  EXPECT_EQ(guess_columns({"ООО Ромашка", "8 (916) 123-45-67", "x"}),
            (std::vector<Column>{Column::Ignore, Column::Phone, Column::Ignore}));
}

TEST(ImportColumns, ApiNames) {
  EXPECT_EQ(column_from_name("email"), Column::Email);
  EXPECT_EQ(std::string(column_name(Column::Region)), "region");
  EXPECT_FALSE(column_from_name("fax"));
}
