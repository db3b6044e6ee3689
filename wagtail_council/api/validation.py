"""Why a parameter's value was refused, said in the caller's language.

Pydantic words its errors in English (``msg``). A frontend shows the API's
problem details to its readers, so a Russian reader must not get an English
sentence: the API builds its own from the error's ``type`` and ``ctx``
(pydantic's machine-readable part). A type without a sentence of its own
gets a general one, never pydantic's text.
"""

import re

from django.utils.translation import gettext, ngettext, pgettext

# Longer values are cut in messages: a 2,000-character path says nothing more.
MAX_SHOWN_LENGTH = 50


def quoted(value):
    """``value`` in the quotation marks of the active language."""
    return pgettext("a value quoted in a sentence", "“%(value)s”") % {"value": value}


def quoted_list(values):
    return ", ".join(quoted(value) for value in values)


def shown(value):
    text = str(value)
    if len(text) > MAX_SHOWN_LENGTH:
        return text[: MAX_SHOWN_LENGTH - 1] + "…"
    return text


def parameter_of(error):
    """The parameter's name: ``loc`` is ("query", "limit") for a query, ("path", "news_id") for a path."""
    location = [str(part) for part in error.get("loc", ())]
    if len(location) > 1:
        return location[-1]
    return location[0] if location else None


def value_of(error):
    """The refused value, when it is a single value a message can quote."""
    value = error.get("input")
    return value if isinstance(value, (str, int, float)) else None


def literal_choices(error):
    """The allowed values of a ``Literal``: a ``choices`` list in ``ctx``, or its ``expected``.

    Pydantic words ``expected`` as ``'news', 'statement' or 'page'``; a
    validator of our own may list them as ``news, statement, page``.
    """
    ctx = error.get("ctx") or {}
    if isinstance(ctx.get("choices"), (list, tuple)):
        return [str(choice) for choice in ctx["choices"]]
    expected = str(ctx.get("expected", "")).strip()
    if not expected:
        return []
    return [
        part.strip().strip("'\"")
        for part in re.split(r",\s*|\s+or\s+", expected)
        if part.strip().strip("'\"")
    ]


def at_most(parameter, value, ctx):
    return gettext("“%(parameter)s” must be at most %(limit)s, not “%(value)s”.") % {
        "parameter": parameter,
        "limit": ctx["le"],
        "value": value,
    }


def less_than(parameter, value, ctx):
    return gettext("“%(parameter)s” must be less than %(limit)s, not “%(value)s”.") % {
        "parameter": parameter,
        "limit": ctx["lt"],
        "value": value,
    }


def at_least(parameter, value, ctx):
    return gettext("“%(parameter)s” must be at least %(limit)s, not “%(value)s”.") % {
        "parameter": parameter,
        "limit": ctx["ge"],
        "value": value,
    }


def greater_than(parameter, value, ctx):
    return gettext("“%(parameter)s” must be greater than %(limit)s, not “%(value)s”.") % {
        "parameter": parameter,
        "limit": ctx["gt"],
        "value": value,
    }


def whole_number(parameter, value, ctx):
    return gettext("“%(parameter)s” must be a whole number, not “%(value)s”.") % {
        "parameter": parameter,
        "value": value,
    }


def number(parameter, value, ctx):
    return gettext("“%(parameter)s” must be a number, not “%(value)s”.") % {
        "parameter": parameter,
        "value": value,
    }


def boolean(parameter, value, ctx):
    return gettext("“%(parameter)s” must be “true” or “false”, not “%(value)s”.") % {
        "parameter": parameter,
        "value": value,
    }


def date(parameter, value, ctx):
    return gettext(
        "“%(parameter)s” must be a real date in the YYYY-MM-DD format, not “%(value)s”."
    ) % {"parameter": parameter, "value": value}


def too_short(parameter, value, ctx):
    limit = ctx["min_length"]
    return ngettext(
        "“%(parameter)s” must be at least %(limit)d character long.",
        "“%(parameter)s” must be at least %(limit)d characters long.",
        limit,
    ) % {"parameter": parameter, "limit": limit}


def too_long(parameter, value, ctx):
    limit = ctx["max_length"]
    return ngettext(
        "“%(parameter)s” must be at most %(limit)d character long.",
        "“%(parameter)s” must be at most %(limit)d characters long.",
        limit,
    ) % {"parameter": parameter, "limit": limit}


def not_valid(parameter, value, ctx):
    return gettext("“%(value)s” is not a valid value of “%(parameter)s”.") % {
        "parameter": parameter,
        "value": value,
    }


# Pydantic's error types that query and path parameters can raise, and their sentences.
SENTENCES = {
    "less_than_equal": at_most,
    "less_than": less_than,
    "greater_than_equal": at_least,
    "greater_than": greater_than,
    "int_parsing": whole_number,
    "int_parsing_size": whole_number,
    "int_from_float": whole_number,
    "int_type": whole_number,
    "float_parsing": number,
    "float_type": number,
    "bool_parsing": boolean,
    "bool_type": boolean,
    "date_parsing": date,
    "date_from_datetime_parsing": date,
    "date_from_datetime_inexact": date,
    "date_type": date,
    "string_too_short": too_short,
    "string_too_long": too_long,
    "value_error": not_valid,
}


def refusal(error):
    """A sentence, in the active language, saying why the parameter of ``error`` was refused."""
    parameter = parameter_of(error)
    if parameter is None:
        return gettext("A parameter of this request is not valid.")
    kind = error.get("type")
    if kind == "missing":
        return gettext("“%(parameter)s” is required.") % {"parameter": parameter}
    value = value_of(error)
    if value is None:
        return gettext("The value of “%(parameter)s” is not valid.") % {"parameter": parameter}
    value = shown(value)
    choices = literal_choices(error) if kind == "literal_error" else ()
    if choices:
        return gettext("“%(parameter)s” must be one of %(choices)s, not “%(value)s”.") % {
            "parameter": parameter,
            "choices": quoted_list(choices),
            "value": value,
        }
    sentence = SENTENCES.get(kind, not_valid)
    try:
        return sentence(parameter, value, error.get("ctx") or {})
    except KeyError:  # a context without the limit this sentence names
        return not_valid(parameter, value, {})
