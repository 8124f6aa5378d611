#!/usr/bin/env python3
"""Write the date-normalization stage's table of Hindu, Sikh, Jain, Buddhist and Parsi holidays.

The dates come from the `holidays` Python library (vacanza/holidays, MIT licence): its Hindu
lunisolar tables (holidays/calendars/hindu.py, class _HinduLunisolar, one date per Gregorian
year, each table citing drikpanchang.com or timeanddate.com), its Buddhist Vesak table
(holidays/calendars/buddhist.py) and the day offsets and fixed rules its holiday groups
(holidays/groups/hindu.py) state for the days it derives from them. Nothing is computed here
that the library does not state. The stage reads only the written table; Python is not needed
at run time.

Usage (from the repository root; any recent version of the library works, the version used is
written into the table):

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install holidays
    /tmp/venv/bin/python scripts/generate_lunisolar_holidays.py

Writes Plugins/DateNormalization/Resources/lunisolar-holidays.tsv and, beside it,
lunisolar-holidays.LICENSE (the library's MIT licence text).
"""

import calendar
import datetime
import importlib.metadata
import pathlib
import sys

from holidays.calendars.buddhist import _BuddhistLunisolar
from holidays.calendars.hindu import _HinduLunisolar

OUT = pathlib.Path(__file__).resolve().parent.parent / "Plugins" / "DateNormalization" / "Resources"

hindu = _HinduLunisolar()
buddhist = _BuddhistLunisolar()


def table(name):
    """Every date of one of _HinduLunisolar's tables (a year may hold two, or none)."""
    dates = []
    for year, value in getattr(_HinduLunisolar, name + "_DATES").items():
        for month_day in value if isinstance(value[0], tuple) else (value,):
            dates.append(datetime.date(year, *month_day))
    return dates


def shifted(name, days):
    """A table moved by the days a holiday group of the library adds to it."""
    return [d + datetime.timedelta(days) for d in table(name)]


def years_of(name):
    return sorted(getattr(_HinduLunisolar, name + "_DATES"))


# key in the stage -> (dates, where the library states them)
HOLIDAYS = {
    "basant-panchami": (table("BASANT_PANCHAMI"), "hindu.py BASANT_PANCHAMI_DATES"),
    "bhai-dooj": (shifted("GOVARDHAN_PUJA", 1), "groups/hindu.py _add_bhai_dooj: Govardhan Puja + 1 day"),
    "buddha-purnima": (table("BUDDHA_PURNIMA"), "hindu.py BUDDHA_PURNIMA_DATES"),
    "chaitra-navratri": (table("CHAITRA_NAVRATRI"), "hindu.py CHAITRA_NAVRATRI_DATES (first day)"),
    "chhath-puja": (table("CHHATH_PUJA"), "hindu.py CHHATH_PUJA_DATES"),
    "diwali": (table("DIWALI_INDIA"), "hindu.py DIWALI_INDIA_DATES"),
    "dussehra": (table("DUSSEHRA"), "hindu.py DUSSEHRA_DATES"),
    "ganesh-chaturthi": (table("GANESH_CHATURTHI"), "hindu.py GANESH_CHATURTHI_DATES"),
    "govardhan-puja": (table("GOVARDHAN_PUJA"), "hindu.py GOVARDHAN_PUJA_DATES"),
    "gudi-padwa": (table("GUDI_PADWA"), "hindu.py GUDI_PADWA_DATES (Ugadi, Chaitra Sukladi)"),
    "guru-gobind-singh-jayanti": (table("GURU_GOBIND_SINGH_JAYANTI"), "hindu.py GURU_GOBIND_SINGH_JAYANTI_DATES"),
    "guru-nanak-jayanti": (table("GURU_NANAK_JAYANTI"), "hindu.py GURU_NANAK_JAYANTI_DATES"),
    "guru-purnima": (table("GURU_PURNIMA"), "hindu.py GURU_PURNIMA_DATES"),
    "guru-ravidas-jayanti": (table("GURU_RAVIDAS_JAYANTI"), "hindu.py GURU_RAVIDAS_JAYANTI_DATES"),
    "hanuman-jayanti": (table("HANUMAN_JAYANTI"), "hindu.py HANUMAN_JAYANTI_DATES"),
    "hola-mohalla": (table("HOLA_MOHOLLA"), "hindu.py HOLA_MOHOLLA_DATES"),
    "holi": (table("HOLI"), "hindu.py HOLI_DATES"),
    "holika-dahan": (shifted("HOLI", -1), "groups/hindu.py _add_holika_dahan: Holi - 1 day"),
    "janmashtami": (table("JANMASHTAMI"), "hindu.py JANMASHTAMI_DATES"),
    "kali-puja": (table("KALI_PUJA"), "hindu.py KALI_PUJA_DATES"),
    "karwa-chauth": (table("KARWA_CHAUTH"), "hindu.py KARWA_CHAUTH_DATES"),
    "lohri": (shifted("MAKAR_SANKRANTI", -1), "groups/hindu.py _add_lohri: Makar Sankranti - 1 day"),
    "maha-ashtami": (table("MAHA_ASHTAMI"), "hindu.py MAHA_ASHTAMI_DATES"),
    "maha-navami": (table("MAHA_NAVAMI"), "hindu.py MAHA_NAVAMI_DATES"),
    "maha-shivaratri": (table("MAHA_SHIVARATRI"), "hindu.py MAHA_SHIVARATRI_DATES"),
    "maharshi-valmiki-jayanti": (table("MAHARSHI_VALMIKI_JAYANTI"), "hindu.py MAHARSHI_VALMIKI_JAYANTI_DATES"),
    "mahavir-jayanti": (table("MAHAVIR_JAYANTI"), "hindu.py MAHAVIR_JAYANTI_DATES"),
    "makar-sankranti": (table("MAKAR_SANKRANTI"), "hindu.py MAKAR_SANKRANTI_DATES"),
    "mattu-pongal": (shifted("PONGAL", 1), "groups/hindu.py _add_thiruvalluvar_day (Mattu Pongal): Pongal + 1 day"),
    "naraka-chaturdashi": (table("NARAKA_CHATURDASHI"), "hindu.py NARAKA_CHATURDASHI_DATES"),
    "onam": (table("ONAM"), "hindu.py ONAM_DATES"),
    "pohela-boishakh": (table("POHELA_BOISHAKH"), "hindu.py POHELA_BOISHAKH_DATES"),
    "pongal": (table("PONGAL"), "hindu.py PONGAL_DATES"),
    "puthandu": (table("PUTHANDU"), "hindu.py PUTHANDU_DATES"),
    "raksha-bandhan": (table("RAKSHA_BANDHAN"), "hindu.py RAKSHA_BANDHAN_DATES"),
    "ram-navami": (table("RAM_NAVAMI"), "hindu.py RAM_NAVAMI_DATES"),
    "rath-yatra": (table("RATH_YATRA"), "hindu.py RATH_YATRA_DATES"),
    "sharad-navratri": (table("SHARAD_NAVRATRI"), "hindu.py SHARAD_NAVRATRI_DATES (first day)"),
    "thaipusam": (table("THAIPUSAM"), "hindu.py THAIPUSAM_DATES"),
    "uzhavar-thirunal": (shifted("PONGAL", 2), "groups/hindu.py _add_uzhavar_thirunal: Pongal + 2 days"),
    "vaisakhi": (table("VAISAKHI"), "hindu.py VAISAKHI_DATES"),
    "vishu": (table("VISHU"), "hindu.py VISHU_DATES"),
    # The fixed rules of holidays/groups/hindu.py, over the years of the lunisolar tables.
    "rabindra-jayanti": (
        [datetime.date(y, 5, 8 if calendar.isleap(y) else 9) for y in years_of("DIWALI_INDIA")],
        "groups/hindu.py _add_rabindranath_birthday: 9 May, 8 May in leap years",
    ),
    "parsi-new-year": (
        [datetime.date(y, 8, 28) - datetime.timedelta((y - 1972) // 4) for y in range(1972, 2100)],
        "groups/hindu.py _add_parsi_new_year (Shahenshahi): 28 August 1972, one day earlier every 4 years",
    ),
    "vesak": (
        [datetime.date(y, *md) for y, md in _BuddhistLunisolar.VESAK_DATES.items()],
        "buddhist.py VESAK_DATES (15th day of the 4th lunar month)",
    ),
}


def main():
    version = importlib.metadata.version("holidays")
    dist = importlib.metadata.distribution("holidays")
    licence = next((f for f in dist.files or [] if f.name == "LICENSE"), None)
    if licence is None:
        sys.exit("the installed holidays package has no LICENSE file")
    licence_text = licence.read_text()
    copyright_lines = [l for l in licence_text.splitlines() if l.startswith("Copyright")]
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Hindu, Sikh, Jain, Buddhist and Parsi holidays: the observed day in each Gregorian year.",
        f"# Source: the holidays Python library (vacanza/holidays) version {version},",
        "# https://github.com/vacanza/holidays, MIT licence (lunisolar-holidays.LICENSE beside this file).",
    ]
    lines += ["# " + l for l in copyright_lines]
    lines += [
        "# Written by scripts/generate_lunisolar_holidays.py; do not edit by hand.",
        "# Columns: key, where the library states the dates, the dates (YYYY-MM-DD, comma-separated).",
    ]
    for key in sorted(HOLIDAYS):
        dates, where = HOLIDAYS[key]
        lines.append("\t".join([key, where, ",".join(d.isoformat() for d in sorted(dates))]))
    (OUT / "lunisolar-holidays.tsv").write_text("\n".join(lines) + "\n")
    (OUT / "lunisolar-holidays.LICENSE").write_text(licence_text)
    print(f"wrote {len(HOLIDAYS)} holidays from holidays {version} to {OUT}")


if __name__ == "__main__":
    main()
