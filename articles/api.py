"""The read-only JSON API, version 1: the listing's filters, keyset pages, capped counts.

``/api/v1/articles/`` takes exactly the listing's filters, validated by the
same :class:`~articles.filters.ArticleFilter`, so a search in the browser and
in the API mean the same thing. Pages follow an opaque ``cursor``:

* newest/oldest: the cursor holds the last row's (published time, id), and
  the next page is an index range scan from there — page 50,000 costs what
  page 1 costs, and ties on the published time are broken by id, so a walk
  meets every article exactly once;
* relevance: the search module ranks only the newest ``RANK_WINDOW``
  matches (see search.py), so the cursor is an offset inside that window —
  never more than ``RANK_WINDOW`` rows deep. The response says so with
  ``ranked_among_newest``.

``count`` is exact up to ``COUNT_CAP`` (``"relation": "eq"``) and a lower
bound beyond it (``"gte"``): counting a LIMITed subquery stops early, so a
country in 40% of a million articles costs no more than a rare one.

Only published articles whose time has come appear anywhere. Anonymous GETs
get the public pages' ETag and Cache-Control from ``caching.PublicCacheMiddleware``.
"""

import base64
import binascii
import datetime
import json

from django import forms
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from . import api_serializers as serialize
from . import search
from .caching import cached_fragment
from .counts import round_estimate
from .filters import COUNT_BUDGET_MS, ArticleFilter
from .models import Article, Entity
from .pagination import COUNT_CAP, Cursor
from .querysets import public_tags

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
PAGING_PARAMS = ("cursor", "page_size")
CURSOR_DAMAGED = "This cursor is damaged or belongs to another sort order: start again without it."


def encode_cursor(sort, *, after=None, offset=None):
    """An opaque, URL-safe token for the next page: where to continue, and in which order."""
    data = {"sort": sort}
    if after is not None:
        data.update(at=after.published_at.isoformat(), id=after.id)
    else:
        data["offset"] = offset
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(token):
    """``{"sort", "after": Cursor}`` or ``{"sort", "offset": int}``; ValidationError for anything else."""
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        sort = data["sort"]
        if sort in ("newest", "oldest"):
            published_at = datetime.datetime.fromisoformat(data["at"])
            ident = data["id"]
            if published_at.tzinfo is None or type(ident) is not int or ident < 1:
                raise ValueError
            return {"sort": sort, "after": Cursor(published_at, ident)}
        offset = data["offset"]
        if sort != "relevance" or type(offset) is not int or not 0 < offset < search.RANK_WINDOW:
            raise ValueError
        return {"sort": sort, "offset": offset}
    except (ValueError, TypeError, KeyError, AttributeError, binascii.Error, UnicodeDecodeError):
        raise ValidationError(CURSOR_DAMAGED, code="bad_cursor") from None


class PagingForm(forms.Form):
    page_size = forms.IntegerField(
        required=False, min_value=1, max_value=MAX_PAGE_SIZE,
        error_messages={"invalid": f"Enter a whole number of articles per page, from 1 to {MAX_PAGE_SIZE}."},
    )
    cursor = forms.CharField(required=False, max_length=500, error_messages={"max_length": CURSOR_DAMAGED})

    def clean_page_size(self):
        return self.cleaned_data.get("page_size") or DEFAULT_PAGE_SIZE

    def clean_cursor(self):
        token = (self.cleaned_data.get("cursor") or "").strip()
        return decode_cursor(token) if token else None


def error_response(*forms_with_errors, status=400):
    """``{"errors": {field: [messages]}}``; errors about the filters as a whole are under ``"__all__"``."""
    errors = {}
    for form in forms_with_errors:
        for name, messages in form.errors.items():
            errors.setdefault(name, []).extend(str(message) for message in messages)
    return JsonResponse({"errors": errors}, status=status)


def not_found(message):
    return JsonResponse({"errors": {"__all__": [message]}}, status=404)


def filtered(params):
    """The listing's FilterSet over public articles, bound to ``params`` without the paging keys."""
    params = params.copy()
    for key in (*PAGING_PARAMS, "page", "after", "before"):
        params.pop(key, None)
    return ArticleFilter(params or None, queryset=Article.objects.published())


def page_of_ids(filterset, cursor, page_size):
    """(ids of this page, cursor token for the next page or None): one query."""
    order = filterset.order
    source = filterset.source()
    if order == "relevance":
        start = cursor["offset"] if cursor else 0
        end = min(start + page_size, search.RANK_WINDOW)
        rows = list(source.rows(source.ordered())[start : end + 1])
        ids = [row[0] for row in rows[: end - start]]
        more = len(rows) > end - start and end < search.RANK_WINDOW
        return ids, encode_cursor(order, offset=end) if more else None
    ordered = source.beyond(cursor["after"]) if cursor else source.ordered()
    rows = list(source.rows(ordered)[: page_size + 1])
    more = len(rows) > page_size
    rows = rows[:page_size]
    if not more:
        return [row[0] for row in rows], None
    last_id, last_published = rows[-1]
    return [row[0] for row in rows], encode_cursor(order, after=Cursor(last_published, last_id))


def listing_count(queryset):
    """``{"value", "relation"}``: exact ("eq") up to the cap, "gte" beyond it, "estimate" when counting ran out of time.

    The budget is the listing page's: a count that would take longer (one
    author's articles with a common word: 5 s at a million) gives way to the
    database's estimate, as the page's "About …" does.
    """
    counted = search.capped_count_within(queryset, COUNT_CAP, COUNT_BUDGET_MS)
    if counted is None:
        return {"value": round_estimate(search.planner_estimate(queryset) or 0), "relation": "estimate"}
    return serialize.capped_count(counted, COUNT_CAP)


@require_GET
def article_list(request):
    filterset = filtered(request.GET)
    paging = PagingForm(request.GET)
    invalid = [form for form in (filterset.form, paging) if form.is_bound and not form.is_valid()]
    if invalid:
        return error_response(*invalid)
    cursor, page_size = paging.cleaned_data["cursor"], paging.cleaned_data["page_size"]
    if cursor and cursor["sort"] != filterset.order:
        paging.add_error("cursor", CURSOR_DAMAGED)
        return error_response(paging)

    count = listing_count(filterset.date_ordered_source().queryset)
    ids, next_cursor = page_of_ids(filterset, cursor, page_size)
    articles = serialize.articles_in_order(ids)
    items = [serialize.article_item(article, request) for article in articles]
    if filterset.text and articles:
        # search.snippets escapes the article text and adds only <mark> tags.
        marked = search.snippets(articles, filterset.text)
        for item in items:
            item["snippet"] = str(marked.get(item["id"], ""))

    data = {"count": count, "sort": filterset.order}
    if filterset.order == "relevance":
        data["ranked_among_newest"] = search.RANK_WINDOW
    data["next"] = None
    if next_cursor:
        query = request.GET.copy()
        query["cursor"] = next_cursor
        data["next"] = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
    data["results"] = items
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@require_GET
def article_detail(request, pk):
    articles = serialize.articles_in_order([pk], with_body=True)
    if not articles:
        withdrawn = Article.objects.withdrawn().filter(pk=pk).first()
        if withdrawn is not None:
            return JsonResponse(
                {
                    "errors": {"__all__": ["This article was withdrawn."]},
                    "withdrawn": withdrawn.withdrawn_at.isoformat() if withdrawn.withdrawn_at else None,
                    "withdrawal_note": withdrawn.withdrawal_note,
                },
                status=410,
                json_dumps_params={"ensure_ascii": False},
            )
        return not_found("No published article has this id.")
    return JsonResponse(serialize.article_detail(articles[0], request), json_dumps_params={"ensure_ascii": False})


def countries_with_counts():
    """Every country and its number of public articles, by name: one query over every country tag.

    The same count as the /countries/ page; like that page's, it is cached
    for the current content version, since it reads every country tag.
    """
    countries = Entity.objects.countries().with_public_article_counts().order_by("name")
    return list(countries.values("name", "slug", "iso_code", "kind", "article_count"))


@require_GET
def country_list(request):
    results = []
    for row in cached_fragment("api-country-index", {}, countries_with_counts):
        fields = {key: value for key, value in row.items() if key != "article_count"}
        results.append(serialize.country_item(Entity(**fields), row["article_count"], request))
    return JsonResponse(
        {"results": results},
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def entity_detail(request, slug):
    entity = Entity.objects.select_related("country").filter(slug=slug).first()
    if entity is None:
        return not_found("Nothing in the archive has this slug.")
    aliases = list(entity.aliases.values_list("name", flat=True))
    count = public_tags(entity.pk).order_by()[: COUNT_CAP + 1].count()
    data = serialize.entity_detail(entity, aliases, serialize.capped_count(count, COUNT_CAP), request)
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})

