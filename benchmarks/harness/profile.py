"""Summaries of a cProfile output file: the top functions by cumulative
and by own time, as text for the README and as data for the JSON file."""

import io
import os
import pstats

TOP = 15


def summarize(path, top=TOP):
    stats = pstats.Stats(path)
    stats.strip_dirs()
    return {
        "path": path,
        "total_seconds": stats.total_tt,
        "top_cumulative": entries(stats, "cumulative", top),
        "top_tottime": entries(stats, "tottime", top),
        "text": text(path, top),
    }


def entries(stats, key, top):
    """The `top` functions by `key`, as dicts."""
    stats.sort_stats(key)
    rows = []
    for func in stats.fcn_list[:top]:
        primitive, calls, tottime, cumtime, _ = stats.stats[func]
        filename, line, name = func
        rows.append({"function": "%s:%d(%s)" % (filename, line, name),
                     "calls": calls, "tottime": tottime, "cumtime": cumtime})
    return rows


def text(path, top):
    """pstats' own listing, for humans."""
    out = io.StringIO()
    for key in ("cumulative", "tottime"):
        stats = pstats.Stats(path, stream=out)
        stats.strip_dirs().sort_stats(key).print_stats(top)
    return out.getvalue()


def main(argv=None):
    """``python -m harness.profile FILE``: print the summary of FILE."""
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--top", type=int, default=TOP)
    args = parser.parse_args(argv)
    if not os.path.exists(args.path):
        parser.error("%s does not exist" % args.path)
    print(text(args.path, args.top))


if __name__ == "__main__":
    main()
