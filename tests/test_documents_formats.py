"""Readers and placeholders without a database: exact round trips and robust restoring."""

import random

import pytest
from lxml import etree

from workbench.errors import WorkbenchError
from workbench.importers import decode, parse
from workbench.importers.markdown import escape_typed_text
from workbench.importers.placeholders import placeholder_keys, restore_markup
from workbench.importers.segments import split_paragraph


def segment(data: bytes, fmt: str, lang: str = "en"):
    """-> (segments as (before, source_text, markup), tail, encoding)"""
    text, encoding = decode(data)
    parsed = parse(text, fmt)
    drafts = [
        (draft.before, draft.source_text, draft.markup)
        for paragraph in parsed.paragraphs
        for draft in split_paragraph(paragraph, lang, parsed.escapes)
    ]
    return drafts, parsed.tail, encoding


def reassembled(drafts, tail) -> str:
    return "".join(before + restore_markup(text, markup) for before, text, markup in drafts) + tail


TRICKY = {
    "crlf-and-bom": ("\ufeffFirst line. Second.\r\n\r\nNext para\r\nwrapped line.\r\n".encode(), "txt"),
    "trailing-spaces-no-final-newline": (b"  Indented.  \t\n\n\n \nLast one.   ", "txt"),
    "tabs-and-many-blank-lines": (b"\tA.\tB.\n\n\n\n\tC.\n", "txt"),
    "utf16-with-bom": ("Привет. Как дела?\r\n".encode("utf-16"), "txt"),
    "cp1251": ("Он живёт на ул. Ленина. Это далеко.\n".encode("cp1251"), "txt"),
    "html-nested-inline-and-entities": (
        b"<!DOCTYPE html>\n<html><head><title>A &amp; B</title><style>p { x: '<b>' }</style></head>"
        b"<body>\n  <h1>Head&shy;line</h1>\n  <p>Hello <b>bold <i>nested</i></b> &rsquo;q&rsquo; "
        b"and \xe2\x80\x99 AT&T. Second <a href=\"/x?a=1&amp;b=2\">link</a>.<br>Third {1} here.</p>\n"
        b"<ul><li>Mr. <b>Smith. Went.</b> Home.<li>Unclosed &lt;3</ul>\n"
        b"<script>if (a < b) { document.write('<p>x</p>') }</script>\n"
        b"<p>Broken </b>close <i>open</p><!-- note --></body></html>\n",
        "html",
    ),
    "markdown-blocks": (
        b"# Title ##\n\nPara with `code`, <span>html</span> and [a link](http://x.y \"t\").\n"
        b"Wrapped. Next sentence.\n\n- item *one* and snake_case\n- item two\n  lazy line\n1. numbered\n\n"
        b"> quoted. More.\n> second line\n\nSetext\n======\n\n```python\nprint('hi')\n```\n\n"
        b"    indented code\n\n---\n<div>\nblock html\n</div>\nLast line",
        "md",
    ),
}


@pytest.mark.parametrize("name", TRICKY)
def test_source_reassembles_byte_for_byte(name):
    data, fmt = TRICKY[name]
    drafts, tail, encoding = segment(data, fmt)
    assert drafts
    assert reassembled(drafts, tail).encode(encoding) == data


def test_html_inline_tags_become_placeholders_and_code_is_left_out():
    drafts, _, _ = segment(TRICKY["html-nested-inline-and-entities"][0], "html")
    texts = [text for _, text, _ in drafts]
    assert "Hello {1}bold {2}nested{/2}{/1} ’q’ and {3/} AT&T." in texts
    assert "Mr. {1}Smith. Went.{/1}" in texts  # no sentence break inside <b>
    assert "Unclosed <3" in texts
    assert not any("document.write" in text or "x: " in text for text in texts)
    hello = next(markup for _, text, markup in drafts if text.startswith("Hello"))
    assert hello["{3/}"] == "\u2019"  # the literal ’ among &rsquo; spellings stays exact
    # The file writes "AT&T" with a bare "&", so "&" stays bare; "<" gets the default escape.
    assert hello["{escapes}"] == {"<": "&lt;", "\u2019": "&rsquo;"}
    assert placeholder_keys(hello) == ["{1}", "{2}", "{/2}", "{/1}", "{3/}"]
    markup = dict(next(m for _, t, m in drafts if t.startswith("Second")))
    assert markup["{1}"] == '<a href="/x?a=1&amp;b=2">' and markup["{/1}"] == "</a>"


def test_markdown_keeps_markers_and_code_out_of_the_text():
    drafts, _, _ = segment(TRICKY["markdown-blocks"][0], "md")
    texts = [text for _, text, _ in drafts]
    assert texts[0] == "Title"
    assert "Para with {1/}, {2/}html{3/} and {4}a link{/4}." in texts
    assert "item {1}one{/1} and snake_case" in texts and "item two\n  lazy line" in texts and "numbered" in texts
    assert "quoted." in texts and "Setext" in texts
    assert not any("print" in text or "indented code" in text or "block html" in text for text in texts)


MARKDOWN_ENTITIES = (b"# Fish &amp; Chips\n\nPrices from &#163;5 at Joe&#x27;s &copy; 2026, &bogus; stays, "
                     b"AT&T too, `&amp; in code`.\n\nA &lt;tag&gt; &amp; more.\n")


def test_markdown_entity_references_are_the_characters_they_stand_for():
    drafts, tail, _ = segment(MARKDOWN_ENTITIES, "md")
    texts = [text for _, text, _ in drafts]
    assert texts[0] == "Fish & Chips"
    assert texts[1] == "Prices from £5 at Joe's © 2026, &bogus; stays, AT&T too, {1/}."
    # "<" stays a placeholder: a translator's "<" is escaped as markup, the file's own as it was.
    assert texts[2] == "A {1/}tag> & more."
    assert reassembled(drafts, tail).encode() == MARKDOWN_ENTITIES


@pytest.mark.parametrize("data, fmt", [(b"A `code` and &#123;1/} here.\n", "md"),
                                       (b"<p>A <br> and &#123;1/} here.</p>", "html")])
def test_a_brace_spelled_as_a_reference_does_not_make_a_placeholder(data, fmt):
    drafts, tail, encoding = segment(data, fmt)
    assert [text for _, text, _ in drafts] == ["A {1/} and {2/}1/} here."]
    assert reassembled(drafts, tail).encode(encoding) == data


def test_a_translation_of_an_entity_paragraph_keeps_the_files_spelling():
    (_, _, markup), *_ = segment(MARKDOWN_ENTITIES, "md")[0]
    assert restore_markup("Рыба & чыпсы", markup) == "Рыба &amp; чыпсы"
    # What a translator typed as markup is escaped once, never twice (no "&amp;lt;").
    assert restore_markup(escape_typed_text("Рыба & <b>чыпсы</b>"), markup) == "Рыба &amp; \\<b>чыпсы\\</b>"


FRAGMENTS = [
    "Hello", " ", "\n", "\r\n", "\n\n", "\t", ".", "Mr.", " World.", "<b>", "</b>", "<i>", "</i>",
    "<p>", "</p>", "<br>", "&amp;", "&rsquo;", "’", "&", "<", ">", "{1}", "{/2}", "# ", "- ", "> ",
    "1. ", "`code`", "```\n", "[x](y)", "<!-- c -->", "<script>", "</script>", " Dr.", "&#8217;",
    "&nbsp;", "\xa0", "<a href='x'>", "</a>", "==\n", "    ", "«Цитата».", "&NotEqualTilde;", "<li>",
]


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
def test_random_mixtures_of_markup_round_trip(fmt):
    generator = random.Random(fmt)
    for _ in range(300):
        data = "".join(generator.choice(FRAGMENTS) for _ in range(generator.randint(1, 30))).encode()
        if not data.strip():
            continue
        drafts, tail, encoding = segment(data, fmt, generator.choice(["en", "be", "uk", "pl", "ru"]))
        assert reassembled(drafts, tail).encode(encoding) == data


MARKUP = {
    "{1}": "<b>", "{/1}": "</b>", "{2}": "<i>", "{/2}": "</i>", "{3/}": "<br>",
    "{escapes}": {"&": "&amp;", "<": "&lt;"},
}


@pytest.mark.parametrize(
    ("translation", "expected"),
    [
        ("{1}жирны {2}курсіў{/2}{/1}{3/}", "<b>жирны <i>курсіў</i></b><br>"),
        ("{1}жирны без канца", "<b>жирны без канца</b>"),  # missing closing tag appended
        ("{1}{2}x{/1} y", "<b><i>x</i></b> y"),  # crossing: inner element closed first
        ("{/1}x{1}y", "x<b>y</b>"),  # a close before its open is dropped
        ("a {7} b {9/} c", "a  b  c"),  # placeholders the segment does not know are dropped
        ("A & B < C", "A &amp; B &lt; C"),  # characters HTML needs escaped are escaped
    ],
)
def test_restore_markup_gives_valid_markup_for_damaged_translations(translation, expected):
    assert restore_markup(translation, MARKUP) == expected


def test_placeholder_keys_leave_out_character_escapes():
    assert placeholder_keys(MARKUP) == ["{1}", "{/1}", "{2}", "{/2}", "{3/}"]


def test_restore_without_markup_is_the_text_itself():
    assert restore_markup("Plain {text} with {braces}.", {}) == "Plain {text} with {braces}."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"PK\x03\x04\x00\x00binary", "NUL bytes"),
        ("caf\u00e9 ".encode() + b"\xff\xfe broken", r"not valid utf-8: byte 6 \(line 1\)"),
    ],
)
def test_undecodable_input_is_a_clear_error(data, message):
    with pytest.raises(WorkbenchError, match=message):
        decode(data)


def test_given_encoding_is_used_and_checked():
    assert decode("Добры дзень".encode("cp1251"), "cp1251") == ("Добры дзень", "cp1251")
    with pytest.raises(WorkbenchError, match=r"not valid utf-8: byte 0 \(line 1\)"):
        decode("Добры".encode("cp1251"), "utf-8")
    with pytest.raises(WorkbenchError, match="unknown encoding"):
        decode(b"x", "no-such-codec")


def test_html_in_a_legacy_charset_is_read_with_its_declared_charset():
    page = '<html><head><meta charset="koi8-u"></head><body><p>Привіт</p></body></html>'
    assert decode(page.encode("koi8-u")) == (page, "koi8-u")


@pytest.mark.parametrize(
    "line",
    [
        "**_" * 3000 + "deep" + "_**" * 3000,  # nested emphasis: a RecursionError before
        "*a " * 5000,  # openings without closings: each one scanned the rest of the line
        "_x_ " * 2000 + "**" * 2000,
    ],
    ids=["nested-emphasis", "unclosed-emphasis", "many-runs"],
)
def test_pathological_markdown_emphasis_imports_exactly(line):
    data = f"# Title\n\n{line}\n".encode()
    drafts, tail, encoding = segment(data, "md")
    assert reassembled(drafts, tail).encode(encoding) == data


def test_emphasis_runs_become_placeholders_up_to_a_depth():
    drafts, _, _ = segment(b"Plain *one* and __two *three*__ here.\n", "md")
    assert drafts[0][1] == "Plain {1}one{/1} and {2}two {3}three{/3}{/2} here."
    deep = "*" + "_*" * 30 + "x" + "*_" * 30 + "*"
    drafts, _, _ = segment(f"{deep}\n".encode(), "md")
    assert drafts[0][1].count("{/") == 20


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Батальйон тренується біля Києва, каже джерело.\n", "koi8-u"),
        ("Батальон тренируется под Москвой, сообщает источник.\n", "koi8-r"),
        ("Żołnierze ćwiczą pod Łodzią. Gęśla jaźń.\n\nZa żółtą ścianą. Źródło mówi, że ćwiczenia się kończą.\n",
         "iso8859-2"),
    ],
    ids=["koi8-u", "koi8-r", "latin-2"],
)
def test_a_legacy_charset_is_never_guessed_as_an_unrelated_script(text, encoding):
    """KOI8 Cyrillic was read as Shift-JIS and Latin-2 Polish as Nordic Latin-6: garbled text that
    still exported back byte for byte. Now the guess is right, or the user is asked for --encoding."""
    try:
        decoded, _ = decode(text.encode(encoding))
    except WorkbenchError as error:
        assert "--encoding" in str(error)
    else:
        assert decoded == text


def test_a_markdown_ampersand_reaches_xliff_once_escaped_and_the_file_comes_back_exact(run_cli, tmp_path):
    story = tmp_path / "menu.md"
    story.write_bytes(MARKDOWN_ENTITIES)
    run_cli("import", story, "--lang", "en")
    xliff = tmp_path / "menu.xlf"
    run_cli("export", "1", "--lang", "be", "--format", "xliff", "-o", xliff)
    sources = [source.xpath("string()") for source in etree.parse(str(xliff)).iter("{*}source")]
    assert sources[0] == "Fish & Chips" and "&amp;" not in "".join(sources)
    original = tmp_path / "back.md"
    run_cli("export", "1", "--lang", "en", "-o", original)
    assert original.read_bytes() == MARKDOWN_ENTITIES
