"""Tests for the ``news_paragraphs`` component (paragraph breaks are sentence breaks)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp import build_nlp
from pipeline.settings import Settings


@pytest.fixture(scope="module")
def nlp():
    """The model with ``news_paragraphs`` only."""
    return build_nlp(Settings(components=("news_paragraphs",)))


def test_runs_before_the_parser(nlp):
    assert nlp.pipe_names.index("news_paragraphs") < nlp.pipe_names.index("parser")


@pytest.mark.parametrize("text, first_words", [
    # the parser alone hangs the senator on the quote's verb in the paragraph before
    ('He said that he’ll “need a lot of help and support. So we’ll see how it works.”\n\n'
     'Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, a swing state, said he would welcome Cruz.',
     ["He", "So", "Sen."]),
    # a single line break (a headline) ends a sentence too; indentation after it is skipped
    ("Trump wins the state easily\n  The senator said he would stay in the race.", ["Trump", "The"]),
    # the dot of a title before a name ends no sentence (the parser alone splits after "Capt.")
    ('"I don\'t see how the attack would change our operations," said Pentagon spokesman Navy Capt. Jeff Davis, '
     "who was asked about the plan.", ['"']),
])
def test_each_paragraph_starts_a_sentence(nlp, text, first_words):
    starts = [next(t.text for t in sentence if not t.is_space) for sentence in nlp(text).sents]
    assert starts == first_words


def test_model_without_parser_takes_it_last(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "blank")
    language = build_nlp(Settings(model=str(tmp_path / "blank"), components=("news_paragraphs",)))
    assert language.pipe_names == ["news_paragraphs"]
    assert [t.is_sent_start for t in language("One line\nTwo")] == [True, None, None, True]
