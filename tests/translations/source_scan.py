"""What the UI code says to translate, read from its syntax tree the way lupdate should.

Finds (a) user-visible string literals handed to Qt text setters and text-taking widgets
without tr()/translate(), and (b) every message the code asks Qt to translate, with the
context Qt will look it up in at run time, so the tests can compare it with lupdate's view.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Methods whose string arguments are shown to the agent.
TEXT_METHODS = frozenset(
    {
        "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
        "setWhatsThis", "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
        "setButtonText", "setCancelButtonText", "setTabText", "setTabToolTip", "setItemText",
        "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
        "setSuffix", "setPrefix", "setSpecialValueText", "setAccessibleName",
        "setAccessibleDescription", "setSubTitle", "setWindowIconText",
        "addAction", "addMenu", "addTab", "insertTab", "addItem", "insertItem", "addItems",
        "addButton", "addRow", "insertRow", "showMessage", "showText", "setFormat",
        "information", "warning", "critical", "question", "about", "getText", "getItem",
        "getInt", "getDouble", "getMultiLineText", "getOpenFileName", "getOpenFileNames",
        "getSaveFileName", "getExistingDirectory", "setNameFilter", "setNameFilters",
        "setPlainText", "setHtml", "setMarkdown", "addSection", "insertSection",
    }
)  # fmt: skip
# Widgets and objects whose constructor takes the text they show.
TEXT_CLASSES = frozenset(
    {
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction", "QGroupBox",
        "QMenu", "QCommandLinkButton", "QMessageBox", "QProgressDialog", "QWizardPage",
        "QListWidgetItem", "QTreeWidgetItem", "QStandardItem", "QTableWidgetItem",
    }
)  # fmt: skip
TRANSLATING = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})
LETTER = re.compile(r"[^\W\d_]")
KEY_LIKE = re.compile(r"[a-z][a-z0-9_.\-]*")  # item data, object names, file names: not prose
NOT_PROSE = frozenset({"OmniInbox"})  # the product's name reads the same in every language
LOGGERS = frozenset({"log", "logger", "logging", "warnings", "_log", "LOG"})


@dataclass(frozen=True, slots=True)
class Finding:
    file: str
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.why}: {self.text!r}"


@dataclass(frozen=True, slots=True)
class Use:
    """A message the code translates: (context, source) as Qt will look it up."""

    file: str
    line: int
    context: str
    source: str


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _literal_text(node: ast.expr) -> str | None:
    """The text of a literal (or f-string / literal concatenation) with letters in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if LETTER.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        text = "".join(str(p) for p in parts)
        return text if LETTER.search(text) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_text(node.left) or _literal_text(node.right)
    formatted = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    if formatted and node.func.attr == "format":  # type: ignore[attr-defined]
        return _literal_text(node.func.value)  # type: ignore[attr-defined]
    if isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            found = _literal_text(item)
            if found:
                return found
    return None


def _logger(func: ast.expr) -> bool:
    owner = func.value if isinstance(func, ast.Attribute) else None
    return isinstance(owner, ast.Name) and owner.id in LOGGERS


class _Scanner(ast.NodeVisitor):
    def __init__(self, file: str) -> None:
        self.file = file
        self.classes: list[str] = []
        self.findings: list[Finding] = []
        self.uses: list[Use] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name in TRANSLATING:
            self._translation(node, name)
        elif (name in TEXT_METHODS or name in TEXT_CLASSES) and not _logger(node.func):
            args = [*node.args, *(k.value for k in node.keywords)]
            for arg in args:
                text = _literal_text(arg)
                if text is None or text in NOT_PROSE or KEY_LIKE.fullmatch(text):
                    continue
                self._find(node, text, f"{name}() gets text that is not translated")
        self.generic_visit(node)

    def _find(self, node: ast.AST, text: str, why: str) -> None:
        self.findings.append(Finding(self.file, getattr(node, "lineno", 0), text, why))

    def _translation(self, node: ast.Call, name: str) -> None:
        with_context = name in ("translate", "QT_TRANSLATE_NOOP")
        args = node.args
        if with_context and isinstance(node.func, ast.Attribute) and name == "translate":
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id in ("QCoreApplication", "QApp")):
                return  # e.g. a QTranslator's own translate()
        index = 1 if with_context else 0
        if len(args) <= index:
            return
        source = args[index]
        if isinstance(source, ast.Call) and _name(source.func) == "str" and source.args:
            source = source.args[0]  # str(NAME): a typed view of a declared text
            if isinstance(source, ast.Call) and _name(source.func) in TRANSLATING:
                return  # str(QT_TRANSLATE_NOOP(...)): visited on its own
        if isinstance(source, ast.Name | ast.Subscript | ast.Attribute):
            return  # a text declared elsewhere (QT_TRANSLATE_NOOP) and translated here
        if not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
            self._find(node, _literal_text(source) or ast.unparse(source), "lupdate cannot read")
            return
        if with_context:
            context_node = args[0]
            if not (isinstance(context_node, ast.Constant) and isinstance(context_node.value, str)):
                self._find(node, source.value, "the context is not a literal")
                return
            context = context_node.value
        else:
            tr_owner = node.func.value if isinstance(node.func, ast.Attribute) else None
            is_self = isinstance(tr_owner, ast.Name) and tr_owner.id in ("self", "cls")
            if (tr_owner is None or is_self) and self.classes and name == "tr":
                context = self.classes[-1]
            elif isinstance(tr_owner, ast.Name) and tr_owner.id[:1].isupper():
                context = tr_owner.id  # SomeClass.tr(...)
            else:
                where = ast.unparse(tr_owner) if tr_owner is not None else "module level"
                self._find(node, source.value, f"{where}.tr(): Qt looks it up in another context")
                return
        self.uses.append(Use(self.file, node.lineno, context, source.value))


def scan(root: Path, package: str = "omniinbox/ui") -> tuple[list[Finding], list[Use]]:
    findings: list[Finding] = []
    uses: list[Use] = []
    for path in sorted((root / package).rglob("*.py")):
        scanner = _Scanner(path.relative_to(root).as_posix())
        scanner.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        findings.extend(scanner.findings)
        uses.extend(scanner.uses)
    return findings, uses
