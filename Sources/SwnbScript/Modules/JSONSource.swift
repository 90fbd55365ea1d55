/// MatrixScript source of the `json` module: `dumps`/`dump` with CPython 3.11's exact text
/// (indent, separators, sort_keys, ensure_ascii, default) and `loads`/`load` with its messages.
extension Runtime {
  static let jsonSource = #"""
def __swnb_json(len=len, isinstance=isinstance, repr=repr, str=str, int=int, float=float, list=list,
                dict=dict, tuple=tuple, sorted=sorted, type=type, ord=ord, chr=chr, ValueError=ValueError,
                TypeError=TypeError):
    _ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}

    def _quote(s, ensure_ascii):
        out = ['"']
        for ch in s:
            if ch in _ESCAPES:
                out.append(_ESCAPES[ch])
                continue
            code = ord(ch)
            if code < 0x20 or (ensure_ascii and code > 0x7e):
                if code > 0xffff:
                    code -= 0x10000
                    out.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
                else:
                    out.append('\\u%04x' % code)
            else:
                out.append(ch)
        out.append('"')
        return ''.join(out)

    def _float(x, allow_nan):
        if x != x or x in (float('inf'), float('-inf')):
            if not allow_nan:
                raise ValueError('Out of range float values are not JSON compliant')
            return 'NaN' if x != x else 'Infinity' if x > 0 else '-Infinity'
        return repr(float(x))

    def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
              indent=None, separators=None, default=None, sort_keys=False):
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if separators is None:
            separators = (', ', ': ') if indent is None else (',', ': ')
        item_sep, key_sep = separators

        def encode(o, level):
            if o is None:
                return 'null'
            if o is True:
                return 'true'
            if o is False:
                return 'false'
            if isinstance(o, str):
                return _quote(o, ensure_ascii)
            if isinstance(o, int):
                return repr(int(o))
            if isinstance(o, float):
                return _float(o, allow_nan)
            if isinstance(o, (list, tuple)):
                if not o:
                    return '[]'
                return _block('[', ']', [encode(x, level + 1) for x in o], level)
            if isinstance(o, dict):
                if not o:
                    return '{}'
                items = sorted(o.items()) if sort_keys else o.items()
                parts = []
                for k, v in items:
                    if isinstance(k, str):
                        pass
                    elif isinstance(k, float):
                        k = _float(k, allow_nan)
                    elif k is True:
                        k = 'true'
                    elif k is False:
                        k = 'false'
                    elif k is None:
                        k = 'null'
                    elif isinstance(k, int):
                        k = repr(int(k))
                    elif skipkeys:
                        continue
                    else:
                        raise TypeError('keys must be str, int, float, bool or None, not ' + type(k).__name__)
                    parts.append(_quote(k, ensure_ascii) + key_sep + encode(v, level + 1))
                return _block('{', '}', parts, level)
            if default is None:
                raise TypeError('Object of type ' + type(o).__name__ + ' is not JSON serializable')
            return encode(default(o), level)

        def _block(open_, close, parts, level):
            if indent is None:
                return open_ + item_sep.join(parts) + close
            inner = '\n' + indent * (level + 1)
            return open_ + inner + (item_sep + inner).join(parts) + '\n' + indent * level + close

        return encode(obj, 0)

    def dump(obj, fp, **kwds):
        fp.write(dumps(obj, **kwds))

    class JSONDecodeError(ValueError):
        def __init__(self, msg, doc, pos):
            lineno = doc.count('\n', 0, pos) + 1
            colno = pos - doc.rfind('\n', 0, pos)
            super().__init__('%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
            self.msg = msg
            self.doc = doc
            self.pos = pos
            self.lineno = lineno
            self.colno = colno

    _WS = ' \t\n\r'
    _UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
    _CONSTANTS = {'null': None, 'true': True, 'false': False, 'NaN': float('nan'), 'Infinity': float('inf'),
                  '-Infinity': float('-inf')}

    def loads(s):
        if not isinstance(s, str):
            raise TypeError('the JSON object must be str, bytes or bytearray, not ' + type(s).__name__)
        n = len(s)

        def skip(i):
            while i < n and s[i] in _WS:
                i += 1
            return i

        def string(i):
            start = i - 1
            out = []
            while True:
                if i >= n:
                    raise JSONDecodeError('Unterminated string starting at', s, start)
                ch = s[i]
                if ch == '"':
                    return ''.join(out), i + 1
                if ch == '\\':
                    if i + 1 >= n:
                        raise JSONDecodeError('Unterminated string starting at', s, start)
                    esc = s[i + 1]
                    if esc == 'u':
                        digits = s[i + 2:i + 6]
                        if len(digits) != 4 or not all(c in '0123456789abcdefABCDEF' for c in digits):
                            raise JSONDecodeError('Invalid \\uXXXX escape', s, i + 1)
                        code = int(digits, 16)
                        low = s[i + 8:i + 12] if s[i + 6:i + 8] == '\\u' else ''
                        if (0xd800 <= code < 0xdc00 and len(low) == 4 and all(c in '0123456789abcdefABCDEF' for c in low)
                                and 0xdc00 <= int(low, 16) < 0xe000):
                            code = 0x10000 + ((code - 0xd800) << 10) + (int(low, 16) - 0xdc00)
                            i += 6
                        out.append(chr(code))
                        i += 6
                        continue
                    if esc not in _UNESCAPE:
                        raise JSONDecodeError('Invalid \\escape', s, i)
                    out.append(_UNESCAPE[esc])
                    i += 2
                    continue
                if ord(ch) < 0x20:
                    raise JSONDecodeError('Invalid control character at', s, i)
                out.append(ch)
                i += 1

        def number(i):
            j = i
            if j < n and s[j] == '-':
                j += 1
            if j < n and s[j] == '0':
                j += 1
            elif j < n and s[j] in '123456789':
                while j < n and s[j].isdigit():
                    j += 1
            else:
                return None, i
            is_float = False
            if j + 1 < n and s[j] == '.' and s[j + 1].isdigit():
                is_float = True
                j += 1
                while j < n and s[j].isdigit():
                    j += 1
            if j < n and s[j] in 'eE':
                k = j + 1
                if k < n and s[k] in '+-':
                    k += 1
                if k < n and s[k].isdigit():
                    is_float = True
                    j = k
                    while j < n and s[j].isdigit():
                        j += 1
            text = s[i:j]
            return (float(text) if is_float else int(text)), j

        def value(i):
            i = skip(i)
            if i >= n:
                raise JSONDecodeError('Expecting value', s, i)
            ch = s[i]
            if ch == '"':
                return string(i + 1)
            if ch == '{':
                return obj(i + 1)
            if ch == '[':
                return arr(i + 1)
            for word, const in _CONSTANTS.items():
                if s[i:i + len(word)] == word:
                    return const, i + len(word)
            result, j = number(i)
            if j == i:
                raise JSONDecodeError('Expecting value', s, i)
            return result, j

        def arr(i):
            items = []
            i = skip(i)
            if i < n and s[i] == ']':
                return items, i + 1
            while True:
                item, i = value(i)
                items.append(item)
                i = skip(i)
                if i < n and s[i] == ']':
                    return items, i + 1
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i += 1

        def obj(i):
            result = {}
            i = skip(i)
            if i < n and s[i] == '}':
                return result, i + 1
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
                key, i = string(i + 1)
                i = skip(i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                result[key], i = value(i + 1)
                i = skip(i)
                if i < n and s[i] == '}':
                    return result, i + 1
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = skip(i + 1)

        result, end = value(0)
        end = skip(end)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return result

    def load(fp):
        return loads(fp.read())

    return {'dumps': dumps, 'dump': dump, 'loads': loads, 'load': load, 'JSONDecodeError': JSONDecodeError}
"""#
}
