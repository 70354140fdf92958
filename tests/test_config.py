"""Configuration files: discovery, every key, and errors that name the file and the key."""

from __future__ import annotations

import tomllib

import pytest

from claimcheck.cli import main
from claimcheck.config import Config, ConfigError, PathIgnore, find_config, load_config


def write(folder, text, name="claimcheck.toml"):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["claimcheck.toml", ".claimcheck.toml"])
def test_config_found_from_a_subfolder(tmp_path, name):
    write(tmp_path, 'fail-level = "error"\n', name)
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == (tmp_path / name).resolve()
    assert load_config(start=deep).fail_level == "error"


def test_nearest_config_wins(tmp_path):
    write(tmp_path, 'fail-level = "error"\n')
    inner = tmp_path / "inner"
    inner.mkdir()
    write(inner, 'fail-level = "info"\n')
    assert load_config(start=inner).fail_level == "info"


def test_both_names_in_one_folder_is_an_error(tmp_path):
    write(tmp_path, "", "claimcheck.toml")
    write(tmp_path, "", ".claimcheck.toml")
    with pytest.raises(ConfigError, match="both exist"):
        find_config(tmp_path)


def test_pyproject_is_not_read(tmp_path):
    write(tmp_path, '[tool.claimcheck]\nfail-level = "error"\n', "pyproject.toml")
    assert load_config(start=tmp_path) == Config()


def test_every_key(tmp_path):
    path = write(tmp_path, """
fail-level = "info"
model = "en_core_web_md"
tolerance = 0.25
cache-dir = "build/cache"

[rules]
select = ["CC101", "cc102", "CC900"]
ignore = ["CC102"]

[rules.severity]
CC101 = "error"

[[per-path-ignores]]
path = "archive/**"
rules = ["CC101"]
""")
    c = load_config(path)
    assert c.fail_level == "info" and c.model == "en_core_web_md" and c.tolerance == 0.25
    assert c.enabled() == {"CC101", "CC900"}
    assert c.severity == {"CC101": "error"}
    assert c.per_path_ignores == (PathIgnore("archive/**", ("CC101",)),)
    assert c.cache_path() == tmp_path.resolve() / "build" / "cache"


def test_ignore_alone_keeps_every_other_rule(tmp_path):
    c = load_config(write(tmp_path, '[rules]\nignore = ["CC301"]\n'))
    enabled = c.enabled()
    assert "CC301" not in enabled and {"CC101", "CC302", "CC900", "CC901"} <= enabled


def test_defaults_enable_everything_and_cache_here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    c = Config()
    assert c.enabled() is None and c.fail_level == "warning" and c.tolerance == 0.1
    assert c.cache_path() == tmp_path / ".claimcheck_cache"


@pytest.mark.parametrize(
    "text,key",
    [
        ('colour = "red"\n', "colour"),
        ('[rules]\nchoose = ["CC101"]\n', "rules.choose"),
        ('[rules]\nselect = ["CC999"]\n', "rules.select"),
        ('[rules]\nselect = "CC101"\n', "rules.select"),
        ('[rules.severity]\nCC101 = "fatal"\n', "rules.severity.CC101"),
        ('[rules.severity]\nCC999 = "error"\n', "rules.severity.CC999"),
        ('fail-level = "critical"\n', "fail-level"),
        ("tolerance = 1.5\n", "tolerance"),
        ('tolerance = "0.1"\n', "tolerance"),
        ("tolerance = true\n", "tolerance"),
        ('model = ""\n', "model"),
        ("cache-dir = 3\n", "cache-dir"),
        ('[[per-path-ignores]]\nrules = ["CC101"]\n', "per-path-ignores[0].path"),
        ('[[per-path-ignores]]\npath = "a"\nrules = ["XX1"]\n', "per-path-ignores[0].rules"),
        ('[[per-path-ignores]]\npath = "a"\nrules = ["CC101"]\nwhy = "x"\n', "per-path-ignores[0].why"),
    ],
)
def test_bad_config_names_the_file_and_key(tmp_path, text, key):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path.resolve()) in str(err.value)
    assert f": {key}:" in str(err.value)


def test_invalid_toml_is_a_config_error(tmp_path):
    path = write(tmp_path, "fail-level = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_missing_config_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize("text", ["", 'fail-level = "error"\ntolerance = 0.2\n[rules]\nselect = ["CC101"]\n'
                                  '[rules.severity]\nCC101 = "info"\n[[per-path-ignores]]\npath = "x/*.md"\nrules = ["CC101"]\n'])
def test_config_command_prints_toml_that_loads_back(tmp_path, monkeypatch, capsys, text):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, text)
    assert main(["config"]) == 0
    printed = capsys.readouterr().out
    tomllib.loads(printed)  # valid TOML
    again = load_config(write(tmp_path, printed, "printed.toml"))
    original = load_config(tmp_path / "claimcheck.toml")
    assert {k: v for k, v in vars(again).items() if k != "path"} == {k: v for k, v in vars(original).items() if k != "path"}


def test_config_command_with_a_bad_file_exits_2(tmp_path, capsys):
    path = write(tmp_path, "unknown = 1\n")
    assert main(["config", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path.resolve()) in err and "unknown" in err
