"""Gazetteers: real institutions, places and given names (lint/gazetteer.py, rules/data/gazetteers)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from lint import gazetteer
from lint.cache import _code_stamp
from lint.cli import app
from lint.config import load_config
from lint.gazetteer import institution_kind, is_demonym, is_given_name, is_place, known_institution
from lint.rulepack import builtin_rules_dir

GAZETTEERS = builtin_rules_dir() / "data" / "gazetteers"


# -- institutions --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    [
        # the bodies the Reuters corpus quotes and SRC001/SRC002 called generic (issue 13)
        "International Institute for Strategic Studies",
        "Center for Strategic and International Studies",
        "Economic Policy Institute",
        "Tax Policy Center",
        # think tanks across countries
        "Brookings Institution",
        "Peterson Institute for International Economics",
        "RAND Corporation",
        "Chatham House",
        "Carnegie Endowment for International Peace",
        "Council on Foreign Relations",
        "Heritage Foundation",
        "Cato Institute",
        "American Enterprise Institute",
        "Urban Institute",
        "Pew Research Center",
        "Kiel Institute for the World Economy",
        "Bruegel",
        "European Council on Foreign Relations",
        "Stockholm International Peace Research Institute",
        "Lowy Institute",
        "Observer Research Foundation",
        # universities: the derived worldwide list and the hand-written supplement
        "Seoul National University",
        "Universidad Nacional Autónoma de México",
        "University of Michigan",
        "Oxford University",
        # government, central banks, statistics offices, international organisations, news
        "Bureau of Labor Statistics",
        "Department of Health and Social Care",
        "European Commission",
        "Bank of Japan",
        "Statistics Canada",
        "World Bank",
        "Organisation for Economic Co-operation and Development",
        "Agence France-Presse",
        "Financial Times",
        "Goldman Sachs",
    ],
)
def test_real_institutions_are_known(name):
    assert known_institution(name), name


@pytest.mark.parametrize(
    "name",
    [
        "Global Institute for Strategic Studies",
        "Center for Global Strategy",
        "Institute for Strategic Futures",
        "Global Policy Institute",
        "Institute for Strategic Studies",
        "International Center for Policy Analysis",
        "Strategic Research Institute",
        "Portvale Police Department",  # a public body needs a real place
        "Ministry of Magic",  # and a ministry a real portfolio
        "",
    ],
)
def test_invented_generic_institutions_are_not_known(name):
    assert not known_institution(name), name


@pytest.mark.parametrize(
    "acronym, kind",
    [("IISS", "think-tank"), ("CSIS", "think-tank"), ("IMF", "intl-org"), ("NATO", "intl-org"),
     ("WHO", "intl-org"), ("MIT", "university"), ("LSE", "university"), ("U.N.", "intl-org"), ("U.S. Treasury", "government")],
)
def test_acronyms_name_their_institution(acronym, kind):
    assert institution_kind(acronym) == kind


def test_an_acronym_with_descriptors_around_it():
    assert institution_kind("the London-based IISS think tank") == "think-tank"
    assert institution_kind("the nonpartisan CBO") == "government"
    assert institution_kind("the WHO's") == "intl-org"
    assert not known_institution("the London-based GISS think tank")


def test_an_acronym_matches_only_in_capitals():
    assert known_institution("WHO") and not known_institution("who") and not known_institution("Who")
    assert known_institution("NATO") and not known_institution("nato")


@pytest.mark.parametrize(
    "written",
    [
        "the Tax Policy Center",
        "THE TAX POLICY CENTER",
        "Tax Policy Centre",
        "the nonpartisan Tax Policy Center think tank",
        "Tax Policy Center's",
        "Tax Policy Center, Washington",
        "Tax Policy Center in Washington",
        "the Washington-based Tax Policy Center",
        "Tax Policy Center (Washington)",
    ],
)
def test_normalisation_of_one_institution(written):
    assert institution_kind(written) == "think-tank", written


def test_normalisation_ampersand_spelling_hyphen_and_accents():
    assert known_institution("London School of Hygiene and Tropical Medicine")
    assert known_institution("London School of Hygiene & Tropical Medicine")
    assert known_institution("Organization for Economic Cooperation and Development")
    assert known_institution("Medecins Sans Frontieres") and known_institution("Médecins Sans Frontières")
    assert known_institution("University of California at Berkeley")
    assert known_institution("The University of Texas at Austin")
    assert gazetteer.normalize_name("The Centre for Cities’s") == gazetteer.normalize_name("centre for cities")


def test_parts_and_legal_forms_of_known_institutions():
    assert institution_kind("University of Chicago Law School") == "university"
    assert institution_kind("Harvard’s Institute of Politics") == "university"
    assert institution_kind("EPA's Office of Enforcement and Compliance Assurance") == "government"
    assert institution_kind("JPMorgan Chase & Co") == "firm" and institution_kind("Mizuho Securities USA Inc") == "firm"
    # a part of an invented institution is not traceable either
    assert not known_institution("Global Policy Institute's Center for Strategy")
    assert not known_institution("Center for Global Strategy Inc")


def test_a_place_never_makes_an_invented_name_real():
    assert not known_institution("Global Institute for Strategic Studies in London")
    assert not known_institution("the Washington-based Center for Global Strategy")
    # a one-word outlet name does not survive losing its place: "Springfield Times" is not The Times
    assert known_institution("The Times") and not known_institution("Springfield Times")


@pytest.mark.parametrize(
    "name",
    [
        "Ministry of Finance",
        "Finance Ministry",
        "Kenya's Interior Ministry",
        "Chinese foreign ministry",
        "Ministry of Foreign Affairs and Trade",
        "Ministry of Finance of Ukraine",
        "Texas Department of Transportation",
        "Chicago Police Department",
        "Embassy of France",
        "Kharkiv regional administration",
        "Nigerian Army",
    ],
)
def test_government_bodies_match_by_pattern(name):
    assert institution_kind(name) == "government", name


# -- places, demonyms, given names ------------------------------------------------------------------
@pytest.mark.parametrize(
    "place",
    [
        "Estonia", "the Netherlands", "South Korea", "Iran", "Ivory Coast",  # countries (pycountry + short names)
        "Bavaria", "Canterbury", "Hunan", "Saratov", "California",  # subdivisions (pycountry + English names)
        "Tallinn", "Austin", "ZÜRICH", "St. Louis", "Kramatorsk", "São Paulo", "Sao Paulo",  # cities of 50,000+
        "Middle East", "West Bank", "Silicon Valley",  # regions
        "Calif.", "N.Y.",  # AP dateline abbreviations
    ],
)
def test_places(place):
    assert is_place(place), place


@pytest.mark.parametrize("word", ["Oct", "Aides", "Others", "Portvale", "Smith", "Institute", "Chilean", ""])
def test_not_places(word):
    assert not is_place(word), word


def test_a_word_without_a_capital_is_not_a_name():
    assert is_place("Reading") and not is_place("reading")
    assert is_given_name("Will") and not is_given_name("will")
    assert known_institution("Time") and not known_institution("time")
    assert is_demonym("American") and not is_demonym("american")


def test_demonyms():
    assert is_demonym("Chilean") and is_demonym("South Korean") and is_demonym("KENYAN")
    assert not is_demonym("Chile") and not is_demonym("Oct")


@pytest.mark.parametrize("name", ["Maria", "Olaf", "Keir", "Rishi", "Emmanuel", "Jean-Paul", "Ayşe", "JOHN", "Paris"])
def test_given_names(name):
    assert is_given_name(name), name


@pytest.mark.parametrize(
    "word", ["Oct", "Aides", "Others", "Canterbury", "General", "Monday", "Officials", "Analysts", "Mr.", "O'", "", "3M"]
)
def test_not_given_names(word):
    assert not is_given_name(word), word


# -- known-organizations in the config ---------------------------------------------------------------
def test_known_organizations_from_config(tmp_path):
    (tmp_path / "credlint.toml").write_text(
        'known-organizations = ["Portvale Institute for Coastal Studies", "Harbour Economics Group"]\n', encoding="utf-8"
    )
    cfg = load_config(None, str(tmp_path))
    assert cfg.known_organizations == ("Portvale Institute for Coastal Studies", "Harbour Economics Group")
    assert not known_institution("the Portvale Institute for Coastal Studies")
    assert institution_kind("the Portvale Institute for Coastal Studies", cfg.known_organizations) == "user"
    assert known_institution("Harbour Economics Group in Portvale", cfg.known_organizations) is False  # not a place
    assert known_institution("Harbour Economics Group", cfg.known_organizations)


def test_known_organizations_reach_the_rules_context(tmp_path, monkeypatch):
    import lint.engine

    seen = {}
    real_run = lint.engine.run

    def spy(paths, settings, *args, **kwargs):
        seen["orgs"] = settings.context.known_organizations
        return real_run(paths, settings, *args, **kwargs)

    monkeypatch.setattr(lint.engine, "run", spy)
    (tmp_path / "credlint.toml").write_text('known-organizations = ["Harbour Economics Group"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("# Head\n\nA plain sentence.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--no-cache", "--exit-zero"])
    assert result.exit_code == 0, result.output
    assert seen["orgs"] == ("Harbour Economics Group",)


@pytest.mark.parametrize("value", ['"Harbour Economics Group"', "[1, 2]", '[""]'])
def test_bad_known_organizations_is_one_error_line(tmp_path, value):
    (tmp_path / "credlint.toml").write_text(f"known-organizations = {value}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Head\n\nA plain sentence.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "known-organizations" in result.stderr and len(result.stderr.strip().splitlines()) == 1


# -- the data files ----------------------------------------------------------------------------------
def test_every_gazetteer_names_its_source_and_licence():
    files = sorted(GAZETTEERS.glob("*.txt"))
    assert len(files) >= 9
    for path in files:
        header = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            header.append(line)
        text = "\n".join(header)
        assert "Source" in text and "Licence" in text, f"{path.name}: header must state its source and licence"


def test_gazetteers_are_compact_one_entry_a_line():
    for path in GAZETTEERS.glob("*.txt"):
        assert path.stat().st_size < 400_000, path.name
        entries = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        assert entries and all(ln == ln.strip() for ln in entries), path.name


def test_institution_lines_have_a_kind_and_a_name():
    for line in (GAZETTEERS / "institutions.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, name, *_ = [p.strip() for p in line.split("|")] + [""]
            assert kind and kind.replace("-", "").isalpha() and name, line


def test_no_institution_is_listed_twice():
    seen: dict[str, str] = {}
    for line in (GAZETTEERS / "institutions.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        for form in [p.strip() for p in line.split("|")][1:]:
            if gazetteer._is_acronym(form):
                continue  # an acronym may stand for two bodies (IEA, ICC)
            key = gazetteer.normalize_name(form)
            assert key not in seen or seen[key] == line, f"{form!r} is on two lines:\n{seen.get(key)}\n{line}"
            seen[key] = line


def test_editing_a_gazetteer_invalidates_the_cache():
    assert "gazetteers/institutions.txt" in _code_stamp()
