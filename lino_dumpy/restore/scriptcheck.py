"""A dump's ``restore.py`` checked against what its writer generates.

The safe restore (``manage.py restore``) runs no code of a dump: it takes
the values and the ``create_`` signatures from the syntax tree and
rebuilds the functions from its own templates.  That is the restore the
dump's author meant only if ``restore.py`` holds nothing but what the
writer generates, so every top-level statement must be one of the
generated forms, and every ``create_`` function exactly the text that the
writer's template gives for its parameters (compared as syntax trees, so
comments and spacing do not count).  Anything else, a hand-written step,
a changed ``create_`` body, an extra statement, is refused naming the
line and what was found.
"""
import ast
import os
from dataclasses import dataclass

from ..dump import templates
from ..dumpformat import is_factory_name, table_of_factory
from ..dumpstate import CONSTANTS, LINO, assigned_name
from ..exceptions import UnsafeDump
from . import linoshapes, runtime

#: The ``return`` templates of lino_dumpy's create_ functions.
RETURNS = {"instantiate": templates.INSTANTIATE_RETURN,
           "call": templates.CALL_RETURN}

#: The statements of lino_dumpy's restore.py that never change.
DUMPY_FIXED = (
    "from lino_dumpy.dumpfile import *\n"
    + templates.RESTORE_FOOTER.split("\n", 1)[1])

#: The names that the templates of create_ functions call: an argument
#: or a model of the dump with one of these names would replace them.
TEMPLATE_NAMES = frozenset((
    "instantiate", "create_mti_child", "new_content_type_id", "bv2kw",
    "kw", "dict", "Decimal", "loader"))

#: What a refused statement is called in the message.
WRITERS = {LINO: "Lino's dump2py"}


@dataclass(frozen=True)
class FactoryShape:
    """The parameters of a ``create_<table>()`` function, from which the
    writer's template gives its source (see templates.create_function)."""
    table: str
    args: tuple
    model: str
    content_types: tuple = ()
    babel: tuple = ()
    parent: tuple = None
    decimals: tuple = ()
    #: "instantiate" or "call" (lino_dumpy), "lino" (Lino's dump2py).
    returns: str = "instantiate"

    def source(self):
        """The function as the writer generates it."""
        common = dict(content_types=self.content_types, babel=self.babel,
                      parent=self.parent)
        if self.returns == "lino":
            return linoshapes.create_function(
                self.table, self.args, self.model, decimals=self.decimals,
                **common)
        return templates.create_function(
            self.table, self.args, self.model,
            returns=RETURNS[self.returns], **common)

    def models(self):
        """The model globals the function names."""
        return (self.model,) + ((self.parent[0],) if self.parent else ())


def check_restore_script(state):
    """``{table: FactoryShape}`` of the dump `state` (a DumpState), or
    UnsafeDump naming the first statement of restore.py that its writer
    does not generate."""
    checker = ScriptChecker(state)
    for node in state.tree.body:
        checker.check(node)
    checker.check_models()
    return checker.shapes


def canonical_shapes(state, functions):
    """``{table: FactoryShape}`` of the create_ functions of the dump
    `state` that are exactly the writer's template, for a dump whose
    restore.py was run (``functions``: its create_ functions by name, as
    importing it defined them).  Nothing is refused: the other functions
    are left out."""
    lino = state.writer == LINO
    path = os.path.abspath(state.restore_py)
    shapes = {}
    for factory in state.factories.values():
        shape = read_shape(factory.node, lino)
        code = getattr(functions.get(factory.node.name), "__code__", None)
        if shape is None or code is None or \
                os.path.abspath(code.co_filename) != path or \
                code.co_firstlineno != factory.node.lineno:
            continue
        expected = ast.parse(shape.source()).body[0]
        if ast.dump(expected) == ast.dump(factory.node):
            shapes[shape.table] = shape
    return shapes


def first_line(node):
    """The first line of the source of `node`, shortened for a message."""
    text = ast.unparse(node).splitlines()[0] if node is not None else ""
    return text if len(text) <= 80 else text[:77] + "..."


def is_call_of(node, name):
    return isinstance(node, ast.Call) and \
        isinstance(node.func, ast.Name) and node.func.id == name


class ScriptChecker:
    """Walks the top-level statements of one restore.py."""

    def __init__(self, state):
        self.state = state
        self.path = state.restore_py
        self.writer = WRITERS.get(state.writer, "lino_dumpy's dump2py")
        self.lino = state.writer == LINO
        fixed = self.fixed_statements()
        self.fixed = {ast.dump(node) for node in fixed}
        self.fixed_functions = {node.name: node for node in fixed
                                if isinstance(node, ast.FunctionDef)}
        self.shapes = {}
        self.defined = set()

    def fixed_statements(self):
        """The statements the writer generates the same in every dump of
        this one's models and languages."""
        if not self.lino:
            return ast.parse(DUMPY_FIXED).body
        return ast.parse(
            linoshapes.PRELUDE
            + linoshapes.bv2kw_function(self.state.languages)
            + linoshapes.main_function(
                [f.filename for f in self.state.files])).body

    def refuse(self, node, problem=None):
        raise UnsafeDump(
            "%s is not what %s generates%s." % (
                "`%s`" % first_line(node), self.writer,
                ": " + problem if problem else ""),
            self.path, getattr(node, "lineno", None))

    def define(self, name, node):
        if name in self.defined:
            self.refuse(node, "%s is defined twice" % name)
        self.defined.add(name)

    def check(self, node):
        if isinstance(node, ast.Expr) and \
                isinstance(node.value, ast.Constant) and \
                isinstance(node.value.value, str):
            return  # a docstring
        if isinstance(node, ast.FunctionDef) and is_factory_name(node.name):
            self.define(node.name, node)
            return self.check_factory(node)
        if ast.dump(node) in self.fixed:
            return self.define(ast.dump(node), node)
        if isinstance(node, ast.FunctionDef) and \
                node.name in self.fixed_functions:
            self.refuse_difference(node, self.fixed_functions[node.name])
        name = assigned_name(node)
        if name is None:
            self.refuse(node)
        self.define(name, node)
        if name in self.state.model_globals:
            return self.check_model_global(name, node)
        if name in CONSTANTS and (not self.lino or name == "SOURCE_VERSION"):
            return self.check_literal(node)
        if name == "bv2kw" and not self.lino:
            return self.check_babel_languages(node)
        self.refuse(node)

    def check_literal(self, node):
        try:
            ast.literal_eval(node.value)
        except (ValueError, TypeError, SyntaxError, MemoryError,
                RecursionError):
            self.refuse(node, "the value is not a literal")

    def check_model_global(self, name, node):
        label = self.state.model_globals[name]
        if name in TEMPLATE_NAMES or name in runtime.__all__:
            self.refuse(node, "%s is a name of the restore's own" % name)
        if name != label.replace(".", "_"):
            self.refuse(node, "the model %s is named %s" % (
                label, label.replace(".", "_")))

    def check_babel_languages(self, node):
        call = node.value
        if not (is_call_of(call, "babel_keywords") and len(call.args) == 1
                and not call.keywords):
            self.refuse(node)
        try:
            languages = ast.literal_eval(call.args[0])
        except ValueError:
            self.refuse(node, "the languages are not a literal")
        if not (isinstance(languages, (list, tuple))
                and all(isinstance(name, str) for name in languages)):
            self.refuse(node, "the languages are not a list of names")

    def check_factory(self, node):
        """Refuse a create_ function that is not the writer's template
        filled with its own signature."""
        shape = read_shape(node, self.lino)
        if shape is None:
            self.refuse(node, "its body is not one of the generated forms")
        expected = ast.parse(shape.source()).body[0]
        if ast.dump(expected) != ast.dump(node):
            self.refuse_difference(node, expected)
        for arg in shape.args:
            if arg in TEMPLATE_NAMES or arg in self.state.model_globals:
                self.refuse(node, "its argument %s would replace the %s "
                            "that it calls" % (arg, arg))
        for model in shape.models():
            if model not in self.state.model_globals:
                self.refuse(node, "%s is not a model of restore.py's "
                                  "resolve_model() lines" % model)
        self.shapes[shape.table] = shape

    def check_models(self):
        """Refuse a create_ function of lino_dumpy that makes another model
        than TABLE_FILES says its rows are (Lino's dumps do not say)."""
        if self.lino:
            return
        for table_file in self.state.files:
            shape = self.shapes.get(table_file.table)
            name = table_file.model.replace(".", "_")
            if shape is not None and shape.model != name:
                factory = self.state.factories[table_file.table]
                self.refuse(factory.node, "it makes %s, but TABLE_FILES "
                            "says its rows are %s" % (shape.model,
                                                      table_file.model))

    def refuse_difference(self, node, expected):
        """Name the first statement of `node` that differs from `expected`."""
        if ast.dump(node.args) != ast.dump(expected.args) or \
                node.decorator_list or node.returns:
            self.refuse(node, "its signature was changed")
        for found, wanted in zip(node.body, expected.body):
            if ast.dump(found) != ast.dump(wanted):
                self.refuse(found, "the generated line is `%s`" %
                            first_line(wanted))
        extra = node.body[len(expected.body):]
        self.refuse(extra[0] if extra else node,
                    "%s() was changed" % node.name)


def read_shape(node, lino=False):
    """The FactoryShape that `node` claims to be (to be compared with the
    template's text), or None if it does not look like one at all."""
    try:
        call = node.body[-1].value
        function = call.func.id
        if function == "create_mti_child":
            parent = (call.args[0].id, call.args[1].id)
            model = call.args[2].id
        else:
            parent = None
            model = call.args[0].id if function == "instantiate" else function
        if lino:
            returns = "lino"
        else:
            returns = "instantiate" if function == "instantiate" else "call"
        return FactoryShape(
            table=table_of_factory(node.name),
            args=tuple(arg.arg for arg in node.args.args),
            model=model, parent=parent, returns=returns,
            content_types=tuple(
                statement.targets[0].id for statement in node.body
                if is_call_of(getattr(statement, "value", None),
                              "new_content_type_id")),
            babel=tuple(
                child.args[0].value for child in ast.walk(node)
                if is_call_of(child, "bv2kw") and child.args
                and isinstance(child.args[0], ast.Constant)),
            decimals=tuple(
                statement.test.left.id for statement in node.body
                if isinstance(statement, ast.If)
                and isinstance(statement.body[0], ast.Assign)))
    except (AttributeError, IndexError, TypeError):
        return None
