"""News extraction pipeline: raw articles in, Parquet tables out.

Stages (each its own module, data flows one way):
ingest -> clean -> nlp -> tables -> store, chained by :mod:`pipeline.run`.
"""

__version__ = "0.1.0"
