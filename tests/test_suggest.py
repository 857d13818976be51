"""`factcheck refs suggest`: drafts that a person completes with the sources (and nothing else) make
`check` support the figures they were drafted from; an unfilled draft is refused."""
from __future__ import annotations

import json

from click.testing import CliRunner

from factcheck.cli import cli

from .conftest import SEED

ENGLISH = ("The ministry said 2.3 million residents live in the district, where 45 schools were "
           "closed on 3 May 2021 after the floods.\n")


def run(*args):
    return CliRunner().invoke(cli, list(map(str, args)))


def verdicts(path, store):
    out = run("check", path, "--no-bundled-refs", "--refs", store, "--format", "json").stdout
    return {f["text"]: f["verdict"] for f in json.loads(out)["files"][0]["figures"]}


def fill(draft):
    """What the researcher adds: the source of each figure, nothing else."""
    text = draft.read_text(encoding="utf-8")
    draft.write_text(text.replace("url: TODO", "url: https://example.org/source")
                     .replace("publisher: TODO", "publisher: Example agency"), encoding="utf-8")


def test_completed_drafts_support_every_figure_the_bundled_store_supports(tmp_path):
    bundled = json.loads(run("check", SEED, "--format", "json").stdout)["files"][0]["figures"]
    supported = {f["text"] for f in bundled if f["verdict"] == "supported"}
    store = tmp_path / "store"
    store.mkdir()
    draft = store / "drafts.yaml"
    assert run("refs", "suggest", SEED, "--no-bundled-refs", "--out", draft).exit_code == 0
    text = draft.read_text(encoding="utf-8")
    assert "url: TODO" in text and "# “" in text          # each draft under its sentence
    refused = run("refs", "validate", store)
    assert refused.exit_code == 2 and "source.url is TODO: a draft" in refused.output
    fill(draft)
    assert run("refs", "validate", store).exit_code == 0
    now = verdicts(SEED, store)
    assert supported and all(now[t] == "supported" for t in supported), now


def test_an_english_article_and_the_attribution_as_publisher(tmp_path):
    article = tmp_path / "2021-05-04-floods.txt"
    article.write_text(ENGLISH, encoding="utf-8")
    store = tmp_path / "store"
    store.mkdir()
    draft = store / "drafts.yaml"
    run("refs", "suggest", article, "--no-bundled-refs", "--out", draft)
    assert "publisher: The ministry" in draft.read_text(encoding="utf-8")
    fill(draft)
    assert set(verdicts(article, store).values()) == {"supported"}


def test_a_figure_the_store_already_supports_is_not_drafted(tmp_path):
    out = run("refs", "suggest", SEED).stdout
    assert "1400000" not in out and "2300000" not in out       # the bundled store has both


def test_drafts_are_named_for_what_the_article_is_about_and_two_values_get_two_names(tmp_path):
    """"Net income" of one article is not every article's: the name takes the subject its title and
    its sentence share; two figures in the same words get names that tell them apart, so the
    completed drafts validate and support both; a verb of saying or of change names nothing, and
    an ordinal of a part of the year is no fact."""
    article = tmp_path / "acme.md"
    article.write_text("---\ntitle: Acme profits rise\ndate: 2024-02-01\n---\n"
                       "Acme said net income rose to $3.5bn in the fourth quarter. "
                       "For the full year, Acme net income was $9.1bn.\n", encoding="utf-8")
    store = tmp_path / "store"
    store.mkdir()
    draft = store / "drafts.yaml"
    assert run("refs", "suggest", article, "--no-bundled-refs", "--out", draft).exit_code == 0
    names = [line.strip("- ").strip() for line in draft.read_text(encoding="utf-8").splitlines()
             if line.startswith("      - ")]
    assert len(names) == len(set(names)) == 2 and all("Acme" in n for n in names), names
    assert not any(word in n.split() for n in names for word in ("said", "rose")), names
    assert "kind: ordinal" not in draft.read_text(encoding="utf-8")       # "the fourth quarter" says when
    fill(draft)
    assert run("refs", "validate", store).exit_code == 0
    now = verdicts(article, store)
    assert now["$3.5bn"] == now["$9.1bn"] == "supported", now
