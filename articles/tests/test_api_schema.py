"""The API against its own OpenAPI schema: schemathesis fuzzes every endpoint; no 5xx, every answer as documented."""

import json
import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, settings as hypothesis_settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from articles.tests.public_world import world  # noqa: F401 - fixture

MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "100"))

# The schema /api/v1/schema/ serves, generated here rather than fetched: collecting the tests sends no request,
# so neither the database nor the cache is touched before the test database exists.
schema = schemathesis.openapi.from_dict(json.loads(OpenApiJsonRenderer().render(SchemaGenerator().get_schema(public=True))))
schema.app = get_wsgi_application()
schema.config.generation.update(max_examples=MAX_EXAMPLES, deterministic=True, database="none")


@pytest.fixture
def app_under_test(settings):
    """The WSGI app as Django's test client runs it: the test's connection is kept open (its transaction holds the
    archive), and the throttle is out of the way."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute"}}
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@schema.parametrize()
@hypothesis_settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_every_endpoint_answers_as_its_schema_says(case, world, app_under_test):  # noqa: F811
    # Every other check runs. This one expects any well-formed value to be accepted, but a slug or a
    # country code must also name something in the archive: ``country=zz`` is a 400, as documented.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
