"""Create a directory atomically: all of it appears, or nothing changes.

The dump is written into a hidden temporary sibling of the target (same
file system, so the final ``rename`` is atomic).  An existing target is
moved aside only after the new dump is complete, and removed afterwards.
"""
import errno
import os
import shutil
import tempfile
from contextlib import contextmanager

from ..dumpformat import RESTORE_SCRIPT
from ..exceptions import DumpError


def looks_like_dump(path):
    """True for an empty directory or one that holds a restore.py."""
    names = os.listdir(path)
    return not names or RESTORE_SCRIPT in names


def check_target(target, overwrite):
    if not os.path.lexists(target):
        return
    if not overwrite:
        raise DumpError(
            "%s already exists. Choose another directory, or use "
            "--overwrite to replace it (it is replaced only once the new "
            "dump is complete)." % target)
    if not os.path.isdir(target) or not looks_like_dump(target):
        raise DumpError(
            "%s exists and is not a dump directory (it has no restore.py), "
            "so --overwrite will not replace it. Remove it yourself or "
            "choose another directory." % target)


@contextmanager
def atomic_directory(target, overwrite=False):
    """Yield a temporary directory that becomes `target` on success."""
    target = os.path.abspath(target)
    check_target(target, overwrite)
    parent, name = os.path.split(target)
    if not os.path.isdir(parent):
        raise DumpError("Cannot write %s: the directory %s does not exist."
                        % (target, parent))
    temporary = tempfile.mkdtemp(prefix=".%s." % name, suffix=".partial",
                                 dir=parent)
    try:
        yield temporary
        # mkdtemp() made it private; give it the mode of any directory the
        # user creates: a umask of 077 keeps the dump, a secret, private.
        os.chmod(temporary, 0o777 & ~current_umask())
        replace_directory(temporary, target)
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if error.errno == errno.ENOSPC:
            raise DumpError(
                "The disk is full while writing %s. Nothing was changed at "
                "%s; free some space and dump again." % (temporary, target)
            ) from error
        raise DumpError("Cannot write the dump to %s: %s. Nothing was "
                        "changed there." % (target, error)) from error
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


def replace_directory(source, target):
    if not os.path.lexists(target):
        os.rename(source, target)
        return
    parent, name = os.path.split(target)
    aside = tempfile.mkdtemp(prefix=".%s." % name, suffix=".old", dir=parent)
    os.rmdir(aside)
    os.rename(target, aside)
    try:
        os.rename(source, target)
    except BaseException:
        os.rename(aside, target)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def current_umask():
    """The process's umask (read by setting it and setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
