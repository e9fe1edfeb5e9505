"""Finding the names in an English text that the termbase does not know yet.

English marks names with capitals, and says what they are: "opposition leader X", "the town of
Y", "X, 41,", "X said". A capitalised run of words is a name unless it is an ordinary word
starting a sentence (Debian's wamerican and wbritish word lists say which words are ordinary), a
title or role, a demonym (Belarusian) or a month. Where capitals say nothing (a headline in
title case or in capitals, a sentence's first word, a quote's), the words around decide: an
apposition ("Chop, the border town"), a speech verb ("Tusk told"), a full name elsewhere in the
text. A surname mentioned alone joins the full name mentioned elsewhere; possessives join the
name. Runs that overlap any term the termbase finds (in any listed or unlisted spelling) are not
new, unless their first name is not the known person's or another name stands before the term.

    discover(text, termbase)  -> [DiscoveredName(name="Maria Kalesnikava", count=3, kind="person", ...)]
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from glossary.proposals import MAX_NAME_WORDS, english_first_names, same_first_name

# Debian's wamerican and wbritish: the press writes both spellings (organizers, organisers).
WORD_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))
MAX_SENTENCES = 3

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+|\n\s*")
# A full stop after an initial or an abbreviation ends no sentence: "A. Tsitsenka", "St. Petersburg".
_ABBREVIATION = re.compile(r"(?:(?<!\bon )\b[A-Z]|\b(?:St|Mr|Mrs|Ms|Dr|Gen|Brig|Col|Lt|Sgt|Cpl|Capt|Adm|Prof|Gov|Sen|Rep|Rev|Fr|Jr|Sr|vs|v|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\.$")
# What starts a sentence inside a sentence: "Read more: Why ...", "he said: \"Nobody ...".
_OPENING = re.compile(r"(?:[:—–]\s*[\"“‘']?|\s-\s+|(?:^|\s)[\"“‘'])$")
_SEMICOLON = re.compile(r";\s*$")
# ("wrote on X. Navalny died": the platform's letter ends the sentence)
_INITIAL = re.compile(r"(?<![\w.])(?<!\bon )[A-Z]\.\s+(?=[A-Z])")
# "Daniel R. Foster": an initial after a given name is the name's own middle
_MIDDLE_INITIAL = re.compile(r"([A-Z][a-z]+) $")
# Name particles between a given name and a surname (Ursula von der Leyen), "din" and "lui" of Romanian
# names (Calea Ferată din Moldova, Valul lui Traian), Slavic "na" and "nad" inside names (Kredyt na Start, Nowe Miasto
# nad Pilicą), and Arabic articles written onto the surname (Mohammed al-Khulaifi).
PARTICLES = frozenset("von van der den de da di din du del della delle dei degli dos das le la ter ten bin ibn bint an am aan op cel lui na nad &".split())
# Particles of places and bodies only (Frankfurt an der Oder, Wijk aan Zee, Calea Ferată din
# Moldova, Valul lui Traian), never of a person's name.
PLACE_PARTICLES = frozenset("an am aan op din lui".split())
POLISH_IN = frozenset({"w", "we"})
_ARTICLE = re.compile(r"^(?:(?:al|el|ad|ar|as|ash|at|az|ibn|bin|abu)-|(?:d|l|dell|degli)['’])[A-Z]")
# Prefixes that leave a compound with a lower-case end a noun (Co-operation), where a name would
# make it an adjective (Kremlin-backed, Belarusian-language).
PREFIXES = frozenset("co ex non anti pro post pre re self sub inter counter mid multi".split())
# Combining forms written as words of their own in names: Cyber Partisans, Agro Holding, Eco Union.
COMBINING_FORMS = frozenset("cyber agro eco bio geo info tele petro techno".split())
# A word, "&" (Matthes & Seitz), dotted initials (N.R.M., J.P. Morgan, "U.S. envoy"), and capitalised
# words joined by a slash (RFE/RL, Radio Free Europe/Radio Liberty) as one.
# "Tut.by", "WatchDog.MD" keep their domain, "Kavkaz.Realii" its second word; "Washington-based", "Lida-born", "Panama-flagged", "EU-funded": the place or
# body without the participle; "Canal+", "Disney+" keep their plus (not a "C+" grade nor "C++")
_TOKEN = re.compile(r"[A-Z]{2,}:[A-Z][\w'’-]*|[A-Z]{1,3}&[A-Z]{1,3}\b|[A-Z]\.[A-Z][a-z]\w+|(?:[A-Z]\.){3,}|(?:[A-Z]\.){2,}(?=\s+[A-Za-z])|(?<!\w)[^\W\d_](?:[\w'’]|-(?!(?i:based|born|flagged|registered|headquartered|funded|owned|backed|linked|led|listed|made|built|operated|sponsored)\b))*(?:/[A-Z][\w'’-]*)*(?:\.(?:[a-z]{2,4}|[A-Z]{2}|[A-Z][a-z]{3,})\b(?!\.\w))?(?:(?<=[A-Za-z]{2})\+(?![\w+]))?|&")
# A brand in mixed case: airBaltic, eBay, iPhone.
_ORDINAL = re.compile(r"(?<![\w.])(\d{1,3}(?:st|nd|rd|th)) $")
UNITS = frozenset("battalion regiment brigade division corps army wing squadron fleet flotilla base".split())
# Places of detention, numbered: "Penal Colony No. 15", "the IK-3 colony", "Prison No. 8".
PRISONS = frozenset("colony colonies prison prisons camp camps jail".split())
_MIXED_CASE = re.compile(r"[a-z]{1,4}[A-Z][a-z]")
_INNER_CAPITAL = re.compile(r"[A-Za-z][a-z][A-Z]|[A-Z]{2}[a-z][A-Z]|^[A-Z][a-z]?[A-Z]$")
_POSSESSIVE = re.compile(r"['’]s?$")
_CONTRACTION = re.compile(r"(?:I|[A-Z][a-z]*)['’](?:m|ve|ll|re|d)|[A-Z][a-z]*n['’]t")
_WORD = re.compile(r"[\w'’-]+")
_GAP = re.compile(r"[ \t]+")  # only plain spaces join capitalised words into one name
# ("Finist, the Brave Falcon": a comma before a capitalised word or "the" stays inside)
# The nouns of schemes and campaigns named by a phrase: "the Grain from Ukraine programme".
# Nouns of a plan named with "for" and whom it is for: the Growth Plan for Moldova.
PLANS = frozenset("plan programme program facility strategy fund pact compact agenda mechanism initiative".split())
SCHEME_NOUNS = frozenset("programme program initiative campaign scheme project fund platform".split())
_SCHEME_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(SCHEME_NOUNS))}),\s+$")
_SCHEME_AFTER = re.compile(r"\s+(?:programme|program|initiative|campaign|scheme|project|fund|festival|platform)s?\b")
# A member's role and name after a body's: "Associated Press writer Illia Novikov", "Meduza editor Ivan Kolpakov".
_MEMBER_AFTER = re.compile(r"\s+(?:writer|correspondent|reporter|editor|photographer|spokesman|spokeswoman|spokesperson|analyst)\s+[A-Z][a-z]")
_BY_AUTHOR = re.compile(r"\s+by\s+(?:[A-Z][\w'’-]*\.?\s+)*?([A-Z][\w'’-]*)\b(?!\s+[A-Z])")
_AUTHOR_AFTER = re.compile(r"[,\s]+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’]s\s+[a-z]")
# A court case's name, as its judgment is cited: "Valiullina and Others v. Latvia", "Smith v Jones",
# where a word of the law says it is a case (a fixture is "Dinamo v Shakhtar").
_CASE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?: (?:and|of|the|[A-Z][\w'’-]*))*? v\.? [A-Z][\w'’-]*(?: (?:the )?[A-Z][\w'’-]*)*")
_LAW = re.compile(r"\b(?:case|cases|court|courts|judgment|judgement|ruling|ruled|rules|lawsuit|tribunal|judges?)\b")
_NUMBER_FIRST = re.compile(r"[\"“«](\d{1,4}) $")
_QUOTED_TITLE = re.compile(r"[\"“«]((?:\d{1,4} )?[A-Z](?:[^\"”».,!?;:]|, (?=[A-Z]|the |[^\W\d_]+[\"”»\s])|: (?=[A-Z]))*?)[\"”»]")
# Churches' sees, named after one or two cities: Diocese of Bialystok and Gdansk.
SEES = frozenset("diocese archdiocese eparchy archeparchy metropolis patriarchate exarchate".split())
# Words that say a quoted title names a work: "the film "Green Border"", "directed by".
WORKS = frozenset("""
film films movie documentary book books novel novels play plays song songs album poem poems painting paintings
series show exhibition opera ballet portrait feature story stories directed written titled entitled premiered
host hosts hosted programme program episode
memoir memoirs biography essay essays collection anthology symphony musical single track sitcom drama comedy thriller satire
published staged sang painted recorded released ballad ballads bestseller bestsellers reissued reprinted translated trilogy
anthem anthems hymn hymns sing sings sung verse
director directors screenplay screened screening screenings premiere jury nominated nomination cinema cinemas winner prize award awards
""".split())
# Small words inside a title in title case: "The Disappearance of Josef Mengele".
TITLE_WORDS = frozenset("the of a an and in on at to for with from by into over".split())
SAINT = frozenset({"St", "Ste", "Mt", "Ft"})  # their full stop belongs to the name: St. Sophia Cathedral
_AGE = re.compile(r"^,\s*\d{1,3}\s*,")

# Words that introduce a person: titles, offices, roles. A run starting with them loses them.
TITLES = frozenset("""
president prime minister deputy foreign defence defense interior finance justice health economy anticorruption
mr mrs ms dr sir lady lord duke duchess count countess baron mv mt uss hms general gen colonel col lieutenant lt major maj captain capt sergeant sgt
brigadier brig corporal cpl commodore adm ensign rank grandmaster
commander admiral marshal mayor governor senator congressman congresswoman councillor councilor chancellor speaker chairman chairwoman chair
secretary ambassador envoy judge prosecutor patriarch metropolitan bishop archbishop father fr pope
reverend rev pastor vicar archdeacon protodeacon hieromonk monsignor msgr sheikh ayatollah
cardinal rabbi imam archimandrite hegumen abbot archpriest deacon king queen prince princess tsar emperor leader chief head spokesman spokeswoman
spokesperson rapporteur representative opposition activist journalist blogger dissident director editor professor prof
coach striker champion candidate official officer commissioner ombudsman state former acting
executive goalkeeper goalie keeper defender defenceman defenseman midfielder winger forward referee skipper pivot playmaker
sister brother nun monk friar nuncio mufti grand
organiser organizer founder co-founder analyst economist lawyer historian poet novelist writer author artist
singer actor actress photographer reporter correspondent rector curator conductor pianist
frontman frontwoman guitarist drummer bassist vocalist soprano mezzo-soprano contralto tenor baritone violinist cellist composer ballerina choreographer
vice first second new late mp mep mps meps
ceo cfo coo cto gov sen rep
""".split())

# New Year's Eve, Victory Day, Independence Day: dates and holidays, no names
SEASONS = frozenset({"year", "year's", "eve", "day"})
# The arts a house stages, two of which may name it: "the Podlasie Opera and Philharmonic".
STAGE_ARTS = frozenset("opera philharmonic ballet theatre theater drama operetta".split())
# Words before a surname that make it a person's: "Mr Tusk", "Mrs May".
HONORIFICS = frozenset("mr mrs ms dr messrs".split())
# Relatives named by their given name alone: "her younger sister, Ivanna".
KINSHIP = frozenset("sister brother son daughter wife husband mother father cousin niece nephew grandson granddaughter".split())
# Offices whose plural heads a list of holders ("Foreign Ministers X and Y"), where the plural of a
# role may name a body (Reporters Without Borders, Union of Journalists).
OFFICES = frozenset("minister president governor ambassador envoy mayor senator chancellor secretary commissioner".split())
# Offices a holder's name, the office's field ("for Enlargement") or nothing follows: no names alone.
OFFICE_HOLDERS = OFFICES | frozenset({"rapporteur", "representative"})
# Titles that go with one name: Patriarch Kirill, Metropolitan Pavlo, King Charles.
ONE_NAME_TITLES = frozenset("patriarch metropolitan bishop archbishop archimandrite hegumen abbot pope king queen prince princess tsar emperor cardinal".split())
# Rulers' epithets after "the": Yaroslav the Wise, Casimir the Great, Ivan the Terrible.
EPITHETS = frozenset("""great wise terrible bold brave good pious elder younger blessed fair just magnificent conqueror
baptist evangelist apostle theologian martyr divine wonderworker illuminator""".split())
# Clerics' titles before one name: Grand Mufti Said Ismagilov, Chief Rabbi Moshe Azman.
CLERICS = frozenset("nuncio mufti rabbi imam".split())
# Portfolios that stand in titles (Foreign Minister), and in names of their own (Foreign Agents Act).
PORTFOLIOS = frozenset("foreign defence defense interior finance justice health economy".split())
# Titles that only modify another title: First Deputy Prime Minister, Former President.
MODIFIERS = frozenset("state former acting vice first second new late grand".split())

# Bodies named by the land they work in or are sent to: "Monitoring Mission in Ukraine", "OSCE Mission to Moldova".
MISSIONS = frozenset({"mission"})

# Nouns of events that words joined by "and" may name together: "the European Rapid and Blitz Championship".
EVENT_NOUNS = frozenset("championship championships cup tournament games festival olympiad".split())
_EVENT_NOUN_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(EVENT_NOUNS))})\b")

# Ports named "of" their city: the Port of Tallinn, the Freeport of Riga.
PORTS = frozenset("port seaport freeport airport".split())

# Players' positions that are bodies' nouns too: "Guard Tadas Zukauskas scored", "centre Arvydas Sabonis", where
# the National Guard and the Centre for Eastern Studies are bodies.
POSITIONS = frozenset("guard centre center".split())

# Words that make a run an organisation.
ORGANISATION_WORDS = frozenset("""
ministry council committee union university bank party service services court office agency centre
center institute academy front assembly federation chamber department bureau movement coalition
alliance association foundation fund commission battalion regiment brigade corps army navy guard
group company corporation news television radio channel newspaper parliament duma rada sejm
senate government cabinet administration church school hospital club team league legion network
forces staff chancellery organization organisation international authority watch duchy kingdom empire principality commonwealth theatre theater museum gallery library orchestra
conference society forum headquarters directorate inspectorate secretariat patriarchate diocese archdiocese eparchy synod
metropolis exarchate archeparchy community
dicastery congregation subcommittee force fleet cluster endowment lyceum gymnasium college mission tribunal
""".split())

# A firm's nouns after its brand: PSA International, Orlen Group, Kernel Holding, Dragon Capital, Fitch Ratings.
FIRM_NOUNS = frozenset("""
international group holding holdings company corporation capital financial technologies robotics ratings partners
industries solutions logistics ventures investments securities airlines pharma telecom
""".split())

# Nouns of documents, whose names say their subject with "on": the Treaty on European Union, the Convention on Cybercrime.
DOCUMENTS = frozenset("treaty convention agreement declaration act law charter protocol pact accord resolution statute code".split())

# Common nouns the press capitalises for one institution or region: the State, the West, the Fatherland.
INSTITUTION_NOUNS = frozenset("""
state crown constitution west east north south presidency prosecution opposition treasury capital
republic kingdom empire city town village continent web net fatherland motherland homeland
""".split())

# Common nouns that, capitalised after "the", name the one chamber, charter or sea the press means.
UNIQUE_INSTITUTIONS = frozenset("senate constitution gulf".split())

# Nouns after a model's name: "Iskander missiles", "Su-34 jet", "Patriot batteries" name weapons,
# no person, place or organisation ("Shahed models", but "on the Maidan model" names a place's example).
WEAPON_NOUNS = frozenset("""
missile missiles drone drones jet jets rocket rockets tank tanks launcher launchers howitzer howitzers
bomber bombers helicopter helicopters aircraft warplane warplanes battery batteries interceptor interceptors
rifle rifles pistol pistols gun guns replica replicas system systems plane planes models class
bomb bombs warhead warheads torpedo torpedoes vehicle vehicles
""".split())

# Words between a model's name and its plural noun: "Gripen fighter jets", "Kalibr cruise missiles".
WEAPON_KINDS = frozenset("fighter combat cruise ballistic attack strike reconnaissance surveillance transport interceptor kamikaze stealth battle glide guided armoured armored infantry".split())

# The nouns of places nature made, whose names a people's word before them only qualifies ("Ukrainian Black Sea ports").
NATURAL_PLACE_WORDS = frozenset("river lake sea bay island cape mountains valley basin delta coast peninsula gulf strait ocean forest".split())
# Words that make a run a place, and the words before a name that say it is a place.
PLACE_WORDS = NATURAL_PLACE_WORDS | frozenset("""
region oblast voblast hromada district province county voivodeship krai kray okrug raion rayon square street avenue park reserve
airport bridge cathedral archcathedral basilica chapel shrine abbey monastery palace castle stadium arena
""".split())
# The nouns of streets, squares, embankments, parks and lakes in the region's languages, which write them in
# lower case after the name (Gedimino prospektas, Doma laukums, Vabaduse valjak, ulica Marszalkowska
# aside): Lithuanian, Latvian, Estonian, Polish, and East Slavic romanized.
LOCAL_PLACE_NOUNS = frozenset("""
gatve gatvė prospektas aleja alėja aikste aikštė bulvaras skveras krantine krantinė parkas ezeras kalnas
iela laukums bulvaris bulvāris prospekts krastmala parks darzs dārzs ezers tanav tänav valjak väljak plats puiestee maantee
ulica aleje plac rynek
vulytsia vulitsa vulica ploshcha ploshchad ulitsa naberezhna naberezhnaya pereulok provulok shosse
""".split())
# Endings of Lithuanian genitives before a noun of the name: Vilniaus, Verslo, Lietuvos, Kauno.
LITHUANIAN_GENITIVES = ("aus", "os", "lo", "no", "ių", "iu")
# Endings of Lithuanian and Latvian nouns (tipografija, prospektas, kelias, bulvaris, ezerys, muzejus).
BALTIC_ENDINGS = ("ija", "as", "is", "ys", "us", "ai")
# A street's nouns: its name alone repeats it ("Rustaveli Avenue", then "on Rustaveli").
# "New", "Old", "Great", "Little", "White", "Northern", "Upper" of East Slavic and Polish place names (Nova Kakhovka,
# Stara Huta, Velyka Novosilka, Bila Tserkva, Pivnichna Saltivka, Verkhnii Rohachyk): no given name, so the word after
# them is no surname.
SLAVIC_PLACE_ADJECTIVES = frozenset("""
nova novyi nove novy novaya novoye nowa nowy nowe stara staryi stare stary staraya staroye velyka velykyi velyke
mala malyi male bila bilyi
pivnichna pivnichnyi pivnichne pivdenna pivdennyi pivdenne skhidna skhidnyi skhidne zakhidna zakhidnyi zakhidne
severnaya severny severnyi yuzhnaya yuzhny yuzhnyi vostochnaya vostochny zapadnaya zapadny
polnocna polnocny poludniowa poludniowy wschodnia wschodni zachodnia zachodni
verkhnia verkhnii verkhnie nyzhnia nyzhnii nyzhnie verkhnyaya nizhnyaya nizhny nizhniy gorna gorny dolna dolny
""".split())
STREETS = frozenset("street avenue boulevard prospekt prospect square lane embankment".split())
# First words that make a run a place: West Pomerania, Lower Silesia.
COMPASS = frozenset("north south east west upper lower central greater northern southern eastern western".split())
PLACE_BEFORE = frozenset("in from to near outside around across into towards toward via at".split())
PLACE_NOUNS = frozenset("town city village region district oblast province capital port settlement".split())
PERSON_VERBS = frozenset("said says told tells wrote writes added adds stated claimed argued warned explained recalled".split())
CALENDAR = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Abbreviated months and days: dates only next to a number ("Nov 26", "Sept 10"); Jan is a name too.
ABBREVIATED_DATES = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())
# Capitalised only in the word list, yet no name of a person or place the termbase could want; and the
# region's feasts no English list holds (Kupalle, Dziady, Barborka), holidays as Christmas is.
GENERIC_PROPER = frozenset("""
god virgin internet covid christmas easter hanukkah ramadan passover eid diwali nobel pulitzer oscar grammy emmy booker
assumption annunciation epiphany pentecost ascension advent lent nativity transfiguration candlemas christi
mass liturgy vespers eucharist orthodoxy catholicism christianity islam judaism buddhism hinduism protestantism
celsius fahrenheit kelvin
kupalle kupalye kupalla dziady kaliady maslenitsa radonitsa barborka andrzejki jaanipaev jonines uzgavenes navruz nowruz novruz nauryz
""".split())
# Languages, periods, styles and units: no name alone ("in Hebrew", "a Renaissance palace", "per kWh"),
# though a name may end in one (the Executed Renaissance, a generation of writers).
ALONE_NO_NAME = frozenset("""
hebrew yiddish sanskrit esperanto renaissance baroque rococo gothic romanesque classicism neoclassicism modernism constructivism enlightenment reformation
kwh mwh gwh twh kw mw gw hz khz mhz ghz kv
""".split())
# Words before a quoted slogan: "a banner reading "Stop the War"", "chanting "Long Live Belarus"".
SLOGAN_BEFORE = frozenset("reading read saying chanting chanted shouting shouted slogan slogans motto banner banners placard placards".split())
# Nouns a letter after them makes a category or a product's model, no name: Group B, Plan B, Type C, Model Y.
CATEGORIES = frozenset("group pool plan type category class grade level stage section zone phase tier part annex appendix option block model series".split())
# Continents are places, so names (the seed termbase holds Europe): "exports to Africa and Asia".
CONTINENTS = frozenset("europe asia africa america americas".split())
# Acronyms of things, not of a named body or place.
COMMON_ACRONYMS = frozenset("""
gdp mp mep tv ceo cfo ngo covid gmt utc ai ok phd dj suv atm hiv aids vip pr id pm am bc ad ufo dna
vpn sms ip usb pc it km kg mph gps lgbt lgbtq faq diy pow pows idp idps apc ifv mlrs hq vat lng lpg cpi mmr
r&d m&a q&a p&i b&b
sim esim gsm lte nfc usb api url pdf
eur usd gbp pln uah byn rub mdl gel chf sek nok dkk czk huf ron jpy cny
""".split())
CONNECTORS = frozenset({"of", "for", "and", "the", "on", "to"})
PLACE_CONNECTORS = frozenset({"of", "and", "the"})
# Lower-case prepositions that join words inside a name only ("Nobel Prize in Literature", "Democracy at Home").
JOINING_PREPOSITIONS = frozenset({"in", "at", "from", "with", "without", "against"})
# After an English proper noun these words leave it a noun ("Lithuania and", "Washington would");
# any other lower-case word makes it an attribute ("Nobel peace prize", "Olympic medalist").
FUNCTION_WORDS = frozenset("""
and or but nor so yet to of in on at by for with from as than that which who whose where when while
has have had is are was were be been will would shall should can could may might must did does do
said says told tells also still has not now then again too before after during since until because
if into over under about against between through near across without within per like unlike
""".split())
# Nouns after a run of two words or more that make it a body's name.
BODY_AFTER = frozenset("party campaign movement bloc coalition alliance initiative".split())
# One of them right before a run ("the party Lelo for Georgia") or right after it ("the Patriotic bloc").
_BODY_NOUN_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(BODY_AFTER))}) $")
_BODY_NOUN_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(BODY_AFTER))})\b")
# Platforms named before their channels: "its Pul Pervogo Telegram channel".
PLATFORMS = frozenset("telegram youtube facebook instagram tiktok vkontakte whatsapp viber twitter x".split())
CHANNELS = frozenset("channel channels account accounts page pages feed chat".split())

# Words before a name that say it names an organisation ("the rights group Memorial").
ORGANISATION_BEFORE = frozenset("""
group organisation organization party movement campaign bloc agency channel broadcaster newspaper outlet site website
magazine airline company firm bank club union centre center network platform app messenger foundation
charity initiative station portal publication daily weekly
""".split())


# Names of peoples no suffix rule derives from their country's name.
IRREGULAR_DEMONYMS = frozenset("""
saudi tatar kurd thai swiss dutch french greek czech slovak croat serb turk finn dane swede pole brit
scot welsh irish arab basque roma jew yazidi uzbek kazakh tajik kyrgyz chechen buryat cossack yakut
bashkir ossetian ingush avar circassian crimean soviet afghan nazi latin bolshevik
azeri abkhaz adjarian karaite hutsul lemko boyko rusyn kashub sorb chuvash karelian kalmyk tuvan nenets romani
emirati cypriot somali bosniak kosovar montenegrin slovene luxembourger briton malagasy monegasque icelandic icelander
faroese greenlandic walloon omani tamil silesian kashubian transcarpathian galician volhynian dagestani mordovian
argentine zealander afrikaner nigerien mozambican catalan yugoslav mongol magyar
philippine filipino catholic orthodox protestant muslim christian buddhist hindu sikh lutheran baptist evangelical
""".split())
# Countries and territories named by two lands joined by "and" (where "Poland and Lithuania" are two names).
TWO_LAND_COUNTRIES = frozenset({
    "Trinidad and Tobago", "Bosnia and Herzegovina", "Antigua and Barbuda", "Saint Kitts and Nevis", "St Kitts and Nevis",
    "Saint Vincent and the Grenadines", "Sao Tome and Principe", "São Tomé and Príncipe", "Turks and Caicos",
    "Wallis and Futuna", "Saint Pierre and Miquelon", "Heard and McDonald Islands"})
# Lands whose name starts with a people's word, where "the Polish Gdansk team" or "Russian Kursk" only qualify a
# place (English gives no other sign: "Saudi Arabia's fund", "in French Guiana").
PEOPLES_LANDS = frozenset({"Saudi Arabia", "French Guiana", "French Polynesia", "British Columbia", "Dutch Caribbean"})
# Countries named in the plural, no people's plural: "from the Philippines".
PLURAL_COUNTRIES = frozenset("philippines netherlands bahamas maldives seychelles comoros".split())
# A party's member as an adjective: "Social Democrat chairman", "a Christian Democrat deputy".
# Nouns after a party's name that say whose they are: "the Law and Justice caucus", "Law and Justice lawmakers".
PARTY_NOUNS = frozenset("caucus faction lawmakers deputies legislators members leader leadership chairman candidate candidates voters supporters government".split())
PARTY_MEMBERS = frozenset("democrat republican socialist communist liberal conservative nationalist".split())
# Determiners, quantifiers and conjunctions that start sentences before a name.
STARTERS = frozenset("""
the a an many some several few both all any no each every other another such most more much only even
just almost nearly about around whether although though once unless despite following according asked
speaking ahead amid among why how what where when unlike including like dozens hundreds thousands tens
millions two three four five six seven ten outside inside beyond behind beside along throughout
towards toward near via off up down out away further back better worse
nearby upstream downstream upriver downriver abroad ashore offshore onshore overseas inland
""".split())
# Words that head the name of a storm or a military operation: "Storm Boris", "Operation Spiderweb".
NAMED_BY = frozenset("storm hurricane cyclone typhoon operation".split())


@dataclass
class DiscoveredName:
    name: str
    kind: str  # person | place | organisation
    count: int = 0
    sentences: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # offsets of every mention

    def as_dict(self) -> dict:
        return {"name": self.name, "count": self.count, "kind": self.kind, "sentences": self.sentences}


@dataclass
class _Run:
    words: list[str]
    start: int
    end: int
    sentence: str
    sentence_initial: bool
    before: str  # the lower-case word before the run
    after: str  # text right after the run
    titled: bool = False
    possessive: bool = False
    initialled: bool = False  # after an initial: A. Tsitsenka
    headline: bool = False  # in a title-case line, where every word is capitalised
    quoted: bool = False  # the whole run in quotes: a work's title ("Wild Otter")
    office: bool = False  # after a title and "for" or "of": "Deputy Prime Minister for European Integration X"


# Commodities of the region's trade copy the English word lists lack ("Rapeseed and soybeans rose").
TRADE_WORDS = frozenset("rapeseed rapeseeds soymeal sunflowerseed durum canola ethanol biodiesel".split())


@lru_cache(maxsize=1)
def _english_words() -> tuple[frozenset[str], frozenset[str]]:
    """(ordinary lower-case words, capitalised proper nouns) of the English word list."""
    ordinary, proper = set(), set()
    for path in WORD_LISTS:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            word = line.strip()
            if word.endswith("'s"):
                continue
            (proper if word[:1].isupper() else ordinary).add(word)
    return frozenset(ordinary | TRADE_WORDS), frozenset(proper)


def _sentences(text: str):
    """``(start, sentence)`` pairs."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if "\n" not in match.group() and (_ABBREVIATION.search(text[start : match.start()]) and not _model_letter_ends(text, match)
                                           or _NUMERO.search(text, start, match.start()) and text[match.end() : match.end() + 1].isdigit()):
            continue  # "A. Tsitsenka", "St. Petersburg", "Tyurma No. 4"
        if text[match.start() - 1 : match.start()] in "!?" and text[match.end() : match.end() + 1].islower():
            continue  # "the For Stability! party", "\"Why?\" she asked": the sentence goes on
        if text[start : match.start()].strip():
            yield start, text[start : match.start()]
        start = match.end()
    if text[start:].strip():
        yield start, text[start:]


_NUMERO = re.compile(r"\bNo\.$")
_LETTER_BEFORE = re.compile(r"\b([A-Z][\w-]+) [A-Z]\.$")


def _model_letter_ends(text: str, match: re.Match) -> bool:
    """ "the older Gripen C. Analysts said", "Group B. Officials": a letter after a name that is no
    given name, then an ordinary word, ends the sentence, where "Daniel R. Foster" goes on."""
    before = _LETTER_BEFORE.search(text, max(0, match.start() - 40), match.start())
    following = re.match(r"[A-Z][a-z]+", text[match.end() :])
    return (before is not None and following is not None and _ordinary(following.group())
            and before.group(1).lower() not in english_first_names() and before.group(1) not in _english_words()[1]
            and not _is_title(before.group(1)))


@lru_cache(maxsize=1 << 16)
def _is_capitalised(token: str) -> bool:
    """A word that can be (part of) a name: capitalised (Co-operation, Rostov-on-Don, al-Khulaifi),
    and no compound adjective (Kremlin-backed, Soviet-era)."""
    if _ARTICLE.match(token) or _MIXED_CASE.match(token):
        return True
    if _CONTRACTION.fullmatch(token):
        return False  # "I've", "We'll", "Don't": a pronoun or a verb with its contraction
    head, _, tail = token.rpartition("-")
    # ("Lee Yong-bae", "Kim Dong-kwan": a Korean given name writes its second syllable in lower case, a short one
    # no English word, where "Soviet-era" and "Kyiv-bound" end on a word)
    syllables = re.fullmatch(r"[A-Z][a-z]{1,4}", head) is not None and re.fullmatch(r"[a-z]{2,4}", tail) is not None and not _ordinary(tail)
    return token[:1].isupper() and (syllables or not (tail[:1].islower() and head.lower() not in PREFIXES))


def _common_acronym(token: str) -> bool:
    """GDP, MPs, and a two-letter acronym that spells a word (IT, AM); SAP, WHO are bodies."""
    return token.rstrip("s").lower() in COMMON_ACRONYMS or len(token) == 2 and token.lower() in _english_words()[0]


# A name's number in Roman figures, of two letters or more: World War II, John Paul II, Charles III.
_ROMAN = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")


def _is_acronym(token: str) -> bool:
    """EU, OSCE, TVN24, and their plurals (MPs)."""
    bare = token.removesuffix("s")
    return len(bare) > 1 and bare.isupper()


_SMALL_WORDS = FUNCTION_WORDS | CONNECTORS | {"a", "an"}
_SLUG = re.compile(r"^\s*(?i:update|exclusive|analysis|explainer|factbox|insight|focus|timeline|breakingviews|column|wrapup|preview|"
                   r"interview|refile|corrected|rpt|wider image|graphic|poll|feature|scenarios|view|global markets|"
                   r"instant view|live|marketmind|soccer|tennis|athletics|biathlon|skiing|chess|olympics|ice hockey|basketball|cycling)(?: \d{1,2})?-(?=[A-Z\"“])")
_READ_MORE = re.compile(r"\W*(?i:read more|read also|also read|see also|related|recommended)\s*:\s+")
_LABEL = re.compile(r"\W*[A-Z][a-z]+:\s[^,:]+,")  # "Sources: Viasna, Reuters", where "Analysis: Why the ..." is a headline
_APPOSED_NAME = re.compile(r",\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+[,.]")
# ("By Ilya Kozlov, BBC Russian": a byline too)
_CREDIT = re.compile(r"\W*(?:(?:additional )?(?:reporting|editing|writing|compiled|photos?|text) )?by [A-Z]", re.IGNORECASE)


def _opens(sentence: str, start: int) -> bool:
    """Whether the word at start opens a clause as a sentence's first word does.

    English capitalises no word after a semicolon ("exports rose; China came fourth" names China), but for a
    credit line's next part ("Reporting by ...; Editing by ...")."""
    return bool(_OPENING.search(sentence[:start]) or _SEMICOLON.search(sentence[:start]) and _CREDIT.match(sentence, start))


def _is_headline(sentence: str, tokens: list[tuple[int, str]]) -> bool:
    """A line in title case with no full stop: its capitals say nothing about names."""
    # ("Read more: Why Belarus Matters to Putin": a link's label before a headline is no word of it)
    label = _READ_MORE.match(sentence)
    words = [word for start, word in tokens if word.lower() not in _SMALL_WORDS and (not label or start >= label.end())]
    if _CREDIT.match(sentence) or _LABEL.match(sentence):
        return False  # "Editing by Mark Trevelyan", "Sources: Viasna, Reuters": a credit line names people and bodies
    # (a headline may end in a quoted word: ... as Russia Brands It "Terrorist")
    end = sentence.rstrip()
    # ("What Next for Moldova After Pro-EU Party Wins Majority?": a question in title case too)
    return (len(words) >= 2 and not end.endswith((".", "!", ":")) and not (end.endswith("?") and len(words) < 4)
            and not (end.endswith(('"', "”")) and not end[-2:-1].isalnum())
            # ("... in Run-off", "Kremlin-backed Rebels ...": a compound is capitalised by its first part)
            and all(_is_capitalised(word) or word[:1].isupper() or word[:1].isdigit() for word in words))


def _headline_compound(word: str) -> bool:
    """PiS-Era, Kremlin-Backed, Soviet-Style: a name (no ordinary word, no prefix) and an ordinary word joined."""
    head, _, tail = word.rpartition("-")
    return (tail[:1].isupper() and tail[1:].islower() and _ordinary(tail) and head.lower() not in PREFIXES
            and not _ordinary(head) and "-" not in head and head[:1].isupper())


def _sea_named(word: str, following: str) -> bool:
    """Baltic Sea, Black Sea, Caspian Sea, Indian Ocean: a listed proper word, a colour or a compass word before a sea's noun."""
    return following.lower() in ("sea", "ocean") and (word in _english_words()[1] and not _ordinary(word)
                                                      or word.lower() in COMPASS | {"black", "white", "red", "yellow", "dead"})


def _compound(word: str) -> bool:
    """Heatwave, Ceasefire: two ordinary words written as one (in a headline, where names and
    words look alike; Greenpeace in running text stays a name)."""
    ordinary = _english_words()[0]
    lower = word.lower()
    return any(lower[:cut] in ordinary and lower[cut:] in ordinary for cut in range(3, len(lower) - 2))


def _unaccented(word: str) -> str:
    """chargé -> charge: a loanword English writes with its accent."""
    return "".join(char for char in unicodedata.normalize("NFKD", word) if not unicodedata.combining(char))


@lru_cache(maxsize=1 << 16)
def _ordinary(word: str) -> bool:
    """A word the English word list knows in lower case (co-operation too)."""
    ordinary = _english_words()[0]
    lower = word.lower()
    if _INNER_CAPITAL.search(word):
        return False  # PiS, IBRiS, airBaltic: a capital after a small letter writes a name
    plural = lower.endswith("s") and (lower[:-1] in ordinary or lower.endswith("es") and lower[:-2] in ordinary)  # hauliers
    # Reshapes, Reopens: a listed word with a prefix of repetition or negation
    prefixed = any(lower.startswith(prefix) and len(lower) - len(prefix) >= 5 and lower[len(prefix) :] in ordinary
                   for prefix in ("re", "un", "co", "pre"))
    # Unsurprisingly, Happily, Arguably: an adverb of a listed adjective
    adverb = lower.endswith("ly") and len(lower) > 6 and (lower[:-2] in ordinary or lower[:-3] + "y" in ordinary or lower[:-1] + "e" in ordinary)
    return lower in ordinary or plural or adverb or prefixed or lower.replace("-", "") in ordinary or all(
        part in ordinary for part in lower.split("-"))


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,}\)")
# Letters in brackets, mixed case too: (PiS), (IBRiS), (NABU)
_LETTERS_AFTER = re.compile(r"\s*\((?=[a-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{2,8}\)")


def _end_of_capitals(sentence: str, tokens: list[tuple[int, str]], index: int) -> int:
    """Where the capitalised words from ``index`` on end in ``sentence``."""
    end = tokens[index][0] if index < len(tokens) else len(sentence)
    while index < len(tokens) and _is_capitalised(tokens[index][1]) and _GAP.fullmatch(sentence[end : tokens[index][0]] or " "):
        end = tokens[index][0] + len(tokens[index][1])
        index += 1
    return end


def _joins(sentence: str, tokens: list[tuple[int, str]], group: list[tuple[int, str]], index: int,
           acronyms: frozenset[str] = frozenset(), whole: frozenset[str] = frozenset()) -> int:
    """How many tokens from ``index`` on continue ``group`` into one name (0: none): by the
    evidence around them, or because the text says the same words as one name elsewhere ("Law
    and Justice, the largest opposition party", then "backed by Law and Justice in the vote")."""
    said = " ".join(word for _, word in group)
    for step in (2, 3):  # "from Trinidad and Tobago": one country of two lands
        if " ".join([said, *(word for _, word in tokens[index : index + step])]) in TWO_LAND_COUNTRIES:
            return step
    step = _joins_by_evidence(sentence, tokens, group, index, acronyms) or _enumeration(sentence, tokens, group, index)
    if step or not whole:
        return step
    following = index
    while following < len(tokens) and tokens[following][1] in CONNECTORS:
        following += 1
    if following == index or following >= len(tokens) or not all(
            _GAP.fullmatch(sentence[a[0] + len(a[1]) : b[0]]) for a, b in zip(tokens[index - 1 : following], tokens[index : following + 1])):
        return 0
    said = " ".join(word for _, word in group + tokens[index : following + 1])
    return following + 1 - index if any(name == said or name.startswith(said + " ") for name in whole) else 0


def _epithet_agent(word: str) -> bool:
    """ "Nestor the Chronicler", "Edward the Confessor", "Yaroslav the Builder": a capitalised noun of
    what a man did, after "the", names him with his given name."""
    lower, ordinary = word.lower(), _english_words()[0]
    return lower.endswith(("er", "or")) and word[1:].islower() and not _is_title(word) and (lower[:-1] in ordinary or lower[:-2] in ordinary)


def _enumeration(sentence: str, tokens: list[tuple[int, str]], group: list[tuple[int, str]], index: int) -> int:
    """How many tokens from ``index`` on are a list of fields inside one body's name: "Ministry of
    Economy, Environment and Agriculture", "Latvian Environment, Geology and Meteorology Centre",
    "Lithuanian Farmers, Greens and Christian Families Union" (where the body's noun ends the list,
    a proper adjective may stand in it)."""
    if sentence[group[-1][0] + len(group[-1][1]) : tokens[index][0]] != ", ":
        return 0
    words = [word.lower() for _, word in group]
    body = bool(ORGANISATION_WORDS & set(words)) and bool({"of", "for"} & set(words))
    for loose, field in ((False, _ordinary), (True, lambda word: _ordinary(word) or word in _english_words()[1] and _adjectival(word))):
        position, last = index, index
        while position < len(tokens):
            start, word = tokens[position]
            gap = sentence[tokens[position - 1][0] + len(tokens[position - 1][1]) : start]
            if word == "and" and gap in (" ", ", "):
                position += 1
                continue
            if not (_is_capitalised(word) and field(word) and not _is_title(word)) or gap not in (" ", ", ") or (
                    gap == ", " and tokens[position - 1][1] == "and"):
                break
            last = position
            position += 1
        listed = [word for _, word in tokens[index : last + 1]]
        if "and" not in listed or listed[-1] == "and":
            continue
        if body and not loose or not ORGANISATION_WORDS & set(words) and listed[-1].lower() in ORGANISATION_WORDS:
            return last + 1 - index
    return 0


def _joins_by_evidence(sentence: str, tokens: list[tuple[int, str]], group: list[tuple[int, str]], index: int,
                       acronyms: frozenset[str]) -> int:
    """How many tokens from ``index`` on continue ``group`` into one name by the words around them.

    Plain spaces only; inside an organisation's name connectors too ("Institute for the Study of
    War", "Freedom of Russia Legion"), and particles inside a person's (Ursula von der Leyen)."""
    # ("the opposition party Lelo for Georgia": a body's noun in lower case right before the words names their body)
    organisation = any(word.lower() in ORGANISATION_WORDS for _, word in group) or _BODY_NOUN_BEFORE.search(
        sentence[: group[0][0]]) is not None
    # "the Lithuanian National Road Carriers' Association LINAVA": an acronym after a body's noun is its
    # short name, a name of its own
    if len(group) > 1 and _short_name_after([word for _, word in group], tokens[index][1]):
        return 0
    # "Sadales tīkls": Latvian, Lithuanian, Polish names write their second word in lower case;
    # a lower-case word with letters English lacks, after a word English lacks, is the name's
    word = tokens[index][1]
    # ("Laisves aleja", "Rigas iela": the local noun of a street or square after a word English lacks)
    if word in LOCAL_PLACE_NOUNS and not _ordinary(group[-1][1]) and _GAP.fullmatch(sentence[group[-1][0] + len(group[-1][1]) : tokens[index][0]]):
        return 1
    # ("Jelgavas tipografija": so does one written without its letters but with a Baltic noun's ending,
    # and "Augstsprieguma tikls": a Latvian noun's -s after a consonant, where "Azovstal steelworks" is English)
    # ("Vilniaus prekyba", "Verslo zinios": any such word after a Lithuanian genitive)
    if word.islower() and (not word.isascii() or word.isalpha() and (len(word) >= 6 and word.endswith(BALTIC_ENDINGS)
                                                                     or len(word) >= 5 and re.search(r"[^aeiouys]s$", word) and not _compound(word)
                                                                     or len(word) >= 5 and group[-1][1].endswith(LITHUANIAN_GENITIVES)
                                                                     and word not in PLACE_WORDS | LOCAL_PLACE_NOUNS)
                           and group[-1][1] not in _english_words()[1] and group[-1][1].lower() not in english_first_names()
                           ) and not _ordinary(_unaccented(word)) and not _ordinary(group[-1][1]) and _GAP.fullmatch(
            sentence[group[-1][0] + len(group[-1][1]) : tokens[index][0]]):
        return 1
    # a place's name takes "of" (and "and" after it): Gulf of Finland, Palace of Culture and Science
    place = any(word.lower() in PLACE_WORDS for _, word in group)
    # "World of Tanks", "Tomb of the Unknown Soldier": a capitalised common noun heads a thing's
    # name, where "Pavel Sapelka of Viasna" are two
    thing = _ordinary(group[-1][1]) and not _is_title(group[-1][1])
    head_thing = thing and all(_ordinary(word) and not _is_title(word) for _, word in group)
    connectors = PLACE_CONNECTORS if place and not organisation else CONNECTORS
    # "Nobel Prize in Literature": a prize in its field; "World Heritage in Danger": ordinary words "in" an
    # ordinary word no place bears (the Summit in Turkey stops at "in")
    field = tokens[index + 1][1] if index + 1 < len(tokens) else ""
    prize_in = field[:1].isupper() and _ordinary(field) and field.lower() not in CONNECTORS | FUNCTION_WORDS and (
        group[-1][1].lower() in ("prize", "award", "medal")
        or all(_ordinary(word) and not _is_title(word) for _, word in group) and field not in _english_words()[1])
    if tokens[index][1] == "in" and (prize_in or _named_with_place(sentence, tokens, group, index, acronyms)):
        connectors = connectors | {"in"}
    # "Democracy at Home, a small nationalist party": an apposition after the words says they are one body's name
    # (ordinary words both sides: "Analysts at DeepState, a monitoring group" and "Software from Helsing, a company" are no such name)
    apposed = False
    if tokens[index][1] in ("at", "in", "from", "with", "without", "against") and index + 1 < len(tokens) and head_thing and not _plural(
            group[-1][1]) and _is_capitalised(tokens[index + 1][1]):
        end = _end_of_capitals(sentence, tokens, index + 1)
        named = [word for start, word in tokens[index + 1 :] if start < end]
        apposed = (all(_ordinary(word) and not _is_title(word) for word in named) and _BODY_APPOSED.match(sentence, end) is not None
                   # ("a new programme, Study in Poland, which": or the scheme's noun before the words, in apposition, with a place)
                   or _SCHEME_BEFORE.search(sentence, 0, group[0][0]) is not None and sentence[end : end + 1] in (",", ".")
                   and not any(_is_title(word) for word in named))
    if apposed:
        connectors = connectors | {tokens[index][1]}
    # "the Grain from Ukraine programme": ordinary words "from" a name, before the noun of a scheme
    # ("the Build with Ukraine initiative": or "with" a name)
    from_place = tokens[index][1] in ("from", "with") and head_thing and group[0][0] != tokens[0][0] and _SCHEME_AFTER.match(
        sentence, _end_of_capitals(sentence, tokens, index + 1)) is not None
    if from_place:
        connectors = connectors | {tokens[index][1]}
    # ("the Special Tribunal for the Crime of Aggression against Ukraine", "the Committee against Torture": "against" goes on
    # inside a body's name after the field it is for, or before ordinary words; "the Council against Russia" stops at it)
    if tokens[index][1] == "against" and organisation and index + 1 < len(tokens) and _is_capitalised(tokens[index + 1][1]):
        against = [word for start, word in tokens[index + 1 :] if start < _end_of_capitals(sentence, tokens, index + 1)]
        words = [word for _, word in group]
        if all(_ordinary(word) for word in against) or {"for", "of"} & set(words) and thing and group[-1][1].lower() not in ORGANISATION_WORDS:
            connectors = connectors | {"against"}
    # ("the Council on Foreign Relations", "the Convention on Cybercrime": "on" goes on after a body's or a document's noun, its
    # subject; "flew to the International Space Station on the Axiom mission" names a station and a mission)
    if tokens[index][1] == "on" and group[-1][1].lower() not in ORGANISATION_WORDS | DOCUMENTS:
        connectors = connectors - {"on"}
    following = index
    # ("Pracownia na rzecz Wszystkich Istot": a lower-case word no English list knows after a Slavic particle goes on with it,
    # between words no list knows either)
    foreign = not _ordinary(group[-1][1])
    # ("Targi w Krakowie", "Sąd Okręgowy we Wrocławiu": Polish "w" / "we" before a place no list knows, after a word no list
    # knows either, names a Polish body by its seat)
    seat = (foreign and tokens[index][1] in POLISH_IN and index + 1 < len(tokens) and _is_capitalised(tokens[index + 1][1])
            and not _ordinary(tokens[index + 1][1]))
    if seat:
        following += 1
    while following < len(tokens) and (tokens[following][1] in connectors or tokens[following][1] in PARTICLES or foreign and following > index
                                       and tokens[following - 1][1] in PARTICLES and tokens[following][1].isalpha()
                                       and tokens[following][1].islower() and not _ordinary(tokens[following][1])):
        following += 1
    if following >= len(tokens) or not _is_capitalised(tokens[following][1]):
        return 0
    between = [word for _, word in tokens[index:following]]
    # "Church of Saints Simon and Helena": two saints' names make one church's
    if between == ["and"] and len(group) > 1 and group[-2][1].lower() in ("saints", "sts"):
        return following + 1 - index
    # "Yaroslav the Wise", "Casimir the Great", "the Order of Yaroslav the Wise": a ruler's name and an adjective of his
    # ("the Cathedral of St John the Baptist", "St Gregory the Illuminator": a saint's name, a word or not, and his)
    saint_named = len(group) > 1 and group[-2][1].rstrip(".") in SAINT | {"Saint"}
    if (between == ["the"] and (len(group) == 1 or group[-2][1] == "of" or saint_named) and (saint_named or not _ordinary(group[-1][1]))
            and (tokens[following][1].lower() in EPITHETS or _ordinary(tokens[following][1]) and _epithet_agent(tokens[following][1]))
            and _GAP.fullmatch(sentence[group[-1][0] + len(group[-1][1]) : tokens[index][0]])):
        return following + 1 - index
    # "Cathedral of St Stanislaus and St Ladislaus": so do two saints with a "St" each
    saint = SAINT | {"Saint"}
    if between == ["and"] and len(group) > 2 and group[-2][1].rstrip(".") in saint and tokens[following][1].rstrip(".") in saint and (
            place or organisation):
        return following + 1 - index
    # "Nika Gvaramia of the Coalition for Change": a person's full name ends before "of"
    # (and "Judge Elena Gorbacheva of the Nagatinsky District Court": a title does not make her a thing)
    # ("Agriculture Minister Stefan Krajewski of the Polish People's Party": the words of the office go first)
    # ("Judge Ion Munteanu of the ...": after a title, a given name that is also a word, before a surname no word, is a person's)
    holder = group[max((i + 1 for i, (_, word) in enumerate(group) if _is_title(word)), default=0):]
    titled_person = len(holder) == 2 and len(holder) < len(group) and not _ordinary(holder[-1][1])
    if between[:1] == ["of"] and len(holder) > 1 and not (organisation or place or not titled_person and any(
            _ordinary(word) and not _is_title(word) and word.lower() not in english_first_names() for _, word in holder)):
        return 0
    # ("switched from the Russian Chess Federation to the Polish one": "from" before a name, "to" after it, are a move's)
    if between[:2] == ["to", "the"] and re.search(r"\bfrom\s+(?:the\s+)?$", sentence[: group[0][0]]):
        return 0
    # "Committee to Protect Journalists and Reporters Without Borders": a name that says what
    # the body is for is whole; "and" starts another
    if "and" in between and organisation and any(word == "to" for _, word in group):
        return 0
    if between and not seat and not all(word in PARTICLES or word.islower() and not _ordinary(word) for word in between):
        # "the Committee and the OSCE": "and the" starts another name; calendar words end one
        rest = []
        for position in range(following, len(tokens)):
            start, word = tokens[position]
            gap = sentence[tokens[position - 1][0] + len(tokens[position - 1][1]) : start] if rest else " "
            if not _is_capitalised(word) or not _GAP.fullmatch(gap):
                break
            rest.append(word.lower())
        # ("the Iron Wolf Brigade of the Lithuanian Armed Forces", "Kyiv Metropolis of the Ukrainian Orthodox Church":
        # a body's part and the whole body, each named in full, are two; the Council of the European Union, the
        # Lithuanian Academy of Sciences' library and a church "of the Moscow Patriarchate" are one)
        # ("the 13th Khartiia Brigade of the National Guard of Ukraine": a named unit of a force, in ordinary words or not)
        unit = group[-1][1].lower() in UNITS
        # ("the Communist Party of the Russian Federation": a land named by its people's word and "Federation" or "Republic"
        # is no body, and the party "of" it is one name)
        land = len(rest) == 2 and rest[-1] in ("federation", "republic") and _demonym(tokens[following][1], _english_words()[1], english_first_names())
        if (between == ["of", "the"] and sum(word.lower() not in _SMALL_WORDS for _, word in group) > 1 and not land
                and group[-1][1].lower() in ORGANISATION_WORDS and len(rest) > 1 and rest[-1] in ORGANISATION_WORDS - SEES
                and (unit or [word for _, word in tokens[following + len(rest) : following + len(rest) + 1]] != ["of"]
                     and (not _ordinary(tokens[following][1]) or _demonym(tokens[following][1], _english_words()[1], english_first_names())))):
            return 0
        # ("the Institute of International Relations and Political Science of Vilnius University": a body named "of" its
        # field, then "of" a whole body named by a word no list knows, is a part of that body: two names)
        if (between == ["of"] and group[0][1].lower() in ORGANISATION_WORDS and {"of", "for"} & {word for _, word in group[1:]}
                and len(rest) > 1 and rest[-1] in ORGANISATION_WORDS and not _ordinary(tokens[following][1])):
            return 0
        # "Latvian State Radio and Television Centre", "Chornobyl Radiation and Ecological Biosphere
        # Reserve": two fields, ordinary words both, joined inside the name of the body or place
        # their last noun heads ("Human Rights Watch and Amnesty International" are two)
        # ("the Podlasie Opera and Philharmonic": one house named by the two arts it stages)
        if between == ["and"] and len(rest) == 1 and group[-1][1].lower() in STAGE_ARTS and rest[0] in STAGE_ARTS:
            return following + 1 - index
        # ("Viasna and Human Rights Watch": a name of its own, then a body's whole name, are two)
        if between == ["and"] and not (organisation or place) and not _ordinary(group[-1][1]) and rest[-1] in ORGANISATION_WORDS:
            return 0
        fields = (between == ["and"] and len(rest) >= 2 and _ordinary(group[-1][1]) and not _is_title(group[-1][1])
                  and all(_ordinary(word) and not _is_title(word) for word in rest)
                  and rest[-1] in (ORGANISATION_WORDS | PLACE_WORDS) - {"international", "news", "watch"})
        if ("and" in between and (between[-1] == "the" or group[-1][1].lower() in ORGANISATION_WORDS) and not fields
                or tokens[following][1].lower() in CALENDAR):
            return 0  # "Human Rights Watch and Amnesty International" are two
        # "the opposition Law and Justice party", "Law and Justice, the party of": the noun after
        # the name makes it an organisation's
        after = [word.lower() for _, word in tokens[following + len(rest) : following + len(rest) + 4]]
        named_after = after[:1] and after[0] in ORGANISATION_BEFORE or after[:1] in (["the"], ["a"]) and ORGANISATION_BEFORE & set(after[1:])
        # "an icon of Our Lady of Zhyrovichy to the Church of ...": "to" goes on inside a body's name
        # only (Committee to Protect Journalists, the Honour to Serve! party)
        if "to" in between and not organisation and not named_after:
            return 0
        # "World of Tanks", "BBC Ukrainian Book of the Year", where "Jannik Sinner of Italy" are two
        thing_of = thing and between[0] == "of" and "and" not in between and (head_thing or all(_ordinary(word) for word in rest))
        # "Wall of Remembrance of the Fallen for Ukraine": a memorial's name says whom it is for
        # "Order for Courage", "Medal for Bravery": an award's name says what it is for
        # ("the Growth Plan for Moldova", "Reform and Growth Facility for Moldova": so does a plan's, for the land it helps)
        thing_of = thing_of or head_thing and between == ["for"] and ("of" in {word for _, word in group} or all(_ordinary(word) for word in rest)
                                                                      or group[-1][1].lower() in PLANS)
        # ("the Freeport of Riga", "the Seaport of Gdansk": a port is named "of" its city, for all that Freeport is a town too)
        thing_of = thing_of or between == ["of"] and group[-1][1].lower() in PORTS
        # "Our Lady of Mercy", "Our Lady of Budslau": Mary's title heads an icon's or a church's name
        thing_of = thing_of or between == ["of"] and _our_lady([word for _, word in group])
        # "Commissioner for Religious and Ethnic Affairs", "Minister of Culture": an office and its
        # portfolio are one title, no name
        thing_of = thing_of or _portfolio([word for _, word in group] + between) and all(_ordinary(word) for word in rest)
        thing_of = thing_of or prize_in and between == ["in"] or fields or from_place and between in (["from"], ["with"]) or apposed and len(between) == 1
        # "Save the Children, which runs ...": a relative clause or an apposition after "X the Y" says it is one name;
        # so does a verb of speech after a verb's phrase of ordinary words ("Save the Children said", where "Then
        # the Ministry said" and "Meanwhile the Kremlin said" start with an adverb or go on to a listed name)
        after_phrase = sentence[tokens[following][0] + len(tokens[following][1]) :]
        thing_of = thing_of or between == ["the"] and len(group) == 1 and len(rest) == 1 and (re.match(
            r",\s+(?:which|who|the|a|an)\b", after_phrase) is not None or _VERB_AFTER.match(after_phrase) is not None
            and _ordinary(group[0][1]) and _ordinary(tokens[following][1]) and tokens[following][1] not in _english_words()[1]
            and group[0][1].lower() not in FUNCTION_WORDS | SENTENCE_OPENERS | STARTERS and not group[0][1].lower().endswith("ly"))
        # "backed by Law and Justice", "for Peace and Freedom.": two ordinary words capitalised inside a
        # sentence and joined by "and", with no noun after them ("Finance and Economy ministries"), are one name
        # ("the Warsaw Rapid and Blitz on Sunday", "the Day of Dignity and Freedom": so do the last of longer words)
        thing_of = thing_of or between == ["and"] and len(rest) == 1 and _pair_named(sentence, tokens, group, following)
        # ("the European Rapid and Blitz Championship": two ordinary words joined by "and" before an event's noun are its kinds)
        thing_of = thing_of or between == ["and"] and len(rest) >= 2 and rest[-1] in EVENT_NOUNS and group[-1][1].lower() not in EVENT_NOUNS and (
            _ordinary(group[-1][1]) and all(_ordinary(word) for word in rest))
        # "Law and Justice (PiS)": the letters after the words say they are one name
        end = tokens[following + len(rest) - 1]
        thing_of = thing_of or _LETTERS_AFTER.match(sentence, end[0] + len(end[1])) is not None
        # "the Deep and Comprehensive Free Trade Area": ordinary words joined by "and" into a longer name (after one word, or
        # before a plural both halves share: "World Blitz and Rapid Championships"; "Extinction Rebellion and Last Generation" are two)
        thing_of = thing_of or head_thing and between == ["and"] and len(rest) >= 2 and all(_ordinary(word) and not _is_title(word) for word in rest) and (
            len([word for _, word in group if word not in ("The", "A", "An")]) == 1 or _plural(rest[-1]))
        if not (organisation or place or thing_of) and not any(word in ORGANISATION_WORDS for word in rest) and not named_after:
            return 0
        # ("a poll by Norstat for ERR News", "Ipsos for Rzeczpospolita Daily": one word no list knows, then "for" a body named by
        # its noun, are a firm and its client; "Razom for Ukraine" is one)
        if (between == ["for"] and len(group) == 1 and not (organisation or place or thing_of) and not _ordinary(group[0][1])
                and len(rest) > 1 and rest[-1] in ORGANISATION_WORDS | ORGANISATION_BEFORE):
            return 0
        # "Journalist for Radio Svaboda", "Leader of the Belarusian Popular Front": a role at a named body
        # is no part of its name (an office's portfolio of ordinary words, "Commissioner for Human Rights",
        # and "Secretary of State Marco Rubio" go on)
        # ("The Speaker of the Sejm signed": a sentence's article before the office too)
        if (between[:1] in (["of"], ["for"]) and all(_is_title(word) for _, word in group if word not in ("The", "A", "An"))
                and group[-1][1] not in ("The", "A", "An") and not _is_title(rest[0])
                and not all(_ordinary(word) for word in rest)):
            return 0
        # "the New Left of Sejm Speaker Wlodzimierz Czarzasty": a title, then a name no list knows,
        # after "of" is a holder of an office, no part of the name before it
        holder_after = next((i for i, word in enumerate(rest[:-1]) if _is_title(word)), None)
        if (between == ["of"] and not (organisation or place) and holder_after is not None
                and not any(_is_title(word) and word.lower() not in MODIFIERS for _, word in group)
                and not all(_ordinary(word) for word in rest[holder_after + 1 :])):
            return 0
        # ("PSA International of Singapore", "Orlen Group of Poland": a firm's brand and its group's noun, then "of" the
        # land it comes from, are two names; the Bank of Georgia, the Group of Seven and the University of Warsaw are one)
        if (between == ["of"] and len(rest) == 1 and group[-1][1].lower() in FIRM_NOUNS and tokens[following][1] in _english_words()[1]
                and any(_is_acronym(word) or not _ordinary(word) for _, word in group[:-1])):
            return 0
        # "Our Party of Renato Usatii": a party "of" its leader's full name is two names
        if between == ["of"] and group[-1][1].lower() == "party" and len(rest) == 2 and not any(_ordinary(word) for word in rest):
            return 0
        # "the Dormition Cathedral of the Kyiv Pechersk Lavra": a building of the place that holds
        # it, where "the Church of the Holy Sepulchre" is one
        if place and group[-1][1].lower() in PLACE_WORDS and between == ["of", "the"] and len(rest) > 1 and not all(
                _ordinary(word) for word in rest):
            return 0
        # "Institute of Meteorology and Water Management", "Committee to Protect Journalists", but
        # "PKO Bank Polski and ING" are two, "sent the Committee to Minsk" names a place, and
        # "Radio Svaboda on Facebook" a channel
        # ("the Diocese of Bialystok and Gdansk", "Archdiocese of Minsk and Mahilyow": a see is named by its
        # two cities, or one and "All" a land: "Metropolis of Chisinau and All Moldova")
        see = (between == ["and"] and len(group) > 2 and group[-2][1] == "of" and group[-3][1].lower() in SEES
               and (len(rest) == 1 or len(rest) == 2 and rest[0] == "all"))
        # ("the OSCE Mission to Moldova", "the UN Mission to Kosovo": a mission is named by the land it is sent to)
        sent_to = between in (["to"], ["to", "the"]) and group[-1][1].lower() in MISSIONS
        # ("the Ministry of Communications and Informatization": a body's field may be a word the list lacks, a noun
        # derived by an English ending, after "and" and another field)
        derived_field = (between == ["and"] and organisation and len(rest) == 1 and _ordinary(group[-1][1])
                         and {"of", "for"} & {word for _, word in group} and _derived_noun(tokens[following][1]))
        if ({"and", "to", "on"} & set(between) and not all(_ordinary(word) for word in rest) and not see and not sent_to
                and not derived_field):
            return 0
        # "the Church of Saints Simon and Helena on Independence Square": a building on a named
        # square or street is two names
        if "on" in between and rest[-1] in PLACE_WORDS:
            return 0
    pairs = zip(tokens[index - 1 : following], tokens[index : following + 1])
    if not all(_GAP.fullmatch(sentence[a[0] + len(a[1]) : b[0]]) for a, b in pairs):
        return 0
    return following + 1 - index


def _derived_noun(word: str) -> bool:
    """Informatization, Digitalisation, Decarbonisation: a field's noun of an English ending, capitalised
    only, that the word list may lack."""
    return word[1:].islower() and word.lower().endswith(("ization", "isation", "ification")) and word not in _english_words()[1]


_LIST_BEFORE = re.compile(r"[A-Z][\w'’-]*,\s+$")


def _pair_named(sentence: str, tokens: list[tuple[int, str]], group: list[tuple[int, str]], following: int) -> bool:
    """ "backed by Law and Justice": the last word of ``group`` and the word at ``following`` are
    ordinary words, no people's, side's or month's, capitalised inside the sentence (or after other
    capitalised words), and no noun or name follows them."""
    first, second = group[-1], tokens[following]
    words = (first[1], second[1])
    # (after longer words only words of the lists, no land they know and no letters: "the United Nations and
    # Turkey", "NZ Gold and Fest", "Marlboro Gold and Fest" are two names each)
    if len(group) > 1 and (second[1] in _english_words()[1] or any(
            _is_acronym(word) or not (_ordinary(word) or word in _english_words()[1]) for _, word in group)):
        return False
    # ("to Egypt, Spain, Turkey and China", "to Turkey and China": the last two items of a list, and two
    # words both of which the list knows as names, are two)
    if _LIST_BEFORE.search(sentence, 0, group[0][0]) or all(word in _english_words()[1] for word in words):
        return False
    if len(group) == 1 and (first[0] == tokens[0][0] or _opens(sentence, first[0])) or not all(
            _ordinary(word) and (not _is_title(word) or word.lower() in PORTFOLIOS) and word[1:].islower()
            and word.lower() not in COMPASS | INSTITUTION_NOUNS | PLATFORMS | CALENDAR
            and not _demonym(word, _english_words()[1], english_first_names()) for word in words):
        return False
    after = sentence[second[0] + len(second[1]) :]
    next_word = re.match(r"\s+([a-z]+)\b", after)
    # ("on the Day of Dignity and Freedom next year": a time's word after them is no noun of theirs;
    # "Law and Justice caucus", "Law and Justice voted": a party's members or a verb after them are no
    # noun of a field either, where "Finance and Economy ministries" are)
    return (next_word.group(1) in FUNCTION_WORDS | {"next", "last", "this", "every"} | PARTY_NOUNS
            or _VERB_AFTER.match(after) is not None or next_word.group(1).endswith("ed") and len(next_word.group(1)) > 4
            ) if next_word else re.match(r"\s*(?:[,.;:)!?]|$)", after) is not None


def _title_cased_name(run: _Run) -> bool:
    """ "World War Two ended", "Central Election Commission said": three ordinary words or more in title
    case that start a sentence of running text, no headline, before a lower-case word, are one name; a
    sentence's words would not all be capitalised (a plural at the end, "Red Cross Volunteers", counts things)."""
    words = run.words[:-1] if _ROMAN.fullmatch(run.words[-1]) else run.words  # "World War II ended"
    return (len(run.words) >= 3 and not run.headline and not run.quoted and all(word[:1].isupper() and _ordinary(word) and not _is_title(word) for word in words)
            and words[0].lower() not in FUNCTION_WORDS | SENTENCE_OPENERS | STARTERS | CONNECTORS and not words[0].lower().endswith(("ly", "ed", "ing"))
            and not _plural(words[-1]) and re.match(r"\s+[a-z]", run.after) is not None
            # ("Promoter Frank Warren said": a doer's noun before words the lists also hold as a person's names is a role)
            and not (_doer(words[0]) and any(word in _english_words()[1] for word in words[1:])))


def _portfolio(words: list[str]) -> bool:
    """ "Commissioner for", "Minister of Culture and": a title, "for" or "of", then ordinary words."""
    for position, word in enumerate(words[:-1]):
        if _is_title(word) and words[position + 1] in ("for", "of"):
            return all(_ordinary(other) or other in CONNECTORS for other in words[position + 1 :])
    return False


def _our_lady(words: list[str]) -> bool:
    return [word.lower() for word in words[-2:]] == ["our", "lady"]


def _named_with_place(sentence: str, tokens: list[tuple[int, str]], group: list[tuple[int, str]], index: int,
                      acronyms: frozenset[str]) -> bool:
    """True when "in" and the place after it belong to the name before them, where "protesters in
    Minsk" or "the Institute of National Remembrance in Warsaw" stop at "in": the text abbreviates
    the whole (OSCE for "Organization for Security and Co-operation in Europe"), a continent is the
    body's reach, too wide to say where it sits (the same "... in Europe"), a diaspora's body
    names its people and their country ("Union of Poles in Belarus", "Association of Belarusians
    in Lithuania"), a mission is named by the land it works in ("Monitoring Mission in Georgia"), or a Polish national museum is named by its city ("National Museum in Kraków")."""
    end = _end_of_capitals(sentence, tokens, index + 1)
    place = [word for start, word in tokens[index + 1 :] if start < end]
    words = [word for _, word in group]
    if not place or not any(word.lower() in ORGANISATION_WORDS for word in words):
        return False
    if _ACRONYM_AFTER.match(sentence, end) or [word.lower() for word in place] in (["europe"], ["asia"], ["africa"], ["eurasia"]):
        return True
    initials = "".join(part[0] for word in words + place if _is_capitalised(word) and word not in ("The", "A", "An")
                       for part in word.split("-") if part[:1].isupper())
    if len(initials) >= 3 and initials in acronyms:
        return True
    people = len(words) >= 3 and words[-2] == "of" and words[-1].endswith("s") and _demonym(
        words[-1], _english_words()[1], english_first_names())
    return people or words[-1].lower() in MISSIONS or [word.lower() for word in words[-2:]] == ["national", "museum"]


def _runs(text: str):
    """Runs of capitalised words in each sentence, with the context discovery weighs; a name
    joined by its connectors once ("Law and Justice, the party") is joined wherever it recurs."""
    acronyms = frozenset(re.findall(r"\b[A-Z]{3,}\b", text))
    surnames = _surnames(text)
    first = [(offset, sentence, list(_sentence_runs(offset, sentence, acronyms, frozenset(), surnames))) for offset, sentence in _sentences(text)]
    whole = frozenset(" ".join(run.words) for _, _, runs in first for run in runs if any(word.islower() for word in run.words))
    for offset, sentence, runs in first:
        # only a sentence that holds such a name, not said whole there, reads differently
        if any(name in sentence for name in whole):
            runs = list(_sentence_runs(offset, sentence, acronyms, whole, surnames))
        yield from runs


def _surnames(text: str) -> frozenset[str]:
    """Words the text writes after a given name (Donald Tusk): "Tusk's Civic Coalition" are two
    names, for all that a tusk is a word."""
    proper, first_names = _english_words()[1], english_first_names()
    return frozenset(match.group(2) for match in re.finditer(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b", text)
                     if (match.group(1) in proper or match.group(1).lower() in first_names) and not _ordinary(match.group(1))
                     and not _demonym(match.group(1), proper, first_names))


def _sentence_runs(offset: int, sentence: str, acronyms: frozenset[str], whole: frozenset[str], surnames: frozenset[str]):
    """The capitalised runs of one sentence, with the context discovery weighs."""
    # "UPDATE 2-", "EXCLUSIVE-", "Analysis-": a wire's slug before its headline is no word of it
    sentence = _SLUG.sub(lambda match: " " * len(match.group()), sentence, count=1)
    # An initial (A. Tsitsenka) is left out of the name, and says it is a person's.
    initials = {m.start(): m.end() for m in _INITIAL.finditer(sentence)}
    middle = {start for start in initials if _given_name_before(sentence[:start])}
    initials = {start: end for start, end in initials.items() if start not in middle}
    initialled = set(initials.values())
    tokens = [(m.start(), m.group().rstrip("-") + ("." if (m.group() in SAINT | {"v", "vs"} or m.start() in middle) and sentence[m.end() : m.end() + 1] == "." else ""))
              for m in _TOKEN.finditer(sentence) if m.start() not in initials]
    # ("Court Jails Ex-ABLV Executives", "ex-Wagner fighters": the name after "ex-" is the body's own)
    tokens = [(start + 3, word[3:]) if _FORMER.match(word) else (start, word) for start, word in tokens]
    capitals = sum(len(word) for _, word in tokens if word.isupper())
    if capitals > 0.8 * sum(len(word) for _, word in tokens) and len(tokens) >= 4:
        return  # a headline in capitals: they say nothing about names, nor about acronyms
    # ("* LITPOL LINK", "* NORDBALT": a factbox's subhead in capitals, where "* IHAR KARNEI - Journalist" goes on;
    # "WHAT CHANGED?": an explainer's, of ordinary words)
    if tokens and capitals == sum(len(word) for _, word in tokens) and (
            sentence.lstrip().startswith(("*", "•")) or len(tokens) > 1 and all(_ordinary(word) for _, word in tokens)):
        return
    headline = _is_headline(sentence, tokens)
    if headline:
        # ("... Remove PiS-Era Appointees", "Kremlin-Backed Rebels": a headline capitalises a compound's ordinary end,
        # which running text writes "PiS-era"; the name is the part before it)
        tokens = [(start, word.rpartition("-")[0]) if "-" in word and _headline_compound(word) else (start, word) for start, word in tokens]
    titles = _titles(sentence, tokens)
    index = 0
    while index < len(tokens):
        if not _is_capitalised(tokens[index][1]) and index not in titles:  # ("Tiki-taka", an album, is a title)
            index += 1
            continue
        title_end = titles.get(index)
        group = tokens[index:title_end] if title_end else [tokens[index]]
        # ("20 Days in Mariupol": a title's first number is its own)
        number_first = _NUMBER_FIRST.search(sentence, 0, group[0][0]) if title_end else None
        if number_first:
            group.insert(0, (number_first.start(1), number_first.group(1)))
        index = title_end or index + 1
        # a possessive ends a name, but for an organisation's noun after a common one: "the
        # Prosecutor's Office", "Women's Tennis Association", after a name too if the common noun is
        # an office's ("Anticorruption Prosecutor's Office", "Kharkiv Mayor's Office"; "Maia
        # Sandu's Party" and "Donald Tusk's Civic Coalition" are two)
        while not title_end and index < len(tokens) and not (_POSSESSIVE.search(group[-1][1]) and not (
                # ("Hellenic Shipowners' Association": a compound of two ordinary words is as common)
                (_ordinary(_POSSESSIVE.sub("", group[-1][1])) or _compound(_POSSESSIVE.sub("", group[-1][1])))
                and (_POSSESSIVE.sub("", group[-1][1]) not in _english_words()[1] | surnames or group[-1][1].endswith(("s'", "s’")))
                # ("the Polish Academy of Sciences' Institute of Art": a whole body's possessive owns the next one)
                and not any(word.lower() in ORGANISATION_WORDS for _, word in group[:-1])
                # ("the Supreme Court's Chamber of ...", "the European Union's Cohesion Fund": so does a body's own)
                and _POSSESSIVE.sub("", group[-1][1]).lower() not in ORGANISATION_WORDS
                and (len(group) == 1 or _ordinary(group[-2][1]) or group[-1][1].endswith(("s'", "s’"))
                     or _is_title(_POSSESSIVE.sub("", group[-1][1]))
                     or _demonym(group[-2][1], _english_words()[1], english_first_names()))
                and _body_ahead(sentence, tokens, index)
                or _saints_building(sentence, tokens, group, index) or _possessive_of(tokens, group, index))):
            # 'Robert "Magyar" Brovdi': a nickname in quotes between a given name and a surname
            if _NICKNAME.match(sentence, group[-1][0]) and (group[-1][1].lower() in english_first_names() or group[-1][1] in _english_words()[1]):
                start, word = tokens[index]
                group += [(start - 1, sentence[start - 1] + word + sentence[start + len(word)]), tokens[index + 1]]
                index += 2
                continue
            # "Lloyd's of London": a possessive owns nothing before "of"; the name is "X's" and the place
            step = 2 if _possessive_of(tokens, group, index) else _joins(sentence, tokens, group, index, acronyms, whole)
            if not step:
                break
            group += tokens[index : index + step]
            index += step
        # 'the Union of Democrats "For Lithuania"', "the Homeland Union - Lithuanian Christian Democrats": a
        # body's name goes on into a quoted motto or, after a spaced dash, into its second name
        # (not in a headline: 'Exiled Theatre Stages "Tutejshyja"' quotes a play after a verb)
        if not title_end and not headline and any(word.lower() in ORGANISATION_WORDS for _, word in group):
            step = _second_name(sentence, tokens, group, index)
            if step:
                quoted = sentence[group[-1][0] + len(group[-1][1]) :].lstrip()[:1] in ('"', "“")
                added = tokens[index : index + step]
                if quoted:
                    added = [(added[0][0] - 1, sentence[added[0][0] - 1] + added[0][1]), *added[1:]]
                    added[-1] = (added[-1][0], added[-1][1] + sentence[added[-1][0] + len(added[-1][1])])
                else:
                    added = [(added[0][0] - 2, "-"), *added]
                group += added
                index += step
        # "the 24th Mechanised Brigade": a unit's number is part of its name
        ordinal = _ORDINAL.search(sentence, 0, group[0][0])
        if ordinal and UNITS & {word.lower() for _, word in group}:
            group.insert(0, (ordinal.start(1), ordinal.group(1)))
        # "on October 25th Street": a street named after a date keeps its month and day
        dated_street = _DATED_STREET.search(sentence, 0, group[0][0]) if len(group) == 1 and group[0][1].lower() in STREETS else None
        if dated_street:
            group[:0] = [(dated_street.start(1), dated_street.group(1)), (dated_street.start(2), dated_street.group(2))]
        number = _numbered(sentence, group)
        # ("the Safe Credit 2% run by the previous government", "the Housing 1.5% scheme": a scheme named by its rate)
        rate = _RATE_NAMED.match(sentence, group[-1][0] + len(group[-1][1])) if number is None and len(group) > 1 else None
        if rate and (sentence[: group[0][0]].endswith("the ") or group[0][1] == "The") and all(
                _ordinary(word) and not _is_title(word) for _, word in group):
            number = (rate.start(1), rate.group(1))
        if number is not None:
            if group[-1][1] == "No":
                group[-1] = (group[-1][0], "No.")
            group.append(number)
            # "the Family 800 Plus programme": capitalised words after the number, before a scheme's noun
            # ("Metalist 1925 Kharkiv": and a club's city after its founding year)
            end = _end_of_capitals(sentence, tokens, index)
            if index < len(tokens) and sentence[number[0] + len(number[1]) : tokens[index][0]] == " " and end > tokens[index][0] and (
                    _SCHEME_AFTER.match(sentence, end) or _founded_in(sentence, group[:-1], _YEAR_AFTER.match(sentence, number[0] - 1))):
                while index < len(tokens) and tokens[index][0] < end:
                    group.append(tokens[index])
                    index += 1
        # "the For Stability! party": an exclamation mark inside a sentence is the name's own
        # ("the party Stability!, led by ...": so is one before a comma)
        start, word = group[-1]
        if re.match(r"!(?: [a-z]|,)", sentence[start + len(word) : start + len(word) + 3]):
            group[-1] = (start, word + "!")
        first, last = group[0], group[-1]
        previous = _WORD.findall(sentence[: first[0]])
        before = previous[-1].lower() if previous else ""
        # "near Siversk, Lyman and Kupiansk": a name in a list after a place's preposition
        # ("into Polish and German": a list that names a people names languages, no places)
        listed = _LISTED.search(sentence, 0, first[0])
        if listed and listed.group(1).lower() in PLACE_BEFORE and not any(
                _demonym(item, _english_words()[1], english_first_names()) for item in re.findall(r"[A-Z][\w'’-]+", listed.group())):
            before = listed.group(1).lower()
        # an enumeration keeps its commas: "Ministry of Economy, Environment and Agriculture" (and a title its
        # colon: "Faces of Faith: Icons from Donbas")
        words = [word + (sentence[start + len(word)] if sentence[start + len(word) : start + len(word) + 2] in (", ", ": ") else "")
                 for start, word in group[:-1]]
        in_quotes = (len(group) > 1 and first[0] > 0 and sentence[first[0] - 1] in "\"“«"
                     and sentence[last[0] + len(last[1]) : last[0] + len(last[1]) + 1] in ("\"", "”", "»"))
        if not title_end and _slogan(sentence, group):
            continue
        yield _Run([*words, last[1]], offset + first[0], offset + last[0] + len(last[1]), sentence.strip(),
                   first[0] == tokens[0][0] or _opens(sentence, first[0]), before, sentence[last[0] + len(last[1]) : last[0] + len(last[1]) + 120],
                   initialled=first[0] in initialled, headline=headline,
                   quoted=bool(title_end) or in_quotes,
                   office=_office_before(previous))


_FORMER = re.compile(r"[Ee]x-(?=[A-Z])")
_NICKNAME = re.compile(r"[A-Z][a-z]+ [\"“][A-Z][\w-]*[\"”] [A-Z][\w'’-]+")


def _office_before(previous: list[str]) -> bool:
    """ "Minister of", "Special Envoy for", "Rapporteur on the": the words before a run end in an
    office's title and the preposition that goes on into its field."""
    words = previous[:-1] if previous[-1:] == ["the"] else previous
    # ("Speaker of the", "Chairman of the": a capitalised title too)
    return len(words) > 1 and words[-1] in ("for", "of", "on") and (
        words[-2].lower() in OFFICE_HOLDERS or words[-2][:1].isupper() and _is_title(words[-2]) and words[-2].lower() not in MODIFIERS)


# "Estlink 2 power cable", "Estlink 1, kept", "Kvartal 95 studio": a small number after a word no
# list knows; no score (Legia 2-1), decimal, thousands or quantity ("Naftogaz 2 billion", "Boeing 737 jet")
_OUTLETS = "site|website|portal|channel|broadcaster|newspaper|outlet|daily|weekly|magazine|station|app|platform"
_NOT_A_NAME_AFTER_DIGITS = r"(?!(?:st|nd|rd|th|km|kg|am|pm|mm|cm|ml|kw|mw|gw|mb|gb)\b)"  # ordinals and units
_NUMBERED_OUTLET = re.compile(rf"\b(?:{_OUTLETS})\s+(\d{{1,3}}{_NOT_A_NAME_AFTER_DIGITS}[a-z]{{2,}}(?:\.[a-z]{{2,4}})?|\d\+\d)(?![\w+])"
                              rf"|(?<![\w+.,])(\d{{1,3}}{_NOT_A_NAME_AFTER_DIGITS}[a-z]{{2,}}|\d\+\d)\s+(?:{_OUTLETS})s?\b")
_NUMBER_AFTER = re.compile(r" (\d{1,3}(?:\+\d{1,3})?)(?![\d,.:/–+-]\d|\s*(?:%|[-–]))(?=[,.;:)]|\s+([A-Za-z]+)|\s*$)")


_DATED_STREET = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}(?:st|nd|rd|th)) $")
_RATE_NAMED = re.compile(r" (\d{1,2}(?:\.\d)?%)(?=\s+(?:programme|program|scheme|loans?|mortgages?|run|launched|introduced|offered)\b)")
_CAPITALS_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*)*")
_YEAR_AFTER = re.compile(r" ((?:19|20)\d\d)\b(?![\d,.:/–-]\d)")
_BODY_APPOSED = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(BODY_AFTER | ORGANISATION_BEFORE))})\b")
_ORGANISATION_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(ORGANISATION_BEFORE))}) $")


_SERIES_AFTER = re.compile(r"\s+(?:events?|tournaments?|series|games|matches|sessions|broadcasts|shows)\b")
_EVENT_AFTER = re.compile(r"(?: [A-Z][a-z]+)*? (?:Olympics|Paralympics|Games|Cup|Championships?|Expo|Biennale|Festival)\b")


# Words after a stock index's name: its noun, or a verb its level takes.
INDEX_AFTER = frozenset("index indexes indices rose fell gained lost slipped added climbed dropped edged ended closed jumped slumped".split())


def _founded_in(sentence: str, group: list[tuple[int, str]], year: re.Match | None) -> bool:
    """ "Metalist 1925 Kharkiv": a past year between a word no list knows and a place's capitalised
    name, no ordinary word, is a club's founding year inside its name; "Milano Cortina 2026 Winter
    Olympics": any year, before an event's noun, the edition's."""
    if not year or not group or _ordinary(group[-1][1]) or _is_acronym(group[-1][1]):
        return False
    if _EVENT_AFTER.match(sentence, year.end()):
        return True
    city = re.match(r" ([A-Z][a-z]+)\b(?![’'-])", sentence[year.end() :])
    return city is not None and not _ordinary(city.group(1)) and int(year.group(1)) <= 2025


def _numbered(sentence: str, group: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The number that ends a name, as a token, or None; "Tyurma No. 4" too, where the words
    before "No." name something ("Symphony No. 5" names no one)."""
    start, word = group[-1]
    numero = word == "No" and len(group) > 1 and sentence[start + 2 : start + 3] == "."
    if numero:
        word = group[-2][1]
    match = _NUMBER_AFTER.match(sentence, start + 3 if numero else start + len(word))
    # "Poland 2050, the party founded by": a year ends a body's name where an apposition says it is one
    year = _YEAR_AFTER.match(sentence, start + len(word))
    # ("HK Olimp/Venta 2002, HK Prizma": a club's founding year after its name and its club letters)
    club = (year and len(group) > 1 and 2 <= len(group[0][1]) <= 3 and _is_acronym(group[0][1])
            and re.match(r"[,;.]|\s+(?:and|or)\s", sentence[year.end() :]))
    # ("EuroBasket 2025", "Euro 2024": a European event's or a brand's edition)
    edition = year and len(group) == 1 and (word.startswith("Euro") or _INNER_CAPITAL.search(word)) and not _is_acronym(word)
    # ("Poland 2050 polled 4%", "drafted by Poland 2050 and": a far year after a land's name is a party's or a plan's, where
    # "in Poland 2024 was" is none; a year after a preposition is a date: "in Poland in 2050")
    vision = year and len(group) == 1 and int(year.group(1)) >= 2030 and word in _english_words()[1] and not _ordinary(word)
    if not match and year and (_BODY_APPOSED.match(sentence, year.end()) or club or edition or vision or _founded_in(sentence, group, year)) and (
            not _ordinary(word) or edition) and word.lower() not in CALENDAR | ABBREVIATED_DATES:
        return year.start(1), year.group(1)
    if not match:
        return None
    noun = (match.group(2) or "").lower()
    # ("the opposition website Charter 97", "Latvian Radio 4", "the Football 1 channel": a body's noun
    # names the dictionary word)
    # ("shown on Polsat Sport 1": a brand's ordinary word and its number name a channel)
    # (a sentence's article is no word of the name: "The Nord Stream 2 pipeline")
    words = [word for _, word in group[1:]] if group[0][1] in ("The", "A", "An") else [word for _, word in group]
    named = (_ORGANISATION_BEFORE.search(sentence, 0, group[0][0]) is not None or noun in ORGANISATION_BEFORE
             or len(words) > 1 and not _ordinary(words[0]) and words[0].lower() not in english_first_names()
             and not (match.group(2) or "")[:1].isupper()
             or any(other.lower() in ORGANISATION_WORDS - CATEGORIES | PRISONS for _, other in group))
    # ("the PARE 1+1 programme": a scheme's letters and number before its noun)
    scheme = _SCHEME_AFTER.match(sentence, _CAPITALS_AFTER.match(sentence, match.end(1)).end()) is not None
    # ("the S&P 500 rose", "the STOXX 600 index": a stock index's letters and number, before its noun or a verb of prices)
    scheme = scheme or (_is_acronym(word) or "&" in word) and re.fullmatch(r"\d{2,3}", match.group(1)) is not None and noun in INDEX_AFTER
    named = named or scheme
    # ("Jails Three Men For Up To 22 Years": a headline's preposition before a number names nothing)
    # ("sanctions on Arctic LNG 2": a trade's letters before a project's number, after its other words, name the project)
    project = len(group) > 1 and _common_acronym(word) and group[0][1] not in ("The", "A", "An") and not _is_title(group[0][1])
    if (_ordinary(word) and not named or _is_title(word) or _is_acronym(word) and not (scheme or project) or _POSSESSIVE.search(word)
            or word.lower() in CALENDAR | ABBREVIATED_DATES | FUNCTION_WORDS):
        return None
    # (a plural after the number counts things, where a capitalised word goes on with a name: "Family 800 Plus")
    if noun.endswith("s") and noun not in FUNCTION_WORDS and not (match.group(2) or "")[:1].isupper() or noun in WEAPON_NOUNS or noun in QUANTITIES:
        return None
    # ("the Saab 340 AEW plane", "Boeing 737 MAX jets": a variant's letters, then a lower-case noun, after a maker's number make a model)
    if re.match(r" [A-Z]{2,4} [a-z]", sentence[match.end(1) :]) and not named:
        return None
    return match.start(1), match.group(1)


def _second_name(sentence: str, tokens: list[tuple[int, str]], group: list[tuple[int, str]], index: int) -> int:
    """How many tokens from ``index`` on are a body's quoted motto ('"For Lithuania"') or, after a
    spaced dash, its second name ending in a party's members ("- Lithuanian Christian Democrats")."""
    if index >= len(tokens):
        return 0
    gap = sentence[group[-1][0] + len(group[-1][1]) : tokens[index][0]]
    end = _end_of_capitals(sentence, tokens, index)
    words = [word for start, word in tokens[index:] if start < end]
    if not words or not all(_is_capitalised(word) or word in TITLE_WORDS for word in words):
        return 0
    if gap in (' "', " “") and sentence[end : end + 1] in ('"', "”") and len(words) <= 4:
        return len(words)
    if gap in (" - ", " – ") and len(words) > 1 and (words[-1].lower().removesuffix("s") in PARTY_MEMBERS or words[-1].lower() in BODY_AFTER):
        return len(words)
    return 0


def _slogan(sentence: str, group: list[tuple[int, str]]) -> bool:
    """ "a banner reading "Football Against War"", "chanting "Long Live Belarus"", "placards reading
    "No Teachers, No Future" and "Respect Us"": ordinary words quoted after a word that says they
    are read or chanted are a slogan, and so are the quotes listed after it ("code-named "Operation
    Resin"", "the "Points of Invincibility"" are names)."""
    # ("Free Ukraine": a land the word list knows may be chanted too)
    if not all(_ordinary(word) or word in TITLE_WORDS for _, word in group[:1]) or not all(
            _ordinary(word) or word in TITLE_WORDS or word in _english_words()[1] for _, word in group):
        return False
    before = sentence[: group[0][0]]
    # inside quotes: after an odd number of straight ones, or after an opening curly one
    opening = before.rfind('"') if before.count('"') % 2 else before.rfind("“") if before.rfind("“") > before.rfind("”") else -1
    if opening < 0:
        return False
    before = _LISTED_QUOTES.sub("", before[:opening])
    said = re.search(r"(\w+)\W*$", before)
    return bool(said) and said.group(1).lower() in SLOGAN_BEFORE


# The quotes listed before another: ""Stop the War" and ", ""Respect Us", "
_LISTED_QUOTES = re.compile(r"(?:[\"“][^\"“”]*[\"”]\s*(?:,|,?\s*(?:and|or))\s*)+$")


def _possessive_of(tokens: list[tuple[int, str]], group: list[tuple[int, str]], index: int) -> bool:
    return (len(group) == 1 and bool(_POSSESSIVE.search(group[0][1])) and index + 1 < len(tokens) and tokens[index][1] == "of"
            and _is_capitalised(tokens[index + 1][1]))


def _short_name_after(words: list[str], word: str) -> bool:
    """True when ``word`` is a body's acronym right after its full name, ``words``."""
    return (len(word) >= 3 and word.isupper() and word.isalpha() and not _common_acronym(word)
            and any(_POSSESSIVE.sub("", other).lower() in ORGANISATION_WORDS for other in words))


def _body_ahead(sentence: str, tokens: list[tuple[int, str]], index: int) -> bool:
    """ "the Prosecutor's Office", "Women's Tennis Association": after a common noun's possessive,
    capitalised words that end in a body's noun continue the name."""
    end = _end_of_capitals(sentence, tokens, index)
    ahead = [word for start, word in tokens[index:] if start < end]
    if len(ahead) > 1 and _short_name_after(ahead[:-1], ahead[-1]):
        ahead = ahead[:-1]
    # or one that names a body after it ("Podlasie Farmers' Initiative", "People's Daily"), or a
    # confederation ("Estonian Employers' Confederation"; "the Confederation" alone is a party)
    # ("the Devil's Valley", "Heroes' Square": or a place's noun; "the Women's Strike movement": or a
    # movement's noun in lower case after them)
    return bool(ahead) and (ahead[-1].lower() in ORGANISATION_WORDS | ORGANISATION_BEFORE | PLACE_WORDS | {"confederation"}
                            or _BODY_NOUN_AFTER.match(sentence, end) is not None)


def _saints_building(sentence: str, tokens: list[tuple[int, str]], group: list[tuple[int, str]], index: int) -> bool:
    """ "St George's Cathedral", "St Michael's Golden-Domed Monastery": a saint's possessive
    continues into the building named after the saint."""
    if group[0][1].rstrip(".") not in SAINT | {"Saint"} or len(group) != 2:
        return False
    end = _end_of_capitals(sentence, tokens, index)
    ahead = [word for start, word in tokens[index:] if start < end]
    return bool(ahead) and ahead[-1].lower() in PLACE_WORDS | ORGANISATION_WORDS


def _given_name_before(text: str) -> bool:
    match = _MIDDLE_INITIAL.search(text)
    word = match.group(1) if match else ""
    # "In A. Tsitsenka's case", "Judge A. Tsitsenka": the initial is the name's first
    return bool(word) and not _is_title(word) and word.lower() not in FUNCTION_WORDS | SENTENCE_OPENERS | STARTERS and (
        word.lower() in english_first_names() or word in _english_words()[1] or not _ordinary(word))


def _titles(sentence: str, tokens: list[tuple[int, str]]) -> dict[int, int]:
    """A work's title in quotes, as token ranges: "Under the Grey Sky", "Green Border"; a quoted
    sentence ("We are too old") has words in lower case or punctuation, and is none, and a slogan
    ("Stop the War") is none where nothing in the sentence speaks of a work or its author."""
    titles = {}
    works = bool(WORKS & set(re.findall(r"[a-z]+", sentence)))
    for match in _QUOTED_TITLE.finditer(sentence):
        # ("\"Voices from Chernobyl\", Svetlana Alexievich's oral history": an author's possessive after it)
        # ('"Kaidash's Family" by Ivan Nechui-Levytskyi': an author named after "by" too)
        author = _BY_AUTHOR.match(sentence, match.end())
        owned = (_POSSESSIVE.search(sentence[: match.start()].rstrip()) or _AUTHOR_AFTER.match(sentence, match.end())
                 or author and not _ordinary(author.group(1)))
        if not (works or owned):
            continue
        inside = [i for i, (start, _) in enumerate(tokens) if match.start(1) <= start < match.end(1)]
        words = [tokens[i][1] for i in inside]
        if len(words) == 1 and words[0][:1].isupper() and (owned or WORKS & set(re.findall(r"[a-z]+", sentence[max(0, match.start() - 30) : match.end() + 30]))):
            titles[inside[0]] = inside[0] + 1
        elif len(words) > 1 and all(_is_capitalised(word) or word in TITLE_WORDS for word in words) and _is_capitalised(words[-1]):
            titles[inside[0]] = inside[-1] + 1
        # "\"Dzikae palyavanne\", a ballad": a title in its own language, in sentence case
        # ("Dievs, sveti Latviju", an anthem: with a comma and a name inside)
        # ("Put, vejini", a song: its first word may look English where the words after it are all foreign, in lower case)
        elif len(words) > 1 and _is_capitalised(words[0]) and (not _ordinary(words[0]) or all(word.islower() for word in words[1:])) and all(
                (word.islower() or _is_capitalised(word)) and not _ordinary(_unaccented(word)) for word in words[1:]):
            titles[inside[0]] = inside[-1] + 1
    for match in _CASE.finditer(sentence) if _LAW.search(sentence) else ():
        inside = [i for i, (start, _) in enumerate(tokens) if match.start() <= start < match.end()]
        if inside:
            titles[inside[0]] = inside[-1] + 1
    return titles


def _demonym(word: str, proper: frozenset[str], first_names: frozenset[str]) -> bool:
    """Belarusian(s), Ukrainian, Polish, Russians: adjectives and nouns of a people, no names."""
    bare = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    # Roman, Ivan; the Philippines; Ocean (no people of Oceania); Christi of Corpus Christi, a feast
    if bare.lower() in first_names or word.lower() in PLURAL_COUNTRIES | PLACE_WORDS | GENERIC_PROPER | CONTINENTS:
        return False
    if bare.lower() in IRREGULAR_DEMONYMS or word.lower() in IRREGULAR_DEMONYMS:
        return True
    head, _, tail = word.rpartition("-")
    if head.lower() in PREFIXES:  # Pro-Russian, Anti-Soviet
        return _demonym(tail, proper, first_names)
    # Gagauz of Gagauzia, Kazakh of Kazakhstan: a people named by its land's stem (a listed
    # Tunis or Niger is a place)
    # ("Alexandr" of Alexandria is a given name, as Alexandra says)
    # (Port is a word, no people of a Portia)
    if (len(bare) >= 4 and bare not in _english_words()[1] and not _ordinary(bare) and any(bare + end in proper for end in ("ia", "stan", "istan"))
            and (bare + "a").lower() not in first_names):
        return True
    # Turkic, Germanic: a people's adjective of a people (Islamic, Baltic are none)
    if bare.endswith("ic") and len(bare) >= 6 and bare[:-2] in proper and _demonym(bare[:-2], proper, first_names):
        return True
    for suffix in ("ian", "an", "ish", "ese", "i"):
        # not Xi from X, nor Mari from Mar: Omani, Iraqi from countries of four letters or more
        if bare.endswith(suffix) and len(bare) - len(suffix) >= (4 if suffix == "i" else 3):
            stem = bare[: -len(suffix)]
            if suffix == "i" and stem[-1] in "aeiou":
                continue  # Nicolai of a Nicola, Mihai: a land's people in -i take it after a consonant (Israeli, Omani, Qatari)
            # Israeli from Israel only: Sikorski is no demonym for all that Sikorsky is a word
            # (a land in -ia names its people in -ian, never in -an, and one in -o in -an, never in -ian:
            # Serban is a surname, not a Serb, and Ciprian a given name)
            ends = {"i": ("",), "an": ("", "a", "e", "y", "o", "any"), "ian": ("", "a", "e", "ia", "y")}.get(
                suffix, ("", "a", "e", "ia", "y", "o", "any"))
            # Polish, Belgian, Japanese are listed; a listed Kazan or Milan is a place, not a people
            # Levan is no people of a Levy: the lists name the peoples of short countries (Cuban)
            # (a short land in -a names its people in -an, Cuba's Cubans; Milan is no people of a Milo)
            if bare in proper and suffix in ("ian", "ish", "ese") or any(
                    stem + end in proper and (len(stem + end) >= 5 or bare in proper and (suffix != "an" or end == "a")) for end in ends):
                return True
    return False


@lru_cache(maxsize=1 << 14)
def _is_title(word: str) -> bool:
    """Minister, Deputy, and plurals of offices ("Foreign Ministers Radosław Sikorski and ...")."""
    head = word.lower().rstrip(".").split("-")[0]
    return head in TITLES or head.endswith("s") and head[:-1] in OFFICES


def _clean(run: _Run, first_names: frozenset[str], lowered: frozenset[str] = frozenset(), inside: frozenset[str] = frozenset()) -> list[_Run]:
    """Split a run at demonyms and months, drop titles and a sentence's ordinary first word (but for words
    the text capitalises inside a sentence too, ``inside``).

    An organisation keeps its demonym: European Commission, Belarusian PEN Centre."""
    ordinary, proper = _english_words()
    following_noun = run.after.split()[:1]
    # "the European Belarus campaign", "the European Solidarity party": a body by the noun after it
    organisation = (_is_org(run, list(range(len(run.words)))) or len(run.words) > 1 and not run.possessive and following_noun
                    and following_noun[0].strip(",.;:") in BODY_AFTER) and not run.headline
    pieces: list[list[int]] = [[]]
    for position, word in enumerate(run.words):
        bare = _POSSESSIVE.sub("", word)
        following = _POSSESSIVE.sub("", run.words[position + 1]) if position + 1 < len(run.words) else ""
        # Indian Wells, Belarusian Railway: a demonym before an ordinary word names something;
        # before a title or a name (Belarusian President Lukashenko) it does not.
        # ("the Belarusian Extraleague": so does one before a body's noun compounded with an ordinary word)
        named = ((following.lower() in ordinary or following.lower() in COMBINING_FORMS or following[:1].isupper() and _compound(following)
                  and following.lower().endswith(tuple(ORGANISATION_WORDS)) and following not in proper)
                 and not _is_title(following) and not run.headline and not _office_ahead(run.words, position + 1)
                 and following.lower() not in IRREGULAR_DEMONYMS and not (_is_acronym(following) and _common_acronym(following)))
        # ("Altai Krai", "Indian Ocean": a people's word before a place's noun names the place; "Ukrainian Black
        # Sea ports": before a place's whole name it qualifies it)
        named = named or following.lower() in PLACE_WORDS
        # ("the European Olympic Qualification Tournament": before a proper adjective and a body's or an event's noun)
        named = named or (following in proper and _adjectival(following) and len(run.words) > 2 and _ordinary(run.words[-1])
                          and not run.headline and not _demonym(following, proper, first_names))
        # ("Pomeranian Science and Technology Park", "Lithuanian National Stadium": before a built place's name the people's
        # word is the name's own)
        named = named and not (position == 0 and len(run.words) > 2 and run.words[-1].lower() in NATURAL_PLACE_WORDS and not organisation)
        named = named or f"{bare} {following}" in PEOPLES_LANDS
        # "Moldovan GRES": a demonym before an acronym names a body ("Dutch TTF prices", "British NBP futures": not
        # the letters of a market its prices are quoted at, which the people's word only places)
        named = named or (_is_acronym(following) and following.isalpha() and not run.headline and not _common_acronym(following)
                          and not (position + 2 == len(run.words) and _MARKET_AFTER.match(run.after)))
        # after a given name a "demonym" is a surname (Rafael Grossi), and so is a possessive one
        previous = run.words[position - 1] if position else ""
        named = named or bare != word or (previous and not run.headline and previous.lower() not in ordinary
                                          and not _is_title(previous) and not _demonym(_POSSESSIVE.sub("", previous), proper, first_names))
        # "Adrian Lupușor": a "demonym" before a surname no list knows is a given name
        named = named or (position == 0 and len(run.words) == 2 and not run.headline and not _ordinary(following)
                          and bare.lower() not in IRREGULAR_DEMONYMS
                          # ("Eugen Comendant": a "people" of a land's stem, Eugenia's, with no people's ending, too)
                          and (_given_name_like(bare, proper) or not bare.endswith(("an", "ish", "ese", "i", "ic")))
                          # ("Brian Fitzpatrick", "Damian Green": a listed given name before a listed surname too)
                          and (following not in proper or bare in proper and _given_name_like(bare, proper))
                          and not _is_acronym(following) and not _demonym(following, proper, first_names))
        # "Editing by Christian Radnedge", "Reporting by Roman Olearchyk and German Adamovich": a credit line names people,
        # so a people's or a faith's word before a surname is a given name
        named = named or (position == 0 and run.before in ("by", "and") and bool(following) and not _ordinary(following)
                          and _CREDIT.match(run.sentence) is not None)
        # "Chancellor Christian Stocker", "Energy Minister German Galushchenko": after an office a people's or a faith's
        # word before a surname is a given name
        named = named or (bool(previous) and _is_title(previous) and following[:1].isupper() and not _ordinary(following)
                          and not _is_acronym(following) and not _demonym(following, proper, first_names))
        # "St John the Baptist": an epithet after "the" inside a name is no people's word
        named = named or previous == "the" and bare.lower() in EPITHETS
        # "his call sign, Hutsul": a soldier's name, whatever word it is
        named = named or position == 0 and run.before in ("sign", "callsign")
        # "Defenceman Kristians Rubins": a people's plural never qualifies a name, a given name in -s does
        named = named or (bare.endswith("s") and bool(following) and not run.headline and not _ordinary(following)
                          and not _is_acronym(following) and not _demonym(following, proper, first_names))
        # In a title-case line only words no dictionary knows in lower case can be names.
        # ("Largest Cyber Attack" over "a cyber attack": a word the text writes in lower case is ordinary there)
        # ("Why the Baltic States Fear": an adjective the list knows, before another word of the headline)
        # ("... Courts Washington", "Trump Eyes Greenland": a place the lists name is no compound of two words)
        headline_word = run.headline and (_ordinary(bare) or _compound(bare) and bare not in proper or _is_title(bare) or bare.lower() in lowered
                                          or following and bare in proper and _adjectival(bare)) and not _is_acronym(bare)
        # ("Submarine Shadowed Ferry In Baltic Sea", "Drills In Black Sea As ...": a sea's name that ends a headline's phrase says
        # itself, where "Black Sea Corridor Nears Record" may only qualify a name the text gives whole)
        previous_word = _POSSESSIVE.sub("", run.words[position - 1]) if position else ""
        sea_at = position + 1 if _sea_named(bare, following) else position if _sea_named(previous_word, bare) else None
        headline_word = headline_word and not (sea_at is not None and (sea_at == len(run.words) - 1 or run.words[sea_at + 1].lower() in _SMALL_WORDS))
        # ("Turkey And Hungary Back ...", "Deal With Chad And Niger": a word the lists name too, joined by "And" to a name no
        # dictionary knows as a word, is a name as its partner is)
        partners = [run.words[at] for at, joined in ((position + 2, position + 1), (position - 2, position - 1))
                    if 0 <= at < len(run.words) and run.words[joined] in ("And", "and", "&")]
        headline_word = headline_word and not (bare in proper and not _is_title(bare) and word == bare and any(
            _POSSESSIVE.sub("", partner) in proper and not _ordinary(_POSSESSIVE.sub("", partner)) and not _demonym(_POSSESSIVE.sub("", partner), proper, first_names)
            for partner in partners))
        dated = bare.lower() in ABBREVIATED_DATES and (
            position == len(run.words) - 1 and re.match(r"\.?\s*\d", run.after) or position == 0 and run.before.isdigit())
        # "in Milan and Cortina", "to Kazan.": after a place's preposition, with no noun after it,
        # a word in -an is a place, not a people (a people's word in -ian or -ish may be a language)
        # ("into German, French and Polish": listed with peoples, it is a language)
        named = named or (len(run.words) == 1 and run.before in PLACE_BEFORE and bare.endswith("an") and not bare.endswith("ian")
                          and bare.lower() not in IRREGULAR_DEMONYMS and not _attributive(run) and not _listed_demonym(run, proper, first_names))
        # "in the Carpathians", "a ballet about the Carpathians": there a plural in -ans of no land's people
        # (Ukrainians of Ukraine) is a mountain range
        stem = bare.removesuffix("ians") if bare.endswith("ians") else bare.removesuffix("ans")
        named = named or (len(run.words) == 1 and run.before == "the" and bare.endswith("ans") and not _attributive(run)
                          and not any(stem + end in proper for end in ("", "a", "e", "ia", "y", "o", "any"))
                          and re.search(rf"\b(?:in|across|beyond|through|about|over|along|into|around|near|under|on) the {re.escape(bare)}\b(?!['’])", run.sentence) is not None)
        # ("the Caspian Sea", then "ports on the Caspian.": a people's word of no land, alone after "the", is the short form of
        # the place or body the text names with it, where "the Ukrainian said" beside "the Ukrainian Athletic Association" is a
        # person)
        land_stem = re.sub(r"(?:ian|an|ish)$", "", bare)
        named = named or (len(run.words) == 1 and run.before == "the" and not _attributive(run) and not run.after.startswith(("'", "’"))
                          and land_stem != bare and not any(land_stem + end in proper for end in ("", "a", "e", "ia", "y", "o", "and"))
                          and any(name.startswith(bare + " ") and name.split()[-1].lower() in ORGANISATION_WORDS | PLACE_WORDS for name in inside))
        # "Russian-Language Pupils": a people's word compounded with ordinary ones is an adjective, and so
        # is "Pro-Kremlin" in a headline
        head, *tail = bare.split("-")
        compound = bool(tail) and _demonym(head, proper, first_names) and all(_ordinary(part) for part in tail) or (
            head.lower() in ("pro", "anti") and bool(tail) and run.headline and not organisation)
        # "Fat Thursday", "Good Friday", "Bloody Sunday": an ordinary word before a weekday names the day
        # ("the Titled Tuesday events": an event's noun after the weekday says it names a series of events)
        series = len(run.words) >= 2 and run.words[-1] in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday") and (
            _ordinary(run.words[-2]) and not _is_title(run.words[-2]) and _SERIES_AFTER.match(run.after) is not None)
        day = following.lower() in WEEKDAYS and _ordinary(bare) and not _is_title(bare) and not (series and position + 2 == len(run.words))
        if position and position == len(run.words) - 1 and bare.lower() in PLATFORMS and following_noun and following_noun[0].strip(",.;:") in CHANNELS:
            pieces.append([position])  # "its Pul Pervogo Telegram channel": the channel's name, then the platform's
        elif (headline_word or dated or compound or day
                or (bare.lower() in CALENDAR or bare.lower().removesuffix("s") in CALENDAR) and not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", following)
                and not (series and position == len(run.words) - 1)
                or not (organisation or named) and _demonym(bare, proper, first_names)):
            pieces.append([])
        else:
            pieces[-1].append(position)
    cleaned = []
    for piece in [part for whole in pieces for part in _org_and_person(run, whole)]:
        titled = False
        # "The Vistula", "Many Belarusians": a sentence's ordinary first word goes; alone,
        # discover() weighs it; "Semen Kryvonos", "Transparency International" keep it, and so
        # does a name its connectors joined ("Law and Justice, the party")
        # "Steelmaker Severstal": a compound noun of an agent goes as well
        agent = _compound(run.words[0]) and run.words[0].endswith(("er", "or", "ist"))
        # ("Pro-government Imedi TV", "Anti-Kremlin Dozhd TV": a prefix's compound adjective is as ordinary)
        head, *tail = run.words[0].lower().split("-")
        prefixed = bool(tail) and head in PREFIXES and (head in ("pro", "anti", "post", "non") or all(
            part.islower() and _ordinary(part) for part in run.words[0].split("-")[1:]))
        # ("Biathlete Dmytro Pidruchnyi": a word no list knows before a given name and a surname is a role)
        role = (len(run.words) == 3 and run.words[1].lower() in first_names and run.words[0].lower() not in first_names
                and run.words[0] not in proper and not _is_acronym(run.words[0]) and run.words[0][1:].islower() and "-" not in run.words[0]
                # ("Critic Tomasz Raczek", "Insurer ERGO Lietuva": a noun of one who does what a listed verb
                # says, before words no list knows, is the sentence's role, not the name's first word)
                # ("Promoter Frank Warren": words the lists also hold as names, Frank and Warren, count as names there)
                or len(run.words) >= 3 and _doer(run.words[0]) and not any(_ordinary(word) and word not in proper and not _is_acronym(word)
                                                                       for word in run.words[1:])
                # ("Guard Tadas Zukauskas scored": a player's position before two words no list knows)
                or _positioned(run.words[0], run.words[1:]))
        # ("LOT Polish Airlines kept": a word in capitals of three letters or more is a body's letters, for all that a lot is a word)
        letters = len(run.words[0]) > 2 and run.words[0].isupper() and run.words[0].isalpha()
        if (len(piece) > 1 and piece[0] == 0 and run.sentence_initial and not run.quoted and (run.words[0].lower() in ordinary and not letters or agent or prefixed or role)
                and not _our_lady(run.words[:2])
                # ("Red Cross volunteers": two ordinary words in title case stay together, and say nothing;
                # "World War Two ended": so do three or more in a sentence, which _title_cased_name weighs)
                and not (len(piece) == 2 and _ordinary(run.words[1]) and not _plural(run.words[1]) and not agent
                         and run.words[0].lower() not in FUNCTION_WORDS | SENTENCE_OPENERS | STARTERS)
                and not (len(piece) == len(run.words) and _title_cased_name(run))
                and " ".join(run.words[i] for i in piece) not in inside
                and not _is_title(run.words[0]) and run.words[0].lower() not in NAMED_BY | first_names
                and run.words[1] != "and" and not (run.words[1] == "the" and len(run.words) == 3 and run.words[0].lower() not in
                                                   FUNCTION_WORDS | SENTENCE_OPENERS | STARTERS)  # "Save the Children, which"
                # ("Associated Press writer Illia Novikov": a body's words before its member's role and name; "The Kremlin's
                # spokesman X" still loses its article)
                and not (_MEMBER_AFTER.match(run.after) and run.words[0].lower() not in FUNCTION_WORDS | SENTENCE_OPENERS | STARTERS)
                # ("Statistics Poland (GUS) reported", Statistics Lithuania: a land's statistics office is named so)
                and not (run.words[0] == "Statistics" and len(run.words) == 2 and run.words[1] in proper)
                # ("Third Way, the alliance of", "Come Back Alive, the largest fund": ordinary words an
                # apposition makes a body's name, from a verb or an ordinal on; "United Russia, the ruling party": so
                # does it an ordinary word before a place)
                and not (len(piece) == len(run.words) and _ordinary(run.words[0]) and (
                    all(_ordinary(word) for word in run.words[1:])
                    or len(run.words) == 2 and run.words[1] in proper and not _demonym(run.words[1], proper, first_names)) and (
                    run.words[0].lower() in ORDINALS or run.words[0].lower() not in FUNCTION_WORDS | SENTENCE_OPENERS | STARTERS
                    and not run.words[0].lower().endswith("ly")) and _apposition(run) == "organisation")
                and (agent or prefixed or role or _starts_sentence(run.words[0], run.words[1], organisation, _speaker_after(run)))):
            piece = piece[1:]
        # "Shares of PKO Bank Polski", "Shares in Bank Millennium", "Workers of the Belarusian Railway": a
        # plural noun of the sentence, then the body
        if (len(piece) > 2 and piece[0] == 0 and run.sentence_initial and run.words[1] in ("of", "in") and _plural(run.words[0])
                and _is_org(run, piece[2:]) and not _is_org(run, piece[:1])):
            piece = piece[2:]
        # "First Deputy Prime Minister", but the Second World War and New Zealand keep theirs
        # "Metropolitan Opera", "Foreign Agents Registration Act": a one-name title or a portfolio
        # before an ordinary word is the first word of a name
        # ("the King Mindaugas Cup", "Queen Jadwiga Bridge": a one-name title, its holder's name and an
        # ordinary noun name a thing after the holder)
        while (piece and not run.quoted and _is_title(run.words[piece[0]]) and not _is_org(run, piece)
               # ("Pope John Paul II": a given name the lists hold, for all that a john is a word, is the holder's)
               and not (run.words[piece[0]].lower() in ONE_NAME_TITLES | PORTFOLIOS and len(piece) > 1 and run.before != "of"
                        and _ordinary(run.words[piece[1]]) and not _is_title(run.words[piece[1]]) and run.words[piece[1]] not in proper)
               and not (run.words[piece[0]].lower() in ONE_NAME_TITLES and len(piece) == 3 and not _ordinary(run.words[piece[1]])
                        and _ordinary(run.words[piece[2]]) and run.words[piece[2]][1:].islower() and not _is_title(run.words[piece[2]])
                        and run.words[piece[2]].lower() not in CALENDAR and not _demonym(run.words[piece[2]], proper, first_names))
               and (run.words[piece[0]].lower() not in MODIFIERS or len(piece) > 1 and _is_title(run.words[piece[1]])
                    or run.before == "of" and len(piece) > 2)):  # "Secretary of State Marco Rubio"
            titled = True
            piece = piece[1:]
        # "Commissioner for Religious and Ethnic Affairs": the whole is an office
        if titled and piece and _portfolio([run.words[piece[0] - 1]] + [run.words[i] for i in piece]):
            continue
        # "Minister of Foreign Affairs Radosław Sikorski", "Deputy Prime Minister for European Integration
        # Taras Kachka": after "of" or "for", the rest of the office goes too
        # ("Minister of State for International Cooperation Lolwah Al-Khater": so does it after the title's own "of" or "for")
        own_of = titled and bool(piece) and run.words[piece[0]] in ("of", "for")
        if piece and ((titled and run.before == "of" or run.office and not piece[0]) and run.before in ("of", "for", "on", "the") or own_of):
            rest = piece
            # ("for Reintegration Roman Rotari": a portfolio no list knows goes before a given name and a surname)
            while rest and not (len(rest) == 2 and run.words[rest[0]].lower() in first_names and not _ordinary(run.words[rest[1]])) and (
                    _ordinary(run.words[rest[0]]) or _demonym(run.words[rest[0]], proper, first_names)
                    or len(rest) > 2 and run.words[rest[1]].lower() in first_names and run.words[rest[0]].lower() not in first_names
                    # ("Special Envoy for Ukraine Keith Kellogg": a listed place as the field, then the holder)
                    or len(rest) > 2 and run.words[rest[0]] in proper and run.words[rest[0]].lower() not in first_names):
                rest = rest[1:]
            if len(rest) > 1:
                piece = rest
            elif not rest and run.office and not _is_org(run, piece):
                continue  # "Rapporteur on the Situation of Human Rights in Belarus": the office's field alone
        # "Energy Minister Svitlana Hrynchuk", "Defence Secretary John Healey": a portfolio before the title
        # ("US Foreign Agents Registration Act": a portfolio before an ordinary word is no office)
        # ("Palace of the Grand Dukes of Lithuania": a place's noun and its connectors before a title name a place)
        office = next((i for i in range(1, len(piece) - 1) if _is_title(run.words[piece[i]]) and all(
            _ordinary(run.words[j]) and run.words[j] not in CONNECTORS for j in piece[:i]) and not (run.words[piece[i]].lower() in PORTFOLIOS and _ordinary(
                run.words[piece[i + 1]]) and not _is_title(run.words[piece[i + 1]]))), None)
        # ('"The Former Son"': a quoted title keeps its words)
        if office is not None and not run.quoted and not _is_org(run, piece) and not _our_lady([run.words[i] for i in piece[: office + 1]]):
            titled = True
            piece = piece[office + 1 :]
            while len(piece) > 1 and _is_title(run.words[piece[0]]):
                piece = piece[1:]
        # "the Apostolic Nuncio", "Ecumenical Patriarch", "Chief Rabbi": a one-holder title with its
        # adjective is an office (a "Public Defender" or an "Ombudsman" may be an institution)
        # ("The Public Defender, Levan Ioseliani, said": any title phrase with its holder's name after it)
        # ("Special Envoy for Ukraine", "U.N. Special Rapporteur on ...", "the UN Secretary-General said": a
        # title phrase its field or holder follows, or that ends the name, is an office; a body's acronym
        # before it stays)
        ends_run = bool(piece) and piece[-1] == len(run.words) - 1
        office_phrase = ends_run and (_is_title(run.words[piece[-1]]) and _APPOSED_NAME.match(run.after) or (
            run.words[piece[-1]].lower().split("-")[0] in OFFICE_HOLDERS
            and (re.match(r"\s+(?:for|on|of)\s", run.after) or not re.match(r"\s*[A-Z]", run.after))))
        body = 1 if len(piece) > 1 and _is_acronym(run.words[piece[0]].replace(".", "")) and office_phrase else 0
        if (piece and (run.words[piece[-1]].lower() in ONE_NAME_TITLES | CLERICS or office_phrase)
                and all(_ordinary(run.words[i]) or _is_title(run.words[i]) for i in piece[body:]) and not _is_org(run, piece[body:])):
            if not body:
                continue
            piece = piece[:body]
        # ("Investors in Allegro": the preposition that joined ordinary words to a name goes with them)
        while piece and run.words[piece[0]] in CONNECTORS | PARTICLES | JOINING_PREPOSITIONS:
            piece = piece[1:]
        while piece and run.words[piece[-1]] in CONNECTORS | PARTICLES | JOINING_PREPOSITIONS:
            piece = piece[:-1]
        # "the Klaipeda LNG terminal": a common acronym after a name qualifies the noun (Belsat TV is a channel)
        # ("Norway's Hoegh LNG and", "Hoegh LNG said": with no noun after it nor "the" before it, a trade's letters
        # after a word no list knows end a company's name)
        trade = bool(piece) and piece[-1] == len(run.words) - 1 and run.before != "the" and run.words[0] != "The" and (
            not re.match(r"\s+[a-z]", run.after) or _VERB_AFTER.match(run.after) or re.match(r"\s+(?:and|or)\b", run.after)) and not any(
            _ordinary(run.words[i]) or run.words[i] in proper or _is_acronym(run.words[i]) for i in piece[:-1])
        # (a Roman number after a name is its own: World War II, John Paul II)
        while (len(piece) > 1 and _is_acronym(run.words[piece[-1]]) and _common_acronym(run.words[piece[-1]]) and run.words[piece[-1]] != "TV"
               and not trade and not _ROMAN.fullmatch(run.words[piece[-1]])):
            piece = piece[:-1]
        if not piece:
            continue
        # ("flew on a Russian Soyuz", "bought an American Abrams": one word after "a" and a people's word, and no noun
        # after it, is a model of theirs; a person would be "a Russian, Ivan", a firm "a Polish Orlen station")
        if (piece == [1] and len(run.words) == 2 and run.before in ("a", "an") and not run.possessive and not _attributive(run)
                and _demonym(run.words[0], proper, first_names) and not _is_acronym(run.words[1])):
            continue
        words = [run.words[i] for i in piece]
        # ("Fitch Ratings and Moody's have warned": a possessive a verb follows owns nothing; it is the name's own)
        # ("Insurers Lloyd's and AXA XL covered": nor one another name follows with "and", itself owning nothing;
        # "after Moody's cut its outlook": nor one whose next word takes an object)
        if not (piece[-1] == len(run.words) - 1 and words[-1].endswith(("'s", "’s")) and (
                _VERB_AFTER.match(run.after) or _PAIRED_AFTER.match(run.after) or _OBJECT_AFTER.match(run.after))):
            words[-1] = _POSSESSIVE.sub("", words[-1])
        start = run.start + sum(len(w) + 1 for w in run.words[: piece[0]])
        before = run.words[piece[0] - 1].lower() if piece[0] else run.before
        possessive = words[-1] != run.words[piece[-1]]
        after = "".join(" " + word for word in run.words[piece[-1] + 1 :]) + run.after
        cleaned.append(_Run(words, start, start + len(" ".join(words)), run.sentence, run.sentence_initial and not piece[0],
                            before, after, titled, possessive, run.initialled and not piece[0], run.headline,
                            run.quoted and len(piece) == len(run.words)))
    return cleaned


_PAIRED_AFTER = re.compile(r"\s+(?:and|or)\s+(?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*(?!['’\w&.-]|\s+[A-Z])")
# Nouns of what a market quotes, after its letters: "Dutch TTF prices", "TTF front-month futures".
_MARKET_AFTER = re.compile(r"\s+(?:(?:benchmark|front-month|day-ahead|spot)\s+)?(?:prices?|futures|contracts?|benchmark|hub|quotes?)\b")
_VERB_AFTER = re.compile(rf"\s+(?:have|has|had|is|was|are|were|will|would|{'|'.join(sorted(PERSON_VERBS))})\b")


def _listed_demonym(run: _Run, proper: frozenset[str], first_names: frozenset[str]) -> bool:
    """ "German, French and Polish": the next word of the list is a people's."""
    listed = re.match(r"(?:,|,? and|,? or) ([A-Z][a-z]+)\b", run.after)
    return bool(listed) and _demonym(listed.group(1), proper, first_names)


def _listed_with_place(run: _Run, proper: frozenset[str], first_names: frozenset[str]) -> bool:
    """ "in Tbilisi and Yerevan cover": listed after a name no adjective, the word is a name too."""
    listed = re.search(rf"\b([A-Z][\w'’-]+)(?:,|,? and|,? or) {re.escape(run.words[0])}\b", run.sentence)
    return bool(listed) and not _adjectival(listed.group(1)) and not _demonym(listed.group(1), proper, first_names)


def _given_name_like(word: str, proper: frozenset[str]) -> bool:
    """Adrian, Damian: a word in -an that no listed country's name makes into a people's
    (Russian from Russia, Lithuanian from Lithuania); Swedish, Polish, Japanese are peoples only."""
    if not word.endswith("an"):
        return False
    stem = word[:-3] if word.endswith("ian") else word[:-2]
    return not any(stem + end in proper and len(stem + end) >= 5 for end in ("ia", "ie", "e", "a", "", "y"))


def _office_ahead(words: list[str], position: int) -> bool:
    """ "Energy Minister Sergei Tsivilev": ordinary words from ``position`` on, then a title."""
    while position < len(words) and _ordinary(words[position]) and not _is_title(words[position]):
        position += 1
    return position < len(words) and _is_title(words[position])


def _speaker_after(run: _Run) -> bool:
    """ "Reporters Without Borders said", "Reporters Without Borders calls": a run of three words or
    more in title case that speaks (a verb's phrase too: "Save the Children said"), or whose small word is capitalised too; "Social Democrats and
    Eesti 200 lost": two words or more listed with a name."""
    following = run.after.split()[:1]
    if len(run.words) > 1 and _coordinated(run, english_first_names()):
        return True
    # ("Save the Children said": a verb's phrase that speaks is a body's name)
    return (len(run.words) > 2 and bool(following) and (
        all(word[:1].isupper() for word in run.words)
        and (following[0].strip(",.") in PERSON_VERBS or any(word.lower() in FUNCTION_WORDS for word in run.words[1:-1]))
        or len(run.words) == 3 and run.words[1] == "the" and following[0].strip(",.") in PERSON_VERBS))


def _plural(word: str) -> bool:
    """Dockers, Shares: the plural of a dictionary word (Philippines, Carpathians are none)."""
    lower = word.lower()
    ordinary = _english_words()[0]
    return (lower.endswith("s") and not _is_acronym(word) and not _INNER_CAPITAL.search(word)
            and (lower[:-1] in ordinary or lower.endswith("es") and lower[:-2] in ordinary))


def _agents(word: str) -> bool:
    """Dockers, Hauliers, Hydrologists, Winemakers: people named by what they do (dock, haul,
    hydrology, make wine), where the lists lack the noun."""
    lower, ordinary = word.lower(), _english_words()[0]
    # (Deminers: "de-" undoes a listed agent's work, demining)
    return (lower.endswith("ers") and (lower[:-3] in ordinary or lower.endswith("iers") and lower[:-4] in ordinary or _compound(word[:-1])
                                       or lower.startswith("de") and lower[2:-1] in ordinary)
            or lower.endswith("ists") and (lower[:-4] + "y" in ordinary or lower[:-4] + "ism" in ordinary))


def _doer(word: str) -> bool:
    """Insurer, Carrier, Critic, Columnist: a singular noun the lists hold for one who does what a listed
    word says (insure, carry, criticize, column), written in lower case."""
    lower, ordinary = word.lower(), _english_words()[0]
    return (word[1:].islower() and lower in ordinary and len(lower) > 5 and (
        lower.endswith("er") and (lower[:-1] in ordinary or lower[:-2] in ordinary or lower.endswith("ier") and lower[:-3] + "y" in ordinary)
        or lower.endswith("ic") and lower + "ize" in ordinary
        or lower.endswith("ist") and (lower[:-3] in ordinary or lower[:-3] + "ize" in ordinary)))


def _org_and_person(run: _Run, piece: list[int]) -> list[list[int]]:
    """ "European Commission President Ursula von der Leyen", "Bank of Latvia Governor X", "UEFA
    President X": a body, then its officer's title and name, are two names; "Minister Coordinator
    of Special Services Tomasz Siemoniak": an office named after a body, then its holder, is one."""
    words = [run.words[j] for j in piece]
    # ("Speaker of the Sejm Wlodzimierz Czarzasty", "Chairwoman of the Central Election Commission Angelina Karas":
    # after an office's "of", the body's own name, then its holder's)
    if (run.office and len(piece) > 2 and piece[0] == 0 and (_is_org(run, piece[:-2]) or all(not _ordinary(word) for word in words[:-2]))
            and all(_is_capitalised(word) and not _ordinary(word) and not _is_org(run, [j]) and not _is_title(word) for word, j in zip(words[-2:], piece[-2:]))):
        return [piece[:-2], piece[-2:]]
    if (len(piece) > 4 and _is_title(words[0]) and "of" in words and _is_org(run, piece[:-2])
            and all(_is_capitalised(word) and not _ordinary(word) and not _is_org(run, [j]) for word, j in zip(words[-2:], piece[-2:]))):
        # ("Governor of the National Bank of Ukraine Andriy Pyshnyi": "of the" names the body itself, which stays)
        of = words.index("of")
        body = piece[of + 2 : -2] if words[of + 1 : of + 2] == ["the"] else []
        return [body, piece[-2:]] if body and _is_org(run, body) else [piece[-2:]]
    for i in range(1, len(piece) - 1):
        word, body = run.words[piece[i]], _POSSESSIVE.sub("", run.words[piece[i - 1]])
        # "Moscow Mayor Sergei Sobyanin", "Kharkiv Governor X": a place, then its officer
        place = i == 1 and word.lower() in OFFICES | {"governor", "mayor"} and not _ordinary(body) and not _demonym(
            body, _english_words()[1], english_first_names())
        # ("U.S. Vice President JD Vance": a modifier before a title starts the officer's title too)
        modifier = word.lower() in MODIFIERS and not (i + 1 < len(piece) and _is_title(run.words[piece[i + 1]]))
        # ("EU Enlargement Commissioner Marta Kos": a body's letters, then its officer's field, title and name)
        field = i > 1 and _is_acronym(run.words[piece[0]]) and not _is_org(run, piece[:i]) and all(
            _ordinary(run.words[j]) and not _is_title(run.words[j]) for j in piece[1:i])
        rest = [j for j in piece[i:] if not _is_title(run.words[j])]
        # ("Naftogaz Chief Executive Serhiy Koretskyi", "Ignitis Chief Financial Officer Jonas Rimavicius":
        # words no list knows, then a title, then a given name and a surname: a body, then its officer)
        holder = list(itertools.dropwhile(lambda j: _is_title(run.words[j]) or _ordinary(run.words[j]), piece[i:]))
        employer = (len(holder) == 2 and not any(_ordinary(run.words[j]) for j in holder) and run.words[piece[0]].lower() not in english_first_names()
                    and all(not _ordinary(run.words[j]) and run.words[j][:1].isupper() and not _demonym(run.words[j], _english_words()[1], english_first_names())
                            for j in piece[:i]))
        # ("the Office of the President of Ukraine", "Office of the Prosecutor General": an officer "of the" a
        # body's noun names the body)
        of_the = i >= 2 and [run.words[piece[i - 2]], run.words[piece[i - 1]]] == ["of", "the"]
        # ("the Ministry of Finance and Digitalization": a portfolio right after "of" is the body's field, no officer's)
        field_of = body in ("of", "for") and word.lower() in PORTFOLIOS
        if not _is_title(word) or modifier or of_the or field_of or not (_is_org(run, piece[:i]) or _is_acronym(body) or place or field or employer):
            continue
        if rest and not _is_org(run, rest) and not all(_ordinary(run.words[j]) for j in rest):
            return [piece[:1], piece[1:]] if field else [piece[:i], piece[i:]]
    return [piece]


def _starts_sentence(word: str, following: str, organisation: bool, speaks: bool = False) -> bool:
    """True when ``word`` is an ordinary word that starts the sentence, not a name's first word."""
    lower = word.lower()
    # "Goalkeeper Eduard Zakharchenko": a role before a given name; "Rivals Vodafone Ukraine": a plural before a name
    return (lower in FUNCTION_WORDS | SENTENCE_OPENERS | STARTERS or lower.endswith(("ly", "ed", "ing"))
            or _plural(word) and not _ordinary(following) and not speaks
            or _ordinary(following) and not organisation and not speaks or following.lower() in english_first_names())


def _is_org(run: _Run, piece: list[int]) -> bool:
    # ("Amnesty International", but "Minister for International Cooperation": "International" before a word is its adjective)
    return any(_POSSESSIVE.sub("", run.words[i]).lower() in ORGANISATION_WORDS
               and not (run.words[i] == "International" and i != piece[-1] and _ordinary(run.words[i + 1])) for i in piece)


def _positioned(word: str, words: list[str]) -> bool:
    """True when ``word`` is a player's position before two words no word list holds in lower case (Guard Tadas Zukauskas)."""
    return word.lower() in POSITIONS and len(words) == 2 and not any(_ordinary(name) or _is_acronym(name) for name in words)


def _kind(run: _Run, first_names: frozenset[str]) -> str | None:
    """What the words and their context say the name is, or None when they say nothing."""
    lower = [w.lower() for w in run.words]
    if run.quoted or run.words[-1].isdigit():
        return "organisation"  # a work's title, a numbered thing (Estlink 2): no person's name, and no place's
    if lower[0] in NAMED_BY or len(lower) > 1 and (run.words[0].rstrip(".") in SAINT | {"Saint"} or _our_lady(run.words[:2])):
        return "place"
    following = run.after.split()[:1]
    noun_after = following[0].strip(",.;:") if following and not run.possessive else ""
    # "the Praxis think tank": the two-word noun after it says it is a body
    think_tank = " ".join(run.after.split()[:2]).rstrip(",.;:") in ("think tank", "think tanks") and not run.possessive
    # ("Statistics Poland": a land's statistics office; "the Build with Ukraine initiative": a scheme, no person)
    # ("a new programme, Study in Poland, which": or a scheme's noun before it)
    office_or_scheme = lower[0] == "statistics" and len(lower) == 2 or len(lower) > 2 and bool(set(lower) & {"from", "with", "in"}) and (
        not run.possessive and _SCHEME_AFTER.match(run.after) is not None or run.before in SCHEME_NOUNS)
    # ("former Zalgiris centre Arvydas Sabonis": a player's position before a person's name, no body's noun)
    positioned = _positioned(run.before, run.words)
    # ("the Madrid Open", "the World Cup": an event's noun ends an event's name, no person's)
    # ("Dragon Capital", "Marduk Technologies": so does a firm's noun, and "Promsvyazbank", "Commerzbank" a bank's)
    event_or_firm = len(lower) > 1 and lower[-1] in EVENT_NOUNS | FIRM_NOUNS | {"open", "olympics"} or lower[-1].endswith("bank") and len(lower[-1]) > 4
    if (any(w in ORGANISATION_WORDS for w in lower) and not positioned or run.before in ORGANISATION_BEFORE and not positioned or _is_acronym(run.words[0]) or event_or_firm
            or noun_after in ORGANISATION_WORDS | EVENT_NOUNS or think_tank or office_or_scheme or len(run.words) > 1 and _MEMBER_AFTER.match(run.after)
            or len(lower) > 2 and POLISH_IN & set(lower[1:-1])):  # "Targi w Krakowie": a body by its seat
        return "organisation"
    # Frankfurt an der Oder, Frankfurt am Main: German places, never a person's particle
    # ("Stefan cel Mare Boulevard", "the Holodomor Victims Memorial": a street's or a landmark's noun too)
    if (lower[-1] in PLACE_WORDS | LOCAL_PLACE_NOUNS | STREETS | LANDMARKS or len(lower) > 1 and lower[0] in COMPASS | PLACE_WORDS | SLAVIC_PLACE_ADJECTIVES
            or PLACE_PARTICLES & set(lower) or run.before in PLACE_NOUNS or noun_after in PLACE_WORDS or lower[0] in PORTS and lower[1:2] == ["of"]
            or lower[-2:] in (["town", "hall"], ["city", "hall"])  # Kaunas Town Hall, where Stuart Hall is a person
            or " ".join(run.words) in PEOPLES_LANDS | TWO_LAND_COUNTRIES):
        return "place"
    if run.titled or run.initialled or _AGE.match(run.after) or following and following[0].strip(",.") in PERSON_VERBS:
        return "person"
    if lower[0] in first_names:
        return "person"
    if _place_before(run.before) or run.before == "of" and len(run.words) == 1:  # "of Donald Tusk" is a person's
        return "place"
    return "person" if len(run.words) > 1 else None


def _given_names(termbase, concept: str) -> tuple[str, ...]:
    """The first names the concept's English terms give its person (Sviatlana of Sviatlana Tsikhanouskaya)."""
    terms = [termbase.records[index].text.split() for index in termbase.terms_in(concept, "en")]
    return tuple(words[0] for words in terms if len(words) > 1)


def _covered(run: _Run, all_spans: _Spans, first_names: frozenset[str]) -> bool:
    """True when the termbase's terms cover the run, but for a first name or one more word
    (Vladimir Putin, Pohonia Battalion); Radio Free Europe and Minsk-Arena are names of their own,
    and Siarhei Tsikhanouski is not Sviatlana Tsikhanouskaya."""
    proper = _english_words()[1]
    spans = all_spans.within(run.start, run.end)
    position, uncovered = run.start, []
    for word in run.words:
        # each part of a compound (Minsk-Arena: Minsk is known, the arena is not; Polish-Ukraine is known)
        part_start = position
        parts = word.split("-")
        for part in parts:
            part_end = part_start + len(part)
            if not any(start < part_end and part_start < stop for start, stop, _ in spans) and not (
                    len(parts) > 1 and _demonym(part, proper, first_names)):
                uncovered.append(word)
                break
            part_start = part_end + 1
        position += len(word) + 1
    if len(uncovered) == len(run.words):
        return False
    given = {name for start, stop, names in spans if run.start <= start < run.end for name in names}
    if given and any(word.lower() in first_names and not any(same_first_name(word, name) for name in given) for word in uncovered):
        return False
    # "Pohonia Battalion", "Central Minsk": the known unit with its noun, the known place with a
    # compass word; "Dinamo Minsk", "Europe Square", "Moscow Exchange", "Kyiv Independent" are
    # names of their own, and so is a known land's army (the US Army)
    known_place = any(start in all_spans.places for start, _, _ in spans)
    return all(word.lower() in first_names for word in uncovered) or len(uncovered) == 1 and (
        uncovered[0].lower() in UNITS and not known_place or uncovered[0].lower() in COMPASS and uncovered[0] == run.words[0] and run.sentence_initial)


# Credit ratings, as the agencies write them: AAA, BBB-, CCC+, RD; Baa1, Caa3, A2.
_RATING = re.compile(r"(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|RD|D)[+-]?|(?:Aaa|Aa|A|Baa|Ba|B|Caa)[123]|Ca")
_PRODUCT_CODE = re.compile(r"[A-Z]{1,2}\d{1,4}[a-z]*(?:-\d+)?")


def _without_model(run: _Run) -> _Run:
    """ "the BMW X5", "an Airbus A321neo", "Nvidia's H20 chips": a maker's name, then its product's
    letters and number; the maker is the name, the model none."""
    if len(run.words) != 2 or not _PRODUCT_CODE.fullmatch(run.words[1]) or _ordinary(run.words[0]):
        return run
    return replace(run, words=run.words[:1], end=run.start + len(run.words[0]), after=f" {run.words[1]}{run.after}", possessive=False)


def _without_known_country(run: _Run, spans: _Spans) -> _Run:
    """ "the US Gulf Coast", "the US State Department", "US Foreign Agents Registration Act": a
    known country's letters before a place's, a body's or a law's own name of two words or more
    qualify it (the US Embassy, one common noun, stays whole; "NATO Parliamentary Assembly",
    a body's letters, stays whole too)."""
    first = run.words[0]
    rest = range(1, len(run.words))
    # ("the U.S. Foreign Agents Registration Act": the known letters written with full stops)
    dotted = len(run.words) >= 3 and "." in first and spans.knows(first.replace(".", ""))
    if (len(run.words) < 3 or not _is_acronym(first)
            or not any(start <= run.start and run.start + len(first) <= stop for start, stop, _ in spans.within(run.start, run.start + len(first)))
            and not dotted):
        return run
    # ("US Commission on International Religious Freedom": a body's full name with its connectors keeps them)
    # ("U.S. West Texas Intermediate": before a grade's or any other name of words the lists know as names too)
    if run.words[-1].lower() not in PLACE_WORDS and not ((run.start in spans.places or dotted) and (
            _is_org(run, rest) or run.words[-1] == "Act" or any(not _ordinary(word) for word in run.words[1:]))
                                                          and not CONNECTORS & set(run.words)):
        return run
    start = run.start + len(first) + 1
    return replace(run, words=run.words[1:], start=start, before=first.lower(), sentence_initial=False)


_LIST = re.compile(r"\b[A-Z][a-z]+(?:(?:,? (?:and|or) |, )[A-Z][a-z]+)+\b")


def _listed_peoples(text: str, proper: frozenset[str], first_names: frozenset[str]) -> frozenset[str]:
    """Peoples no list knows, named beside ones it does: "Lemkos, Roma, Tatars and Karaites",
    "Polish and Lemko villages" (lower case, with the singular of each plural)."""
    peoples = set()
    for match in _LIST.finditer(text):
        items = re.findall(r"[A-Z][a-z]+", match.group())
        known = [item for item in items if _demonym(item, proper, first_names)]
        # ("In Volyn, Ukrainian authorities": a list has its "and" or "or")
        if not known or match.start() and text[match.start() - 1] not in " \t" or not re.search(r" (?:and|or) ", match.group()):
            continue
        # ("captain Sergei Drozd and Canadian defenseman": a list's first word that ends a name is its surname)
        if re.search(r"(?<![.!?]\s)\b[A-Z][\w'’-]*[ \t]$", text[max(0, match.start() - 40) : match.start()]):
            continue
        # singular, they are adjectives only before a noun: "Polish and Boyko villages"
        attributive = re.match(r" [a-z]", text[match.end() : match.end() + 2]) is not None
        for item in items:
            plural = item.endswith("s")
            # ("living in Narva or Estonian residents", then "Narva, a city of", "Narva is Estonia": a word the
            # text writes as a noun, alone before a comma, a stop or a verb, is no people's adjective)
            if not plural and re.search(rf"(?<![\w'’-]){item}(?:[,.;:]|\s+(?:is|was|has|had)\b)", text):
                continue
            if item not in known and item.lower() not in first_names and item not in proper and (plural or attributive) and any(
                    other.endswith("s") == plural for other in known):
                peoples.update({item.lower(), item.lower().removesuffix("s")} if plural else {item.lower()})
    return frozenset(peoples)


def _without_demonym(run: _Run, text: str, proper: frozenset[str], first_names: frozenset[str]) -> _Run:
    """ "the Belarusian KGB" beside "the KGB": a people's word before letters the text also uses
    alone qualifies them ("Moldovan GRES", never alone, stays a name); so does one before a place's
    name the text also uses alone ("the Russian Black Sea Fleet" beside "the Black Sea")."""
    if len(run.words) < 2 or not _demonym(run.words[0], proper, first_names):
        return run
    place = next((" ".join(run.words[1 : end + 1]) for end in range(2, len(run.words)) if run.words[end].lower() in PLACE_WORDS), None)
    said = run.words[1] if len(run.words) == 2 and _is_acronym(run.words[1]) else place
    if not said or not re.search(rf"(?<!{re.escape(run.words[0])} )\b{re.escape(said)}\b", text):
        return run
    start = run.start + len(run.words[0]) + 1
    return replace(run, words=run.words[1:], start=start, before=run.words[0].lower(), sentence_initial=False)


# Markdown bold or underline around a span: "**Danger: deep water**", "met **Ivan Petrov** there".
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_CLAUSE_START = re.compile(r"(?:^|\n|[.!?:][\"'”’»)]*\s)\s*$")


def _without_emphasis(text: str) -> str:
    """``text`` with its emphasis markers blanked (offsets stay), so "A sign read: **Danger" opens
    a clause at Danger; a notice set in bold at a clause's start ends where it closes, as a line
    does ("**Danger: deep water** The sign went up" is two lines)."""
    def blank(match: re.Match) -> str:
        notice = _CLAUSE_START.search(text, 0, match.start()) and re.match(r"\s+[A-Z\"“]", text[match.end() :])
        return "  " + match.group(2) + (" \n" if notice else "  ")
    return _EMPHASIS.sub(blank, text)


def discover(text: str, termbase=None, first_names: frozenset[str] | None = None) -> list[DiscoveredName]:
    """Names in ``text`` no concept of ``termbase`` covers, in order of first mention.

    ``first_names``: lower-case given names that mark a run as a person (default: the
    first-name table the proposals use).
    """
    if first_names is None:
        first_names = english_first_names()
    text = _without_emphasis(text)
    ordinary, proper = _english_words()
    # "Transnistrian" from the text's own Transnistria
    text_proper = proper | frozenset(re.findall(r"\b[A-Z][a-z]{2,}", text))
    spans = _Spans(termbase, text)
    peoples = _listed_peoples(text, proper, first_names)
    lowered = frozenset(re.findall(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])", text))
    alone = frozenset(re.findall(r"(?<![\w'’-])[A-Z][\w'’]*(?![\w'’-])", text))  # capitalised words outside compounds
    # "more Patriot batteries", then "Patriot and IRIS-T systems": a weapon's name anywhere in the
    # text, from a plural (one "Odesa drone attack" makes no weapon of Odesa); short acronyms are
    # bodies that own drones too (SBU drones, then "The SBU published")
    # ("Patriot and IRIS-T systems": "systems" makes weapons only beside a model's letters and number)
    paired = [word for match in _WEAPON_PAIR.finditer(text) for word in match.groups() if word]
    # ("180 K2 tanks", "K9 howitzers": a letter with a figure is a model's code, no body's letters)
    weapons = frozenset(word for word in [*_WEAPON.findall(text), *paired, *_MODEL_FIGHTERS.findall(text)]
                        if not (_is_acronym(word) and len(word) <= 5 and not re.fullmatch(r"[A-Z]{1,2}\d{1,3}", word)))
    storms = frozenset(match.group(1) or match.group(2) for match in _STORM.finditer(text))
    club_cities = _club_cities(text, first_names)
    products = frozenset(word for match in _PRODUCT.finditer(text) for word in match.groups() if word)
    institutions: list[_Run] = []
    full: list[tuple[_Run, str]] = []
    # (run, kind, True when the run is a name only as the surname of a full name in the text)
    partial: list[tuple[_Run, str | None, bool]] = []
    raws = list(_runs(text))
    # ("the populist Dawn of Nemunas party", then "Dawn of Nemunas, led by X, left": words the text capitalises inside a
    # sentence are a name at a sentence's start too)
    inside = frozenset(" ".join(raw.words) for raw in raws if not raw.sentence_initial and not raw.headline and len(raw.words) > 1)
    for raw in raws:
        for run in _clean(raw, first_names, lowered, inside):
            if _covered(run, spans, first_names) or len(run.words) == 1 and "." in run.words[0] and spans.knows(run.words[0].replace(".", "")):
                continue  # (and "U.S.", the known US with full stops)
            if _POSSESSIVE.sub("", run.words[-1]).lower() in peoples and not _is_org(run, range(len(run.words))):
                continue  # "Lemkos, Roma and Karaites", then "Traditional Lemko churches": a people, no name
            if run.words[-1] == "No" and re.match(r"\.?\s*\d", run.after) and all(_ordinary(word) for word in run.words[:-1]):
                continue  # "reactor No. 4": the sign of a number; "Symphony No. 5", "Piano Concerto No. 2": a work's number
            if (len(run.words) == 1 and _ordinary(run.words[0]) and re.search(r"\d\s$", text[max(0, run.start - 2) : run.start])
                    and not (run.words[0].lower() in PLATFORMS and run.after.split()[:1] and run.after.split()[0].strip(",.;:") in CHANNELS)):
                continue  # "the 800 Plus child benefit": an ordinary word after a number is no name alone ("100 Telegram channels" is a platform)
            # (a bulleted "* IHAR KARNEI - Journalist ..." is a factbox's name)
            if (run.sentence_initial and all(_is_acronym(word) for word in run.words) and _DATELINE.match(run.after)
                    and not run.sentence.startswith(("*", "•"))):
                continue  # "MINSK, Nov 26 (Reuters) -", "KARLOVY VARY, Czech Republic, Jul 6 -": a dateline
            if (run.sentence_initial and len(run.words) == 1 and run.words[0].isupper() and len(run.words[0]) > 4
                    and run.words[0].lower() in ordinary and run.after.startswith(":")):
                continue  # "DANGER: deep water", "WARNING: thin ice": a notice's label in capitals, no acronym
            if _DATELINE.match(run.after) and _DATELINE_CITY.fullmatch(run.sentence[: max(0, run.sentence.find(" ".join(run.words)))]):
                continue  # "KLAIPEDA, Lithuania, Dec 3 (Reuters) -": a dateline's country adds no entry either
            run = _without_model(_without_known_country(_without_demonym(run, text, proper, first_names), spans))
            if run.before == "et" or run.after.startswith(" et "):
                continue  # "Urbi et Orbi", "Pro Patria et ...": a Latin phrase, no name
            if run.words[0].lower() in GENERIC_PROPER and len(run.words) > 1 and all(_ARTICLE.match(word) for word in run.words[1:]):
                continue  # "Eid al-Adha", "Eid al-Fitr": a feast with its Arabic name, a holiday
            if (run.words[-1].lower() in GENERIC_PROPER and all(
                    word.lower() in COMPASS or _ordinary(word) and word not in CONNECTORS for word in run.words[:-1])):
                continue  # "Eastern Orthodoxy", "Divine Liturgy": a religion or a rite ("Central Asia", a continent's part, is a region's name)
            if all(word.isdigit() for word in run.words):
                continue  # "Strike On Ternopil Kills 26": a headline's number, its verb gone
            if len(run.words) > MAX_NAME_WORDS:
                continue  # a headline in title case, not a name
            if run.words[0] in products and len(run.words) == 1:
                continue  # a grape or a wine, a product
            if len(run.words) > 1 and all(word.isupper() and _ordinary(word) for word in run.words):
                continue  # "WHAT HAPPENS NEXT?": a subhead in capitals, ordinary words
            # ("in Serie A.": a league's letter after a word no given name)
            if (len(run.words) > 1 and len(run.words[-1]) == 1 and run.words[-1].isalpha() and run.after.startswith(".")
                    and not (len(run.words) == 2 and run.words[0].lower() not in first_names and run.before in PLACE_BEFORE)):
                continue  # "Aleksandr K.": a name the press withholds
            if len(run.words) == 2 and re.fullmatch(r"[A-Z]", run.words[1]) and run.words[0].lower() in CATEGORIES:
                continue  # "Group B", "Plan B", "Type C": a category's letter, no name
            kind = _kind(run, first_names)
            # "Iskander missiles", "the Flamingo cruise missile", "whose Raybird reconnaissance drone"
            weapon = _WEAPON_AFTER.match(run.after)
            # the kind's word is no verb ("the Polish Operational Command scrambled aircraft") and
            # comes after no body's letters ("DHL cargo planes"); a think tank is a body
            number, kind_word = weapon.groups() if weapon else (None, None)
            # ("a Ryanair plane", "its Boeing planes": a plane is an airline's or its maker's, where letters
            # or a number make a model: "AWACS planes", "ASC 890 surveillance planes")
            # ("the Mriya cargo plane", "the Lokomotiv Yaroslavl team plane": a plane of no weapon's kind)
            civil = (weapon is not None and weapon.group().split()[-1] in ("plane", "planes") and not number
                     and kind_word not in WEAPON_KINDS and not _is_acronym(run.words[-1]))
            # ("the RO-Alert system", "the NL-Alert system": a code and an ordinary word before one system name a warning or a
            # software system, where "the Patriot system", "the Iris-T system" and "the Nasams air defence system" are weapons)
            tail = run.words[-1].rpartition("-")[2]
            civil = civil or (weapon is not None and weapon.group().split()[-1] == "system" and not number and not kind_word
                              and tail != run.words[-1] and len(tail) > 2 and _ordinary(tail))
            # (a weapon's kind, "KAB glide bombs", makes a model of letters too)
            # ("storms off Cape Tarkhankut ground drones": a place's noun makes no model of a place, and
            # "North Korea's ballistic missile programme": an owner none)
            place = run.words[0].lower() in PLACE_WORDS or run.words[-1].lower() in PLACE_WORDS
            # ("Lithuania's Granta Autonomy makes interceptor drones", "Vyriy and Skyfall build drones": a maker's verb, present or past,
            # between the name and the weapon says a firm, no model)
            if weapon and not civil and not place and not run.possessive and not _is_org(run, range(len(run.words))) and kind_word != "think" and not (kind_word and kind_word not in WEAPON_KINDS and (
                    kind_word.endswith("ed") or kind_word in FUNCTION_WORDS | IRREGULAR_PAST | MAKERS_VERBS or _is_acronym(run.words[-1]) and not number)):
                continue
            if (len(run.words) == 2 and run.words[0] in weapons and re.fullmatch(r"[A-Z](?:/[A-Z])?", run.words[1])
                    or _MODEL_CODE.fullmatch(run.words[0]) and len(run.words) > 1 and all(
                        _ordinary(word) and word.lower() not in PRISONS | PLACE_WORDS | ORGANISATION_WORDS for word in run.words[1:])):
                continue  # "Gripen E", "F-16 Fighting Falcons": a model's variant or nickname
            if _WEAPON_EXAMPLE.search(run.sentence) and re.search(rf"{_WEAPON_EXAMPLE.pattern}{re.escape(run.words[0])}\b", run.sentence):
                continue  # "naval drones such as the Magura V5": an example of a weapon is a model
            # ("the Socialist-backed candidate": a compound's first word too)
            if run.words[-1].lower() in PARTY_MEMBERS and (_attributive(run) or run.before in ("a", "an") or run.after.startswith("-")):
                continue  # "Social Democrat chairman", "a Christian Democrat who": a party's member, no party
            if run.words[-1].lower() in SEASONS and (all(_ordinary(word) or word.lower() in GENERIC_PROPER | CONTINENTS for word in run.words)
                                                     or run.words[0].rstrip(".") in ("St", "Saint") and run.words[-1] == "Day"):
                continue  # New Year, New Year's Eve, Victory Day, St Nicholas Day: a date or a holiday, no name
            if run.words[0].rstrip(".") in ("St", "Saint") and run.possessive and re.match(r"\s+Day\b", run.after):
                continue  # "St. George's Day": a saint's possessive before "Day" names the holiday
            if (len(run.words) > 1 and all(word.lower() in COMPASS for word in run.words[:-1])
                    and _demonym(_POSSESSIVE.sub("", run.words[-1]), text_proper, first_names)):
                continue  # "the South American bloc", "East German": a region's people's adjective, no name
            if (len(run.words) == 2 and run.words[0].lower() in ("middle", "far", "near") and run.words[1].lower() in COMPASS
                    and run.words[1].lower().endswith("ern") and (_attributive(run) or run.after[:1] in ",.;:")):
                continue  # "Middle Eastern officials", "Far Eastern ports": a region's adjective (the Middle East is a name)
            if run.words[:2] == ["Day", "of"] and all(_ordinary(word) for word in run.words):
                continue  # the Day of Dignity and Freedom, the Day of Remembrance: a holiday
            if len(run.words) > 1:
                # Ordinary words capitalised mid-sentence name something (Grand Slam, East Shield);
                # at a sentence's start they may be a headline's title case, unless an apposition
                # says what they name ("Law and Justice, the largest opposition party").
                title_case = run.sentence_initial and all(word.lower() in ordinary for word in run.words)
                if title_case and kind != "organisation" and not run.quoted:
                    # ("Law and Justice (PiS), whose candidate": letters in brackets after the words are a body's)
                    kind = _apposition(run) or ("organisation" if _speaker_after(run) or _LETTERS_AFTER.match(run.after)
                                                or _ACRONYM_AFTER.match(run.after) else None)
                    # ('"Old Town is the heart of Vilnius"' beside "Vilnius Old Town": the words that end a longer
                    # name stand alone as its short form)
                    if kind is None and re.search(rf"[A-Z][\w'’-]* {re.escape(' '.join(run.words))}\b", text):
                        kind = "place"
                    if kind is None and _title_cased_name(run):
                        kind = "organisation"
                    if kind is None:
                        continue
                # ("the Kyiv Pechersk Lavra": a name that starts with a place the termbase knows is no person's,
                # and its last word alone is no surname of it)
                if kind != "organisation" and run.start in spans.places and not run.titled:
                    kind = "place"
                if run.words[0].lower() in PARTICLES:
                    partial.append((run, kind or "person", False))
                else:
                    full.append((run, kind or "person"))
                continue
            word = run.words[0]
            lower = word.lower()
            if "-" in lower and all(part in CALENDAR | ABBREVIATED_DATES for part in lower.split("-")):
                continue  # "February-June", "Mon-Fri": a span of months or days
            parts = _joined_names(run, alone, proper, first_names, spans)
            if parts:
                partial.extend((part, None, False) for part in parts if not _covered(part, spans, first_names))
                continue
            if re.sub(r"-\d+[A-Za-z]*$", "", word) in weapons and not _is_org(run, [0]):  # Geran drones, Geran-2
                continue
            honorific = re.match(r"\s*([A-Z][\w-]+)", run.after) if run.possessive and _ordinary(word) else None
            if honorific and _is_title(honorific.group(1)):
                continue  # "People's Poet of Belarus", "People's Artist": an honorific title
            if run.quoted:
                partial.append((run, "organisation", False))  # Homer's "Odyssey": a work's title
                continue
            # "posted on X": the platform's one letter; any other letter alone is none ("in E minor")
            if len(word) == 1:
                if run.before == "on" and not re.match(r"\s+[A-Z0-9]", run.after):
                    partial.append((run, "organisation", False))
                continue
            # a first name alone is no name, but for a bishop's or a king's: Patriarch Kirill
            # ("Storm Halina", then "storms like Halina": a storm's given name is its name; so is the one
            # a person is known by: "an officer known to him only as "Sergei"")
            alias = re.search(rf"\bknown\b[\w ]{{0,20}}\bas [\"“]?{re.escape(word)}\b", run.sentence) is not None
            if lower in GENERIC_PROPER | ALONE_NO_NAME or lower.removesuffix("s") in GENERIC_PROPER or lower in first_names and kind != "place" and not (
                    run.titled and run.before in ONE_NAME_TITLES) and word not in storms and not alias:
                continue
            if lower in ONE_NAME_TITLES and run.before == "the":
                continue  # "the Pope's envoy", "the Patriarch said": a one-holder title, no name
            addressed = len(re.findall(rf"[\"“]{re.escape(word)}, you\b", text))
            if addressed and addressed == len(re.findall(rf"\b{re.escape(word)}\b", text)):
                continue  # "Slava, you are our voice", and Slava nowhere else: a person addressed by a nickname
            # ("the Tatars' representative body": a people's plural owns as a people)
            # ("broke the Pole's serve", "the Ukrainian's win": a people's word that owns after "the" is one of them)
            if ((not run.possessive and word not in proper or run.possessive and (word.endswith("s") or run.before == "the"))
                    and run.before not in ("sign", "callsign") and _demonym(word, text_proper, first_names)):
                continue  # a people's adjective derived from a place the text names
            if (kind in (None, "person") and not run.possessive and _WITHHELD.search(run.sentence)
                    and (run.before in PERSON_VERBS or re.match(r",\s+(?:a|an|\d|who|whose)\b", run.after))):
                continue  # "said Tomas, who asked that his surname not be used": a given name alone
            if kind in (None, "person") and not run.possessive and run.before in PERSON_VERBS and re.match(r",\s+(?:a|an|\d{1,3})\b", run.after):
                partial.append((run, "person", True))  # "said Ausra, a teacher", "said Ilga, 71": a given name alone, unless a full name ends in it
                continue
            if lower.endswith(("phobia", "phobe", "phobic", "ism")) and not run.possessive and not _is_acronym(word):
                continue  # Russophobia, Stalinism: a notion, no name (PISM, in capitals, is a body's letters)
            if (run.possessive and _EPONYM_AFTER.match(run.after)
                    and not re.search(rf"\b[A-Z][\w-]+ {re.escape(_POSSESSIVE.sub('', word))}\b", text)):
                continue  # "Przewalski's horses", "Parkinson's disease": a species or an illness named after a man, no name
            if run.before in KINSHIP or word.rstrip(".") in SAINT:
                continue  # "her sister, Ivanna": a given name alone; "St." alone: no name at all
            if re.fullmatch(r"[ABC][12]", word):
                continue  # A2, B1: a language level
            if re.fullmatch(r"U-?\d{2}", word):
                continue  # "U20 national team", "the U-21 side": an age group
            if re.fullmatch(r"[A-Za-z]{1,3}-\d+[A-Za-z]*", word) and not re.match(rf"\s+(?:penal\s+)?(?:{'|'.join(sorted(PRISONS))})\b", run.after):
                continue  # a model: F-35s, Su-34, S-400 (the IK-3 colony is a place)
            if re.fullmatch(r"[A-Z]{4,5}-\d{2,}[A-Za-z]*", word) and _MACHINE_AFTER.match(run.after):
                continue  # a longer code's model before its machine's noun: "VVER-1200 reactors", "BREST-300 units"
            if re.fullmatch(r"[A-Z][a-z]{2,}-[A-Z]{1,2}\d?", word) and not _ordinary(word.split("-")[0]):
                continue  # a model's variant by its letter: Berkut-M, Iskander-M, Pantsir-S1 (Motor-G, of a word, is a firm)
            if _RATING.fullmatch(word) and (run.before in ("to", "from", "at", "rated") or re.match(r"\s+(?:rating|grade)\b", run.after)):
                continue  # "upgraded Ukraine to CCC+ from RD", "its A2 rating": a credit rating
            root = re.sub(r"-?\d+$", "", word)  # Covid-19, but TVN24 and Go3 are channels' names
            # ("on TV3": a channel's number after TV, where MP3 is a format)
            if (_is_acronym(root) and _common_acronym(root) or root != word and root.lower() in COMMON_ACRONYMS) and not (root == "TV" and root != word):
                continue
            if _relation(run, spans, proper):
                continue
            if lower in EVENT_NOUNS and re.search(rf"\b[A-Z][\w'’-]*\s+{re.escape(word)}\b", text):
                continue  # "the Chess Olympiad", then "his 14th Olympiad": the event's noun alone repeats its name
            # ("the Fatherland party": a party's noun after the word makes it the party's name)
            if lower in ORGANISATION_WORDS | PLACE_WORDS | INSTITUTION_NOUNS and lower in ordinary and not _BODY_NOUN_AFTER.match(run.after):
                # "the Senate", "the Constitution", "the Gulf": capitalised inside a sentence after "the", the
                # one chamber, charter or gulf the press means is a name, unless it repeats a longer name
                # ("the Senate" after "the US Senate"); "the Commission", "the West" stay common nouns
                if run.before == "the" and not run.sentence_initial and not run.possessive and lower in UNIQUE_INSTITUTIONS:
                    institutions.append(run)
                elif not run.possessive:
                    partial.append((run, "organisation", True))  # only as a party's short name ("Centre leader X")
                continue
            # ("a wagon, Customs said": a capitalised plural that speaks inside a sentence is a body)
            speaks = not run.sentence_initial and run.before not in ("the", "a", "an") and re.match(r"\s+(?:said|says|told)\b", run.after)
            # ("the Contrasts festival": before an event's noun the plural names the event)
            if (_plural(word) and not run.possessive and run.before not in ORGANISATION_BEFORE and not _apposition(run) and not speaks
                    and not _EVENT_NOUN_AFTER.match(run.after)):
                continue  # "Dockers strike", "the Challengers section": a plural of a word, no name
            # "Olympic champion", "of Baltic amber", "the Baltic coast": a preposition or an article
            # before an adjective says no place
            if ((kind is None or run.before in PLACE_BEFORE | {"of", "the", "a", "an"}) and word in proper and not run.possessive and _attributive(run)
                    and _adjectival(word) and not _listed_with_place(run, proper, first_names) and word not in club_cities):
                continue
            if lower.endswith("ed") and not run.sentence_initial and not run.possessive and _ordinary(word) and word not in proper and _attributive(run):
                continue  # "Allied equipment": a participle capitalised before its noun, no name
            # CIS, WHO: a body's letters; "Dockers strike", "Hauliers from": a sentence's first
            # word made of a dictionary verb is as ordinary as a listed one
            plain = (_ordinary(word) or run.sentence_initial and (_agents(word) or lower in lowered)) and not _is_acronym(word)
            if plain and run.sentence_initial:
                # An ordinary word starting a sentence is a name only where what follows says so
                # ("Chop, the border town where", "Tusk told"), or as the surname of a full name.
                # ("Turkey has kept ..." beside "the Turkish border": a land whose people the text names)
                land = "place" if word in proper and not run.possessive and any(
                    other != word and other[:4] == word[:4] and _demonym(other, proper, first_names) for other in alone) else None
                evidence = _apposition(run) or ("person" if _speaker(run) else None) or _owner(run) or _coordinated(run, first_names) or land
                partial.append((run, evidence, not evidence))
            else:
                # An ordinary word inside a sentence is a name where the context says so ("in Perm",
                # "group Memorial"), or as a surname.
                # ("Mr Tusk and Mrs Merkel met": after an honorific, a word is a surname of its own)
                # ("Deal With Chad And Niger": in a title-case headline, a listed word joined to a name is one)
                listed = _coordinated(run, first_names) if run.headline and plain else None
                partial.append((run, kind or listed, plain and not listed and not (kind in ("place", "organisation") and run.before)
                                and not _capitalised_inside(run) and run.before not in HONORIFICS))
    found: dict[str, DiscoveredName] = {}
    for run, kind in full:
        _mention(found, " ".join(run.words), kind, run)
    people = _FullNames(found.values(), text)
    # "Rustaveli Avenue", then "back to Rustaveli": a street's short repeat
    streets = {tuple(name.name.split()[:-1]): name for name in found.values()
               if len(name.name.split()) > 1 and name.name.split()[-1].lower() in STREETS}
    given_names = frozenset(name.name.split()[0] for name in found.values() if name.kind == "person" and len(name.name.split()) > 1)
    # ("Riga International Airport", "the Riga City Council": a listed place's word that heads bodies and places)
    heads = frozenset(name.name.split()[0] for name in found.values() if name.kind != "person" and len(name.name.split()) > 1)
    for run, kind, surname_only in partial:
        if run.words[0] in given_names and len(run.words) == 1 and run.before not in PLACE_BEFORE and _in_quotes(text, run.start):
            continue  # "Freedom for Zhenya" chanted for Zhenya Berkovich: a person's given name alone ("from Hrodna" is a place)
        person = people.ending_in(run.words) or (streets.get(tuple(run.words)) if not run.possessive else None)
        # "... To Carnegie Hall" in a title-case headline, where "Hall" says nothing: the body's "Carnegie Hall"
        # ("the Patriotic bloc" after "the Patriotic Electoral Bloc": a body's first word and its noun repeat it)
        short_body = len(run.words) == 1 and not run.possessive and _BODY_NOUN_AFTER.match(run.after) is not None
        headed = _headline_whole(run, found.values()) if (run.headline or short_body) and person is None else None
        # "the city of Donetsk" is a place, even beside a "Shakhtar Donetsk"
        # "Legia Warsaw" and "in Warsaw": after a place's preposition, a place the word list knows
        # is no surname of a name that starts with no given name
        # ("Russian-occupied Horlivka": a participle of control says a place the word list need not know)
        # ("in Riga's Dome Square" too: a listed place owns the place after it)
        # ("the centre of Kaunas", "the Vilnius city council" beside "Zalgiris Kaunas", "Rytas Vilnius": so does
        # a listed place after "of" or before a place's noun)
        listed_place = run.words[0] in proper and (run.before == "of" or _PLACE_NOUN_AFTER.match(run.after) is not None)
        # ("Poznan officials" beside "Lech Poznan" and "Lech went top": a club's city alone)
        # ("Born in Zhlobin, he played for Metallurg Zhlobin": where one is born or lives is a place, listed or not)
        born_in = _BORN_IN.search(text, max(0, run.start - 30), run.start) is not None
        town = person is not None and (((_place_before(run.before) or listed_place) and (run.words[0] in proper or run.before not in PLACE_BEFORE or born_in)
                                        and (not run.possessive or run.words[0] in proper) and person.name.split()[0].lower() not in first_names)
                                       or person.name.split()[1:] == run.words and run.words[0] in club_cities)
        # ("Dinamo Riga", then '"Riga knows how to host a party"' beside Riga International Airport; "Nasdaq
        # Vilnius", then "the Vilnius-based institute": a listed place that heads other names or comes before
        # -based or -born stands alone as the place, no surname of the name it ends)
        placed = (person is not None and len(run.words) == 1 and not run.possessive and run.words[0] in proper
                  and person.name.split()[0].lower() not in first_names
                  and (run.words[0] in heads or _PLACED_AFTER.match(run.after) is not None))
        if headed is not None:
            _mention(found, headed.name, headed.kind, run)
        elif placed:
            _mention(found, run.words[0], "place", run)
        elif person is not None and not town and not _PLACE_OF.search(text, max(0, run.start - 40), run.start):
            _mention(found, person.name, person.kind, run)
        elif not surname_only:
            people.add(_mention(found, " ".join(run.words), kind or "place", run))
        elif len(run.words) == 1 and not run.possessive and any(
                name.name.split()[0] == run.words[0] and name.name.split()[-1].lower() in BODY_AFTER and len(name.name.split()) == 2
                for name in found.values()):
            # "Centre leader Tonis Saar", "Reform won 11%" beside the Centre Party and the Reform Party:
            # a party's short name
            _mention(found, run.words[0], "organisation", run)
    # ("told the news site 15min", "the 1+1 channel": an outlet whose name starts with a number)
    for offset, sentence in _sentences(text) if _NUMBERED_OUTLET.search(text) else ():
        for match in _NUMBERED_OUTLET.finditer(sentence):
            name = match.group(1) or match.group(2)
            start = offset + (match.start(1) if match.group(1) else match.start(2))
            if not spans.knows(name):
                _mention(found, name, "organisation", _Run([name], start, start + len(name), sentence.strip(), False, "", ""))
    for run in institutions:
        if not any(run.words[0] in name.name.split() for name in found.values() if name.name != run.words[0]):
            _mention(found, run.words[0], "organisation", run)
    return sorted(found.values(), key=lambda n: n.mentions[0][0])


def _place_before(word: str) -> bool:
    """ "in Donetsk", "Russian-occupied Donetsk": a preposition or a participle of a place's control."""
    return word in PLACE_BEFORE or word.endswith(("-occupied", "-held", "-controlled", "-annexed"))


def _joined_names(run: _Run, alone: frozenset[str], proper: frozenset[str], first_names: frozenset[str], spans: _Spans) -> list[_Run]:
    """ "the Shakhtar-Dynamo derby", "the Iasi-Ungheni-Chisinau pipeline": names joined to qualify a
    noun, two of which the text also names alone, are each a name (Ivano-Frankivsk, Ust-Luga and
    Kosiniak-Kamysz are one)."""
    parts = run.words[0].split("-")
    if len(parts) < 2 or not _attributive(run) and not re.match(r"\s+[\"“]", run.after) or not all(
            part[:1].isupper() and part.lower() not in PREFIXES and not _demonym(part, proper, first_names) for part in parts):
        return []
    # ("the Putin-Trump summit": beside a person the termbase knows, who is no part of a place's name)
    person = any(start not in spans.places for start, _, _ in spans.within(run.start, run.end))
    if sum(part in alone for part in parts) < 2 and not person:
        return []
    runs, start = [], run.start
    for part in parts:
        runs.append(replace(run, words=[part], start=start, end=start + len(part), before="", sentence_initial=False))
        start += len(part) + 1
    return runs


def _headline_whole(run: _Run, names) -> DiscoveredName | None:
    """The body's full name a title-case headline cuts after its words no dictionary knows: "To
    Carnegie Hall" for "Carnegie Hall", "Chopin Competition" for "International Chopin Piano
    Competition", "Leave Lavra" for "Kyiv Pechersk Lavra"."""
    said = " ".join(run.words)
    cut = [word for word in run.after.split()[:1] if word[:1].isupper()]
    # ("Monks Refuse to Leave Lavra" for "Kyiv Pechersk Lavra": or to its last word)
    return next((name for name in names if name.name.startswith(said + " ") or cut and f" {said} " in f" {name.name} "
                 and cut[0] in name.name.split() or run.headline and name.name.endswith(" " + said)), None)


def _relation(run: _Run, spans: _Spans, proper: frozenset[str]) -> bool:
    """ "the EU-Belarus border", "Belarus-Poland talks": two known names joined to qualify a noun (one known
    part, Baden of Baden-Wurttemberg, makes no relation)."""
    word = run.words[0]
    parts = word.split("-")
    known = [_is_acronym(part) or part in proper or any(run.start <= start for start, _, _ in spans.within(run.start, run.end)) for part in parts]
    # ("the Eco-TIRAS group": a combining form is no name of its own)
    return (len(parts) > 1 and all(part[:1].isupper() for part in parts) and all(known) and _attributive(run)
            and not any(part.lower() in COMBINING_FORMS | PREFIXES for part in parts)
            and not any(len(part) > 2 and not part.isupper() and _ordinary(part) and part not in proper for part in parts))


# A dateline's city in capitals, then the regions named before the one in question: "KLAIPEDA, ".
_DATELINE_CITY = re.compile(r"[A-Z][A-Z.’' -]+,\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,\s+)*")
# What follows a dateline's city: its country or region, a date, an agency, then a dash.
_DATELINE = re.compile(r"(?:\s*,\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)*(?:\s*,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)?\s*(?:\([^()]{1,40}\)\s*)?(?:[-–—]|$)")
# "system" is left out: it also follows a grid's or a program's name (the BRELL system, the Delta system)
# ("Gripen E fighter jets": a model's letter and its kind between; "from Germany and IRIS-T launchers": no weapon after "from")
_WEAPON = re.compile(rf"(?<!from )(?<!\bin )(?<!\bto )(?<!\bby )\b([A-Z][\w-]*)(?=(?:\s+(?:and|or)\s+[A-Z][\w-]*)?(?:\s+[A-Z0-9]{{1,3}})?\s+(?:(?:[a-z]+-[a-z-]+|{'|'.join(sorted(WEAPON_KINDS))})\s+)?(?:{'|'.join(sorted(word for word in WEAPON_NOUNS - {'systems', 'planes'} if word.endswith('s')))})\b)")
_WEAPON_PAIR = re.compile(r"\b([A-Z][\w-]*)\s+(?:and|or)\s+[A-Z]+-[A-Z0-9]+\s+systems\b|\b[A-Z]+-[A-Z0-9]+\s+(?:and|or)\s+([A-Z][\w-]*)\s+systems\b")
# "Gripen E fighters", "Gripen C/D jets": a model's letter between its name and "fighters", a noun that
# also follows armed groups' names (Wagner fighters), makes the name a fighter's model.
_MODEL_FIGHTERS = re.compile(r"\b([A-Z][a-z][\w-]*)\s+[A-Z](?:/[A-Z])?\s+(?:fighter\s+)?(?:fighters|jets)\b")
# The nouns of machines a model code names ("two VVER-1200 reactors"), weapons' among them.
MACHINE_NOUNS = frozenset("reactor reactors unit units engine engines turbine turbines locomotive locomotives".split())
_MACHINE_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(MACHINE_NOUNS | WEAPON_NOUNS))})\b")
# "F-16 Fighting Falcons", "Su-25 Frogfoot": a model's letters and number, then its nickname in words.
_MODEL_CODE = re.compile(r"[A-Za-z]{1,3}-\d+[A-Za-z]*")
# Verbs of a maker, a seller or a user between a name and a weapon's noun: "Vyriy makes drones".
MAKERS_VERBS = frozenset("""
make makes build builds sell sells produce produces supply supplies export exports buy buys use uses develop develops
deliver delivers design designs assemble assembles test tests fly flies launch launches
""".split())

# A weapon's plural before its examples: "naval drones such as the", "missiles including".
# ("vehicles such as the Tesla", "systems like Starlink", "planes including Boeing's": a civil thing's example is its maker's)
_WEAPON_EXAMPLE = re.compile(rf"\b(?i:{'|'.join(sorted(word for word in WEAPON_NOUNS - {'vehicles', 'systems', 'planes', 'models', 'replicas', 'batteries'} if word.endswith('s')))})"
                             r"\s+(?:such as|like|including)\s+(?:the\s+)?")
# A weapon's noun right after a run, or after one word that says what kind: "cruise missile".
# ("Mirage 2000 jets", "ASC 890 surveillance planes": a model's number makes a model, whoever owns it)
_WEAPON_AFTER = re.compile(rf"(\s+\d{{2,4}}[A-Za-z]?)?\s+(?:air\s+defen[cs]e\s+|([a-z]+(?:-[a-z]+)*)\s+)?(?:{'|'.join(sorted(WEAPON_NOUNS))})\b")
# "who asked that his surname not be used", "gave only her first name"; "her real surname X" withholds nothing
_WITHHELD = re.compile(r"\b(?:surname|last name|full name|family name)\b[^.]{0,30}\bnot\b|\bnot\b[^.]{0,40}\b(?:surname|last name|full name|family name)\b"
                       r"|\bonly (?:his|her|their) (?:first|given) name\b|\b(?:first|given) name only\b")
_LISTED = re.compile(r"\b(\w+)\s+[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*(?:,\s+|,?\s+(?:and|or)\s+)$")
# "Saperavi, the country's best-known red grape,", "Kindzmarauli and Khvanchkara, semi-sweet reds popular
# in Russia": an apposition ending in a grape or a wine says a product, no name ("Kakheti, the wine
# region" ends in its region)
# ("Rospotrebnadzor, has repeatedly banned Moldovan wine,": a verb after the comma makes no apposition)
_PRODUCT = re.compile(r"\b([A-Z][a-z]+)(?: and ([A-Z][a-z]+))?,\s+(?:the |a |an )?"
                      r"(?!(?:has|have|had|is|was|are|were|will|would|can|could|\w+ly|\w+ed)\b)(?:[a-z][\w'’-]*\s+){0,4}?"
                      r"(?:grapes?|wines?|reds?|whites?|variet(?:y|ies))(?=[,.;]|\s+(?:popular|that|which|made|grown|from)\b)")
# A storm's given name: "Storm Halina", "the storm, named Boris by meteorologists"
_STORM = re.compile(r"\b(?:Storm|Hurricane|Cyclone|Typhoon) ([A-Z][a-z]+)\b|\b(?i:storm|hurricane)\b[^.]{0,20}\b(?:named|called|dubbed) ([A-Z][a-z]+)")
_EPONYM_AFTER = re.compile(r"\s+(?:horses?|gazelles?|deer|pheasants?|gulls?|warblers?|buntings?|frogs?|toads?|vipers?|disease|syndrome)\b")
_PLACED_AFTER = re.compile(r"-(?:based|born|headquartered|registered|flagged)\b")
_BORN_IN = re.compile(r"\b(?i:born|raised|grew up|lives|lived|died)\s+in\s+$")
_PLACE_NOUN_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(PLACE_NOUNS))})\b")
_PLACE_OF = re.compile(rf"\b(?:{'|'.join(sorted(PLACE_NOUNS))})\s+of\s+$")


def _in_quotes(text: str, start: int) -> bool:
    """True when ``start`` falls inside a quotation of its paragraph."""
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _club_cities(text: str, first_names: frozenset[str]) -> frozenset[str]:
    """ "Lech Poznan", then "Lech went top" and "Poznan officials": where the first of two words, no
    given name, listed word nor people's, stands alone as well outside quotes, the pair is a club and
    its city, and the city alone is a place, no surname ("Freedom for Zhenya" chanted for Zhenya
    Berkovich makes no city of Berkovich; Irakli Beridze and Irakli Kobakhidze, two men of one given
    name, make no club of Irakli: alone is before none of the words it is paired with)."""
    pairs = re.findall(r"(?<![\w'’-])([A-Z][a-z]+) ([A-Z][a-z]+)(?![\w'’-])", text)
    unquoted = re.sub(r'"[^"\n]*"|“[^”\n]*”', " ", text)
    paired: dict[str, set[str]] = {}
    for club, city in pairs:  # ("Jagiellonia Top Ekstraklasa", a headline: an ordinary word after it pairs with nothing)
        paired.setdefault(club, set()).update(() if _ordinary(city) else (city,))
    return frozenset(city for club, city in pairs if club.lower() not in first_names and club not in _english_words()[1]
                     and not _ordinary(club) and re.search(rf"(?<![\w'’-]){club}(?![\w-])(?!\s+(?:{'|'.join(sorted(paired[club] | {city}))})\b)", unquoted))


class _FullNames:
    """The people of the text by the ends of their full names: Tusk and Von der Leyen find theirs."""

    def __init__(self, names, text: str):
        self._by_tail: dict[tuple[str, ...], DiscoveredName] = {}
        self._text = text
        for name in names:
            self.add(name)

    def add(self, name: DiscoveredName) -> None:
        words = name.name.lower().split()
        # a place or a body "of" something is none; two words no list knows, after "to" or "in",
        # may be a person as well as a place ("lost to Marta Kostyuk", then "Kostyuk, from Kyiv")
        unknown = (len(words) == 2 and name.kind == "place" and not any(_ordinary(word) for word in words)
                   and words[-1].title() not in _english_words()[1])
        # ("through Startup Estonia", then "Estonia, which ...": a word the lists hold only in lower case, then a place
        # they name, is a scheme's or a firm's name, no person's whose surname the place would be; Ales Bialiatski is one)
        first, last = name.name.split()[0], name.name.split()[-1]
        named_by_word = (len(words) == 2 and _ordinary(first) and first not in _english_words()[1] and words[0] not in english_first_names()
                         and last in _english_words()[1] and not _ordinary(last))
        # ('Franko\'s novel "Zakhar Berkut"', then "Berkut's son": a work's title in quotes, two words no list knows, names its hero)
        hero = name.kind == "organisation" and len(words) == 2 and not any(_ordinary(word) for word in name.name.split()) and any(
            _in_quotes(self._text, start) for start, _ in name.mentions)
        if (name.kind == "person" or unknown or hero) and not CONNECTORS & set(words) and words[0] not in SLAVIC_PLACE_ADJECTIVES and not named_by_word:
            for length in range(1, len(words)):
                self._by_tail.setdefault(tuple(words[-length:]), name)

    def ending_in(self, words: list[str]) -> DiscoveredName | None:
        return self._by_tail.get(tuple(word.lower() for word in words))


class _Spans:
    """Where the termbase's terms are in the text, with the first names of their people and the
    kinds of the places (by where they start)."""

    def __init__(self, termbase, text: str):
        # (an acronym the termbase only finds as an unlisted rendering of a term, POLSA of Polska, is another body's letters)
        matches = sorted((m for m in termbase.scan(text, "en") if not (m.status == "unlisted" and m.term.isupper() and len(m.term) > 2)),
                         key=lambda m: m.start) if termbase is not None else []
        given: dict[str, tuple[str, ...]] = {}
        for match in matches:
            if match.concept not in given:
                given[match.concept] = _given_names(termbase, match.concept)
        self._spans = [(m.start, m.end, given[m.concept]) for m in matches]
        self.places = frozenset(m.start for m in matches if termbase.kind(m.concept) == "place")
        self._starts = [start for start, _, _ in self._spans]
        self._termbase = termbase
        self._longest = max((end - start for start, end, _ in self._spans), default=0)

    def knows(self, term: str) -> bool:
        """True when a term of the termbase is ``term`` whole (US for "U.S.")."""
        return self._termbase is not None and any(m.start == 0 and m.end == len(term) for m in self._termbase.scan(term, "en"))

    def within(self, begin: int, end: int) -> list[tuple[int, int, tuple[str, ...]]]:
        """The spans that overlap text[begin:end]."""
        first = bisect_left(self._starts, begin - self._longest)
        last = bisect_left(self._starts, end)
        return [span for span in self._spans[first:last] if span[1] > begin]


# A sentence's first word that is an adverb, a pronoun or a collective: "However, the", "Police said".
SENTENCE_OPENERS = frozenset("""
however meanwhile instead still nevertheless nonetheless moreover furthermore besides yesterday today
tonight overnight nowadays sometimes once soon already tomorrow earlier later overall separately elsewhere also again then now finally first second third
together otherwise likewise afterwards afterward anyway meantime notwithstanding regardless altogether
last next thus hence indeed yet so but and or he she it they we you i this that these those there here
everyone everybody someone somebody nobody none one who what police staff management security
its his her their our my your
""".split())
_APPOSITION_NOUNS = PLACE_NOUNS | ORGANISATION_BEFORE | ORGANISATION_WORDS | frozenset(
    "force union group body watchdog regulator operator producer maker company conglomerate brand label retailer chain carrier "
    "manufacturer insurer lender broadcaster start-up startup troupe band ensemble choir "
    "cable pipeline interconnector railway motorway highway".split())  # "Harmony Link, a planned power cable"


ORDINALS = frozenset("first second third fourth fifth".split())
# Nouns of built places an apposition names: "Golden Gate, the Kyiv landmark".
LANDMARKS = frozenset("landmark monument memorial building venue bridge cathedral church palace castle tower gate stadium arena park".split())


def _apposition(run: _Run) -> str | None:
    """ "Chop, the Ukrainian border town where ..., was", "New Hope, one of the groups in": an
    apposition says what the words name."""
    # ("Remarkably, Ukraine's federation has kept": an adverb before a clause is no name in apposition; "Offshore, Estonia's
    # first wind park, X": nor is one of place)
    if run.words[0].lower() in SENTENCE_OPENERS | STARTERS and not (len(run.words) > 1 and run.words[0].lower() in ORDINALS) or (
            len(run.words) == 1 and run.words[0].endswith("ly") and _ordinary(run.words[0])):
        return None
    relative = re.match(r",\s+(which|who|whose|where)\b", run.after)  # "Turkey, which brokered"
    if relative:
        return "person" if relative.group(1) in ("who", "whose") else "place"
    # ("Martin Green, director of the Eurovision Song Contest, said": a person's office at a body, with no article)
    office = re.match(r",\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]", run.after)
    if office and office.group(1) not in MODIFIERS and _is_title(office.group(1)) and len(run.words) > 1:
        return "person"
    # ("Wolves, founded in 2022 by a businessman, had": a founding says a body)
    if re.match(r",\s+(?:founded|established|set up)\s+(?:in|by)\b", run.after):
        return "organisation"
    letters = _LETTERS_AFTER.match(run.after)  # "Law and Justice (PiS), the party"
    # ("Kernel, Ukraine's largest oil producer,": a place's possessive is as good as "the"; "Memorial, the rights group
    # which ...": a relative clause after the noun ends the apposition as a comma does)
    match = re.match(r",\s+(?:the|a|an|one of the|[A-Z][\w-]*['’]s)\s+([^,.;:]*?)(?:,|\s+(?:which|that|who|whose|where)\b)",
                     run.after[letters.end() if letters else 0 :])
    if not match:
        return None
    # ("Upstream, the spa town of Ladek-Zdroj": the town is the name after "of", not the word before)
    if PLACE_NOUNS - {"capital"} & set(re.findall(r"\b([a-z]+) of [A-Z]", match.group(1))):
        return None
    for word in match.group(1).lower().split()[:5]:
        # ("Independence Avenue, the capital's main street, keeps": a street, a square, a park)
        # ("Golden Gate, the Kyiv landmark, inspired": a landmark, a monument, a bridge or a cathedral too)
        if word in PLACE_NOUNS | STREETS | LANDMARKS or word.removesuffix("s") in PLACE_NOUNS and match.group().startswith(", one"):
            return "place"
        if word in _APPOSITION_NOUNS or word.removesuffix("s") in _APPOSITION_NOUNS and match.group().startswith(", one"):
            return "organisation"
    return None


def _capitalised_inside(run: _Run) -> bool:
    """ "wrote on Telegram": an ordinary word capitalised inside a sentence, not after a quote or
    colon, and not a common noun an article makes an institution (the Parliament, the West)."""
    # ("in a Telegram post", "a YouTube video": a platform's name after an article too)
    platform = len(run.words) == 1 and run.words[0].lower() in PLATFORMS and run.before in ("a", "an")
    if (not run.before or run.before in ("a", "an") and not platform or run.before[-1:] in "\"':“‘(" or run.titled or run.headline
            or len(run.words[0]) < 2):
        return False
    if run.words[0].lower() in COMPASS or run.before == "the" and run.words[0].endswith("s") and run.words[0].lower()[:-1] in _english_words()[0] or re.match(r"\s*\d(?!\d*\s*[-–:]\s*\d)", run.after):
        return False  # "Western allies", "the Socialists", "Article 4", but "beat Japan 4-2"
    # after an article, the words an institution or a region goes by: the Parliament, the West
    return not (run.before in ("the", "a", "an", "this", "that", "its", "their", "his", "her", "our")
                and run.words[0].lower() in ORGANISATION_WORDS | PLACE_WORDS | INSTITUTION_NOUNS)

def _owner(run: _Run) -> str | None:
    """ "Memorial's Oleg Orlov", "Google's security unit Mandiant": a body whose member or unit is
    named after it (a plural's, "Children's rights commissioner X", is none)."""
    member = re.match(r"\s+((?:[a-z]+\s+){0,3})([A-Z][\w'’-]*)", run.after)
    plural = _plural(run.words[0]) or run.words[0].lower() in ("children", "people", "women", "men")
    if not run.possessive or run.words[0].lower() in SENTENCE_OPENERS | STARTERS or not member or member.group(1) and plural:
        return None
    member = member.group(2)
    return "organisation" if _is_capitalised(member) and not _ordinary(member.strip(",.;:")) else None


def _coordinated(run: _Run, first_names: frozenset[str]) -> str | None:
    """ "Oracle, Microsoft and Cisco left", "Visa and Mastercard cards": a sentence's first word
    listed with a name no list knows is a name as well."""
    word = run.words[0]
    lower = word.lower()
    # ("Abroad, Ukraine's partners": after a comma only a list that goes on is one)
    partner = re.match(r"(?:,\s+([A-Z][\w-]+)(?=,\s+[A-Z]|,?\s+(?:and|or)\s+[A-Z])|\s+(?:and|or|And|Or)\s+([A-Z][\w'’-]+))", run.after)
    # ("Turkey And Hungary Back ...": in a title-case headline only a word the lists name too)
    if (not partner or run.headline and word not in _english_words()[1] or run.possessive or _plural(word) or _is_title(word) or lower.endswith(("ly", "ed", "ing"))
            or lower in SENTENCE_OPENERS | STARTERS | FUNCTION_WORDS | COMPASS):
        return None
    other = _POSSESSIVE.sub("", partner.group(1) or partner.group(2))
    if _ordinary(other) or other.lower() in first_names or _demonym(other, _english_words()[1], first_names) or _is_title(other):
        return None
    return "organisation" if _is_acronym(other) else "place"


def _speaker(run: _Run) -> bool:
    """ "Tusk told the Sejm": a singular word with no article that speaks is a person."""
    lower = run.words[0].lower()
    following = run.after.split()[:1]
    return (not lower.endswith("s") and lower not in SENTENCE_OPENERS | STARTERS and bool(following)
            and following[0].strip(",.") in PERSON_VERBS)


QUANTITIES = frozenset("million billion trillion thousand hundred dozen per percent pc km kg mw gw".split())

# Verbs in the past tense that do not end in -ed: after them a word is a subject, no attribute.
IRREGULAR_PAST = frozenset("""
froze rose fell won lost beat came went ran burst broke grew hit struck took gave got saw met left
drew began became held kept made stood sank swept spread shut threw fought sent spent led cut put set
""".split())
# "after Moody's cut its outlook": a past verb and its object after a name's own possessive
_OBJECT_AFTER = re.compile(rf"\s+(?:[a-z]+ed|{'|'.join(sorted(IRREGULAR_PAST))})\s+(?:its|their|his|her|the|a|an)\s")


def _adjectival(word: str) -> bool:
    """Olympic, Arctic, Western, Catholic: a listed proper word that reads as an adjective, where
    Chernobyl or Barcelona before a noun still name a place ("the Barcelona captain")."""
    return word.lower().endswith(("ic", "ian", "an", "ese", "ish", "al", "ern", "ist", "ite", "ox"))


def _attributive(run: _Run) -> bool:
    """True when the word before a lower-case noun qualifies it (Nobel peace prize, "Nordic and
    Baltic leaders"), not when a verb follows it (the Vistula froze)."""
    following = run.after.split()[:3]
    if not following or run.after.startswith(("'", "’")):
        return False
    if following[0] in ("and", "or") and len(following) == 3 and following[1][:1].isupper() and not following[1].endswith(","):
        following = following[2:]
    # ("the Olympic 400 metres bronze medallist": a figure and its unit between the word and its noun)
    if len(following) == 3 and re.fullmatch(r"\d[\d.,]*", following[0]) and following[1].islower() and following[2].islower():
        following = following[2:]
    word = following[0].strip(",.;:")
    # ("in the Carpathians around Vorokhta": a preposition of place starts no noun the word could qualify)
    return (word.islower() and word not in FUNCTION_WORDS | PLACE_BEFORE | LATER_PREPOSITIONS and not word.endswith("ed")
            and word not in IRREGULAR_PAST)


# Prepositions FUNCTION_WORDS lacks, after which no noun follows a name: "shot in the Carpathians around Vorokhta".
LATER_PREPOSITIONS = frozenset("along beyond behind amid among above below despite onto toward towards".split())


def _mention(found: dict[str, DiscoveredName], name: str, kind: str, run: _Run) -> DiscoveredName:
    entry = found.get(name)
    if entry is None:
        entry = found[name] = DiscoveredName(name, kind)
    elif entry.kind == "place" and kind == "person":
        entry.kind = kind
    entry.count += 1
    entry.mentions.append((run.start, run.end))
    sentence = re.sub(r" {2,}", " ", run.sentence).strip()  # without the blanks of emphasis markers
    if len(entry.sentences) < MAX_SENTENCES and sentence not in entry.sentences:
        entry.sentences.append(sentence)
    return entry
