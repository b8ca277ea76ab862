#pragma once
// A minimal Excel 97-2003 (.xls, BIFF8) writer for tests: Debian has no XLS writer for C or C++.
// It writes the records FreeXL needs (Excel itself wants more, such as fonts and formats): an
// OLE2 compound file (512-byte sectors) with a Root Entry and a "Workbook" stream holding the
// workbook globals (BOF, CODEPAGE 1200 = UTF-16, a BOUNDSHEET per sheet, EOF) and each worksheet
// (BOF, DIMENSIONS, LABEL and NUMBER cells, EOF). FreeXL 1.0.6 reads BIFF8 LABEL records, so no
// shared string table (SST/LABELSST) is needed.
// Header-only because tests/support/*.cpp are built into the database tests only.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace numbase::test {

// An empty cell, a string (UTF-8) or a number.
using XlsCell = std::variant<std::monostate, std::string, double>;
using XlsRows = std::vector<std::vector<XlsCell>>;

namespace xls_detail {

inline void put16(std::string& out, unsigned v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}
inline void put32(std::string& out, std::uint32_t v) {
  put16(out, v & 0xFFFF);
  put16(out, v >> 16);
}
inline void set32(std::string& out, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

// UTF-8 to UTF-16LE code units (surrogate pairs beyond the BMP).
inline std::string utf16le(std::string_view s, std::size_t* units = nullptr) {
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      put16(out, 0xD800 + (cp >> 10));
      put16(out, 0xDC00 + (cp & 0x3FF));
      n += 2;
    } else {
      put16(out, cp);
      ++n;
    }
  }
  if (units) *units = n;
  return out;
}

inline void record(std::string& out, unsigned type, const std::string& body) {
  if (body.size() > 8224) throw std::length_error("a BIFF8 record holds at most 8224 bytes");
  put16(out, type);
  put16(out, static_cast<unsigned>(body.size()));
  out += body;
}

inline std::string bof(unsigned kind) {  // 0x0005 workbook globals, 0x0010 worksheet
  std::string b;
  put16(b, 0x0600);  // BIFF8
  put16(b, kind);
  put16(b, 0x0DBB);  // build and year of the writing Excel, as Excel 97 writes them
  put16(b, 0x07CC);
  put32(b, 0);       // file history flags
  put32(b, 0x0006);  // lowest BIFF version that can read all records
  return b;
}

// The BIFF8 record stream of a workbook.
inline std::string workbook_stream(const std::vector<std::pair<std::string, XlsRows>>& sheets) {
  std::string globals;
  record(globals, 0x0809, bof(0x0005));
  std::string cp;
  put16(cp, 1200);  // CODEPAGE: UTF-16
  record(globals, 0x0042, cp);
  std::vector<std::size_t> offset_at;  // where each BOUNDSHEET's stream offset goes
  for (const auto& [name, rows] : sheets) {
    std::size_t units = 0;
    const std::string utf16 = utf16le(name, &units);
    std::string b;
    put32(b, 0);                           // filled in below: offset of the sheet's BOF
    b += '\0';                             // visible
    b += '\0';                             // a worksheet
    b += static_cast<char>(units);         // name length in characters
    b += '\x01';                           // the name is UTF-16LE
    b += utf16;
    offset_at.push_back(globals.size() + 4);
    record(globals, 0x0085, b);
  }
  record(globals, 0x000A, {});  // EOF

  std::string stream = globals;
  for (std::size_t s = 0; s < sheets.size(); ++s) {
    set32(stream, offset_at[s], static_cast<std::uint32_t>(stream.size()));
    const XlsRows& rows = sheets[s].second;
    record(stream, 0x0809, bof(0x0010));
    std::size_t columns = 0;
    for (const auto& r : rows) columns = std::max(columns, r.size());
    std::string dim;
    put32(dim, 0);                                      // first row
    put32(dim, static_cast<std::uint32_t>(rows.size()));  // last row + 1
    put16(dim, 0);                                      // first column
    put16(dim, static_cast<unsigned>(columns));         // last column + 1
    put16(dim, 0);
    record(stream, 0x0200, dim);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (std::size_t c = 0; c < rows[r].size(); ++c) {
        std::string cell;
        put16(cell, static_cast<unsigned>(r));
        put16(cell, static_cast<unsigned>(c));
        put16(cell, 15);  // XF index of the default cell format
        if (const auto* text = std::get_if<std::string>(&rows[r][c])) {
          std::size_t units = 0;
          const std::string utf16 = utf16le(*text, &units);
          put16(cell, static_cast<unsigned>(units));
          cell += '\x01';  // UTF-16LE characters follow
          cell += utf16;
          record(stream, 0x0204, cell);  // LABEL
        } else if (const auto* number = std::get_if<double>(&rows[r][c])) {
          char bytes[8];
          std::memcpy(bytes, number, 8);  // IEEE 754, little-endian like everything here
          cell.append(bytes, 8);
          record(stream, 0x0203, cell);  // NUMBER
        }
      }
    }
    record(stream, 0x000A, {});
  }
  return stream;
}

}  // namespace xls_detail

// The bytes of an .xls file with these sheets (name, rows).
inline std::string xls_file(const std::vector<std::pair<std::string, XlsRows>>& sheets) {
  using namespace xls_detail;
  constexpr std::size_t kSector = 512;
  constexpr std::uint32_t kFree = 0xFFFFFFFF, kEnd = 0xFFFFFFFE, kFatSector = 0xFFFFFFFD;

  std::string stream = workbook_stream(sheets);
  // Streams under 4096 bytes belong in the mini stream; pad instead of writing one. Readers stop
  // at a record of type 0 and length 0, which is what the padding reads as.
  if (stream.size() < 4096) stream.resize(4096, '\0');
  const std::size_t stream_sectors = (stream.size() + kSector - 1) / kSector;
  std::size_t fat_sectors = 1;
  while (fat_sectors * (kSector / 4) < fat_sectors + 1 + stream_sectors) ++fat_sectors;
  if (fat_sectors > 109) throw std::length_error("too large for a header-only FAT");
  const std::size_t dir_sector = fat_sectors, first_stream_sector = fat_sectors + 1;

  std::string header;
  header += std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  header.append(16, '\0');  // CLSID
  put16(header, 0x003E);    // minor version
  put16(header, 0x0003);    // major version 3: 512-byte sectors
  put16(header, 0xFFFE);    // little-endian
  put16(header, 9);         // sector size 2^9
  put16(header, 6);         // mini sector size 2^6
  header.append(6, '\0');
  put32(header, 0);  // directory sectors (always 0 in version 3)
  put32(header, static_cast<std::uint32_t>(fat_sectors));
  put32(header, static_cast<std::uint32_t>(dir_sector));
  put32(header, 0);     // transaction signature
  put32(header, 4096);  // mini stream cutoff
  put32(header, kEnd);  // no mini FAT
  put32(header, 0);
  put32(header, kEnd);  // no DIFAT sectors
  put32(header, 0);
  for (std::size_t i = 0; i < 109; ++i) put32(header, i < fat_sectors ? static_cast<std::uint32_t>(i) : kFree);

  std::string fat;
  for (std::size_t i = 0; i < fat_sectors; ++i) put32(fat, kFatSector);
  put32(fat, kEnd);  // the directory: one sector
  for (std::size_t i = 0; i < stream_sectors; ++i)
    put32(fat, i + 1 < stream_sectors ? static_cast<std::uint32_t>(first_stream_sector + i + 1) : kEnd);
  while (fat.size() < fat_sectors * kSector) put32(fat, kFree);

  auto dir_entry = [&](std::string_view name, int type, std::uint32_t child, std::uint32_t start,
                       std::uint32_t size) {
    std::string e = utf16le(name);
    const auto name_bytes = static_cast<unsigned>(e.size() + 2);  // with the terminating 0
    e.resize(64, '\0');
    put16(e, name_bytes);
    e += static_cast<char>(type);  // 5 root storage, 2 stream
    e += '\x01';                   // black (red-black tree of one node each)
    put32(e, kFree);               // left sibling
    put32(e, kFree);               // right sibling
    put32(e, child);
    e.append(16 + 4 + 8 + 8, '\0');  // CLSID, state bits, times
    put32(e, start);
    put32(e, size);
    put32(e, 0);  // size, high part
    return e;
  };
  std::string dir = dir_entry("Root Entry", 5, 1, kEnd, 0);
  dir += dir_entry("Workbook", 2, kFree, static_cast<std::uint32_t>(first_stream_sector),
                   static_cast<std::uint32_t>(stream.size()));
  while (dir.size() < kSector) {
    std::string empty(128, '\0');
    set32(empty, 68, kFree);
    set32(empty, 72, kFree);
    set32(empty, 76, kFree);
    dir += empty;
  }

  stream.resize(stream_sectors * kSector, '\0');
  return header + fat + dir + stream;
}

inline void write_xls(const std::string& path, const std::vector<std::pair<std::string, XlsRows>>& sheets) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  const std::string bytes = xls_file(sheets);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
}

}  // namespace numbase::test
