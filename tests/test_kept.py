"""Results kept on disk between processes (components.kept)."""

import os
import pickle

import pytest

from components import kept


class Maker:
    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_a_kept_result_is_made_once_and_then_read_back(tmp_path):
    make = Maker({"rows": [1, 2, 3]})
    first = kept.kept(tmp_path, ("options", "store:a:1"), make)
    again = kept.kept(tmp_path, ("options", "store:a:1"), make)
    assert first == again == {"rows": [1, 2, 3]}
    assert make.calls == 1
    assert again is not first  # read from the file, as another process would


def test_another_key_or_another_code_version_makes_it_again(tmp_path, monkeypatch):
    make = Maker("v")
    kept.kept(tmp_path, ("options", "store:a:1"), make)
    kept.kept(tmp_path, ("options", "store:a:2"), make)  # the store was written since
    assert make.calls == 2
    monkeypatch.setattr(kept, "code_version", lambda: "other code")
    kept.kept(tmp_path, ("options", "store:a:1"), make)
    assert make.calls == 3


def test_code_version_follows_the_sources():
    version = kept.code_version()
    assert len(version) == 16 and version == kept.code_version()


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps(("other key", 1))])
def test_a_damaged_or_foreign_file_is_made_again(tmp_path, damage):
    key = ("charts", "store:b:7")
    path = kept.path_for(tmp_path, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(damage)
    make = Maker(42)
    assert kept.kept(tmp_path, key, make) == 42
    assert make.calls == 1
    assert kept.kept(tmp_path, key, make) == 42 and make.calls == 1  # rewritten whole


def test_only_the_most_recent_files_stay(tmp_path):
    for i in range(5):
        kept.kept(tmp_path, ("k", i), Maker(i), keep=3)
        path = kept.path_for(tmp_path, ("k", i))
        os.utime(path, (1000 + i, 1000 + i))  # coarse clocks: make the order explicit
    left = sorted(p.name for p in tmp_path.glob("*.pkl"))
    assert len(left) == 3
    assert kept.path_for(tmp_path, ("k", 0)).name not in left
    assert kept.path_for(tmp_path, ("k", 4)).name in left


def test_a_folder_that_cannot_be_written_still_gives_the_result(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    make = Maker("value")
    assert kept.kept(blocked, "key", make) == "value"
    assert kept.kept(blocked, "key", make) == "value"
    assert make.calls == 2
