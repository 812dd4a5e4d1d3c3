"""Reading a JSON-lines file a line at a time, so that one bad line fails alone, with its number."""

import json


def json_lines(text):
    """``(line number, record, reason)`` for each non-blank line: a dict and "", or None and why not.

    Lines end at "\\n" only (JSON strings may hold U+2028 and other characters
    ``str.splitlines`` would split on).
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except RecursionError:
            yield number, None, "nested too deeply to be an article record"
        except ValueError as error:  # JSONDecodeError, or a number with too many digits
            yield number, None, f"not valid JSON ({getattr(error, 'msg', error)})"
        else:
            if isinstance(record, dict):
                yield number, record, ""
            else:
                yield number, None, "not a JSON object with article fields"
