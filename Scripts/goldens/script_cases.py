"""MatrixScript golden programs: `### name` starts a case; its body runs as one cell."""

_TEXT = r'''
### int_arith
print(7 + 3, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1)
### float_arith
print(0.1 + 0.2, 1.5 * 2, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 0.5, 1e300 * 10)
### float_repr_forms
print(1e16, 1e15, 0.0001, 0.00001, 123456789.123, -0.0, 1/3, 2/3, 1e-7, 3.0, 1.5e-10, 12345678901234567.0)
### mixed_tower
print(1 + 2.0, True + True, 3 * False, 10 / 4, 10 // 4.0, True / 2, 5 == 5.0, 1 == True)
### big_pow
x = 3 ** 39
x
### divmod_pow_abs
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2), pow(2, 8), pow(2, 8, 5), abs(-3), abs(-2.5))
### round_bankers
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(3.14159, 3), round(7))
### zero_div_int
1 / 0
### zero_floordiv_int
5 // 0
### zero_mod_int
5 % 0
### zero_div_float
1.0 / 0.0
### zero_floordiv_float
1.0 // 0.0
### zero_mod_float
1.0 % 0.0
### neg_pow_zero
0 ** -1
### int_conversions
print(int("42"), int("-17"), int(" 12 "), int("ff", 16), int("0x1f", 16), int("101", 2), int(3.99), int(-3.99), int(True), int("1_000"))
### int_invalid
int("abc")
### int_invalid_base
int("12", 2)
### float_conversions
print(float("1.5"), float("nan"), float("inf"), float("-inf"), float(" 2e3 "), float(7), float("-0"))
### float_invalid
float("x1")
### int_from_nan
int(float("nan"))
### int_from_inf
int(float("inf"))
### bool_conv
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0), bool({}), bool(()))
### str_basic
s = "Hello, World"
print(s.upper(), s.lower(), s.title(), len(s), s[0], s[-1], s[2:5], s[::-1], s[::2], s[100:], s[-3:])
### str_methods_1
s = "  spam and eggs  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.split(), s.strip().split(" and "), "a,b,,c".split(","), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
### str_methods_2
print("abc".startswith("a"), "abc".endswith(("x", "c")), "hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".count("l"), "hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".index("e"))
### str_methods_3
print("42".zfill(5), "-42".zfill(5), "ab".ljust(5, "*"), "ab".rjust(5), "ab".center(7, "-"), "abc".center(6), "x".center(4, "."), "123".isdigit(), "abc".isalpha(), "a1".isalnum(), "  ".isspace())
### str_methods_4
print("hello world".capitalize(), "Hello".swapcase(), "a\nb\r\nc\n".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="), "-".join(["a", "b", "c"]), "".join([]), "abc".upper().isupper())
### str_index_error
"abc".index("z")
### str_join_error
", ".join([1, 2])
### str_concat_error
"a" + 1
### str_mul
print("ab" * 3, 3 * "-", "x" * 0, "x" * -2, [1, 2] * 2, (1,) * 3)
### str_in
print("ell" in "hello", "z" in "hello", "" in "abc", "a" not in "bcd")
### str_in_error
1 in "abc"
### str_index_oob
"abc"[5]
### str_repr_quotes
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline\\"), repr("é ü 中"), repr("\x00\x7f"))
### string_escapes
print("a\tb", "c\\d", 'e\'f', "\x41\u0042\N{LATIN SMALL LETTER A}" if False else "\x41\u0042", r"raw\n", len("\n"))
### triple_quoted
s = """line1
line2
  line3"""
print(s)
print(len(s.splitlines()))
### fstring_basic
x = 3.14159
n = 42
name = "Ada"
print(f"{x:.2f} {n:5d} {n:<5}| {name!r} {name:>6} {x:10.3e} {n:x} {n:#b} {n:,} {1234567.891:,.2f} {0.25:.1%}")
### fstring_nested
w = 10
p = 3
v = 2.718281828
print(f"[{v:{w}.{p}f}] [{'left':<{w}}] [{'c':^{w}}] [{v=}] [{1+1=}] {{braces}}")
### fstring_expressions
items = [1, 2, 3]
d = {"a": 1}
print(f"{len(items)} {items[-1]} {d['a']} {sum(i * i for i in items)} {'yes' if items else 'no'} {items!s}")
### format_spec_ints
print(format(5, "03d"), format(-5, "+d"), format(5, " d"), format(255, "X"), format(255, "#x"), format(8, "o"), format(1000000, "_d"), format(42, "*^10"), format(-42, "=8"))
### format_spec_floats
print(format(1.0, ""), format(1.5, ".0f"), format(2.5, ".0f"), format(1e20, "g"), format(1e-5, "g"), format(123.456, ".2e"), format(0.000123, ".3g"), format(3.0, ".3"), format(12345.678, ".3"), format(float("nan"), "f"), format(float("inf"), "E"), format(-0.0, ".1f"))
### format_spec_strings
print(format("ab", "<5") + "|", format("ab", ">5"), format("abcdef", ".3"), format("x", "^5") + "|", format(True, ""), format(True, "d"))
### format_method
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name} is {age}".format(name="Bo", age=3), "{:>8.3f}|".format(3.14159), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}), "{!r}".format("q"))
### percent_format
print("%d items" % 5, "%5.2f|" % 3.14159, "%s and %r" % ("a", "b"), "%-5d|" % 3, "%05d" % 42, "%x %X %o" % (255, 255, 8), "%e" % 12345.678, "%g" % 0.0001, "%.3s" % "abcdef", "%(a)s-%(b)d" % {"a": "x", "b": 2}, "100%%" % ())
### percent_error
"%d %d" % (1,)
### list_ops
a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.insert(0, 7)
print(a, len(a), a.count(1), a.index(4), a.pop(), a.pop(0), a)
a.remove(1)
a.sort()
print(a)
a.reverse()
print(a, a.copy(), sorted(a), sorted(a, reverse=True), min(a), max(a), sum(a))
### list_slicing
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-2], a[-3:], a[5:2], a[-100:100])
a[2:5] = ["x"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[0]
del a[1:3]
print(a)
### list_nested_refs
a = [[0] * 3] * 2
a[0][0] = 1
b = [[0] * 3 for _ in range(2)]
b[0][0] = 1
print(a, b)
c = a
c.append(5)
print(a is c, a == c, len(a))
### list_index_error
[1, 2, 3][3]
### list_pop_empty
[].pop()
### list_remove_missing
[1, 2].remove(3)
### list_index_missing
[1, 2].index(5)
### list_sort_key
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
words.sort(key=len, reverse=True)
print(words)
### list_sort_mixed_error
sorted([1, "a"])
### list_compare
print([1, 2] < [1, 3], [1, 2] == [1, 2], [1, 2, 3] > [1, 2], (1, 2) <= (1, 2), [] < [0])
### list_assign_ext_slice_error
a = [1, 2, 3, 4]
a[::2] = [1]
### tuple_ops
t = (1, 2, 3)
print(t, t[1], t[-1], t[1:], len(t), t + (4,), t * 2, t.count(2), t.index(3), (1,), (), tuple("ab"))
### tuple_unpacking
a, b = 1, 2
a, b = b, a
(c, d), e = (3, 4), 5
f, *g = [1, 2, 3, 4]
*h, i = "xyz"
j, *k, l = range(5)
print(a, b, c, d, e, f, g, h, i, j, k, l)
### unpack_too_many
a, b = 1, 2, 3
### unpack_too_few
a, b, c = [1, 2]
### tuple_item_assign
t = (1, 2)
t[0] = 5
### chained_assign
a = b = c = []
a.append(1)
x = y = 5
y += 1
print(a, b, c, x, y)
### dict_ops
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], d.get("z"), d.get("z", 0), "a" in d, 10 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
print(d, d.pop("c"), d.pop("q", None), d.setdefault("n", []), d)
d.update({"x": 1}, y=2)
print(d, d.copy() == d, dict(a=1, b=2), dict([("k", "v")]), dict(zip("ab", [1, 2])))
### dict_keyerror
d = {"a": 1}
d["b"]
### dict_keyerror_int
{}[3]
### dict_iteration
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print(sum(d.values()), max(d, key=d.get), sorted(d, key=lambda k: -d[k]))
### dict_views
d = {"a": 1, "b": 2}
k = d.keys()
print(k, d.values(), d.items(), len(k), "a" in k, list(d.items()))
d["c"] = 3
print(k, sorted(d.values(), reverse=True))
d.items()
### dict_unhashable
d = {}
d[[1]] = 2
### dict_numeric_keys
d = {1: "int", 2.0: "float"}
d[1.0] = "one"
d[True] = "true"
print(d, d[2])
### dict_comprehension
squares = {n: n * n for n in range(6) if n % 2 == 0}
inv = {v: k for k, v in squares.items()}
print(squares, inv)
### set_ops
s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
t = {2, 3, 5}
print(sorted(s), sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t), 3 in s, len(s))
print(sorted(s.union([9])), sorted(s.intersection(t)), sorted(s.difference(t)), {1, 2} <= {1, 2, 3}, {1}.isdisjoint({2}))
### set_remove_missing
s = {1}
s.remove(2)
### set_display
{3, 1, 2}
### set_empty_display
set()
### frozenset_display
frozenset([2, 1])
### if_elif_else
for x in [-5, 0, 5, 50]:
    if x < 0:
        print("neg")
    elif x == 0:
        print("zero")
    elif x < 10:
        print("small")
    else:
        print("big")
### while_else_break
n = 0
while n < 10:
    n += 1
    if n == 4:
        continue
    if n == 7:
        break
    print(n, end=" ")
else:
    print("no break")
print("done", n)
m = 0
while m < 3:
    m += 1
else:
    print("else ran", m)
### for_else
for i in range(3):
    pass
else:
    print("completed", i)
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print(i)
### nested_loops
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end="; ")
print()
### range_forms
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), range(5), range(1, 10, 2), len(range(0, 100, 7)), range(10)[3], range(10)[-1], list(range(10)[2:8:2]), 5 in range(10))
### range_zero_step
range(1, 5, 0)
### enumerate_zip
names = ["a", "b", "c"]
for i, n in enumerate(names, start=1):
    print(i, n)
print(list(zip(names, [1, 2, 3], "xyz")), list(zip([1, 2], [3])), list(enumerate("hi")))
### map_filter
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x % 2, range(7))))
### any_all
print(any([0, 0, 1]), any([]), all([1, 2]), all([]), all(x > 0 for x in [1, -1]), any(x > 5 for x in range(10)))
### min_max_forms
print(min(3, 1, 2), max([4, 9, 2]), min("bca"), max([], default=-1), min([(2, "b"), (1, "z")]), max(["aa", "b"], key=len), min({3: 1, 1: 2}))
### min_empty
min([])
### sum_forms
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([1.5, 2], 10))
### reversed_sorted
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), sorted("hello"), sorted({3: 1, 1: 2}))
### iter_next
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
### next_stopiteration
it = iter([])
next(it)
### isinstance_type
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, (int, float)), isinstance("a", str), isinstance([], (tuple, dict)), type(1), type("a") is str, type(3.0).__name__, type(None), type([]) == list)
### type_display
type(1.5)
### type_display_user
class Foo:
    pass
Foo
### chr_ord_hex
print(chr(65), ord("a"), chr(0x263A), ord("€"), hex(255) if False else format(255, "#x"), bin(5) if False else format(5, "#b"))
### callable_hasattr
class A:
    x = 1
a = A()
print(callable(len), callable(A), callable(a), hasattr(a, "x"), hasattr(a, "y"), getattr(a, "y", "default"))
setattr(a, "y", 5)
print(a.y)
### comparisons_chained
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 <= 1 < 2 <= 2, 3 > 2 > 1 > 0, "a" < "b" < "c")
### comparison_type_error
1 < "a"
### boolean_operands
print(0 or "default", "" or [] or None, 1 and 2, 0 and 1, None or 0, "x" and "y" or "z", not 0, not [1])
### is_operator
a = [1]
b = [1]
print(a is b, a == b, a is not b, None is None, a is a)
### short_circuit
def noisy(v):
    print("called", v)
    return v
print(noisy(0) and noisy(1))
print(noisy(1) or noisy(2))
### ternary
for v in [0, 3]:
    print("pos" if v > 0 else "zero")
### walrus
data = [1, 5, 12, 3]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
### bitwise
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -8 >> 1, True & False)
### augmented_ops
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
y = 2.0
y /= 4
s = "a"
s += "b"
s *= 3
l = [1]
l += [2]
l *= 2
print(x, y, s, l)
### def_defaults
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
### def_varargs_kwargs
def f(a, *args, b=2, **kwargs):
    return a, args, b, kwargs
print(f(1), f(1, 2, 3), f(1, b=5, c=6), f(*[1, 2], **{"b": 3, "z": 4}))
### def_keyword_only
def g(x, *, scale=1.0, shift):
    return x * scale + shift
print(g(2, shift=1), g(2, scale=3, shift=0))
### def_missing_arg
def f(a, b):
    return a + b
f(1)
### def_missing_two
def f(a, b, c):
    return a
f()
### def_too_many
def f(a):
    return a
f(1, 2)
### def_unexpected_kw
def f(a):
    return a
f(a=1, b=2)
### def_multiple_values
def f(a, b=1):
    return a
f(1, a=2)
### def_kwonly_missing
def f(*, k):
    return k
f()
### mutable_default
def add(x, acc=[]):
    acc.append(x)
    return acc
print(add(1), add(2), add(3, []))
### recursion_fib
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
### recursion_factorial
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
### recursion_limit
def down(n):
    return down(n + 1)
down(0)
### closures
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
### closure_late_binding
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
### global_stmt
total = 0
def bump(n):
    global total
    total += n
bump(3)
bump(4)
print(total)
### unbound_local
x = 1
def f():
    print(x)
    x = 2
f()
### name_error
print(undefined_name)
### lambda_sorting
pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[1])
print(pairs, (lambda x, y=2: x ** y)(5), (lambda *a: len(a))(1, 2, 3))
### higher_order
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), list(map(compose(str, inc), [1, 2])))
### decorator
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def hello(name):
    return "hello " + name
print(hello("you"))
### list_comprehensions
print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0], [(i, j) for i in range(3) for j in range(i)], [[r * c for c in range(3)] for r in range(3)], [c.upper() for c in "abc"])
### comprehension_scope
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
### set_comprehension
{w[0] for w in ["apple", "avocado", "banana", "cherry"]}
### generator_expressions
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), list(x for x in "ab"), tuple(i for i in range(3)), sorted((v for v in [3, 1, 2]), reverse=True))
### generators_eager
def squares(n):
    for i in range(n):
        if i % 2:
            continue
        yield i * i
def chain(a, b):
    yield from a
    yield from b
    yield
print(list(squares(7)), sum(squares(5)), list(chain([1], "ab")))
for v in squares(4):
    print(v)
g = squares(3)
print(next(g), next(g), next(g, "end"))
### try_except_basic
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught:", e, type(e).__name__, e.args)
print("after")
### try_hierarchy
for exc in [ZeroDivisionError, IndexError, KeyError, ValueError]:
    try:
        raise exc("boom")
    except ArithmeticError:
        print("arith")
    except LookupError as e:
        print("lookup", repr(e))
    except Exception as e:
        print("other", e)
### try_tuple_types
try:
    [][1]
except (KeyError, IndexError) as e:
    print("got", e)
### try_else_finally
def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("zero")
        return None
    else:
        print("ok", r)
        return r
    finally:
        print("finally", x)
print(f(2), f(0))
### finally_return_override
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
### finally_with_break
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("fin", i)
### raise_reraise
def g():
    try:
        int("x")
    except ValueError:
        print("logging")
        raise
g()
### raise_from_cause
try:
    raise ValueError("inner")
except ValueError as e:
    raise RuntimeError("outer") from e
### raise_class
raise KeyError
### raise_instance_msg
raise ValueError("bad value: %d" % 3)
### raise_keyerror_str
try:
    {}["missing"]
except KeyError as e:
    print(str(e), repr(e), e.args)
### raise_non_exception
raise 5
### custom_exception
class MyError(Exception):
    pass
class Sub(MyError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise Sub(7)
except MyError as e:
    print("caught", e, e.code, isinstance(e, Exception))
### custom_exception_uncaught
class ValidationError(ValueError):
    pass
raise ValidationError("negative input")
### exception_attr_args
try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e, e.args, len(e.args))
### exception_base_init
class E(Exception):
    def __init__(self, msg, extra):
        Exception.__init__(self, msg)
        self.extra = extra
try:
    raise E("m", 2)
except E as e:
    print(e, e.extra, e.args)
### super_method
class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f"Base({self.x})"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Child+" + super().describe()
c = Child(1, 2)
print(c.x, c.y, c.describe())
### exception_display
ValueError("bad")
### assert_ok_fail
assert 1 + 1 == 2
assert len([]) == 0, "empty"
x = 5
assert x < 3, f"x too big: {x}"
### assert_no_message
assert False
### with_statement
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        return True
with Ctx() as c:
    print("inside", type(c).__name__)
    raise ValueError("swallowed")
print("after")
### class_basic
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims, p + Point(1, 1), p == Point(3, 4), str(p))
[p, Point(0, 0)]
### class_descriptors
class Circle:
    count = 0
    def __init__(self, r):
        self.r = r
        Circle.count += 1
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 3)
    @staticmethod
    def unit():
        return Circle(1)
    @classmethod
    def make(cls, r):
        return cls(r)
c = Circle.make(2)
u = Circle.unit()
print(c.area, u.area, Circle.count, type(c).__name__)
### class_inheritance
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes {self.sound()}"
    def sound(self):
        return "..."
class Dog(Animal):
    def sound(self):
        return "woof"
d = Dog("rex")
print(d.speak(), isinstance(d, Animal), isinstance(d, Dog), type(d).__name__)
### class_str_len
class Bag:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
    def __len__(self):
        return len(self.items)
    def __str__(self):
        return "Bag(" + ", ".join(map(str, self.items)) + ")"
    def __getitem__(self, i):
        return self.items[i]
b = Bag().add(1).add(2)
print(b, len(b), b[1], bool(Bag()), list(b))
### class_attribute_error
class A:
    pass
A().missing
### attribute_error_builtin
[].push(1)
### module_attribute_error
import math
math.tau2
### not_callable
x = 5
x()
### not_subscriptable
x = 5
x[0]
### not_iterable
for a in 5:
    pass
### unsupported_operand
[1] - [2]
### unary_bad_operand
-"a"
### len_error
len(5)
### math_module
import math
print(math.sqrt(16), math.pi, math.e, math.floor(-2.5), math.ceil(2.1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(8), math.exp(0), math.fabs(-3))
print(math.sin(0), math.cos(0), math.isclose(0.1 + 0.2, 0.3), math.factorial(10), math.gcd(12, 18), math.comb(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.hypot(3, 4), math.isnan(math.nan), math.isinf(math.inf))
### math_domain
import math
math.sqrt(-1)
### math_log_zero
import math
math.log(0)
### from_import
from math import sqrt, pi as PI
print(sqrt(2), PI)
### import_missing
import nosuchmodule
### from_import_missing
from time import nothing
### random_module
import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice("abcdef"), random.uniform(1, 2), random.randrange(0, 100, 5))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.sample(range(100), 5), random.sample("abcdefgh", 3), random.gauss(0, 1), random.gauss(0, 1))
random.seed(2 ** 40 + 7)
[random.random() for _ in range(3)]
### random_sample_large
import random
random.seed(1)
random.sample(range(1000), 30)
### time_module
import time
t0 = time.perf_counter()
t1 = time.perf_counter()
print(t1 >= t0, type(time.time()).__name__)
### display_function
def f(x, y=1, *rest, k="a", **kw):
    return x
f
### display_lambda
lambda x, y=2.5: x
### display_list_short
[1, 2.5, "three", None, True]
### display_list_long
list(range(40))
### display_nested
[[i * j for j in range(12)] for i in range(4)]
### display_dict_long
{f"key_{i}": i * 1.5 for i in range(12)}
### display_tuple_single
(1,)
### display_none
None
### display_semicolon
1 + 1;
### display_str
"hello\nworld"
### display_float
0.1 + 0.2
### display_nested_dict
{"a": [1, 2, {"b": (3, 4)}], "c": {"d": list(range(30))}}
### display_long_strings
["a" * 30, "b" * 30, "c" * 30]
### display_tuple_of_lists
(list(range(25)), list(range(25, 50)))
### display_after_print
print("printed")
42
### display_bool_int
True
### display_range
range(3)
### display_recursive_list
a = [1]
a.append(a)
a
### print_sep_end
print(1, 2, 3, sep="-", end="!\n")
print("a", "b", sep="")
print()
print("no newline", end="")
### print_containers
print([1, "a", 2.0], (1,), {"k": [None]}, {1}, [], {}, ())
### print_none_bool
print(None, True, False, [None])
### str_repr_builtin
print(str(1.0), repr(1.0), str("x"), repr("x"), str([1, "x"]), repr(3), str(None))
### syntax_invalid
x = = 1
### syntax_missing_colon
if True
    pass
### syntax_unexpected_indent
x = 1
    y = 2
### syntax_unindent
if True:
        x = 1
    y = 2
### syntax_never_closed
foo(1, 2
### syntax_unmatched
x = 1)
### syntax_mismatch
x = (1, 2]
### syntax_expected_block
if True:
pass
### syntax_def_block
def f():
return 1
### syntax_assign_literal
1 = x
### syntax_assign_call
f() = 1
### syntax_print_py2
print "hello"
### syntax_unterminated
s = "abc
### syntax_unterminated_triple
s = """abc
def
### syntax_return_outside
return 5
### syntax_break_outside
break
### syntax_forgot_comma
x = [1 2]
### syntax_if_assign
if x = 1:
    pass
### syntax_keyword_arg_order
f(a=1, 2)
### syntax_leading_zero
x = 012
### syntax_invalid_decimal
x = 1abc
### syntax_augassign_bad
f() += 1
### syntax_else_without_if
else:
    pass
### syntax_bad_char
x = 5 $ 3
### syntax_nondefault_after_default
def f(a=1, b):
    pass
### syntax_fstring_single_brace
f"abc}"
### line_continuation
total = 1 + \
    2 + \
    3
items = [
    1,
    2,  # comment
]
print(total, items)
### semicolons
a = 1; b = 2; print(a + b)
### pass_and_empty
def f():
    pass
class C:
    pass
print(f(), C.__name__)
### del_name
x = 5
del x
print(x)
### del_items
d = {"a": 1, "b": 2}
l = [1, 2, 3]
del d["a"], l[0]
print(d, l)
### nested_functions_scope
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
### number_methods
print((2.5).is_integer(), (3.0).is_integer(), (10).bit_length(), (0.5).as_integer_ratio())
### string_iteration
for ch in "héllo":
    print(ch, end="|")
print()
print(list("abc"), len("héllo"), "héllo"[1])
### multiline_call
result = max(
    [3, 8, 1],
    key=lambda v: -v,
)
print(result)
### empty_containers_repr
print([], (), {}, set(), "", [[]], [()], ((),))
### list_of_floats_print
print([0.1, 0.25, 1/3, 1e-8, 1e20, float("inf"), float("nan")])
### accumulate_loop
total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
### while_true_break
n = 27
steps = 0
while True:
    if n == 1:
        break
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
### primes_sieve
N = 50
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
for i in range(2, int(N ** 0.5) + 1):
    if sieve[i]:
        for j in range(i * i, N + 1, i):
            sieve[j] = False
print([i for i, p in enumerate(sieve) if p])
### bubble_sort
def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
bubble([5, 2, 9, 1, 5, 6])
### matrix_lists
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
C = [[sum(A[i][k] * B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
print(C)
T = [list(row) for row in zip(*A)]
T
### word_count
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
top
### newton_sqrt
def newton(x, tol=1e-12):
    g = x / 2
    while abs(g * g - x) > tol:
        g = (g + x / g) / 2
    return g
print(newton(2), newton(10), newton(144))
### mean_std_pure
xs = [2, 4, 4, 4, 5, 5, 7, 9]
mean = sum(xs) / len(xs)
var = sum((x - mean) ** 2 for x in xs) / len(xs)
print(mean, var, var ** 0.5)
### string_building
rows = []
for i in range(1, 4):
    rows.append(" | ".join(f"{i * j:3d}" for j in range(1, 4)))
print("\n".join(rows))
### nested_data
people = [{"name": "A", "age": 30}, {"name": "B", "age": 25}]
people.sort(key=lambda p: p["age"])
print([p["name"] for p in people])
people
### global_across_functions
counter = {"n": 0}
def tick():
    counter["n"] += 1
for _ in range(5):
    tick()
counter
### default_arg_expression
base = 10
def f(x, y=base * 2):
    return x + y
base = 0
f(1)
### recursion_depth_ok
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
depth(500)
### str_format_align_table
for name, val in [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]:
    print(f"{name:<8}|{val:>10.2f}|{val:^10.1f}|")
### int_str_big
print(str(10 ** 18), int("9" * 18), -2 ** 63 if False else -(2 ** 62))
### float_special
inf = float("inf")
nan = float("nan")
print(inf > 1e308, -inf < 0, nan == nan, nan != nan, inf - inf, inf * 0, 1 / inf, max(1, inf))
### type_errors_call_builtin
len()
### abs_type_error
abs("x")
### enumerate_dict_items_loop
scores = {"x": 3, "y": 1}
for rank, (name, score) in enumerate(sorted(scores.items(), key=lambda kv: kv[1]), 1):
    print(rank, name, score)
### lambda_in_dict
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print({k: f(3, 4) for k, f in ops.items()})
### star_in_calls_and_displays
def f(*a):
    return a
xs = [1, 2]
print(f(*xs, 3), [*xs, *"ab"], (*xs,), {**{"a": 1}, "b": 2})
### index_negative_steps
s = "abcdefgh"
print(s[-1:-4:-1], s[5:1:-2], s[::-3], s[-2:])
### conditional_import_usage
import math as m
print(m.floor(m.pi * 100) / 100)
### isinstance_user_classes
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, (B, object)))
### str_numbers_mixed_format
value = 1234.5
print(f"${value:,.2f}", f"{value:e}", f"{value:g}", f"{int(value):08d}", f"{-value:+.1f}", f"{value:_.0f}")
### print_float_containers_nested
print({"pi": 3.14159, "vals": [1.0, 2.5e-5, 1e100]})
### bool_arithmetic
print(True + 1, sum([True, True, False]), True * 3.5, -True)
### comparison_none
print(None == None, None == 0, None is not None, [] == [], "1" == 1)
### sorted_stability
data = [("b", 2), ("a", 2), ("c", 1), ("d", 1)]
print(sorted(data, key=lambda t: t[1]))
### list_methods_clear_copy
a = [1, 2, 3]
b = a.copy()
a.clear()
print(a, b)
### dict_fromkeys_popitem
d = dict.fromkeys(["a", "b"], 0)
print(d, d.popitem(), d)
### timeout_not_hit
s = 0
for i in range(100000):
    s += i
s
### deep_expression_nesting
x = ((((((((((((((((((((1))))))))))))))))))))
x
### keyerror_in_function
def lookup(d, k):
    return d[k]
def outer():
    return lookup({"a": 1}, "zz")
outer()
'''


def _parse(text):
    cases = []
    name = None
    lines = []
    for line in text.split("\n"):
        if line.startswith("### "):
            if name:
                cases.append((name, "\n".join(lines).rstrip("\n") + "\n"))
            name = line[4:].strip()
            lines = []
        elif name:
            lines.append(line)
    if name:
        cases.append((name, "\n".join(lines).rstrip("\n") + "\n"))
    return cases


CASES = _parse(_TEXT)

_NUMPY = r'''
### np_array_basic
import numpy as np
a = np.array([1, 2, 3])
print(a, a.dtype, a.shape, a.ndim, a.size)
a
### np_array_float_2d
import numpy as np
np.array([[1.5, 2.0], [3.25, -4.0]])
### np_array_bool_and_mixed
import numpy as np
print(np.array([True, False]), np.array([1, 2.5]), np.array([[1], [2]]).shape)
np.array([1, True, 2.0])
### np_zeros_ones_eye
import numpy as np
print(np.zeros(3), np.ones((2, 2)), np.eye(3), np.zeros((2, 3), dtype=int), np.ones(2, dtype=bool))
np.full((2, 2), 7)
### np_arange_linspace
import numpy as np
print(np.arange(5), np.arange(1, 10, 3), np.arange(0.0, 1.0, 0.25), np.linspace(0, 1, 5), np.linspace(0, 10, 4, endpoint=False))
np.arange(12).reshape(3, 4)
### np_arith_broadcast
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.array([10, 20, 30])
print(a + b)
print(a * 2, a / 2, a // 4, a % 4, a ** 2, -a, 2 - a)
a + 0.5
### np_matmul
import numpy as np
A = np.array([[1.0, 2.0], [3.0, 4.0]])
x = np.array([1.0, -1.0])
print(A @ A)
print(A @ x, A.dot(x), np.dot(x, x), A.T)
A @ A.T
### np_reductions
import numpy as np
a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]])
print(a.sum(), a.sum(axis=0), a.sum(axis=1), a.mean(), a.mean(axis=0), a.min(), a.max(axis=1), a.argmax(), a.argmin(axis=0), a.std(), a.prod())
a.sum()
### np_scalar_repr
import numpy as np
x = np.float64(0.5)
y = np.array([1, 2, 3]).sum()
print(x, y, type(x).__name__, float(x) + 1, int(y) * 2)
[x, y, np.array([1.5]).mean(), np.int64(7)]
### np_scalar_display
import numpy as np
np.array([0.1, 0.2, 0.3]).sum()
### np_bool_scalar
import numpy as np
a = np.array([1.0, 5.0])
s = a.max() > 3
print(s, bool(s))
s
### np_comparisons_masks
import numpy as np
a = np.array([3, -1, 4, -1, 5])
m = a < 0
print(m, a[m], a[a > 2], (a == 4).any(), (a > -5).all())
a[m] = 0
a
### np_indexing_basic
import numpy as np
a = np.arange(20).reshape(4, 5)
print(a[0], a[-1, -1], a[1:3], a[:, 1], a[::2, ::2], a[1, 2:4], a[..., 0], a[None, 0].shape)
a[2]
### np_fancy_indexing
import numpy as np
a = np.arange(10) * 10
print(a[[1, 3, 5]], a[np.array([0, 9])])
b = np.arange(12).reshape(3, 4)
b[[0, 2]]
### np_setitem
import numpy as np
a = np.zeros((3, 3))
a[0] = 1
a[1, :] = [1, 2, 3]
a[:, 2] = 9
a[2, 0] = -1.5
a
### np_inplace_writes_through
import numpy as np
a = np.ones(4)
b = a[1:3]
b += 5
a *= 2
a
### np_views_share
import numpy as np
a = np.arange(6)
v = a.reshape(2, 3)
v[0, 0] = 100
print(a)
c = a.copy()
c[1] = -1
print(a, c)
### np_shape_errors
import numpy as np
np.ones(3) + np.ones(4)
### np_index_error
import numpy as np
np.arange(3)[5]
### np_truth_ambiguous
import numpy as np
if np.array([1, 2]):
    pass
### np_matmul_mismatch
import numpy as np
np.ones((2, 3)) @ np.ones((2, 3))
### np_ufuncs
import numpy as np
x = np.array([1.0, 4.0, 9.0])
print(np.sqrt(x), np.exp(np.array([0.0, 1.0])), np.log(x), np.abs(np.array([-1, 2])), np.sin(np.array([0.0])), np.maximum(x, 5), np.minimum(x, 2.0))
np.sqrt(2.0)
### np_round_clip
import numpy as np
a = np.array([0.125, 2.5, -1.55, 3.14159])
print(np.round(a, 2), a.round(), np.clip(a, 0, 3), a.clip(-1, 1))
np.around(a, 1)
### np_astype_tolist
import numpy as np
a = np.array([1.7, -2.3, 3.5])
print(a.astype(int), a.astype(np.int64), a.tolist(), np.arange(3).tolist(), a.astype('float32'))
a.astype(int).tolist()
### np_transpose_reshape
import numpy as np
a = np.arange(6).reshape(2, 3)
print(a.T, a.T.shape, a.reshape(-1), a.ravel(), a.flatten(), a.reshape((3, 2)))
a.transpose()
### np_concat_stack
import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(np.concatenate([a, b]), np.vstack([a, b]), np.hstack([a, a]), np.stack([a, a]).shape)
np.concatenate([a, a], axis=1)
### np_linalg_basic
import numpy as np
A = np.array([[3.0, 1.0], [1.0, 2.0]])
b = np.array([9.0, 8.0])
print(np.linalg.solve(A, b), np.linalg.inv(A), np.linalg.det(A), np.linalg.norm(b), np.linalg.norm(A, 'fro'))
np.linalg.solve(A, b)
### np_linalg_lstsq
import numpy as np
A = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
y = np.array([1.0, 2.0, 2.9])
x, res, rank, sv = np.linalg.lstsq(A, y, rcond=None)
print(x, res, rank, sv)
np.linalg.lstsq(A, y, rcond=None)[0]
### np_linalg_singular
import numpy as np
np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
### np_norm_import
from numpy.linalg import norm
import numpy as np
print(norm(np.array([3.0, 4.0])), norm(np.array([[1.0, 2.0], [3.0, 4.0]]), 'fro'), norm(np.array([1.0, -2.0]), 1), norm(np.array([1.0, -5.0]), np.inf))
### np_random_seed_rand
import numpy as np
np.random.seed(0)
print(np.random.rand(3))
print(np.random.rand(2, 2))
np.random.randn(3)
### np_random_misc
import numpy as np
np.random.seed(42)
print(np.random.randint(0, 10, size=5), np.random.normal(0, 1, size=3), np.random.uniform(1, 2, 2))
print(np.random.choice(5, 3), np.random.permutation(5))
np.random.random((2, 2))
### np_default_rng
import numpy as np
rng = np.random.default_rng(42)
print(rng.random(3), rng.integers(0, 10, size=4), rng.normal(size=2))
rng.standard_normal((2, 2))
### np_printoptions
import numpy as np
a = np.array([1.123456789, 2.5, 1000.0])
np.set_printoptions(precision=3)
print(a)
np.set_printoptions(suppress=True)
print(np.array([1e-10, 1.0]))
np.set_printoptions()
with np.printoptions(precision=2):
    print(a)
a
### np_print_large
import numpy as np
np.arange(2000)
### np_print_wide
import numpy as np
np.linspace(0, 1, 12)
### np_fstring_scalar
import numpy as np
e = np.float64(0.123456)
print(f"{e:.3f} {e} {np.int64(5):03d} {e!r}")
### np_where_nonzero
import numpy as np
a = np.array([1, -2, 3, -4])
print(np.where(a > 0, a, 0), np.nonzero(a > 0), np.where(a < 0))
np.where(a > 0, 1.0, -1.0)
### np_iterate_len
import numpy as np
m = np.arange(6).reshape(3, 2)
for row in m:
    print(row, row.sum())
print(len(m), list(np.arange(3)), [float(v) for v in np.array([0.5, 1.5])])
### np_isinstance
import numpy as np
a = np.zeros(2)
print(isinstance(a, np.ndarray), isinstance(a.sum(), float), type(a), a.dtype, np.float64)
a.dtype
### np_tuple_display
import numpy as np
(np.zeros((2, 2)), np.ones(3))
### np_list_of_arrays_display
import numpy as np
[np.arange(3), np.arange(3) * 0.5]
### np_dict_of_arrays
import numpy as np
{"w": np.array([0.25, 0.5]), "b": np.float64(1.0)}
### np_mean_std_axis
import numpy as np
X = np.array([[1.0, 2.0], [3.0, 5.0], [4.0, 9.0]])
mu = X.mean(axis=0)
sigma = X.std(axis=0)
(X - mu) / sigma
### np_gradient_descent
import numpy as np
np.random.seed(0)
X = np.random.rand(20, 2)
y = X @ np.array([2.0, -1.0]) + 0.5
w = np.zeros(2)
b = 0.0
for _ in range(200):
    pred = X @ w + b
    err = pred - y
    w -= 0.5 * (X.T @ err) / len(y)
    b -= 0.5 * err.mean()
print(np.round(w, 3), round(b, 3))
### np_cumsum_sort
import numpy as np
a = np.array([3, 1, 2])
print(np.cumsum(a), a.cumprod(), np.sort(a), np.argsort(a), np.unique(np.array([3, 1, 3, 2, 1])))
### np_dtype_arg_errors
import numpy as np
np.zeros(3, dtype="nonsense")
### np_int_overflow_python_int
import numpy as np
np.array([1, 2], dtype=np.uint8) + 300
### np_division_warning
import numpy as np
a = np.array([1.0, 0.0])
r = 1.0 / a
print(r)
### np_errstate
import numpy as np
a = np.array([1.0, 0.0, -1.0])
with np.errstate(divide="ignore", invalid="ignore"):
    r = a / 0
print(r)
print(np.log(np.array([0.0])))
### np_empty_mean
import numpy as np
np.array([]).sum()
### np_bool_ops
import numpy as np
a = np.array([True, False, True])
b = np.array([True, True, False])
print(a & b, a | b, ~a, a ^ b, np.logical_and(a, b))
### np_scalar_arith
import numpy as np
x = np.float64(2.0)
print(x * 3, x / 4, x ** 2, 1 - x, -x, x > 1, abs(np.float64(-2.5)), round(np.float64(2.567), 2))
x + 1
### np_trace_diag
import numpy as np
M = np.arange(9).reshape(3, 3)
print(np.trace(M), np.diag(M), np.diag(np.array([1, 2])), M.diagonal(1), np.tril(M), np.triu(M, 1))
### np_allclose_isclose
import numpy as np
a = np.array([1.0, 2.0])
print(np.allclose(a, a + 1e-9), np.isclose(a, np.array([1.0, 2.1])), np.array_equal(a, a.copy()))
### np_outer_identity
import numpy as np
print(np.outer(np.array([1, 2]), np.array([3, 4, 5])), np.identity(2))
### np_item_fill
import numpy as np
a = np.arange(4.0)
a.fill(2.5)
print(a, a.item(0), np.array([[7]]).item(), np.arange(6).reshape(2, 3).item(1, 2))
### np_linalg_svd_eigh
import numpy as np
A = np.array([[2.0, 0.0], [0.0, 1.0]])
u, s, vh = np.linalg.svd(A)
w, v = np.linalg.eigh(A)
print(s, w)
### np_axis_error
import numpy as np
np.arange(3).sum(axis=2)
### np_reshape_error
import numpy as np
np.arange(6).reshape(4, 2)
### np_median_percentile
import numpy as np
a = np.array([7.0, 1.0, 3.5, 2.0, 10.0, 4.25])
print(np.median(a), np.median(np.arange(5)), np.percentile(a, 25), np.percentile(a, [10, 50, 90]), np.quantile(a, 0.75))
np.percentile(np.arange(10), 33)
### np_scalars_as_keys_and_percent
import numpy as np
d = {1: "one", 2.5: "x"}
k = np.arange(3)[1]
print(d[k], d[np.float64(2.5)], k in d, "%d|%.2f|%s" % (np.int64(7), np.float64(1.234), np.float64(0.5)))
### np_2000_sum_loop
import numpy as np
total = 0.0
a = np.arange(100.0)
for v in a:
    total += v
total
'''

CASES += _parse(_NUMPY)

_FIDELITY = r'''
### set_print_order_ints
s = {3, 1, 2, 100, 33}
print(s, str({5, 9, 13, 21}), repr({64, 0, 8, 16, 1024, 7}))
### set_order_negative_and_big
print({-1, -2, 10**18, 2**62, -5, 7, 8, 1 << 40})
### set_order_floats_bools
print({0.5, 1.5, -2.25, True, 3.0, 1e300, float('inf'), 7})
### set_order_tuples
print({(1, 2), (3, 4), (0, 0), (2, 1), (5,)})
### set_order_growth
s = set()
for i in range(0, 400, 7):
    s.add(i * 37 % 101)
print(s)
### set_order_from_list
print(set([40, 8, 3, 77, 1000, 12, 5, 64, 31]), set(range(20, 0, -3)))
### set_order_comprehension
print({x * x % 50 for x in range(30)})
### set_order_literal_nonconstant
a, b, c = 99, 7, 64
print({a, b, c, 1, 2})
### set_order_literal_then_add
s = {10, 20, 30, 40, 50, 60}
s.add(7)
s.add(1000)
print(s, s.pop())
### set_order_big_literal
print({17, 3, 88, 41, 5, 96, 12, 70, 33, 64, 2, 150, 9, 27, 300, 45})
### set_strings_pretty_sorted
{'pear', 'apple', 'fig'}
### set_ints_pretty_sorted
{3, 1, 2, 100, 33}
### set_repr_in_fstring
s = {9, 1, 17}
print(f"{s} {s!r}", [s], (s,))
### genexpr_next_stops_early
seen = []
def f(x):
    seen.append(x)
    return x
v = next(f(x) for x in range(10) if x > 2)
print(v, seen)
### genexpr_any_all_short_circuit
seen = []
def big(x):
    seen.append(x)
    return x > 3
print(any(big(x) for x in range(100)), seen)
seen.clear()
print(all(big(x) for x in range(4, 100) if x != 6), seen[-3:])
### genexpr_lazy_state
g = (x * 2 for x in range(5))
print(next(g), next(g), list(g), list(g))
### genexpr_nested_clauses
g = ((i, j) for i in range(3) for j in range(i) if (i + j) % 2 == 1)
print(list(g))
### genexpr_sum_large
print(sum(x * x for x in range(200000)))
### genexpr_error_inside
def inv(x):
    return 1 / x
total = sum(inv(x) for x in [4, 2, 0, 1])
### genexpr_not_iterable
g = (x for x in 5)
### genexpr_late_binding
items = [1, 2]
g = (x + y for x in items for y in items)
items.append(3)
print(list(g))
### genexpr_in_builtins
print(max(len(w) for w in ['a', 'abc', 'de']), sorted(x % 3 for x in range(7)), tuple(c.upper() for c in 'ab'), dict((k, k * k) for k in range(3)))
### genexpr_zip_map_consume
g = (x for x in range(6))
pairs = list(zip(g, g))
print(pairs)
### np_shape_set
import numpy as np
a = np.arange(6)
a.shape = (2, 3)
print(a, a.shape)
a.shape = (3, -1)
print(a)
a.shape = 6
print(a)
### np_shape_set_error_size
import numpy as np
a = np.arange(6)
a.shape = (4, 2)
### np_shape_set_noncontiguous
import numpy as np
b = np.arange(6).reshape(2, 3).T
b.shape = (6,)
### np_shape_set_two_unknown
import numpy as np
a = np.arange(6)
a.shape = (-1, -1)
### np_shape_set_bad_type
import numpy as np
a = np.arange(6)
a.shape = 'x'
### warn_divide_in_print_line
import numpy as np
a = np.array([1.0, 0.0])
print(1.0 / a)
print(a / 0)
### warn_log_invalid_and_divide
import numpy as np
x = np.array([-1.0, 0.0, 1.0])
y = np.log(x)
print(y)
### warn_overflow_exp_and_scalar
import numpy as np
print(np.exp(np.array([1000.0])))
big = np.float64(1e308)
print(big * 10)
### warn_once_per_line_in_loop
import numpy as np
for i in range(3):
    r = np.array([1.0]) / 0
print(r)
### warn_in_function_and_caller
import numpy as np
def g(v):
    return np.sqrt(v)
print(g(np.array([-4.0])))
print(g(np.array([4.0])) / 0)
### warn_leading_blank_lines


import numpy as np
z = np.array([0.0]) / np.array([0.0])
print(z)
### warn_augmented_assign
import numpy as np
a = np.array([1.0, 2.0])
a /= 0
print(a)
### warn_indented_line
import numpy as np
if True:
        q = np.array([-1.0]) ** 0.5
print(q)
'''

CASES += _parse(_FIDELITY)

_FIDELITY_MORE = r'''
### set_ops_order
a = {1, 2, 3, 40, 50}
b = {3, 40, 60, 7}
print(a | b, a & b, a - b, a ^ b)
### set_copy_and_frozenset
a = {33, 1, 2, 100, 3}
print(set(a), a.copy(), frozenset([9, 1, 17, 3]))
### set_equal_int_float
print({1.0, 1, 2}, {1, 1.0, True}, {0, False, 0.0})
### set_update_order
s = {5}
s.update([40, 12, 3], (77, 2))
print(s)
s.discard(12)
print(s, len(s), sorted(s))
### set_of_none_and_ints
print(len({None, 1, 2}), None in {None, 3})
### set_iteration_order
s = {3, 1, 2, 100, 33}
for x in s:
    print(x, end=' ')
print(list(s), tuple(s), [x * 2 for x in s], min(s), sum(s))
t = set()
for v in [64, 8, 1, 700, 5]:
    t.add(v)
print(list(t), list(enumerate(t))[:2], next(iter(t)))
### set_iteration_tuples_floats
print(list({(2, 1), (0, 5), 1.25, -3.5, 8}), [k for k in {0.1, 0.2, 0.3}])
### set_numpy_scalars
import numpy as np
a = np.array([3, 1, 7])
s = {a[0], 1, np.float64(2.5), 100, 33, a[2]}
print(s, len({np.int64(1), 1, 1.0}))
### np_shape_set_transpose_view
import numpy as np
b = np.arange(6)
b.T.shape = (2, 3)
print(b.shape)
c = np.arange(6).reshape(2, 3)
c.T.shape = (6,)
### genexpr_huge_range_lazy
print(next(x for x in range(10**15) if x > 5), any(x > 10 for x in range(10**15)))
g = (i * i for i in range(10**15))
print(next(g), next(g), next(g))
### genexpr_stopiteration
g = (x for x in [])
next(g)
### genexpr_next_default
g = (x for x in [1])
print(next(g), next(g, 'done'), next(g, None))
### genexpr_join_minmax
words = ['pear', 'fig', 'apple']
print('-'.join(w.upper() for w in words), min((len(w) for w in words), default=0), max((w for w in []), default='none'))
### genexpr_enumerate_zip
g = (c * 2 for c in 'abc')
print(list(enumerate(g)), list(zip((i for i in range(3)), 'xy')))
### genexpr_iter_is_self
g = (x for x in range(3))
print(iter(g) is g, sum(g, 10))
### genexpr_in_condition_loop
data = [3, 8, 1, 9]
for limit in range(0, 10, 4):
    if any(d > limit for d in data if d % 2):
        print(limit, 'odd above')
### genexpr_error_in_condition
vals = [1, 2, 'x']
total = sum(v for v in vals if v > 1)
### genexpr_inner_error_traceback
def f(x):
    return {}[x]
list(f(x) for x in [1])
### np_shape_set_attribute_target
import numpy as np
class Box:
    pass
b = Box()
b.m = np.arange(4.0)
b.m.shape = (2, 2)
print(b.m)
### np_shape_set_list_and_tuple1
import numpy as np
a = np.zeros(4)
a.shape = [2, 2]
print(a.shape)
a.shape = (4,)
print(a.shape, a.ndim)
### warn_power_fast_paths
import numpy as np
z = np.array([0.0, 1e200])
print(z ** -1, z ** 2, z ** 2.0, np.array([-1.0]) ** 0.5)
### warn_scalar_ops
import numpy as np
a = np.float64(0.0)
print(a / 0, np.float64(-1.0) ** 0.5, np.int64(5) / 0, np.float32(1e38) * np.float32(10))
### warn_in_list_comprehension
import numpy as np
r = [np.log(np.array([float(v)])) for v in range(-1, 2)]
print(r)
### warn_in_lambda_map
import numpy as np
f = lambda v: v / 0
print(list(map(f, [np.float64(1.0), np.float64(2.0)])))
'''

CASES += _parse(_FIDELITY_MORE)

_FIDELITY_EDGES = r'''
### edge_dict_of_sets_display
{'a': {3, 1, 2}, 'b': set(), 'c': frozenset({5, 4})}
### edge_nested_set_print
print([{3, 1, 2}, ({10, 2},)], {(1, 2): {9, 8}})
### edge_set_large_pretty
set(range(0, 3000, 3))
### edge_del_shape
import numpy as np
a = np.arange(4)
del a.shape
### edge_genexpr_repr_type
g = (x for x in range(3))
print(type(g).__name__, type(g))
### edge_list_of_genexpr_consumed_twice
g = (x * x for x in range(4))
print(3 in g, list(g))
### edge_sorted_set_of_floats
print(sorted({2.5, -1.0, 3.0}), max({1, 5, 3}), list(reversed(sorted({4, 2, 9}))))
### edge_set_comprehension_pretty
{x % 7 for x in range(20)}
### edge_frozenset_print
print(frozenset({3, 1, 2, 100, 33}), frozenset())
### edge_set_difference_update
s = {1, 2, 3, 4, 5, 6, 7, 8, 9}
s -= {2, 4}
s |= {100, 33}
s &= {1, 3, 5, 100, 33, 9}
print(s)
### edge_warn_in_class_method
import numpy as np
class M:
    def run(self, x):
        return np.log(x)
print(M().run(np.array([0.0])))
### edge_warn_sum_overflow
import numpy as np
print(np.array([1e308, 1e308]).sum())
### edge_warn_divide_int_arrays
import numpy as np
print(np.array([1, 0]) / np.array([0, 0]), np.array([1, 2]) // np.array([0, 1]))
### edge_warn_nan_compare
import numpy as np
print(np.array([np.nan]) > 0, np.maximum(np.array([np.inf]), np.array([-np.inf])))
### edge_warn_np_functions
import numpy as np
print(np.sqrt(-1.0), np.log10(np.array([0.0])), np.arccos(np.array([2.0])), np.power(np.array([0.0]), -1.0))
'''

CASES += _parse(_FIDELITY_EDGES)

_LANGUAGE = r'''
### gen_lazy_infinite
def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
print(next(g), next(g), next(g))
print([x for _, x in zip(range(5), naturals())])
### gen_interleaved_prints
def lazy():
    for i in range(2):
        print('producing', i)
        yield i
for v in lazy():
    print('got', v)
### gen_next_after_end
def g3():
    yield 1
    return 'done'
x = g3()
print(next(x))
next(x)
### gen_next_default_and_return
def g3():
    yield 1
    return 'done'
x = g3()
print(next(x), next(x, 'dflt'), next(x, None), list(x))
### gen_raises_stopiteration
def bad():
    yield next(iter([]))
list(bad())
### gen_exception_after_yield
def boom():
    yield 1
    raise ValueError('boom')
g = boom()
print(next(g))
next(g)
### gen_send
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
c = acc()
print(next(c), c.send(5), c.send(10))
### gen_send_unstarted
def acc():
    x = yield 1
acc().send(3)
### gen_throw_and_close
def worker():
    try:
        while True:
            try:
                yield 'ok'
            except ValueError as e:
                print('handled', e)
    finally:
        print('cleanup')
g = worker()
print(next(g), g.throw(ValueError('bad')))
g.close()
print(list(g))
### gen_try_finally_order
def gen_nested_try():
    try:
        try:
            yield 1
            raise KeyError('k')
        finally:
            yield 'inner-finally'
    except KeyError as e:
        yield f'caught {e!r}'
    finally:
        yield 'outer-finally'
print(list(gen_nested_try()))
### gen_loops_break_else
def gen_break():
    for i in range(10):
        if i == 3:
            break
        if i == 1:
            continue
        yield i
    else:
        yield 'no'
    n = 0
    while n < 2:
        yield f'w{n}'
        n += 1
    else:
        yield 'while-else'
print(list(gen_break()))
### gen_yield_from_recursive
def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, [4]], 5]])))
### gen_with_block
class Ctx:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *a):
        print('exit')
def gen_with():
    with Ctx():
        yield 1
        yield 2
for v in gen_with():
    print(v)
### gen_lazy_builtins
def naturals():
    n = 0
    while True:
        yield n
        n += 1
m = map(lambda x: x * 10, naturals())
f = filter(lambda x: x % 3 == 0, naturals())
e = enumerate(naturals(), start=1)
print(next(m), next(m), next(f), next(f), next(e), any(x > 10 for x in naturals()), dict(zip('abc', naturals())))
### gen_partial_consume_then_loop
def g4():
    for i in range(3):
        yield i
it = g4()
print(next(it))
for x in it:
    print('loop', x)
### gen_unpack_errors
def g9():
    yield 1
    yield 2
a, b = g9()
print(a, b)
a, = g9()
### gen_already_executing
def self_ref():
    yield next(g_self)
g_self = self_ref()
next(g_self)
### gen_type_name
def g7():
    yield 1
print(type(g7()).__name__)
### property_setter
class T:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
t = T(100)
print(t.f)
t.f = 32
print(t._c, t.f)
### property_no_setter
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
t = Temperature(25)
t.fahrenheit = 80
### class_mro_diamond
class Base:
    def hello(self):
        return 'base'
class A(Base):
    def hello(self):
        return 'A>' + super().hello()
class B(Base):
    def hello(self):
        return 'B>' + super().hello()
class D(A, B):
    def hello(self):
        return 'D>' + super().hello()
D().hello(), [k.__name__ for k in D.__mro__], D.__bases__, D.__module__
### class_vars_order
class Point:
    def __init__(self, y=0, x=0):
        self.y = y
        self.x = x
p = Point(1, 2)
p.a = 3
vars(p), p.__dict__
### class_getattr_hook
class G:
    def __getattr__(self, name):
        return name.upper()
g = G()
g.x = 1
g.hello, g.x, getattr(g, 'abc')
### method_qualname_errors
class K:
    def __init__(self, a, b=2, *, c=3):
        self.s = a + b + c
K()
### method_qualname_too_many
class K:
    def m(self, a):
        return a
K().m(1, 2)
### nested_function_qualname
def outer():
    def inner(x):
        return x
    return inner
outer()()
### fstring_self_documenting
name = 'Ada'
n = 42
f'{name=}', f'{n=:>5}', f'{1+1 = }', f'{n = !r:>4}' if False else f'{n = }'
### format_bool_with_spec
f'{True:5}|{False:>3}|{True:d}', format(True, '^5'), '{:x}'.format(True)
### str_format_nested_auto
'{:{}}'.format('z', 4) + '|', '{:>{}.{}f}'.format(3.14159, 8, 2), '{:{width}}|'.format('a', width=3)
### str_splitlines_keepends
'a\nb\r\nc\rd\x0be\n'.splitlines(), 'a\nb\n'.splitlines(True), 'x\r\n'.splitlines(keepends=True), ''.splitlines()
### str_expandtabs_columns
'tab\there'.expandtabs(4), 'a\tb'.expandtabs(), 'ab\tc\nabc\td'.expandtabs(4), 'x\ty'.expandtabs(0)
### str_digit_kinds
'²'.isdigit(), '²'.isdecimal(), '²'.isnumeric(), '½'.isnumeric(), '½'.isdigit(), '12'.isdecimal(), '٣'.isdecimal()
### builtins_ascii_perm_notimplemented
import math
ascii('é'), ascii(['λ', 'a']), math.perm(5, 2), math.perm(4), NotImplemented
### match_literals_or
def http(status):
    match status:
        case 200:
            return 'OK'
        case 400 | 401 | 403:
            return 'Client error'
        case -1:
            return 'negative'
        case None:
            return 'none'
        case _:
            return 'Other'
[http(s) for s in [200, 401, -1, None, 500]]
### match_sequences_mappings
def classify(p):
    match p:
        case (0, 0):
            return 'origin'
        case (x, 0):
            return f'x={x}'
        case [x, y]:
            return f'{x},{y}'
        case [first, *rest] if len(rest) > 1:
            return f'first={first} rest={rest}'
        case {'k': v, **others}:
            return f'k={v} others={others}'
        case str() as s:
            return 's:' + s
        case int(n) | float(n):
            return f'num {n}'
        case _:
            return 'other'
[classify(v) for v in [(0, 0), (3, 0), [1, 2], [1, 2, 3], {'k': 'val', 'z': 1}, 'q', 5, 2.5, None]]
### match_class_patterns
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'somewhere'
    return 'not a point'
[where(p) for p in [Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 3), 7]]
### match_soft_keyword_names
match = 5
case = [match + 1]
match, case
### match_command_split
cmd = 'go north'
match cmd.split():
    case ['go', direction]:
        print('going', direction)
    case ['quit']:
        print('bye')
'''

CASES += _parse(_LANGUAGE)

_DATACLASSES = r'''
### dataclass_basic
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
p.x = 10
print(Point(1))
Point(1, 2) == Point(1, 2), Point(1) != Point(2), p, vars(p)
### dataclass_missing_argument
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
Point(y=1)
### dataclass_too_many_arguments
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int = 0
Point(1, 2, 3)
### dataclass_fields_factory_asdict
from dataclasses import dataclass, field, asdict, fields
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
inv = Inventory('a')
inv.items.append(1)
inv, Inventory('b'), asdict(inv), [f.name for f in fields(inv)]
### dataclass_order_inherit_post_init
from dataclasses import dataclass, field
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
@dataclass
class V3(Version):
    patch: int = 5
@dataclass
class WithPost:
    a: float
    b: float
    total: float = field(init=False)
    def __post_init__(self):
        self.total = self.a + self.b
sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), V3(1, 2, 3), V3(1), WithPost(1.5, 2)
### dataclass_default_order_error
from dataclasses import dataclass
@dataclass
class Bad:
    a: int = 1
    b: int
### dataclass_unhashable
from dataclasses import dataclass
@dataclass
class Point:
    x: int
hash(Point(1))
### class_eq_without_hash_unhashable
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
Cmp(1) == Cmp(1), Cmp(1) in [Cmp(1)]
{Cmp(1)}
### class_decorator_applies
def register(cls):
    cls.registered = True
    return cls
@register
class Plugin:
    pass
Plugin.registered
### unpack_endless_generator
def g():
    n = 0
    while True:
        yield n
        n += 1
a, b = g()
### delattr_builtin
class P:
    pass
p = P()
setattr(p, 'w', 9)
print(p.w, delattr(p, 'w'), hasattr(p, 'w'))
### yield_from_return_value
def g():
    yield from range(3)
    return 'r'
def outer():
    res = yield from g()
    print('res', res)
list(outer())
'''

CASES += _parse(_DATACLASSES)

_EXCEPTION_TEXT = r'''
### exception_custom_str_in_traceback
class Custom(Exception):
    def __init__(self, value):
        self.value = value
    def __str__(self):
        return f'Custom({self.value})'
try:
    raise Custom(1)
except Exception as e:
    print(e, e.args)
raise Custom(42)
### unpack_non_iterable
a, b = 1
'''

CASES += _parse(_EXCEPTION_TEXT)

_SMALL_MODULES = r'''
### copy_shallow_and_deep
import copy
class P:
    def __init__(self):
        self.v = [1]
a = [[1, 2], [3]]
b = copy.copy(a)
c = copy.deepcopy(a)
a[0].append(9)
p = P()
q = copy.deepcopy(p)
r = copy.copy(p)
p.v.append(2)
d = {'k': [1]}
d2 = copy.deepcopy(d)
d['k'].append(2)
b, c, q.v, r.v, q is p, d2, copy.copy({1, 2})
### string_constants
import string
string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation, string.hexdigits, string.octdigits
### function_docstrings
def f(x: int, y: float = 1.0) -> float:
    """Docstring here."""
    return x * y
def g():
    pass
f(2), f.__doc__, g.__doc__, (lambda: 0).__doc__
### number_literal_prefix_underscore
1_000_000, 0o17, 0b11, 0x_FF, 0b_1010, 0o_7
### math_modf_frexp_ldexp
import math
for x in [2.5, -2.5, 0.0, -0.0, 1e300, 5e-324, float('inf'), float('-inf'), 7]:
    print(math.modf(x), math.frexp(x), math.ldexp(x, 3), math.ldexp(x, -1080))
print(math.modf(float('nan')), math.frexp(float('nan')), math.ldexp(float('nan'), 2))
try:
    math.ldexp(1.5, 2.0)
except TypeError as e:
    print(e)
math.ldexp(1.0, 1024)
'''

CASES += _parse(_SMALL_MODULES)

_ITERATION_GUARDS = r'''
### dict_changed_size_during_iteration
d = {'a': 1}
for k in d:
    d['b'] = 2
### set_changed_size_during_iteration
s = {1, 2}
for x in s:
    s.add(x + 10)
### dict_values_update_during_iteration_ok
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
d
'''

CASES += _parse(_ITERATION_GUARDS)

# Python fidelity for tutorial code: user classes as dict keys and set members, ordering and
# container dunders, private name mangling, the operator/warnings/heapq/bisect modules,
# generator delegation and finalisation, dir(), str.translate, iterator types, exact hash().
_PY_FIDELITY = r'''
### user_hash_eq_dict_keys
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'P({self.x}, {self.y})'
d = {P(1, 2): 'a'}
d[P(1, 2)] = 'b'
s = {P(1, 2), P(1, 2), P(3, 4)}
print(d, len(s), P(3, 4) in s, P(5, 5) in s, {P(1, 2): 1} == {P(1, 2): 1})
print([P(1, 2)] == [P(1, 2)], (P(1, 2), 0) in {(P(1, 2), 0)}, hash(P(1, 2)) == hash((1, 2)))
del d[P(1, 2)]
d, dict.fromkeys([P(1, 2), P(1, 2)]), set([P(1, 2)]) == {P(1, 2)}
### user_eq_without_hash_unhashable
class Q:
    def __eq__(self, o):
        return True
Q() == 1, {Q()}
### user_hash_none_unhashable
class R:
    __hash__ = None
hash(R())
### user_hash_returns_non_int
class T:
    def __hash__(self):
        return 'x'
{T(): 1}
### user_subclass_eq_resets_hash
class A:
    def __eq__(self, o): return True
    def __hash__(self): return 1
class B(A):
    def __eq__(self, o): return False
print(hash(A()))
{B()}
### counter_of_user_objects
from collections import Counter
class Card:
    def __init__(self, rank): self.rank = rank
    def __eq__(self, o): return self.rank == o.rank
    def __hash__(self): return hash(self.rank)
    def __repr__(self): return f'Card({self.rank!r})'
Counter([Card('A'), Card('K'), Card('A')]).most_common()
### total_ordering_sorted_min_max
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f'V({self.v})'
sorted([V(3), V(1), V(2)]), min(V(3), V(1)), max([V(3), V(5)]), V(1) <= V(2), V(3) >= V(2), V(3) > V(2)
### ordering_not_implemented_falls_back
class W:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < o.v if isinstance(o, W) else NotImplemented
    def __eq__(self, o):
        return NotImplemented
w = W(1)
print(w == w, w == W(1), w != W(1), sorted([W(2), W(1)])[0].v)
w < 3
### inplace_dunder
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
a = Acc()
b = a
a += 1
a += 2
b.items, a is b
### private_name_mangling
class Account:
    __rate = 2
    def __init__(self, balance):
        self.__balance = balance
    def __bump(self):
        return self.__balance * Account.__rate
    def report(self):
        return f'{self.__balance} -> {self.__bump()}'
acct = Account(10)
print(acct.report(), acct._Account__balance, hasattr(acct, '__balance'), vars(acct))
acct.__balance
### private_name_mangling_subclass
class Base:
    def __init__(self): self.__x = 1
class Child(Base):
    def peek(self): return self.__x
Child().peek()
### operator_module
import operator
from functools import reduce
pairs = [('b', 2), ('a', 3), ('c', 1)]
print(reduce(operator.add, [1, 2, 3]), reduce(operator.mul, range(1, 6)))
print(sorted(pairs, key=operator.itemgetter(1)), operator.itemgetter(0, 1)([5, 6, 7]))
print(operator.methodcaller('split', ',')('a,b'), list(map(operator.mul, [1, 2], [3, 4])))
print(operator.sub(5, 3), operator.truediv(1, 4), operator.neg(3), operator.not_(0), operator.lt(1, 2))
print(operator.getitem([1, 2], 1), operator.contains([1, 2], 2), operator.and_(6, 3), operator.iadd([1], [2]))
operator.itemgetter(1), operator.attrgetter('real'), operator.methodcaller('split', ',', maxsplit=1)
### operator_attrgetter_sort
import operator
class Person:
    def __init__(self, name, age): self.name, self.age = name, age
    def __repr__(self): return self.name
people = [Person('x', 3), Person('y', 1)]
sorted(people, key=operator.attrgetter('age')), operator.attrgetter('name', 'age')(people[0])
### warnings_warn_in_cell
import warnings
warnings.warn('careful')
def f():
    warnings.warn('inside', RuntimeWarning)
    return 1
f()
### warnings_filters
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('rec', DeprecationWarning)
print(len(w), w[0].category.__name__, str(w[0].message))
warnings.simplefilter('error')
try:
    warnings.warn('boom')
except UserWarning as e:
    print('caught', e)
warnings.filterwarnings('ignore')
warnings.warn('gone')
print(issubclass(DeprecationWarning, Warning), issubclass(FutureWarning, Warning))
### warnings_ignore_numpy
import warnings
import numpy as np
warnings.filterwarnings('ignore', category=RuntimeWarning)
np.log(np.array([-1.0, 1.0])), np.array([1.0]) / 0
### warnings_bad_category
import warnings
warnings.warn('x', 'notaclass')
### heapq_bisect
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 2]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1]
heapq.heapify(data)
print(data, heapq.nlargest(2, [5, 1, 9]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
s = [1, 2, 4, 4, 8]
bisect.insort(s, 5)
bisect.bisect_left(s, 4), bisect.bisect(s, 4), s
### heapq_empty_pop
import heapq
heapq.heappop([])
### yield_from_send_throw
def inner():
    x = yield 1
    print('inner got', x)
    try:
        yield 2
    except ValueError as e:
        print('inner caught', e)
        yield 'recovered'
    return 'done'
def outer():
    r = yield from inner()
    print('result', r)
    yield 3
g = outer()
print(next(g), g.send('a'), g.throw(ValueError('bad')), next(g))
### yield_from_close
def inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
g = outer()
next(g)
g.close()
print('closed')
### generator_finalised_when_abandoned
def fin(tag):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', tag)
for x in fin('loop'):
    print(x)
    break
print('after loop')
g = fin('del')
next(g)
del g
print('deleted')
next(fin('temp'))
print('end')
### yield_inside_match
def classify(xs):
    for x in xs:
        match x:
            case int(n) if n > 0:
                yield 'pos', n
            case str(s):
                yield 'str', s
            case _:
                yield 'other', x
list(classify([1, -1, 'a', None]))
### stop_iteration_value
def ret():
    yield 1
    return 5
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
### next_on_user_iterator
class Count:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
c = Count()
next(c), next(c), next(c, 'done')
### dir_of_objects
import math
class A:
    x = 1
    def m(self): pass
a = A()
a.y = 2
print([n for n in dir(a) if not n.startswith('__')], [n for n in dir(A) if not n.startswith('__')])
print([n for n in dir(math) if 'sq' in n], 'append' in dir([]), [n for n in dir({}) if not n.startswith('_')])
dir(a)
### str_translate
t = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(t), 'hello world'.translate(str.maketrans('', '', 'lo')))
print('abc'.translate({ord('a'): 'AA', ord('b'): None}), str.maketrans({'a': '1', 'b': None}))
t
### str_maketrans_unequal
str.maketrans('ab', 'x')
### iterator_types
print(type(map(str, [])).__name__, type(zip()).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
print(type(reversed([1])).__name__, type(iter([1])).__name__, type(iter(range(3))).__name__, type(iter('a')).__name__)
repr(map(str, [1]))[:15], repr(zip([1]))[:12], repr(iter((1,)))[:22]
### hash_values_exact
hash(2**62), hash(-1), hash(1.5), hash(-2.5), hash(1e300), hash((1, 2)), hash(()), hash(True), hash(float('inf'))
### int_edges
import math
print(math.isqrt(2**62), math.isqrt(99), math.floor(2.5), math.ceil(-2.5))
class Tr:
    def __floor__(self): return 1
    def __ceil__(self): return 2
    def __trunc__(self): return 7
math.floor(Tr()), math.ceil(Tr()), math.trunc(Tr())
### int_base_out_of_range
int('12', 1)
'''

CASES += _parse(_PY_FIDELITY)

_ROUND3 = r'''
### raise_from_attrs
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('bad input') from e
except ValueError as v:
    print(type(v.__cause__).__name__, v.__cause__, v.__suppress_context__, type(v.__context__).__name__)
### implicit_context_attrs
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('lookup failed')
except RuntimeError as v:
    print(v.__cause__, repr(v.__context__), v.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('lookup failed') from None
except RuntimeError as v:
    print(v.__cause__, repr(v.__context__), v.__suppress_context__)
### chain_attrs_set
e = ValueError('x')
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError('c')
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = 5
### raise_from_bad_cause
raise ValueError('a') from 3
### raise_from_in_function
def parse(s):
    try:
        return int(s)
    except ValueError as exc:
        raise TypeError(f'cannot parse {s!r}') from exc
parse('x')
### raise_in_except
try:
    [][0]
except IndexError:
    {}['missing']
### raise_from_type_and_reraise
try:
    raise TypeError('t') from ValueError
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        raise KeyError('inner')
    except KeyError as k:
        raise k
except KeyError as again:
    print(repr(again.__context__))
### pow_modular
print(pow(3, -1, 7), pow(2, 10, 1000), pow(-2, 3, 5), pow(2, 3, -5), pow(38, -1, 97), pow(-7, -1, 10), pow(5, 0, 1), pow(True, 2, 3))
print(pow(123456789, 987654321, 2**61 - 1), pow(7, -2, 2**62 - 57))
### pow_not_invertible
pow(2, -1, 4)
### pow_zero_modulus
pow(2, 3, 0)
### pow_float_modulus
pow(2.0, 3, 5)
### bool_returns_int
class A:
    def __bool__(self):
        return 1
bool(A())
### int_returns_str
class A:
    def __int__(self):
        return 'x'
int(A())
### float_returns_int
class A:
    def __float__(self):
        return 1
float(A())
### index_protocol
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
print([10, 20, 30][Idx(1)], 'abc'[Idx(2)], hex(Idx(255)), bin(Idx(5)), [1, 2, 3, 4][Idx(1):Idx(3)], range(10)[Idx(4)])
### index_returns_float
class Idx:
    def __index__(self):
        return 2.0
[1, 2, 3][Idx()]
### function_attributes_wraps
def f():
    pass
f.calls = 3
f.label = 'demo'
print(f.calls, f.label, getattr(f, 'missing', None))
import functools
def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def square(x):
    """Square x."""
    return x * x
print(square.__name__, square.__doc__, square(4), square.__wrapped__.__name__)
### divmod_float_zero
divmod(1.0, 0)
### divmod_int_by_float_zero
divmod(3, 0.0)
### zip_strict_longer
list(zip([1], [2, 3], strict=True))
### zip_strict_shorter_many
list(zip([1, 2], [3], [4, 5], strict=True))
### zip_strict_shorter_third
list(zip([1, 2], [3, 4], [5], strict=True))
### str_casefold_sharp_s
print('Straße'.casefold(), 'MASSE'.casefold() == 'maße'.casefold())
### format_returns_int
class A:
    def __format__(self, spec):
        return 3
f'{A()}'
### exception_vars
e = ValueError('x', 2)
class E(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
print(vars(e), vars(E(5)), e.args)
### wraps_display_signature
import functools
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def scale(x, factor=2.0):
    return x * factor
scale
'''

CASES += _parse(_ROUND3)
