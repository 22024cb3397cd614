"""Every language data file follows its kind's schema."""

import pytest

from components import langdata

FILES = [
    (lang, kind)
    for lang in langdata.available_languages()
    for kind in langdata.SCHEMAS
    if (langdata.LANG_DIR / lang / f"{kind}.toml").exists()
]


def test_core_languages_have_every_kind():
    for lang in ("ro", "hu", "en"):
        for kind in langdata.SCHEMAS:
            assert (langdata.LANG_DIR / lang / f"{kind}.toml").exists(), (lang, kind)


@pytest.mark.parametrize(("lang", "kind"), FILES)
def test_file_matches_schema(lang, kind):
    assert langdata.validate(kind, langdata.load(lang, kind)) == []


@pytest.mark.parametrize("lang", langdata.available_languages())
def test_dates_have_twelve_months_and_seven_days(lang):
    data = langdata.load(lang, "dates")
    assert len(data["months"]) == 12
    assert len(data["weekdays"]) == 7
    assert all(data["months"]) and all(data["weekdays"])


def test_validate_reports_problems():
    problems = langdata.validate("dates", {"months": "ianuarie", "surprise": 1})
    assert "unknown key 'surprise'" in problems
    assert "'months' is not list[list[str]]" in problems
    assert "missing key 'weekdays'" in problems
