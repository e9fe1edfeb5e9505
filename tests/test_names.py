"""New names: discovery in English text, proposed be / uk / pl / ru spellings, adopting a name
into the termbase from the CLI and the editor's panel, and the import notice."""

from __future__ import annotations

import json
import re

import pytest
from conftest import SEED_ARTICLE, SEED_TERMBASE
from sqlalchemy import select

from glossary.discovery import discover
from glossary.io import read_file
from glossary.models import Concept
from glossary.proposals import guess_origin, propose
from glossary.romanization import carry, read_back
from glossary.termbase import Termbase
from workbench.models import Document, Segment

# Written for these tests: no benchmark text, no rule table was tuned on it.
UNSEEN_ARTICLE = """\
Belarus sentences a blogger as Hrodna protests are remembered

A court in Hrodna on Tuesday jailed the blogger Eduard Babaryka, 33, for six years, his lawyer said.
Babaryka's mother told reporters that he had been held in the town of Shklou since his arrest in May.
The Ukrainian foreign ministry said it was following the case. Several Belarusian exiles in Warsaw
staged a picket outside the embassy, and opposition leader Sviatlana Tsikhanouskaya called the verdict
revenge. Babaryka said in a letter from prison that he did not regret anything.
Meanwhile in Mazyr, police detained the activist Nasta Loika, according to the rights group Viasna.
"""

UNSEEN_NAMES = {
    "Hrodna": "place",
    "Eduard Babaryka": "person",
    "Shklou": "place",
    "Warsaw": "place",
    "Mazyr": "place",
    "Nasta Loika": "person",
    "Viasna": "organisation",
}


@pytest.fixture(scope="module")
def seed_termbase() -> Termbase:
    return Termbase(read_file(SEED_TERMBASE).records)


# --- discovery -----------------------------------------------------------------------------------

def test_discovery_finds_the_new_names_of_an_unseen_article_and_nothing_else(seed_termbase):
    names = {name.name: name for name in discover(UNSEEN_ARTICLE, seed_termbase)}
    assert {name: found.kind for name, found in names.items()} == UNSEEN_NAMES
    # The surname alone and the possessive join the full name; the sentences come along.
    assert names["Eduard Babaryka"].count == 3
    assert any("Shklou" in sentence for sentence in names["Shklou"].sentences)


def test_discovery_leaves_out_what_the_termbase_covers(seed_termbase):
    names = {name.name for name in discover(UNSEEN_ARTICLE, seed_termbase)}
    assert "Sviatlana Tsikhanouskaya" not in names and "Belarus" not in names
    assert "Sviatlana Tsikhanouskaya" in {name.name for name in discover(UNSEEN_ARTICLE)}


def test_the_seed_article_has_no_name_the_seed_termbase_lacks(seed_termbase):
    assert discover(SEED_ARTICLE.read_text(encoding="utf-8"), seed_termbase) == []


def test_titles_ages_months_and_demonyms_are_no_names():
    text = ("Russian President Vladimir Putin met Mr Ihar Karnei, 41, in March. Foreign minister Andrii Sybiha said so. "
            "The Chinese leader Xi Jinping did not.")
    names = {name.name: name.kind for name in discover(text)}
    assert names == {"Vladimir Putin": "person", "Ihar Karnei": "person", "Andrii Sybiha": "person", "Xi Jinping": "person"}


HARD_CASES = """\
Court in Pinsk Fines Teacher Who Sang Banned Song

BREAKING: PINSK TEACHER FINED

The prosecutor, V. Hrynkevich, asked for a fine. Hope, a village near Pinsk, sent letters of support.
Bush told the court she was proud of her pupils. Olivia Bush teaches music in Pinsk.
The ruling was condemned by the Committee to Protect Journalists and the OSCE, while Ursula von der Leyen
and Mohammed al-Rashid of the Freedom of Expression Network called for her release.
However, the local GDP figures and the MPs' debate on TV drew more attention. The Parliament voted.
"""


def test_discovery_weighs_headlines_initials_particles_and_a_sentences_first_word():
    names = {name.name: name for name in discover(HARD_CASES)}
    assert set(names) == {"Pinsk", "Hrynkevich", "Hope", "Olivia Bush", "Committee to Protect Journalists", "OSCE",
                          "Ursula von der Leyen", "Mohammed al-Rashid", "Freedom of Expression Network"}
    # the title-case headline's Pinsk counts (the all-capitals line says nothing), and "Bush told"
    # joins the full name
    assert names["Pinsk"].count == 3 and names["Olivia Bush"].count == 2
    assert names["Hrynkevich"].kind == "person" and names["Hope"].kind == "place"


def test_discovery_tells_a_relative_and_a_club_from_the_known_names(seed_termbase):
    text = ("VILNIUS, Nov 3 (Reuters) - Sviatlana Tsikhanouskaya and her husband, Siarhei Tsikhanouski, watched "
            "Dinamo Minsk lose. Her film \"Under the Grey Sky\" premiered in Cannes; Iskander missiles and "
            "Su-34 jets were not shown in central Minsk.")
    names = {name.name for name in discover(text, seed_termbase)}
    # the dateline's capitals, the known wife, the weapons and "central Minsk" are no new names
    assert names == {"Reuters", "Siarhei Tsikhanouski", "Dinamo Minsk", "Under the Grey Sky", "Cannes"}


SPANS_TO_CUT = """\
RIGA, Mar 2 - The Bank of Latvia raised its forecast. Shares of Citadele Bank rose 3%.
Officials of Latvijas Banka said the rate was fair, Bank of Latvia Governor Martins Kazaks told reporters.
Economists at SEB Bank Latvija and J.P. Morgan agreed, said Karen M. Whitfield, an analyst in Riga.
Flights from John F. Kennedy Airport were cut. In A. Berzins's view, nothing changed.
"""


def test_a_sentences_first_word_a_title_and_initials_are_cut_or_kept_where_they_belong():
    names = {name.name for name in discover(SPANS_TO_CUT)}
    # "The" after a dateline's dash and "Shares of" before a bank are the sentence's words; a
    # governor between his bank and his name splits them; a middle initial and J.P. stay in
    assert names == {"Bank of Latvia", "Citadele Bank", "Latvijas Banka", "Martins Kazaks", "SEB Bank Latvija",
                     "J.P. Morgan", "Karen M. Whitfield", "Riga", "John F. Kennedy Airport", "Berzins"}


def test_saints_buildings_brands_staffs_and_a_demonym_before_an_acronym_are_whole_names():
    text = ("Pilgrims gathered at St Sophia's Cathedral and at St. Andrew's Church in Kyiv-Pechersk. "
            "Passengers of easyJet and airBaltic were rebooked. The Ukrainian DTEK plant shut down. "
            "Judges jailed Nika Melia and Levan Khabeishvili. Zorya Luhansk lost; the town of Luhansk "
            "is held by Russia, Ukraine's General Staff said. The band O.N.S., from Riga, played.")
    names = {name.name for name in discover(text)}
    assert {"St Sophia's Cathedral", "St. Andrew's Church", "easyJet", "airBaltic", "Ukrainian DTEK",
            "Nika Melia", "Levan Khabeishvili", "Zorya Luhansk", "Luhansk", "General Staff", "O.N.S."} <= names
    assert not names & {"St Sophia", "St. Andrew", "DTEK", "Khabeishvili"}


def test_latin_rites_religions_units_weapon_models_plurals_and_derived_demonyms_are_no_names():
    text = ("ABKHAZIA, Jan 7 - Thousands attended Mass in Sukhumi. The Abkhazian leader spoke of Eastern Orthodoxy "
            "and Western Christianity. The bishop said a Pax et Bonum prayer. "
            "It was minus 12 degrees Celsius. Iranian-made Mohajer models flew over. Dockers walked out. "
            "Bakers and Miners joined them.")
    names = {name.name for name in discover(text)}
    assert names == {"Sukhumi"}


def test_datelines_joined_and_glued_words_and_a_known_country_are_split_off(seed_termbase):
    text = ("ODESA, Ukraine — Relief came from Amnesty Fund to Rebuild Schools and Doctors Without Frontiers. "
            "Its Agency for Refugees and Migrants met Tamar Beridze of the Alliance for Renewal. "
            "Chief Executive Marta Kowalczyk spoke at the Assumption Cathedral of the Lutsk Upper Castle, "
            "beside the Church of Saints Cyril and Methodius. Tankers sailed to the US Atlantic Coast.")
    names = {name.name for name in discover(text, seed_termbase)}
    # the dateline's capitals, "Its", the title and the known country's letters are no names' words;
    # "and" after a body named for its purpose and "of" after a full name start other names
    assert {"Amnesty Fund to Rebuild Schools", "Doctors Without Frontiers", "Agency for Refugees and Migrants",
            "Tamar Beridze", "Alliance for Renewal", "Marta Kowalczyk", "Assumption Cathedral", "Lutsk Upper Castle",
            "Church of Saints Cyril and Methodius", "Atlantic Coast"} <= names
    assert not {"ODESA", "Odesa", "Beridze", "US Atlantic Coast"} & names
    assert not [name for name in names if name.startswith(("Its ", "Executive ")) or " of the " in name and "Beridze" in name]


def test_places_in_compounds_units_domains_foreign_lower_case_words_and_given_names_read_as_demonyms():
    text = ("The Hrodna-born editor of Zerkalo.io, Sergian Vasiliev, and the economist Adrian Țurcanu "
            "praised the 93rd Separate Mechanised Brigade. Latvenergo and Rīgas ūdens, the water utility, "
            "named an Oslo-based adviser. FC Dinamo Tbilisi lost in Tbilisi. "
            "Veterans laid wreaths at the Memorial of Courage of the Defenders for Ukraine.")
    names = {name.name for name in discover(text)}
    assert {"Hrodna", "Zerkalo.io", "Adrian Țurcanu", "93rd Separate Mechanised Brigade", "Rīgas ūdens", "Oslo",
            "Tbilisi", "Memorial of Courage of the Defenders for Ukraine"} <= names
    assert not {"Zerkalo", "Țurcanu", "Separate Mechanised Brigade", "Rīgas", "Hrodna-born"} & names


# Sentences written for the failure classes of the news-dev3 to news-dev9 texts, none taken from them:
# (names that must be found whole, and words or halves that must not be names).
CLASS_CASES = [
    pytest.param(
        ("MAHILYOW, Belarus, Dec 1 (AFP) - The Association of Lithuanians in Belarus met envoys of the "
         "Conference for Trade and Development in Europe and the Latvian Forestry, Water and Soil Institute. "
         "Delegates from the Federation for Sport and Recreation in Moldova (FSRM) went to the National Museum in Lublin. "
         "Protesters in Mahilyow and the Institute of Eastern Studies in Lublin joined them. "
         "Order and Freedom, the main opposition party, sent the Ministry of Trade, Industry and Tourism a letter. "
         "Voters backed Order and Freedom in May."),
        {"Association of Lithuanians in Belarus", "Conference for Trade and Development in Europe",
         "Latvian Forestry, Water and Soil Institute", "Federation for Sport and Recreation in Moldova",
         "National Museum in Lublin", "Mahilyow", "Institute of Eastern Studies", "Lublin", "Order and Freedom",
         "Ministry of Trade, Industry and Tourism"},
        {"MAHILYOW", "Order", "Freedom", "Protesters in Mahilyow", "Institute of Eastern Studies in Lublin"},
        id="in_a_comma_and_a_recurring_whole_stay_inside_a_bodys_name_where_the_text_says_so"),
    pytest.param(
        ("Kyiv asked for more Gepard anti-aircraft guns, and the Gepard and Skyranger batteries arrived in March. "
         "Minister Coordinator of Border Services Jan Wierzbicki said on X that the Women's Hockey Federation "
         "and OVD-Info had written to him. He read Homer's \"Iliad\" and Ovid's \"Tristia\" in Soviet Odesa on Mondays. "
         "Italian Sports Minister Andrea Abodi went to Milan and Cortina d'Ampezzo."),
        {"Jan Wierzbicki", "X", "Women's Hockey Federation", "OVD-Info", "Iliad", "Tristia", "Odesa",
         "Andrea Abodi", "Milan", "Cortina d'Ampezzo"},
        {"Gepard", "Skyranger", "Soviet Odesa", "Mondays", "Women", "Italian Sports Minister Andrea Abodi"},
        id="weapons_platforms_offices_titles_and_possessive_bodies"),
    pytest.param(
        ("Estonia Bans Russian-Made Cameras Before Independence Day\n\n"
         "On Constitution Day the Latvian Saeima met, and economist Jurgita Paulauskienė wrote on her Vakaro Žinios "
         "Telegram channel that the Free Latvia campaign had a new memoir, \"Crossing\", out. "
         "Organiser Darja Kuzmina spoke on the Baltic coast. The economist Adrian Lupușor praised "
         "Japan's Central Research Institute."),
        {"Saeima", "Jurgita Paulauskienė", "Vakaro Žinios", "Telegram", "Free Latvia", "Crossing",
         "Darja Kuzmina", "Adrian Lupușor", "Japan", "Central Research Institute"},
        {"Russian-Made", "Independence Day", "Constitution Day", "Latvian Saeima", "Vakaro Žinios Telegram",
             "Organiser Darja Kuzmina", "Baltic", "Japan's Central Research Institute"},
        id="holidays_peoples_compounds_and_platforms_are_no_part_of_a_name"),
    pytest.param(
        ("The talks were led by Secretary of Defense Pete Hegseth and Minister of Foreign Affairs Andrii Sybiha. "
         "Carmaker Volgavtoprom cut jobs. She led the Speak the Truth campaign. The Minsk Exchange and the Kyiv Herald "
         "reported on it. Central Minsk was quiet; the South Belarus plant was not. GUR drones struck a depot, the GUR said."),
        {"Pete Hegseth", "Andrii Sybiha", "Volgavtoprom", "Speak the Truth", "Minsk Exchange", "Kyiv Herald", "South Belarus",
         "GUR"},
        {"Defense Pete Hegseth", "Affairs Andrii Sybiha", "Carmaker Volgavtoprom", "Speak", "Truth", "Central Minsk"},
        id="offices_agents_campaigns_and_known_names_inside_longer_ones"),
    pytest.param(
        ("NOVY SAD, Serbia, Mar 2 - Seismologists at the Serbian Nurses' Union said so. \"It is cold,\" said Dragana, "
         "a nurse who asked that her surname not be used. Andreyeva works under her real surname Bakhvalava. "
         "The Holy Synod of Tbilisi met. The prize went to Zoran Lazić for \"Daybreak\", a drama set in Niš. "
         "Foreign Ministers Marko Đurić and Ivica Dačić spoke of Russophobia and Russophobic lies. \"We left,\" said Milena, a teacher "
         "from occupied Vukovar who gave only her first name."),
        {"Serbian Nurses' Union", "Bakhvalava", "Holy Synod of Tbilisi", "Zoran Lazić", "Daybreak", "Niš",
         "Marko Đurić", "Ivica Dačić", "Vukovar"},
        {"NOVY SAD", "Seismologists", "Dragana", "Nurses", "Ministers Marko Đurić", "Russophobia", "Russophobic", "Milena"},
        id="two_word_datelines_withheld_surnames_agents_and_plural_possessive_bodies"),
    pytest.param(
        ("Pro-Kremlin Bloggers Cheer As Monument Returns To Hrodna Square\n\n"
         "Nordic and Baltic leaders met in Hrodna. The Cyrillic and Latin scripts were shown. "
         "Christmas Eve dinners were held by the Anti-Corruption Foundation."),
        {"Hrodna", "Anti-Corruption Foundation"},
        {"Pro-Kremlin", "Nordic", "Cyrillic", "Christmas Eve"},
        id="coordinated_adjectives_holiday_eves_and_headline_prefixes_are_no_names"),
    pytest.param(
        ("Kyiv Choir Sings At Lincoln Center\n\n"
         "Shelling hit villages near Siversk, Lyman and Kupiansk. The choir sang at Lincoln Center and the "
         "Metropolitan Opera, and Metropolitan Onufriy listened."),
        {"Siversk", "Lyman", "Kupiansk", "Lincoln Center", "Metropolitan Opera", "Onufriy"},
        {"Lincoln", "Opera", "Metropolitan Onufriy"},
        id="places_listed_after_a_preposition_headline_halves_and_bodies_named_with_a_title"),
    pytest.param(
        ("Georgian Violinist Wins Paganini Contest In Genoa\n\n"
         "Nino Gvetadze won the International Paganini Violin Contest in Genoa with a concerto in E minor. "
         "Tbilisi Mayor Kakha Kaladze, a Social Democrat ally and a Christian Democrat once, flew in with "
         "sailors from the Philippines."),
        {"Nino Gvetadze", "International Paganini Violin Contest", "Genoa", "Tbilisi", "Kakha Kaladze", "Philippines"},
        {"Paganini", "E", "Democrat", "Christian Democrat", "Social Democrat", "Tbilisi Mayor Kakha Kaladze"},
        id="headline_halves_letters_party_members_a_places_mayor_and_plural_countries"),
    pytest.param(
        ("The Kherson drone attack killed two. Kherson was dark. The firm makes the Sokil cruise missile and the "
         "Vector attack drone; the Osa reconnaissance drone too. Minister Mari Kiviniemi lit Hanukkah candles with "
         "Calea Ferată din Moldova staff. The Polish Operational Command scrambled aircraft."),
        {"Kherson", "Mari Kiviniemi", "Calea Ferată din Moldova", "Polish Operational Command"},
        {"Sokil", "Vector", "Osa", "Hanukkah", "Kiviniemi", "Calea Ferată"},
        id="weapons_by_their_kind_one_drone_attack_holidays_and_romanian_din"),
    pytest.param(
        ("Judge Irina Sokolova of the Basmanny District Court read the verdict. Doctors Without Borders said "
         "it was worried."),
        {"Irina Sokolova", "Basmanny District Court", "Doctors Without Borders"},
        {"Without Borders", "Judge Irina Sokolova of the Basmanny District Court"},
        id="a_titled_name_before_of_and_a_body_in_title_case_that_speaks"),
    pytest.param(
        ("Voters left Georgian Dream's deputy leader. Lawmakers backed the Foreign Agents Transparency Act. The Mazury "
         "Growers' Initiative and the Latvian Employers' Confederation protested."),
        {"Georgian Dream", "Foreign Agents Transparency Act", "Mazury Growers' Initiative", "Latvian Employers' Confederation"},
        {"Dream", "Agents Transparency Act", "Mazury Growers", "Employers"},
        id="possessive_bodies_and_portfolios_heading_names"),
    pytest.param(
        ("The Odesa Mayor's Office and the Specialised Prosecutor's Office said so, and Donald Tusk's Civic Coalition "
         "agreed. Mass was said at the Church of Saints Peter and Paul on Market Square and at the Museum of "
         "Freedom on Liberty Avenue."),
        {"Odesa Mayor's Office", "Specialised Prosecutor's Office", "Donald Tusk", "Civic Coalition",
         "Church of Saints Peter and Paul", "Market Square", "Museum of Freedom", "Liberty Avenue"},
        {"Odesa Mayor", "Specialised Prosecutor", "Church of Saints Peter and Paul on Market Square",
         "Museum of Freedom on Liberty Avenue"},
        id="an_offices_possessive_after_a_name_and_a_building_on_a_named_square"),
    pytest.param(
        ("The Vatican's Dicastery for the Doctrine of the Faith, once the Congregation for the Doctrine of the Faith, "
         "wrote to the Dicastery for Evangelisation and to the Subcommittee on Security and Defence."),
        {"Dicastery for the Doctrine of the Faith", "Congregation for the Doctrine of the Faith", "Dicastery for Evangelisation",
         "Subcommittee on Security and Defence"},
        {"Dicastery", "Congregation", "Doctrine", "Faith", "Evangelisation", "Subcommittee", "Security and Defence"},
        id="curia_bodies_and_a_subcommittee_say_what_they_are_for"),
    pytest.param(
        ("Abkhaz fishermen in Abkhazia and Karakalpak farmers from Karakalpakstan met a Turkic Orthodox choir and "
         "Germanic scholars. Tunis, the capital of Tunisia, sent an Islamic State defector home."),
        {"Abkhazia", "Karakalpakstan", "Tunis", "Tunisia", "Islamic State"},
        {"Abkhaz", "Karakalpak", "Turkic", "Turkic Orthodox", "Germanic"},
        id="peoples_named_by_their_lands_stem_and_their_adjectives_in_ic"),
    pytest.param(
        "Skiers trained in the Carpathians, and trust in the Ukrainians and in the Georgians grew.",
        {"Carpathians"}, {"Ukrainians", "Georgians"},
        id="a_mountain_range_in_the_plural_and_peoples_of_lands"),
    pytest.param(
        "Critics, among them the Riga-based Providus and the Horizon think tanks, said the Abrams tank was late.",
        {"Riga", "Providus", "Horizon"}, {"Abrams"},
        id="a_think_tank_is_a_body_and_no_weapon"),
    # Sentences written for the failure classes of news-dev17, none taken from it.
    pytest.param(
        ("Divers found the Balticlink 3 power cable cut; Balticlink 2, its twin, and the Kvartal 72 studio were spared. "
         "The fund gave Naftogaz 2 billion euros, Legia Warsaw beat Dnipro 2-1 and Article 5 was cited. The opposition "
         "website Charter 98 quoted Article 7 of the law."),
        {"Balticlink 3", "Balticlink 2", "Kvartal 72", "Naftogaz", "Legia Warsaw", "Dnipro", "Charter 98"},
        {"Balticlink", "Kvartal", "Naftogaz 2", "Dnipro 2", "Article 5", "Charter", "Article 7"},
        id="a_small_number_ends_a_name_but_no_score_or_quantity"),
    pytest.param(
        ("Pilgrims carried an icon of Our Lady of Zhyrovichy to the Church of St Peter and St Paul. "
         "Our Lady of Lourdes drew crowds. Sister Alena Barysevich of the Congregation of the Sisters of Charity "
         "met the Commissioner for Religious and Ethnic Affairs, Ivan Pratasevich, and the Minister of Culture. "
         "Forward Ilona Marchuk scored."),
        {"Our Lady of Zhyrovichy", "Church of St Peter and St Paul", "Our Lady of Lourdes", "Alena Barysevich",
         "Congregation of the Sisters of Charity", "Ivan Pratasevich", "Ilona Marchuk"},
        {"Our Lady", "Zhyrovichy", "Lourdes", "St Paul", "Religious", "Ethnic Affairs", "Culture", "Forward Ilona Marchuk",
         "Sister Alena Barysevich", "Alena Barysevich of the Congregation of the Sisters of Charity"},
        id="marian_titles_two_saints_offices_with_their_portfolio_and_religious_and_sports_titles"),
    pytest.param(
        ("The Russian FSB said so, and the FSB's press office denied it. Villages of Ukrainians and Hutsuls, Boykos "
         "and Lemkos burned; Polish and Rusyn schools closed. Old Rusyn songs were sung by the Boyko Museum choir."),
        {"FSB", "Boyko Museum"},
        {"Russian FSB", "Hutsuls", "Boykos", "Lemkos", "Rusyn", "Old Rusyn"},
        id="peoples_listed_beside_known_ones_and_a_demonym_before_letters_used_alone"),
    pytest.param(
        ("Zorya topped Group B; Plan B failed. Fans held a banner reading \"Hockey Against Hate\" at the \"Points of "
         "Warmth\". The arena stands in Russian-occupied Horlivka, home of Shakhtar Horlivka. Pilgrims came for the "
         "feast of the Annunciation. Russia fires Gerbera drones and calls them Gerbera-3. The navy ordered ships of "
         "the Hamina class, and trains carried Allied tanks. The Archdiocese of Pinsk and Turau and the Diocese of "
         "Lida and Hrodna wrote."),
        {"Zorya", "Points of Warmth", "Horlivka", "Shakhtar Horlivka", "Archdiocese of Pinsk and Turau",
         "Diocese of Lida and Hrodna"},
        {"Group B", "Plan B", "Hockey Against Hate", "Against Hate", "Annunciation", "Gerbera", "Gerbera-3", "Hamina",
         "Allied", "Archdiocese of Pinsk", "Turau"},
        id="categories_slogans_occupied_places_feasts_numbered_models_classes_participles_and_sees"),
    pytest.param(
        ("Norway will buy Hawkeye C fighter jets; officials said the Hawkeye was cheap. Kyiv flies Rafale 3000 jets, "
         "wants Nasams systems from Austria and IRIS-T launchers, and two SAC 340 surveillance planes. Air Force "
         "spokesman Ilya Yevlash said so. The Grand Mufti of Crimea, Ayder Rustemov, met the Apostolic Nuncio. The book "
         "\"Ivan, the Bold Falcon\" sold well. Defenceman Kristaps Zile scored for Dinamo. Many work for Lithuanian "
         "IT firms."),
        {"Austria", "Air Force", "Ilya Yevlash", "Ayder Rustemov", "Ivan, the Bold Falcon", "Kristaps Zile", "Dinamo"},
        {"Hawkeye", "Hawkeye C", "Rafale", "Nasams", "SAC", "Force", "Grand Mufti of Crimea", "Apostolic Nuncio",
         "Defenceman Kristaps Zile", "Zile", "Lithuanian IT"},
        id="weapon_models_by_letter_number_and_kind_forces_clerics_offices_titles_with_commas_and_common_acronyms"),
    pytest.param(
        ("The abbey was founded under Mieszko the Bold and rebuilt under Casimir the Great. Kyiv sent Zelensky the "
         "Order. In Podillia, Ukrainian farmers met. Ukrainians and Hutsuls, Lemkos and Boykos sang. Amazon, Ericsson and Nokia left Minsk. "
         "Mango and Zara shops closed. Abroad, Ukraine's partners waited. The Free Party of Dorin Chirtoaca won."),
        {"Mieszko the Bold", "Casimir the Great", "Podillia", "Amazon", "Ericsson", "Nokia", "Mango", "Zara",
         "Free Party", "Dorin Chirtoaca"},
        {"Zelensky the Order", "Bold", "Great", "Hutsuls", "Lemkos", "Abroad", "Free Party of Dorin Chirtoaca"},
        id="rulers_epithets_a_list_needs_its_and_a_first_word_listed_with_names_and_a_party_of_its_leader"),
    pytest.param(
        ("Pilots trained on the older Hornet C. Engineers at Patria said so. Judge A. Tsitsenka ruled, and "
         "Daniel R. Foster spoke."),
        {"Patria", "Tsitsenka", "Daniel R. Foster"},
        {"Hornet C. Engineers", "Engineers"},
        id="a_models_letter_ends_a_sentence_an_initial_does_not"),
    pytest.param(
        ("Adam Zagajewski, winner of the Nobel Prize in Literature, spoke. Publishers paid for translations into "
         "German, French and Polish. Several said so. She died in the IK-2 colony in Kopeisk. Frontman Oleh "
         "Skrypka sang. He was held in the Viciebsk prison known as Tyurma No. 2. Viasna said so. The Swinoujscie LNG "
         "terminal was full. She said: \"No. Nothing has changed.\""),
        {"Adam Zagajewski", "Nobel Prize in Literature", "IK-2", "Kopeisk", "Oleh Skrypka", "Viciebsk", "Tyurma No. 2",
         "Viasna", "Swinoujscie"},
        {"Literature", "German", "Several", "Frontman Oleh Skrypka", "Tyurma No", "Swinoujscie LNG", "Nothing"},
        id="prizes_in_a_field_languages_listed_numbered_prisons_band_roles_and_common_acronyms_after_a_name"),
    pytest.param(
        ("Herman Hawk spoke. Deputies of Hawk's Liberty Union and the Estonian Doctors' Union left. The US Treasury "
         "Department, the US Magnitsky Accountability Act and the NATO Defence College met at St Mary's Archcathedral. "
         "The US Commission on Civil Rights wrote."),
        {"Herman Hawk", "Liberty Union", "Estonian Doctors' Union", "Treasury Department", "Magnitsky Accountability Act",
         "NATO Defence College", "St Mary's Archcathedral", "US Commission on Civil Rights"},
        {"Hawk's Liberty Union", "US Treasury Department", "US Magnitsky Accountability Act", "Defence College", "Archcathedral"},
        id="a_surnames_possessive_a_known_countrys_letters_before_a_body_or_law_and_archcathedrals"),
    pytest.param(
        ("Doctors Without Borders calls the case a test. Beekeepers say prices fell. Children received the MMR "
         "vaccine. Trade with Central Asia grew, and Eastern Orthodoxy spread."),
        {"Doctors Without Borders", "Central Asia"},
        {"Without Borders", "Beekeepers", "MMR", "Eastern Orthodoxy"},
        id="a_capitalised_small_word_compound_agents_a_vaccines_letters_and_a_continents_part"),
    pytest.param(
        ("Sales to Africa and Asia rose as Europe closed. Exports to the Americas fell. Eastern Orthodoxy spread, "
         "and Divine Liturgy was served."),
        {"Africa", "Asia", "Americas"},
        {"Europe", "Eastern Orthodoxy", "Divine Liturgy", "Orthodoxy"},
        id="continents_alone_are_places_a_rite_is_no_name"),
    pytest.param(
        ("Judge Ion Munteanu of the Buiucani District Court ruled. Lawyer Mihai Rusu of the Chisinau Bar "
         "Association spoke. Jets will reach the 32nd Tactical Air Base in Lask, said Major Anna Nowak of the 1st "
         "Tactical Wing. The 6th Fleet sailed. Support fell in a poll by WatchDog.MD and Tut.by."),
        {"Ion Munteanu", "Buiucani District Court", "Mihai Rusu", "Chisinau Bar Association", "32nd Tactical Air Base",
         "Lask", "Anna Nowak", "1st Tactical Wing", "6th Fleet", "WatchDog.MD", "Tut.by"},
        {"Judge Ion Munteanu of the Buiucani District Court", "Tactical Air Base", "Tactical Wing", "Fleet", "WatchDog", "MD"},
        id="a_titled_person_with_a_word_for_a_given_name_ends_before_of_numbered_air_units_and_capital_domains"),
    pytest.param(
        ("Mariusz Blaszczak, who heads the Law and Justice caucus, spoke. Lawmakers from Peace and Prosperity voted. "
         "The Finance and Economy ministries met. Refiners bought U.S. West Texas Intermediate crude and US Gulf Coast "
         "cargoes. Shakhtar beat Metalist 1925 Kharkiv on Sunday. Protests in Gdansk 1980 were big."),
        {"Mariusz Blaszczak", "Law and Justice", "Peace and Prosperity", "West Texas Intermediate", "Gulf Coast",
         "Shakhtar", "Metalist 1925 Kharkiv", "Gdansk"},
        {"Law", "Peace", "Finance and Economy", "U.S. West Texas Intermediate", "US Gulf Coast", "Metalist", "Kharkiv",
         "Gdansk 1980"},
        id="a_party_of_two_words_before_its_members_or_a_verb_a_known_country_before_a_grade_and_a_clubs_founding_year"),
    pytest.param(
        ("Protesters from the Women's Strike movement met by the Devil's Valley and on Heroes' Square. The Kavkaz.Realii "
         "service said so. \"We defended the Fatherland,\" he wrote; Yulia Tymoshenko's Fatherland party agreed. Many mark "
         "Eid al-Adha and Navruz together in Baroque and Rococo halls. Pivot Artsem Karalek plays for Industria Kielce. "
         "The EU paid under its Growth Plan for Moldova. The Black Sea is calm, but drones forced the Russian Black Sea "
         "Fleet to move. Naval drones such as the Magura V5 hit ships; missiles like the Kinzhal too."),
        {"Women's Strike", "Devil's Valley", "Heroes' Square", "Kavkaz.Realii", "Yulia Tymoshenko", "Fatherland",
         "Artsem Karalek", "Industria Kielce", "EU", "Growth Plan for Moldova", "Black Sea", "Black Sea Fleet"},
        {"Women", "Strike", "Devil", "Kavkaz", "Realii", "Eid al-Adha", "Navruz", "Rococo", "Pivot Artsem Karalek",
         "Growth Plan", "Russian Black Sea Fleet", "Magura V5", "Kinzhal"},
        id="possessive_common_nouns_before_places_and_movements_domains_holidays_styles_positions_plans_and_weapon_examples"),
    pytest.param(
        ("Poland will buy 24 Gripen E fighters from Saab; the Gripen fighters are cheap. It already flies F-16 Fighting "
         "Falcons. Wagner fighters left Bakhmut. He was held in the IK-3 Penal Colony. Anticorruption Prosecutor "
         "Veronica Dragalin's successor spoke, and the Anticorruption Prosecutor's Office agreed."),
        {"Saab", "Wagner", "Bakhmut", "IK-3 Penal Colony", "Veronica Dragalin", "Anticorruption Prosecutor's Office"},
        {"Gripen E", "Gripen", "F-16 Fighting Falcons", "Anticorruption"},
        id="a_fighters_model_letter_a_models_nickname_and_an_anticorruption_office"),
    pytest.param(
        ("Remarkably, Ukraine's federation kept its team in Shostka. Titled \"Faces of Faith: Icons from Donbas\", the "
         "show opened. Biathlon moves to the Milano Cortina 2026 Winter Olympics. The quota for February-June is set. "
         "An icon of the Virgin hangs beside maps of the British Virgin Islands."),
        {"Shostka", "Faces of Faith: Icons from Donbas", "Milano Cortina 2026 Winter Olympics", "British Virgin Islands"},
        {"Remarkably", "Faith", "Donbas", "Milano Cortina", "Winter Olympics", "February-June", "Virgin"},
        id="an_adverb_before_a_possessive_a_titles_colon_an_events_year_a_span_of_months_and_the_virgin"),
    pytest.param(
        ("Tesla's Model Y and the BMW X5 sold well in Riga. The Airbus A321neo and an Embraer E195 flown by LOT landed. "
         "Estlink 2 and Latvian Radio 4 went off air."),
        {"Tesla", "BMW", "Riga", "Airbus", "Embraer", "LOT", "Estlink 2", "Latvian Radio 4"},
        {"Model Y", "BMW X5", "Airbus A321neo", "Embraer E195", "A321neo"},
        id="a_makers_product_code_and_a_model_letter_are_no_names_a_numbered_cable_or_station_is"),
    pytest.param(
        ("Officials at the Office of the President of Ukraine said so. Andriy Yermak, head of the Office of the "
         "President, agreed. Governor of the National Bank of Ukraine Andriy Pyshnyi spoke."),
        {"Office of the President of Ukraine", "Andriy Yermak", "Office of the President", "National Bank of Ukraine",
         "Andriy Pyshnyi"},
        {"Office of the", "President of Ukraine", "Office"},
        id="an_officer_of_the_a_bodys_noun_names_the_body"),
    pytest.param(
        ("The S&P 500 rose while the STOXX 600 fell and Japan's Nikkei was flat. The FTSE 100 index closed higher. "
         "Fitch Ratings upgraded Ukraine to CCC+ from RD, and Poland kept its A2 rating. The EU 27 met."),
        {"S&P 500", "STOXX 600", "Japan", "Nikkei", "FTSE 100", "Fitch Ratings", "EU"},
        {"S&P", "STOXX", "FTSE", "CCC+", "RD", "A2", "EU 27"},
        id="a_stock_indexs_number_is_its_names_a_credit_rating_is_none"),
    pytest.param(
        ("Viasna and Human Rights Watch said so. Novelist Sasha Filipenko's book \"The Former Son\" was banned. The Pope's "
         "envoy met Patriarch Kirill, and later the Patriarch spoke."),
        {"Viasna", "Human Rights Watch", "Sasha Filipenko", "The Former Son", "Kirill"},
        {"Viasna and Human Rights Watch", "Son", "Pope", "Patriarch"},
        id="a_name_and_a_bodys_whole_name_are_two_a_quoted_title_keeps_a_titles_word_and_the_pope_is_no_name"),
    pytest.param(
        "Together, Poland and Lithuania built it. Otherwise, Latvia and Estonia will act. Amazon, Ericsson and Nokia left Minsk.",
        {"Lithuania", "Latvia", "Estonia", "Amazon", "Ericsson", "Nokia"},
        {"Together", "Otherwise"},
        id="a_sentence_first_adverb_before_a_list_of_names_is_no_item_of_it"),
    pytest.param(
        "Russian Strike On Ternopil Kills 26\n\nWIDER IMAGE-Life On The Front Line In Pokrovsk\n\nTENNIS-Sabalenka Reaches Final In Riyadh",
        {"Ternopil", "Pokrovsk", "Sabalenka", "Riyadh"},
        {"26", "WIDER", "WIDER IMAGE", "TENNIS"},
        id="a_headlines_number_and_more_wire_slugs_are_no_names"),
    pytest.param(
        "Rapeseed and soybeans from Odesa sold. Canola prices rose. The Nord Stream 2 pipeline was never used.",
        {"Odesa", "Nord Stream 2"},
        {"Rapeseed", "Canola", "Nord Stream"},
        id="commodities_the_word_lists_lack_and_a_sentence_first_article_before_a_numbered_name"),
    pytest.param(
        "Mr Tusk and Mrs Merkel met in Vilnius. Later the tusk of a mammoth was shown.",
        {"Tusk", "Merkel", "Vilnius"},
        {"Mr Tusk", "Mrs Merkel"},
        id="a_word_after_an_honorific_is_a_surname"),
    pytest.param(
        ("The troupe came to the Podlasie Opera and Philharmonic on Friday. The Odesa National Academic Theatre of Opera "
         "and Ballet reopened. The Lviv Opera and the Kyiv Philharmonic played."),
        {"Podlasie Opera and Philharmonic", "Odesa National Academic Theatre of Opera and Ballet", "Lviv Opera", "Kyiv Philharmonic"},
        {"Podlasie Opera", "Philharmonic", "Lviv Opera and the Kyiv Philharmonic"},
        id="a_house_named_by_two_stage_arts_is_one_name"),
    pytest.param(
        "Missiles including the Kinzhal hit Kyiv. Electric vehicles such as the Tesla sold well, and systems like Starlink helped.",
        {"Tesla", "Starlink"},
        {"Kinzhal"},
        id="a_weapons_example_is_a_model_a_civil_things_example_its_makers_name"),
    pytest.param(
        ("Owned by the group Vilniaus prekyba, the chain grew, he told the Verslo zinios daily. The Kauno tiltai company "
         "built it. In the Dnipro oblast and the Hrodno voblast, power was cut. Voters switched to SD."),
        {"Vilniaus prekyba", "Verslo zinios", "Kauno tiltai", "Dnipro", "Hrodno", "SD"},
        {"Vilniaus", "Verslo", "Kauno", "Dnipro oblast", "Hrodno voblast"},
        id="a_lithuanian_genitive_and_the_lower_case_noun_after_it_are_one_name"),
    pytest.param(
        ("Navalny died in the IK-6 penal colony in Melekhovo. Covid cases rose.\n\n"
         "Reporting by Mark Trevelyan; Editing by Alison Williams"),
        {"IK-6", "Melekhovo", "Mark Trevelyan", "Alison Williams"},
        {"Covid", "Editing", "Trevelyan", "Williams"},
        id="penal_colonies_diseases_and_credit_lines"),
    pytest.param(
        "UPDATE 2-Latvia closes border crossings\n\nFACTBOX-What we know about the Kerch attack\n\nAnalysis-Nauseda's new test",
        {"Latvia", "Kerch", "Nauseda"},
        {"UPDATE", "FACTBOX-What", "Analysis-Nauseda"},
        id="a_wires_slug_before_its_headline"),
    pytest.param(
        ("\"We left,\" said Ilze, 71. \"Nice lights,\" said Ruta, a teacher from Antakalnis. Grand Duke Vytenis built it. Ruta Vaitkiene spoke, "
         "and \"No,\" said Vaitkiene, a nurse."),
        {"Antakalnis", "Vytenis", "Ruta Vaitkiene"},
        {"Ruta", "Ilze", "Grand Duke Vytenis", "Vaitkiene"},
        id="a_given_name_said_with_an_apposition_and_a_dukes_title"),
    pytest.param(
        ("Moldova Offers EU-Funded Supplies\n\nFarm Minister Jan Nowak of the Polish Farmers' Party met them. The "
         "Liberia-flagged MV Sea Breeze left the Izmir-based port. Prices rose to 50 EUR. Tests at B1 level began; "
         "leaders of the G7 met. Azeris and Abkhaz marched, and the soldier gave only his call sign, Lemko. The Public "
         "Defender, Nino Gelashvili, said so."),
        {"EU", "Jan Nowak", "Polish Farmers' Party", "Liberia", "Sea Breeze", "Izmir", "G7", "Lemko", "Nino Gelashvili"},
        {"EU-Funded", "Jan Nowak of the Polish Farmers' Party", "MV Sea Breeze", "EUR", "B1", "Azeris", "Abkhaz",
         "Public Defender"},
        id="participles_after_names_offices_before_of_ship_prefixes_currencies_levels_peoples_and_apposed_titles"),
    pytest.param(
        "Council Adopts 12th Aid Package, Bans Belarusian Potash and Targets Grodno Azot\n\nThe 5th Tank Brigade held.",
        {"Grodno Azot", "5th Tank Brigade"},
        {"Council Adopts", "Aid Package", "Bans Belarusian Potash and Targets Grodno Azot"},
        id="an_ordinal_in_a_title_case_headline"),
    pytest.param(
        ("Farmers will march before Fat Thursday. The deal, known as the Deep and Comprehensive Free Trade Area, "
         "helps. Lithuanian Radio 2 and the Sport 3 channel will broadcast it; Group 4 did not."),
        {"Deep and Comprehensive Free Trade Area", "Lithuanian Radio 2", "Sport 3"},
        {"Fat", "Fat Thursday", "Deep", "Comprehensive Free Trade Area", "Lithuanian Radio", "Group 4"},
        id="days_named_by_a_word_ordinary_words_joined_by_and_and_numbered_stations"),
    pytest.param(
        ("Crowds blocked Chavchavadze Avenue and said they would return to Chavchavadze. Zorya won and Dnipro lost "
         "before the Zorya-Dnipro derby. Gas flows via the Siret-Balti-Chisinau pipeline; Balti is small and Chisinau "
         "big. The EU said so, Belarus denied it, and the EU-Belarus border stayed shut. He lives in the "
         "Ivano-Frankivsk region."),
        {"Chavchavadze Avenue", "Zorya", "Dnipro", "Siret", "Balti", "Chisinau", "EU", "Ivano-Frankivsk"},
        {"Chavchavadze", "Zorya-Dnipro", "Siret-Balti-Chisinau", "Belarus", "Ivano", "Frankivsk"},
        id="a_streets_short_repeat_and_names_joined_by_hyphens"),
    pytest.param(
        "Councillor Janis Berzins of the Honour to Serve! party spoke. \"Why?\" she asked. Yes! Rezekne voted.",
        {"Janis Berzins", "Honour to Serve!", "Rezekne"},
        {"Honour to Serve", "Yes"},
        id="an_exclamation_mark_inside_a_name"),
    pytest.param(
        "Free Democrats and Latvija 300, the junior partner, lost seats. Prime Minister and Tusk met.",
        {"Free Democrats", "Latvija 300"},
        {"Prime Minister", "Democrats"},
        id="a_title_case_pair_at_a_sentences_start_listed_with_a_name"),
    pytest.param(
        ("Hackers Hit Registers In Largest Cyber Attack\n\nA cyber attack hit registers. Amazon's security unit "
         "Zorwell said so. Children's rights commissioner Mykola Kuleba spoke. Bykau, named People's Writer of "
         "Belarus, wrote books."),
        {"Amazon", "Zorwell", "Mykola Kuleba", "Bykau"},
        {"Cyber", "Children", "People", "People's Writer of Belarus"},
        id="words_the_text_writes_in_lower_case_owners_of_units_and_honorifics"),
    pytest.param(
        "Brokers at Coutt's of Edinburgh said so, and Russia's Ministry of Defence denied it.",
        {"Coutt's of Edinburgh", "Ministry of Defence"},
        {"Coutt", "Edinburgh", "Russia's Ministry of Defence"},
        id="a_possessive_before_of_is_a_firms_name"),
    pytest.param(
        ("He was awarded the Order of Bohdan the Great. Deputy Prime Minister for European Integration Olha Koval met "
         "Ihar Losik, a blogger for Radio Free Europe/Radio Liberty."),
        {"Order of Bohdan the Great", "Olha Koval", "Ihar Losik", "Radio Free Europe/Radio Liberty"},
        {"Great", "European Integration Olha Koval", "Order of Bohdan"},
        id="an_order_named_after_a_ruler_and_a_portfolio_after_for"),
    pytest.param(
        "The Metropolis of Kyiv and All Ukraine wrote, and Ukraine's Metropolis of Lviv answered.",
        {"Metropolis of Kyiv and All Ukraine", "Metropolis of Lviv"},
        {"All Ukraine", "Metropolis of Kyiv"},
        id="a_see_of_a_city_and_all_a_land"),
    pytest.param(
        "Green Cross volunteers brought food. The Vistula froze, and Heavy Rain fell on Gdynia.",
        {"Vistula", "Gdynia"},
        {"Cross", "Rain"},
        id="two_ordinary_words_in_title_case_at_a_sentences_start"),
    pytest.param(
        ("Feed the Future, which runs kitchens in Kharkiv, said so. Residents of the Arkadia district left. Russia "
         "fired 30 KAB glide bombs."),
        {"Feed the Future", "Kharkiv", "Arkadia"},
        {"Future", "Residents of the Arkadia", "KAB"},
        id="a_name_with_the_that_a_relative_clause_follows_and_bombs_by_kind"),
    pytest.param(
        ("UNESCO put it on its list of World Heritage in Danger. The Estonian Jewish Community said so. Supporters in "
         "the Riigikogu cheered, and the International Criminal Court in The Hague ruled."),
        {"UNESCO", "World Heritage in Danger", "Estonian Jewish Community", "Riigikogu", "International Criminal Court",
         "The Hague"},
        {"World Heritage", "Danger", "Jewish Community", "Supporters in the Riigikogu"},
        id="ordinary_words_in_an_ordinary_word_and_communities"),
    pytest.param(
        ("\"I've waited ten years. I'm tired, and We'll see,\" said Olga Zorina of Hrodna. "
         "Her memoir appeared in Lithuanian and Czech, and later came out into Polish, French and Dutch. "
         "The Karaites' prayer house in Trakai reopened, and the Uzbeks' consul came to Vilnius."),
        {"Olga Zorina", "Hrodna", "Trakai", "Vilnius"},
        {"I've", "I'm", "We'll", "Czech", "Dutch", "Karaites", "Uzbeks"},
        id="contractions_languages_listed_with_peoples_and_a_peoples_possessive"),
    pytest.param(
        ("Nurses in Tartu held signs reading \"Fair Pay, Safe Wards\" and \"Enough Is Enough\" in Kadrioru park and Vingio parkas, "
         "and students chanted \"Free Georgia\". "
         "They walked from Raekoja plats along Vabaduse valjak to Kalvariju gatve, where Mindaugas Jurkus spoke."),
        {"Tartu", "Raekoja plats", "Vabaduse valjak", "Kalvariju gatve", "Mindaugas Jurkus", "Kadrioru", "Vingio parkas"},
        {"Safe Wards", "Enough Is Enough", "Vabaduse", "Kalvariju", "Free Georgia", "Georgia"},
        id="slogans_listed_in_quotes_and_local_street_nouns"),
    pytest.param(
        ("A survey by CBoS put KO ahead, and the games stream on Go3 and Nova 24 in Latvia. "
         "Covid-19 and GDP figures came from the ECB."),
        {"CBoS", "KO", "Go3", "Latvia", "ECB"},
        {"Covid-19", "Covid", "GDP"},
        id="mixed_case_letters_and_a_word_with_a_number_name_bodies"),
    pytest.param(
        "Dinamo Tbilisi beat Torpedo Kutaisi 2-0, and fans celebrated in Tbilisi's Freedom Square until midnight.",
        {"Dinamo Tbilisi", "Tbilisi", "Freedom Square"}, set(),
        id="a_place_owning_a_place_is_no_clubs_surname"),
    pytest.param(
        ("Order and Truth (OiP), the ruling party, lost seats. Second Front, the movement of veterans, marched in Chisinau. "
         "Fresh Start, one of the parties in parliament, walked out, and the Renewal of Deputy Speaker Ion Ceban abstained. "
         "The bill was backed by Hope and Dignity in the vote. The Interior and Finance ministries disagreed, and "
         "the text went into German, French and Polish."),
        {"Order and Truth", "OiP", "Second Front", "Chisinau", "Fresh Start", "Renewal", "Ion Ceban", "Hope and Dignity"},
        {"Order", "Front", "Start", "Hope", "Interior and Finance", "French", "French and Polish"},
        id="parties_named_by_ordinary_words"),
    pytest.param(
        "Emirati and Omani mediators met Cypriot, Slovene and Kosovar diplomats in Abu Dhabi, said Lars Vinter.",
        {"Abu Dhabi", "Lars Vinter"}, {"Emirati", "Omani", "Cypriot", "Slovene", "Kosovar"},
        id="peoples_no_suffix_rule_derives"),
    pytest.param(
        ("Rangers of the Polesie Wetlands and Wildlife Nature Reserve counted storks, and the Estonian Public "
         "Broadcasting and Film Centre filmed them for Human Rights Watch and Amnesty International."),
        {"Polesie Wetlands and Wildlife Nature Reserve", "Estonian Public Broadcasting and Film Centre",
         "Human Rights Watch", "Amnesty International"},
        {"Polesie Wetlands", "Wildlife Nature Reserve", "Film Centre"},
        id="fields_joined_inside_a_bodys_or_places_name"),
    pytest.param(
        ("\"Children of Minsk\", Ihar Babkou's memoir of the 1990s, was reprinted in Hrodna. The Minsk band Palina sang "
         "\"Zimovaya dzyauchyna\", a ballad. Schools joined the Books from Poland initiative run by Kasia Nowak."),
        {"Children of Minsk", "Ihar Babkou", "Hrodna", "Palina", "Zimovaya dzyauchyna", "Books from Poland", "Kasia Nowak"},
        {"Children", "Zimovaya", "Books"},
        id="titles_by_their_author_in_their_own_language_and_schemes_from_a_place"),
    pytest.param(
        ("Pro-opposition Mtavari Arkhi closed in April. Anti-Kremlin Novaya Gazeta moved to Riga. "
         "Kyiv bought the Falcon air defence system, said Olena Moroz of Kharkiv Machine Building Cluster."),
        {"Mtavari Arkhi", "Novaya Gazeta", "Riga", "Olena Moroz", "Kharkiv Machine Building Cluster"},
        {"Pro-opposition Mtavari Arkhi", "Anti-Kremlin Novaya Gazeta", "Falcon", "Machine Building Cluster"},
        id="prefixed_adjectives_products_of_a_kind_and_clusters"),
    pytest.param(
        ("Lech Poznan beat Wisla Krakow in the Queen Jadwiga Cup. Fans filled the streets of Poznan, and the "
         "Krakow city council paid for the trip. Block No. 3 of the plant stopped, said Pope Leo XIV."),
        {"Lech Poznan", "Wisla Krakow", "Queen Jadwiga Cup", "Poznan", "Krakow", "Leo XIV"},
        {"No", "Jadwiga Cup", "Pope Leo XIV"},
        id="a_thing_named_after_a_queen_a_listed_place_of_a_club_and_number_signs"),
    pytest.param(
        ("Storm Olga closed the port of Ventspils. Insurers said storms like Olga cost more each year; the storm, "
         "named Olga by forecasters, followed one dubbed Tomas. Aid came from the Baltic Endowment for Culture."),
        {"Storm Olga", "Olga", "Ventspils", "Baltic Endowment for Culture"},
        {"Baltic Endowment", "Culture"},
        id="storms_by_their_given_names_and_endowments"),
    pytest.param(
        ("Return Home Safe, the veterans' charity, raised money in Lutsk. Meanwhile Tusk, the party leader, "
         "spoke in Gdansk."),
        {"Return Home Safe", "Lutsk", "Tusk", "Gdansk"},
        {"Home Safe", "Meanwhile Tusk"},
        id="ordinary_words_an_apposition_makes_a_body"),
    pytest.param(
        ("The Lviv band Vopli won a prize at home, where the awards are called the local Oscars, for the year's best "
         "rock record on Friday, \"Rock-n-roll\", recorded in Odesa."),
        {"Lviv", "Vopli", "Rock-n-roll", "Odesa"},
        {"Oscars"},
        id="a_hyphened_title_in_lower_case_and_award_plurals"),
    pytest.param(
        "Voters backed Latvia 2030, the new party of Ivars Berzins, while Lithuania 2024, the year of the vote, saw a low turnout.",
        {"Latvia 2030", "Ivars Berzins"}, {"Lithuania 2024"},
        id="a_year_ends_a_partys_name"),
    pytest.param(
        "Freight on the China-Europe line and Turkey-Japan flights grew, said Ayse Demir in Ankara.",
        {"Ayse Demir", "Ankara"}, {"China-Europe", "Turkey-Japan"},
        id="two_listed_places_joined_before_a_noun"),
    pytest.param(
        "Tempo, the Estonian shoe brand, and Frost, a frozen food retailer, opened shops in Tartu.",
        {"Tempo", "Frost", "Tartu"}, set(),
        id="a_brand_or_a_retailer_in_an_apposition"),
    pytest.param(
        ("Competitors Elisa Eesti and Telia said users swapped SIM cards and eSIM plans. Tallinn-listed Enefit "
         "and Riga-made Printful grew. Dockers Union, the port workers' union, agreed."),
        {"Elisa Eesti", "Telia", "Tallinn", "Enefit", "Riga", "Printful", "Dockers Union"},
        {"Competitors Elisa Eesti", "SIM", "Tallinn-listed Enefit"},
        id="a_plural_before_a_name_technical_letters_and_listed_places"),
    pytest.param(
        ("Freedom at Last, a new liberal party, and the Civic Unity Bloc ran in Balti. The Civic bloc came second. "
         "Software from Kalev, a Tallinn company, and analysts at Molfar, a research group, helped."),
        {"Freedom at Last", "Civic Unity Bloc", "Balti", "Kalev", "Tallinn", "Molfar"},
        {"Civic", "Last", "Software from Kalev", "analysts at Molfar"},
        id="ordinary_words_an_apposition_joins_and_a_blocs_short_mention"),
    pytest.param(
        ("A Wizz Air plane landed in Kaunas; its Airbus planes are new. Swedish AWACS planes, Gripen fighter jets "
         "and ASC 890 surveillance planes flew over Gotland."),
        {"Wizz Air", "Kaunas", "Airbus", "Gotland"},
        {"AWACS", "Gripen", "ASC"},
        id="an_airline_or_maker_before_a_plane_and_models_before_warplanes"),
    pytest.param(
        ('The Alliance of Farmers "Green Fields" joined the Civic Union - Latvian Social Democrats, led by Ilze Ozola. '
         'The Freedom Party - "Now" said "No" to the plan.'),
        {'Alliance of Farmers "Green Fields"', "Civic Union - Latvian Social Democrats", "Ilze Ozola"},
        {"Alliance of Farmers", "Green Fields", "Civic Union", "Social Democrats"},
        id="a_bodys_quoted_motto_and_its_second_name_after_a_dash"),
    pytest.param(
        ("The bill went to the Senate, and Marek Nowicki said it broke the Constitution. Tankers from the Gulf "
         "docked in Gdansk. The Commission and the West objected."),
        {"Senate", "Marek Nowicki", "Constitution", "Gulf", "Gdansk"},
        {"Commission", "West"},
        id="the_one_chamber_charter_or_gulf_the_press_means"),
    pytest.param(
        "The Czech Senate voted first, and the Senate's speaker said the Senate would wait.",
        {"Czech Senate"}, {"Senate"},
        id="the_chamber_repeating_a_longer_name"),
    pytest.param(
        "The 93rd Brigade in Siversk uses Marder vehicles and a Stryker armoured vehicle, said Taras Melnyk.",
        {"93rd Brigade", "Siversk", "Taras Melnyk"}, {"Marder", "Stryker"},
        id="vehicle_models"),
    pytest.param(
        "Lviv asked for more Hawk and NASAMS-2 systems, and Odesa for Skynex or S-300 systems, said Ivan Hnatyshyn.",
        {"Lviv", "Odesa", "Ivan Hnatyshyn"}, {"Hawk", "Skynex"},
        id="models_listed_before_systems"),
    pytest.param(
        "Chile has sent aid. Chilean firefighters landed in Lisbon. Police have closed roads, said Rui Costa.",
        {"Chile", "Lisbon", "Rui Costa"}, {"Police", "Chilean"},
        id="a_land_whose_people_the_text_names"),
    pytest.param(
        ('Minsk Court Jails Blogger as Police Call Him "Extremist"\n\nThe blogger Ihar Ilyash posted on X. '
         "Tsitsenka said A. Lukin was in Hrodna."),
        {"Ihar Ilyash", "X", "Lukin", "Hrodna"},
        {"Minsk Court Jails Blogger", "Police Call Him", "Court Jails Blogger"},
        id="a_headline_ending_in_a_quote_and_the_platforms_letter_ending_a_sentence"),
    pytest.param(
        "Mayor Alexandr Cojocaru, 61, of Cahul met elders.",
        {"Alexandr Cojocaru", "Cahul"}, {"Cojocaru"},
        id="a_given_name_that_looks_like_a_lands_people"),
    pytest.param(
        "Deputy Prime Minister for Decentralisation Victor Moraru and Minister of Culture Sergiu Prodan met in Orhei.",
        {"Victor Moraru", "Sergiu Prodan", "Orhei"}, {"Decentralisation Victor Moraru", "Moraru"},
        id="a_portfolio_no_list_knows_before_its_holder"),
    pytest.param(
        "The U.S. Federal Aviation Administration and the U.S. Coast Guard Academy wrote to Olha Zhuk.",
        {"Federal Aviation Administration", "Coast Guard Academy", "Olha Zhuk"},
        {"U.S. Federal Aviation Administration", "U.S. Coast Guard Academy"},
        id="a_known_countrys_letters_with_full_stops"),
    pytest.param(
        ("Gukesh won the Tallinn Rapid and Blitz on Monday, and a plaque goes up on the Day of Unity and Remembrance "
         "next year. Aid came from the United Nations and Turkey; shops sell Belomor Gold and Fest."),
        {"Gukesh", "Tallinn Rapid and Blitz", "United Nations", "Turkey", "Belomor Gold", "Fest"},
        {"Tallinn Rapid", "Blitz", "Day of Unity", "Remembrance", "Day of Unity and Remembrance", "United Nations and Turkey"},
        id="longer_names_of_ordinary_words_joined_by_and_and_holidays"),
    pytest.param(
        "Officials warned of a revolution on the Euromaidan model, said Levan Beridze, as Geran models hit Poti.",
        {"Euromaidan", "Levan Beridze", "Poti"}, {"Geran"},
        id="a_place_as_a_model"),
    pytest.param(
        ("The Kobzar cargo plane flew to Hostomel. The paper is printed at the Kauno spaustuve plant and the "
         "Liepajas tipografija press, near the Kaliningrad exclave, with hypersonic Kinzhal missiles overhead."),
        {"Kobzar", "Hostomel", "Liepajas tipografija", "Kaliningrad"},
        {"Liepajas", "Kaliningrad exclave", "Kinzhal", "Kinzhal hypersonic"},
        id="a_plane_named_as_cargo_and_baltic_nouns_written_without_their_letters"),
    pytest.param(
        "Its bureaus in Baku and Tehran cover the region, while Nordic and Baltic leaders meet, said Ole Berg.",
        {"Baku", "Tehran", "Ole Berg"}, {"Nordic", "Baltic"},
        id="a_place_listed_after_a_place_before_a_verb"),
    pytest.param(
        "A handler known only as Andrei paid him, said Tomas Jonaitis; his brother Pavel was not charged.",
        {"Andrei", "Tomas Jonaitis"}, {"Pavel"},
        id="a_person_known_by_a_given_name_alone"),
    pytest.param(
        "Associated Press writer Jan Olsen contributed. Daily Telegraph correspondent Ruth Kay was in Sumy.",
        {"Associated Press", "Jan Olsen", "Daily Telegraph", "Ruth Kay", "Sumy"}, {"Press", "Telegraph"},
        id="a_body_before_its_members_role_and_name"),
    pytest.param(
        "By Olena Harmash, BBC Ukrainian\n\nBy Tomas Dapkus\n\nIn the town of Kupiansk, shelling went on.",
        {"Olena Harmash", "BBC Ukrainian", "Tomas Dapkus", "Kupiansk"},
        {"By Tomas Dapkus", "By Olena Harmash", "BBC"},
        id="bylines_are_no_headlines"),
    pytest.param(
        "How the Baltic Nations Prepare for Winter\n\nOSLO, May 2 - Norway's Arctic policy worries Moscow, said Ida Lund.",
        {"Norway", "Ida Lund"}, {"Baltic", "Arctic", "Baltic Nations"},
        id="a_listed_adjective_in_a_headline"),
    pytest.param(
        ("* ALES PUSHKIN - Curator for Lavka Gallery, jailed in 2021. Editor of the Nasha Niva Weekly, freed in June.\n\n"
         "Sources: Viasna, Reuters, Belarusian Helsinki Committee\n\nAnalysis: Why the Nordic Countries Arm Themselves"),
        {"Lavka Gallery", "Nasha Niva Weekly", "Viasna", "Reuters", "Belarusian Helsinki Committee"},
        {"Curator for Lavka Gallery", "Editor of the Nasha Niva Weekly", "Nordic Countries Arm Themselves", "Countries Arm Themselves"},
        id="a_role_at_a_body_and_a_label_line"),
    pytest.param(
        "RIGA - Three were freed.\n\n* ANDREI POCZOBUT - Journalist, jailed in 2021.\n\n* MARFA RABKOVA - Rights defender.",
        {"ANDREI POCZOBUT", "MARFA RABKOVA"}, {"RIGA"},
        id="names_in_capitals_in_a_factbox_and_a_dateline"),
    pytest.param(
        "Liberty Square, the old town's main square, was closed. Pupils of Hrodna's Gymnasium No. 2 marched.",
        {"Liberty Square", "Hrodna", "Gymnasium No. 2"}, {"Gymnasium No", "Gymnasium"},
        id="a_square_by_its_apposition_and_a_numbered_school"),
    pytest.param(
        "Wheat went to Egypt, Jordan, Turkey and China, then to Chile and Turkey, and the bill was backed by Order and Justice.",
        {"Egypt", "Jordan", "Turkey", "China", "Chile", "Order and Justice"}, {"Turkey and China", "Chile and Turkey"},
        id="the_last_two_items_of_a_list"),
    pytest.param(
        ("The Unity Party and the Harmony Party won seats in Daugavpils. Unity leader Aiva Berzina spoke; "
         "Harmony came second. The Centre said nothing."),
        {"Unity Party", "Harmony Party", "Daugavpils", "Unity", "Aiva Berzina", "Harmony"},
        {"Centre"},
        id="a_partys_short_name_standing_alone"),
    pytest.param(
        "Farmers get aid under the Harvest 500 Plus programme, and the 300 Plus school grant rises, said Anna Zych.",
        {"Harvest 500 Plus", "Anna Zych"}, {"Plus", "Harvest"},
        id="a_scheme_with_a_number_inside_its_name"),
    pytest.param(
        "U.S. Vice President Mike Dorn and Hegumen Pavlo met Abbot Ioan at the Lavra, said Archimandrite Luka.",
        {"Mike Dorn", "Pavlo", "Ioan", "Lavra", "Luka"},
        {"U.S.", "U.S. Vice President Mike Dorn", "Hegumen Pavlo", "Abbot Ioan", "Archimandrite Luka"},
        id="a_known_countrys_officer_and_monastic_titles"),
    pytest.param(
        "WHO PAYS NOW?\n\nThe plan was drafted in Tallinn by Kadri Tamm.\n\nWHAT COMES NEXT?\n\nLeaders meet in Riga.",
        {"Tallinn", "Kadri Tamm", "Riga"}, {"PAYS NOW", "WHO PAYS NOW", "COMES NEXT", "WHAT COMES NEXT"},
        id="subheads_in_capitals"),
    pytest.param(
        'The Union of Farmers "For Land',
        set(), {'Union of Farmers "For Land'},
        id="an_unclosed_quote_after_a_body_ends_the_text"),
    # Sentences written for the failure classes of news-dev33, none taken from it.
    pytest.param(
        ("Zaglebie Lubin drew with Korona Kielce. Zaglebie stay fifth, and Lubin fans booed; the Korona striker "
         "scored. Kielce officials praised him. Olya Renko was jailed; \"Free Olya\", fans chanted, and Renko fans wept."),
        {"Zaglebie Lubin", "Zaglebie", "Lubin", "Korona Kielce", "Korona", "Kielce", "Olya Renko"},
        {"Renko", "Olya"},
        id="a_clubs_city_alone_beside_its_short_name_but_no_surname"),
    pytest.param(
        ("A court jailed the poet Nastia Lutak. Outside, crowds chanted \"Nastia is innocent\" and \"Free Lutak\"; "
         "her husband said: \"We wait for Nastia every day.\" Hrodna Azot said: \"The sacks came from Hrodna.\""),
        {"Nastia Lutak", "Hrodna"}, {"Nastia"},
        id="a_persons_given_name_alone_inside_a_chant_or_quote"),
    pytest.param(
        ("Fans in Lviv cheered the singer Oleh Pavlyk. \"Olezhko, you are our hope,\" one placard read; \"Lviv, you "
         "are free,\" read another."),
        {"Oleh Pavlyk", "Lviv"}, {"Olezhko"},
        id="a_person_addressed_by_a_nickname_inside_a_quote"),
    pytest.param(
        ("Buyers in Gdansk want Chinuri, a crisp white grown near Mtskheta, and Ojaleshi and Aleksandrouli, dry reds "
         "from Racha; Kakheti, the wine region, sells Chinuri too. Russia's regulator, Alkonadzor, has repeatedly "
         "banned Georgian wine."),
        {"Gdansk", "Mtskheta", "Racha", "Kakheti", "Alkonadzor"}, {"Chinuri", "Ojaleshi", "Aleksandrouli"},
        id="a_grape_or_a_wine_named_by_its_apposition"),
    pytest.param(
        "The final airs on Canal+ Sport and Disney+, not on Polsat; pupils with C+ grades learn C++ at school.",
        {"Canal+ Sport", "Disney+", "Polsat"}, {"Canal", "Sport", "Disney", "C+", "C"},
        id="a_brand_ending_in_a_plus"),
    # Sentences written for the failure classes of news-blind8, none taken from it.
    pytest.param(
        ("Parish priest Fr Andrei Rusu and the Rev. Tomas Zemaitis prayed; Brigadier General Anna Ruud and "
         "Brig. Gen. Ole Dahl watched with Corporal Ivan Petrenko and Sheikh Omar Nasser."),
        {"Andrei Rusu", "Tomas Zemaitis", "Anna Ruud", "Ole Dahl", "Ivan Petrenko", "Omar Nasser"},
        {"Fr Andrei Rusu", "Brigadier General Anna Ruud", "Brigadier", "Brig", "Corporal Ivan Petrenko", "Sheikh Omar Nasser"},
        id="a_clerics_or_officers_title_before_a_name"),
    pytest.param(
        "Grodno Court Jails Two Bloggers For Up To 12 Years\n\nA court in Hrodna jailed Ales Mikhnou for 12 years.",
        {"Hrodna", "Ales Mikhnou"}, {"12", "To 12"},
        id="a_headlines_preposition_before_a_number"),
    pytest.param(
        ("Water rose in Nysa. Downstream, the village of Lewin Brzeski was cut off. Further south, the town of "
         "Glucholazy, which flooded in 1997, reported no deaths."),
        {"Nysa", "Lewin Brzeski", "Glucholazy"}, {"Downstream", "Further", "Further south"},
        id="a_sentences_first_adverb_before_the_town_of_a_name"),
    pytest.param(
        ("The Latvian Truck Drivers' Union LATRA and the Estonian Farmers' Federation EPKK protested; the Polish "
         "Chess Federation PZSzach did not. Inter RAO and Belsat TV reported it."),
        {"Latvian Truck Drivers' Union", "LATRA", "Estonian Farmers' Federation", "EPKK", "Inter RAO", "Belsat TV"},
        {"Latvian Truck Drivers", "Union LATRA", "Federation EPKK", "Estonian Farmers"},
        id="a_bodys_acronym_after_its_full_name_is_a_name_of_its_own"),
    pytest.param(
        ("Riga's league has FK Auda 1967, HK Zemgale 2004 and BK Ogre; the EU 2030 targets were met. The Ukrainian "
         "Cyber Alliance and the Moldovan Agro Union protested, as did Belarusian Palina Sharenda-Panasiuk."),
        {"FK Auda 1967", "HK Zemgale 2004", "BK Ogre", "Ukrainian Cyber Alliance", "Moldovan Agro Union", "Palina Sharenda-Panasiuk"},
        {"FK Auda", "HK Zemgale", "EU 2030", "Cyber Alliance", "Agro Union", "Belarusian Palina Sharenda-Panasiuk"},
        id="a_clubs_founding_year_and_a_demonym_before_a_combining_form"),
    # Sentences written for the failure classes of news-dev34, none taken from it.
    pytest.param(
        ("PARNU, Estonia, May 2 (Reuters) - Captain Second Rank Oleg Sukhov met Grandmaster Eduard Rozum in Parnu. "
         "Unsurprisingly, both spoke. Regrettably, Euro 2028 and EuroHockey 2027 will be shown on Viasat Sport 2 "
         "only. Belarus Frees 31 Political Prisoners; Vilnius Marks 700 Years."),
        {"Oleg Sukhov", "Eduard Rozum", "Parnu", "Euro 2028", "EuroHockey 2027", "Viasat Sport 2"},
        {"Estonia", "Second Rank Oleg Sukhov", "Grandmaster Eduard Rozum", "Unsurprisingly", "Regrettably",
         "Euro", "EuroHockey", "Viasat Sport", "31", "700"},
        id="a_rank_a_dateline_country_an_adverb_an_events_year_and_a_channels_number"),
    pytest.param(
        ("* BALTIC CONNECTOR\n\nBalticconnector, a gas pipeline, links Inkoo and Paldiski.\n\n* IHAR KARNEI - Journalist, "
         "jailed in Hrodna."),
        {"Balticconnector", "Inkoo", "Paldiski", "IHAR KARNEI", "Hrodna"}, {"BALTIC CONNECTOR", "BALTIC", "CONNECTOR"},
        id="a_factbox_subhead_in_capitals"),
    pytest.param(
        ("The OSCE Representative on Freedom of the Media, Jan Braathu, and the U.N. Special Rapporteur on the Situation "
         "of Human Rights in Belarus, Nils Muiznieks, spoke; the UN Secretary-General agreed, as did the President of "
         "the European Commission, Mariia Orlova and US Special Envoy for Ukraine Keith Kellogg."),
        {"OSCE", "Jan Braathu", "U.N.", "Nils Muiznieks", "UN", "European Commission", "Mariia Orlova", "Keith Kellogg"},
        {"OSCE Representative", "Freedom of the Media", "U.N. Special Rapporteur", "Situation of Human Rights",
         "UN Secretary-General", "Special Envoy", "Ukraine Keith Kellogg"},
        id="an_office_named_after_its_body_and_its_field"),
    pytest.param(
        "Harmony Link, a planned 700-megawatt cable between Lithuania and Poland, is due by 2030.",
        {"Harmony Link", "Lithuania"}, {"Link", "Harmony"},
        id="ordinary_words_an_apposition_names_a_cable"),
    # Sentences written for the failure classes of news-dev34's third batch, none taken from it.
    pytest.param(
        ("Fitch Ratings and Moody's have cut the rating; S&P Global said Moody's was right, and Tusk's coalition "
         "agreed. Colonel Dmytro \"Kupol\" Kukharchuk spoke to Oksana Pavlenko."),
        {"Fitch Ratings", "Moody's", "S&P Global", 'Dmytro "Kupol" Kukharchuk', "Oksana Pavlenko"},
        {"Moody", "P Global", "Tusk's", "Dmytro", "Kupol", "Kukharchuk"},
        id="a_brand_in_the_possessive_an_ampersand_and_a_nickname_in_quotes"),
    pytest.param(
        ("Monsignor Jan Zajac blessed it. The Lithuanian Academy of Sciences' Institute of History and the Estonian "
         "Farmers' Federation agreed."),
        {"Jan Zajac", "Lithuanian Academy of Sciences", "Institute of History", "Estonian Farmers' Federation"},
        {"Monsignor Jan Zajac", "Lithuanian Academy of Sciences' Institute of History"},
        id="a_monsignor_and_a_whole_bodys_possessive_before_its_institute"),
    pytest.param(
        "In Grodno the Divine Liturgy and a Holy Mass marked Orthodox Christmas; Eastern Orthodoxy spread.",
        {"Grodno"}, {"Divine Liturgy", "Holy Mass", "Orthodox Christmas", "Eastern Orthodoxy"},
        id="a_rite_or_a_holiday_with_its_adjective"),
    # Sentences written for the failure classes of news-blind9, none taken from it.
    pytest.param(
        ("Tankers at Russian Baltic Sea terminals and Ukrainian Azov Sea ports; gales off Cape Kaliakra ground "
         "ferries. The R&D unit and the P&I cover stayed. The vote in Zabaykalsky Krai and the Indian Ocean."),
        {"Baltic Sea", "Azov Sea", "Cape Kaliakra", "Zabaykalsky Krai", "Indian Ocean"},
        {"Russian Baltic Sea", "Ukrainian Azov Sea", "Kaliakra", "R&D", "P&I", "Krai", "Indian"},
        id="a_demonym_before_a_places_name_a_cape_a_krai_and_acronyms_of_things"),
    pytest.param(
        ("\"We stay,\" said Valer Munteanu, 51, a grower. Buyers linked to North Korea's cruise missile "
         "programme and Russia's Kalibr missiles were named; fans watched on TV3, not as MP3 files."),
        {"Valer Munteanu", "North Korea", "TV3"}, {"Munteanu", "Kalibr", "MP3"},
        id="a_given_name_of_a_lands_stem_an_owner_before_a_weapon_and_a_tv_channels_number"),
    pytest.param(
        ("Polish Carmakers Rethink Their Plans\n\nNikos Pappas of the Hellenic Boatowners' Association met the "
         "European Olympic Qualification Committee in Sofia; priests of the Greek Catholic parish prayed."),
        {"Hellenic Boatowners' Association", "European Olympic Qualification Committee", "Sofia", "Nikos Pappas"},
        {"Rethink", "Hellenic Boatowners", "Olympic Qualification Committee", "Greek", "Greek Catholic"},
        id="a_compound_plural_possessive_a_prefixed_verb_and_a_demonym_before_a_proper_adjective"),
    pytest.param(
        "Riga Court Frees Ex-Parex Managers\n\nTwo ex-Wagner fighters and Ex-Minister Oleg Sokol were tried.",
        {"Parex", "Wagner", "Oleg Sokol"}, {"Ex-Parex", "ex-Wagner", "Ex-Minister Oleg Sokol"},
        id="a_name_after_ex"),
    pytest.param(
        "WHAT HAPPENED?\n\nTrains from Kena stopped.\n\nWHO PAYS?\n\nThe EU pays.\n\nNATO SUMMIT\n\nLeaders met in Riga.",
        {"Kena", "Riga"}, {"HAPPENED", "PAYS", "WHO"},
        id="an_explainers_short_subheads_in_capitals"),
    pytest.param(
        "Guards found cigarettes in a lorry at Terespol, Customs said. Sources said the lorry was Polish.",
        {"Customs", "Terespol"}, {"Sources"},
        id="a_capitalised_plural_that_speaks_inside_a_sentence"),
    pytest.param(
        "Nearby Borodianka, where the shelling was worst, held a service. Downstream Vylkove flooded.",
        {"Borodianka", "Vylkove"}, {"Nearby Borodianka", "Downstream Vylkove"},
        id="a_sentences_first_adverb_of_place_before_a_name"),
    # Sentences written for the failure classes of news-blind10 and news-blind11, none taken from them.
    pytest.param(
        ("Psalms were sung in Hebrew and Yiddish in Hrodna. The Baroque church and a Renaissance chapel in "
         "Nesvizh were restored; power there costs 9 cents per kWh. The Gothic Quarter of Girona drew crowds."),
        {"Hrodna", "Nesvizh", "Gothic Quarter", "Girona"}, {"Hebrew", "Yiddish", "Baroque", "Renaissance", "kWh"},
        id="languages_periods_styles_and_units_alone"),
    pytest.param(
        ("Braila's port grew. Romanian Transport Minister Ciprian Lupu said a berth would be built, and the grower "
         "Dorin Marcan agreed. Mexican, Moroccan, Chilean and Colombian buyers came."),
        {"Braila", "Ciprian Lupu", "Dorin Marcan"}, {"Lupu", "Transport Minister", "Mexican", "Colombian"},
        id="a_given_name_or_surname_in_ian_or_an_that_no_land_makes_a_peoples_word"),
    pytest.param(
        ("Soprano Daina Petraityte, 31, from Panevezys, sang the lead, with Tenor Lukas Mardosa. "
         "Composer Anna Tuma wrote it for the Violinist Ona Gerulaityte."),
        {"Daina Petraityte", "Panevezys", "Lukas Mardosa", "Anna Tuma", "Ona Gerulaityte"},
        {"Soprano Daina Petraityte", "Tenor Lukas Mardosa", "Composer Anna Tuma", "Violinist Ona Gerulaityte"},
        id="a_musicians_role_before_a_name"),
    pytest.param(
        ("Prices rose. EU Trade Commissioner Ana Lopes said in Brussels that it was done. OSCE Media Freedom "
         "Representative Jan Braathu and UN Human Rights Commissioner Volker Turk spoke."),
        {"EU", "Ana Lopes", "Brussels", "OSCE", "Jan Braathu", "UN", "Volker Turk"},
        {"EU Trade Commissioner Ana Lopes", "Trade Commissioner", "OSCE Media Freedom Representative Jan Braathu",
         "UN Human Rights Commissioner Volker Turk", "Human Rights Commissioner Volker Turk"},
        id="a_bodys_letters_its_officers_field_title_and_name"),
    pytest.param(
        "Plock Mayor Wins Second Term as Turnout Slumps in Run-off\n\nPLOCK, Poland, May 5 - Anna Lis won again in Plock.",
        {"Plock", "Anna Lis"}, {"Plock Mayor Wins Second Term", "Turnout Slumps", "Run-off"},
        id="a_title_case_headline_with_a_hyphenated_compound"),
    pytest.param(
        "The barges left the Izmail Sea Port at dawn; Gagauz and Kazakh traders watched.",
        {"Izmail Sea Port"}, {"Izmail Sea", "Gagauz", "Kazakh"},
        id="an_ordinary_word_is_no_people_of_a_land_named_after_it"),
    pytest.param(
        "The opera opened in the Palace of the Grand Dukes of Tuscany in Florence; Energy Minister Ana Rusu came.",
        {"Palace of the Grand Dukes of Tuscany", "Florence", "Ana Rusu"}, {"Dukes of Tuscany", "Energy Minister"},
        id="a_buildings_name_with_a_title_inside"),
    pytest.param(
        "Funds went to the Lower Silesian Voivodeship, the largest share, and to the Opole Voivodeship.",
        {"Lower Silesian Voivodeship", "Opole Voivodeship"}, {"Voivodeship", "Opole"},
        id="a_demonym_before_a_voivodeship"),
    pytest.param(
        "The Corpus Christi procession in Hlybokaye went ahead. Corpus Christi falls in June this year.",
        {"Hlybokaye"}, {"Corpus", "Corpus Christi", "Christi"},
        id="a_feasts_latin_name"),
    pytest.param(
        "The heat supplier Rigas siltums cut heating in Jelgava; Azovstal steelworks and Purcari winemakers were hit.",
        {"Rigas siltums", "Jelgava", "Azovstal", "Purcari"}, {"Rigas", "Azovstal steelworks", "Purcari winemakers"},
        id="a_latvian_second_word_in_lower_case_ending_in_s"),
    pytest.param(
        "Carers work in the Lombardy and Baden-Wurttemberg regions; the EU-Ukraine border talks and Belarus-Lithuania trade stalled.",
        {"Lombardy", "Baden-Wurttemberg"}, {"EU-Ukraine", "Belarus-Lithuania", "Lithuania"},
        id="a_hyphenated_region_with_one_known_part_is_no_relation_of_two_names"),
    pytest.param(
        "Exiled Belarusian Theatre Stages \"Tutejshyja\" in Hrodna\n\nHe died in the crash of the Torpedo Ufa team plane, "
        "the U20 national team said. Vostok Chief Executive Ireneusz Fafara agreed.",
        {"Tutejshyja", "Hrodna", "Torpedo Ufa", "Vostok", "Ireneusz Fafara"},
        {"\"Tutejshyja\"", "U20", "Vostok Chief Executive Ireneusz Fafara"},
        id="a_headlines_quoted_play_a_team_plane_an_age_group_and_a_body_before_its_officer"),
    pytest.param(
        "Farmers will stay until St Nicholas Day or St. George's Day, and the North American bloc NAFTA and 40 Telegram channels "
        "backed them. Orchestras played Piano Concerto No. 2; Sakalou sat in Penal Colony No. 9 near the relics of Nestor the Chronicler.",
        {"NAFTA", "Telegram", "Penal Colony No. 9", "Nestor the Chronicler", "Sakalou"},
        {"St Nicholas Day", "St. George", "North American", "Piano Concerto No", "Penal Colony No", "Nestor", "Chronicler"},
        id="a_saints_day_a_regions_adjective_a_platform_after_a_number_numbered_works_and_prisons_and_an_epithet"),
    pytest.param(
        "The court ruled in the case of Kurt and Others v. Estonia. Dinamo v Shakhtar ended 2-2. Most members of the "
        "Lithuanian Farmers, Greens and Christian Families Union and the Ministry of Economy, Environment and Agriculture agreed.",
        {"Kurt and Others v. Estonia", "Dinamo", "Shakhtar", "Lithuanian Farmers, Greens and Christian Families Union",
         "Ministry of Economy, Environment and Agriculture"},
        {"Kurt", "Dinamo v Shakhtar", "Lithuanian Farmers", "Christian Families Union"},
        id="a_court_cases_name_and_a_listed_proper_adjective_in_a_bodys_name"),
    pytest.param(
        "He met Speaker of the Sejm Wlodzimierz Czarzasty on Monday. Chairman of the Seimas Saulius Skvernelis spoke.",
        {"Sejm", "Wlodzimierz Czarzasty", "Seimas", "Saulius Skvernelis"},
        {"Sejm Wlodzimierz Czarzasty", "Seimas Saulius Skvernelis"},
        id="an_office_of_a_body_before_its_holder"),
    pytest.param(
        "Governor of the National Bank of Ukraine Andriy Pyshnyi spoke. Chairwoman of the Central Election Commission Angelina Karas "
        "agreed. Minister Coordinator of Special Services Tomasz Siemoniak did not.",
        {"National Bank of Ukraine", "Andriy Pyshnyi", "Central Election Commission", "Angelina Karas", "Tomasz Siemoniak"},
        {"Special Services", "Central Election Commission Angelina Karas", "Special Services Tomasz Siemoniak"},
        id="an_office_of_the_body_keeps_the_body_an_office_of_a_field_does_not"),
    pytest.param(
        "Dinamo hit back through captain Sergei Drozd and Canadian defenseman Nick Bailen. Polish and Boyko villages burned.",
        {"Sergei Drozd", "Nick Bailen"}, {"Boyko", "Canadian"},
        id="a_surname_before_and_a_peoples_adjective_is_no_people"),
    pytest.param(
        "Ignitis Chief Financial Officer Jonas Rimavicius and Telia Lietuva Chief Executive Dan Strommer bid for the 3.6 GHz band. "
        "She switched from the Russian Chess Federation to the Polish Chess Federation; the Committee to Protect Journalists spoke.",
        {"Ignitis", "Jonas Rimavicius", "Telia Lietuva", "Dan Strommer", "Russian Chess Federation", "Polish Chess Federation",
         "Committee to Protect Journalists"},
        {"GHz", "Ignitis Chief Financial Officer Jonas Rimavicius", "Russian Chess Federation to the Polish Chess Federation"},
        id="bodies_before_their_officers_long_titles_a_unit_and_a_move_from_one_body_to_another"),
    pytest.param(
        "Monks Refuse to Leave Lavra\n\nKYIV, Nov 18 - The court ordered the church out of the Kyiv Pechersk Lavra, the monastery. "
        "Metropolitan Pavel, the Lavra's former abbot, is on trial.",
        {"Kyiv Pechersk Lavra", "Lavra", "Pavel"}, {"Leave Lavra"},
        id="a_name_that_starts_with_a_known_place_is_no_persons_and_its_last_word_alone_is_its_short_form"),
    pytest.param(
        "Insurers Lloyd's and AXA XL covered the cargo. Orlen fell after Moody's cut its outlook. "
        "Warsaw made Poczobut's release a condition; Tusk's and Macron's advisers met.",
        {"Lloyd's", "AXA XL", "Orlen", "Moody's"},
        {"Lloyd", "Moody", "Poczobut's", "Tusk's"},
        id="a_names_own_possessive_before_and_another_name_or_a_past_verb_and_its_object"),
    pytest.param(
        "Orlen CEO Ireneusz Fafara met Rep. Joe Wilson and Sen. Lindsey Graham.",
        {"Orlen", "Ireneusz Fafara", "Joe Wilson", "Lindsey Graham"}, {"Orlen CEO Ireneusz Fafara", "Sen", "CEO Ireneusz Fafara"},
        id="a_chief_executives_letters_and_lawmakers_abbreviated_titles"),
    pytest.param(
        "Artem Dovbyk scored twice in Serie A. The soldier, Aleksandr K., said so.",
        {"Artem Dovbyk", "Serie A"}, {"Aleksandr K", "Aleksandr"},
        id="a_leagues_letter_at_a_sentences_end_and_a_withheld_surname"),
    pytest.param(
        'Applicants must sing the anthem, "Dievs, sveti Latviju", in Riga. He sang "We will fight, and we will win" there.',
        {"Dievs, sveti Latviju", "Riga"}, {"Dievs", "Latviju", "We", "We will fight"},
        id="a_quoted_anthem_with_a_comma_and_a_name_inside"),
    pytest.param(
        "The PARE 1+1 programme helped. He told the news site 15min and the 1+1 channel; the 12th channel and a 15km site said nothing.",
        {"PARE 1+1", "15min", "1+1"}, {"PARE", "12th", "15km"},
        id="digits_in_a_schemes_name_and_an_outlet_named_by_a_number"),
    pytest.param(
        "Law and Justice (PiS), whose candidate Waldemar Buda lost, urged its voters to back Rzepecki.",
        {"Law and Justice", "PiS", "Waldemar Buda"}, {"Law", "Justice"},
        id="a_party_of_ordinary_words_first_in_a_sentence_before_its_letters"),
    pytest.param(
        "Miners protested in Katowice before Barborka; Belarusians marked Dziady in Kurapaty and Kupalle in Minsk.",
        {"Katowice", "Kurapaty"}, {"Barborka", "Dziady", "Kupalle"},
        id="the_regions_feasts_are_holidays"),
    pytest.param(
        "Shares in Bank Millennium rose 3%. Shares of PKO Bank Polski fell. Investors in Allegro cheered.",
        {"Bank Millennium", "PKO Bank Polski", "Allegro"}, {"Shares in Bank Millennium", "Shares", "in Allegro"},
        id="a_sentences_plural_noun_in_a_body"),
    pytest.param(
        "Two clubs will join the Belarusian Extraleague. Russian Greenpeace activists were detained in Nazi Germany's former camp.",
        {"Belarusian Extraleague", "Greenpeace"}, {"Extraleague", "Russian Greenpeace", "Nazi Germany"},
        id="a_peoples_word_before_a_compound_bodys_noun"),
    pytest.param(
        "Soldiers of the Iron Wolf Brigade of the Lithuanian Armed Forces trained. The Council of the European Union and the "
        "Ukrainian Orthodox Church of the Moscow Patriarchate spoke; the Wroblewski Library of the Lithuanian Academy of Sciences lent it.",
        {"Iron Wolf Brigade", "Lithuanian Armed Forces", "Council of the European Union", "Ukrainian Orthodox Church of the Moscow Patriarchate",
         "Wroblewski Library of the Lithuanian Academy of Sciences"},
        {"Iron Wolf Brigade of the Lithuanian Armed Forces", "Moscow Patriarchate", "Wroblewski Library"},
        id="a_bodys_part_of_the_whole_body_each_named_in_full"),
    pytest.param(
        "What Next for Moldova After Pro-EU Party Wins Majority?\n\nCHISINAU, Sept 29 - Moldova's ruling party won, said Igor Grosu.",
        {"Moldova", "Igor Grosu"}, {"Next for Moldova After Pro-EU Party Wins Majority", "Party Wins Majority", "Next"},
        id="a_question_headline_in_title_case"),
    pytest.param(
        "The Kremlin said a Putin-Trump summit in Budapest was possible.",
        {"Trump", "Budapest"}, {"Putin-Trump"},
        id="a_known_person_joined_to_another_name_before_a_noun"),
    pytest.param(
        "Holownia's Poland 2050 polled 4%, and Ukraine 2024 was hard.",
        {"Poland 2050"}, {"Ukraine 2024", "Holownia's Poland"},
        id="a_far_year_after_a_lands_name_is_a_partys"),
    pytest.param(
        "Biathlete Dmytro Pidruchnyi finished fifth in Ruhpolding.",
        {"Dmytro Pidruchnyi", "Ruhpolding"}, {"Biathlete Dmytro Pidruchnyi", "Biathlete"},
        id="a_sentences_first_role_no_list_knows_before_a_given_name"),
    pytest.param(
        'The documentary "20 Days in Mariupol" won an Oscar.',
        {"20 Days in Mariupol"}, {"Days in Mariupol", "Mariupol"},
        id="a_quoted_title_that_starts_with_a_number"),
    pytest.param(
        "Lawyers asked the Constitutional Court's Chamber of Civil Appeals to rule. The Prosecutor's Office declined.",
        {"Constitutional Court", "Chamber of Civil Appeals", "Prosecutor's Office"}, {"Constitutional Court's Chamber of Civil Appeals"},
        id="a_bodys_possessive_owns_another_body"),
    pytest.param(
        "The 92nd Assault Brigade of the National Guard of Ukraine held Kupiansk.",
        {"92nd Assault Brigade", "National Guard of Ukraine"}, {"92nd Assault Brigade of the National Guard of Ukraine"},
        id="a_named_unit_of_a_force_of_ordinary_words"),
    pytest.param(
        "The Observer Mission in Armenia (OMA) left Yerevan.",
        {"Observer Mission in Armenia", "OMA"}, {"Observer Mission"},
        id="a_mission_is_a_body"),
    pytest.param(
        "Paintings went to the Galleria degli Uffizi, the Palazzo dei Normanni and the Accademia delle Belle Arti.",
        {"Galleria degli Uffizi", "Palazzo dei Normanni", "Accademia delle Belle Arti"}, {"Galleria", "Uffizi", "Belle Arti"},
        id="italian_particles_inside_a_name"),
    pytest.param(
        "The contract went to Vilniaus keliai, a road builder.",
        {"Vilniaus keliai"}, {"Vilniaus"},
        id="a_lithuanian_plural_in_lower_case"),
    pytest.param(
        "Deminers from the Czech charity cleared the fields near Izium.",
        {"Izium"}, {"Deminers"},
        id="a_sentences_first_agent_of_de_and_a_listed_noun"),
    pytest.param(
        "Opposition politician Irakli Tsereteli entered the 12th day of a hunger strike.\n"
        "Tsereteli said he had also received a letter.\nPrime Minister Irakli Papuashvili called the strike blackmail.",
        {"Irakli Tsereteli", "Irakli Papuashvili"}, {"Tsereteli"},
        id="two_people_of_one_given_name_are_no_club_and_its_cities"),
    pytest.param(
        "The ruling party Georgian Dream and the movement Freedom for Moldova met in Batumi.",
        {"Georgian Dream", "Freedom for Moldova", "Batumi"}, {"Freedom", "Moldova"},
        id="a_body_named_with_for_after_its_noun_in_lower_case"),
    pytest.param(
        "Traders were calm. Harvest, Ukraine's biggest sugar producer, kept its plants open. Beacon, the rights group which "
        "monitors the courts of the region and of the capital, said nothing. Anchor, the conglomerate that runs the town's "
        "shops, cut prices. Later, the ministry that oversees ports said nothing. Yesterday, Poland's biggest bank paid.",
        {"Harvest", "Beacon", "Anchor"}, {"Later", "Yesterday", "Traders"},
        id="a_sentences_first_word_before_an_apposition_with_a_possessive_or_a_relative_clause"),
    pytest.param(
        "Pensioners living in Paldiski or Estonian villages nearby cross daily. Paldiski, a port of about 4,000, has a ferry. "
        "Polish and Boyko villages lie beyond the river.",
        {"Paldiski"}, {"Boyko"},
        id="a_place_listed_before_a_peoples_adjective_that_the_text_writes_as_a_noun"),
    pytest.param(
        "Shelling hit Velyka Pysarivka and Stara Huta overnight. Residents of Huta said the school burned; the road to Pysarivka was cut.",
        {"Velyka Pysarivka", "Stara Huta", "Huta", "Pysarivka"}, set(),
        id="a_slavic_places_new_or_old_is_no_given_name"),
    pytest.param(
        'The crowd sang "Put, vejini", a folk song. Fans sang "Mans dzimtais" and "Go team" at the arena.',
        {"Put, vejini", "Mans dzimtais"}, {"Put", "Go team", "Go"},
        id="a_foreign_title_in_sentence_case_whose_first_word_looks_english"),
    pytest.param(
        "Few agreed. Reviewer Agnieszka Wolny-Hamkalo praised the film. Broadcaster TV Republika called it propaganda. "
        "Columnist Witold Gadomski was unmoved. Critic Tomasz Raczek wrote on Facebook. Border Guard Service said so.",
        {"Agnieszka Wolny-Hamkalo", "TV Republika", "Witold Gadomski", "Tomasz Raczek", "Border Guard Service"},
        {"Reviewer Agnieszka Wolny-Hamkalo", "Broadcaster TV Republika", "Columnist Witold Gadomski", "Critic Tomasz Raczek",
         "Reviewer", "Columnist", "Critic"},
        id="a_sentences_first_noun_of_a_doer_before_a_name_is_its_role"),
    pytest.param(
        "Bondarchuk cited Croatia's experience after the Yugoslav wars. Yugoslavs emigrated.",
        set(), {"Yugoslav", "Yugoslavs"},
        id="a_peoples_word_the_lists_lack"),
    pytest.param(
        'Fans Ready Riga Arenas\n\n"Riga knows how to host a party," he said. Fans flew in from Riga International Airport.\n\n'
        "Dinamo Riga, which left the KHL, plays in the OHL. Shares rose on the Nasdaq Tallinn exchange. An analyst of the "
        "Tallinn-based Praxis said so.\n",
        {"Dinamo Riga", "Riga International Airport", "Riga", "Nasdaq Tallinn", "Tallinn"}, set(),
        id="a_listed_place_that_ends_a_name_stands_alone_where_it_heads_names_or_comes_before_based"),
    pytest.param(
        '"Old Town is the heart of Tallinn," the mayor said. Tourists crowd Tallinn Old Town. "Great Stone is the pearl of '
        'the project," he said of the China-Belarus Industrial Park Great Stone. Human Rights groups agreed.',
        {"Old Town", "Tallinn Old Town", "Great Stone", "China-Belarus Industrial Park Great Stone"}, {"Human Rights"},
        id="a_sentences_first_ordinary_words_that_end_a_longer_name_are_its_short_form"),
    pytest.param(
        "Cargoes came from Bosnia and Herzegovina and from Antigua and Barbuda; Saint Vincent and the Grenadines sent none. "
        "Poland and Lithuania agreed.",
        {"Bosnia and Herzegovina", "Antigua and Barbuda", "Saint Vincent and the Grenadines", "Lithuania"},
        {"Bosnia", "Herzegovina", "Antigua", "Barbuda", "Grenadines", "Poland and Lithuania"},
        id="a_country_of_two_lands_joined_by_and_where_two_listed_countries_stay_two"),
    pytest.param(
        'The bank runs a scheme called "Mieszkanie na Start"; its branch in Nowe Miasto nad Pilica opened.',
        {"Mieszkanie na Start", "Nowe Miasto nad Pilica"}, {"Mieszkanie", "Start", "Nowe Miasto", "Pilica"},
        id="slavic_na_and_nad_inside_a_name"),
    pytest.param(
        "Stop the War said it would march on Saturday. Yesterday the Council said so. Then the Ministry said no.",
        {"Stop the War"}, {"War", "Yesterday the Council", "Then the Ministry", "Council", "Ministry"},
        id="a_verbs_phrase_with_the_that_speaks_is_a_bodys_name"),
    pytest.param(
        "Statistics Lithuania (LSD) reported a rise. Statistics Estonia agreed. Statistics show a fall.",
        {"Statistics Lithuania", "Statistics Estonia"}, {"Lithuania", "Estonia", "Statistics"},
        id="a_lands_statistics_office"),
    pytest.param(
        "Rose Little, head of the Eurovision Song Contest, said Ukraine remained loved. Grand Slam, then the final.",
        {"Rose Little", "Eurovision Song Contest"}, {"Grand Slam"},
        id="a_sentences_first_ordinary_words_before_an_office_at_a_body_name_a_person"),
    pytest.param(
        "Leases from Norway's Golar LNG and the Klaipeda LNG terminal ended. Cheniere LPG said so. The Swinoujscie LNG was full.",
        {"Golar LNG", "Cheniere LPG", "Klaipeda", "Swinoujscie"}, {"Golar", "Klaipeda LNG", "Cheniere", "Swinoujscie LNG"},
        id="a_trades_letters_after_a_word_no_list_knows_end_a_companys_name"),
    pytest.param(
        "Rangers counted Przewalski's horses near Babchin; patients with Huntington's disease waited. Karol Nawrocki's horses won, "
        "and Nawrocki's horses ran again.",
        {"Babchin", "Karol Nawrocki"}, {"Przewalski", "Przewalski's", "Huntington", "Nawrocki"},
        id="a_species_or_an_illness_named_after_a_man_is_no_name"),
    pytest.param(
        "Unlike the Safe Mortgage 2% run by the last government, the Family Housing 1.5% scheme ended. "
        "Civic Coalition 31% led, the Left 8% trailed.",
        {"Safe Mortgage 2%", "Family Housing 1.5%", "Civic Coalition"}, {"Safe Mortgage", "Family Housing", "Civic Coalition 31%", "Left 8%"},
        id="a_scheme_named_by_its_rate"),
    pytest.param(
        "Queues formed on November 7th Street in Bender. Prices rose on November 7th in Bender.",
        {"November 7th Street", "Bender"}, {"Street", "7th Street", "November"},
        id="a_street_named_after_a_date"),
    pytest.param(
        "Talks with Annalena Baerbock and U.S. officials ended. Staff of Olena Zelenska and U.K. diplomats left.",
        {"Annalena Baerbock", "Olena Zelenska"}, {"Annalena Baerbock and U", "Olena Zelenska and U", "U", "S", "K"},
        id="dotted_letters_of_a_country_before_a_lower_case_word"),
    pytest.param(
        "Traders said British NBP prices fell and Dutch TTF front-month futures slipped. The Moldovan GRES power plant idled.",
        {"NBP", "TTF", "Moldovan GRES"}, {"British NBP", "Dutch TTF"},
        id="a_peoples_word_before_the_letters_of_a_market_its_prices_are_quoted_at"),
    pytest.param(
        "Cold War Two began, one historian wrote. Second Chance Fund paid out. Red Cross Volunteers came.",
        {"Cold War Two", "Second Chance Fund"}, {"War Two", "Chance Fund", "Red Cross Volunteers"},
        id="three_ordinary_words_in_title_case_starting_a_sentence_of_running_text"),
    pytest.param(
        "Exports went to Saudi Arabia and French Polynesia; Saudi Arabia's minister came. The Polish Gdynia team "
        "lost.",
        {"Saudi Arabia", "French Polynesia", "Gdynia"}, {"Arabia", "Polynesia", "Polish Gdynia"},
        id="a_land_named_with_a_peoples_word"),
    pytest.param(
        "Christian Democrats joined the Bundeswehr rally.\n\n(Reporting by Christian Lowe and German Padinger; "
        "Editing by Roman Olearchyk)\n",
        {"Christian Lowe", "German Padinger", "Roman Olearchyk", "Bundeswehr"},
        {"Lowe", "Padinger", "Olearchyk"},
        id="a_peoples_or_faiths_word_as_a_given_name_in_a_credit_line"),
    pytest.param(
        "Svitolina saved two break points, but the Ukrainian's forehand failed and the Czech's serve held. Milan's "
        "mayor watched.",
        {"Milan"}, {"Ukrainian", "Czech"},
        id="a_peoples_word_that_owns_after_the_is_one_of_them"),
    pytest.param(
        "The crew flew on a Russian Soyuz, and the army bought an American Abrams. A Polish Orlen station helped "
        "Lockheed.",
        {"Orlen", "Lockheed"}, {"Soyuz", "Abrams"},
        id="one_word_after_a_and_a_peoples_word_is_a_model"),
    pytest.param(
        "Court Sacks Fidesz-Era Judges As Orban-Style Rules End",
        {"Fidesz", "Orban"}, {"Fidesz-Era", "Orban-Style"},
        id="a_headlines_compound_of_a_name_and_an_ordinary_word"),
    pytest.param(
        'The jury gave its prize to Oksana Karpovych for "Intercepted". Director Kira Muratova\'s "Asya\'s Happiness" '
        'won too. This year\'s winner, "The Seed of the Sacred Fig", was Germany\'s entry.',
        {"Intercepted", "Asya's Happiness", "The Seed of the Sacred Fig", "Oksana Karpovych", "Kira Muratova"},
        {"Asya", "Happiness", "Seed", "Sacred Fig"},
        id="a_quoted_title_beside_a_director_a_prize_or_a_winner"),
    pytest.param(
        "Fans filled the Lithuanian National Stadium and the Silesian Science and Innovation Park; Ukrainian Azov "
        "Sea ports stayed shut.",
        {"Lithuanian National Stadium", "Silesian Science and Innovation Park", "Azov Sea"}, {"National Stadium", "Science and Innovation Park", "Ukrainian Azov Sea"},
        id="a_peoples_word_before_a_built_places_name_is_its_own"),
    pytest.param(
        "Mourners filled the Church of St John the Evangelist; pilgrims visited St Gregory the Illuminator "
        "Cathedral. Baptist pastors came.",
        {"Church of St John the Evangelist", "St Gregory the Illuminator Cathedral"}, {"Church of St John", "St Gregory", "Illuminator Cathedral", "Baptist"},
        id="a_saints_epithet_inside_a_churchs_name"),
    pytest.param(
        "The mayor said in a Telegram post and an Instagram story that a telegram had come.",
        {"Telegram", "Instagram"}, set(),
        id="a_platform_after_an_article"),
    pytest.param(
        "Poland's space agency POLSA signed a deal with NASA on Monday.",
        {"POLSA", "NASA"}, set(),
        id="an_acronym_the_termbase_knows_only_as_an_unlisted_rendering"),
    pytest.param(
        "Washington sanctioned Arctic LNG 2 and Baltic LNG 3; the Klaipeda LNG terminal was spared.",
        {"Arctic LNG 2", "Baltic LNG 3", "Klaipeda"}, {"Arctic", "Baltic", "Klaipeda LNG"},
        id="a_trades_letters_before_a_projects_number"),
    pytest.param(
        "The Kremlin's spokesman Dmitry Peskov spoke. The Sejm's spokeswoman Ewa Nowak and Associated Press writer "
        "Hanna Arhirova agreed.",
        {"Dmitry Peskov", "Sejm", "Ewa Nowak", "Associated Press", "Hanna Arhirova"}, {"The Kremlin", "The Sejm"},
        id="an_article_before_a_bodys_possessive_and_its_members_role"),
    pytest.param(
        "Far Eastern ports and Middle Eastern buyers took more grain from the Far East and the Middle East, and "
        "the Far Eastern Federal University studied it.",
        {"Far East", "Middle East", "Far Eastern Federal University"}, {"Far Eastern", "Middle Eastern"},
        id="a_regions_adjective_in_ern"),
    pytest.param(
        "LOT Polish Airlines kept its flights. CAT Insurance Group kept its rates. Lot owners complained.",
        {"LOT Polish Airlines", "CAT Insurance Group"}, {"Polish Airlines", "Insurance Group", "Lot"},
        id="a_sentences_first_letters_that_spell_a_word"),
    pytest.param(
        "Tankers Wait Off Turkey As Storms Hit Caspian Sea\n\nFerries Return To White Sea As Ice Melts\n\nStorm At Sea Sinks "
        "Trawler\n\nThe ships waited near Samsun.\n",
        {"Caspian Sea", "White Sea", "Samsun"}, {"Sea", "Storm At Sea"},
        id="a_seas_name_that_ends_a_headlines_phrase"),
    pytest.param(
        "Promoter Frank Warren said a rematch was likely. Developer Rose Gray agreed.",
        {"Frank Warren", "Rose Gray"}, {"Promoter Frank Warren", "Developer Rose Gray"},
        id="a_doers_noun_before_names_that_are_also_words"),
    pytest.param(
        "Support for Isamaa rose in a survey by Kantar for Delfi News, and by Ipsos for Rzeczpospolita Daily.",
        {"Kantar", "Delfi News", "Ipsos", "Rzeczpospolita Daily", "Isamaa"}, {"Kantar for Delfi News", "Ipsos for Rzeczpospolita Daily"},
        id="a_firm_for_a_body_is_two_names"),
    pytest.param(
        "Read more: Why Lithuania Matters to Brussels\n\nSee also: Poland Counts Its Drones\n",
        {"Lithuania", "Brussels"}, {"Lithuania Matters", "Poland Counts"},
        id="a_links_label_before_a_headline"),
    pytest.param(
        "Trump Eyes Greenland As Ceasefire Holds",
        {"Greenland"}, {"Ceasefire"},
        id="a_place_the_lists_name_is_no_compound_in_a_headline"),
    pytest.param(
        "Rep. Brian Fitzpatrick met Damian Hinds in London on Monday.",
        {"Brian Fitzpatrick", "Damian Hinds", "London"}, {"Fitzpatrick", "Hinds"},
        id="a_listed_given_name_in_ian_or_an_before_a_listed_surname"),
    pytest.param(
        "Activists of Extinction Rebellion and Last Generation blocked the road before the European Film and "
        "Television Awards.",
        {"Extinction Rebellion", "Last Generation", "European Film and Television Awards"}, {"Extinction Rebellion and Last Generation"},
        id="two_bodies_of_ordinary_words_joined_by_and"),
    pytest.param(
        "Congressman Joe Wilson and Congresswoman Marcy Kaptur wrote to Kyiv.",
        {"Joe Wilson", "Marcy Kaptur"}, {"Congressman Joe Wilson", "Congresswoman Marcy Kaptur"},
        id="a_congressmans_title"),
    pytest.param(
        "World War II ended in 1945. Survivors of World War II met Frederick II of Prussia's heirs.",
        {"World War II", "Frederick II"}, {"World War", "War"},
        id="a_roman_number_after_a_name_is_its_own"),
    pytest.param(
        "Pope John Paul II and Pope John XXIII were made saints together; King Will was a film.",
        {"John Paul II", "John XXIII"}, {"Pope John Paul II", "Pope John XXIII", "Pope John Paul", "Pope John"},
        id="a_given_name_that_is_also_a_word_after_a_one_name_title"),
    pytest.param(
        "Shepherds graze sheep in the Carpathians around Yaremche; snow fell in the Urals near Zlatoust.",
        {"Carpathians", "Yaremche", "Urals", "Zlatoust"}, set(),
        id="a_preposition_of_place_after_a_mountain_range"),
    pytest.param(
        "Members of the Eco-MOLDOVA network and the Bio-TIRAS group met; Belarus-Poland talks ended.",
        {"Eco-MOLDOVA", "Bio-TIRAS"}, {"Belarus-Poland"},
        id="a_combining_forms_compound_is_no_relation_of_two_names"),
    pytest.param(
        "Growers in Valul lui Traian and Targul lui Vlad sold wine.",
        {"Valul lui Traian", "Targul lui Vlad"}, {"Valul", "Traian", "Targul", "Vlad"},
        id="a_romanian_lui_inside_a_places_name"),
    pytest.param(
        "Shells hit Pivdenna Borshchahivka and Verkhnia Syrovatka; the Borshchahivka market and the Syrovatka "
        "school burned.",
        {"Pivdenna Borshchahivka", "Verkhnia Syrovatka", "Borshchahivka", "Syrovatka"}, set(),
        id="a_slavic_places_northern_or_upper_is_no_given_name"),
    pytest.param(
        "Voters backed the new Dawn of Freedom party in June. Dawn of Freedom, founded by Ona Rimkute, won 9 "
        "percent.",
        {"Dawn of Freedom", "Ona Rimkute"}, {"Freedom"},
        id="a_sentences_first_words_the_text_capitalises_inside_a_sentence"),
    pytest.param(
        "Scholars at the Institute of Geology and Geography of Tartu University and the Centre for Social Research "
        "of Kaunas University met.",
        {"Institute of Geology and Geography", "Tartu University", "Centre for Social Research", "Kaunas University"}, {"Institute of Geology and Geography of Tartu University", "Centre for Social Research of Kaunas University"},
        id="a_bodys_part_of_a_whole_body_named_by_a_word_no_list_knows"),
    pytest.param(
        "Firms joined the Invest with Moldova programme and the Trade with Latvia campaign; shoppers with Latvia "
        "cards paid less.",
        {"Invest with Moldova", "Trade with Latvia", "Latvia"}, {"Invest", "Trade"},
        id="ordinary_words_with_a_name_before_a_schemes_noun"),
    pytest.param(
        "Stepova will build a faster version, the Sokil-M, for Poland; Russia moved Pantsir-S1 and Iskander-M units "
        "near Luga. Suppliers such as Magnet-K in Lviv grew.",
        {"Stepova", "Luga", "Magnet-K", "Lviv"}, {"Sokil-M", "Pantsir-S1", "Iskander-M"},
        id="a_models_variant_by_its_letter"),
    pytest.param(
        "Actors Irina Sandu and Nicolai Ceban met Israeli and Qatari envoys in Chisinau.",
        {"Nicolai Ceban", "Irina Sandu", "Chisinau"}, {"Ceban", "Israeli", "Qatari"},
        id="a_given_name_in_i_after_a_vowel_is_no_demonym"),
    pytest.param(
        "Silver Bridge, the Daugavpils landmark, was closed. Black Birds, a folk band from Hrodna, played. "
        "Offshore, Latvia's first wind park, Elwind, waits.",
        {"Silver Bridge", "Black Birds", "Hrodna", "Latvia", "Elwind"}, {"Offshore"},
        id="an_apposition_naming_a_landmark_or_a_troupe"),
    pytest.param(
        "Poland ordered the Saab 340 AEW plane and more Embraer 190 LR jets; Airbus said Estlink 2 worked.",
        {"Saab", "Embraer", "Airbus", "Estlink 2"}, {"Saab 340", "Embraer 190"},
        id="a_makers_number_and_a_variants_letters_before_a_noun"),
    pytest.param(
        "The European Union Advisory Mission in Armenia saw the shelling, and the OSCE Mission to Serbia agreed; "
        "protesters in Chisinau marched to Tbilisi.",
        {"European Union Advisory Mission in Armenia", "OSCE Mission to Serbia", "Chisinau", "Tbilisi"},
        {"European Union Advisory Mission", "OSCE Mission"},
        id="a_mission_in_or_to_a_land"),
    pytest.param(
        "Guard Lukas Petraitis scored 20 points, and former Rytas centre Jonas Valaitis added ten. Valaitis said the "
        "Guard Battalion Vytis had sung.",
        {"Lukas Petraitis", "Jonas Valaitis", "Guard Battalion Vytis", "Rytas"}, {"Guard Lukas Petraitis", "Valaitis"},
        id="a_players_position_that_is_a_bodys_noun_too"),
    pytest.param(
        "Judges of the Special Tribunal for the Crime of Genocide against Armenia met; the Committee against Torture "
        "agreed, while sanctions by the Council against Russia stayed.",
        {"Special Tribunal for the Crime of Genocide against Armenia", "Committee against Torture"},
        {"Special Tribunal", "Crime of Genocide", "Torture", "Council against Russia"},
        id="against_inside_a_tribunals_or_a_committees_name"),
    pytest.param(
        "In Riga the opposition party Forward!, led by Ivars Berzins, gained.",
        {"Forward!", "Ivars Berzins", "Riga"}, {"Forward"},
        id="a_partys_exclamation_mark_before_a_comma"),
    pytest.param(
        "He left the Asian Rapid and Blitz Championship in Tashkent and won the Speedy Friday events on Lichess. "
        "Fat Thursday came, then Good Friday.",
        {"Asian Rapid and Blitz Championship", "Speedy Friday", "Tashkent", "Lichess"},
        {"Asian Rapid", "Blitz Championship", "Speedy", "Fat Thursday", "Good Friday"},
        id="an_events_kinds_joined_by_and_and_a_weekdays_series"),
    pytest.param(
        "The opera recalls the Mongol invasion and the Magyar raids; Mongolia and Hungary sent envoys.",
        {"Mongolia", "Hungary"}, {"Mongol", "Magyar"},
        id="peoples_no_suffix_rule_derives"),
    pytest.param(
        "Rytas beat Hawks Kaunas on Sunday. Hawks, founded in 2019 by a banker, lost again. Farmers said so.",
        {"Rytas", "Hawks Kaunas", "Hawks"}, {"Farmers"},
        id="a_sentences_first_plural_that_was_founded_is_a_body"),
]


@pytest.mark.parametrize("text, whole, none", CLASS_CASES)
def test_names_are_kept_whole_and_non_names_left_out_by_their_class(seed_termbase, text, whole, none):
    names = {name.name for name in discover(text, seed_termbase)}
    assert whole <= names
    assert not none & names
    assert not [name for name in names if name.startswith(("Coordinator", "Minister", "Ministers", "Secretary"))]


# --- proposals -----------------------------------------------------------------------------------

def test_reading_a_romanization_back_keeps_its_ambiguities_as_alternatives():
    spellings = [text for text, _ in read_back("Kalesnikava", "be", 5)]
    assert spellings[0] == "калеснікава"
    assert "калэснікава" in spellings  # "e" is е or э in Belarusian


def test_polish_press_transcription_of_east_slavic_names():
    assert carry("ціханоўская", "be", "pl")[0][0] == "cichanouska"
    assert carry("зеленський", "uk", "pl")[0][0] == "zełenski"
    assert carry("сергей", "ru", "pl")[0][0] == "siergiej"


@pytest.mark.parametrize("name, origin", [("Sviatlana Tsikhanouskaya", "be"), ("Oleksandr Syrskyi", "uk"),
                                          ("Sergei Lavrov", "ru"), ("Mateusz Morawiecki", "pl")])
def test_the_origin_is_guessed_from_the_romanization(name, origin):
    assert guess_origin(name) == origin


def test_proposals_are_ranked_per_language_with_their_rules_and_case_forms():
    result = propose("Sviatlana Tsikhanouskaya", kind="person")
    top = {lang: [p.text for p in found] for lang, found in result.proposals.items()}
    assert top["be"][0] == "Святлана Ціханоўская"
    assert "Swiatłana Cichanouska" in top["pl"]
    assert "Светлана Тихановская" in top["ru"] and "Світлана Тихановська" in top["uk"]
    assert all(1 <= len(found) <= 3 for found in top.values())
    first = result.proposals["be"][0]
    assert "first-name equivalents" in first.rule and "Belarusian" in first.rule
    assert first.forms["gen"] == "Святланы Ціханоўскай"  # the termbase's inflection, adjectival surname
    # The other romanizations of the top spellings, to deprecate in English.
    assert "Svitlana Tykhanovska" in result.english_variants
    assert any(variant.startswith("Svetlana Tikh") for variant in result.english_variants)


def test_a_place_a_dictionary_knows_wins_over_a_transliteration():
    result = propose("Hrodna", kind="place")
    assert result.proposals["ru"][0].text == "Гродно" and result.proposals["ru"][0].known
    assert result.proposals["pl"][0].text == "Grodno"
    assert propose("Kharkiv", kind="place").proposals["pl"][0].text == "Charków"



@pytest.mark.parametrize("word, lang, known", [
    ("Гродно", "ru", True), ("Kraków", "pl", True), ("Мінск", "be", True),  # hunspell's capitalised stems
    ("Иван", "ru", True), ("Иванов", "ru", True),  # pymorphy3's own nominative of a first name, of a surname
    ("Минска", "ru", False),  # a place's oblique form: no spelling of its name
    ("Стол", "ru", False), ("Krzesło", "pl", False),  # an ordinary word with a capital
])
def test_a_known_name_is_a_capitalised_stem_or_a_names_own_nominative(word, lang, known):
    from glossary.lexicon import known_name
    assert known_name(word, lang) is known


# --- CLI -----------------------------------------------------------------------------------------

@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(UNSEEN_ARTICLE, encoding="utf-8")
    return path


def test_discover_json_prints_one_object_per_name(run_cli, article):
    run_cli("glossary", "import", SEED_TERMBASE)
    lines = run_cli("glossary", "discover", article, "--json").stdout.splitlines()
    entries = [json.loads(line) for line in lines]
    assert {entry["name"] for entry in entries} == set(UNSEEN_NAMES)
    for entry in entries:
        assert {"name", "count", "kind", "proposals"} <= entry.keys()
        assert set(entry["proposals"]) == {"be", "uk", "pl", "ru"}
        for proposals in entry["proposals"].values():
            assert 1 <= len(proposals) <= 3 and all(p["text"] and p["rule"] for p in proposals)
    babaryka = next(entry for entry in entries if entry["name"] == "Eduard Babaryka")
    assert babaryka["count"] == 3 and babaryka["kind"] == "person"


def test_discover_a_document_and_refuse_bad_requests(run_cli, article):
    document = run_cli("import", article).stdout.strip()
    plain = run_cli("glossary", "discover", "--document", document)
    # the termbase is empty: Belarus and Sviatlana Tsikhanouskaya are new too
    assert "Nasta Loika  (person" in plain.stdout and "9 names not in the termbase" in plain.stderr
    missing = run_cli("glossary", "discover", expect_exit=1)
    assert "give a file or --document" in missing.stderr and missing.stdout == ""
    russian = run_cli("glossary", "discover", article, "--lang", "ru", expect_exit=1)
    assert "reads English text" in russian.stderr
    assert "no document with id 99" in run_cli("glossary", "discover", "--document", 99, expect_exit=1).stderr


def test_import_reports_how_many_names_the_termbase_lacks(run_cli, article):
    run_cli("glossary", "import", SEED_TERMBASE)
    result = run_cli("import", article)
    assert result.stdout.strip().isdigit()  # stdout stays the id, for scripts
    assert "7 names not in the termbase" in result.stderr
    again = json.loads(run_cli("import", SEED_ARTICLE, "--json").stdout)
    assert again["new_names"] == 0


def test_adopt_adds_the_chosen_spellings_preferred_and_the_rest_deprecated(run_cli, database, article):
    run_cli("glossary", "import", SEED_TERMBASE)
    result = json.loads(run_cli("glossary", "adopt", "Eduard Babaryka", "--ru", "Эдуард Бабарико", "--json").stdout)
    assert result["concept"] == "eduard-babaryka"
    assert result["preferred"]["ru"] == ["Эдуард Бабарико", "Бабарико"]  # the surname alone too
    assert result["preferred"]["en"] == ["Eduard Babaryka", "Babaryka"]
    with database.session() as session:
        concept = session.scalars(select(Concept).where(Concept.key == "eduard-babaryka")).one()
        terms = {(t.lang, t.text): t.status for t in concept.terms}
        assert concept.kind == "person"
    assert terms[("be", "Эдуард Бабарыка")] == "preferred"
    assert "deprecated" in {status for (lang, _), status in terms.items() if lang == "ru"}
    # Once added, the name is no longer new, and the termbase finds it inflected.
    names = [json.loads(line)["name"] for line in run_cli("glossary", "discover", article, "--json").stdout.splitlines()]
    assert "Eduard Babaryka" not in names and "Nasta Loika" in names
    with database.session() as session:
        termbase = Termbase.from_session(session)
    assert [m.concept for m in termbase.scan("Суд асудзіў Эдуарда Бабарыку.", "be")] == ["eduard-babaryka"]
    twice = run_cli("glossary", "adopt", "Eduard Babaryka", expect_exit=1)
    assert "has a concept 'eduard-babaryka' already" in twice.stderr
    too_long = run_cli("glossary", "adopt", " ".join(["Kowalski"] * 11), expect_exit=1)
    assert "has 11 words; a name has at most 10" in too_long.stderr


def test_adopted_names_keep_every_letter_in_their_key(run_cli):
    """Letters without a decomposition (ł, ø, ß) became nothing: Łódź's key was "odz"."""
    keys = [json.loads(run_cli("glossary", "adopt", name, "--kind", kind, "--json").stdout)["concept"]
            for name, kind in (("Łukasz Jabłoński", "person"), ("Łódź", "place"), ("Jørgen Weiß", "person"))]
    assert keys == ["lukasz-jablonski", "lodz", "jorgen-weiss"]


# --- web -----------------------------------------------------------------------------------------

@pytest.fixture
def client(web_client, run_cli):
    run_cli("glossary", "import", SEED_TERMBASE)
    return web_client


def _document(database) -> int:
    with database.session() as session:
        document = Document(title="Hrodna", source_lang="en", checksum="names")
        document.segments = [Segment(position=i, paragraph=i, source_text=line)
                             for i, line in enumerate(UNSEEN_ARTICLE.splitlines(), 1) if line]
        session.add(document)
        session.flush()
        return document.id


def test_editor_page_carries_the_new_names_panel(client, database):
    document_id = _document(database)
    page = client.get(f"/documents/{document_id}/be").get_data(as_text=True)
    assert f'data-names-url="/api/documents/{document_id}/names"' in page
    assert '<script type="module" src="/static/names.js"></script>' in page
    assert client.get("/static/names.js").status_code == 200


def test_panel_lists_names_with_proposals_and_adds_one(client, database):
    document_id = _document(database)
    listing = client.get(f"/api/documents/{document_id}/names").get_json()
    assert listing["count"] == 7 and {n["name"] for n in listing["names"]} == set(UNSEEN_NAMES)
    loika = next(n for n in listing["names"] if n["name"] == "Nasta Loika")
    assert set(loika["proposals"]) == {"be", "uk", "pl", "ru"} and loika["sentences"]

    added = client.post(f"/api/documents/{document_id}/names", headers={"X-CSRFToken": client.csrf},
                        json={"name": "Nasta Loika", "kind": "person", "be": "Наста Лойка", "pl": ""})
    assert added.status_code == 200, added.get_data(as_text=True)
    assert added.get_json()["concept"] == "nasta-loika"
    after = client.get(f"/api/documents/{document_id}/names").get_json()
    assert after["count"] == 6 and "Nasta Loika" not in {n["name"] for n in after["names"]}
    with database.session() as session:
        concept = session.scalars(select(Concept).where(Concept.key == "nasta-loika")).one()
        preferred = {(t.lang, t.text) for t in concept.terms if t.status == "preferred"}
    assert ("be", "Наста Лойка") in preferred and any(lang == "pl" for lang, _ in preferred)


def test_panel_refuses_bad_requests_with_clear_errors(client, database):
    document_id = _document(database)
    url = f"/api/documents/{document_id}/names"
    headers = {"X-CSRFToken": client.csrf}
    assert client.post(url, headers=headers, json=["x"]).get_json()["error"].startswith("send a JSON object")
    bad_kind = client.post(url, headers=headers, json={"name": "Nasta Loika", "kind": "planet"})
    assert bad_kind.status_code == 400 and "kind 'planet'" in bad_kind.get_json()["error"]
    missing = client.get("/api/documents/999/names")
    assert missing.status_code == 404 and "no document" in missing.get_json()["error"]
    assert client.post(url, json={"name": "Nasta Loika"}).status_code == 400  # no CSRF token


def test_upload_flashes_how_many_names_are_new(client, database):
    import io

    response = client.post("/documents", data={"csrf_token": client.csrf, "lang": "en",
                                               "file": (io.BytesIO(UNSEEN_ARTICLE.encode()), "blogger.txt")})
    assert response.status_code == 303
    assert "7 names not in the termbase" in client.get(response.headers["Location"], follow_redirects=True).get_data(as_text=True)


def test_an_everyday_word_among_the_proposals_is_not_made_a_deprecated_term(run_cli, database):
    proposals = json.loads(run_cli("glossary", "adopt", "Viasna", "--kind", "organisation", "--ru", "Вясна", "--json").stdout)
    assert proposals["preferred"]["ru"] == ["Вясна"]
    with database.session() as session:
        russian = {t.text for t in session.scalars(select(Concept).where(Concept.key == "viasna")).one().terms if t.lang == "ru"}
    assert "Весна" not in russian  # "spring": a sentence starting with it must stay as it is


def test_the_evaluation_data_holds_150_names_with_a_spelling_per_language():
    import csv

    from conftest import REPO

    with (REPO / "benchmarks" / "data" / "names.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    assert len(rows) >= 150
    assert len({row["english"] for row in rows}) == len(rows)
    for row in rows:
        assert row["kind"] in ("person", "place") and row["origin"] in ("be", "uk", "pl", "ru"), row
        for lang in ("be", "uk", "ru"):
            assert all(re.fullmatch(r"[\u0400-\u04FF' -]+", spelling) for spelling in row[lang].split("|")), row
        assert all(re.fullmatch(r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż' -]+", spelling) for spelling in row["pl"].split("|")), row


def test_a_lands_statistics_office_and_a_land_named_with_a_peoples_word_have_their_kinds(seed_termbase):
    names = {name.name: name.kind for name in discover("Statistics Latvia said wages rose; exports to Saudi Arabia fell.", seed_termbase)}
    assert names == {"Statistics Latvia": "organisation", "Saudi Arabia": "place"}


def test_a_port_is_named_of_its_city_and_is_a_place(seed_termbase):
    names = {name.name: name.kind for name in discover("Cargo through the Freeport of Ventspils fell, the Seaport of Gdansk said.", seed_termbase)}
    assert names == {"Freeport of Ventspils": "place", "Seaport of Gdansk": "place"}


def test_a_known_lands_army_is_a_new_name_where_a_known_units_noun_is_none(seed_termbase):
    names = {name.name for name in discover("Fuel went to the US Army and the Belarus Army, and the Pohonia Battalion fought on.", seed_termbase)}
    assert names == {"US Army", "Belarus Army"}


def test_a_place_after_an_ordinary_word_is_no_surname_its_mention_alone_would_join(seed_termbase):
    text = "Firms apply through Startup Lithuania. Lithuania, which borders Latvia, pays for it. They met Ales Zmitrovich, and Zmitrovich said so."
    assert {name.name for name in discover(text, seed_termbase)} == {"Startup Lithuania", "Lithuania", "Latvia", "Ales Zmitrovich"}


def test_a_town_hall_is_a_place_so_its_towns_name_is_no_given_name_in_a_quote(seed_termbase):
    text = ('Lietkabelis Panevezys won. "It belongs to the fans of Panevezys," said Lietkabelis coach Jonas Petrauskas. '
            "Fans met at the Panevezys Town Hall.")
    names = {name.name: name.kind for name in discover(text + " Economist Stuart Hall, 58, agreed.", seed_termbase)}
    assert names["Panevezys Town Hall"] == "place" and names["Panevezys"] == "place" and names["Stuart Hall"] == "person"


def test_a_surname_alone_joins_the_heros_name_a_quoted_title_gives(seed_termbase):
    text = 'The theatre staged Gogol\'s "Taras Bulba" in Poltava. The tenor sang Bulba\'s son Andriy.'
    assert {name.name for name in discover(text, seed_termbase)} == {"Gogol", "Taras Bulba", "Poltava"}


def test_a_word_after_a_semicolon_is_no_sentences_first_word_but_in_a_credit_line(seed_termbase):
    text = "Grain sales fell by half; Turkey bought less and China stopped buying. (Reporting by Anna Nowak; Editing by Tom Hale)"
    assert {name.name for name in discover(text, seed_termbase)} == {"Turkey", "China", "Anna Nowak", "Tom Hale"}


def test_a_mountain_range_after_a_topics_preposition_is_a_place(seed_termbase):
    text = "The film is about the Carpathians, and the Hungarians who farm them."
    assert {name.name for name in discover(text, seed_termbase)} == {"Carpathians"}


def test_a_proper_adjective_before_a_figure_and_its_unit_is_no_name(seed_termbase):
    text = "Marta Nowak, the Olympic 800 metres champion, won in Turin."
    assert {name.name for name in discover(text, seed_termbase)} == {"Marta Nowak", "Turin"}


def test_a_peoples_or_faiths_word_after_an_office_is_a_given_name(seed_termbase):
    text = "Finance Minister German Pavlenko met Austrian Chancellor Christian Vogl in Graz."
    assert {name.name for name in discover(text, seed_termbase)} == {"German Pavlenko", "Christian Vogl", "Graz"}


def test_an_ordinary_word_before_a_known_land_is_a_bodys_name_an_apposition_gives(seed_termbase):
    text = "United Belarus, the exiled party, met in Vilnius. Only Belarus, the country, stayed away."
    assert {name.name for name in discover(text, seed_termbase)} == {"United Belarus", "Vilnius"}


def test_a_time_adverb_first_in_a_quoted_sentence_is_no_word_of_the_name_after_it(seed_termbase):
    text = '"We waited for years. Tonight Lisbon listens," the conductor said.'
    assert {name.name for name in discover(text, seed_termbase)} == {"Lisbon"}


def test_on_goes_on_inside_a_name_only_after_a_bodys_or_a_documents_noun(seed_termbase):
    text = "The crew reached the International Space Station on the Endeavour flight, Anna Ostrowska of the Council on Space Law said."
    names = {name.name for name in discover(text, seed_termbase)}
    assert names == {"International Space Station", "Endeavour", "Anna Ostrowska", "Council on Space Law"}


def test_a_brands_group_of_its_land_is_two_names_a_bank_of_a_land_one(seed_termbase):
    text = "The quay is leased to Vetrox Group of Latvia, a client of the Bank of Georgia."
    assert {name.name for name in discover(text, seed_termbase)} == {"Vetrox Group", "Latvia", "Bank of Georgia"}


def test_a_peoples_word_of_no_land_alone_after_the_is_the_short_form_of_the_name_it_starts(seed_termbase):
    text = ("Tankers leave Aktau on the Caspian Sea for Alat. Water on the Caspian is falling. "
            "Marta Lis of the Ukrainian Athletic Association said the Ukrainian won.")
    names = {name.name for name in discover(text, seed_termbase)}
    assert names == {"Aktau", "Caspian Sea", "Alat", "Caspian", "Marta Lis", "Ukrainian Athletic Association"}


def test_a_schemes_name_in_apposition_after_its_noun_keeps_its_place(seed_termbase):
    names = {name.name: name.kind for name in discover("Grants come from a fund, Invest in Lithuania, which Vilnius runs.", seed_termbase)}
    assert names == {"Invest in Lithuania": "organisation", "Vilnius": "place"}


def test_an_office_of_a_named_body_first_in_a_sentence_is_no_part_of_the_bodys_name(seed_termbase):
    text = "The Chairman of the Verkhovna Rada flew to Lublin on Monday."
    assert {name.name for name in discover(text, seed_termbase)} == {"Verkhovna Rada", "Lublin"}


def test_a_makers_verb_between_a_name_and_a_weapon_says_a_firm_no_model(seed_termbase):
    text = "Investors like Vetrano Dynamics, which sells drones, and Latvia's Kestrel Autonomy makes interceptor drones."
    names = {name.name for name in discover(text, seed_termbase)}
    assert names == {"Vetrano Dynamics", "Latvia", "Kestrel Autonomy"}


def test_a_quoted_title_with_its_author_after_by_is_a_work_whole(seed_termbase):
    text = "The season opens with \"Hutsul's Daughter\" by Olha Kobylianska and closes in Lutsk."
    names = {name.name for name in discover(text, seed_termbase)}
    assert names == {"Hutsul's Daughter", "Olha Kobylianska", "Lutsk"}


def test_a_listed_word_joined_by_and_to_a_name_in_a_title_case_headline_is_a_name(seed_termbase):
    text = "Jordan And Kenya Sign Grain Deal With Gabon\n\nMINSK, May 4 (Reuters) - Three states signed a deal on Monday."
    names = {name.name for name in discover(text, seed_termbase)}
    assert names == {"Jordan", "Kenya", "Gabon", "Reuters"}


def test_an_events_noun_makes_an_events_name_no_persons(seed_termbase):
    names = {name.name: name.kind for name in discover("Kostyuk reached the final of the Stuttgart Open after the Davis Cup.", seed_termbase)}
    assert names["Stuttgart Open"] == "organisation" and names["Davis Cup"] == "organisation"


def test_a_firms_noun_makes_a_firms_name_and_goes_with_no_land_after_of(seed_termbase):
    names = {name.name: name.kind for name in discover("Shares in Vostok Capital of Estonia rose, Fitch Ratings said.", seed_termbase)}
    assert names == {"Vostok Capital": "organisation", "Estonia": "place", "Fitch Ratings": "organisation"}


def test_a_party_members_word_before_a_compounds_participle_is_no_name(seed_termbase):
    text = "The Conservative-backed mayor of Gdynia, Wojciech Szczurek, lost."
    assert {name.name for name in discover(text, seed_termbase)} == {"Gdynia", "Wojciech Szczurek"}


def test_a_streets_or_a_landmarks_noun_makes_a_place(seed_termbase):
    names = {name.name: name.kind for name in discover("Crowds filled Dacia Boulevard near the Eternity Memorial.", seed_termbase)}
    assert names == {"Dacia Boulevard": "place", "Eternity Memorial": "place"}


def test_a_name_ending_in_bank_is_a_banks(seed_termbase):
    found = discover("The loans went through Sberbank to Tatsotsbank in Kazan.", seed_termbase)
    assert [(name.name, name.kind) for name in found] == [("Sberbank", "organisation"), ("Tatsotsbank", "organisation"), ("Kazan", "place")]


def test_a_body_of_a_land_named_federation_or_republic_is_one_name(seed_termbase):
    text = "The Agrarian Party of the Russian Federation met the Iron Wolf Brigade of the Lithuanian Armed Forces in Rukla."
    names = {name.name for name in discover(text, seed_termbase)}
    assert names == {"Agrarian Party of the Russian Federation", "Iron Wolf Brigade", "Lithuanian Armed Forces", "Rukla"}


def test_a_city_in_an_that_looks_like_a_short_given_names_people_is_a_place(seed_termbase):
    names = {name.name for name in discover("Skaters missed the Milan Cortina Games, and a Cuban coach left.", seed_termbase)}
    assert names == {"Milan Cortina Games"}


def test_a_foreign_lower_case_word_after_a_slavic_particle_stays_inside_the_name(seed_termbase):
    text = "Volunteers of Fundacja na rzecz Czystej Wisly cleaned the banks near Torun."
    assert {name.name for name in discover(text, seed_termbase)} == {"Fundacja na rzecz Czystej Wisly", "Torun"}


def test_a_plural_word_before_an_events_noun_names_the_event(seed_termbase):
    found = discover("Crowds came to the Horizons festival in Lutsk.", seed_termbase)
    assert [(name.name, name.kind) for name in found] == [("Horizons", "organisation"), ("Lutsk", "place")]


def test_where_one_was_born_is_a_place_though_a_club_ends_with_it(seed_termbase):
    text = "Born in Rechytsa, the defender joined Vodnik Rechytsa at 17."
    assert {name.name for name in discover(text, seed_termbase)} == {"Rechytsa", "Vodnik Rechytsa"}


# Spanish, Turkish, Nordic, Baltic, Czech, Romanian and German names in their own spelling.
OWN_SPELLING_NAMES = ["Ramona Ibáñez", "Gonzalo Peñalver", "Ömer Çelik", "Ayşe Kılıç", "Ingrid Sørli", "Håkon Ålgård",
                      "Gintarė Šimkūnaitė", "Kārlis Ozoliņš", "Jiří Hořejš", "Ștefan Țăranu", "Jürgen Größmann",
                      "Ewa Ściężyńska", "François Lefèvre"]


def test_a_name_in_its_own_latin_spelling_is_read_into_cyrillic_letter_by_letter():
    for name in OWN_SPELLING_NAMES:
        proposals = propose(name).proposals
        for lang in ("be", "uk", "ru"):
            assert proposals[lang], (name, lang)
            for proposal in proposals[lang]:
                assert re.fullmatch(r"[\u0400-\u04ff\s'’-]+", proposal.text), (name, lang, proposal.text)
    assert re.search(r"Пень?я", propose("Gonzalo Peñalver").proposals["ru"][0].text)  # ñ is a soft н
    assert propose("Ömer Çelik").proposals["ru"][0].text.endswith("Челик")


def test_the_polish_proposal_keeps_a_latin_names_own_letters():
    for name in ("Gonzalo Peñalver", "Kārlis Ozoliņš", "Jiří Hořejš", "Ewa Ściężyńska"):
        assert propose(name).proposals["pl"][0].text == name


def test_a_firm_of_two_surnames_joined_by_an_ampersand_gets_every_languages_proposal():
    proposals = propose("Lindqvist & Mbeki", kind="organisation").proposals
    for lang in ("be", "uk", "pl", "ru"):
        assert proposals[lang] and " & " in proposals[lang][0].text, lang
    assert "&" not in proposals["pl"][0].rule


def test_a_bold_notice_is_no_name(seed_termbase):
    text = ("A sign on the jetty at Lake Svitiaz read: **Danger: deep water**. Lifeguards from Shatsk said few obeyed.\n"
            "**Warning: strong current** The ferry to Kaniv waited, and **Oleh Tkachuk** steered it.")
    found = {name.name: name for name in discover(text, seed_termbase)}
    assert set(found) == {"Lake Svitiaz", "Shatsk", "Kaniv", "Oleh Tkachuk"}
    assert found["Oleh Tkachuk"].sentences == ["The ferry to Kaniv waited, and Oleh Tkachuk steered it."]


def test_a_polish_body_named_by_its_seat_after_w_is_one_name(seed_termbase):
    text = "The case went to Sąd Rejonowy w Lublinie, and the hull was built by Stocznia Remontowa we Władysławowie for a firm in Puck."
    found = {name.name: name.kind for name in discover(text, seed_termbase)}
    assert found == {"Sąd Rejonowy w Lublinie": "organisation", "Stocznia Remontowa we Władysławowie": "organisation", "Puck": "place"}


def test_a_longer_model_code_before_its_machines_noun_is_no_name(seed_termbase):
    text = "Rosatom offered two BREST-300 reactors and KLTM-400 turbines, but FORA-200 said Pevek would wait."
    assert {name.name for name in discover(text, seed_termbase)} == {"Rosatom", "FORA-200", "Pevek"}


def test_an_events_noun_alone_after_the_events_full_name_is_no_new_name(seed_termbase):
    text = ("Lithuania hosted the Bridge Olympiad in Druskininkai. Egle Vaitkute, in her third Olympiad, won a medal. "
            "Latvia took the Baltic Cup, and the next Cup goes to Parnu.")
    found = {name.name: name.kind for name in discover(text, seed_termbase)}
    assert set(found) == {"Lithuania", "Bridge Olympiad", "Druskininkai", "Egle Vaitkute", "Latvia", "Baltic Cup", "Parnu"}
    assert found["Bridge Olympiad"] == "organisation"


def test_a_warning_systems_hyphenated_name_is_a_name_where_a_weapons_system_is_not(seed_termbase):
    text = "Phones near Vik got the IS-Warning system alert, and Reykjavik asked for the Patriot system."
    assert {name.name for name in discover(text, seed_termbase)} == {"Vik", "IS-Warning", "Reykjavik"}


def test_a_notices_label_in_capitals_is_no_acronym(seed_termbase):
    text = "CAUTION: falling rocks near Mezhyhirya\nThe NAFTOGAZ statement came later."
    assert {name.name for name in discover(text, seed_termbase)} == {"Mezhyhirya", "NAFTOGAZ"}


def test_a_korean_given_name_with_a_lower_case_second_syllable_stays_with_its_surname(seed_termbase):
    text = "Samsung Heavy chief Choi Dong-kwan met Kim Hyun-seok in Busan; the Soviet-era cranes stayed."
    assert {name.name for name in discover(text, seed_termbase)} == {"Samsung Heavy", "Choi Dong-kwan", "Kim Hyun-seok", "Busan"}


def test_a_ministrys_second_field_of_a_rare_derived_noun_stays_in_its_name(seed_termbase):
    text = ("In Yerevan, the Ministry of Transport and Digitalisation said the Agency for Energy and Decarbonisation "
            "would move, and the Ministry of Justice and Informatization agreed.")
    assert {name.name for name in discover(text, seed_termbase)} == {
        "Yerevan", "Ministry of Transport and Digitalisation", "Agency for Energy and Decarbonisation",
        "Ministry of Justice and Informatization"}


def test_a_ministers_office_with_international_in_its_field_is_no_name(seed_termbase):
    text = ("Kenya's Minister of State for International Development, Amina Wanjiru, spoke in Mombasa. Oman's Minister "
            "for International Cooperation Salim Al-Harthy agreed, and Transparency International Kenya welcomed it.")
    assert {name.name for name in discover(text, seed_termbase)} == {
        "Kenya", "Amina Wanjiru", "Mombasa", "Oman", "Salim Al-Harthy", "Transparency International Kenya"}


def test_a_model_code_of_a_letter_and_a_figure_before_weapons_is_no_name(seed_termbase):
    text = "Oslo ordered 24 more K9 howitzers, and the first K9 contract dates from 2017, officials in Bergen said."
    assert {name.name for name in discover(text, seed_termbase)} == {"Oslo", "Bergen"}


def test_an_acronym_in_capitals_ending_in_ism_is_a_bodys_letters_not_a_notion(seed_termbase):
    text = "Analysts at the Czech Institute of Regional Studies (CISM) in Brno said Stalinism was no guide."
    assert {name.name for name in discover(text, seed_termbase)} == {"Czech Institute of Regional Studies", "CISM", "Brno"}


def test_a_belarusian_town_in_ichy_is_proposed_as_a_plural_not_an_adjective():
    firsts = {town: {lang: found[0].text for lang, found in propose(town, kind="place").proposals.items()}
              for town in ("Zhytkavichy", "Lyakhavichy", "Ivatsevichy")}
    assert firsts["Zhytkavichy"] == {"be": "Жыткавічы", "ru": "Житковичи", "uk": "Житковичі", "pl": "Żytkowicze"}
    assert (firsts["Lyakhavichy"]["ru"], firsts["Lyakhavichy"]["pl"]) == ("Ляховичи", "Lachowicze")
    assert (firsts["Ivatsevichy"]["ru"], firsts["Ivatsevichy"]["uk"]) == ("Ивацевичи", "Івацевичі")
    for town, first in firsts.items():
        assert first["ru"].endswith("ичи") and first["uk"].endswith("ичі") and first["pl"].endswith("icze"), town
