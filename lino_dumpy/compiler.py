"""Compile a dump's table files in a separate process.

Compiling the Python source of the table files is most of a restore's
cost.  ``python -m lino_dumpy.compiler FILE...`` compiles the files in
order and sends each code object (marshal format) through its stdout,
preceded by a header line ``ok INDEX SIZE`` (or ``error INDEX LINE
MESSAGE``), so that the restoring process executes file n while file n+1
is being compiled.  The worker imports neither Django nor the site, and
leaves nothing behind: if the restore dies, the worker's next write fails
and it ends.
"""
import marshal
import signal
import sys


def compile_file(path):
    with open(path, "rb") as stream:
        return compile(stream.read(), path, "exec", dont_inherit=True)


def main(paths):
    # Ctrl-C is for the restoring process, which stops this worker itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = sys.stdout.buffer
    for index, path in enumerate(paths):
        try:
            code = compile_file(path)
        except SyntaxError as error:
            out.write(("error %d %s %s\n" % (
                index, error.lineno or 0, error.msg)).encode("utf-8"))
            out.flush()
            return
        data = marshal.dumps(code)
        try:
            out.write(b"ok %d %d\n" % (index, len(data)))
            out.write(data)
            out.flush()
        except BrokenPipeError:
            return


if __name__ == "__main__":
    main(sys.argv[1:])
