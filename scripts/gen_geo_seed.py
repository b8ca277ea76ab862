#!/usr/bin/env python3
"""Generate server/migrations/0003_geo_seed.sql, the seed data of the geo dictionary.

Developer tool: run it once (again only to regenerate the migration); the server does not
need it or its inputs at runtime, the migration it writes is committed and embedded.

Inputs (Debian packages iso-codes and tzdata, plus the numbering plan extract):
  /usr/share/iso-codes/json/iso_3166-1.json            countries (English names)
  /usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo        Russian country names
  /usr/share/zoneinfo/zone.tab, zone1970.tab            a timezone per country
  /work/shared/data/ru-numbering-plan/DEF-9xx.csv       region spellings of the registry

Output: one geo row per ISO 3166-1 country, one per federal subject of Russia, and the
geo_region_aliases table mapping every region spelling of the registry to its subject.
Registry spellings that map to nothing are printed to stderr (exit status 1).

Usage: scripts/gen_geo_seed.py [--registry DEF-9xx.csv] [--output path.sql]
"""

import argparse
import csv
import gettext
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"
ZONE_TABS = ["/usr/share/zoneinfo/zone.tab", "/usr/share/zoneinfo/zone1970.tab"]
DEFAULT_REGISTRY = "/work/shared/data/ru-numbering-plan/DEF-9xx.csv"
DEFAULT_OUTPUT = os.path.join(ROOT, "server", "migrations", "0003_geo_seed.sql")

# Countries whose first zone in zone.tab is not the capital's.
COUNTRY_TZ_OVERRIDES = {
    "RU": "Europe/Moscow",      # zone.tab lists Europe/Kaliningrad first
    "UA": "Europe/Kyiv",        # zone.tab lists Europe/Simferopol (Crimea) first
    "CA": "America/Toronto",    # Ottawa; zone.tab lists America/St_Johns first
    "AU": "Australia/Sydney",   # Canberra; zone.tab lists Australia/Lord_Howe first
    "BR": "America/Sao_Paulo",  # Brasilia; zone.tab lists America/Noronha first
    "UZ": "Asia/Tashkent",      # zone.tab lists Asia/Samarkand first
    "FM": "Pacific/Pohnpei",    # Palikir; zone.tab lists Pacific/Chuuk first
}

# Russian names the iso-codes catalog lacks (renamed msgid) or gives only in the long form.
RU_NAME_OVERRIDES = {
    "TR": "Турция",  # msgid "Türkiye" is untranslated
    "LA": "Лаос",    # the catalog has only "Лаосская Народно-Демократическая Республика"
    "SY": "Сирия",   # the catalog has only "Сирийская Арабская Республика"
    # Capitalisation slips of the catalog
    "US": "Соединённые Штаты",
    "CF": "Центральноафриканская Республика",
    "DO": "Доминиканская Республика",
    "MP": "Северные Марианские острова",
    "UM": "Внешние малые острова США",
}

# The 85 federal subjects of Russia: (Russian name, English name, IANA zone of the capital).
SUBJECTS = [
    # Republics
    ("Республика Адыгея", "Republic of Adygea", "Europe/Moscow"),
    ("Республика Алтай", "Altai Republic", "Asia/Barnaul"),
    ("Республика Башкортостан", "Republic of Bashkortostan", "Asia/Yekaterinburg"),
    ("Республика Бурятия", "Republic of Buryatia", "Asia/Irkutsk"),
    ("Республика Дагестан", "Republic of Dagestan", "Europe/Moscow"),
    ("Республика Ингушетия", "Republic of Ingushetia", "Europe/Moscow"),
    ("Кабардино-Балкарская Республика", "Kabardino-Balkarian Republic", "Europe/Moscow"),
    ("Республика Калмыкия", "Republic of Kalmykia", "Europe/Moscow"),
    ("Карачаево-Черкесская Республика", "Karachay-Cherkess Republic", "Europe/Moscow"),
    ("Республика Карелия", "Republic of Karelia", "Europe/Moscow"),
    ("Республика Коми", "Komi Republic", "Europe/Moscow"),
    ("Республика Крым", "Republic of Crimea", "Europe/Simferopol"),
    ("Республика Марий Эл", "Mari El Republic", "Europe/Moscow"),
    ("Республика Мордовия", "Republic of Mordovia", "Europe/Moscow"),
    ("Республика Саха (Якутия)", "Sakha Republic (Yakutia)", "Asia/Yakutsk"),
    ("Республика Северная Осетия — Алания", "Republic of North Ossetia–Alania", "Europe/Moscow"),
    ("Республика Татарстан", "Republic of Tatarstan", "Europe/Moscow"),
    ("Республика Тыва", "Tuva Republic", "Asia/Krasnoyarsk"),
    ("Удмуртская Республика", "Udmurt Republic", "Europe/Samara"),
    ("Республика Хакасия", "Republic of Khakassia", "Asia/Krasnoyarsk"),
    ("Чеченская Республика", "Chechen Republic", "Europe/Moscow"),
    ("Чувашская Республика — Чувашия", "Chuvash Republic", "Europe/Moscow"),
    # Krais
    ("Алтайский край", "Altai Krai", "Asia/Barnaul"),
    ("Забайкальский край", "Zabaykalsky Krai", "Asia/Chita"),
    ("Камчатский край", "Kamchatka Krai", "Asia/Kamchatka"),
    ("Краснодарский край", "Krasnodar Krai", "Europe/Moscow"),
    ("Красноярский край", "Krasnoyarsk Krai", "Asia/Krasnoyarsk"),
    ("Пермский край", "Perm Krai", "Asia/Yekaterinburg"),
    ("Приморский край", "Primorsky Krai", "Asia/Vladivostok"),
    ("Ставропольский край", "Stavropol Krai", "Europe/Moscow"),
    ("Хабаровский край", "Khabarovsk Krai", "Asia/Vladivostok"),
    # Oblasts
    ("Амурская область", "Amur Oblast", "Asia/Yakutsk"),
    ("Архангельская область", "Arkhangelsk Oblast", "Europe/Moscow"),
    ("Астраханская область", "Astrakhan Oblast", "Europe/Astrakhan"),
    ("Белгородская область", "Belgorod Oblast", "Europe/Moscow"),
    ("Брянская область", "Bryansk Oblast", "Europe/Moscow"),
    ("Владимирская область", "Vladimir Oblast", "Europe/Moscow"),
    ("Волгоградская область", "Volgograd Oblast", "Europe/Volgograd"),
    ("Вологодская область", "Vologda Oblast", "Europe/Moscow"),
    ("Воронежская область", "Voronezh Oblast", "Europe/Moscow"),
    ("Ивановская область", "Ivanovo Oblast", "Europe/Moscow"),
    ("Иркутская область", "Irkutsk Oblast", "Asia/Irkutsk"),
    ("Калининградская область", "Kaliningrad Oblast", "Europe/Kaliningrad"),
    ("Калужская область", "Kaluga Oblast", "Europe/Moscow"),
    ("Кемеровская область — Кузбасс", "Kemerovo Oblast – Kuzbass", "Asia/Novokuznetsk"),
    ("Кировская область", "Kirov Oblast", "Europe/Kirov"),
    ("Костромская область", "Kostroma Oblast", "Europe/Moscow"),
    ("Курганская область", "Kurgan Oblast", "Asia/Yekaterinburg"),
    ("Курская область", "Kursk Oblast", "Europe/Moscow"),
    ("Ленинградская область", "Leningrad Oblast", "Europe/Moscow"),
    ("Липецкая область", "Lipetsk Oblast", "Europe/Moscow"),
    ("Магаданская область", "Magadan Oblast", "Asia/Magadan"),
    ("Московская область", "Moscow Oblast", "Europe/Moscow"),
    ("Мурманская область", "Murmansk Oblast", "Europe/Moscow"),
    ("Нижегородская область", "Nizhny Novgorod Oblast", "Europe/Moscow"),
    ("Новгородская область", "Novgorod Oblast", "Europe/Moscow"),
    ("Новосибирская область", "Novosibirsk Oblast", "Asia/Novosibirsk"),
    ("Омская область", "Omsk Oblast", "Asia/Omsk"),
    ("Оренбургская область", "Orenburg Oblast", "Asia/Yekaterinburg"),
    ("Орловская область", "Oryol Oblast", "Europe/Moscow"),
    ("Пензенская область", "Penza Oblast", "Europe/Moscow"),
    ("Псковская область", "Pskov Oblast", "Europe/Moscow"),
    ("Ростовская область", "Rostov Oblast", "Europe/Moscow"),
    ("Рязанская область", "Ryazan Oblast", "Europe/Moscow"),
    ("Самарская область", "Samara Oblast", "Europe/Samara"),
    ("Саратовская область", "Saratov Oblast", "Europe/Saratov"),
    ("Сахалинская область", "Sakhalin Oblast", "Asia/Sakhalin"),
    ("Свердловская область", "Sverdlovsk Oblast", "Asia/Yekaterinburg"),
    ("Смоленская область", "Smolensk Oblast", "Europe/Moscow"),
    ("Тамбовская область", "Tambov Oblast", "Europe/Moscow"),
    ("Тверская область", "Tver Oblast", "Europe/Moscow"),
    ("Томская область", "Tomsk Oblast", "Asia/Tomsk"),
    ("Тульская область", "Tula Oblast", "Europe/Moscow"),
    ("Тюменская область", "Tyumen Oblast", "Asia/Yekaterinburg"),
    ("Ульяновская область", "Ulyanovsk Oblast", "Europe/Ulyanovsk"),
    ("Челябинская область", "Chelyabinsk Oblast", "Asia/Yekaterinburg"),
    ("Ярославская область", "Yaroslavl Oblast", "Europe/Moscow"),
    # Federal cities
    ("Москва", "Moscow", "Europe/Moscow"),
    ("Санкт-Петербург", "Saint Petersburg", "Europe/Moscow"),
    ("Севастополь", "Sevastopol", "Europe/Simferopol"),
    # Autonomous oblast and okrugs
    ("Еврейская автономная область", "Jewish Autonomous Oblast", "Asia/Vladivostok"),
    ("Ненецкий автономный округ", "Nenets Autonomous Okrug", "Europe/Moscow"),
    ("Ханты-Мансийский автономный округ — Югра", "Khanty-Mansi Autonomous Okrug – Yugra",
     "Asia/Yekaterinburg"),
    ("Чукотский автономный округ", "Chukotka Autonomous Okrug", "Asia/Anadyr"),
    ("Ямало-Ненецкий автономный округ", "Yamalo-Nenets Autonomous Okrug", "Asia/Yekaterinburg"),
]

# Alias target meaning "Russia as a whole" (the RU country row) rather than a subject.
WHOLE_COUNTRY = None

# Registry spelling (after splitting on " * " and trimming) -> subject's Russian name.
# Spellings equal to a subject's name need no entry. A spelling naming two subjects
# ("X и Y", "X|Y") maps to the first one, or to the subject the named city/district lies in.
ALIASES = {
    # Federal cities
    "г. Москва": "Москва",
    "Москва и Московская область": "Москва",
    "г. Москва и Московская область": "Москва",
    "Москва|Московская область": "Москва",
    "г. Санкт-Петербург": "Санкт-Петербург",
    "г. Санкт-Петербург и Ленинградская область": "Санкт-Петербург",
    "г. Севастополь": "Севастополь",
    "Республика Крым и г. Севастополь": "Республика Крым",
    # Republics written differently
    "Республика Карачаево-Черкесская": "Карачаево-Черкесская Республика",
    "Республика Саха /Якутия/": "Республика Саха (Якутия)",
    "Республика Северная Осетия - Алания": "Республика Северная Осетия — Алания",
    "Республика Удмуртская": "Удмуртская Республика",
    "Республика Чеченская": "Чеченская Республика",
    "Чувашская Республика": "Чувашская Республика — Чувашия",
    "Чувашская Республика - Чувашия": "Чувашская Республика — Чувашия",
    # Parts of a subject
    "Белорецкий район": "Республика Башкортостан",
    "р-ны Абзелиловский и Белорецкий|Абзелиловский район": "Республика Башкортостан",
    "Корякский округ|Камчатский край": "Камчатский край",
    "г. Норильск|Красноярский край": "Красноярский край",
    "г. Псков|Псковская обл.": "Псковская область",
    "г. Сочи|Краснодарский край": "Краснодарский край",
    "Сургутский район": "Ханты-Мансийский автономный округ — Югра",
    "г. Сургут": "Ханты-Мансийский автономный округ — Югра",
    # Oblasts abbreviated "обл."
    "Амурская обл.": "Амурская область",
    "Архангельская обл.": "Архангельская область",
    "Архангельская область и Ненецкий автономный округ": "Архангельская область",
    "Астраханская обл.": "Астраханская область",
    "Белгородская обл.": "Белгородская область",
    "Брянская обл.": "Брянская область",
    "Владимирская обл.": "Владимирская область",
    "Волгоградская обл.": "Волгоградская область",
    "Вологодская обл.": "Вологодская область",
    "Воронежская обл.": "Воронежская область",
    "Ивановская обл.": "Ивановская область",
    "Иркутская обл.": "Иркутская область",
    "Калининградская обл.": "Калининградская область",
    "Калужская обл.": "Калужская область",
    "Кемеровская обл.": "Кемеровская область — Кузбасс",
    "Кемеровская область - Кузбасс область": "Кемеровская область — Кузбасс",
    "Кировская обл.": "Кировская область",
    "Костромская обл.": "Костромская область",
    "Курганская обл.": "Курганская область",
    "Курская обл.": "Курская область",
    "Липецкая обл.": "Липецкая область",
    "Магаданская обл.": "Магаданская область",
    "Мурманская обл.": "Мурманская область",
    "Нижегородская обл.": "Нижегородская область",
    "Новгородская обл.": "Новгородская область",
    "Новосибирская обл.": "Новосибирская область",
    "Омская обл.": "Омская область",
    "Оренбургская обл.": "Оренбургская область",
    "Орловская обл.": "Орловская область",
    "Пензенская обл.": "Пензенская область",
    "Псковская обл.": "Псковская область",
    "Ростовская обл.": "Ростовская область",
    "Рязанская обл.": "Рязанская область",
    "Самарская обл.": "Самарская область",
    "Саратовская обл.": "Саратовская область",
    "Сахалинская обл.": "Сахалинская область",
    "Свердловская обл.": "Свердловская область",
    "Смоленская обл.": "Смоленская область",
    "Тамбовская обл.": "Тамбовская область",
    "Тверская обл.": "Тверская область",
    "Томская обл.": "Томская область",
    "Тульская обл.": "Тульская область",
    "Тюменская обл.": "Тюменская область",
    "Ульяновская обл.": "Ульяновская область",
    "Челябинская обл.": "Челябинская область",
    "Ярославская обл.": "Ярославская область",
    "Еврейская автономная обл.": "Еврейская автономная область",
    # Autonomous okrugs abbreviated "АО"
    "Ненецкий АО": "Ненецкий автономный округ",
    "Ханты - Мансийский - Югра АО": "Ханты-Мансийский автономный округ — Югра",
    "Ханты-Мансийский АО - Югра": "Ханты-Мансийский автономный округ — Югра",
    "Ханты-Мансийский автономный округ - Югра": "Ханты-Мансийский автономный округ — Югра",
    "Чукотский АО": "Чукотский автономный округ",
    "Ямало-Ненецкий АО": "Ямало-Ненецкий автономный округ",
    # Nationwide ranges (satellite and similar operators): the RU country row
    "Российская Федерация": WHOLE_COUNTRY,
}


def sql_str(value):
    """A SQL string literal ('' for each single quote), or NULL."""
    if value is None:
        return "NULL"
    return "'" + value.replace("'", "''") + "'"


def load_country_zones():
    """First zone listed per country code: zone.tab first, then zone1970.tab."""
    zones = {}
    for path in ZONE_TABS:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.rstrip("\n").split("\t")
                for code in fields[0].split(","):
                    zones.setdefault(code, fields[2])
    return zones


def load_countries():
    """[(alpha_2, Russian name, English name, timezone)] sorted by code."""
    with open(ISO_JSON, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    ru = gettext.translation("iso_3166-1", LOCALE_DIR, ["ru"])
    zones = load_country_zones()
    countries = []
    for e in entries:
        code = e["alpha_2"]
        name_en = e.get("common_name", e["name"])
        # Try the common name, then the formal one; untranslated msgids come back unchanged.
        name_ru = RU_NAME_OVERRIDES.get(code)
        for msgid in (name_en, e["name"]):
            if name_ru is None and ru.gettext(msgid) != msgid:
                name_ru = ru.gettext(msgid)
        if name_ru is None:
            name_ru = name_en
        tz = COUNTRY_TZ_OVERRIDES.get(code) or zones.get(code) or "UTC"
        countries.append((code, name_ru, name_en, tz))
    countries.sort()
    return countries


def registry_regions(path):
    """Distinct region spellings of the registry, in order of first appearance."""
    seen = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            for part in (row["Регион"] or "").split(" * "):
                part = part.strip()
                if part:
                    seen.setdefault(part, None)
    return list(seen)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--registry", default=DEFAULT_REGISTRY, help="DEF-9xx.csv of the numbering plan")
    ap.add_argument("--output", default=DEFAULT_OUTPUT, help="migration file to write")
    args = ap.parse_args()

    countries = load_countries()
    subject_names = {s[0] for s in SUBJECTS}
    assert len(SUBJECTS) == len(subject_names) == 85, "expected 85 distinct federal subjects"
    for target in ALIASES.values():
        assert target is WHOLE_COUNTRY or target in subject_names, "alias to unknown subject: " + target

    aliases = []  # (registry spelling, subject name or WHOLE_COUNTRY)
    unmapped = []
    for spelling in registry_regions(args.registry):
        if spelling in ALIASES:
            aliases.append((spelling, ALIASES[spelling]))
        elif spelling in subject_names:
            aliases.append((spelling, spelling))
        else:
            unmapped.append(spelling)
    aliases.sort()

    out = []
    out.append("-- Seed data of the geo dictionary: every ISO 3166-1 country, every federal subject of")
    out.append("-- Russia, and the aliases mapping the numbering plan registry's region spellings to them.")
    out.append("-- Generated by scripts/gen_geo_seed.py; edit the script and regenerate, not this file.")
    out.append("")
    out.append("-- Countries (iso-codes; Russian names from its gettext catalog; the capital's or the")
    out.append("-- first zone.tab zone, UTC where tzdata has none).")
    out.append("INSERT INTO geo (country, region, city, name, name_en, timezone) VALUES")
    out.append(",\n".join(
        "  ({}, NULL, NULL, {}, {}, {})".format(sql_str(c), sql_str(ru), sql_str(en), sql_str(tz))
        for c, ru, en, tz in countries) + ";")
    out.append("")
    out.append("-- Federal subjects of Russia (the zone of each subject's capital).")
    out.append("INSERT INTO geo (country, region, city, name, name_en, timezone) VALUES")
    out.append(",\n".join(
        "  ('RU', {0}, NULL, {0}, {1}, {2})".format(sql_str(ru), sql_str(en), sql_str(tz))
        for ru, en, tz in SUBJECTS) + ";")
    out.append("")
    out.append("-- Region spellings of the numbering plan registry (its \"Регион\" column, split on \" * \")")
    out.append("-- -> the geo row of the subject (\"Российская Федерация\": the RU country row).")
    out.append("CREATE TABLE geo_region_aliases (")
    out.append("  alias  text PRIMARY KEY,")
    out.append("  geo_id integer NOT NULL REFERENCES geo (id) ON DELETE CASCADE")
    out.append(");")
    out.append("CREATE INDEX geo_region_aliases_geo_idx ON geo_region_aliases (geo_id);")
    out.append("INSERT INTO geo_region_aliases (alias, geo_id) VALUES")
    rows = []
    for spelling, target in aliases:
        if target is WHOLE_COUNTRY:
            ref = "(SELECT id FROM geo WHERE country = 'RU' AND region IS NULL AND city IS NULL)"
        else:
            ref = "(SELECT id FROM geo WHERE country = 'RU' AND region = {} AND city IS NULL)".format(
                sql_str(target))
        rows.append("  ({}, {})".format(sql_str(spelling), ref))
    out.append(",\n".join(rows) + ";")
    out.append("")

    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))

    unused = sorted(subject_names - {t for _, t in aliases})
    print("{}: {} countries, {} Russian subjects, {} aliases".format(
        os.path.relpath(args.output), len(countries), len(SUBJECTS), len(aliases)), file=sys.stderr)
    if unused:
        print("subjects no registry spelling maps to: " + ", ".join(unused), file=sys.stderr)
    for spelling in unmapped:
        print("unmapped registry region: " + spelling, file=sys.stderr)
    return 1 if unmapped else 0


if __name__ == "__main__":
    sys.exit(main())
