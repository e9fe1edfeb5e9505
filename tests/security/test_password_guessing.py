"""Finding 4: password guessing is slowed per account and per address, failures are logged,
and the time a refusal takes does not tell which names exist."""

from __future__ import annotations

import logging
import time

from security_support import PASSWORD, csrf, team_app  # noqa: F401 (fixture)

from workbench.web.login_throttle import LoginThrottle


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def attempt(app, name, password, address="198.51.100.7"):
    browser = app.test_client()
    return browser.post(
        "/login", data={"name": name, "password": password, "csrf_token": csrf(browser)},
        environ_base={"REMOTE_ADDR": address},
    )


def test_guesses_at_one_account_are_refused_after_a_few_failures(team_app, caplog):
    clock = Clock()
    team_app.extensions["workbench.login_throttle"] = LoginThrottle(clock=clock)
    with caplog.at_level(logging.WARNING):
        statuses = [attempt(team_app, "admin", f"guess {n}").status_code for n in range(5)]
    assert statuses == [401] * 5
    assert sum("failed login for 'admin'" in record.getMessage() for record in caplog.records) == 5
    # Even the right password is refused while the account waits, from any address.
    refused = attempt(team_app, "admin", PASSWORD, address="203.0.113.50")
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    assert "Too many failed logins" in refused.get_data(as_text=True)
    # Other accounts are not locked by guesses at this one.
    assert attempt(team_app, "translator", PASSWORD, address="203.0.113.50").status_code == 302
    clock.now += 2
    assert attempt(team_app, "admin", PASSWORD).status_code == 302


def test_the_wait_doubles_with_each_further_failure(team_app):
    clock = Clock()
    team_app.extensions["workbench.login_throttle"] = throttle = LoginThrottle(clock=clock)
    waits = []
    for _ in range(9):
        clock.now += 3600 if not waits else throttle.wait("admin", "198.51.100.7")
        attempt(team_app, "admin", "wrong password")
        waits.append(throttle.wait("admin", "198.51.100.7"))
    assert waits == [0, 0, 0, 0, 1, 2, 4, 8, 16]


def test_one_address_guessing_many_names_is_slowed_too(team_app):
    clock = Clock()
    team_app.extensions["workbench.login_throttle"] = LoginThrottle(clock=clock)
    for n in range(20):
        assert attempt(team_app, f"name{n}", "wrong password").status_code == 401
    assert attempt(team_app, "admin", PASSWORD).status_code == 429
    assert attempt(team_app, "admin", PASSWORD, address="192.0.2.1").status_code == 302


def test_an_unknown_name_takes_as_long_as_a_wrong_password(team_app):
    team_app.extensions["workbench.login_throttle"] = LoginThrottle(free_per_name=100, free_per_address=100)
    attempt(team_app, "nobody", "warm up")

    def median(name):
        times = []
        for n in range(5):
            start = time.perf_counter()
            assert attempt(team_app, name, f"wrong {n}").status_code == 401
            times.append(time.perf_counter() - start)
        return sorted(times)[2]

    known, unknown = median("admin"), median("nobody-at-all")
    # Before the fix: 76 ms against 3 ms. Now both hash a password.
    assert unknown > known / 2


def test_parallel_guesses_cannot_all_slip_through():
    import threading

    throttle = LoginThrottle(clock=Clock())
    results = []
    barrier = threading.Barrier(16)

    def guess():
        barrier.wait()
        results.append(throttle.attempt("admin", "198.51.100.7"))

    threads = [threading.Thread(target=guess) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(0) == 5


def test_colleagues_behind_one_address_are_not_locked_out_by_their_own_logins(team_app):
    team_app.extensions["workbench.login_throttle"] = LoginThrottle(clock=Clock())
    for _ in range(30):
        assert attempt(team_app, "translator", PASSWORD).status_code == 302
