"""Settings for the reporting database, read from the environment.

Variables (all optional in development):

- ``DJANGO_ENV``: ``development`` (default) or ``production``.
- ``DEBUG``: ``1``/``0``; on by default in development, off in production.
- ``SECRET_KEY``: required whenever ``DEBUG`` is off.
- ``DATABASE_URL``: ``sqlite:///path`` (default: ``db.sqlite3`` in the repo root) or
  ``postgres://user@host:5432/name`` (PostgreSQL through psycopg 3).
- ``ALLOWED_HOSTS``: comma-separated host names.
- ``EXTRACTION_MAX_BYTES``: the largest document the importer accepts (and the largest text
  got out of a file); ``EXTRACTION_MAX_PDF_BYTES``: the largest PDF file.
- ``UPLOAD_MAX_FILE_BYTES``, ``UPLOAD_MAX_REQUEST_BYTES``, ``UPLOAD_MAX_FILES``: limits of
  the admin's upload page (per file, per request, files per request).
- ``UPLOAD_JOB_MIN_BYTES`` (default 1 MiB), ``UPLOAD_JOB_MIN_PAGES`` (default 5): an uploaded
  file over these, or a PDF scan that needs OCR, is read by a background job and its preview
  opens when it is ready; smaller files are read in the request.
- ``REPORTS_CACHE_SECONDS``: how long the reports keep computed figures (default 600; 0: off).
  Any write raises the data version and the figures are recomputed at the next view.
- ``SITE_URL``: the site's address as others reach it, for absolute links (e-mails, the
  API's ``admin_url``; default ``http://127.0.0.1:8000``).
- ``TASKS_BACKEND``: ``database`` (default: the queue in the database, ``manage.py
  db_worker``) or ``rq`` (Redis at ``REDIS_URL``, django-tasks-rq).
- ``IMPORT_ITEM_LEASE_SECONDS``: after how long a document's job is taken for lost (600).
- ``EMAIL_BACKEND`` (default: the console, which prints the mails), ``EMAIL_HOST``,
  ``EMAIL_PORT``, ``EMAIL_HOST_USER``, ``EMAIL_HOST_PASSWORD``, ``EMAIL_USE_TLS``,
  ``DEFAULT_FROM_EMAIL``: the mail server of the reminders (``send_reminders``).
- ``STATIC_ROOT``: where ``collectstatic`` puts the static files (default ``staticfiles/``).

Production only (``DJANGO_ENV=production``), each on by default:

- ``BEHIND_PROXY``: a reverse proxy (nginx) terminates HTTPS and sets ``X-Forwarded-Proto``
  and ``X-Forwarded-For``; trusted for the scheme and for the client address of the login
  throttle. Turn off when gunicorn faces the clients itself.
- ``SECURE_SSL_REDIRECT``, ``SESSION_COOKIE_SECURE``, ``CSRF_COOKIE_SECURE``: turn off only
  for plain HTTP on the loopback (the load test), never on a network.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from config.env import env_bool, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DJANGO_ENV = env_str("DJANGO_ENV", "development")
if DJANGO_ENV not in {"development", "production"}:
    raise ImproperlyConfigured(
        f"DJANGO_ENV must be 'development' or 'production', not {DJANGO_ENV!r}"
    )
PRODUCTION = DJANGO_ENV == "production"

DEBUG = env_bool("DEBUG", default=not PRODUCTION)

_DEV_SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"
SECRET_KEY = env_str("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = _DEV_SECRET_KEY

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])

INSTALLED_APPS = [
    "config.apps.ReportsAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "import_export",
    "simple_history",
    "config.apps.LoginLockoutConfig",
    "csp",
    # the API's docs page: its Swagger UI from the package's own static files
    "ninja",
    # Django's task framework (the backport until Django 6) and its database queue
    "django_tasks",
    "django_tasks_db",
    "reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # last, as django-axes asks: turns a refused login into the lockout page
    "axes.middleware.AxesMiddleware",
]

if PRODUCTION:
    # static files from STATIC_ROOT (collectstatic), with far-future caching of hashed names;
    # in development `runserver` serves them
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

# django-axes counts failed logins (admin login form) and refuses a username from an address
# after AXES_FAILURE_LIMIT failures, for AXES_COOLOFF_TIME. By username and address together,
# so one office behind one address is not locked out by a colleague's typos.
AUTHENTICATION_BACKENDS = [
    "config.auth.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "reports/login_locked.html"
AXES_VERBOSE = False

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=60 if PRODUCTION else 0,
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The background worker writes while staff save in the admin: WAL lets readers and one
    # writer work at once, a writer waits up to 20 s for the lock instead of failing at once,
    # and IMMEDIATE takes the write lock when a transaction starts (a transaction that reads
    # then writes cannot deadlock with another).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
        }
    )

# Background jobs (reports/jobs/): the database queue, worked by `manage.py db_worker`; on
# PostgreSQL several workers on several machines share it. TASKS_BACKEND=rq moves the queue
# to Redis (REDIS_URL) with django-tasks-rq, worked by `manage.py rqworker` (README).
TASKS_BACKEND = env_str("TASKS_BACKEND", "database")
if TASKS_BACKEND == "rq":
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {"default": {"URL": env_str("REDIS_URL", "redis://127.0.0.1:6379/0")}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend"}}
elif TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be 'database' or 'rq', not {TASKS_BACKEND!r}")
# how long a document may take before its job is taken for lost (a worker killed) and queued
# again; a document is at most EXTRACTION_MAX_BYTES, extracted in seconds
IMPORT_ITEM_LEASE_SECONDS = int(env_str("IMPORT_ITEM_LEASE_SECONDS", "600"))
# the hour (local time) of the daily reminders job (reports/services/schedules.py)
REMINDERS_HOUR = int(env_str("REMINDERS_HOUR", "7"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "reports" / "locale"]
# dates day first (config/formats/vi/formats.py); the same input formats for any other
# language, so that a month-first reading never comes back
FORMAT_MODULE_PATH = ["config.formats"]
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # production: hashed, compressed names served by WhiteNoise (after `collectstatic`)
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Content security policy, in every environment so the tests and development see what
# production enforces: scripts only from the site or inline with the request's nonce
# (``nonce="{{ request.csp_nonce }}"``), no plugins, never framed, forms post to the site.
# Inline styles stay allowed: the admin and the SVG charts use style attributes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# The largest document (in bytes) that intake accepts; larger files are refused with a message.
EXTRACTION_MAX_BYTES = int(env_str("EXTRACTION_MAX_BYTES", str(2 * 1024 * 1024)))
# A PDF file may be larger (fonts, pictures, scans); EXTRACTION_MAX_BYTES limits its text.
EXTRACTION_MAX_PDF_BYTES = int(env_str("EXTRACTION_MAX_PDF_BYTES", str(20 * 1024 * 1024)))

# The admin page "Nhập văn bản": the largest file, the largest request (all files and pasted
# text together) and how many files at once. Uploads are read into text, never kept as files.
# A file may be a PDF (a scan of a few pages weighs megabytes); its text is still held to
# EXTRACTION_MAX_BYTES.
UPLOAD_MAX_FILE_BYTES = int(env_str("UPLOAD_MAX_FILE_BYTES", str(8 * 1024 * 1024)))
UPLOAD_MAX_REQUEST_BYTES = int(env_str("UPLOAD_MAX_REQUEST_BYTES", str(10 * 1024 * 1024)))
UPLOAD_MAX_FILES = int(env_str("UPLOAD_MAX_FILES", "20"))
# an upload over these (bytes, PDF pages), or a scan needing OCR, is read by a background job
UPLOAD_JOB_MIN_BYTES = int(env_str("UPLOAD_JOB_MIN_BYTES", str(1024 * 1024)))
UPLOAD_JOB_MIN_PAGES = int(env_str("UPLOAD_JOB_MIN_PAGES", "5"))

# Report figures are cached per version of the data (reports.selectors.report_cache), in each
# process's memory: entries are keyed by the version, so processes never disagree.
REPORTS_CACHE_SECONDS = int(env_str("REPORTS_CACHE_SECONDS", "600"))
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    }
}

# E-mail (the reminders of ``send_reminders``): printed to the console unless a server is set
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env_str("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Báo cáo tuyên giáo <bao-cao@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# links in e-mails lead here
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

if PRODUCTION:
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", default=True)
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_AGE = 60 * 60 * 10  # a working day
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_REFERRER_POLICY = "same-origin"
    SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
    if env_bool("BEHIND_PROXY", default=True):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
        # the client's address is the last one the proxy added to X-Forwarded-For
        AXES_IPWARE_PROXY_COUNT = 1
        AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
    LOGGING = {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {"console": {"class": "logging.StreamHandler"}},
        "root": {"handlers": ["console"], "level": "WARNING"},
    }
