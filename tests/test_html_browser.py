"""The HTML report in real headless Chromium (Debian's chromium and chromium-driver, via Selenium)."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.report.html_format import render

from .test_html_report import HOSTILE, VARIANTS, arabic_result, hostile_result

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip("chromium or chromedriver is not installed (.ci/install-browser installs them)",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (the test extra)")
By = pytest.importorskip("selenium.webdriver.common.by").By

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,900"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


@pytest.fixture
def load(browser, tmp_path):
    """Open the report of the results as a file; fail on anything logged as an error."""
    def load(results):
        page = tmp_path / "report.html"
        page.write_text(render(results), encoding="utf-8")
        browser.get(page.as_uri())
        errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
        assert not errors, errors
        return browser
    return load


@pytest.mark.parametrize("variant", VARIANTS)
def test_arabic_page_is_rtl_and_highlights_are_exact(load, variant):
    result = arabic_result(VARIANTS[variant])
    driver = load([result])
    article = driver.find_element(By.TAG_NAME, "article")
    assert article.value_of_css_property("direction") == "rtl"
    marks = driver.execute_script("return [...document.querySelectorAll('mark.fig')].map(m => m.textContent)")
    assert marks == [f.text for f in result.figures]


def test_clicking_or_focusing_a_figure_opens_its_details(load):
    driver = load([arabic_result()])
    details = driver.find_elements(By.CSS_SELECTOR, ".detail")
    hint = driver.find_element(By.CSS_SELECTOR, ".hint")
    assert hint.is_displayed() and details and not any(d.is_displayed() for d in details)
    driver.find_element(By.ID, "f0-1").click()
    assert not hint.is_displayed()
    shown = [d.get_attribute("id") for d in details if d.is_displayed()]
    assert shown == ["f0-1-d"]
    text = driver.find_element(By.ID, "f0-1-d").text
    for part in ("مخالف", "2,300,000", "2023-12-31", "الجهاز المركزي للإحصاء الفلسطيني"):    # Arabic labels
        assert part in text, part
    link = driver.find_element(By.CSS_SELECTOR, "#f0-1-d a")
    assert link.get_attribute("href") == "https://www.pcbs.gov.ps/"
    assert link.get_attribute("rel") == "noopener noreferrer"
    driver.execute_script("document.getElementById('f0-0').focus()")
    assert [d.get_attribute("id") for d in details if d.is_displayed()] == ["f0-0-d"]


def test_a_filter_removes_the_highlight(load):
    driver = load([arabic_result()])
    supported = driver.find_element(By.ID, "f0-0")
    highlighted = supported.value_of_css_property("background-color")
    driver.find_element(By.CSS_SELECTOR, ".filters input[value=supported]").click()
    assert supported.value_of_css_property("background-color") == "rgba(0, 0, 0, 0)" != highlighted
    contradicted = driver.find_element(By.ID, "f0-1")
    assert contradicted.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"


def test_print_lists_every_detail_and_hides_the_filters(load):
    driver = load([arabic_result()])
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert all(d.is_displayed() for d in driver.find_elements(By.CSS_SELECTOR, ".detail"))
        assert not driver.find_element(By.CSS_SELECTOR, ".filters").is_displayed()
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_hostile_markup_is_shown_as_text_and_runs_nothing(load):
    driver = load([hostile_result()])
    driver.find_element(By.ID, "f0-0").click()
    assert driver.execute_script("return window.pwned") is None
    assert driver.title == f"factcheck: {HOSTILE}"
    assert driver.find_elements(By.TAG_NAME, "img") == []
    assert len(driver.find_elements(By.TAG_NAME, "script")) == 2
    assert HOSTILE in driver.find_element(By.CSS_SELECTOR, "article .text").get_attribute("textContent")
    assert driver.find_elements(By.CSS_SELECTOR, "a") == []
    assert "javascript:window.pwned=3" in driver.find_element(By.ID, "f0-0-d").text


def test_a_misquote_a_wrong_title_and_a_contradicted_figure_are_highlighted_with_their_details(load, tmp_path):
    from factcheck.document import read_document
    from factcheck.pipeline import check_document
    from factcheck.references import load_store
    from factcheck.rules import data_dir

    from .conftest import SEED
    from .test_report_show import FIGURE, QUOTE, TITLE

    text = SEED.read_text(encoding="utf-8")
    for old, new in (FIGURE, TITLE, QUOTE):
        text = text.replace(old, new)
    draft = tmp_path / "ar-2024-03-20-draft.txt"
    draft.write_text(text, encoding="utf-8")
    result = check_document(read_document(str(draft)), load_store([data_dir("references")]))
    driver = load([result])
    figure = driver.find_element(By.CSS_SELECTOR, "mark.fig.v-contradicted:not(.role)")
    title = driver.find_element(By.CSS_SELECTOR, "mark.fig.role.v-contradicted")
    quote = driver.find_element(By.CSS_SELECTOR, "q.fig.quote.v-contradicted")
    assert figure.text == "4.1 مليون" and title.text == TITLE[1].split(" يوآف")[0]
    assert QUOTE[1] in quote.text
    for mark, words in ((figure, ("الحكم", "مخالف")), (title, ("مخالف", "الشخص")),
                        (quote, ("اقتباس محرف", "نيويورك الشهر"))):
        driver.execute_script("arguments[0].scrollIntoView(); arguments[0].focus();", mark)
        detail = driver.find_element(By.ID, mark.get_attribute("aria-controls"))
        assert detail.is_displayed()
        assert all(w in detail.text for w in words), detail.text
    assert driver.find_element(By.CSS_SELECTOR, "section.file").get_attribute("dir") == "rtl"
