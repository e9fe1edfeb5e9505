"""Route planning: direct pairs first, pivots when the direct pair is missing."""

from workbench.mt.routes import candidate_routes, missing_route_message, plan_route

INSTALLED = {
    "argos": {("en", "ru"), ("en", "pl"), ("de", "en")},
    "apertium": {("ru", "be"), ("ru", "uk"), ("uk", "ru"), ("be", "ru")},
}


def test_direct_pair_is_used_when_installed():
    assert str(plan_route("en", "pl", INSTALLED)) == "argos en→pl"
    assert str(plan_route("en", "ru", INSTALLED)) == "argos en→ru"


def test_belarusian_pivots_through_russian_with_apertium():
    assert str(plan_route("en", "be", INSTALLED)) == "argos en→ru | apertium ru→be"


def test_direct_model_beats_a_pivot():
    with_direct = {**INSTALLED, "argos": INSTALLED["argos"] | {("en", "uk")}}
    assert str(plan_route("en", "uk", with_direct)) == "argos en→uk"


def test_other_sources_pivot_through_english():
    assert str(plan_route("de", "pl", INSTALLED)) == "argos de→en | argos en→pl"
    assert str(plan_route("de", "be", INSTALLED)) == "argos de→en | argos en→ru | apertium ru→be"


def test_no_route_names_the_missing_pair_and_the_install_commands():
    assert plan_route("en", "be", {"argos": set(), "apertium": set()}) is None
    message = missing_route_message("en", "be", {"argos": set(), "apertium": set()})
    assert "no route en→be" in message
    assert "workbench models install --from-index en-ru" in message
    assert "apertium-bel-rus" in message


def test_missing_route_does_not_ask_for_an_installed_apertium_pair():
    message = missing_route_message("en", "uk", {"argos": set(), "apertium": {("ru", "uk")}})
    assert "workbench models install --from-index en-uk" in message
    assert "apertium ru→uk" in message and "apertium-rus-ukr" not in message


def test_missing_russian_suggests_the_direct_pair_only():
    message = missing_route_message("en", "ru", {"argos": set(), "apertium": set()})
    assert message == ("no route en→ru: install argos en→ru (`workbench models install --from-index en-ru`, "
                       "or `workbench models package` for a model converted elsewhere)")


def test_a_measured_pivot_replaces_a_direct_route_only_when_it_scored_better():
    with_direct = {**INSTALLED, "argos": INSTALLED["argos"] | {("en", "be")}}
    assert str(plan_route("en", "be", with_direct)) == "argos en→be"
    pivot, direct = "argos en→ru | apertium ru→be", "argos en→be"
    assert str(plan_route("en", "be", with_direct, {pivot: 48.0, direct: 41.5})) == pivot
    assert str(plan_route("en", "be", with_direct, {pivot: 40.0, direct: 41.5})) == direct
    # Without a measurement of the direct route nothing says it is worse.
    assert str(plan_route("en", "be", with_direct, {pivot: 48.0})) == direct


def test_every_candidate_route_is_listed_default_first():
    routes = [str(route) for route in candidate_routes("en", "uk", {**INSTALLED, "argos": INSTALLED["argos"] | {("en", "uk")}})]
    assert routes == ["argos en→uk", "argos en→ru | apertium ru→uk"]


def test_missing_pl_does_not_suggest_a_pivot_through_the_same_engine():
    message = missing_route_message("en", "pl", {"argos": set(), "apertium": set()})
    assert "pivot" not in message and "--from-index en-pl" in message
