"""The login throttle's authentication backend."""

from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' check that refuses a locked-out username and address, placed before
    ``ModelBackend``. Logins through a page (the admin login form) always pass the request
    and are throttled; ``authenticate()`` without a request (the test client's ``login()``,
    a management command) has no address to throttle, so it is left to the next backend
    instead of failing as ``AxesStandaloneBackend`` does."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
