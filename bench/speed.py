"""Speed and memory on the BBC corpus (``make bench``).

Measures, over the same texts, the spaCy model's time (``nlp.pipe``) and the
time each of our components adds on top of it (run in pipeline order on the
parsed Docs), as a ratio to the spaCy time; then the whole ``extract`` run
(articles/s, peak memory). Each figure is the median of ``--repeats`` runs:
the machine is shared and noisy, so compare ratios, not seconds.

Usage: python -m bench.speed [--limit 500] [--repeats 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline import ingest, nlp
from pipeline.settings import Settings

BBC = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"


def _texts(limit: int) -> list[str]:
    paths = ingest.survey(BBC).articles
    paths = paths[:: max(len(paths) // limit, 1)][:limit] if limit else paths
    articles = (ingest.read_article(path, BBC, 10**7)[0] for path in paths)
    return [article.text for article in articles if article is not None]


def component_ratios(texts: list[str], settings: Settings, repeats: int) -> dict[str, list[float]]:
    """Seconds of spaCy and of each component, per repeat. A component placed inside
    the model (``news_paragraphs``, before the parser) is timed on unparsed Docs."""
    language = nlp.build_nlp(settings)
    ours = [(name, language.get_pipe(name)) for name in settings.components]
    model_end = max(i for i, name in enumerate(language.pipe_names) if name not in settings.components)
    inside = {name for name in settings.components if language.pipe_names.index(name) < model_end}
    times: dict[str, list[float]] = {"spacy": [], **{name: [] for name, _ in ours}}
    with language.select_pipes(disable=list(settings.components)):
        for _ in range(repeats):
            started = time.perf_counter()
            docs = list(language.pipe(texts, batch_size=settings.batch_size))
            times["spacy"].append(time.perf_counter() - started)
            for name, component in ours:
                inputs = [language.make_doc(text) for text in texts] if name in inside else docs
                started = time.perf_counter()
                outputs = list(component.pipe(inputs)) if hasattr(component, "pipe") else [component(d) for d in inputs]
                times[name].append(time.perf_counter() - started)
                docs = docs if name in inside else outputs
    return times


def extract_throughput(texts: list[str]) -> tuple[float, float]:
    """Articles per second and peak memory (MiB) of ``extract`` run alone, in a child process."""
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus"
        corpus.mkdir()
        for number, text in enumerate(texts):
            (corpus / f"{number:05d}.txt").write_text(text, encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "extract", str(corpus), str(Path(scratch) / "outputs"),
                        "--no-progress"], check=True, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
    return len(texts) / seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=500, help="BBC articles, spread over topics (0: all 2,225)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if not BBC.exists():
        raise SystemExit(f"{BBC} is absent: nothing to measure")
    settings = Settings()
    texts = _texts(args.limit)
    words = sum(len(text.split()) for text in texts)
    print(f"{len(texts)} BBC articles, {words} words; median of {args.repeats} runs; components: "
          f"{', '.join(settings.components) or 'none'}")
    times = component_ratios(texts, settings, args.repeats)
    spacy_time = statistics.median(times["spacy"])
    print(f"{'spacy (' + settings.model + ')':<40}{spacy_time:8.2f} s  {words / spacy_time:8.0f} words/s")
    for name, seconds in times.items():
        if name != "spacy":
            median = statistics.median(seconds)
            print(f"{name:<40}{median:8.2f} s  {100 * median / spacy_time:7.1f} % of spaCy time")
    rate, peak = extract_throughput(texts)
    print(f"{'extract, end to end (one process)':<40}{rate:8.1f} articles/s over {len(texts)} articles; "
          f"peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
