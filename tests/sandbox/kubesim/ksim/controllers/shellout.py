"""What a container's own command prints, for simple shell scripts.

A container whose command is `sh -c "<script>"` (bash, dash, ash too; flags such as `-ec` work), or
directly `echo ...` / `printf ...`, prints the output of the script's `echo` and `printf` commands in
order, as a shell would:

* words: single quotes, double quotes (with `\\$`, `\\"`, `\\\\` escapes), backslashes, `#` comments;
* commands separated by newlines, `;`, `&&`, `||`, `&`; in a pipeline only the output of a final `tee`
  or `cat` reaches the log; `> file` / `>> file` send stdout elsewhere (`>&2`, `2>...`,
  `> /dev/stdout` keep it in the log: kubectl logs shows stderr too);
* `$VAR`, `${VAR}`, `${VAR:-default}`: assignments made earlier in the script (`X=1`, `export X=1`),
  the container's literal `env` values, `HOSTNAME` (the pod name, as a container's hostname is),
  `JOB_COMPLETION_INDEX` (Indexed jobs), `HOME=/root`; unset ones expand to nothing as in a shell;
  `$(hostname)` / `` `hostname` `` give the pod name, `$(date ...)` a `date`-like stamp, other
  command substitutions nothing;
* `echo` with `-n`, `-e`, `-E`; `printf FORMAT ARGS...` with `%s %d %i %u %x %o %f %c %%` (width and
  precision too), `\\n \\t \\\\` escapes, the format reused for extra arguments;
* `sleep`: what is printed before the first `sleep` comes at the container's start, what comes after it
  at its end (when it exits 0); `exit` ends the script. Control structures (`if`, `for`, `while`,
  `case`, functions, subshells, here-documents) are not emulated: output stops at the first one.

Other commands print nothing (the simulator does not know what they would print); the simulated run's
lines follow the script's first part.
"""
import datetime
import re

_OPS = ("&&", "||", ";;", ">>", ">&", ">|", "<<", ";", "&", "|", ">", "<", "(", ")", "\n")
_KEYWORDS = {"if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
             "function", "{", "}", "select", "[[", "]]"}
_SHELLS = {"sh", "bash", "dash", "ash", "zsh", "ksh", "busybox"}


class _Unsupported(Exception):
    pass


class _Word:
    """A shell word after expansion; `quoted` tells whether any part was quoted (so "" is a word)."""

    def __init__(self):
        self.text = ""
        self.quoted = False
        self.assign = None  # (name, value) for NAME=value words


def _tokens(script, expand):
    """Yields _Word or operator strings. `expand(name, default)` gives a variable's value."""
    i, n = 0, len(script)
    cur = None

    def flush():
        nonlocal cur
        w, cur = cur, None
        return w

    while i < n:
        ch = script[i]
        if ch in " \t":
            if cur is not None:
                yield flush()
            i += 1
            continue
        if ch == "\\" and i + 1 < n and script[i + 1] == "\n":
            i += 2
            continue
        if ch == "#" and cur is None:
            while i < n and script[i] != "\n":
                i += 1
            continue
        op = next((o for o in _OPS if script.startswith(o, i)), None)
        if op:
            if cur is not None:
                yield flush()
            if op in ("(", ")", "<<", ";;"):
                raise _Unsupported(op)
            yield op
            i += len(op)
            continue
        if cur is None:
            cur = _Word()
        if ch == "'":
            j = script.find("'", i + 1)
            if j < 0:
                raise _Unsupported("quote")
            cur.text += script[i + 1:j]
            cur.quoted = True
            i = j + 1
        elif ch == '"':
            cur.quoted = True
            i += 1
            while i < n and script[i] != '"':
                c = script[i]
                if c == "\\" and i + 1 < n and script[i + 1] in '$`"\\\n':
                    if script[i + 1] != "\n":
                        cur.text += script[i + 1]
                    i += 2
                elif c in "$`":
                    text, i = _dollar(script, i, expand)
                    cur.text += text
                else:
                    cur.text += c
                    i += 1
            if i >= n:
                raise _Unsupported("quote")
            i += 1
        elif ch == "\\":
            if i + 1 < n:
                cur.text += script[i + 1]
            i += 2
        elif ch in "$`":
            text, i = _dollar(script, i, expand)
            cur.text += text
        else:
            if ch == "=" and cur.assign is None and not cur.quoted and re.fullmatch(r"[A-Za-z_]\w*", cur.text):
                cur.assign = cur.text
            cur.text += ch
            i += 1
    if cur is not None:
        yield flush()


def _dollar(s, i, expand):
    """Expands $NAME, ${NAME}, ${NAME:-x}, $(cmd), `cmd` at s[i]; returns (text, next index)."""
    if s[i] == "`":
        j = s.find("`", i + 1)
        if j < 0:
            raise _Unsupported("backquote")
        return _substitute(s[i + 1:j], expand), j + 1
    if s.startswith("$(", i):
        if s.startswith("$((", i):
            raise _Unsupported("arithmetic")
        depth, j = 1, i + 2
        while j < len(s) and depth:
            depth += {"(": 1, ")": -1}.get(s[j], 0)
            j += 1
        if depth:
            raise _Unsupported("substitution")
        return _substitute(s[i + 2:j - 1], expand), j
    if s.startswith("${", i):
        j = s.find("}", i)
        if j < 0:
            raise _Unsupported("brace")
        body = s[i + 2:j]
        m = re.fullmatch(r"([A-Za-z_]\w*)(?::?-(.*))?", body)
        if not m:
            raise _Unsupported("parameter expansion")
        return expand(m.group(1), m.group(2)), j + 1
    m = re.compile(r"[A-Za-z_]\w*|[0-9#?$!@*-]").match(s, i + 1)
    if not m:
        return "$", i + 1
    name = m.group(0)
    special = {"?": "0", "$": "1", "#": "0", "!": "", "@": "", "*": "", "-": "", "0": "sh"}
    if name in special or name.isdigit():
        return special.get(name, ""), m.end()
    return expand(name, None), m.end()


def _substitute(cmd, expand):
    words = cmd.split()
    if not words:
        return ""
    if words[0] == "hostname":
        return expand("HOSTNAME", None)
    if words[0] == "date":
        return datetime.datetime.now(datetime.timezone.utc).strftime("%a %b %d %H:%M:%S UTC %Y")
    if words[0] == "echo":
        return " ".join(words[1:])
    if words[0] == "whoami":
        return "root"
    if words[0] == "pwd":
        return "/"
    return ""


_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", "a": "\a", "r": "\r", "v": "\v", "f": "\f", "e": "\x1b",
            "0": "\0"}


def _unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            c = s[i + 1]
            if c == "c":
                return "".join(out), True
            if c in _ESCAPES:
                out.append(_ESCAPES[c])
                i += 2
                continue
        out.append(s[i])
        i += 1
    return "".join(out), False


def _echo(args):
    nl, esc = True, False
    while args and re.fullmatch(r"-[neE]+", args[0]):
        for f in args[0][1:]:
            nl = nl and f != "n"
            esc = True if f == "e" else (False if f == "E" else esc)
        args = args[1:]
    text = " ".join(args)
    if esc:
        text, stop = _unescape(text)
        if stop:
            return text
    return text + ("\n" if nl else "")


_SPEC = re.compile(r"%([-+ #0]*)(\d+|\*)?(?:\.(\d+))?([sdiuxXofeEgGc%b])")


def _printf(args):
    if not args:
        return ""
    fmt, args = args[0], list(args[1:])
    out = []
    while True:
        used = [False]

        def arg():
            used[0] = True
            return args.pop(0) if args else ""

        def conv(m):
            flags, width, prec, kind = m.groups()
            if kind == "%":
                return "%"
            if width == "*":
                width = arg() or "0"
            spec = "%" + flags + (width or "") + ("." + prec if prec is not None else "")
            a = arg()
            if kind in "sb":
                if kind == "b":
                    a = _unescape(a)[0]
                return (spec + "s") % a
            if kind == "c":
                return (spec + "s") % a[:1]
            if kind in "diuxXo":
                try:
                    v = int(a, 0) if a else 0
                except ValueError:
                    v = 0
                return (spec + ("d" if kind in "iu" else kind)) % v
            try:
                v = float(a) if a else 0.0
            except ValueError:
                v = 0.0
            return (spec + kind) % v
        out.append(_SPEC.sub(conv, _unescape(fmt)[0]))
        if not args or not used[0]:
            break
    return "".join(out)


def _commands(tokens):
    """Groups tokens into pipelines: [(pipeline=[[_Word...], ...], redirected_stdout per command)]."""
    pipeline, cmd, redirs = [], [], []
    pending = None
    for t in tokens:
        if isinstance(t, _Word):
            if pending is not None:
                target = t.text
                if pending in (">", ">>", ">|") and target not in ("/dev/stdout", "/dev/stderr"):
                    redirs.append(target)
                elif pending == ">&" and not target.isdigit():
                    redirs.append(target)
                pending = None
                continue
            cmd.append(t)
            continue
        if pending is not None:
            raise _Unsupported("redirection")
        if t in (">", ">>", ">|", ">&", "<"):
            pending = t
            if t != "<" and cmd and not cmd[-1].quoted and cmd[-1].text.isdigit():
                if cmd.pop().text != "1":
                    pending = "<"  # another descriptor's redirection: stdout unchanged
            continue
        if t == "|":
            pipeline.append((cmd, redirs))
            cmd, redirs = [], []
            continue
        pipeline.append((cmd, redirs))
        yield pipeline
        pipeline, cmd, redirs = [], [], []
    if pending is not None:
        raise _Unsupported("redirection")
    pipeline.append((cmd, redirs))
    yield pipeline


def run_script(script, env):
    """(printed before the first sleep, printed after it), each a list of lines."""
    env = dict(env)
    parts = [[], []]
    part = 0

    def expand(name, default):
        v = env.get(name) or ""
        return default if default is not None and not v else v

    try:
        for pipeline in _commands(_tokens(script, expand)):
            out = ""
            for k, (cmd, redirs) in enumerate(pipeline):
                # leading assignments
                while cmd and cmd[0].assign:
                    name, value = cmd[0].text.split("=", 1)
                    if len(cmd) == 1:
                        env[name] = value
                    cmd = cmd[1:]
                if not cmd:
                    continue
                name = cmd[0].text
                args = [w.text for w in cmd[1:]]
                if name in _KEYWORDS and not cmd[0].quoted:
                    raise _Unsupported(name)
                if name in ("export", "readonly", "local"):
                    for a in args:
                        if "=" in a:
                            key, value = a.split("=", 1)
                            env[key] = value
                    continue
                if name == "exit":
                    raise StopIteration
                if name == "sleep":
                    part = 1
                    out = ""
                    continue
                text = ""
                if name == "echo":
                    text = _echo(args)
                elif name == "printf":
                    text = _printf(args)
                elif name in ("tee", "cat") and k > 0 and not args[1:] and (not args or name == "tee"):
                    text = out
                if k < len(pipeline) - 1:
                    out = text
                    continue
                out = "" if redirs else text
            parts[part].append(out)
    except (_Unsupported, StopIteration):
        pass
    return tuple(_split("".join(p)) for p in parts)


def _split(text):
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def _pod_env(pod, container):
    env = {"HOME": "/root", "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
           "HOSTNAME": pod["metadata"]["name"]}
    idx = (pod["metadata"].get("annotations") or {}).get("batch.kubernetes.io/job-completion-index")
    if idx is not None:
        env["JOB_COMPLETION_INDEX"] = idx
    for e in container.get("env") or []:
        if "value" in e:
            env[e["name"]] = re.sub(r"\$\(([A-Za-z_]\w*)\)", lambda m: env.get(m.group(1), m.group(0)),
                                    str(e["value"]))
    return env


_cache = {}


def output(pod, container_name):
    """(lines before the first sleep, lines after it) that the container's own command prints."""
    c = next((c for c in pod["spec"].get("containers") or [] if c.get("name") == container_name), None)
    if c is None:
        return [], []
    argv = [str(x) for x in (c.get("command") or []) + (c.get("args") or [])]
    key = (pod["metadata"].get("uid"), container_name, tuple(argv))
    if key in _cache:
        return _cache[key]
    res = ([], [])
    if argv:
        prog = argv[0].rsplit("/", 1)[-1]
        if prog in _SHELLS:
            rest = argv[1:]
            if prog == "busybox" and rest and rest[0] in ("sh", "ash"):
                rest = rest[1:]
            for j, a in enumerate(rest):
                if re.fullmatch(r"-[a-zA-Z]*c[a-zA-Z]*", a):
                    if j + 1 < len(rest):
                        res = run_script(rest[j + 1], _pod_env(pod, c))
                    break
                if not a.startswith("-"):
                    break
        elif prog == "echo":
            res = (_split(_echo(argv[1:])), [])
        elif prog == "printf":
            res = (_split(_printf(argv[1:])), [])
    if len(_cache) > 4096:
        _cache.clear()
    _cache[key] = res
    return res
