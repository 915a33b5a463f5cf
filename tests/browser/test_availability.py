"""Without Chromium the browser tests skip with the reason, except under REQUIRE_BROWSER=1 (CI),
where they fail."""

import pytest

from tests.browser.conftest import _unavailable


def test_missing_browser_skips_with_the_reason(monkeypatch):
    monkeypatch.delenv("REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no Chromium"):
        _unavailable("no Chromium at /usr/bin/chromium")


def test_missing_browser_fails_when_required(monkeypatch):
    monkeypatch.setenv("REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="REQUIRE_BROWSER=1"):
        _unavailable("no Chromium at /usr/bin/chromium")
