"""jieba's part-of-speech HMM (``jieba.posseg.viterbi``), computed the same way but
faster, for runs of characters the dictionary does not hold.

jieba's version scores, for every state a character may take, every state the previous
character took (a few hundred by a few hundred pairs), though most pairs have no
transition and score minus infinity. This one visits only the previous states that do
have a transition into each state. The sums are the same floating-point operations in
the same order, and the best previous state is picked by the same ``(score, state)``
comparison, so the result is identical; where that could fail (every candidate scoring
minus infinity) it falls back to jieba's own loop.
"""
from __future__ import annotations

MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")

_reverse_cache: dict[int, tuple[dict, dict]] = {}


def _reverse(trans_p: dict) -> dict:
    """state -> ((previous state, log transition probability), ...)."""
    hit = _reverse_cache.get(id(trans_p))
    if hit is None or hit[0] is not trans_p:
        rev: dict = {}
        for y0, nxt in trans_p.items():
            for y, p in nxt.items():
                rev.setdefault(y, []).append((y0, p))
        hit = _reverse_cache[id(trans_p)] = (trans_p, {y: tuple(v) for y, v in rev.items()})
    return hit[1]


def viterbi(obs: str, states: dict, start_p: dict, trans_p: dict, emit_p: dict):
    """``(log probability, route)`` exactly as ``jieba.posseg.viterbi.viterbi``."""
    rev = _reverse(trans_p)
    V = [{}]
    mem_path = [{}]
    all_states = trans_p.keys()
    for y in states.get(obs[0], all_states):
        V[0][y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        mem_path[0][y] = ""
    for t in range(1, len(obs)):
        prev_v = V[t - 1]
        cur: dict = {}
        path: dict = {}
        V.append(cur)
        mem_path.append(path)
        prev_states = [x for x in mem_path[t - 1].keys() if len(trans_p[x]) > 0]
        expect = set().union(*[trans_p[x].keys() for x in prev_states])
        obs_states = set(states.get(obs[t], all_states)) & expect
        char = obs[t]
        if not obs_states:
            obs_states = expect if expect else all_states
            for y in obs_states:
                cur[y], path[y] = _slow(prev_v, prev_states, trans_p, emit_p, y, char)
            continue
        for y in obs_states:
            em = emit_p[y].get(char, MIN_FLOAT)
            # the largest (score, state) pair, as max() over tuples would pick it
            best_p, best_y = None, None
            into = rev[y]
            if len(prev_states) < len(into):   # walk the shorter list of the two
                for y0 in prev_states:
                    tp = trans_p[y0].get(y)
                    if tp is None:
                        continue
                    p = prev_v[y0] + tp + em
                    if best_y is None or p > best_p or (p == best_p and y0 > best_y):
                        best_p, best_y = p, y0
            else:
                for y0, tp in into:
                    v = prev_v.get(y0)
                    if v is None:
                        continue
                    p = v + tp + em
                    if best_y is None or p > best_p or (p == best_p and y0 > best_y):
                        best_p, best_y = p, y0
            if best_y is None or best_p == MIN_INF:
                best_p, best_y = _slow(prev_v, prev_states, trans_p, emit_p, y, char)
            cur[y], path[y] = best_p, best_y
    prob, state = max((V[-1][y], y) for y in mem_path[-1].keys())
    route = [None] * len(obs)
    i = len(obs) - 1
    while i >= 0:
        route[i] = state
        state = mem_path[i][state]
        i -= 1
    return prob, route


def _slow(prev_v, prev_states, trans_p, emit_p, y, char):
    return max((prev_v[y0] + trans_p[y0].get(y, MIN_INF) + emit_p[y].get(char, MIN_FLOAT), y0)
               for y0 in prev_states)
