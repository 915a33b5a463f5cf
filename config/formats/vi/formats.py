"""Dates as Vietnamese write them: day first, always (Django's ``vi`` locale defines no input
formats, so Django fell back to month-first ``%m/%d/%Y``: 06/07/2025 was read as 7 June).

Shown as 30/06/2025 in lists, forms and history; typed as 30/06/2025, 30-6-2025, 30.6.2025
or 2025-06-30 (ISO, which Django always adds). The first input format is the one the admin's
calendar writes.
"""

DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "H:i d/m/Y"
SHORT_DATETIME_FORMAT = "H:i d/m/Y"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1  # Monday

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 30/06/2025, 6/7/2025
    "%d-%m-%Y",  # 30-6-2025
    "%d.%m.%Y",  # 30.06.2025
    "%Y-%m-%d",  # 2025-06-30
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d-%m-%Y %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d-%m-%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
