"""Write data/common_english.txt: the most common words of general English, most common first.

    pip install 'jpmn[tools]' && python tools/common_english.py [--count 2000]

``jpmn ask`` reads the table to tell an everyday word the store lacks ("today", "right", "now")
from a subject it lacks ("GDP", "population"): the first is how people talk, the second means the
store has no answer. The table is generated once with wordfreq (a development tool only: importing
it and loading its data costs about half a second, which every ``ask`` would pay) and shipped.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wordfreq import top_n_list

OUT = Path(__file__).resolve().parents[1] / "data" / "common_english.txt"
HEADER = "# The most common words of general English, most common first (tools/common_english.py, wordfreq)\n"
WORDS = Path(__file__).resolve().parents[1] / "data" / "english_words.txt"
WORDS_HEADER = "# Words of general English, in order (tools/common_english.py --words, wordfreq)\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument(
        "--words", type=int, metavar="COUNT", help="write data/english_words.txt instead: this many words"
    )
    arguments = parser.parse_args()
    if arguments.words:
        # ``ask`` tells a word of English the store lacks ("lender") from one typed fast ("titel")
        known = sorted(
            {word for word in top_n_list("en", arguments.words) if word.isascii() and word.isalpha()}
        )
        WORDS.write_text(WORDS_HEADER + "\n".join(known) + "\n", encoding="utf-8")
        print(f"{WORDS}: {len(known)} words")
        return
    count = arguments.count
    words = [word for word in top_n_list("en", count * 2) if word.isascii() and word.isalpha()][:count]
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(words)} words")


if __name__ == "__main__":
    main()
