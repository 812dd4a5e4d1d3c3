"""Who may do what: anonymous clients read at a throttled rate; writes (none yet) need a token."""

from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle


class AnonThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, reading its rate when asked, so that a changed setting takes effect."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES[self.scope]


class ReadOrToken(BasePermission):
    """Reads for anyone, writes for token holders; a method the view does not handle passes, to be answered 405."""

    def has_permission(self, request, view):
        handled = hasattr(view, request.method.lower())
        return not handled or request.method in SAFE_METHODS or bool(request.user and request.user.is_authenticated)
