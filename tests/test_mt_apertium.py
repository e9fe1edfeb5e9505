"""The Apertium engine: the tagger stand-in, and real rus→bel / rus→ukr runs where installed."""

import pytest

from workbench.mt.apertium import (
    ApertiumEngine,
    demonstrative_pronouns,
    installed_pairs,
    prefer_translations,
    prepositional_pronouns,
    repair_agreement_tags,
    restore_blanks,
)
from workbench.mt.generation import (
    agree_with_nouns,
    change_government,
    regenerate_failures,
    ukrainian_locatives,
)
from workbench.mt.readings import disambiguate
from workbench.mt.unknown import mark_unknown, respell, split_unknown


def test_disambiguation_follows_the_preposition_and_drops_the_surface_form():
    # "в Польше": dative or prepositional; the preposition в takes acc/prp.
    stream = (r"^в/в<pr>$ ^Польше/Польша<np><top><f><sg><dat>/Польша<np><top><f><sg><prp>$"
              r"^,/,<cm>$ ^к/к<pr>$ ^Польше/Польша<np><top><f><sg><prp>/Польша<np><top><f><sg><dat>$[\n]")
    assert disambiguate(stream) == (r"^в<pr>$ ^Польша<np><top><f><sg><prp>$^,<cm>$ ^к<pr>$ "
                                    r"^Польша<np><top><f><sg><dat>$[\n]")


def test_disambiguation_makes_an_adjective_agree_with_its_noun_and_prefers_pymorphy():
    stream = (r"^после/после<pr>$ ^недавней/недавний<adj><sint><comp>/недавний<adj><sint><f><an><sg><gen>$ "
              r"^встречи/встреча<n><f><nn><sg><gen>/встреча<n><f><nn><pl><nom>/встреча<n><f><nn><pl><acc>$")
    assert disambiguate(stream) == (r"^после<pr>$ ^недавний<adj><sint><f><an><sg><gen>$ "
                                    r"^встреча<n><f><nn><sg><gen>$")


def test_a_noun_takes_the_case_its_adjective_can_share_and_removed_readings_compete_again():
    # «любимой песни»: the noun is genitive singular, as the adjective can be (not plural nominative).
    stream = (r"^любимой/любимый<adj><sint><f><an><sg><gen>/любимый<adj><sint><f><an><sg><ins>$ "
              r"^песни/песня<n><f><nn><pl><nom>/песня<n><f><nn><sg><gen>$")
    assert disambiguate(stream) == r"^любимый<adj><sint><f><an><sg><gen>$ ^песня<n><f><nn><sg><gen>$"
    # «в прошлом году»: CG left only the noun «прошлое» and the dative; the analyser's other
    # readings (adjective, locative) win them back with the preposition and agreement.
    after_cg = r"^В/в<pr>$ ^прошлом/прошлое<n><nt><nn><sg><prp>$ ^году/год<n><m><nn><sg><dat>$"
    analyses = (r"^В/в<pr>$ ^прошлом/прошлое<n><nt><nn><sg><prp>/прошлый<adj><sint><m><an><sg><prp>$ "
                r"^году/год<n><m><nn><sg><dat>/год<n><m><nn><sg><prp>$")
    assert disambiguate(after_cg, analyses) == r"^в<pr>$ ^прошлый<adj><sint><m><an><sg><prp>$ ^год<n><m><nn><sg><prp>$"
    assert disambiguate(after_cg) == r"^в<pr>$ ^прошлое<n><nt><nn><sg><prp>$ ^год<n><m><nn><sg><dat>$"


def test_this_before_a_word_it_cannot_agree_with_is_the_pronoun():
    assert demonstrative_pronouns(r"^Этот<det><dem><nt><an><sg><nom>$ ^правда<n><f><nn><sg><nom>$") == (
        r"^*Это$ ^правда<n><f><nn><sg><nom>$")
    kept = r"^этот<det><dem><nt><an><sg><acc>$ ^событие<n><nt><nn><sg><acc>$"
    assert demonstrative_pronouns(kept) == kept


def test_target_adjectives_agree_with_the_target_noun_and_k_takes_the_genitive():
    # «прошлой недели»: тиждень is masculine in Ukrainian; «их» has placeholders for its noun's tags.
    assert agree_with_nouns("^минулий<adj><f><an><sg><gen>$ ^тиждень<n><m><nn><sg><gen>$") == (
        "^минулий<adj><m><an><sg><gen>$ ^тиждень<n><m><nn><sg><gen>$")
    assert agree_with_nouns("^їхній<det><pos><GD><ND><CD>$ ^поведінка<n><f><nn><sg><gen>$") == (
        "^їхній<det><pos><f><sg><gen>$ ^поведінка<n><f><nn><sg><gen>$")
    assert change_government("~^к<pr>$ ~^новы<adj><m><an><sg><dat>$ ~^прэзідэнт<n><m><aa><sg><dat>$", "be") == (
        "~^да<pr>$ ~^новы<adj><m><an><sg><gen>$ ~^прэзідэнт<n><m><aa><sg><gen>$")
    assert change_government("^*К$ ^він<prn><pers><p3><m><sg><dat><pprep>$", "uk") == (
        "^До<pr>$ ^він<prn><pers><p3><m><sg><gen><pprep>$")
    assert ukrainian_locatives("^новий<adj><m><an><sg><loc>$ ^будинок<n><m><nn><sg><loc>$") == (
        "^новий<adj><m><an><sg><dat>$ ^будинок<n><m><nn><sg><loc>$")
    assert prefer_translations("^против<pr>/проціў<pr>/супраць<pr>$ ^уже<adv>/вузей<adv>$", "be") == (
        "^против<pr>/супраць<pr>/проціў<pr>$ ^уже<adv>/ужо<adv>$")


def test_disambiguation_keeps_unknown_words_and_escaped_slashes():
    assert disambiguate("^Лукашенко/*Лукашенко$") == "^*Лукашенко$"
    assert disambiguate(r"^1\/2/1\/2<num>$") == r"^1\/2<num>$"


def test_transfer_faults_are_repaired_before_generation():
    glued = "^свій<det><pos><f><an><sg><acc>$^відданість<n><f><nn><sg><acc>$^.<sent>$"
    assert restore_blanks(glued) == "^свій<det><pos><f><an><sg><acc>$ ^відданість<n><f><nn><sg><acc>$^.<sent>$"
    assert repair_agreement_tags("^економічний<adj><mfn><pl><pl><ins>$") == "^економічний<adj><mfn><an><pl><ins>$"
    assert repair_agreement_tags("^піти<vblex><perf><iv><past><mfn><an>$") == "^піти<vblex><perf><iv><past><mfn><pl>$"
    pronoun = "^вони<prn><pers><p3><mfn><pl><ins><pprep>$"
    assert prepositional_pronouns(pronoun, "uk") == "^*ними$"
    assert prepositional_pronouns(pronoun, "pl") == pronoun


def test_unknown_words_are_respelled_for_the_target_and_marked():
    assert respell("Перри", "uk") == "Перрі" and respell("Перри", "be") == "Перры"
    assert respell("Москве", "uk") == "Москві"  # lemma known to pymorphy3's Ukrainian dictionary
    assert respell("негативную", "uk") == "негативну"
    assert respell("заявления", "be") == "заявлення"
    assert respell("BDI", "be") == "BDI"
    marked = f"у {mark_unknown('Перри', 'Перрі')} і {mark_unknown('Перри', 'Перрі')}."
    assert split_unknown(marked) == ("у Перрі і Перрі.", ["Перрі"])
    assert split_unknown(marked, keep_original=lambda word: word == "Перри") == ("у Перри і Перри.", ["Перри"])


def test_ukrainian_respelling_keeps_y_as_i_and_finds_lemmas_with_i_for_russian_i_and_e():
    assert respell("бывшего", "uk") == "бившего"  # ы is и, never і
    assert respell("Ёлкин", "uk") == "Йолкін"
    assert respell("видео", "uk") == "відео" and respell("цунами", "uk") == "цунамі"  # indeclinable in both
    assert respell("беженцев", "uk") == "біженців"
    assert respell("шотландской", "uk") == "шотландської"
    assert respell("Палу", "uk") == "Палу"  # a capitalised common noun of Ukrainian («пал») is a name here
    # «білорус» is also a surname (singular only): the plural comes from the common noun's reading.
    assert respell("белорусы", "uk") == "білоруси" and respell("белорусов", "uk") == "білорусів"


def test_pairs_are_read_from_mode_files(tmp_path):
    assert installed_pairs((tmp_path,)) == {}
    (tmp_path / "rus-bel.mode").write_text("lt-proc -w 'x.bin' | apertium-tagger -g $2 'x.prob' | lt-proc $1 'y.bin'")
    (tmp_path / "eng-epo.mode").write_text("lt-proc -w 'z.bin'")
    pairs = installed_pairs((tmp_path,))
    assert list(pairs) == [("ru", "be")]
    assert pairs["ru", "be"].steps() == [["lt-proc", "-w", "x.bin"], None, ["lt-proc", "-n", "y.bin"]]


needs_apertium = pytest.mark.skipif(
    not {("ru", "be"), ("ru", "uk")} <= set(installed_pairs()),
    reason="Debian packages apertium-bel-rus and apertium-rus-ukr are not installed",
)


@pytest.mark.apertium
@needs_apertium
def test_russian_to_belarusian_and_ukrainian_for_real():
    engine = ApertiumEngine()
    sentences = ["Они хотят воевать с русскими в Украине.", "Президент Беларуси заявил, что это важно."]
    belarusian = engine.translate(sentences, "ru", "be")
    assert belarusian[0] == ["Яны хочуць ваяваць з рускімі ва Украіне."]
    # The blank the ru→uk transfer dropped is back; "Москве" is respelled and marked.
    [[ukrainian_poland]] = engine.translate(["Германия подтвердила свою приверженность Москве."], "ru", "uk")
    assert "свою відданість" in ukrainian_poland and mark_unknown("Москве", "Москві") in ukrainian_poland
    assert belarusian[1][0].startswith("Прэзідэнт Беларусі")
    ukrainian = engine.translate(sentences, "ru", "uk")
    assert ukrainian[0][0].startswith("Вони хочуть")
    assert len(ukrainian) == 2


@pytest.mark.apertium
@needs_apertium
def test_case_government_agreement_and_forms_the_generator_could_not_make():
    engine = ApertiumEngine()
    sentences = ["В начале прошлой недели во всем мире.", "Он обратился к новому президенту.",
                 "Против войны, через год, между нами.", "В прошлом году он жил в новом доме.",
                 "По его словам, в пятницу."]
    belarusian = [hypotheses[0] for hypotheses in engine.translate(sentences, "ru", "be")]
    assert belarusian[1:4] == ["Ён звярнуўся да новага прэзідэнта.", "Супраць вайны, праз год, паміж намі.",
                               "У мінулым годзе ён жыў у новым доме."]
    assert belarusian[4].startswith("Па яго словах,")
    ukrainian = [hypotheses[0] for hypotheses in engine.translate(sentences, "ru", "uk")]
    assert ukrainian[0] == "У початку минулого тижня у всьому мирі."  # not «минулої тижня», «мир¹»
    assert ukrainian[1] == "Він звернувся до нового президента."
    assert "у новому домі" in ukrainian[3]
    assert ukrainian[4].startswith("За його словами, у ") and "п’ятницю" in ukrainian[4]


@pytest.mark.apertium
@needs_apertium
def test_a_batch_gives_one_line_per_segment_in_order():
    engine = ApertiumEngine()
    sentences = ["Привет.", "Они хотят воевать.", "", "Беларусь."]
    batch = engine.translate(sentences, "ru", "be")
    assert batch == [engine.translate([sentence], "ru", "be")[0] for sentence in sentences]


def test_ukrainian_output_gets_euphony_and_the_pairs_wrong_forms_fixed():
    from workbench.mt.orthography import polish_ukrainian

    assert polish_ukrainian("Вона була у Техасі і він у вересні.") == "Вона була в Техасі й він у вересні."
    assert polish_ukrainian("Брат у Львові, котрий говорить о сині у 2020 рокові.") == (
        "Брат у Львові, який каже про сині в 2020 році.")


def test_words_the_pairs_lack_come_from_the_gaps_list_and_verbs_take_target_endings():
    assert respell("сказал", "be") == "сказаў" and respell("сказал", "uk") == "сказав"
    assert respell("Является", "be") == "З'яўляецца"
    assert respell("пытаются", "be") == "спрабуюць"
    assert respell("атаковал", "uk") == "атакував"  # lemma "атакувати" found in pymorphy3's Ukrainian dictionary
    # Belarusian writes о only under stress: the unstressed ones of a longer word become а.
    assert respell("окно", "be") == "акно"


def belarusian_drafts(*sentences: str) -> list[str]:
    return [hypotheses[0] for hypotheses in ApertiumEngine().translate(list(sentences), "ru", "be")]


@pytest.mark.apertium
@needs_apertium
def test_a_short_participle_is_not_dropped_from_a_belarusian_draft():
    # rus→bel's transfer rules lost the lemma of every short passive participle: "Мост  для машын."
    belarusian = belarusian_drafts("Мост закрыт для машин.", "Колодцы испорчены водой.", "Двое задержаны полицией.")
    assert belarusian[0] == "Мост закрыты для машын."
    assert "сапсаваныя" in belarusian[1]
    assert "затрыманыя" in belarusian[2]


@pytest.mark.apertium
@needs_apertium
def test_u_before_a_person_is_possession_not_near():
    # rus→bel knows only ля (near) for у: «Ля яе не грошай», «ля прэзідэнта».
    belarusian = belarusian_drafts("У нее есть машина.", "Встреча прошла у министра обороны.", "Он живет у моря.")
    assert belarusian[0].startswith("У яе ")
    assert " ў міністра абароны" in belarusian[1]
    assert belarusian[2] == "Ён жыве ля мора."


def test_belarusian_output_writes_u_short_after_a_vowel():
    from workbench.mt.orthography import polish_belarusian

    assert polish_belarusian("Яна сышла у лес, і у Беларусь вярнулася позна.") == (
        "Яна сышла ў лес, і ў Беларусь вярнулася позна.")
    # After a consonant (ў is one) or a pause the preposition stays у.
    assert polish_belarusian("Ён быў у 2020 годзе дома. Вярнуліся дадому, у Мінск.") == (
        "Ён быў у 2020 годзе дома. Вярнуліся дадому, у Мінск.")
    # A word's first у as well; not a capital one (УЕФА).
    assert polish_belarusian("Яна ўзяла дакументы і вымушана уехала на усход, да УЕФА.") == (
        "Яна ўзяла дакументы і вымушана ўехала на ўсход, да УЕФА.")
    # An unknown word's respelling decides, as in Ukrainian.
    assert polish_belarusian("Яны ⟪видели\u2063віделі⟫ у горадзе.") == "Яны ⟪видели\u2063віделі⟫ ў горадзе."



# Real drafts, each case a rule of this module's repairs with what the pair wrote without it.
@pytest.mark.apertium
@needs_apertium
@pytest.mark.parametrize(("language", "sentence", "fragments"), [
    # A short participle the analyser lacks, read as its full form: «Мігранти ⟪депортированы⟫».
    ("uk", "Мигранты депортированы в Мексику, войска выведены из города.", ["Мігранти депортовані ", "війська виведені "]),
    ("be", "Войска выведены из города.", ["Войскі выведзеныя "]),
    # быць keeps its future: «Мост ёсць закрыты», «яны ёсць рады».
    ("be", "Мост будет закрыт до весны, они будут рады, а у нас есть дом.",
     ["Мост будзе закрыты ", "яны будуць рады", "ў нас ёсць дом"]),
    # «все» before a noun agrees with it: «Усё дакументы», «аддаў усё сілы».
    ("be", "Все документы были готовы, он отдал все силы работе, но всё это неправда.",
     ["Усе дакументы ", "аддаў усе сілы ", "але ўсё "]),
    # The words news writes where rus→bel offers one other: ці, гэтак, вырашэнне.
    ("be", "Он придет сегодня или завтра, так было всегда, а решение суда было простым.",
     ["сёння або заўтра", ", так было", "а рашэнне суда"]),
    # Ukrainian о + locative is про + accusative: «про новому законі», «про тому, що», «про ньому».
    ("uk", "Депутаты спорили о новом законе и о том, что будет дальше, и мы говорили о нем.",
     ["про новий закон і про те, що", "говорили про нього."]),
    # «в том, что» is the demonstrative, not the noun (a volume): «ў том, што».
    ("be", "Проблема в том, что налоги растут, а он прочитал первый том, что ты дал.",
     ["Праблема ў тым, што ", "першы том, што "]),
    # г-н, г-жа written out: «⟪Г⟫-⟪н⟫», «р-н».
    ("be", "Г-н Смит встретил г-жу Браун.", ["Спадар ", " спадарыню "]),
    ("uk", "Г-н Смит встретил г-жу Браун и ждал г-на Смита.", ["Пан ", "пані⟫", "чекав пана "]),
    # из-за (because of) is через + accusative, and keeps із-за before a word the pair lacks: «Із-за сильного дощу».
    ("uk", "Из-за сильного дождя матч отменили, из-за него мы ждали, из-за своей сексуальной политики.",
     ["Через сильний дощ ", "через нього ", "із-за своєї "]),
    # The count form of «человек»: «Пяць людзей», «п'ятьох людей».
    ("be", "Пять человек погибли, этот человек сказал правду, мы видели людей.",
     ["Пяць чалавек загінулі", "гэты чалавек ", " людзей."]),
    ("uk", "Пять человек погибли, мы видели людей.", [" чоловік загинули", "бачили людей."]),
    # «находится» (находить + <pass>) stays reflexive: «Музей знаходзіць» (finds); ко мне stays да мяне.
    ("be", "Он пришел ко мне, а музей находится в центре города, озера находятся на севере.",
     ["да мяне", "музей знаходзіцца ", " знаходзяцца "]),
    # Only third-person pronouns take a prepositional form: «про тобі», and no «до я».
    ("uk", "Мы говорили о тебе и пришли к нам.", ["Ми говорили про тебе й прийшли до нас."]),
])
def test_drafts_repaired_before_and_after_transfer(language, sentence, fragments):
    draft = ApertiumEngine().translate([sentence], "ru", language)[0][0]
    assert [fragment for fragment in fragments if fragment not in draft] == []


@pytest.mark.apertium
@needs_apertium
def test_a_reflexive_form_the_generator_lacks_falls_back_to_the_plain_verb():
    generator = ApertiumEngine().pairs["ru", "be"].generator()
    assert regenerate_failures("^сказацца<vblex><perf><past><m><sg>$", generator) == "^сказаць<vblex><perf><past><m><sg>$"


# Surface rules, each case with the rule it shows: Ukrainian з / із / зі, the particles бы / б and ж / жа (uk би / б,
# ж / же) by the sound before them, Ukrainian for the «по» phrases rus-ukr copies from Russian.
@pytest.mark.parametrize(("language", "draft", "polished"), [
    ("uk", "Посол з Канади приїхав з сестрою, з якою говорив з мною.",
     "Посол із Канади приїхав із сестрою, з якою говорив зі мною."),
    ("uk", "З своїм братом вона втекла з Сирії, а не з Ірану.", "Зі своїм братом вона втекла з Сирії, а не з Ірану."),
    ("be", "Калі бы яна магла, ён змог бы прыйсці гэтак ж хутка, то ж самае.",
     "Калі б яна магла, ён змог бы прыйсці гэтак жа хутка, то ж самае."),
    ("uk", "Якщо би вона могла, він зміг би прийти, то ж саме.", "Якщо б вона могла, він зміг би прийти, то ж саме."),
    ("uk", "По даним синоптиків, по порівнянню з березнем буде тепліше.",
     "За даними синоптиків, порівняно з березнем буде тепліше."),
    ("uk", "Політика по ставленню до сусідів.", "Політика щодо сусідів."),
])
def test_surface_rules_the_pairs_leave_out(language, draft, polished):
    from workbench.mt.orthography import polish_belarusian, polish_ukrainian

    assert {"be": polish_belarusian, "uk": polish_ukrainian}[language](draft) == polished


@pytest.mark.apertium
@pytest.mark.skipif(not {("ru", "be"), ("ru", "uk")} <= set(installed_pairs()), reason="needs rus-bel and rus-ukr")
def test_a_common_word_rus_bel_lacks_is_translated_through_rus_ukr_in_the_russian_words_form_and_still_marked():
    drafts = belarusian_drafts("Врачи предупреждают жителей о жаре.", "Эксперты обсудили возможные последствия реформы.",
                               "Он родился в маленьком городе.", "Власти готовятся к наводнению.",
                               "Завод работает круглосуточно.")
    assert [split_unknown(draft)[1] for draft in drafts] == [
        ["папераджаюць"],  # was "прэдупрэждают", the Russian word respelled
        ["абгаварылі", "мажлівыя"],  # the plural's -ыя, not мажлівы
        ["нарадзіўся"],
        ["гатавяцца"],  # reflexive as the Russian word is
        ["працуе"],  # працює: Ukrainian -ює is Belarusian -уе
    ]
