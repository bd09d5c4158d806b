"""Web addresses are read the way requests will send them; tested by parsing only.

No test here connects anywhere: the addresses are only parsed. (The alert and
helpline-update tests send to real servers on 127.0.0.1.)
"""

from __future__ import annotations

import pytest
import requests

from safehelper import alert, helplines_update, web_address
from safehelper.errors import SafeHelperError


def host_requests_would_contact(url: str) -> str:
    """Where requests itself would connect, read from the request it prepares."""
    prepared = requests.Request("POST", url).prepare()
    return web_address.parse(str(prepared.url)).host


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.2:18090\\@localhost/hook",  # urlsplit sees localhost, requests 127.0.0.2
        "https://ntfy.example.org\\@localhost/topic",
        "http://evil.example@localhost/hook",  # a user name before the host
        "https://user:pw@ntfy.example.org/topic",
        "https://ntfy.example.org/to pic",
        "https://ntfy.example.org/\ttopic",
        "https://ntfÿ.example.org/topic",
        "javascript:alert(1)",
        "https:///topic",
        "http://[::1/hook",
    ],
)
def test_odd_addresses_are_refused_before_anything_is_sent(url: str) -> None:
    with pytest.raises(web_address.UnusableAddress):
        web_address.parse(url)
    with pytest.raises(SafeHelperError):
        alert.check_url(url)


def test_the_bypass_from_the_hardening_report_is_refused_with_a_plain_line() -> None:
    with pytest.raises(SafeHelperError, match="backslashes") as caught:
        alert.check_url("http://127.0.0.2:18090\\@localhost/hook")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://ntfy.sh/family-topic", "ntfy.sh"),
        ("https://NTFY.example.org:8443/t?x=1", "ntfy.example.org"),
        ("http://localhost:8080/hook", "localhost"),
        ("http://127.0.0.1:9/x", "127.0.0.1"),
        ("http://[::1]:9/x", "::1"),
    ],
)
def test_the_host_shown_is_the_host_requests_contacts(url: str, host: str) -> None:
    checked = alert.check_url(url)
    assert alert.Channel("ntfy", checked).host == host
    assert host_requests_would_contact(checked) == host


@pytest.mark.parametrize("url", ["http://ntfy.sh/topic", "http://10.0.0.5/hook"])
def test_plain_http_is_only_for_this_computer(url: str) -> None:
    with pytest.raises(SafeHelperError, match="https://"):
        alert.check_url(url)


def test_the_helpline_update_reads_its_address_the_same_way() -> None:
    for url in ("http://127.0.0.2:9\\@localhost/h.json", "http://x@127.0.0.1/h.json"):
        with pytest.raises(SafeHelperError, match="https://"):
            helplines_update.check_address(url)
    assert helplines_update.check_address("http://127.0.0.1:9/h.json").host == "127.0.0.1"
