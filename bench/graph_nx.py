#!/usr/bin/env python3
"""The link-analysis figures of bench_graph, computed with networkx.

    bench/graph_nx.py --edges edges.tsv --queries queries.tsv [--n 1000]
                      [--seed 7] [--budget 600]

Loads the edge list `bench_graph export` wrote (a, b, weight: the owner's
graph as fener builds it) into an undirected weighted nx.Graph, then times,
on the same nodes and pairs as `bench_graph run` (the queries file):

  neighbours  nx.single_source_shortest_path_length(cutoff=2), ranked as
              fener ranks them (by depth, then the best path's weight over
              its depth, then id), first 100;
  path        nx.bidirectional_shortest_path (what nx.shortest_path runs
              for an unweighted query: fewest hops, as fener's first path);
  pagerank    nx.pagerank(weight="weight"); it needs SciPy, and without it
              the pure-Python power iteration networkx ships
              (pagerank_alg._pagerank_python) with the same parameters;
  louvain     nx.community.louvain_communities(weight="weight", seed);
  leiden      nx.community.leiden_communities when this networkx has an
              implementation (3.6 only dispatches it to backends).

Each computation has a time budget (SIGALRM): past it, it is reported as
"did not finish in N s" rather than left to run. Prints a summary and one
line RESULT {json}. Standard library and networkx only.
"""

import argparse
import json
import os
import resource
import signal
import sys
import time

import networkx as nx


class Budget(Exception):
    pass


def on_alarm(signum, frame):
    raise Budget()


def timed(budget, fn):
    """(seconds, value), or (None, None) when fn ran out of budget."""
    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, budget)
    t0 = time.perf_counter()
    try:
        v = fn()
        return time.perf_counter() - t0, v
    except Budget:
        return None, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def pct(xs, p):
    """Nearest-rank percentile, as bench_graph computes it."""
    if not xs:
        return 0.0
    s = sorted(xs)
    k = max(1, min(len(s), -int(-p * len(s) // 1)))
    return s[k - 1]


def peak_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def load(path):
    g = nx.Graph()
    with open(path) as f:
        for line in f:
            a, b, w = line.split("\t")
            g.add_edge(int(a), int(b), weight=float(w))
    return g


def read_queries(path, n):
    nodes, pairs = [], []
    with open(path) as f:
        for line in f:
            w = line.split()
            if w and w[0] == "node":
                nodes.append(int(w[1]))
            elif w and w[0] == "pair":
                pairs.append((int(w[1]), int(w[2])))
    return nodes[:n], pairs[:n]


def neighbours(g, c, limit=100):
    """Depth-2 neighbourhood of c ranked like fener's: depth, then score
    (weight of the best path there / depth) descending, then id."""
    depth = nx.single_source_shortest_path_length(g, c, cutoff=2)
    adj = g[c]
    score = {}
    for v, attr in adj.items():
        if v != c:
            score[v] = attr["weight"]
    for via, attr in adj.items():
        wv = attr["weight"]
        for x, a2 in g[via].items():
            if depth.get(x) == 2:
                s = (wv + a2["weight"]) / 2.0
                if s > score.get(x, -1.0):
                    score[x] = s
    rows = sorted((depth[x], -s, x) for x, s in score.items())
    return rows[:limit], len(score)


def series(budget, items, fn):
    """Times fn(item) for each item within one budget for all of them:
    (ms list, finished, extra results)."""
    out = []
    extra = []

    def run():
        for it in items:
            t0 = time.perf_counter()
            r = fn(it)
            out.append((time.perf_counter() - t0) * 1e3)
            extra.append(r)

    secs, _ = timed(budget, run)
    return out, secs is not None, extra


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--edges", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--budget", type=float, default=600.0, help="seconds per computation")
    ap.add_argument("--no-cells", action="store_true", help="skip Louvain and Leiden")
    a = ap.parse_args(argv)

    res = {"tool": "networkx", "version": nx.__version__, "budget_s": a.budget}
    load_s, g = timed(a.budget, lambda: load(a.edges))
    if g is None:
        res["load_s"] = None
        print("networkx: loading %s did not finish in %g s" % (a.edges, a.budget))
        print("RESULT " + json.dumps(res))
        return 0
    res.update(nodes=g.number_of_nodes(), edges=g.number_of_edges(), load_s=round(load_s, 3),
               load_rss_kb=peak_kb())
    nodes, pairs = read_queries(a.queries, a.n)
    print("networkx %s: %d nodes, %d edges, loaded in %.1f s (RSS %.0f MB)"
          % (nx.__version__, res["nodes"], res["edges"], load_s, res["load_rss_kb"] / 1e3))

    def report(name, ms, done, n, unit_note=""):
        d = {"n": len(ms), "of": n, "finished": done}
        if ms:
            d.update(p50_ms=round(pct(ms, 0.5), 4), p99_ms=round(pct(ms, 0.99), 4),
                     mean_ms=round(sum(ms) / len(ms), 4))
        res[name] = d
        if done:
            print("  %-12s p50 %9.3f ms, p99 %9.3f ms over %d%s"
                  % (name, d["p50_ms"], d["p99_ms"], len(ms), unit_note))
        else:
            print("  %-12s did not finish in %g s (%d of %d done)" % (name, a.budget, len(ms), n))

    # A few untimed calls first, as bench_graph does.
    for c in nodes[:10]:
        neighbours(g, c)
    ms, done, extra = series(a.budget, nodes, lambda c: neighbours(g, c))
    reach = sum(t for _, t in extra) // max(1, len(extra))
    report("neighbors", ms, done, len(nodes), " (mean %d within reach)" % reach)
    if extra:
        res["neighbors"]["mean_reach"] = reach

    ms, done, extra = series(a.budget, pairs, lambda p: nx.bidirectional_shortest_path(g, *p))
    hops = sum(len(p) - 1 for p in extra) / max(1, len(extra))
    report("paths", ms, done, len(pairs), " (mean %.2f hops)" % hops)
    res["paths"]["mean_hops"] = round(hops, 3)

    def pagerank():
        try:
            return nx.pagerank(g, alpha=0.85, weight="weight"), "nx.pagerank"
        except ImportError:
            from networkx.algorithms.link_analysis import pagerank_alg
            return (pagerank_alg._pagerank_python(g, alpha=0.85, weight="weight"),
                    "pure-Python power iteration (no SciPy)")

    secs, v = timed(a.budget, pagerank)
    res["pagerank_s"] = None if secs is None else round(secs, 3)
    if v:
        res["pagerank_impl"] = v[1]
    print("  %-12s %s" % ("pagerank", "did not finish in %g s" % a.budget if secs is None
                          else "%.2f s (%s)" % (secs, v[1])))

    if not a.no_cells:
        secs, cells = timed(a.budget, lambda: nx.community.louvain_communities(
            g, weight="weight", seed=a.seed))
        res["louvain_s"] = None if secs is None else round(secs, 3)
        if cells is not None:
            res["louvain_cells"] = sum(1 for c in cells if len(c) >= 3)
        print("  %-12s %s" % ("louvain", "did not finish in %g s" % a.budget if secs is None
                              else "%.2f s (%d cells of 3+)" % (secs, res["louvain_cells"])))

        leiden = getattr(nx.community, "leiden_communities", None)
        note = None
        if leiden is None:
            note = "not in networkx %s" % nx.__version__
        else:
            try:
                secs, cells = timed(a.budget, lambda: leiden(g, weight="weight", seed=a.seed))
                res["leiden_s"] = None if secs is None else round(secs, 3)
                if cells is not None:
                    res["leiden_cells"] = sum(1 for c in cells if len(c) >= 3)
            except NotImplementedError:
                note = "networkx %s has no implementation of its own (backends only)" % nx.__version__
        if note:
            res["leiden_s"] = None
            res["leiden_note"] = note
            print("  %-12s %s" % ("leiden", note))
        elif res["leiden_s"] is None:
            print("  %-12s did not finish in %g s" % ("leiden", a.budget))
        else:
            print("  %-12s %.2f s" % ("leiden", res["leiden_s"]))

    res["peak_rss_kb"] = peak_kb()
    print("  peak RSS %.0f MB" % (res["peak_rss_kb"] / 1e3))
    print("RESULT " + json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
