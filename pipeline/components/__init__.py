"""Our spaCy components. Importing this package registers their factories.

Contract between components and the rest of the pipeline (values are plain
JSON-able data so Docs survive ``nlp.pipe(n_process>1)``):

``news_paragraphs`` (before ``parser``) sets ``token.is_sent_start`` on the first
    token of every line, so no sentence runs over a paragraph break, and
    ``False`` on a name after a title abbreviation (``Capt. Jeff Davis``).
``news_entities`` (after ``ner``) sets on every span of ``doc.ents``:
    ``span._.entity_id`` (int, one per entity in the article, numbered by first
    mention), ``span._.canonical`` (str) and ``span._.entity_key`` (str).
``news_quotes`` (after ``news_entities``) sets ``doc._.quotes``: a list of dicts
    ``{start, end, kind, speaker, speaker_start, speaker_end, speaker_canonical,
    speaker_entity_id, speaker_kind, cue}``; offsets are character offsets into ``doc.text``.
``news_timex`` reads ``doc._.dct`` (ISO publication date or None) and sets
    ``doc._.timexes``: a list of dicts ``{start, end, text, type, value,
    granularity, date_start, date_end, anchor}``.
"""
