"""Compile a dump's table files in a separate process.

Compiling the Python source of the table files is most of a restore's
cost.  ``python -m lino_dumpy.compiler OUTDIR FILE...`` compiles the files
in order, writes each code object (marshal format) to OUTDIR and reports
on stdout, so the restoring process executes file n while file n+1 is
being compiled.  The worker imports neither Django nor the site.
"""
import marshal
import os
import sys


def compile_file(path):
    with open(path, "rb") as stream:
        return compile(stream.read(), path, "exec", dont_inherit=True)


def main(argv):
    outdir, paths = argv[0], argv[1:]
    for index, path in enumerate(paths):
        try:
            code = compile_file(path)
        except SyntaxError as error:
            print("error %d %s %s" % (index, error.lineno or 0, error.msg),
                  flush=True)
            return
        target = os.path.join(outdir, "%d.code" % index)
        with open(target + ".tmp", "wb") as stream:
            marshal.dump(code, stream)
        os.rename(target + ".tmp", target)
        print("ok %d" % index, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
