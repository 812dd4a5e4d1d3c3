"""The read-only JSON API, version 1, on Django REST framework.

``views`` (the endpoints and their OpenAPI description), ``serializers``
(what each answer holds), ``pagination`` (keyset pages and the capped count)
and ``errors`` (every error as ``{"errors": {field: [messages]}}``).
"""
