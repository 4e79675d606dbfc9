"""jieba's two dictionary tables, loaded fast: word frequencies and part-of-speech tags.

Every build worker loads both before its first report, and that start-up sits on a
build's critical path (≈ 2.5 s a process, as long as extracting ten reports):

* ``jieba.initialize()`` reads its prefix dictionary from its marshal cache with
  ``marshal.load(file)``, which reads the file in one small call per entry; reading the
  same file into memory first and ``marshal.loads`` it gives the same tables in a third
  of the time. :func:`load_jieba` does that for jieba's default dictionary (the one kg
  uses) and leaves everything else (a missing cache, another dictionary) to jieba.
* ``import jieba.posseg`` parses all 349,000 lines of ``dict.txt`` for the word → tag
  table. :func:`word_tags` keeps that table in a marshal cache of its own beside jieba's
  (keyed by the dictionary file's path, size and time), and on a hit imports
  ``jieba.posseg`` without the parse and hands it the cached table. The tags are
  interned, so the table also takes less memory than jieba's own.

The tables are exactly jieba's (same words, same frequencies, same tags): only how they
are read changes.
"""
from __future__ import annotations

import hashlib
import io
import marshal
import os
import sys
import tempfile
from functools import cache

TAGS_FORMAT = 1   # bump when the cached table's layout changes


def load_jieba():
    """``jieba``, its default tokenizer initialised (as ``jieba.initialize()`` would)."""
    import jieba

    jieba.setLogLevel(60)
    dt = jieba.dt
    if dt.initialized:
        return jieba
    if dt.dictionary == jieba.DEFAULT_DICT and not dt.cache_file:
        with dt.lock:
            if not dt.initialized:
                tables = _read_marshal(os.path.join(_cache_dir(dt), "jieba.cache"))
                if isinstance(tables, tuple) and len(tables) == 2 \
                        and isinstance(tables[0], dict):
                    dt.FREQ, dt.total = tables
                    dt.initialized = True
    if not dt.initialized:
        jieba.initialize()   # jieba builds (and caches) the tables itself
    return jieba


@cache
def word_tags() -> dict[str, str]:
    """The default dictionary's word → POS tag table (``jieba.posseg.dt.word_tag_tab``)."""
    jieba = load_jieba()
    if "jieba.posseg" not in sys.modules and jieba.dt.dictionary == jieba.DEFAULT_DICT:
        path = _tags_cache_path(jieba)
        tags = _read_marshal(path) if path else None
        if isinstance(tags, dict) and tags:
            _import_posseg_untabled(jieba)
            jieba.posseg.dt.word_tag_tab = tags
            return tags
        import jieba.posseg
        if path:
            _write_tags(path, jieba.posseg.dt.word_tag_tab)
    import jieba.posseg
    return jieba.posseg.dt.word_tag_tab


def _import_posseg_untabled(jieba) -> None:
    """``import jieba.posseg`` with its tagger reading an empty dictionary (the table
    is set right after): the module builds its tagger ``POSTokenizer(jieba.dt)`` as it
    is imported, and that reads ``jieba.dt.get_dict_file()``. Under jieba's lock, so
    no other thread reads the dictionary file meanwhile."""
    dt = jieba.dt
    with dt.lock:
        dt.get_dict_file = io.BytesIO
        try:
            import jieba.posseg  # noqa: F401
        finally:
            del dt.get_dict_file


def _cache_dir(dt) -> str:
    return dt.tmp_dir or tempfile.gettempdir()


def _read_marshal(path: str):
    try:
        with open(path, "rb") as fh:
            return marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _tags_cache_path(jieba) -> str | None:
    """Beside jieba's own cache, named by the dictionary file it was read from."""
    dict_path = os.path.join(os.path.dirname(os.path.abspath(jieba.__file__)),
                             jieba.DEFAULT_DICT_NAME)
    try:
        st = os.stat(dict_path)
    except OSError:
        return None
    key = f"{TAGS_FORMAT}\0{dict_path}\0{st.st_size}\0{st.st_mtime_ns}"
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return os.path.join(_cache_dir(jieba.dt), f"edukg-jieba-tags.{digest}.cache")


def _write_tags(path: str, tags: dict[str, str]) -> None:
    """Written whole or not at all (a temporary file renamed); a cache that cannot be
    written only costs the next process its speed."""
    data = marshal.dumps({word: sys.intern(tag) for word, tag in tags.items()})
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".edukg-jieba-tags.")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass


__all__ = ["load_jieba", "word_tags"]
