"""Every refused field of a decoded value, from the msgspec declarations themselves.

msgspec stops at the first error and says it in English. A form wants every refused field at
once, each as a stable :class:`~protocol.errors.FieldCode` with its limits, so that the page
can say it in the person's language next to the input. :func:`field_errors` walks the type's
own declaration (``msgspec.inspect``: the same types and ``Meta`` constraints msgspec
enforces), so there is no second copy of the rules to drift. msgspec stays the authority: the
callers decode with it and only ask here why a value was refused.

Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any, Final

import msgspec
import msgspec.inspect as mi

from protocol.errors import FieldCode, FieldError

#: The pattern that says "not blank" (``Meta(pattern=r"\\S")``): failing it is BLANK.
NOT_BLANK: Final = r"\S"
_INT_LOW: Final = -(2**63)
_INT_HIGH: Final = 2**64 - 1  # msgspec decodes up to uint64


def field_errors(value: object, type_: Any) -> list[FieldError]:
    """Each way ``value`` (JSON decoded without a type) breaks ``type_``'s declaration, in
    field order; empty when it fits."""
    errors: list[FieldError] = []
    _check(_info(type_), value, "", errors)
    return errors


def summary(errors: list[FieldError]) -> str:
    """A developer-facing summary (the error's ``message``); clients use the fields."""
    return "invalid fields: " + ", ".join(f"{e.field or '(body)'} ({e.code})" for e in errors)


@cache
def _info(type_: Any) -> mi.Type:
    return mi.type_info(type_)


def _join(path: str, name: str | int) -> str:
    return f"{path}.{name}" if path else str(name)


def _check(info: mi.Type, value: object, path: str, errors: list[FieldError]) -> None:
    if isinstance(info, mi.Metadata):
        _check(info.type, value, path, errors)
    elif isinstance(info, mi.AnyType):
        return
    elif isinstance(info, mi.NoneType):
        if value is not None:
            errors.append(FieldError(field=path, code=FieldCode.TYPE))
    elif isinstance(info, mi.UnionType):
        _check_union(info, value, path, errors)
    elif isinstance(info, mi.StructType):
        _check_struct(info, value, path, errors)
    elif isinstance(
        info, mi.ListType | mi.TupleType | mi.SetType | mi.FrozenSetType | mi.VarTupleType
    ):
        _check_list(info, value, path, errors)
    elif isinstance(info, mi.DictType):
        _check_dict(info, value, path, errors)
    elif isinstance(info, mi.StrType):
        _check_str(info, value, path, errors)
    elif isinstance(info, mi.BoolType):
        if not isinstance(value, bool):
            errors.append(FieldError(field=path, code=FieldCode.TYPE))
    elif isinstance(info, mi.IntType | mi.FloatType):
        _check_number(info, value, path, errors)
    elif isinstance(info, mi.EnumType | mi.LiteralType):
        _check_choice(info, value, path, errors)
    elif isinstance(info, mi.DateTimeType | mi.DateType | mi.TimeType):
        _check_temporal(info, value, path, errors)
    # Any other kind (no body or message declares one yet) is left to msgspec's own verdict:
    # refused_fields then names the field msgspec names.


def _check_union(info: mi.UnionType, value: object, path: str, errors: list[FieldError]) -> None:
    if value is None and info.includes_none:
        return
    members = [t for t in info.types if not isinstance(t, mi.NoneType)]
    tagged = [t for t in members if isinstance(t, mi.StructType) and t.tag_field is not None]
    tag_field = tagged[0].tag_field if tagged else None
    if tag_field is not None and len(tagged) == len(members):
        _check_tagged(tagged, tag_field, value, path, errors)
        return
    found: list[list[FieldError]] = []
    for member in members:
        member_errors: list[FieldError] = []
        _check(member, value, path, member_errors)
        if not member_errors:
            return
        found.append(member_errors)
    if len(found) == 1:
        errors.extend(found[0])
    else:
        errors.append(FieldError(field=path, code=FieldCode.TYPE))


def _check_tagged(
    members: list[mi.StructType],
    tag_field: str,
    value: object,
    path: str,
    errors: list[FieldError],
) -> None:
    if not isinstance(value, dict):
        errors.append(FieldError(field=path, code=FieldCode.TYPE))
        return
    if tag_field not in value:
        errors.append(FieldError(field=_join(path, tag_field), code=FieldCode.REQUIRED))
        return
    for member in members:
        if member.tag == value[tag_field]:
            _check_struct(member, value, path, errors)
            return
    errors.append(FieldError(field=_join(path, tag_field), code=FieldCode.CHOICE))


def _check_struct(info: mi.StructType, value: object, path: str, errors: list[FieldError]) -> None:
    if not isinstance(value, dict):
        errors.append(FieldError(field=path, code=FieldCode.TYPE))
        return
    known = {f.encode_name for f in info.fields}
    if info.tag_field is not None:
        known.add(info.tag_field)
    for field in info.fields:
        name = _join(path, field.encode_name)
        if field.encode_name in value:
            _check(field.type, value[field.encode_name], name, errors)
        elif field.required:
            errors.append(FieldError(field=name, code=FieldCode.REQUIRED))
    if info.forbid_unknown_fields:
        errors.extend(
            FieldError(field=_join(path, str(key)), code=FieldCode.UNKNOWN)
            for key in value
            if key not in known
        )


def _check_list(info: Any, value: object, path: str, errors: list[FieldError]) -> None:
    if not isinstance(value, list):
        errors.append(FieldError(field=path, code=FieldCode.TYPE))
        return
    low, high = getattr(info, "min_length", None), getattr(info, "max_length", None)
    if low is not None and len(value) < low:
        errors.append(FieldError(field=path, code=FieldCode.TOO_SHORT, min=low, max=high))
    elif high is not None and len(value) > high:
        errors.append(FieldError(field=path, code=FieldCode.TOO_LONG, min=low, max=high))
    if isinstance(info, mi.TupleType):
        if len(value) != len(info.item_types):
            errors.append(FieldError(field=path, code=FieldCode.TYPE))
            return
        for index, (item_info, item) in enumerate(zip(info.item_types, value, strict=True)):
            _check(item_info, item, _join(path, index), errors)
        return
    for index, item in enumerate(value):
        _check(info.item_type, item, _join(path, index), errors)


def _check_dict(info: mi.DictType, value: object, path: str, errors: list[FieldError]) -> None:
    if not isinstance(value, dict):
        errors.append(FieldError(field=path, code=FieldCode.TYPE))
        return
    low, high = info.min_length, info.max_length
    if low is not None and len(value) < low:
        errors.append(FieldError(field=path, code=FieldCode.TOO_SHORT, min=low, max=high))
    elif high is not None and len(value) > high:
        errors.append(FieldError(field=path, code=FieldCode.TOO_LONG, min=low, max=high))
    for key, item in value.items():
        key_errors: list[FieldError] = []
        _check(info.key_type, key, _join(path, str(key)), key_errors)
        errors.extend(FieldError(field=e.field, code=FieldCode.FORMAT) for e in key_errors)
        _check(info.value_type, item, _join(path, str(key)), errors)


def _check_str(info: mi.StrType, value: object, path: str, errors: list[FieldError]) -> None:
    if not isinstance(value, str):
        errors.append(FieldError(field=path, code=FieldCode.TYPE))
        return
    low, high = info.min_length, info.max_length
    code: FieldCode | None = None
    if low is not None and len(value) < low:
        code = FieldCode.BLANK if value == "" and low == 1 else FieldCode.TOO_SHORT
    elif high is not None and len(value) > high:
        code = FieldCode.TOO_LONG
    elif info.pattern is not None and not _regex(info.pattern).search(value):
        code = FieldCode.BLANK if info.pattern == NOT_BLANK else FieldCode.FORMAT
    elif "\x00" in value:
        # Refused in every text (protocol.codec.contains_nul): no store can hold it.
        code = FieldCode.FORMAT
    if code is not None:
        errors.append(FieldError(field=path, code=code, min=low, max=high))


def _check_number(
    info: mi.IntType | mi.FloatType, value: object, path: str, errors: list[FieldError]
) -> None:
    whole_only = isinstance(info, mi.IntType)
    if (
        isinstance(value, bool)  # JSON's true is not a number, though Python's bool is an int
        or not isinstance(value, int | float)
        or (whole_only and not isinstance(value, int))
    ):
        errors.append(FieldError(field=path, code=FieldCode.TYPE))
        return
    low = info.ge if info.ge is not None else info.gt
    high = info.le if info.le is not None else info.lt
    if isinstance(info, mi.IntType):
        # Exclusive bounds of whole numbers, said as the inclusive ones a person reads.
        low = info.gt + 1 if info.ge is None and info.gt is not None else low
        high = info.lt - 1 if info.le is None and info.lt is not None else high
    too_small = (info.ge is not None and value < info.ge) or (
        info.gt is not None and value <= info.gt
    )
    too_large = (info.le is not None and value > info.le) or (
        info.lt is not None and value >= info.lt
    )
    if isinstance(info, mi.IntType) and isinstance(value, int):
        too_small = too_small or value < _INT_LOW
        too_large = too_large or value > _INT_HIGH
    if too_small:
        errors.append(FieldError(field=path, code=FieldCode.TOO_SMALL, min=low, max=high))
    elif too_large:
        errors.append(FieldError(field=path, code=FieldCode.TOO_LARGE, min=low, max=high))
    elif info.multiple_of is not None and value % info.multiple_of:
        errors.append(FieldError(field=path, code=FieldCode.FORMAT))


def _check_choice(
    info: mi.EnumType | mi.LiteralType, value: object, path: str, errors: list[FieldError]
) -> None:
    choices = (
        [member.value for member in info.cls] if isinstance(info, mi.EnumType) else info.values
    )
    if isinstance(value, bool) or value not in choices:
        errors.append(FieldError(field=path, code=FieldCode.CHOICE))


_TEMPORAL: Final = {mi.DateTimeType: dt.datetime, mi.DateType: dt.date, mi.TimeType: dt.time}


def _check_temporal(info: mi.Type, value: object, path: str, errors: list[FieldError]) -> None:
    try:
        converted: object = msgspec.convert(value, _TEMPORAL[type(info)])
    except msgspec.ValidationError:
        errors.append(FieldError(field=path, code=FieldCode.FORMAT))
        return
    # ``Meta(tz=True)``: a time without its offset is of the wrong form too (issue 22).
    if getattr(info, "tz", None) is True and getattr(converted, "tzinfo", None) is None:
        errors.append(FieldError(field=path, code=FieldCode.FORMAT))


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_MSGSPEC_PATH: Final = re.compile(r" - at `\$((?:\.[^.`\[]+|\[\d+\])*)`$")


def refused_fields(value: object, type_: Any, error: msgspec.ValidationError) -> list[FieldError]:
    """The fields of ``value`` that msgspec refused with ``error``: every one the declaration
    explains, else the one msgspec names (as a ``type`` error), so the list is never empty."""
    found = field_errors(value, type_)
    if found:
        return found
    match = _MSGSPEC_PATH.search(str(error))
    steps = re.findall(r"\.([^.`\[]+)|\[(\d+)\]", match.group(1)) if match else []
    path = ".".join(name or index for name, index in steps)
    return [FieldError(field=path, code=FieldCode.TYPE)]
